"""Budget labels and what the role passes read of one line (roles.py, scope.py): a line's normalized text and
mentions (`LineInfo`), the role words before a figure (`令和6年度予算額（案）` -> budget), a fiscal year followed
by 予算 / 補正予算 / 概算要求 (`budget_label`) and the document's title read as one (`document_label`)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..dictionary import load
from ..model import Mention

BUDGET_ROLES = ("budget", "previous_budget", "supplementary_budget")
#: a unit after a slash right after a figure (`5万円/kWh`, `1,000円/10a`): an amount per unit of what it pays for; `/年` is
#: a rate per period (the mention's per), not a unit
SLASH_UNIT = r"[/／][ \u3000]*[0-9０-９.]*[ \u3000]*(?!年)[A-Za-zａ-ｚＡ-Ｚぁ-ん㎡㎥\u4e00-\u9fff\u30a0-\u30ff]"
#: what ends a clause (a sentence's `。` and the commas and semicolons within one)
CLAUSE_ENDS = "。、，,；;"
#: what ends a clause in running prose: a sentence's `。` and its commas (no semicolons)
COMMA_ENDS = re.compile(r"[。、，,]")


@lru_cache(maxsize=1)
def _labels() -> list[tuple[str, str]]:
    table = load("roles")["labels"]
    return sorted(table.items(), key=lambda kv: -len(kv[0]))


@lru_cache(maxsize=1)
def _any_label() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word, _ in _labels()))


@lru_cache(maxsize=1)
def _not_before() -> tuple[str, ...]:
    return tuple(load("roles")["label_not_before"])


def support_hints() -> list[str]:
    """A grant's words and a discount's or a waiver's (roles.json support_hints, relief_words)."""
    roles = load("roles")
    return [*roles["support_hints"], *roles["relief_words"]]


@lru_cache(maxsize=1)
def _hint_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, load("roles")["support_hints"])))


@lru_cache(maxsize=1)
def _relief_pattern() -> re.Pattern[str]:
    roles = load("roles")
    return re.compile("(?:" + "|".join(map(re.escape, roles["relief_words"])) + f")(?!{roles['relief_not_after']})")


@lru_cache(maxsize=1)
def _unrelieved_pattern() -> re.Pattern[str]:
    roles = load("roles")
    return re.compile("(?:" + "|".join(map(re.escape, roles["relief_words"])) + f")(?={roles['relief_not_after']})")


def names_unrelieved(text: str) -> bool:
    """The text names what is NOT waived or discounted (`(参考)減免対象外となる超過料金`): a relief word then `対象外`."""
    return _unrelieved_pattern().search(text) is not None


def names_relief(text: str) -> bool:
    """A discount's or a waiver's word (roles.json relief_words) not followed by `対象外` (`減免対象外となる超過料金`)."""
    return _relief_pattern().search(text) is not None


def names_support(text: str) -> bool:
    """A grant's word, or a relief word that is not followed by `対象外` (`減免対象外となる超過料金`: what is not waived)."""
    return _hint_pattern().search(text) is not None or names_relief(text)


def label_role(text: str) -> tuple[str, int] | None:
    """The rightmost role label in `text` and where it ends: `令和6年度予算額（案）` -> ('budget', ...)."""
    if _any_label().search(text) is None:  # most lines hold none: one search, not a find per label word
        return None
    best: tuple[str, int, int] | None = None
    for word, role in _labels():
        i = text.rfind(word)
        if i >= 0 and text.startswith(_not_before(), i + len(word)):
            continue  # `前年度剰余金`: a revenue of this year, no label
        if i >= 0 and (best is None or i + len(word) > best[2] or (i + len(word) == best[2] and len(word) > best[1])):
            best = (role, len(word), i + len(word))
    return (best[0], best[2]) if best else None


#: a line of no word: a PDF text layer's page number (`1`), a figure's broken first half (`88,`), a web page's table bar (`|`)
_NO_WORD = re.compile(r"[\s\d０-９,，.．:：()（）/|｜\-－ー—]*")


#: a fragment of a figure or a page number (no bar: `||`, a table's empty row, closes what a label above heads)
_FRAGMENT = re.compile(r"[\s\d０-９,，.．]*")


def has_word(text: str) -> bool:
    """The line holds a word (not only digits, marks and bars): only such a line can be a deck's title or a label."""
    return _NO_WORD.fullmatch(text) is None


