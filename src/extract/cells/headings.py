"""The figures of a budget book's category headings: `１款 市税 46,460,600千円` and `１項 市民税 16,739,000千円`
printed over each 目 table. Such a figure totals its 款 or 項 (the GUIDE's heading over items with their own
figures): the cells leave it out (grid.py) and a mention of it is marked `total_of` the category, so it never
becomes a programme's budgets row."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import TableGrid
from .printed import HEADING, label_of, squeeze
from .table import TableRows, numeric

#: (page, the figure as printed without spaces, top, bottom, the category it totals)
Heading = tuple[int, str, float, float, str]


def heading_totals(grids: Sequence[TableGrid]) -> list[Heading]:
    """Every figure of a row that opens with a numbered 款/項 (`１款 市税`), with the category's name."""
    out: list[Heading] = []
    for grid in grids:
        t = TableRows(grid)
        for cells in t.rows.values():
            labels = [squeeze(c.text) for c in cells if c.text.strip() and not numeric(c)]
            m = HEADING.match(labels[0]) if labels else None
            if m is None:
                continue
            name = label_of(labels[0][m.end():]) or labels[0]
            out += [(grid.page, squeeze(c.text), c.bbox[1], c.bbox[3], name) for c in cells if numeric(c) and c.bbox is not None]
    return out


def mark_heading_totals(records: list[dict[str, Any]], grids: Sequence[TableGrid]) -> int:
    """Mark the amount mentions that are category heading figures (same page, same text, on the same
    line) `total_of` their category; how many were marked."""
    found: dict[tuple[int, str], list[Heading]] = {}
    for h in heading_totals(grids):
        found.setdefault((h[0], h[1]), []).append(h)
    marked = 0
    for r in records:
        if r.get("kind") != "amount" or r.get("total_of") or r.get("page") is None or r.get("top") is None:
            continue
        for h in found.get((int(r["page"]), squeeze(r.get("text") or "")), []):
            if min(h[3], float(r["bottom"])) - max(h[2], float(r["top"])) > 0:
                r["total_of"] = h[4]
                marked += 1
                break
    return marked
