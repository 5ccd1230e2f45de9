"""The fiscal year a money figure inherits from its innermost dated scope, in any document (issue 21; GUIDE: the
title is a label for the whole document, and so is a heading for its section).

fiscal_scope.py gives a figure the year of a scope that states a budget or settlement label or is a bare year
heading. A plan's, a report's, an audit's or an outlook's year is the year of its figures just as a budget's is
(`平成29年度事業計画`, `平成29年度運動結果報告`, `令和元年度基金運用状況審査意見`, `■令和5年度の取組`): here a figure the
earlier passes left with no year, whose own words state none, takes the year of the innermost node above it (its
item, its heading or label line, the page's title, the document's title) that states one fiscal year, whatever the
document's kind. Not a scope's year:
- a span over years (`第2期…計画（令和3年度～令和7年度）`, `平成20年度から5年間`, `24年度以降は赤字試算`): it blocks
  the outer scopes (no single year);
- a comparison base (`平成30年度と比べ`), an event's date (`昭和45年度に設置された基金`) or an audit's own year
  (`令和6年度例月財務監査結果報告`: when the vouchers were audited, not the money's; fiscal_marks.py);
- a sentence (`今回の補正予算は、令和5年度決算に伴う諸経費など。`: its year dates what it tells), a node that states two
  different years (`令和5年度決算と令和6年度事業計画`): no one year;
- a date that is no fiscal year (a cover's `令和6年3月`) is no fiscal-year mention, so never one.
A flat list (`• 平成26年度 会費の使われ方`, `• 地域福祉活動推進事業`, `• 6,585,964円`: one level) heads its own runs: the
nearest item before the figure's that states a year and no figure is its scope. A caption may be a sentence that
announces the table under it (`令和2年度の公売実績は次の通りです。`): its one year dates the block it announces, up to the
first sentence after it; a status caption may close on its day after the table's name (`貸借対照表 (令和5年3月31日現在)`).
Where no scope dates a figure, a cover's
line of its own before the first section does (`公益財団法人… / 令和5年度 事業計画書`: the outline took the body's name for
the title), else the writer's `本年度`: the one fiscal year the deck states of its own (a quoted title's too:
quoted_years.py).
A previous-year figure takes the year before the scope's. A figure left with no year on purpose (a span, a sum over
years: fiscal_scope.py's `blocked`) stays so.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from . import fiscal_document, status_dates
from . import outline as ol
from .fiscal_marks import BLOCK, audit_year, comparison_base, event_date, single, span_start
from .labels import LineInfo
from .report_years import report_year

_SENTENCE = re.compile(r"。|です|ます")
_CURRENT = re.compile(r"本年度|今年度")
#: how many items of a flat list above a figure's its year label may stand
_LIST_REACH = 30
#: how long a cover's line of its own may be (a document's name with its year, no sentence)
_COVER_LINE = 40

#: an item that ends on a value of its own (a rate, a count: `…支給割合 4.45月分`, `…件数 12件`) is an entry, not a label
_OWN_VALUE = re.compile(r"[\s:：]\d[\d.,]*\s*[^\s\d]{0,3}\s*$")
#: a caption of its own over a table is short (its year or day, a name, a unit)
_CAPTION = 32
#: a sentence that captions the table under it is one short sentence (`令和2年度の公売実績は次の通りです。`)
_LEAD_CAPTION = 60
#: how many lines of a section's lead before the figure a caption may stand
_CAPTION_REACH = 40
#: the nodes inside a document that scope the figures under them (a paragraph of prose states its own year:
#: running_year.py)
SECTIONS = ("page_title", "heading", "label", "item")
_SCOPES = ("title", *SECTIONS)


def node_year(n: ol.Node, infos: Sequence[LineInfo]) -> int | None:
    """The one fiscal year the node states for the figures under it, BLOCK for a span, else None."""
    if _SENTENCE.search(n.text):
        return None  # a sentence's year dates what it tells (`今回の補正予算は、令和5年度決算に伴う…`): no label of a scope
    return _stated_year(n, infos)


def _stated_year(n: ol.Node, infos: Sequence[LineInfo]) -> int | None:
    """The one fiscal year the node's segment states (no comparison base, event or audit year), BLOCK for a span."""
    info = infos[n.line_index]
    if n.kind == "item" and not n.figures and _OWN_VALUE.search(n.text):
        return None  # `- 市長・副市長:平成18年度支給割合 4.45月分`: an entry stating its own rate of that year, no label
    years: set[int] = set()
    for f in info.fiscal_years:
        if not n.start <= f.raw_start < n.end:
            continue
        if _over_years(info, f):
            return BLOCK
        y = single(f)
        if y is not None and not comparison_base(info, f) and not event_date(info, f):
            if audit_year(info, f):
                return None  # the audit's year names no figure's; another year of the node is the audited one's own label
            years.add(y)
    return years.pop() if len(years) == 1 else None


