"""ingest/plumbing.py gives what pdfplumber's own dedupe_chars and find_tables give (issue 25: the same
results without their quadratic steps): on real PDFs of tests/data, and on small drawn grids, including
near misses (a missing edge, a gap in a ruling, duplicates just outside the tolerance)."""
from __future__ import annotations

import random

import pdfplumber
import pytest
from pdfplumber.table import cells_to_tables as plumber_tables
from pdfplumber.table import edges_to_intersections as plumber_points
from pdfplumber.table import intersections_to_cells as plumber_cells
from pdfplumber.utils import dedupe_chars as plumber_dedupe

from extract.ingest.plumbing import cells_to_tables, dedupe_chars, intersections_to_cells, ruled_tables
from extract.ingest.plumbing import edges_to_intersections as our_points

from .conftest import DATA

PDFS = [DATA / "decks" / "tables" / "fuji_r6_ippan_yosansho_pages.pdf", DATA / "decks" / "tables" / "nankoku_r7_hosei3_2026-02-24.pdf",
        DATA / "decks" / "slides" / "cao_ai_yosan_r8_an.pdf", DATA / "decks" / "monodukuri_koubo_20ji_2025-04.pdf"]


@pytest.mark.slow
@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_same_chars_and_tables_as_pdfplumber_on_real_pages(path):
    with pdfplumber.open(path) as pdf:
        tables = 0
        for page in pdf.pages[:3]:
            ours = dedupe_chars(page.chars)
            assert ours == plumber_dedupe(page.chars)
            deduped = page.dedupe_chars()
            theirs = deduped.find_tables()
            mine = ruled_tables(deduped)
            assert [t.cells for t in mine] == [t.cells for t in theirs]
            assert [t.bbox for t in mine] == [t.bbox for t in theirs]
            tables += len(theirs)
            page.close()
    assert tables or path.stem.startswith(("cao", "monodukuri"))  # the budget tables have ruled grids


def _edge(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "orientation": "v" if x0 == x1 else "h",
            "width": x1 - x0, "height": bottom - top, "object_type": "line"}


def _grid(cols: list[float], rows: list[float]) -> list[dict[str, object]]:
    return ([_edge(x, rows[0], x, rows[-1]) for x in cols] + [_edge(cols[0], y, cols[-1], y) for y in rows])


GRIDS = {
    "2x2": _grid([0, 10, 20], [0, 10, 20]),
    "3x4 uneven": _grid([0, 7, 30, 31, 90], [5, 6, 40, 41]),
    "missing inner vertical": [e for e in _grid([0, 10, 20], [0, 10, 20]) if not (e["x0"] == 10 and e["orientation"] == "v")],
    "ruling with a gap": _grid([0, 10, 20], [0, 20]) + [_edge(0, 10, 8, 10), _edge(12, 10, 20, 10)],
    "one line": [_edge(0, 0, 50, 0)],
    "nested frames": _grid([0, 100], [0, 100]) + _grid([10, 20, 30], [10, 20, 30]),
    "short inner vertical": _grid([0, 20], [0, 20]) + [_edge(10, 0, 10, 8), _edge(0, 8, 20, 8)],
    "staggered rows": _grid([0, 10, 20], [0, 10]) + _grid([5, 15], [10, 20]),
    "two grids on one ruling": _grid([0, 10], [0, 10]) + _grid([30, 40, 50], [0, 10, 20]) + [_edge(0, 0, 50, 0)],
}


@pytest.mark.parametrize("name", list(GRIDS))
def test_cells_as_pdfplumber_finds_them(name):
    points = plumber_points(GRIDS[name], 1, 1)
    assert intersections_to_cells(points) == plumber_cells(points)


# near misses of the tolerance: a horizontal 1 pt above or below a vertical's end meets it, 1.01 pt does not;
# a vertical 1 pt beyond a horizontal's end meets it
NEAR = {
    "touching within the tolerance": [_edge(10, 0, 10, 20), _edge(0, -1, 20, -1), _edge(0, 21, 20, 21), _edge(11, 10, 30, 10)],
    "just past it": [_edge(10, 0, 10, 20), _edge(0, -1.01, 20, -1.01), _edge(0, 21.01, 20, 21.01), _edge(11.01, 10, 30, 10)],
    "equal tops kept in x order": [_edge(5, 0, 5, 10), _edge(30, 5, 40, 5), _edge(0, 5, 10, 5), _edge(5, 5, 6, 5)],
}


@pytest.mark.parametrize("name", list(GRIDS) + list(NEAR))
@pytest.mark.parametrize("tolerance", [1, 3])
def test_intersections_as_pdfplumber_finds_them(name, tolerance):
    edges = {**GRIDS, **NEAR}[name]
    ours, theirs = our_points(edges, tolerance, tolerance), plumber_points(edges, tolerance, tolerance)
    assert list(ours) == list(theirs)  # the same points in the same order
    def ids(points: dict) -> list[list[int]]:  # each point's edges, the very objects, in order
        return [[id(e) for e in p["v"]] + [id(e) for e in p["h"]] for p in points.values()]

    assert ids(ours) == ids(theirs)


