"""A bare month or day count in a table column headed by a period word is a span (issue 23): under `期間`, a cell
`６月` is six months (patent and statistics tables write periods so), not June. The line rules see the row's text
without its header, so the table's grid (Deck.tables) says which cells stand under such a header; the row's line
gets the span in place of any reading of the same characters (a year-less month read as a date)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Deck, GridCell, Line, Mention, TableGrid
from ..normalize import normalize
from ..rules.fragments import alternation


@lru_cache(maxsize=1)
def _cell() -> re.Pattern[str]:
    # a cell that is only a count of a calendar word (durations.json bare_units): ６月, 30日
    return re.compile(rf"\s*(?P<n>\d{{1,3}})\s?(?P<u>{alternation(load('durations')['bare_units'])})\s*")


def _period_columns(grid: TableGrid) -> set[int]:
    heads = load("durations")["period_headers"]
    return {c.col for c in grid.cells if c.row == 0 and any(h in normalize(c.text).text.replace(" ", "") for h in heads)}


def _row_line(cell: GridCell, page: int, lines: list[Line]) -> tuple[Line, int] | None:
    """The line that prints the cell's row (an Office table's row line, `… R2`) and where the cell's text is in it."""
    for line in lines:
        if line.page == page and (line.ref or "").endswith(f"R{cell.row + 1}"):
            at = line.text.find(cell.text.strip())
            if at >= 0:
                return line, at
    return None


def period_cells(deck: Deck, found: list[Mention]) -> list[Mention]:
    """`found` with each bare `N月`/`N日` cell under a period header read as a span (any other reading of it dropped)."""
    spans: list[Mention] = []  # in the order of the grids' cells: row by row
    for grid in deck.tables:
        cols = _period_columns(grid)
        for cell in (c for c in grid.cells if cols and c.row > 0 and c.col in cols):
            m = _cell().fullmatch(normalize(cell.text).text)
            where = _row_line(cell, grid.page, deck.lines) if m else None
            if m is None or where is None:
                continue
            line, at = where
            n, text = int(m.group("n")), cell.text.strip()
            spans.append(Mention(doc=deck.doc, kind="duration", text=text, min=n, max=n, unit=load("durations")["bare_units"][m.group("u")],
                                 page=line.page, line=line.line_at(at), context=line.text, line_index=line.index, start=at,
                                 end=at + len(text), raw_start=at, ref=line.ref))
    if not spans:
        return found
    taken = {(s.line_index, s.raw_start) for s in spans}
    kept = [f for f in found if not any(f.line_index == i and f.raw_start <= a < f.raw_start + len(f.text) for i, a in taken)]
    out: list[Mention] = []
    for f in kept:  # each span in reading order: before the first mention after it
        while spans and (spans[0].line_index, spans[0].raw_start) < (f.line_index, f.raw_start):
            out.append(spans.pop(0))
        out.append(f)
    return out + spans
