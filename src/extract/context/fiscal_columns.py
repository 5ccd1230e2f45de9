"""Text tables whose header row states a fiscal year per column (`| 区分 | 令和5年度 | 令和6年度 |`): the year of its
column is each figure's own year below it (GUIDE: a year in a table's column header sets the fy of the amounts in
that column). Cells are split on `|`; a row counts where it has as many cells as the header. A header cell is a
fiscal year with a word or two at most (`令和5年度`, `R6決算`), or, under a corner cell, a relative year or a settlement's
year as a spaced header's cells are read (`本年度決算額`, `前年度決算額`, `令和4年度決算額`; context/cell_columns.py); the
header row holds no figure. Budget-label
headers (`令和6年度予算額`) are read by context/columns.py, which sets roles too. The rows and cells are read once
(context/column_header.py)."""
from __future__ import annotations

from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from . import cell_columns
from .balance_columns import balance_columns
from .column_header import HeaderCell, PipeRow, pipe_row, under_headers
from .labels import LineInfo
from .year_pairs import OPEN


def year_header(row: PipeRow) -> list[int | None] | None:
    """The fiscal year of each cell of a header row, where one cell at least is a bare year; else None."""
    out = [c.bare for c in row.cells]
    return out if any(y is not None for y in out) else None


def _cells_header(row: PipeRow) -> list[cell_columns.Cell | None] | None:
    """Each cell's year as a spaced header's (cell_columns.header_cell: a year, a settlement's year, a relative year
    `前年度決算額`, a change's `増減`; a settlement's cell with its year, `令和4年度決算額`), where a cell is a bare year,
    or two cells date their columns under a corner cell that dates none (`| 区分 | 本年度決算額 | 前年度決算額 | 増減 |`);
    else None."""
    if not row.cells:
        return None
    out = [cell_columns.header_cell(row.info, c.start, c.end) or _settled(c) for c in row.cells]
    return out if year_header(row) is not None or out[0] is None and cell_columns.dated_columns(out) else None


def _settled(cell: HeaderCell) -> cell_columns.Cell | None:
    """A settlement's column that writes its year with its label (`令和4年度決算額`, `2021年度実績額`: longer than a bare
    year's cell): that year's settled figures."""
    words = load("roles")["settlement_words"]
    return ("settled", cell.year) if cell.year is not None and any(w in cell.label for w in words) else None


def column_years(infos: list[LineInfo]) -> dict[int, cell_columns.Column]:
    """id(amount) -> the year of its column, for the figures of `|` tables under a header row of years, and of the tables
    flattened with spaces or one cell a line (context/cell_columns.py)."""
    out: dict[int, cell_columns.Column] = {id(m): (*y, m.line_index) for m, y in under_headers(infos, _cells_header)
                                           if y is not None}
    if any(info.page is not None for info in infos):
        return out  # a PDF's tables are read from its cells' boxes (ingest/tables.py, cells/), not its lines
    # ("offset", -1): `前年度`; a header of years alone first, a header with its corner cell read over it
    # a fund report's table of balances and flows read last: its rows are of any length (balance_columns.py)
    return out | cell_columns.year_rows(infos) | cell_columns.spaced_years(infos) | cell_columns.stacked_years(infos) \
        | balance_columns(infos)


def header_lines(infos: list[LineInfo]) -> frozenset[int]:
    """The lines that are a header row of year columns (`|`, spaced) or one of its cells (one cell a line)."""
    return frozenset(i for i, info in enumerate(infos) if _heads(pipe_row(info)) or cell_columns.header_line(info))


def _heads(row: PipeRow | None) -> bool:
    return row is not None and row.header and _cells_header(row) is not None


def column_year(m: Mention, col: cell_columns.Column, scope: int | None) -> bool:
    """A table figure takes its column's year (`| 区分 | 令和5年度 | 令和6年度 |`; `区分 本年度 前年度`: the scope's year
    moved; a change's column, `増減額`: the scope's). False where a relative column has no scope year to count from."""
    if col[0] not in ("year", "settled") and scope is None:
        return False  # (a year's column and a settlement's, `令和4年度決算額`, write their own year)
    m.fy = col[1] if col[0] in ("year", "settled") else int(scope or 0) + col[1]
    return True


def column_role(m: Mention, col: cell_columns.Column, scope: int | None) -> None:
    """The role pass's reading of a figure's column, once its year is set (column_year): a budget figure in another year's
    column is no budget of the scope's year: the year before's is the previous year's budget (`事業名 R8当初 R7当初`),
    another year's (a plan's) `other`, and so is a change and a settlement's column (`令和6年度決算`), whatever its
    year."""
    if col[0] == "settled" and m.role in ("budget", "previous_budget"):
        m.role, m.role_source = "other", "column"  # `令和6年度決算`: a settlement's column, whatever its year
    elif scope is not None and m.role == "budget" and (m.fy != scope or col[0] == "change"):
        m.role, m.role_source = ("previous_budget" if m.fy == scope - 1 else "other"), "column"


def previous_in_rows(cells: Sequence[tuple[Mention, cell_columns.Column]]) -> None:
    """In a budget document, a row's figure no label named in the column of the year before its budget figure's is that
    budget's previous year's (`一般会計 | 241億円 | 232億円` under `令和6年度(A) | 令和5年度(B)`), as year_pairs.py reads a
    row; a row of revenue (`市税 45億円 44億円`, no budget figure) keeps its `other`. `cells`: the table figures in
    reading order, each with its column."""
    rows: dict[int, list[Mention]] = {}
    for m, col in cells:
        if col[0] != "change":
            rows.setdefault(col[2], []).append(m)
    for row in rows.values():
        years = {b.fy for b in row if b.role == "budget" and b.fy is not None}
        for m in row:
            if m.role == "other" and m.role_source in OPEN and m.fy is not None and m.fy + 1 in years:
                m.role, m.role_source = "previous_budget", "column"
