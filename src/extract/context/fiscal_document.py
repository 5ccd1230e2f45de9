"""The document's own fiscal year, for the figures no nearer scope gives one (context/fiscal_scope.py):

1. its title: a budget label (`平成31年度当初予算案`) or a bare fiscal year;
2. text decks: its lead-in, the lines before its first section (the first heading or item after some text):
   where they name a budget, a request, a settlement or a call for proposals (`予算`, `補正`, `要求`, `決算`,
   `募集`: dictionary/fiscal_scope.json) or the year's list of programmes (`村が令和6年度に行う主な施策`) and state one
   fiscal year (`令和6年度予算は、…`, `令和6年度は、…` then `当初予算は、…`), that year;
3. text decks: the one year every budget label of the deck names (`【平成22年度要求】` … `平成22年度の要求金額`), where
   one of them heads a section of figures;
4. text decks: an in-year supplementary whose lead-in (or the heading it opens onto: `令和6年第4回定例会（12月）` then
   `■一般会計補正予算（第5号）`) names no fiscal year (`6月補正予算について`, `追加補正予算案`)
   belongs to the fiscal year of the date the lead-in gives (`2022.10.06` -> 2022; `令和5年第2回…定例会` and
   `6月補正` -> 2023; a February date -> the year before): fiscal years start in April; a budget named by a
   relative year (`来年度予算概算要求`) is that year from the date's (no date: no year); an initial budget
   (`当初予算`), debated in February and March for the year that starts in April, is the date's calendar year's;
   a web page's own stamp (`更新日:2011年3月31日`) is no date of the document; a lead-in that names no budget at all
   (a web page's navigation, dated by its breadcrumb) opens onto the text before the first figure, which names it;
5. text decks: an undated request named by a later relative year (`経産省来年度予算概算要求`) whose figures are compared
   with a budget of one written year (`令和3年度当初予算と比べ`): that base's year moved by the relative year.
A year written as a comparison base or the start of a span never counts. Nothing found: None.
"""
from __future__ import annotations

import bisect
import re

from ..dictionary import load
from ..model import Mention
from . import outline as ol
from .fiscal_marks import comparison_base, elapsed_start, labels_budget, node_year, single, span_start, words, written
from .labels import LineInfo
from .page_stamps import stamped

WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}|[明大昭平令]|(?<![A-Za-z])[RHS]\s?\d")
_MONTH_LABEL = re.compile(r"(\d{1,2})月補正")
_RELATIVE_AFTER = r"(?:の)?\w{0,6}?(?:予算|概算要求|要求)"


def _title_year(infos: list[LineInfo], outline: ol.Outline) -> int | None:
    """The year the title states: a budget label or a bare year; on a text deck also the one year a title of a list of
    the year's programmes, spending or grants writes (`令和7年度 重点施策の概要`, `令和8年度 主な新規事業`, `令和7年度 移住支援の
    ご案内`: dictionary/roles.json list_titles words; GUIDE, the title is a label for the whole document)."""
    for n in outline.nodes:
        if n.kind == "title":
            y = node_year(n, infos)
            if y is not None and y > 0:
                return y
            years = _years([n], infos)
            if len(years) == 1 and n.box is None and "。" not in n.text \
                    and any(w in n.text for w in load("roles")["list_titles"]["words"]):
                return years.pop()  # (not `令和6年度の取組について`, nor a sentence first: no list of the year's figures)
    return None


def lead(outline: ol.Outline) -> list[ol.Node]:
    """The lead-in's nodes: a text deck's first lines up to its first heading or item after some text."""
    out: list[ol.Node] = []
    text_seen = False  # some text (not a heading, an item or the title) came first
    for n in outline.nodes:
        if n.box is not None or n.line_index >= words().lead_lines:
            break
        if n.kind in ("heading", "item") and text_seen:
            break
        text_seen = text_seen or n.kind not in ("heading", "item", "title")
        out.append(n)
    return out


def _years(nodes: list[ol.Node], infos: list[LineInfo], call: bool = False) -> set[int]:
    """The years the nodes state (`call`: a call's lead-in, whose ended or bracketed calls' years are not its own)."""
    out: set[int] = set()
    for n in nodes:
        info = infos[n.line_index]
        for f in info.fiscal_years:
            y = single(f)
            if n.start <= f.raw_start < n.end and y is not None and _states(info, f) and not comparison_base(info, f) \
                    and not span_start(info, f) and not (call and _ended_or_aside(info, f)) and not _restated(info, f):
                out.add(y)
    return out


