"""Two of pdfplumber's page steps with the same results and without their quadratic parts (issue 25):
on a budget book's pages they cost more than reading the page itself.

- `dedupe_page`: `page.dedupe_chars()`, whose last step sorts the kept chars by `chars.index` (a scan of
  the page's chars per char); here by a position map.
- `ruled_tables`: `page.find_tables()` (the default "lines" strategy), whose cell search scans every later
  intersection and rebuilds two edge sets per pair of points; here from each point's column and row, with
  the edge sets built once. A page with no ruling, box or curve holds no ruled table and is not searched.
"""
from __future__ import annotations

import functools
import itertools
from operator import itemgetter
from typing import Any

from .upright import straighten

Point = tuple[float, float]
CellBox = tuple[float, float, float, float]


def dedupe_chars(chars: list[dict[str, Any]], tolerance: float = 1) -> list[dict[str, Any]]:
    """pdfplumber.utils.dedupe_chars with its defaults: chars sharing text, upright, font and size whose
    positions are within `tolerance` are one char (the first of them by position), in the page's order."""
    from pdfplumber.utils import cluster_objects

    key = itemgetter("upright", "text", "fontname", "size")
    pos_key = itemgetter("doctop", "x0")
    kept: list[dict[str, Any]] = []
    for _, grouped in itertools.groupby(sorted(chars, key=key), key=key):
        group = list(grouped)
        if len(group) == 1:  # most glyphs of a page are alone in their group: nothing to cluster
            kept.append(group[0])
            continue
        for y_cluster in cluster_objects(group, itemgetter("doctop"), tolerance):
            for x_cluster in cluster_objects(y_cluster, itemgetter("x0"), tolerance):
                kept.append(min(x_cluster, key=pos_key))
    order = {id(c): i for i, c in enumerate(chars)}
    return sorted(kept, key=lambda c: order[id(c)])


def dedupe_page(page: Any) -> Any:
    """The page with duplicate chars removed, as `page.dedupe_chars()` returns it."""
    from pdfplumber.page import FilteredPage

    out = FilteredPage(page, lambda x: True)
    out._objects = dict(page.objects)
    out._objects["char"] = straighten(dedupe_chars(page.chars))  # upright.py: a matrix's rounding is no rotation
    return out


def ruled_tables(page: Any) -> list[Any]:
    """`page.find_tables()` with the default settings: the same tables, cells in the same order."""
    from pdfplumber.table import TableSettings, cells_to_tables, edges_to_intersections

    if not (page.lines or page.rects or page.curves):
        return []
    settings = TableSettings.resolve(None)
    finder = _finder(page, settings)
    edges = finder.get_edges()
    points = edges_to_intersections(edges, settings.intersection_x_tolerance, settings.intersection_y_tolerance)
    table = _table_class()
    return [table(page, group) for group in cells_to_tables(intersections_to_cells(points))]


@functools.cache
def _table_class() -> type:
    """pdfplumber's Table with `rows` and `bbox` computed once (its cells never change after the search)."""
    from pdfplumber.table import Table

    class OnceTable(Table):
        rows = functools.cached_property(Table.rows.fget)  # type: ignore[attr-defined]
        bbox = functools.cached_property(Table.bbox.fget)  # type: ignore[attr-defined]

    return OnceTable


def _finder(page: Any, settings: Any) -> Any:
    """A TableFinder that has its settings and page but has not searched yet (its get_edges is reused)."""
    from pdfplumber.table import TableFinder

    finder = TableFinder.__new__(TableFinder)
    finder.page, finder.settings = page, settings
    return finder


def intersections_to_cells(intersections: dict[Point, dict[str, list[dict[str, Any]]]]) -> list[CellBox]:
    """pdfplumber.table.intersections_to_cells: for each point in sorted order, the smallest cell whose
    corners are intersections joined by common edges; the points below and right of a point are taken
    from its column and its row (in the same order the full scan finds them)."""
    from pdfplumber.utils import obj_to_bbox

    points = sorted(intersections)
    v = {p: {obj_to_bbox(e) for e in d["v"]} for p, d in intersections.items()}
    h = {p: {obj_to_bbox(e) for e in d["h"]} for p, d in intersections.items()}
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    at: dict[Point, tuple[int, int]] = {}  # a point's place in its column and in its row
    for p in points:
        column, row = columns.setdefault(p[0], []), rows.setdefault(p[1], [])
        at[p] = (len(column), len(row))
        column.append(p)
        row.append(p)

    def connects(p1: Point, p2: Point) -> bool:
        return (p1[0] == p2[0] and not v[p1].isdisjoint(v[p2])) or (p1[1] == p2[1] and not h[p1].isdisjoint(h[p2]))

    cells: list[CellBox] = []
    for pt in points:
        below, right = columns[pt[0]][at[pt][0] + 1:], rows[pt[1]][at[pt][1] + 1:]
        cell = _smallest_cell(pt, below, right, intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(pt: Point, below: list[Point], right: list[Point], intersections: dict[Point, Any],
                   connects: Any) -> CellBox | None:
    joined: list[Point] | None = None  # the points right of pt joined to it: the same for every point below
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        if joined is None:
            joined = [r for r in right if connects(pt, r)]
        for right_pt in joined:
            corner = (right_pt[0], below_pt[1])
            if corner in intersections and connects(corner, right_pt) and connects(corner, below_pt):
                return (pt[0], pt[1], corner[0], corner[1])
    return None
