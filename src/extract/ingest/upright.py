"""Characters pdfminer calls rotated because of floating-point noise in their text matrix: it reads a character
as upright only where b·c ≤ 0 exactly, so a matrix (0.80, -4.8e-08, -3.3e-08, 0.80) from a PDF writer's
rounding makes a horizontal table header's characters `upright=False`, and pdfplumber then reads them as
vertical lines top to bottom (`６前`, `年回` for `令和６年１～３月` over `前回調査`). A character whose rotation
terms are negligible beside its scale is upright."""
from __future__ import annotations

from typing import Any

#: rotation terms below this share of the scale are the writer's rounding, not a rotation
_NOISE = 1e-6


def _noise_only(matrix: Any) -> bool:
    if not matrix or len(matrix) < 4:
        return False
    a, b, c, d = (float(v) for v in matrix[:4])
    scale = abs(a * d)
    return a * d > 0 and abs(b) <= _NOISE * abs(a) and abs(c) <= _NOISE * abs(d) and scale > 0


def straighten(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`chars` with each character marked rotated only by its matrix's noise marked upright (a copy of it)."""
    return [c | {"upright": True} if not c.get("upright", True) and _noise_only(c.get("matrix")) else c for c in chars]