def _cells(seed: int) -> list[tuple[float, float, float, float]]:
    """Up to a dozen overlapping and touching boxes on a small lattice, in a random order."""
    rnd = random.Random(seed)
    boxes = set()
    for _ in range(rnd.randint(2, 12)):
        x0, y0 = rnd.randint(0, 6), rnd.randint(0, 6)
        boxes.add((float(x0), float(y0), float(x0 + rnd.randint(1, 3)), float(y0 + rnd.randint(1, 3))))
    out = sorted(boxes)
    rnd.shuffle(out)
    return out


@pytest.mark.parametrize("cells", [
    [],
    [(0.0, 0.0, 1.0, 1.0)],  # one cell: no table
    [(0.0, 0.0, 1.0, 1.0), (1.0, 0.0, 2.0, 1.0)],  # two side by side: one table
    [(0.0, 0.0, 1.0, 1.0), (5.0, 5.0, 6.0, 6.0)],  # apart: no table of two
    # a cell met only after the scan passed it (joined through a later one): taken in the next pass
    [(1.0, 0.0, 3.0, 1.0), (3.0, 2.0, 5.0, 4.0), (3.0, 0.0, 5.0, 2.0), (2.0, 0.0, 3.0, 2.0), (4.0, 1.0, 5.0, 3.0)],
    *(_cells(seed) for seed in range(300)),
])
def test_tables_of_cells_as_pdfplumber_groups_them(cells):
    assert cells_to_tables(cells) == plumber_tables(cells)


CHAR = {"upright": True, "text": "円", "fontname": "F", "size": 10.0, "x1": 10, "bottom": 10, "top": 0}


@pytest.mark.parametrize("positions", [
    [(0, 0), (0.5, 0.5)],           # a bold-by-overprint duplicate: one kept
    [(0, 0), (1.01, 0)],            # just outside the tolerance: both kept
    [(5, 0), (0, 0), (5.2, 0.1)],   # the kept char is the first by position, in the page's order
    [(0, 0), (0, 30), (0, 0)],      # an exact copy
    [(0, 0), (0.8, 0), (1.6, 0), (2.7, 0)],   # a chain of near positions is one cluster, the next past it is not
    [(0, 0.9), (0, 0), (0.5, 1.8), (9, 0.4)],  # the same down the page, with a char of another column
    [(3, 0), (2, 5), (3, 0), (3, 0.5)],        # exact ties: the first in the page's order is kept
])
def test_dedupe_as_pdfplumber(positions):
    chars = [{**CHAR, "x0": x, "doctop": y, "n": i} for i, (x, y) in enumerate(positions)]
    assert dedupe_chars(chars) == plumber_dedupe(chars)


def _drawn(x0: float, top: float, x1: float, bottom: float, **extra: float) -> dict[str, object]:
    """An edge as a page gives it: a rect's edge has doctop and y0/y1 too, a line's edge may not."""
    return {**_edge(x0, top, x1, bottom), **extra}


#: edges to snap: within the tolerance of each other, just past it, with and without doctop and y0/y1
SNAPS = {
    "grid": GRIDS["3x4 uneven"],
    "verticals within 3": [_edge(10, 0, 10, 20), _edge(12.5, 0, 12.5, 20), _edge(13, 5, 13, 30)],
    "verticals just past 3": [_edge(10, 0, 10, 20), _edge(13.01, 0, 13.01, 20)],
    "chained clusters": [_edge(x, 0, x, 10) for x in (0, 2, 4, 6, 20, 23, 26.5)],
    "horizontals with doctop and y0": [_drawn(0, 10, 50, 10, doctop=810, y0=782, y1=782),
                                       _drawn(0, 11.5, 50, 11.5, doctop=811.5, y0=780.5, y1=780.5),
                                       _drawn(0, 40, 50, 40, y0=752, y1=752)],
    "mixed kinds out of order": [_edge(0, 30, 40, 30), _edge(22, 0, 22, 9), _edge(0, 29, 40, 29), _edge(20, 0, 20, 9)],
}


@pytest.mark.parametrize("name", list(SNAPS))
@pytest.mark.parametrize("x_tol, y_tol", [(3, 3), (1, 3), (3, 0)])
def test_edges_snap_as_pdfplumber_snaps_them(name, x_tol, y_tol):
    from pdfplumber.table import snap_edges

    from extract.ingest.plumbing import _snap_edges

    edges = SNAPS[name]
    before = [dict(e) for e in edges]
    ours, theirs = _snap_edges(edges, x_tol, y_tol), snap_edges(edges, x_tol, y_tol)
    assert [list(e.items()) for e in ours] == [list(e.items()) for e in theirs]  # values, keys and their order
    assert edges == before, "the page's edges are copied, never moved in place"


@pytest.mark.slow
@pytest.mark.parametrize("path", PDFS[:2], ids=lambda p: p.stem)
def test_ruled_edges_as_the_table_finder_gets_them(path):
    from pdfplumber.table import TableFinder, TableSettings

    from extract.ingest.plumbing import ruled_edges

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[:4]:
            deduped = page.dedupe_chars()
            settings = TableSettings.resolve(None)
            theirs = TableFinder(deduped, settings).get_edges()
            ours = ruled_edges(deduped, settings)
            assert theirs and [list(e.items()) for e in ours] == [list(e.items()) for e in theirs]
            text = TableSettings.resolve({"vertical_strategy": "text"})  # not the default: pdfplumber's own
            assert ruled_edges(deduped, text) == TableFinder(deduped, text).get_edges()
            page.close()