def worded(lines: Sequence[LineInfo], found: list[int], n: int) -> list[int]:
    """The first n of the lines `found` that hold a figure or a word: a line of bare digits and marks between a label and
    its figure (`補正予算額` / `1` / `88,` / `88,095千円`) is a fragment of the layout, no line the label must reach over."""
    return [j for j in found if lines[j].amounts or _FRAGMENT.fullmatch(lines[j].norm) is None][:n]


@dataclass
class LineInfo:
    """What the role pass needs to know of one line: its normalized text and its mentions."""

    norm: str
    mentions: list[Mention]
    #: PDFs: the line's page (a table's header row heads the rows of its own page only)
    page: int | None = None

    # computed once: asked once per mention, a list rebuilt each time made a long line quadratic (issue 24 #11);
    # plain attributes, as functools.cached_property takes a lock on every read in Python 3.11
    def __post_init__(self) -> None:
        self._amounts: list[Mention] | None = None
        self._fiscal_years: list[Mention] | None = None
        self._support_hint: bool | None = None
        self._amount_ends: list[int] | None = None
        self._fiscal_starts: list[int] | None = None
        self._clause_ends: list[int] | None = None
        self._sentence_ends: list[int] | None = None
        #: what a later pass computes once per line (keyed by that pass), so a long line stays linear
        self.memo: dict[str, object] = {}

    @property
    def amounts(self) -> list[Mention]:
        if self._amounts is None:
            self._amounts = [m for m in self.mentions if m.kind == "amount"] if self.mentions else []
        return self._amounts

    def end_before(self, pos: int) -> int:
        """Where the last amount ending at or before `pos` ends (0: none), by bisection: asked once per figure, a scan of
        the line's amounts made a long line quadratic."""
        k = bisect_right(self.amount_ends, pos)
        return self.amount_ends[k - 1] if k else 0

    @property
    def amount_ends(self) -> list[int]:
        """Where the line's amounts end, sorted (the figure before a position, found by bisection)."""
        if self._amount_ends is None:
            self._amount_ends = sorted(a.end for a in self.amounts)
        return self._amount_ends

    @property
    def fiscal_years(self) -> list[Mention]:
        if self._fiscal_years is None:
            self._fiscal_years = [m for m in self.mentions if m.kind == "fiscal_year"] if self.mentions else []
        return self._fiscal_years

    @property
    def fiscal_starts(self) -> list[int]:
        """Where the line's fiscal years start, in line order (those before a position, found by bisection)."""
        if self._fiscal_starts is None:
            self._fiscal_years = sorted(self.fiscal_years, key=lambda f: f.start)
            self._fiscal_starts = [f.start for f in self._fiscal_years]
        return self._fiscal_starts

    def _ends(self) -> tuple[list[int], list[int]]:
        if self._clause_ends is None or self._sentence_ends is None:
            self._clause_ends = [i for i, c in enumerate(self.norm) if c in CLAUSE_ENDS]
            self._sentence_ends = [i for i in self._clause_ends if self.norm[i] == "。"]
        return self._clause_ends, self._sentence_ends

    def clause_start(self, pos: int) -> int:
        """Where the clause holding `pos` starts: after the last `。、，,；;` before it (0: none). By bisection: a split
        of the line's text up to each figure made a long line quadratic."""
        ends = self._ends()[0]
        k = bisect_left(ends, pos)
        return ends[k - 1] + 1 if k else 0

    def clause_end(self, pos: int) -> int:
        """Where the clause holding `pos` ends: the first `。、，,；;` at or after it (the line's end: none)."""
        ends = self._ends()[0]
        k = bisect_left(ends, pos)
        return ends[k] if k < len(ends) else len(self.norm)

    def sentence_end(self, pos: int) -> int:
        """Where the sentence holding `pos` ends: the first `。` at or after it (the line's end: none)."""
        ends = self._ends()[1]
        k = bisect_left(ends, pos)
        return ends[k] if k < len(ends) else len(self.norm)

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding `pos` starts: after the last `。` before it (0: none)."""
        ends = self._ends()[1]
        k = bisect_left(ends, pos)
        return ends[k - 1] + 1 if k else 0

    def years_starting(self, lo: int, hi: int) -> list[Mention]:
        """The line's fiscal years that start in [lo, hi), in line order, by bisection: asked once per figure, a scan
        of every year of the line made a long line quadratic."""
        starts = self.fiscal_starts
        return self._fiscal_years[bisect_left(starts, lo):bisect_left(starts, hi)] if self._fiscal_years else []

    def years_within(self, lo: int, hi: int) -> list[Mention]:
        """The line's fiscal years written wholly inside [lo, hi) (`lo <= start`, `end <= hi`), in line order."""
        return [f for f in self.years_starting(lo, hi) if f.end <= hi]

    @property
    def support_hint(self) -> bool:
        """A support hint word stands on the line (asked per amount: once per line, not per amount)."""
        if self._support_hint is None:
            self._support_hint = names_support(self.norm)
        return self._support_hint

    def is_bare_amount(self, paren: bool) -> bool:
        """The line is one amount alone: `3.2億円`, or `（2.9億円）` when `paren`."""
        if len(self.mentions) != 1:
            return False
        a = self.amounts
        if len(a) != 1:
            return False
        rest = (self.norm[:a[0].start] + self.norm[a[0].end:]).strip()
        rest = re.sub(r"【[^】]*】", "", rest).strip()
        return rest == "()" if paren else rest == ""


