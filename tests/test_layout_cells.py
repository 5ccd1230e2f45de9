"""The layout pass's table check counts the characters inside some cell with one array comparison
(issue 25): it must decide exactly as `_contains` does pair by pair, 1 pt slack included."""
from __future__ import annotations

import pytest

from extract.ingest.layout import Box, _char_box, _contains, _in_some_cell

CELLS: list[Box] = [(10.0, 10.0, 50.0, 30.0), (50.0, 10.0, 90.0, 30.0), (10.0, 30.0, 90.0, 50.0)]


def char(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"text": "字", "x0": x0, "top": top, "x1": x1, "bottom": bottom}


@pytest.mark.parametrize(("box", "inside"), [
    ((12, 12, 20, 20), True),            # well inside the first cell
    ((9.0, 12, 20, 20), True),           # pokes out by 1 pt: the slack
    ((8.99, 12, 20, 20), False),         # by a hair more: outside
    ((45, 12, 55, 20), False),           # across the border of two cells
    ((20, 32, 80, 48), True),            # inside the wide cell below
    ((20, 28, 30, 40), False),           # across two rows
    ((91.0, 29.0, 91.0, 31.0), True),    # zero width on the far edge, within slack of two cells
    ((95, 60, 99, 70), False),           # outside the table
])
def test_a_character_is_in_a_cell_as_contains_says(box, inside):
    c = char(*box)
    assert any(_contains(cell, _char_box(c)) for cell in CELLS) is inside
    assert _in_some_cell([c], CELLS) == int(inside)


@pytest.mark.parametrize("n", [0, 1, 2047, 2048, 2049, 5000])
def test_many_characters_are_counted_in_chunks(n):
    chars = [char(12 + (i % 70), 12 + (i % 35), 14 + (i % 70), 16 + (i % 35)) for i in range(n)]
    expected = sum(any(_contains(cell, _char_box(c)) for cell in CELLS) for c in chars)
    assert _in_some_cell(chars, CELLS) == expected
    assert _in_some_cell(chars, []) == 0