def section_year(n: ol.Node, infos: Sequence[LineInfo]) -> int | None:
    """The year a section's heading, label line or item states as a dated label (`■令和4年度の実績`), else None."""
    return node_year(n, infos) if n.kind in SECTIONS else None


def _over_years(info: LineInfo, f: Mention) -> bool:
    """A span over years: a range (`令和3年度～令和7年度`), a start with its length (`平成20年度から5年間`) or a year open at
    the top (`24年度以降は赤字試算`) or the start of two years written apart (`令和6年度から令和8年度の介護保険料`)."""
    if span_start(info, f) or re.compile(load("fiscal_scope")["open_span_after"]).match(info.norm, f.end) is not None:
        return True  # (`平成30年度より令和2年度まで`: a span, though `より` alone reads as a comparison's)
    return f.min is not None and (f.max is None or f.min < f.max) and not comparison_base(info, f)


def _scopes_above(m: Mention, outline: ol.Outline) -> list[ol.Node]:
    """The scope nodes above the figure, innermost first (its own segment is its own words, not a scope)."""
    node = outline.owner(m.line_index, m.raw_start) or outline.at(m.line_index, m.raw_start)
    if node is None:
        return []
    return [n for n in outline.chain(node)
            if n.kind in _SCOPES and not (n.line_index == m.line_index and n.start <= m.raw_start < n.end)]


def inherited(m: Mention, infos: Sequence[LineInfo], outline: ol.Outline) -> int | None:
    """The year of the innermost dated scope above the figure (its own segment is its own words, not a scope)."""
    node = outline.owner(m.line_index, m.raw_start) or outline.at(m.line_index, m.raw_start)
    if node is None:
        return None
    for n in _scopes_above(m, outline):
        y = node_year(n, infos)
        if y == BLOCK:
            return None
        if y is not None:
            return y
    return _label_above(outline.item_of(node), infos, outline)


def _label_above(node: ol.Node, infos: Sequence[LineInfo], outline: ol.Outline) -> int | None:
    """A flat list heads its own runs (`• 平成26年度 会費の使われ方`, `• 地域福祉活動推進事業`, `• 6,585,964円`: one level):
    the nearest item before the figure's that states a year and no figure labels the items after it."""
    parent = outline.parent(node)
    if node.kind != "item":
        return None
    if parent is None:
        before = _roots_before(node, outline)  # (a record of fields at the top of a page: `・対象年度:令和5年度`, `・総費用:…`)
    else:
        k = bisect.bisect_left(parent.children, node.seq)  # (children in reading order: a list of thousands stays linear)
        before = parent.children[max(0, k - _LIST_REACH):k]
    for c in reversed(before):
        s = outline.nodes[c]
        if s.kind == "item" and not s.figures and (y := node_year(s, infos)) is not None and not _event_field(s, infos):
            return None if y == BLOCK else y
    return None


def _event_field(n: ol.Node, infos: Sequence[LineInfo]) -> bool:
    """A field whose label makes its year a start, founding, completion or period (`・開始年度:平成28年度`,
    `・設置年度 平成15年度`: fiscal_scope.json event_fields): no label of the money fields after it."""
    info = infos[n.line_index]
    f = next((f for f in info.fiscal_years if n.start <= f.raw_start < n.end), None)
    return f is not None and _event_note(False).search(info.norm, 0, f.start) is not None