def _ended_or_aside(info: LineInfo, f: Mention) -> bool:
    """A call's year in a bracketed aside or in a clause saying that call is over (`…の受付を開始しました（令和6年度の受付は
    終了しています）`, `令和6年度分は締め切りました`: fiscal_scope.json call_ended, aside_brackets): another call's year."""
    scope = load("fiscal_scope")
    opens, closes = "".join(b[0] for b in scope["aside_brackets"]), "".join(b[1] for b in scope["aside_brackets"])
    start, end = info.sentence_start(f.start), info.sentence_end(f.start)
    before = info.norm[start:f.start]
    lo = max((before.rfind(c) for c in (*opens, *closes)), default=-1) + 1 + start
    hi = min([k for c in (*opens, *closes) if (k := info.norm.find(c, f.end, end)) >= 0] + [end])
    if any(before.count(o) > before.count(c) for o, c in zip(opens, closes)) \
            and (info.norm[lo:f.start] + info.norm[f.end:hi]).strip(scope["aside_label_rest"]):
        return True  # an aside, not a label that is the year alone (`【令和6年度】`, `○○事業(令和6年度分)`)
    lo = max(lo, info.clause_start(f.start))  # the clause's own words: not the call opened before the bracket
    return any(w in info.norm[lo:min(hi, info.clause_end(f.start))] for w in scope["call_ended"])


def _result_years(lead: list[ol.Node], infos: list[LineInfo]) -> set[int]:
    """In a lead-in that names a budget (`予算額 28億円（26億円）`), the years of its past results (`採択件数（令和6年度実績）`:
    fiscal_scope.json result_after): what was done, not the budget's year."""
    if not any(w in n.text for n in lead for w in load("roles")["labels"] if load("roles")["labels"][w] == "budget"):
        return set()
    after = re.compile(load("fiscal_scope")["result_after"])
    return {y for n in lead for f in infos[n.line_index].fiscal_years
            if n.start <= f.raw_start < n.end and (y := single(f)) is not None and after.match(infos[n.line_index].norm, f.end)}


def _budget_years(nodes: list[ol.Node], infos: list[LineInfo]) -> bool:
    """The nodes write a year that labels a budget (`今年度(令和6年度)補正予算`), not only years of past events
    (`令和5年度、令和6年度に引き続き`)."""
    return any(n.start <= f.raw_start < n.end and labels_budget(infos[n.line_index], f) and _states(infos[n.line_index], f)
               for n in nodes for f in infos[n.line_index].fiscal_years)


def _states(info: LineInfo, f: Mention) -> bool:
    """The year may state the document's own year: written with its era or four digits, or an era-less year read in the
    deck's era that labels a budget itself (`27年度補正予算` in a title stamped `平成28年4月4日現在`: FY2015, the budget the deck
    is about; the stamp's date is no budget's year)."""
    return written(f) or labels_budget(info, f)


def _lead_year(lead: list[ol.Node], infos: list[LineInfo]) -> int | None:
    if any(w in n.text for n in lead for w in load("fiscal_scope")["lead_words"]):
        years = _years(lead, infos)
    else:
        lead, years = _named_lead(lead, infos)
        if not lead:
            return None
    years -= _result_years(lead, infos)
    return years.pop() if len(years) == 1 else _opening_year(lead, infos) if years else None


def _named_lead(lead: list[ol.Node], infos: list[LineInfo]) -> tuple[list[ol.Node], set[int]]:
    """A lead-in naming no budget: its sentences that name the year's list of programmes (`村が令和6年度に行う主な施策を紹介
    します`: roles.json list_titles programmes, what a list title names too) with its year, in the same sentence
    (`2003年度の助成金の配分額を発表した`: a year's awards announced, fiscal_scope.json award_words), or open a call
    (`令和6年度○○事業は受付を開始します`: call_words, a call as 募集 is; not an ended call's year beside it); and their years."""
    names = (*load("roles")["list_titles"]["programmes"], *load("fiscal_scope")["award_words"])
    out: list[ol.Node] = []
    years: set[int] = set()
    for n in lead:
        call = not any(w in n.text for w in names)
        if call and not any(w in n.text for w in load("fiscal_scope")["call_words"]):
            continue
        if got := _years([n], infos, call):
            out.append(n)
            years |= got
    return out, years


