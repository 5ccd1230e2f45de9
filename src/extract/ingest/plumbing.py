"""Two of pdfplumber's page steps with the same results and without their quadratic parts (issue 25):
on a budget book's pages they cost more than reading the page itself.

- `dedupe_page`: `page.dedupe_chars()`, whose last step sorts the kept chars by `chars.index` (a scan of
  the page's chars per char); here by a position map, and its clusters by one sort each.
- `ruled_tables`: `page.find_tables()` (the default "lines" strategy), whose cell search scans every later
  intersection and rebuilds two edge sets per pair of points; here from each point's column and row, with
  the edge sets built once. A page with no ruling, box or curve holds no ruled table and is not searched.
  Its intersections (each vertical against every horizontal, the horizontals sorted again for each) take
  the horizontals in a vertical's reach from one sorted list; its grouping of cells into tables (a scan of
  every cell left per pass) follows the corners a new cell brings (`cells_to_tables`). Its edges are snapped
  by pdfplumber's own clusters, each moved edge copied by one dict display instead of a dict of item tuples
  (`ruled_edges`: a ruled page's thousands of edges, ~20 keys each).
"""
from __future__ import annotations

import functools
import heapq
import itertools
from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import Any

from .upright import straighten

Point = tuple[float, float]
CellBox = tuple[float, float, float, float]


def _chains(objs: list[dict[str, Any]], key: Any, tolerance: float) -> list[list[dict[str, Any]]]:
    """The clusters pdfplumber's `cluster_objects(objs, key, tolerance)` finds (runs of sorted values no
    further than `tolerance` apart), by one sort instead of its dicts of values; each cluster's members in the
    order of their key, equal keys in the given order (all that the first by position needs)."""
    out: list[list[dict[str, Any]]] = []
    last = 0.0
    for o in sorted(objs, key=key):
        v = key(o)
        if out and v <= last + tolerance:
            out[-1].append(o)
        else:
            out.append([o])
        last = v
    return out


def dedupe_chars(chars: list[dict[str, Any]], tolerance: float = 1) -> list[dict[str, Any]]:
    """pdfplumber.utils.dedupe_chars with its defaults: chars sharing text, upright, font and size whose
    positions are within `tolerance` are one char (the first of them by position), in the page's order."""
    key = itemgetter("upright", "text", "fontname", "size")
    pos_key = itemgetter("doctop", "x0")
    kept: list[dict[str, Any]] = []
    for _, grouped in itertools.groupby(sorted(chars, key=key), key=key):
        group = list(grouped)
        if len(group) == 1:  # most glyphs of a page are alone in their group: nothing to cluster
            kept.append(group[0])
            continue
        for y_cluster in _chains(group, itemgetter("doctop"), tolerance):
            if len(y_cluster) == 1:
                kept.append(y_cluster[0])
                continue
            for x_cluster in _chains(y_cluster, itemgetter("x0"), tolerance):
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
    from pdfplumber.table import TableSettings

    if not (page.lines or page.rects or page.curves):
        return []
    settings = TableSettings.resolve(None)
    edges = ruled_edges(page, settings)
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


def ruled_edges(page: Any, settings: Any) -> list[dict[str, Any]]:
    """`TableFinder.get_edges()` for the "lines" strategy without explicit lines (the default settings): the
    page's edges long enough, snapped (`_snap_edges`), then joined and filtered by pdfplumber's own steps."""
    from pdfplumber.table import merge_edges
    from pdfplumber.utils import filter_edges

    s = settings
    if (s.vertical_strategy, s.horizontal_strategy) != ("lines", "lines") \
            or s.explicit_vertical_lines or s.explicit_horizontal_lines:
        return _finder(page, settings).get_edges()
    edges = filter_edges(page.edges, "v", min_length=s.edge_min_length_prefilter) \
        + filter_edges(page.edges, "h", min_length=s.edge_min_length_prefilter)
    if s.snap_x_tolerance > 0 or s.snap_y_tolerance > 0:
        edges = _snap_edges(edges, s.snap_x_tolerance, s.snap_y_tolerance)
    edges = merge_edges(edges, 0, 0, s.join_x_tolerance, s.join_y_tolerance)  # 0, 0: snapped above
    return filter_edges(edges, min_length=s.edge_min_length)


