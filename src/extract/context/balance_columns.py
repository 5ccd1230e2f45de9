"""A fund report's table flattened one cell a line (GUIDE: a year in a table's column header sets the fy of the amounts in
that column): a header of an earlier year-end's balance then the next year's columns (`平成17年度末` / `現在高A` /
`平成18年度中増減額` / `平成18年度末` / `現在高` / `積立額B` / `取崩額C`), then rows, each a fund's name and its figures one a
line (`財政調整基金` / `4億798万円` / `1億512万円` / `6300万円` / `4億5010万円`).

A row's first figure is the balance at the earlier year's end, that year's; every other figure (the year's deposits,
drawdowns, the balance at its end) the later year's. The flattened text shows no empty cell (a fund with no deposit or
no drawdown that year has a shorter row), so a figure's column is read by its place in its row only as first or not:
the later columns all share one year. A group's name (`積立基金`, `小計`) between rows starts a row as a fund's does.
Text decks only (a PDF's tables are read from its cells' boxes); cell_columns.py reads headers whose years differ
column by column."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .cell_columns import Column
from .fiscal_marks import single
from .labels import LineInfo

#: a header cell is a label, not a sentence; a row's name may be longer
_CELL_MAX, _NAME_MAX = 16, 40
#: the earlier year's column is a balance at its end (`平成17年度末`, `前年度末現在高`)
_YEAR_END = re.compile(r"\s*末")


def _cell(info: LineInfo, most: int) -> bool:
    """The line is one cell with no figure: a label of `most` characters at most, no space inside, no sentence."""
    text = info.norm.strip()
    return bool(text) and not info.amounts and len(text) <= most and " " not in text and "。" not in text


def _figure(info: LineInfo) -> bool:
    """The line is one figure alone (`4億798万円`)."""
    return len(info.amounts) == 1 and info.norm.strip() == info.amounts[0].text.strip()


def _header_years(cells: Sequence[LineInfo]) -> tuple[int, int] | None:
    """(earlier, later): a header whose first dated cell is a year's end and whose other dated cells (two at least) all
    name the next year, else None."""
    years = [(info, f, single(f)) for info in cells for f in info.fiscal_years]
    if len(years) < 3 or any(y is None for _i, _f, y in years):
        return None
    first, rest = years[0], {y for _i, _f, y in years[1:]}
    if _YEAR_END.match(first[0].norm, first[1].end) is None or len(rest) != 1 or rest != {int(first[2] or 0) + 1}:
        return None
    return int(first[2] or 0), rest.pop()  # type: ignore[return-value]


def balance_columns(infos: Sequence[LineInfo]) -> dict[int, Column]:
    """id(amount) -> its column's year, for fund tables one cell a line (see the module's docstring)."""
    out: dict[int, Column] = {}
    if any(info.page is not None for info in infos):
        return out
    cells: list[LineInfo] = []  # the run of label cells before a table's first figure
    years: tuple[int, int] | None = None  # the table's (earlier, later) years while its rows run
    place = 0  # the next figure's place in its row
    for k, info in enumerate(infos):
        if not info.norm.strip():
            continue
        if years is not None and _figure(info):
            out[id(info.amounts[0])] = ("year", years[0] if place == 0 else years[1], k)
            place += 1
            continue
        if years is not None and _cell(info, _NAME_MAX) and not info.fiscal_years:
            place = 0  # the next row's name, or a group's
            continue
        years = None
        if _cell(info, _CELL_MAX):
            cells.append(info)
        elif _figure(info) and (years := _header_years(cells)) is not None:
            out[id(info.amounts[0])] = ("year", years[0], k)
            cells, place = [], 1
        else:
            cells = []
    return out