def legend(text: str) -> bool:
    """A legend of the deck's bracketed figures (`( )内は、平成26年度当初予算額`): it names their year and kind, it
    labels no figure under it."""
    return _legend().search(text) is not None


def legend_at(text: str) -> int | None:
    """Where what a legend of the bracketed figures says starts (after `( )内は`), or None for no legend."""
    found = _legend().search(text)
    return found.end() if found is not None else None


@lru_cache(maxsize=1)
def _legend() -> re.Pattern[str]:
    return re.compile(load("roles")["bracket_legend"])


#: how many years with figures a sentence lists to be a series of years (`令和3年度7097億円、令和4年度6904億円、令和5年度…`)
_SERIES = 3


def year_series(info: LineInfo, pos: int) -> bool:
    """The sentence holding `pos` lists figures of three or more years: each year's own figure (a history), no pair of this
    year's budget and last year's."""
    start, end = info.sentence_start(pos), info.norm.find("。", pos)
    end = len(info.norm) if end < 0 else end
    years = {f.min for f in info.years_starting(start, end) if f.min is not None and f.min == f.max}
    return len(years) >= _SERIES and sum(start <= a.start < end for a in info.amounts) >= _SERIES


def fy_before(info: LineInfo, pos: int) -> int | None:
    """The last fiscal year written before pos (by bisection: asked per figure, a scan made long lines quadratic)."""
    return next((f.min for f in reversed(info.years_starting(0, pos)) if f.min is not None), None)


def regular_budget_fy(info: LineInfo) -> int | None:
    """`令和6年度予算（案） 9.2億円` / `令和６年度予算のポイント`: a current-year budget label; its fiscal year."""
    found = budget_label(info)
    return found[1] if found is not None and found[0] == "budget" else None


# what may stand between a fiscal year and 予算 in a budget label: `令和2年度 当初予算案`, `令和4年度第2次補正予算`
AFTER_FY = re.compile(r"[\s・]*(?:当初|一般会計|特別会計|追加|第\d+次|\d{1,2}月|\(案\))*\s*(補正)?\s*(?:予算|概算要求)")


@lru_cache(maxsize=1)
def _account_figure() -> re.Pattern[str]:
    """A heading that states an account's figure for the year (`■令和6年度 一般会計 46億2,600万円`): the year's budget, as
    `令和6年度一般会計予算` would say; the group stays empty (no supplementary's word)."""
    accounts = "|".join(map(re.escape, load("roles")["accounts"]))
    return re.compile(rf"[\s・]*(?:当初)?\s*(?:{accounts})()\s*[:：]?\s*(?=[0-9０-９])")


@lru_cache(maxsize=1)
def _programmes_title() -> re.Pattern[str]:
    """What a title or lead that presents the year's programmes writes after the year (`…令和6年度に行う主な施策…`, `令和6年度の
    主要事業`; roles.json list_titles.programmes)."""
    titles = "|".join(map(re.escape, load("roles")["list_titles"]["programmes"]))
    # the title closes the line or its sentence (not `主な事業の成果`, a report of results)
    closes = r"(?=\s*(?:$|[。、]|を紹介|の(?:概要|一覧|紹介)|について|は次|です))"
    return re.compile(rf"\s*(?:に\s*(?:行う|実施する|取り組む)|の)?\s*(?:{titles}){closes}")


def account_figure(text: str) -> bool:
    """The text states an account's figure right after a fiscal year (`■令和6年度 一般会計 46億2,600万円`)."""
    return re.search(r"年度" + _account_figure().pattern, text) is not None


# a looser label for titles and headings: a few words between the year and 予算 (`令和8年度ＡＩ関連予算について`,
# `令和７年度３月補正予算`, `令和8年度 白鷺市 当初予算の概要`: one space between the issuer and the budget's name), none
# of them a sentence's or another account's (決算, 執行)
_AFTER_FY_LOOSE = re.compile(r"[\s・]*(?:(?!決算|執行|実績|[、。,.])(?:[^\s、。]|[ \u3000](?=[^\s、。]))){0,16}?"
                             r"(補正)?\s*(?:予算|概算要求)")