def _opening_year(lead: list[ol.Node], infos: list[LineInfo]) -> int | None:
    """A lead-in that names budgets of two years: the first one its opening sentence labels (`来年度(2025(令和7)年度)予算概算
    要求をまとめ…`, `国の令和7年度当初予算案は、…`) is what the document is about; the later sentences' other year
    (`今年度(令和6年度)補正予算も睨んで`, `令和5年度補正との合計`) is a side's, stated where it is used."""
    body = next((n for n in lead if n.kind != "title"), None)
    if body is None:
        return None
    info = infos[body.line_index]
    end = info.norm.find("。", body.start)
    end = body.end if end < 0 else min(end, body.end)
    labels = [f for f in info.fiscal_years if body.start <= f.raw_start and f.end <= end and single(f) is not None
              and written(f) and labels_budget(info, f) and not span_start(info, f)]
    if not labels or len(labels) > 1 and labels[1].start - labels[0].end <= int(load("fiscal_scope")["paired_labels_reach"]):
        return None  # `令和5年度補正予算と令和6年度当初予算を一体として`: a pair names no one year
    return single(labels[0])  # the sentence's subject comes first; a later year is compared with or added to it



def _label_year(infos: list[LineInfo], outline: ol.Outline) -> int | None:
    """The one year every budget label of the deck names, where one of them heads a section of figures (a label
    stated below the figures and heading none scopes nothing above it)."""
    years = {y for info in infos for f in info.fiscal_years
             if (y := single(f)) is not None and written(f) and labels_budget(info, f) and not span_start(info, f)}
    if len(years) != 1:
        return None
    heads = {a.seq for n in outline.nodes if n.figures for a in outline.chain(n)[1:]}
    year = years.pop()
    return year if any(node_year(outline.nodes[k], infos) == year for k in heads) else None


def _dates_in(info: LineInfo, n: ol.Node) -> list[Mention]:
    """The dates in a node's segment, by bisection over the line's dates (a bulleted line has thousands of nodes)."""
    got = info.memo.get("lead_dates")
    if not isinstance(got, list):
        got = info.memo["lead_dates"] = sorted((d for d in info.mentions if d.kind == "date"), key=lambda d: d.raw_start)
    dates: list[Mention] = got
    lo = bisect.bisect_left(dates, n.start, key=lambda d: d.raw_start)
    return dates[lo:bisect.bisect_left(dates, n.end, lo, key=lambda d: d.raw_start)]


def _date(lead: list[ol.Node], infos: list[LineInfo]) -> tuple[int, int | None] | None:
    """The lead-in's first date with a written year: (year, month); a year-only date takes its month from a
    `N月補正` label of the lead-in."""
    texts = [n.text for n in lead]
    for n in lead:
        for d in _dates_in(infos[n.line_index], n):
            if not WRITTEN_YEAR.search(d.text):
                continue
            if stamped(infos[n.line_index], d):
                continue  # `更新日:2011年3月31日`: when the web page was edited, not when its budget was debated
            iso = str(d.min or "")
            if not re.match(r"\d{4}", iso) or elapsed_start(infos[n.line_index], d):
                continue  # (`2006年の市町合併から20年の節目`: an event's year, not the news item's)
            year, month = int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else None
            if month is None:  # `令和6年第4回定例会（12月）`: the session's month right after its year, else on a lead line
                scope = load("fiscal_scope")
                found = re.compile(scope["session_month_after"]).match(infos[n.line_index].norm, d.end) or next(
                    (m for p in (re.compile(scope["session_day"]), _MONTH_LABEL) for t in texts if (m := p.search(t))), None)
                month = int(found.group(1)) if found else None
            return year, month
    return None


def dated_fiscal(outline: ol.Outline, infos: list[LineInfo]) -> int | None:
    """The fiscal year of the date a text deck's lead-in gives (April to March), the writer's current year; else None."""
    if not outline.nodes or outline.nodes[0].box is not None:
        return None
    date = _date(lead(outline), infos)
    if date is None:
        return None
    year, month = date
    return year - 1 if month is not None and month < words().start_month else year