def _snap_edges(edges: list[dict[str, Any]], x_tolerance: float, y_tolerance: float) -> list[dict[str, Any]]:
    """pdfplumber.table.snap_edges: the same edges in the same order, with the same keys in the same order."""
    from pdfplumber.utils import cluster_objects

    out: list[dict[str, Any]] = []
    for orientation, attr, tolerance, moved in (("v", "x0", x_tolerance, ("x0", "x1")),
                                                ("h", "top", y_tolerance, ("top", "bottom"))):
        group = [e for e in edges if e["orientation"] == orientation]
        for cluster in cluster_objects(group, itemgetter(attr), tolerance):
            avg = sum(map(itemgetter(attr), cluster)) / len(cluster)
            out += [_moved(e, moved, avg - e[attr]) for e in cluster]
    return out


def _moved(obj: dict[str, Any], keys: tuple[str, str], value: float) -> dict[str, Any]:
    """pdfplumber's `move_object`: the edge's copy with `keys` (x0/x1 or top/bottom) moved by `value`, a vertical
    move also moving doctop and (the other way) y0/y1 where the edge has them; keys keep their places."""
    if type(obj) is not dict:
        from pdfplumber.utils.geometry import move_object

        return move_object(obj, "h" if keys[0] == "x0" else "v", value)
    out = {**obj, keys[0]: obj[keys[0]] + value, keys[1]: obj[keys[1]] + value}
    if keys[0] == "top":
        if "doctop" in obj:
            out["doctop"] = obj["doctop"] + value
        if "y0" in obj:
            out["y0"], out["y1"] = obj["y0"] - value, obj["y1"] - value
    return out


def _finder(page: Any, settings: Any) -> Any:
    """A TableFinder that has its settings and page but has not searched yet (its get_edges is reused)."""
    from pdfplumber.table import TableFinder

    finder = TableFinder.__new__(TableFinder)
    finder.page, finder.settings = page, settings
    return finder


def edges_to_intersections(edges: list[dict[str, Any]], x_tolerance: float = 1, y_tolerance: float = 1
                           ) -> dict[Point, dict[str, list[dict[str, Any]]]]:
    """pdfplumber.table.edges_to_intersections: the same points, edges and order. Its horizontals are sorted by
    top, so those a vertical can meet (top within its span and the tolerance) are a slice of them, found by
    bisection with a margin; the test on each is pdfplumber's own, in its order."""
    v_edges = sorted((e for e in edges if e["orientation"] == "v"), key=itemgetter("x0", "top"))
    h_edges = sorted((e for e in edges if e["orientation"] == "h"), key=itemgetter("top", "x0"))
    tops = [h["top"] for h in h_edges]
    out: dict[Point, dict[str, list[dict[str, Any]]]] = {}
    for v in v_edges:
        lo = bisect_left(tops, v["top"] - y_tolerance - 1)  # the margin: float rounding never drops a meeting
        hi = bisect_right(tops, v["bottom"] + y_tolerance + 1)
        for h in h_edges[lo:hi]:
            if v["top"] <= h["top"] + y_tolerance and v["bottom"] >= h["top"] - y_tolerance \
                    and h["x0"] - x_tolerance <= v["x0"] <= h["x1"] + x_tolerance:
                point = out.setdefault((v["x0"], h["top"]), {"v": [], "h": []})
                point["v"].append(v)
                point["h"].append(h)
    return out