def budget_label(info: LineInfo, loose: bool = False) -> tuple[str, int] | None:
    """(role, fy) of a budget label on the line: a fiscal year directly followed by 予算 / 補正予算 /
    当初予算 / 概算要求 (`平成31年度当初予算案` -> budget 2019, `令和5年度補正予算(案)の概要` ->
    supplementary_budget 2023). The first such label of the line counts. `loose` (titles and headings)
    lets a few words stand between (`令和8年度ＡＩ関連予算について`)."""
    for fy in info.fiscal_years:
        m = (_AFTER_FY_LOOSE if loose else AFTER_FY).match(info.norm, fy.end) or loose and _account_figure().match(info.norm, fy.end)
        if m and fy.min is not None and fy.min == fy.max:
            return ("supplementary_budget" if m.group(1) else "budget"), int(fy.min)
    return None


#: how many non-blank lines at the top of a deck may hold its title
_TITLE_LINES = 3


TITLE_MAX = 80


def document_label(lines: list[LineInfo], programmes: bool = False) -> tuple[str, int] | None:
    """The document's title as a budget label for every item of the deck (GUIDE: `…補正予算（案）の概要`
    -> supplementary_budget with the title's year): a budget label on one of the first non-blank
    lines, on a line that states no amount itself; with `programmes` (the scope pass), also a title or lead that presents
    the year's programmes (`村が令和6年度に行う主な施策を紹介します。`)."""
    seen = 0
    for info in lines:
        if not info.norm.strip():
            continue
        seen += 1
        if seen > _TITLE_LINES:
            break
        if info.amounts or len(info.norm.strip()) > TITLE_MAX:
            continue
        found = budget_label(info, loose=True) or (_programmes_label(info) if programmes else None)
        if found is not None:
            return found
    return None


def _programmes_label(info: LineInfo) -> tuple[str, int] | None:
    """A title or lead at the deck's top that presents the year's programmes (`村が令和6年度に行う主な施策を紹介します。`): the
    year's budget, whose items the deck lists (a heading deeper in the deck, `■令和6年度の主要事業` under figures, labels none)."""
    for fy in info.fiscal_years:
        if fy.min is not None and fy.min == fy.max and _programmes_title().match(info.norm, fy.end):
            return "budget", int(fy.min)
    return None


class LabelPatterns(NamedTuple):
    """A budget label's shapes, built from roles.json label_parts."""

    part: re.Pattern[str]  # what a label alone is made of (`令和6年度当初予算額`)
    tail: re.Pattern[str]  # a label after `に` and the work it names (`…の整備等に5年度予算`)
    spent_on: re.Pattern[str]  # the work a year's budget goes to (`…の整備等に5年度予算`), a programme's figure
    topic_lead: re.Pattern[str]  # a news lead's topic, the budget, its figure right after (`…の当初予算は37億円`)
    inline_marks: str


@lru_cache(maxsize=1)
def label_patterns() -> LabelPatterns:
    d = load("roles")["label_parts"]

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in words)

    year = rf"(?:{alt(d['era_marks'])})?\s*[0-9０-９元]{{1,4}}\s*年度"
    stage, kind = alt(d["stages"]), alt(d["kinds"])
    return LabelPatterns(
        re.compile(rf"{year}|[0-9０-９]{{1,2}}\s*月|第[0-9０-９]+次|{alt(d['words'])}|[()（）:：\s・…]"),
        re.compile(rf"に\s*(?:{year})?\s*(?:{stage})?\s*(?:{kind})(?:額)?$"),
        re.compile(rf"[^\s、，,。]に\s*(?:{year})?\s*(?:{stage})?予算$"),
        re.compile(rf"([^、。]{{0,40}}?{re.escape(d['lead_kind'])}案?)は[、,]?\s*約?\s*[0-9０-９]"),
        d["inline_marks"])


def resident_share(clause: str) -> bool:
    """The figure's own label is a share per inhabitant (roles.json resident_per_head, prose.per_head: `市民一人当たり`,
    `町民1人あたり`) right before it: the issuer's money divided by its people."""
    r = load("roles")
    heads = "|".join(re.escape(w) for w in r["prose"]["per_head"])
    return re.search(rf"(?:{r['resident_per_head']})\s*(?:{heads})\s*(?:の|は|で)?\s*(?:約)?\s*$", clause) is not None
