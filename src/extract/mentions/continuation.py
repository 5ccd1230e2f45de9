"""Which line goes on with the end of a line, where a PDF page's text interleaves two regions.

Text read in vertical order interleaves two columns, or a paragraph and a chart's labels, whose lines stand at
the same heights: `…平均211,089` (right column), `出に、パッケージ…` (left column), `円と推計され…` (right
column). A mention broken at the line's end goes on in the line below its end, not in the next line read.
"""
from __future__ import annotations

from ..model import Line

Box = tuple[float, float, float, float]


def _boxes(line: Line) -> list[Box]:
    return [b for b in (line.boxes or ()) if b is not None]


#: characters in the run a line ends with, at least: a line of running text, not a chart's label (`8.6` / `兆円`)
_RUNNING = 8


def _tail_segment(line: Line) -> tuple[float, float, float] | None:
    """(left, right, character height) of the last run of the line's characters with no wider gap than a
    character's height between them (the column its end stands in), where that run is running text."""
    boxes = _boxes(line)
    if not boxes:
        return None
    start = 0
    for k in range(1, len(boxes)):
        if boxes[k][0] - boxes[k - 1][2] > boxes[k][3] - boxes[k][1]:
            start = k
    if len(boxes) - start < _RUNNING:
        return None
    return boxes[start][0], boxes[-1][2], boxes[-1][3] - boxes[-1][1]


def next_line(lines: list[Line], i: int) -> Line | None:
    """The line after line i on its page, or the one after that where only it starts under the column of line i's
    end and the line between stands wholly beside that column (another region's text at the same height)."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].page == line.page else None
    if nxt is None or i + 2 >= len(lines) or lines[i + 2].page != line.page:
        return nxt
    seg, between, alt = _tail_segment(line), _boxes(nxt), _boxes(lines[i + 2])
    if seg is None or not between or not alt:
        return nxt
    left, right, height = seg
    beside = between[-1][2] < left or between[0][0] > right
    if beside and abs(alt[0][0] - left) <= height / 2 and abs(between[0][0] - left) > height and alt[0][1] > _boxes(line)[0][1]:
        return lines[i + 2]
    return nxt
