"""The year a section's figures are computed from, stated in its lead sentence (issue 21; context/fiscal_scope.py): a
section that opens with a sentence naming the budget or settlement its figures are drawn from (`■市民1人当たりの金額` /
`令和4年度決算を基に税金…を1人当たりに置き換えてみました。` / `●市民1人が納めた税金…115,954円`) gives its figures that
year, though the document reports another year (a half-year publication of 令和5年度 quoting last year's settlement).

The grammar is the basis's (fiscal_scope.json basis_after: `を基に`, `に基づき`, `から算出`): a year told as an event
(`令和4年度決算で生じた剰余金を積み立て`), a comparison base (`令和4年度決算と比べ`) or a span is no basis. The lead is
the section's body lines before the figure's own node; one basis year, else none.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from . import outline as ol
from .fiscal_marks import comparison_base, labels_budget, labels_settlement, single, span_start
from .labels import LineInfo

#: the section kinds whose lead sentence may state the basis of their figures
_SECTIONS = ("heading", "label", "page_title")


@lru_cache(maxsize=1)
def _basis() -> re.Pattern[str]:
    return re.compile(load("fiscal_scope")["basis_after"])


def _line_basis(info: LineInfo, n: ol.Node) -> set[int]:
    """The basis years a body node states: a budget's or settlement's year followed by the basis's words."""
    got = set()
    for f in info.fiscal_years:
        if n.start <= f.raw_start < n.end and (y := single(f)) is not None and not comparison_base(info, f) \
                and not span_start(info, f) and (labels_budget(info, f) or labels_settlement(info, f)) \
                and _basis().match(info.norm, f.end) is not None:
            got.add(y)
    return got


def basis_year(section: ol.Node, figure_line: int, infos: Sequence[LineInfo], outline: ol.Outline) -> int | None:
    """The one basis year the section's lead body lines before the figure's line state, else None: the children read
    up to the first one on or after the figure's line. The section's lead is read once, on first use, and kept in the
    deck's outline (`Outline.bases`): a book's section has thousands of figures."""
    if section.kind not in _SECTIONS:
        return None
    reach, years = outline.bases.get(section.seq) or outline.bases.setdefault(section.seq, _lead(section, infos, outline))
    return years[bisect_left(reach, figure_line)]


def _lead(section: ol.Node, infos: Sequence[LineInfo], outline: ol.Outline) -> tuple[list[int], list[int | None]]:
    """One pass over the section's children: the furthest line reached by its first k children (reach[k-1]; a figure
    on a line before it stops at the k-th child's line at the latest), and the one basis year the body lines among its
    first k children state (years[k], None for none or several)."""
    reach: list[int] = []
    years: list[int | None] = [None]
    found: set[int] = set()
    for c in section.children:
        n = outline.nodes[c]
        reach.append(max(n.line_index, reach[-1]) if reach else n.line_index)
        if n.kind == "body":
            found |= _line_basis(infos[n.line_index], n)
        years.append(next(iter(found)) if len(found) == 1 else None)
    return reach, years
