"""The fiscal year running text is about (context/fiscal_scope.py): prose states its year once and goes on
(`平成20年度の消防費決算額は1兆7,996億円で、…` then `なお、…決算額48兆5,638億円に占める…`; `令和5年度は、…減額と
なりました。それにより、…299億6万円となり、平成30年度以来5年ぶりに300億円を下回りました`). A figure in body text
that states no year of its own takes the last fiscal year written before it in its paragraph or the body lines above
it in its section (up to the heading, item or label that opens the section): a year that is a comparison base
(`平成30年度以来`, `令和5年度に比べて`) is skipped, a year that starts a span over years stops the search (no single
year). A change (`…と比較すると、137億円(1.0%)減少`) is the year of what is compared, not of its base: for it the
search starts before its own sentence.

It is the last resort, for decks whose title, lead-in and scopes state no year (a white paper's section, a minister's
speech, an essay): where the document states its year, a year written in its prose is an event's (`令和6年度に法適用と
なり、…`), and the document's year stays the figures'.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from . import dated_scopes
from . import outline as ol
from .fiscal_marks import BLOCK, comparison_base, event_date, single, span_start
from .labels import LineInfo

#: what running_year gives a figure whose prose dates itself by a calendar year: no fiscal year, and none from any scope
CALENDAR = -2
#: how many lines above the figure the search may go
_REACH = 20
_BODY = ("body",)
#: how many lines a sentence broken over lines may run before its full stop
_SENTENCE_LINES = 10


def _calendar_year(info: LineInfo, d: Mention) -> bool:
    """A date that is a calendar year alone (`2013 年に`, `2000 年(…)`): a year of the calendar, no fiscal year; not the
    year a report covers (`令和4年分の収支報告書`: its accounts' year, context/report_years.py), nor a news lead's day
    valued with the deck's year alone (`県選管は29日、`: the year is not written, docs/judgement_calls.md call 1)."""
    return d.kind == "date" and d.min is not None and d.min == d.max and re.fullmatch(r"\d{4}", str(d.min)) is not None \
        and not info.norm[d.end:d.end + 1] == "分" and re.search(r"\d{4}|年", d.text) is not None


def _calendar_ends(info: LineInfo) -> list[int]:
    """Where the line's calendar-year dates end, sorted; once per line, as every figure of a long line asks."""
    ends = info.memo.get("calendar_ends")
    if not isinstance(ends, list):
        ends = info.memo["calendar_ends"] = sorted(d.end for d in info.mentions if _calendar_year(info, d))
    return ends


def _last_year(info: LineInfo, end: int) -> int | None:
    """The last fiscal year written before `end` on the line that is not a comparison base; BLOCK for a span, and for
    prose that dates itself by a calendar year after it (`2013 年に全体で93兆円`: a statistic of the calendar year, whatever
    fiscal year a commission's name wrote above): CALENDAR."""
    ends = _calendar_ends(info)
    k = bisect_right(ends, end)  # (by bisection: a scan of the line's mentions per figure made a long line quadratic)
    calendar = ends[k - 1] if k else -1
    for f in reversed([f for f in info.fiscal_years if f.end <= end]):
        if f.end < calendar:
            return CALENDAR
        if span_start(info, f):
            return BLOCK
        y = single(f)
        if y is not None and not comparison_base(info, f) and not event_date(info, f):
            return y  # (`昭和45年度に設置された基金である`: when the fund was set up, not the year the prose is about)
    return CALENDAR if calendar >= 0 else None


def _prose(infos: Sequence[LineInfo], i: int) -> bool:
    """Line i is part of a sentence: it, or a line of its paragraph a few lines on, ends one (`。`); a slide's label
    (`令和4年度第2次補正予算 11,000百万円`) or a figure alone on its line is no running text."""
    for k in range(i, min(len(infos), i + _SENTENCE_LINES)):
        if not infos[k].norm.strip():
            return False
        if "。" in infos[k].norm:
            return True
    return False


def _in_body(outline: ol.Outline, i: int) -> bool:
    nodes = outline.by_line.get(i, ())
    return bool(nodes) and all(outline.nodes[k].kind in _BODY for k in nodes)


def _balance(info: LineInfo, m: Mention) -> bool:
    """The figure's own sentence names a balance (fiscal_scope.json balance_years: `基金残高 27億円`, `残高は5億円`)."""
    words = load("fiscal_scope")["balance_years"]["words"]
    return any(w in info.norm[info.norm.rfind("。", 0, m.start) + 1:m.start] for w in words)


def running_year(m: Mention, infos: Sequence[LineInfo], outline: ol.Outline, change: bool) -> int | None:
    """The year the figure's running text is about (see the module's docstring), or None."""
    i = m.line_index
    if m.page is not None or not _in_body(outline, i) or not _prose(infos, i):
        return None  # a PDF's pages are scopes of their own (fiscal_document.py)
    if dated_scopes.inherited(m, infos, outline) is not None:
        return None  # a dated title or heading (`令和5年度事業報告書`) states the year its prose is about
    info = infos[i]
    if _balance(info, m) and dated_scopes.captioned(m, infos, outline, status=True) is not None:
        return None  # `基金の状況(平成30年3月31日現在)` over `基金残高 27億円`: that day's balance, not the prose's year above it
    end = m.start
    if change:  # the change's own sentence names its base: search before the sentence (it may start lines above)
        end = info.norm.rfind("。", 0, m.start)
        while end < 0 and i > 0 and i - 1 > m.line_index - _REACH and _in_body(outline, i - 1):
            i -= 1
            info = infos[i]
            end = info.norm.rfind("。")
    y = _last_year(info, end) if end >= 0 else None
    for j in range(i - 1, max(-1, m.line_index - _REACH), -1):
        if y is not None:
            break
        if not infos[j].norm.strip():
            continue
        if not _in_body(outline, j):
            break  # the heading, item or label that opens the section: its year is the scope's
        if _prose(infos, j):
            y = _last_year(infos[j], len(infos[j].norm))
    return None if y == BLOCK else y  # (CALENDAR stays: the caller leaves the figure with no year on purpose)
