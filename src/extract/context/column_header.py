"""ONE reading of a text table's header (issue 21): where a `|` table's header row and its cells are, the year each cell
writes, and what a header cell says its column holds. Every pass that reads a column's header consumes it:

- `|` tables (`| 区分 | 令和5年度 | 令和6年度 |`): `pipe_tables` cuts the deck's lines into tables (a run of `|` lines),
  each row read once (`PipeRow`: its cells' spans and, on a row with no figure, the one year each cell writes and its
  bare year); `under_headers` pairs each figure with its column's header entry under the header row a pass reads
  (context/fiscal_columns.py years, label_columns.py role labels, assessment_columns.py a request's stages,
  programme_tables.py a programme list's budget column);
- a header cell's meaning, whatever the layout (a `|` cell, a spaced or stacked cell of header_blocks.py):
  `cell_kind` (a budget role, a settlement's, a change's, a ratio's column), `label_column_role` (the role a `|` role-label
  header gives its figures: a change or a ratio `other`), `ratio_cell`, `unit_only`.

A row's cells are split on `|`; the empty cells at its two ends are left out. A row with figures is a data row: its cells'
years are not read (no header pass asks for them)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..dictionary import load
from ..model import Mention
from .cell_columns import bare_year
from .fiscal_marks import single
from .labels import LineInfo, label_role

T = TypeVar("T")

SEP = "|"
#: a header cell is a label, not a sentence
CELL_MAX = 16
_BUDGET = ("budget", "previous_budget", "supplementary_budget")


def cell_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a `|` row's cells, the empty ones at its two ends left out."""
    spans, start = [], 0
    for k, ch in enumerate(text + SEP):
        if ch == SEP:
            spans.append((start, k))
            start = k + 1
    while spans and not text[spans[0][0]:spans[0][1]].strip():
        spans.pop(0)
    while spans and not text[spans[-1][0]:spans[-1][1]].strip():
        spans.pop()
    return spans


@dataclass(frozen=True)
class HeaderCell:
    """One cell of a `|` row: its span in the line, and on a row with no figure the one year it writes (`令和6年度予算額`:
    2024) and its bare year (a year and a word or two at most: `令和5年度`, `R6決算`; cell_columns.bare_year)."""

    start: int
    end: int
    text: str
    year: int | None = None
    bare: int | None = None

    @property
    def label(self) -> str:
        return self.text.strip()


@dataclass(frozen=True)
class PipeRow:
    """One line of a `|` table, read once: its cells in order."""

    info: LineInfo
    cells: tuple[HeaderCell, ...]

    @property
    def header(self) -> bool:
        """A row with no figure: it may head the rows under it."""
        return not self.info.amounts

    def column(self, m: Mention) -> int | None:
        """The index of the cell the figure stands in."""
        return next((k for k, c in enumerate(self.cells) if c.start <= m.start < c.end), None)


def _read(info: LineInfo) -> PipeRow:
    if info.amounts:
        return PipeRow(info, tuple(HeaderCell(a, b, info.norm[a:b]) for a, b in cell_spans(info.norm)))
    cells = []
    for a, b in cell_spans(info.norm):
        years = {y for f in info.fiscal_years if a <= f.start < b and (y := single(f)) is not None}
        cells.append(HeaderCell(a, b, info.norm[a:b], years.pop() if len(years) == 1 else None, bare_year(info, a, b)))
    return PipeRow(info, tuple(cells))


def pipe_row(info: LineInfo) -> PipeRow | None:
    """The line read as a `|` table's row (once a line: every header pass asks), else None."""
    if SEP not in info.norm:
        return None
    known = info.memo.get("pipe_row")
    if not isinstance(known, PipeRow):
        known = info.memo["pipe_row"] = _read(info)
    return known


@dataclass(frozen=True)
class PipeTable:
    """A run of `|` lines: a table's header rows and data rows, in order."""

    rows: tuple[PipeRow, ...]


def pipe_tables(infos: Sequence[LineInfo]) -> Iterator[PipeTable]:
    """The deck's `|` tables: each run of lines holding a `|`."""
    run: list[PipeRow] = []
    for info in infos:
        row = pipe_row(info)
        if row is not None:
            run.append(row)
        elif run:
            yield PipeTable(tuple(run))
            run = []
    if run:
        yield PipeTable(tuple(run))


