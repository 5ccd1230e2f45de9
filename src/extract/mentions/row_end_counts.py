"""A figure closing a row of a table's figures is that row's last cell, not a count of the word the next line starts
with: `個人市民税 5,996,056 6,363,000 -366,944 -5.8 45.8 47.1` then `法人市民税 …` is no count of 47.1 法人; a count
broken at the line's end after a word (`合計 12` / `件`) still joins its counter below."""
from __future__ import annotations

import re

#: the text before the figure ends with another figure and a space: a row of cells
_ROW_OF_FIGURES = re.compile(r"[\d%)]\s+\Z")


def row_end(text: str, start: int, end: int) -> bool:
    """The mention [start, end) starts on line `text` after a row of figures and takes its counter from the next line
    (it ends past the line's end)."""
    return end > len(text) and text[start:].strip() != "" and _ROW_OF_FIGURES.search(text, 0, start) is not None
