"""A row that states one thing's figure for two consecutive years, each after its year (`一般会計 令和5年度 42億9,932万円
令和4年度 49億4,221万円 前年度比13.0%減`): in a budget document the later year's figure is the budget and the earlier one
the previous year's, as in an `X（Y）` pair (GUIDE: the bracketed figure of a budget pair is the previous year's; a year
in a row's header sets its figures' fy). A budget document: its lead-in (the lines before its first section) names a
budget and no settlement. Only figures no label named are read so (scope.py calls `apply` before the years settle).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from . import outline as ol
from .fiscal_document import lead
from .fiscal_marks import single
from .labels import LineInfo

#: what may stand between a year and its figure in a row's cell (`令和5年度 42億円`, `令和5年度: 42億円`)
_CELL_GAP = re.compile(r"[\s:：|｜]*")
OPEN = ("fallback", "under", "")


def budget_deck(infos: Sequence[LineInfo], outline: ol.Outline) -> bool:
    """The deck is a budget document: its lead-in names a budget and no settlement."""
    text = "".join(infos[n.line_index].norm[n.start:n.end] for n in lead(outline))
    words = load("fiscal_scope")["budget_document"]
    return any(w in text for w in words["budget"]) and not any(w in text for w in words["settlement"])


def _year_of(info: LineInfo, m: Mention, start: int) -> int | None:
    """The year written right before the figure (after `start`), as its cell's label."""
    fys = info.years_within(start, m.start)
    if len(fys) != 1 or not _CELL_GAP.fullmatch(info.norm, fys[0].end, m.start):
        return None
    return single(fys[0])


def apply(infos: Sequence[LineInfo], outline: ol.Outline) -> None:
    """Read each such row's later figure as the budget and its earlier one as the previous year's (module docstring)."""
    if outline.nodes and outline.nodes[0].box is not None or not budget_deck(infos, outline):
        return  # text decks only: a PDF's rows are its tables' cells (cells/)
    for info in infos:
        a = info.amounts
        if len(a) != 2 or any(x.role not in (None, "other") or x.role_source not in OPEN for x in a):
            continue
        first, second = _year_of(info, a[0], 0), _year_of(info, a[1], a[0].end)
        if first is None or second is None or abs(first - second) != 1:
            continue
        new, old = (a[0], a[1]) if first > second else (a[1], a[0])
        new.role, new.fy, new.role_source = "budget", max(first, second), "column"
        old.role, old.fy, old.role_source = "previous_budget", min(first, second), "column"


_YEAR_PAIR_OPEN = re.compile(r"[\s】］\]]*[(（]\s*")  # (`【令和7年度予算額 10億円】（令和6年度予算額 9億円）`)
_YEAR_PAIR_REST = re.compile(r"\s*(?:当初)?(?:予算額?)?\s*[:：]?\s*")


def pair_year(info: LineInfo, start: int, m: Mention) -> int | None:
    """`X（令和5年度 Y）`, `X（R5: Y）` (the bracket from `start`): the year that labels the bracketed figure, else None."""
    fys = info.years_within(start, m.start)
    if len(fys) != 1 or fys[0].min is None or fys[0].min != fys[0].max:
        return None
    f = fys[0]
    if not _YEAR_PAIR_OPEN.fullmatch(info.norm[start:f.start]) or not _YEAR_PAIR_REST.fullmatch(info.norm[f.end:m.start]):
        return None
    return int(f.min)
