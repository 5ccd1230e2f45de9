"""Which line goes on with the end of a line, where a PDF page's text interleaves two regions.

Text read in vertical order interleaves two columns, or a paragraph and a chart's labels, whose lines stand at
the same heights: `…平均211,089` (right column), `出に、パッケージ…` (left column), `円と推計され…` (right
column). A mention broken at the line's end goes on in the line below its end, not in the next line read.
"""
from __future__ import annotations

from ..model import Line
from ..normalize import normalize

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


#: lines of the other region that may stand between a line's end and its continuation
_AHEAD = 4


def next_line(lines: list[Line], i: int) -> Line | None:
    """The line after line i on its page, or a later one (up to `_AHEAD` lines on) where the lines between stand
    wholly beside the column of line i's end and it is the first to start under that column (running text only)."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].page == line.page else None
    seg = _tail_segment(line) if nxt is not None else None
    if seg is None:
        return nxt
    left, right, height = seg
    top = _boxes(line)[0][1]
    for j in range(i + 1, min(len(lines), i + 1 + _AHEAD)):
        boxes = _boxes(lines[j])
        if lines[j].page != line.page or not boxes:
            return nxt
        if boxes[-1][2] < left or boxes[0][0] > right:
            continue  # another region's line, beside this column
        return lines[j] if j > i + 1 and abs(boxes[0][0] - left) <= height / 2 and boxes[0][1] > top else nxt
    return nxt


SHORT = 4  # non-space characters of a line in a column of vertical text


def column_below(lines: list[Line], i: int, reach: int) -> str:
    """Vertical text comes out one or two characters a line (`3 項` / `目 以` / `内`): after a short next line,
    the short lines below it on the same page, up to `reach` characters, so a qualifier two lines down
    still reads as written next to its number (only qualifiers read there: a mention starts on line i and ends
    by the next line's tail)."""
    out = ""
    k = i + 1
    while (k + 1 < len(lines) and lines[k + 1].page == lines[i].page and len("".join(lines[k].text.split())) <= SHORT
           and len(out) < reach):
        k += 1
        out += lines[k].text.strip()
    return out[:reach]


def column_rest(text: str, below: str) -> str:
    """What a column of vertical text goes on with where this line is one character (`令` / `和 ６ 年` / `度`,
    `令` / `和` / `６ 年`), else ""."""
    return normalize(below).text if len("".join(text.split())) == 1 else ""
