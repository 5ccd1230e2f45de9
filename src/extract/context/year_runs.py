"""A table flattened column by column onto one line (a PDF's text layer): each column's year heads the run of its
figures (`平成27年度 (A) 54億5,400万円 20億5,907万円 1億5,500万円 平成28年度 (B) 55億4,800万円 20億8,810万円 1億5,200万円
増減額 (A−B) …`). Every figure of a run is that year's cell, not only the first one beside the year: the latest year's
run is the budget, the run of the year before it the previous year's (GUIDE: a year in a column's header sets its cells'
fy; the earlier of two consecutive years is the previous budget, as year_pairs.py reads a row of two single figures).

The shape is told by its parallel runs: two or more years on one line, each followed (through only spaces and a
column mark like `(A)`) by a run of at least two figures with nothing but spaces between them, the runs of one length.
A year followed by one figure, or runs of different lengths (prose, a row of a table read across), are left to the
other passes. Figures a label of their own set (a change, a sign) keep their role. The cells' row names (accounts,
here) stand far off in the flattened header, not beside them: the cells are marked `total_of`, no budgets row with
an empty programme. A deck whose title or lead-in names a settlement (`…（令和6年度決算）`) prints what was spent: its
cells keep their roles and take their run's year only. Each line is read once.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from .fiscal_marks import single
from .labels import LineInfo

#: between a column's year and its first figure: spaces and a column's letter mark (`(A)`, `（Ｂ）`)
_HEAD_GAP = re.compile(r"\s*(?:[(（]\s*[A-Za-zＡ-Ｚａ-ｚ]\s*[)）])?\s*")
_CELL_GAP = re.compile(r"\s*")
#: roles a run's cell may be given over: what no label of its own decided
_OPEN = (None, "other", "budget", "previous_budget")


def _runs(info: LineInfo) -> list[tuple[int, list[Mention]]]:
    """(year, figures) of each year on the line that heads a run of figures, in line order."""
    out: list[tuple[int, list[Mention]]] = []
    current: list[Mention] | None = None
    last_end = -1
    for m in sorted(info.mentions, key=lambda x: x.start):
        if m.kind == "fiscal_year":
            year = single(m)
            current = None
            if year is not None:
                out.append((year, []))
                current, last_end = out[-1][1], m.end
            continue
        if current is None or m.kind != "amount":
            current = None
            continue
        gap = _HEAD_GAP if not current else _CELL_GAP
        if gap.fullmatch(info.norm, last_end, m.start) is None:
            current = None
            continue
        current.append(m)
        last_end = m.end
    return [(y, figs) for y, figs in out if figs]


#: how many of the deck's first non-blank lines are its title and lead-in
_TOP = 3


def _settled(infos: Sequence[LineInfo]) -> bool:
    """The deck's title or lead-in names a settlement or a result (`主要施策の成果説明書（令和6年度決算）`): its year columns
    are what was spent (roles.json settlement_words), no budgets."""
    top = [info.norm for info in infos if info.norm.strip()][:_TOP]
    return any(w in text for text in top for w in load("roles")["settlement_words"])


def apply(infos: Sequence[LineInfo]) -> None:
    """Give every cell of each year's run that year's budget role and fy (see the module's docstring)."""
    settled = _settled(infos)
    for info in infos:
        if len(info.amounts) < 4 or len(info.fiscal_years) < 2:
            continue
        runs = _runs(info)
        sizes = {len(figs) for _, figs in runs}
        years = sorted({y for y, _ in runs})
        if len(runs) < 2 or len(sizes) != 1 or min(sizes) < 2 or len(years) != len(runs):
            continue
        top = years[-1]
        for year, figs in runs:
            role = "budget" if year == top else "previous_budget" if year == top - 1 else None
            if settled:  # what was spent: each cell of its run's year, no budget's role
                for m in figs:
                    m.fy = year if m.role == "other" else m.fy
                continue
            if role is None:
                continue
            for m in figs:
                if m.role in _OPEN and not m.text.lstrip().startswith(("▲", "△", "-", "−", "+")):
                    m.role, m.fy, m.role_source = role, year, "year_run"
                    m.total_of = m.total_of or f"({year}年度の列)"  # its row's name is far off in the header: no row