@lru_cache(maxsize=2)
def _event_note(after: bool) -> re.Pattern[str]:
    """event_fields as the words closing a line after its year (`令和5年度開始`, `（令和4年度完了）`), or else as a
    field's label right before its year (`開始年度:`, `事業期間 `)."""
    words = "|".join(map(re.escape, load("fiscal_scope")["event_fields"]))
    if after:
        return re.compile(rf"\s*(?:{words})\s*(?:済み?|予定)?\s*[)）\]］】]?\s*$")
    return re.compile(rf"(?:{words})\s*(?:年度|年|時期)?\s*[:：]?\s*$")


def _roots_before(node: ol.Node, outline: ol.Outline) -> list[int]:
    """The run of top-level items right before a top-level item (no title over them): up to the first top-level line
    that is no item, `_LIST_REACH` items at most (the walk passes their children, a bounded number of nodes)."""
    out: list[int] = []
    for seq in range(node.seq - 1, max(-1, node.seq - 1 - 8 * _LIST_REACH), -1):
        s = outline.nodes[seq]
        if s.parent is not None:
            continue
        if s.kind != "item" or len(out) == _LIST_REACH:
            break
        out.append(seq)
    return out[::-1]


def current_year(infos: Sequence[LineInfo]) -> int | None:
    """The year the writer's `本年度` / `今年度` is, where the deck writes one and states exactly one fiscal year of its
    own (no comparison base, span, event's date or audit's year): `平成 28 年度の審査においては、…` then `本年度末現在高は
    …259,649,240 円`. A relative year no written year fixes stays open (GUIDE)."""
    if not any(_CURRENT.search(info.norm) for info in infos):
        return None
    years: set[int] = set()
    for info in infos:
        for f in info.fiscal_years:
            if _over_years(info, f):
                return None  # (a plan over years: `本年度` is one of them, which one the text does not say)
            if (y := single(f)) is not None and not (comparison_base(info, f) or event_date(info, f) or audit_year(info, f)):
                years.add(y)
    return years.pop() if len(years) == 1 else None


def cover_year(infos: Sequence[LineInfo], outline: ol.Outline) -> int | None:
    """The year a text deck's cover states on a line of its own before its first section, where the outline took another
    line for the title (`公益財団法人… / 令和5年度 事業計画書 / 第1 事業の概要`): a label for the whole document."""
    first = next((i for i, info in enumerate(infos) if info.amounts), len(infos))
    years = {y for n in fiscal_document.lead(outline) if n.kind == "body" and len(n.text.strip()) <= _COVER_LINE
             and n.line_index < first and _years_only(infos[n.line_index]) and (y := node_year(n, infos)) is not None}
    return years.pop() if len(years) == 1 and BLOCK not in years else None


def _years_only(info: LineInfo) -> bool:
    """The line opens on its year and states years and dates only (`採択件数（令和6年度実績）72件` is a result's line, `開始年度:
    平成27年度` and `名称 2017年度 防災教育フォーラム` a field's: no cover)."""
    opening = len(info.norm) - len(info.norm.lstrip(" \u3000【[（(<〈"))
    return bool(info.fiscal_years) and info.fiscal_years[0].start == opening \
        and all(m.kind in ("fiscal_year", "date") for m in info.mentions)


def _caption(n: ol.Node, infos: Sequence[LineInfo], status: bool) -> int | None:
    """A caption of its own over the figures, opening on its year, no quantity and no sentence on it: one fiscal year
    (`令和5年度 助成金交付一覧`, `平成29年度事業`, `21年度人件費の状況`, a one-cell-a-line table's row label `21年度`), or with
    `status` a status date (`(平成19年4月1日現在)`)."""
    info = infos[n.line_index]
    if n.kind != "body" or len(info.norm.strip()) > _CAPTION or any(m.kind not in ("fiscal_year", "date") for m in info.mentions):
        return None  # (`採択件数（2030年度実績）12件`: a line of results states its own figure, no caption)
    opening = len(info.norm) - len(info.norm.lstrip(" \u3000【[（(<〈■●・"))
    if status and re.search(rf"[(（][^()（）]*(?:{load('fiscal_scope')['status_after']})\s*[)）]\s*$", info.norm):
        return status_dates.status_year(info, 0, len(info.norm) + 1)  # (`貸借対照表 (令和5年3月31日現在)`: a name, its day)
    if min((m.start for m in info.mentions), default=-1) != opening and not _bracket_closed(info, opening):
        return None  # (`開始年度: 令和9年度`, `名称 2017年度 防災教育フォーラム`: a field's value, no caption)
    if status:
        return status_dates.status_year(info, 0, len(info.norm) + 1)
    y = node_year(n, infos)
    return None if y == BLOCK else y


