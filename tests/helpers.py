"""The one way tests turn lines written for them into mentions (the library's own path: extract_lines).

Before this module, eleven tests each built `Line`s from strings and called `extract_lines` with a
copy of the same three lines; a change to `Line` or `RuleContext` now has one place to follow.
"""
from __future__ import annotations

from collections.abc import Sequence

from extract.mentions import extract_lines
from extract.model import Line, Mention
from extract.rules.engine import RuleContext

Box = tuple[float, float, float, float]


def lines_of(texts: Sequence[str], *, page: int | None = None, pages: Sequence[int] | None = None,
             boxes: Sequence[tuple[Box | None, ...] | None] | None = None) -> list[Line]:
    """Lines in reading order. By default a text deck's (numbered from 1, no page); `page` puts them all
    on one PDF page (still numbered); `pages` gives each its own page, as PDF lines are (no line number)."""
    return [Line(text=t, page=pages[i] if pages else page, line=None if pages else i + 1, index=i,
                 boxes=boxes[i] if boxes else None) for i, t in enumerate(texts)]


def boxed_lines(texts: Sequence[str], *, pages: Sequence[int] | None = None, page: int | None = 1,
                x: Sequence[float] | None = None, top: Sequence[float] | None = None, size: float = 8.0) -> list[Line]:
    """PDF lines with one `size`-pt box a character; line i starts at x[i] (0) and top[i] (i * (size + 2))."""
    boxes = [tuple(((x[i] if x else 0.0) + k * size, top[i] if top else i * (size + 2),
                    (x[i] if x else 0.0) + (k + 1) * size, (top[i] if top else i * (size + 2)) + size) for k in range(len(t)))
             for i, t in enumerate(texts)]
    return lines_of(texts, page=page, pages=pages, boxes=boxes)


def mentions_of(lines: list[Line], *, deck_year: int | None = 2024, doc: str = "t") -> list[Mention]:
    """Every mention the rules and the context find in `lines`."""
    return extract_lines(doc, lines, RuleContext(deck_year=deck_year))


def mentions(*texts: str, deck_year: int | None = 2024, page: int | None = None) -> list[Mention]:
    """Every mention of the lines `texts` (a text deck's, or all on PDF page `page`)."""
    return mentions_of(lines_of(texts, page=page), deck_year=deck_year)