def _names_initial(text: str) -> bool:
    """The text names an initial budget: an initial word that labels a budget (`当初予算`, `新年度の予算案`), not the start
    of something else (`当初の実質的な負担額`, `当初計画`: a cost comparison's first outlay names no budget)."""
    return any(words().budget.match(text, k.end()) is not None
               for w in words().initial for k in re.finditer(re.escape(w), text))


def _dated_year(lead: list[ol.Node], heading: list[ol.Node], infos: list[LineInfo]) -> int | None:
    """A dated lead-in that names its budget without a year: an in-year supplementary (`追加補正予算案`) is the date's
    fiscal year's (April to March); an initial budget (`当初予算`) the date's calendar year's; `来年度予算概算要求`,
    `本年度予算` the year after the date's fiscal year, the date's fiscal year; a request's relative year first (its
    lead-in names the current year's budget only as its base)."""
    texts = [n.text for n in lead] + [n.text for n in heading]
    date = _date(lead, infos)
    if date is None or _budget_years(lead, infos):
        return None  # a lead-in that writes its budgets' years (`今年度(令和6年度)補正予算`) says them; its date does not
    year, month = date
    fiscal = year - 1 if month is not None and month < words().start_month else year
    offset = _relative(texts)  # `来年度` -> +1: a relative year naming a budget (`来年度予算概算要求`)
    if offset is not None and any(w in t for t in texts for w in load("fiscal_scope")["request_words"]):
        return fiscal + offset  # a request's lead-in: `今年度当初予算から8%増` is its base
    if any(w in t for t in texts for w in words().supplementary):
        return fiscal
    if any(_names_initial(t) for t in texts):
        return year
    return fiscal + offset if offset is not None else None


def document_year(infos: list[LineInfo], outline: ol.Outline) -> int | None:
    """The document's fiscal year (see the module's docstring)."""
    y = _title_year(infos, outline)
    if y is not None:
        return y
    if not outline.nodes or outline.nodes[0].box is not None:
        return None  # a PDF's pages are scopes of their own: only its title reaches them all
    first = lead(outline)
    year = _lead_year(first, infos)
    if year is not None and not _budget_years(first, infos):
        # `9月補正予算案の概要` dated `令和7年9月5日`, its lead-in's one year a source's (`令和6年度の決算剰余金を財源`) or
        # a past event's (`令和4年度から続く物価高騰`): the date names the budget's year, that year does not
        return _dated_year(first, _first_heading(first, outline), infos) or year
    return year or restated_year(first, infos) or _label_year(infos, outline) or _dated_year(first, _first_heading(first, outline), infos) \
        or _based_year(first, infos) or _stated_year(first, infos) or programme_year(infos)


def _restated(info: LineInfo, f: Mention) -> bool:
    """The year restates the previous year's budget a ratio is taken against (`対前年度当初予算比100.2%(平成28年度当初予算額
    …)`: fiscal_scope.json restated_base): last year's, not the document's."""
    return re.search(load("fiscal_scope")["restated_base"], info.norm[max(0, f.start - 40):f.start]) is not None


def restated_year(lead: list[ol.Node], infos: list[LineInfo]) -> int | None:
    """A request's lead-in that writes no year of its own, only the previous year it is compared with (`各部局からの要求総額
    7,232億円` / `〔対前年度当初予算比100.2%(平成28年度当初予算額7,216億円)〕`): the request is for the year after that one."""
    if not any(w in n.text for n in lead for w in load("fiscal_scope")["request_words"]):
        return None
    years = {y for n in lead for f in infos[n.line_index].fiscal_years
             if n.start <= f.raw_start < n.end and (y := single(f)) is not None and _restated(infos[n.line_index], f)}
    return years.pop() + 1 if len(years) == 1 else None


def programme_year(infos: list[LineInfo]) -> int | None:
    """The one budget year a sentence whose subject is the deck's own programme rests it on (`本事業は令和7年度政府補正予算案に
    基づいたものであるため`, `本事業の実施については、令和8年度予算の成立が前提`: fiscal_scope.json own_programme), wherever
    it stands; two such years, or none: None."""
    d = load("fiscal_scope")
    subjects, reach = tuple(d["own_programme"]), int(d["own_programme_reach"])
    years: set[int] = set()
    for info in infos:
        for f in info.fiscal_years:
            if (y := single(f)) is None or not written(f) or not labels_budget(info, f) or span_start(info, f):
                continue
            start = max(info.norm.rfind("。", 0, f.start) + 1, f.start - reach)
            if any(w in info.norm[start:f.start] for w in subjects):
                years.add(y)
    return years.pop() if len(years) == 1 else None


