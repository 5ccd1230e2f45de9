"""A character pdfminer calls rotated only because of its text matrix's rounding is upright (ingest/upright.py):
a PDF writer's (0.80, -4.8e-08, -3.3e-08, 0.80) made a table header's characters read top to bottom."""
from __future__ import annotations

import pytest

from extract.ingest.upright import straighten


def _char(matrix: tuple[float, ...], upright: bool) -> dict[str, object]:
    return {"text": "令", "x0": 10.0, "top": 20.0, "x1": 20.0, "bottom": 30.0, "upright": upright, "matrix": matrix}


@pytest.mark.parametrize("matrix, upright, expect", [
    # rounding noise of either sign on the rotation terms, any scale: upright
    ((0.804778344, -4.8096e-08, -3.3429e-08, 0.80530461, 268.5, 412.4), False, True),
    ((12.0, 1e-09, 2e-09, 12.0, 0.0, 0.0), False, True),
    ((1.0, -1e-07, -1e-07, 1.0, 5.0, 5.0), False, True),
    # near misses: a real rotation (90 degrees, 1 degree), a mirrored glyph, a character already upright, no matrix
    ((0.0, 1.0, -1.0, 0.0, 0.0, 0.0), False, False),
    ((0.9998, 0.01745, -0.01745, 0.9998, 0.0, 0.0), False, False),
    ((1.0, -1e-08, -1e-08, -1.0, 0.0, 0.0), False, False),
    ((1.0, 0.0, 0.0, 1.0, 0.0, 0.0), True, True),
    ((), False, False),
])
def test_straighten(matrix: tuple[float, ...], upright: bool, expect: bool) -> None:
    c = _char(matrix, upright)
    out = straighten([c])
    assert out[0]["upright"] is expect
    assert c["upright"] is upright  # the page's own char is not changed
    assert {k: v for k, v in out[0].items() if k != "upright"} == {k: v for k, v in c.items() if k != "upright"}