def under_headers(infos: Sequence[LineInfo], header_of: Callable[[PipeRow], list[T] | None]) -> Iterator[tuple[Mention, T]]:
    """Each figure of a `|` table under a header row (`header_of` reads one from a row with no figure, else None) with
    its column's header entry; a row counts where it has as many cells as the header."""
    for table in pipe_tables(infos):
        header: list[T] | None = None
        for row in table.rows:
            found = header_of(row) if row.header else None
            if found is not None:
                header = found
                continue
            if header is None or len(row.cells) != len(header):
                continue
            for m in row.info.amounts:
                k = row.column(m)
                if k is not None:
                    yield m, header[k]


def previous_columns(cols: list[tuple[str | None, int | None]]) -> list[tuple[str | None, int | None]]:
    """(role, year) of a header's columns, the budget column of the year before the latest budget column's read as the
    previous year's (`令和6年度予算額 | 令和5年度予算額`: the second holds last year's budget, as `前年度予算額` would); a
    previous year's column that writes no year (`前年度予算額`) is the year before that latest budget column's."""
    latest = max((y for r, y in cols if r == "budget" and y is not None), default=None)
    if latest is None:
        return cols
    return [("previous_budget", latest - 1) if r == "budget" and y == latest - 1 or r == "previous_budget" and y is None
            else (r, y) for r, y in cols]


def _bare(cell: str) -> str:
    """The cell without the bracket that ends it (`(パーセント)`, `(B)`)."""
    return re.sub(r"[（(][^（）()]{0,6}[）)]$", "", cell.strip())


def ratio_cell(cell: str) -> bool:
    """A header cell that names a column of ratios: it ends with a ratio's word, its unit in brackets after it (`構成比`,
    `対前年度比(パーセント)`, `伸び率`, `(%)`: table_words.json percent_columns); `執行率一般` is no such cell."""
    return _bare(cell).endswith(tuple(load("table_words")["percent_columns"]["words"])) \
        or cell.strip("()（） ") in load("table_words")["percent_units"]


def unit_only(cell: str) -> bool:
    """A cell that is a unit and nothing more (`千円`, `(千円)`, `％`: table_words.json): the unit of the cell before it."""
    words = load("table_words")
    return cell.strip("()（）") in (*(u for u in words["money_units"] if not u.startswith("_")), *words["percent_units"])


def cell_kind(cell: str) -> str | None:
    """What a header cell says its column holds: a budget role, "settled" (`決算額`, `支出済額`), "change" (`増減額`, `比較`,
    `対前年度`), "ratio" (`構成比`, `伸び率`, `(%)`: table_words.json percent_columns)."""
    roles = load("roles")
    if ratio_cell(cell):
        return "ratio"
    if any(w in cell for w in roles["settlement_words"]) or _bare(cell).endswith(tuple(roles["assessment"]["executed"])):
        return "settled"  # (`収入済額(B)`, `支出済額`: what was collected or spent, as a settlement's; `執行率一般` is none)
    if any(w in cell for w in (*roles["column_change_words"], *roles["change_before"])):
        return "change"  # (`対前年度` names the comparison with last year's, no figure of that year)
    found = label_role(cell)
    if found is None:  # `R5当初`, `当初`: a stage written alone is the short form of its label (roles.json stage_marks)
        stage = next((r for w, r in roles["stage_marks"].items() if cell.endswith(w)), None)
        return stage
    return found[0] if found[0] in _BUDGET else None


def label_column_role(text: str) -> str | None:
    """The role a `|` header's role-label cell gives its figures (label_columns.py): a budget role by its label, `other`
    for a change's, a ratio's or a settlement's column (`比較増減`, `対前年度比(%)`, `前年度決算額`: what was spent, no
    budget, whatever year it names), else None. Unlike `cell_kind` it reads no stage written alone (`当初`)."""
    cell = text.strip()
    if not cell or len(cell) > CELL_MAX:
        return None
    roles = load("roles")
    if any(w in cell for w in (*roles["column_change_words"], *roles["settlement_words"])) or ratio_cell(cell):
        return "other"  # `比較増減`, `対前年度増減`: the change of the year's figure; `対前年度比(%)`: its ratio; `前年度決算額`
    found = label_role(cell)
    return found[0] if found is not None and found[0] in _BUDGET else None