def cells_to_tables(cells: list[CellBox]) -> list[list[CellBox]]:
    """pdfplumber.table.cells_to_tables: the same tables, cells in the same order. pdfplumber passes over
    the cells left, in order, taking each that shares a corner with the table so far, until a pass takes
    none. Here the cells a new corner touches are queued by their place: one past the last taken is taken
    in this pass, one before it in the next, as pdfplumber's scan would."""
    corners = [((x0, top), (x0, bottom), (x1, top), (x1, bottom)) for x0, top, x1, bottom in cells]
    at: dict[Point, list[int]] = {}
    for i, cs in enumerate(corners):
        for c in cs:
            at.setdefault(c, []).append(i)
    left = [True] * len(cells)
    tables: list[list[CellBox]] = []
    first = 0
    while True:
        while first < len(cells) and not left[first]:
            first += 1
        if first == len(cells):
            break
        group: list[CellBox] = []
        seen: set[Point] = set()
        ready, later, last = [first], list[int](), -1
        while ready or later:
            if not ready:  # the next pass, from the start: what the last one met too late
                ready, later, last = later, [], -1
                heapq.heapify(ready)
            i = heapq.heappop(ready)
            if not left[i]:
                continue
            if i < last:
                later.append(i)  # met after the scan passed it: taken in the next pass
                continue
            left[i], last = False, i
            group.append(cells[i])
            for c in corners[i]:
                if c not in seen:
                    seen.add(c)
                    for j in at[c]:
                        if left[j]:
                            heapq.heappush(ready, j)
        tables.append(group)
    ordered = sorted(tables, key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in ordered if len(t) > 1]


def intersections_to_cells(intersections: dict[Point, dict[str, list[dict[str, Any]]]]) -> list[CellBox]:
    """pdfplumber.table.intersections_to_cells: for each point in sorted order, the smallest cell whose
    corners are intersections joined by common edges; the points below and right of a point are taken
    from its column and its row (in the same order the full scan finds them)."""
    from pdfplumber.utils import obj_to_bbox

    points = sorted(intersections)
    ids: dict[tuple[float, ...], int] = {}  # an edge by its box, as pdfplumber compares them: a number hashes faster
    v = {p: {ids.setdefault(obj_to_bbox(e), len(ids)) for e in d["v"]} for p, d in intersections.items()}
    h = {p: {ids.setdefault(obj_to_bbox(e), len(ids)) for e in d["h"]} for p, d in intersections.items()}
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    at: dict[Point, tuple[int, int]] = {}  # a point's place in its column and in its row
    for p in points:
        column, row = columns.setdefault(p[0], []), rows.setdefault(p[1], [])
        at[p] = (len(column), len(row))
        column.append(p)
        row.append(p)

    cells: list[CellBox] = []
    for pt in points:
        below, right = columns[pt[0]][at[pt][0] + 1:], rows[pt[1]][at[pt][1] + 1:]
        cell = _smallest_cell(pt, below, right, v, h)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(pt: Point, below: list[Point], right: list[Point], v: dict[Point, set[int]],
                   h: dict[Point, set[int]]) -> CellBox | None:
    """The first cell pdfplumber's search finds from `pt`. Two points of a column can only be joined by a vertical
    edge they share, two of a row by a horizontal one (its `edge_connects`); the points right of pt joined to
    it are looked for as far as a point below needs them, and kept for the next."""
    joined: list[Point] = []
    rest = iter(right)
    for below_pt in below:
        if v[pt].isdisjoint(v[below_pt]):
            continue
        j = 0
        while True:
            if j == len(joined):
                found = next((r for r in rest if not h[pt].isdisjoint(h[r])), None)
                if found is None:
                    break
                joined.append(found)
            right_pt, j = joined[j], j + 1
            corner = (right_pt[0], below_pt[1])
            if corner in v and not v[corner].isdisjoint(v[right_pt]) and not h[corner].isdisjoint(h[below_pt]):
                return (pt[0], pt[1], corner[0], corner[1])
    return None
