"""What a fiscal year written on a line says about the figures near it (context/fiscal_scope.py,
context/fiscal_document.py): a comparison base (`令和5年度に比べて`), the start of a span over years (`平成20年度から
16年間で`), a budget's year (`令和6年度当初予算`, `平成22年度要求`), or the year a scope node states. The words are
data (dictionary/fiscal_scope.json)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..dictionary import load
from ..model import Mention
from ..word_lists import opens_change
from . import outline as ol
from .labels import BUDGET_ROLES, LineInfo

_KANA = re.compile(r"[\u3041-\u309f]")

#: a scope that states a span over years: no single year reaches the figures under it
BLOCK = -1
#: what may stand between a figure and the bracket of its year right after it (`400億円以上(R5年度)`)
BRACKET_YEAR = re.compile(r"\s*(?:以上|以下|程度|超)?\s*[(（]\s*")


@dataclass(frozen=True)
class _Words:
    comparison: re.Pattern[str]
    span: re.Pattern[str]
    budget: re.Pattern[str]
    change_head: re.Pattern[str]
    previous: re.Pattern[str]
    request: re.Pattern[str]
    settlement: re.Pattern[str]
    deictic_previous: re.Pattern[str]
    bare_rest: int
    supplementary: tuple[str, ...]
    initial: tuple[str, ...]
    lead_lines: int
    start_month: int


@lru_cache(maxsize=1)
def words() -> _Words:
    d: dict[str, Any] = load("fiscal_scope")
    base = "|".join(d[k] for k in ("comparison_after", "sameness", "sameness_after_label", "change_from_after",
                                   "carried_to_after", "carried_from_after",
                                   "brought_forward_after", "started_from_after"))
    return _Words(re.compile(base), re.compile(d["span_after"]), re.compile(d["budget_after"]),
                  re.compile(d["change_head"]), re.compile(d["previous_head"] + _not_previous()),
                  re.compile(d["request_after"]), re.compile(d["settlement_after"]), re.compile(d["deictic_previous"]),
                  int(d["bare_heading_rest"]),
                  tuple(d["supplementary_words"]),
                  tuple(d["initial_words"]), int(d["lead_lines"]), int(d["fiscal_start_month"]))


def _not_previous() -> str:
    """`前年度繰越金`, `前年度配分戻し入金`: last year's money received as this year's revenue (roles.json label_not_before, the
    role pass's list) is this year's, so `前年度` before it is no previous-year word."""
    return "(?!" + "|".join(map(re.escape, load("roles")["label_not_before"])) + ")"


def single(f: Mention) -> int | None:
    return int(f.min) if f.min is not None and f.min == f.max else None


def one_year(info: LineInfo, start: int = 0, end: int | None = None) -> int | None:
    """The one single year the line writes from `start` to `end` (a legend's or a label cell's), else None."""
    stop = len(info.norm) if end is None else end
    years = {y for f in info.fiscal_years if start <= f.start < stop and (y := single(f)) is not None}
    return years.pop() if len(years) == 1 else None


def written(f: Mention) -> bool:
    """The year is written with its era or four digits (not an era-less `24年度`, context/elided_years.py): only such a
    year states a document's own year; an era-less one repeats a year near the one written."""
    return f.source != "elided"


def comparison_base(info: LineInfo, f: Mention) -> bool:
    """`令和5年度に比べて`, `令和5年度比`, `令和4年度税収を4兆円上回る`, `(対2017年度補正予算…`: the year is what the figure
    is compared with."""
    return words().comparison.match(info.norm, f.end) is not None \
        or _AGAINST.search(info.norm[max(0, f.start - 4):f.start]) is not None


#: `対` right before a year opens a comparison with it (`(対2017年度補正予算109億円増)`, `対R5年度`), not `反対`, `絶対`
_AGAINST = re.compile(r"(?:^|[\s(（、,，:：])対\s*$")  # (read in the 4 characters before the year)


def same_as(text: str, pos: int) -> bool:
    """A word of sameness stands at `pos` (`前年度同様、`, `と同額`): what is before it is a comparison's base."""
    return re.compile(load("fiscal_scope")["sameness"]).match(text, pos) is not None


def span_start(info: LineInfo, f: Mention) -> bool:
    """`平成20年度から16年間で`: the year starts a span over years."""
    return words().span.match(info.norm, f.end) is not None


def span_end(info: LineInfo, f: Mention) -> bool:
    """`平成21年度までの5カ年で`, `2046年度)の30年間で`: the year ends a span of two or more years (fiscal_scope.json
    span_end_after), or closes the span its start names right before it (`2010年度から18年度までの総事業費`: span_closed);
    only the figure after it in its clause reads it so, the year may still be the document's own."""
    end, between, after = _span_end()
    if end.match(info.norm, f.end) is not None:
        return True
    return after.match(info.norm, f.end) is not None and any(
        g.end <= f.start and g.min is not None and between.fullmatch(info.norm, g.end, f.start) is not None
        for g in info.fiscal_years)


def closed_range(f: Mention) -> bool:
    """`令和6～9年度`: a fiscal year that is a range of years."""
    return f.min is not None and f.max is not None and f.min < f.max


def sum_over_years(info: LineInfo, start: int, end: int) -> int | None:
    """Where the last count of years the words from `start` to `end` sum over ends (`5年間の目標効果額は`, `この9年間で`,
    `20年間で304億円増加`: fiscal_scope.json years_summed), else None: the figure after it is no single year's."""
    d = load("fiscal_scope")
    found = next(reversed(list(re.compile(d["years_summed"]).finditer(info.norm, start, end))), None)
    if found is None or any(w in info.norm[found.end():end] for w in d["years_summed_not"]):
        return None  # (`…の初年度分として291億円`, `…を5か年で実施(2億円)`: one year's part, an item's own figure)
    return found.end()


@lru_cache(maxsize=1)
def _span_end() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = load("fiscal_scope")
    return re.compile(d["span_end_after"]), re.compile(d["span_closed"]["between"]), re.compile(d["span_closed"]["after"])


def carried_year(info: LineInfo, f: Mention) -> int | None:
    """The year of a sum carried over between years, by the year written before the carry: money carried TO a year
    (`うち令和6年度への繰越分 N円`) is the year before's, money carried FROM one (`平成20年度からの繰越額`) the year after's,
    the year that receives it (fiscal_scope.json carried_to_after, carried_from_after); None for any other year."""
    year = single(f)
    to, from_ = _carried()
    if year is None:
        return None
    return year - 1 if to.match(info.norm, f.end) else year + 1 if from_.match(info.norm, f.end) else None


@lru_cache(maxsize=1)
def _carried() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = load("fiscal_scope")
    return re.compile(d["carried_to_after"]), re.compile(d["carried_from_after"])


@lru_cache(maxsize=1)
def _dated_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = load("fiscal_scope")
    return re.compile(d["event_after"]), re.compile(d["audit_after"])


def elapsed_start(info: LineInfo, d: Mention) -> bool:
    """A year-only date that starts a time elapsed since an event (fiscal_scope.json elapsed_after: `2006年の市町合併から
    20年の節目`, `1998年以来`): the event's year, neither the date a text is written on nor the century or era it reads
    its era-less years in."""
    return d.kind == "date" and len(str(d.min or "")) == 4 \
        and re.compile(load("fiscal_scope")["elapsed_after"]).match(info.norm, d.end) is not None


def event_date(info: LineInfo, f: Mention) -> bool:
    """`昭和45年度に設置された基金`, `平成20年度に開始した`: the year dates an event (when something was set up), never the
    year of a figure near it."""
    return _dated_words()[0].match(info.norm, f.end) is not None


def audit_year(info: LineInfo, f: Mention) -> bool:
    """`令和6年度例月財務監査結果報告`, `平成25年度 定期監査`: the year is the audit's own, not the audited money's (not
    `令和元年度分の補助金に係る監査`, `令和5年度決算審査`)."""
    return _dated_words()[1].match(info.norm, f.end) is not None


def labels_budget(info: LineInfo, f: Mention) -> bool:
    """`令和6年度当初予算`, `平成22年度要求`, `令和5年度の一般会計予算案`: the year names a budget."""
    return words().budget.match(info.norm, f.end) is not None and not comparison_base(info, f)


def labels_request(info: LineInfo, f: Mention) -> bool:
    """`平成22年度要求`, `令和7年度概算要求`: the year names a request (written the year before it)."""
    return words().request.match(info.norm, f.end) is not None and not comparison_base(info, f)


def labels_settlement(info: LineInfo, f: Mention) -> bool:
    """`令和4年度決算の概要`, `平成20年度の消防費決算額`: the year names a settlement."""
    return words().settlement.match(info.norm, f.end) is not None and not comparison_base(info, f)


def node_year(n: ol.Node, infos: list[LineInfo]) -> int | None:
    """The year a scope node states for the figures under it: a budget or settlement label or a bare fiscal-year
    heading (the year and a word or two, no phrase); BLOCK where it states a span."""
    info = infos[n.line_index]
    fys = [f for f in info.fiscal_years if n.start <= f.raw_start < n.end]
    if any(span_start(info, f) for f in fys):
        return BLOCK
    for f in fys:
        if single(f) is not None and labels_budget(info, f):
            return single(f)
    years = {y for f in fys if (y := single(f)) is not None and not comparison_base(info, f)}
    for f in fys:  # a settlement's year, where the node names no other year (`令和5年度の決算と令和6年度の事業計画`: none)
        if len(years) == 1 and single(f) is not None and labels_settlement(info, f) and not _budget_topic(n, f):
            return single(f)
    if len(years) == 1 and n.kind in ("title", "page_title", "heading", "label", "item"):
        rest = n.text
        for f in fys:
            rest = rest.replace(f.text, "")
        rest = re.sub(r"[\W_]", "", rest)
        if len(rest) <= words().bare_rest and not _KANA.search(rest):  # `【平成20年度実績】`, not `令和6年度の取組`
            return years.pop()
    return None




def _budget_topic(n: ol.Node, f: Mention) -> bool:
    """The node's sentence is about a budget it names before the settlement's year (`今回の補正予算は、令和5年度決算に伴う
    諸経費など`): that year is the cause of the budget, not the year of the figures under it."""
    at = n.text.find(f.text)
    return at > 0 and "予算" in n.text[:at]


def base_only_years(infos: list[LineInfo]) -> set[int]:
    """The years a deck writes only as comparison bases (`令和3年度当初予算と比べ`, `令和3年度当初予算から2割程度の増額`):
    what its figures are compared with, so no figure's year where the figure's own words do not state it."""
    bases: set[int] = set()
    others: set[int] = set()
    for info in infos:
        for f in info.fiscal_years:
            if (y := single(f)) is not None:
                (bases if comparison_base(info, f) else others).add(y)
    return bases - others


def appropriated_in(info: LineInfo, m: Mention) -> int | None:
    """The year of the budget the figure's sentence says it was appropriated in, written after it (`なお、設計費1,500万円は
    令和7年度9月補正予算に計上済みです`: fiscal_scope.json appropriated_in), else None."""
    topic = re.compile(load("fiscal_scope")["appropriated_topic"]).match(info.norm, m.end)
    if topic is None:
        return None
    k = bisect.bisect_left(info.fiscal_starts, topic.end())  # (by bisection: a long line stays linear)
    f = info.fiscal_years[k] if k < len(info.fiscal_years) and info.fiscal_years[k].start == topic.end() else None
    if f is None or single(f) is None or not labels_budget(info, f):
        return None
    return single(f) if re.compile(load("fiscal_scope")["appropriated_in"]).match(info.norm, f.end) else None


def _marked_years(info: LineInfo) -> tuple[list[Mention], list[int], list[Mention], list[int], list[object]]:
    """The line's years no comparison's base and their starts; its years naming a budget, their starts, and after each
    the one year all the budget years up to it name (`_MANY`: two or more). Read once per line: asked once per figure, a
    scan of the sentence's years made a long line of years and figures quadratic (test_long_lines)."""
    got = info.memo.get("fiscal_marks")
    if got is None:
        ordered = info.years_starting(0, len(info.norm) + 1)
        plain = [f for f in ordered if not comparison_base(info, f)]
        budgets = [f for f in ordered if labels_budget(info, f)]
        named: set[int | None] = set()
        only: list[object] = []
        for f in budgets:
            named.add(single(f))
            only.append(next(iter(named)) if len(named) == 1 else _MANY)
        got = info.memo["fiscal_marks"] = (plain, [f.start for f in plain], budgets, [f.start for f in budgets], only)
    return got  # type: ignore[return-value]


#: two or more budget years before a figure (line_budget)
_MANY = object()


def sentence_year(info: LineInfo, m: Mention) -> int | None:
    """The year a figure no label names reads in its own sentence: the last one before it, else the first after it in the
    sentence (`約498億円の寄付があった18年度`), comparison bases passed over; a sentence with none: the line's last year (a
    line of cells, a heading's year after its figures). `09年度の助成財源額が127億円…。08年度が約15億円` dates the 127億円
    2009, not by the next sentence's year."""
    start, end = info.sentence_start(m.start), info.sentence_end(m.end)
    plain, starts = _marked_years(info)[:2]
    lo, k = bisect.bisect_left(starts, start), bisect.bisect_left(starts, m.start)
    hi = bisect.bisect_left(starts, end)
    before = next((plain[i] for i in range(k - 1, lo - 1, -1) if plain[i].min is not None), None)
    found = before if before is not None else \
        next((plain[i] for i in range(bisect.bisect_left(starts, m.end), hi) if plain[i].min is not None), None)
    if found is not None:
        return int(found.min)
    last = next((f.min for f in reversed(info.fiscal_years) if f.min is not None), None)
    return None if last is None else int(last)


#: what is cut from a figure's own label before its end is read: spaces, a colon, `約`, an opening bracket, a particle
_LABEL_TRIM = re.compile(r"[\s　:：約(（]")
_LABEL_CLAUSE = re.compile(r"[、，,。]")
_LABEL_PARTICLE = re.compile(r"(?:は|が|も|を|で|の|として)$")


def whole_cost(info: LineInfo, m: Mention) -> bool:
    """The figure's own label (its clause before it) names a project's whole cost over its years (roles.json
    whole_cost_labels: `新庁舎の総事業費は約45億円`, `(総事業費45億円)`): no year's money, so no year of its sentence, its
    line or the budget figure it is bracketed after dates it. Not a figure the rules read as a budget (an enterprise's
    `総事業費` is that year's: the callers ask for the role `other`; one the roles read as a budget and settlements made
    `other` is a project's only where its label names whose, `新庁舎の総事業費`, or it is bracketed after the project's
    figure, `3億円(総事業費45億円)`: a bare `総事業費1,054億円、…を計上` after a `水道事業会計予算案` is the account's size,
    fresh13c), nor a granted project's cost its sentence goes on to award a part of (`総事業費 6,400万円のうち、交付決定額は
    3,200万円`: fiscal_scope.json award_words), the cost of the grant's year."""
    clause = _LABEL_CLAUSE.split(info.norm[info.end_before(m.start):m.start])[-1]
    label = _LABEL_PARTICLE.sub("", _LABEL_TRIM.sub("", clause))
    word = next((w for w in load("roles")["whole_cost_labels"] if label.endswith(w)), None)
    if word is None or m.role_source == "whole_cost" and label == word and not any(c in clause for c in "(（"):
        return False
    return not any(w in info.norm[m.end:info.sentence_end(m.end)] for w in load("fiscal_scope")["award_words"])


def sentence_budget(info: LineInfo, m: Mention) -> bool:
    """The figure's own sentence names the budget of the year it holds before it (`令和5年度補正予算では…のため689億円が投じ
    られ`): that year is the figure's, nearer than any scope's; not where that budget's own figure stands between
    (`令和5年度の当初予算114兆円と比較すると、…110兆円を超えて`). The last such year is the one to ask: the fewest figures
    stand between it and the figure."""
    budgets, starts = _marked_years(info)[2:4]
    lo, k = bisect.bisect_left(starts, info.sentence_start(m.start)), bisect.bisect_left(starts, m.start)
    f = next((budgets[i] for i in range(k - 1, lo - 1, -1) if single(budgets[i]) == m.fy), None)
    if f is None:
        return False
    amounts = _amounts(info)  # (those between, from the figure back: the first budget's figure ends the walk)
    first = bisect.bisect_left(amounts, f.end, key=_start)
    return not any(amounts[i].role in BUDGET_ROLES for i in range(bisect.bisect_left(amounts, m.start, key=_start) - 1, first - 1, -1))


def _start(a: Mention) -> int:
    return a.start


def _amounts(info: LineInfo) -> list[Mention]:
    """The line's amounts in line order (sorted once per line, found by bisection)."""
    got = info.memo.get("fiscal_marks.amounts")
    if got is None:
        got = info.memo["fiscal_marks.amounts"] = sorted(info.amounts, key=_start)
    return got  # type: ignore[return-value]


def line_budget(info: LineInfo, m: Mention) -> int | None:
    """The one year whose budget the figure's line names in a sentence before the figure's (a digest's item, one story a
    line: `平成21年度水道事業会計予算案を明らかにした。総事業費1,054億円`); None where it names none, or two. A year of the
    figure's own sentence is its own words' to read, and blocks it (`令和5年度当初予算100億円と比べ、10億円の増`: a base)."""
    start = info.sentence_start(m.start)
    if m.role == "other" and whole_cost(info, m):
        return None  # (`…予算案を発表した。新庁舎の総事業費は約45億円に膨らむ`: the project's years, not the budget's)
    years = info.fiscal_starts
    if bisect.bisect_left(years, start) < bisect.bisect_left(years, m.start):
        return None  # (its own sentence writes a year: `…。令和6年度予算案では…241億円`, nearer)
    _, _, _, starts, only = _marked_years(info)
    k = bisect.bisect_left(starts, start)
    one = only[k - 1] if k else None
    return one if isinstance(one, int) else None


def changed_after(info: LineInfo, m: Mention) -> bool:
    """`昨年度から4億5千万円減少`, `(5億7千万円)の減少`: an increase or decrease follows the figure: it is a change, the
    year's (word_lists.change_after, written right after it; a supplementary is an increase or decrease by its
    nature)."""
    if m.role == "supplementary_budget":
        return False
    after = info.norm[m.end:m.end + _CHANGE_REACH].lstrip(")）")  # (a space first: the next cell's label, `290億円 増減 10億円`)
    return opens_change(after)


#: how far after a figure its change word may stand
_CHANGE_REACH = 8
