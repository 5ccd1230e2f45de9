"""ingest/reading_order.py: XY cuts put a page's segments in reading order: a heading over two columns first,
then the left column top-down, then the right; a block without gutter or gap reads top-down, left to right;
near misses: a gap narrower than the gutter is no column, segments at one height are one row."""
from __future__ import annotations

import pytest

from extract.ingest.layout import Segment
from extract.ingest.reading_order import xy_cut


def seg(text: str, x0: float, top: float, x1: float, height: float = 10.0) -> Segment:
    return Segment(text, [None] * len(text), x0, top, x1, top + height)


CASES = {
    "two columns": ([seg("R1", 300, 0, 500), seg("L1", 0, 0, 200), seg("L2", 0, 20, 200), seg("R2", 300, 20, 500)],
                    ["L1", "L2", "R1", "R2"]),
    "heading over two columns": ([seg("L1", 0, 30, 200), seg("R1", 300, 30, 500), seg("H", 0, 0, 500)],
                                 ["H", "L1", "R1"]),
    "a gap narrower than the gutter is no column": ([seg("b", 205, 0, 400), seg("a", 0, 0, 200), seg("c", 0, 20, 400)],
                                                    ["a", "b", "c"]),
    "one row at one height, read left to right": ([seg("3", 200, 0, 250), seg("1", 0, 0, 50), seg("2", 100, 0, 150),
                                                   seg("4", 0, 20, 250)], ["1", "2", "3", "4"]),
    "rows of a table under a caption": ([seg("row2", 0, 40, 300), seg("cap", 0, 0, 100), seg("row1", 0, 20, 300),
                                         seg("row3", 0, 60, 300)], ["cap", "row1", "row2", "row3"]),
    "overlapping lines read top-down": ([seg("y", 0, 5, 100), seg("x", 50, 0, 150)], ["x", "y"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_reading_order(name):
    items, expected = CASES[name]
    assert [s.text for s in xy_cut(items, min_gutter=12.0)] == expected


@pytest.mark.parametrize("name", list(CASES))
def test_order_does_not_depend_on_the_input_order(name):
    items, _ = CASES[name]
    assert [s.text for s in xy_cut(items[::-1], min_gutter=12.0)] == [s.text for s in xy_cut(items, min_gutter=12.0)]