#: how far either side of a year its sentence is read
_SENTENCE_REACH = 120


def _stated_year(lead: list[ol.Node], infos: list[LineInfo]) -> int | None:
    """An undated lead-in that names its budget by a relative year only (`新年度予算審議の議会に当たり予算編成方針について御報告
    申し上げます`: fiscal_scope.json relative_budget), in a deck that writes one fiscal year, in a sentence with the budget's
    or settlement's word (`前述のように昭和四十一年度は建設関係に重点をおき予算編成をしております`; stated_with): that year is
    the one the relative year names, wherever the speaker says it (a speech or minutes state it once, often last). Two
    written years, or one only compared with (`令和5年度に比べ`) or starting a span: no year."""
    pattern = re.compile(load("fiscal_scope")["relative_budget"])
    if not any(pattern.search(n.text) for n in lead):
        return None
    years: set[int] = set()
    stated = False
    for info in infos:
        for f in info.fiscal_years:
            if (y := single(f)) is None or not written(f) or comparison_base(info, f) or span_start(info, f):
                continue
            years.add(y)
            if not stated:  # (its sentence in a bounded window: a long line of many years stays linear)
                floor, ceil = max(0, f.start - _SENTENCE_REACH), f.end + _SENTENCE_REACH
                start, end = info.norm.rfind("。", floor, f.start) + 1 or floor, info.norm.find("。", f.end, ceil)
                sentence = info.norm[start:end if end >= 0 else ceil]
                stated = any(w in sentence for w in load("fiscal_scope")["stated_with"])
    return years.pop() if len(years) == 1 and stated else None


def _relative(texts: list[str]) -> int | None:
    """The offset of a relative year that names the document's budget (`来年度予算概算要求` -> +1), else None."""
    relative = load("anchors")["fiscal"]
    pat = re.compile("(" + "|".join(map(re.escape, relative)) + ")" + _RELATIVE_AFTER)
    found = next((m for t in texts if (m := pat.search(t))), None)
    return int(relative[found.group(1)]) if found is not None else None


def _based_year(lead: list[ol.Node], infos: list[LineInfo]) -> int | None:
    """An undated lead-in that names its budget by a relative year (`経産省来年度予算概算要求`), in a deck that compares
    its figures with a budget of one written year (`要求総額は令和3年度当初予算と比べ11.9%増の…`, `令和3年度当初予算から2割
    程度の増額`): that base is the writer's current year's budget, so the document's year is the base's moved by the
    relative year (no base written: no year, fresh4's call). Only a later year (`来年度`) is so counted."""
    offset = _relative([n.text for n in lead])
    if offset is None or offset <= 0:
        return None  # (`前年度予算額` labels a figure; `今年度予算` is the base's own year: no later year is named)
    bases = {y for info in infos for f in info.fiscal_years if (y := single(f)) is not None and written(f)
             and comparison_base(info, f) and words().budget.match(info.norm, f.end) is not None}
    return bases.pop() + offset if len(bases) == 1 else None


def _first_heading(first: list[ol.Node], outline: ol.Outline) -> list[ol.Node]:
    """The heading the lead-in opens onto (`■一般会計補正予算（第5号）` under `令和6年第4回定例会（12月）`): it names the
    budget the dated lead-in is about. A lead-in that names no budget at all (a web page's navigation, its breadcrumb
    dated `臨時記者会見[令和7年6月17日(火曜日)]`) opens onto the text before the deck's first figure, which names it
    (`本日は、追加提案予定の6月補正予算案についてご説明申し上げます。`)."""
    after = outline.nodes[len(first)] if len(first) < len(outline.nodes) else None
    heading = [after] if after is not None and after.kind == "heading" and not after.figures else []
    if any(w in n.text for n in first + heading for w in load("fiscal_scope")["lead_words"]):
        return heading
    out = []
    for n in outline.nodes[len(first):len(first) + 2 * words().lead_lines]:
        if n.figures:
            break
        out.append(n)
    return out
