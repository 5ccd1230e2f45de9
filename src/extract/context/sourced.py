"""Mentions found apart from the line rules (chart labels read by position) carry what their line says about how
it was read: an OCR'd label has `source = ocr` and its line's confidence, like every other row from OCR, so
validation holds it back by the same rule."""
from __future__ import annotations

from dataclasses import replace

from ..model import Line, Mention


def from_lines(mentions: list[Mention], lines: list[Line]) -> list[Mention]:
    """Each mention with the source and confidence of the line it was read from (by `line_index`)."""
    by_index = {line.index: line for line in lines}
    out = []
    for m in mentions:
        line = by_index.get(m.line_index) if m.line_index is not None else None
        out.append(replace(m, source=line.source, confidence=line.confidence) if line is not None and line.source else m)
    return out
