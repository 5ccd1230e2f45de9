"""The tables of one PDF page: its ruled tables, the charts among them, and the unruled ones in the rest
of its text."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...model import TableGrid
from .chars import Box, Char, text_lines
from .chart_labels import chart_like, labelled_numbers, unit_lines
from .ruled import ruled_grid
from .unruled import caption_of, unruled_grids


def _box_in(inner: Any, outer: Any) -> bool:
    return bool(outer[0] <= inner[0] + 1 and outer[1] <= inner[1] + 1 and inner[2] <= outer[2] + 1 and inner[3] <= outer[3] + 1)

def page_tables(page_no: int, ruled: Sequence[Any], chars: Sequence[Char],
                lines: Sequence[list[Char]] | None = None) -> list[TableGrid]:
    """The tables of one page: its ruled tables (pdfplumber Table objects, already found by the layout
    pass) and the unruled ones in the rest of its text. `chars` are the page's (deduplicated) chars;
    `lines` its text lines as char lists (computed here when not given)."""
    all_lines = [[c for c in ln if (c.get("text") or "").strip()] for ln in lines] if lines is not None \
        else text_lines([c for c in chars if (c.get("text") or "").strip()])
    all_lines = [ln for ln in all_lines if ln]
    found: list[tuple[Any, TableGrid]] = []
    # Table.bbox is recomputed over every cell on each access: read each once
    bbox_of: dict[int, Box] = {id(t): (float(t.bbox[0]), float(t.bbox[1]), float(t.bbox[2]), float(t.bbox[3])) for t in ruled}
    for t in sorted(ruled, key=lambda t: (round(bbox_of[id(t)][1]), bbox_of[id(t)][0])):
        box = bbox_of[id(t)]
        g = ruled_grid(t, chars, page_no, 0, caption_of(all_lines, box))
        if g is not None and chart_like(g):
            g = labelled_numbers(all_lines, box, page_no, 0, unit_lines(all_lines, g.caption))
        if g is not None:
            found.append((t, g))
    # a grid inside another: the inner one is the table (the outer is a frame), unless the outer is a chart
    # whose value labels were read as a whole (the inner boxes are pieces of its drawing)
    drop: set[int] = set()
    for i, (a, ga) in enumerate(found):
        for j, (b, _) in enumerate(found):
            if i != j and _box_in(bbox_of[id(b)], bbox_of[id(a)]):
                drop.add(j if ga.reader == "pdf_chart" else i)
    out: list[TableGrid] = []
    for k, (_, g) in enumerate(found):
        if k not in drop:
            out.append(TableGrid(page=g.page, index=len(out), cells=g.cells, reader=g.reader, bbox=g.bbox, caption=g.caption))
    taken = list(bbox_of.values())
    out += unruled_grids(all_lines, page_no, len(out), taken)
    return out