def _bracket_closed(info: LineInfo, opening: int) -> bool:
    """A name closed by its one fiscal year in brackets (`実績報告(令和5年度)`, `収支決算書（2023年度分）`): the year
    labels the block as a caption's first word would (fiscal_scope.json caption_bracket; not `(平成28年度監視委員会)`)."""
    if len(info.mentions) != 1 or info.mentions[0].kind != "fiscal_year":
        return False
    f = info.mentions[0]
    before = info.norm[opening:f.start].rstrip()
    return len(before) > 1 and before[-1] in "(（[［【" and _pattern("caption_bracket").match(info.norm, f.end) is not None


@lru_cache(maxsize=8)
def _pattern(name: str) -> re.Pattern[str]:
    """fiscal_scope.json's pattern `name`, compiled once (caption_lead, caption_bracket, hung_clause_after)."""
    return re.compile(load("fiscal_scope")[name])


def _lead_caption(n: ol.Node, infos: Sequence[LineInfo]) -> int | None:
    """A sentence that announces the table or list under it and states its one fiscal year, no quantity
    (`令和2年度の公売実績は次の通りです。`, `本市の2023年度の決算状況は下表のとおりです`: fiscal_scope.json caption_lead):
    a caption written as a sentence."""
    info = infos[n.line_index]
    text = info.norm.strip()
    if n.kind != "body" or len(text) > _LEAD_CAPTION or "。" in text.rstrip("。 ") \
            or any(m.kind not in ("fiscal_year", "date") for m in info.mentions) or not _pattern("caption_lead").search(text):
        return None
    y = _stated_year(n, infos)
    return None if y == BLOCK else y


def _announced(infos: Sequence[LineInfo], lead: int, line_index: int) -> bool:
    """The figure is in the block a lead caption announces: no sentence stands between them, and a sentence of the
    figure's own is the lead's next line (`…次のとおりです。` / `収入額は385万円でした。`), not prose after a table."""
    if any(_SENTENCE.search(infos[i].norm) for i in range(lead + 1, line_index)):
        return False
    return line_index == lead + 1 or not _SENTENCE.search(infos[line_index].norm)


class Leads:
    """The nearest caption in a node's lead before a line, per (node, line, status): every figure of a line has the same
    answer, so a section of thousands of rows reads each lead once (its children found by bisecting their lines)."""

    def __init__(self, infos: Sequence[LineInfo], outline: ol.Outline) -> None:
        self.infos, self.outline = infos, outline
        self._lines: dict[int, tuple[list[int], bool]] = {}  # (each child's line; in order?)
        self._years: dict[tuple[int, int, bool], int | None] = {}

    def year(self, n: ol.Node, line_index: int, status: bool) -> int | None:
        """The year of the nearest of the last `_CAPTION_REACH` children of `n` on lines before `line_index`."""
        key = (n.seq, line_index, status)
        if key not in self._years:
            if n.seq not in self._lines:
                at = [self.outline.nodes[c].line_index for c in n.children]
                self._lines[n.seq] = at, all(a <= b for a, b in zip(at, at[1:]))
            lines, ordered = self._lines[n.seq]
            if ordered:  # (children in reading order: the lead is a prefix)
                k = bisect.bisect_left(lines, line_index)
                lead = n.children[max(0, k - _CAPTION_REACH):k]
            else:
                lead = [c for c, i in zip(n.children, lines) if i < line_index][-_CAPTION_REACH:]
            self._years[key] = next((y for c in reversed(lead) for s in self._hung(c, line_index)
                                     if (y := self._caption(s, line_index, status)) is not None), None)
        return self._years[key]

    def _hung(self, c: int, line_index: int) -> list[ol.Node]:
        """A child of the scope, after the caption the outline hung under it as its last line: a caption of its own
        after a list's last entry (`・令和6年度 46,466千円` / `活用事業` / `令和5年度` / `・意向調査事業`, a lead sentence after
        a blank line) heads the entries after it, not the one above it."""
        n = self.outline.nodes[c]
        if n.kind == "item" and n.children:
            last = self.outline.nodes[n.children[-1]]
            if last.kind == "body" and not last.children and last.line_index < line_index \
                    and not self._entry_text(n, last):
                return [last, n]
        return [n]

    def _entry_text(self, n: ol.Node, last: ol.Node) -> bool:
        """The line is the entry's own text: indented under it (`・見守り事業` / `  令和4年度`), a clause its year opens
        (`令和4年度に開始`, `平成28年度から継続`: fiscal_scope.json hung_clause_after), or a note of when it started or
        ended (`令和5年度開始`, `（令和4年度完了）`: event_fields)."""
        own, entry = self.infos[last.line_index], self.infos[n.line_index]
        indent = len(own.norm) - len(own.norm.lstrip())
        if indent > len(entry.norm) - len(entry.norm.lstrip()):
            return True
        f = own.fiscal_years[0] if own.fiscal_years else None
        return f is not None and (_pattern("hung_clause_after").match(own.norm, f.end) is not None
                                  or _event_note(True).match(own.norm, f.end) is not None)

    def _caption(self, n: ol.Node, line_index: int, status: bool) -> int | None:
        """A caption's year, or a lead caption's over the block it announces (not past a sentence after it)."""
        y = _caption(n, self.infos, status)
        if y is None and not status and (y := _lead_caption(n, self.infos)) is not None \
                and not _announced(self.infos, n.line_index, line_index):
            return None
        return y


def captioned(m: Mention, infos: Sequence[LineInfo], outline: ol.Outline, status: bool = False,
              leads: Leads | None = None) -> int | None:
    """The year of the nearest caption over the figure in its sections' leads (a line of its own before the figure's
    line); with `status`, of the nearest status date so written or of a title, heading, label or item above it
    (context/status_dates.py). Pass one `leads` for every figure of a document: each lead is then read once."""
    leads = leads or Leads(infos, outline)
    for n in _scopes_above(m, outline):
        if (y := leads.year(n, m.line_index, status)) is not None:
            return y
        if status and (y := status_dates.status_year(infos[n.line_index], n.start, n.end)) is not None:
            return y
        above = outline.nodes[n.seq - 1] if n.kind == "heading" and n.seq > 0 else None
        if status and above is not None and above.kind == "heading" and not above.children \
                and (y := status_dates.status_year(infos[above.line_index], above.start, above.end)) is not None:
            return y  # (`(1)…月額の状況(22年4月1日現在)` right over `(1)一般行政職`: a heading with nothing under it heads the next)
    return None


def apply(infos: Sequence[LineInfo], outline: ol.Outline, blocked: set[int],
          last_year: Callable[[Mention, LineInfo], bool] = lambda m, info: False) -> None:
    """Give every amount still with no year, and not left so on purpose, its innermost dated scope's year, else its
    nearest caption's, else the cover's or the year the deck's `本年度` is or the calendar year its accounts cover
    (context/report_years.py), else the fiscal year of its innermost status date (context/status_dates.py); the year
    before for a previous year's figure, by its role or by `last_year`, its own words (`前年度の寄付額は3億円`)."""
    deck: list[int | None] = []  # (read once, on the first figure that needs it: the cover's year, else 本年度's)
    leads = Leads(infos, outline)
    for info in infos:
        for m in info.amounts:
            if m.fy is not None or id(m) in blocked:
                continue
            y = inherited(m, infos, outline)
            if y is None:
                y = captioned(m, infos, outline, leads=leads)  # (`平成29年度事業` over its programme's lines: nearer than the cover's)
            if y is None:
                if not deck:
                    deck.append(cover_year(infos, outline) or current_year(infos) or report_year(infos))  # (`平成22年分の収支報告書`)
                y = deck[0]
            if y is None and status_dates.dates_stock(infos[m.line_index].norm):
                y = captioned(m, infos, outline, status=True, leads=leads)  # (`特別職の給与について(平成31年4月1日現在)`: the day's year)
            if y is not None:
                m.fy = y - 1 if m.role == "previous_budget" or last_year(m, info) else y
