"""Layout-aware text from a pdfplumber page: lines in reading order, each with a box per character.

- text lines come from pdfplumber's own clustering of characters (rows it chains apart: line_bands.py), a box per character;
- single characters stacked one per line (vertical text, `新\\n興\\n国`) become one word;
- ruled tables (pdfplumber's find_tables) become one line per row, cells side by side with their row label;
- the remaining text is split into line segments at wide gaps, then ordered by a recursive XY-cut:
  columns left to right (cut at a vertical gutter), blocks top to bottom (cut at the widest gap).
Repeated headers and footers and lone page numbers are removed across pages by `drop_margins`.
"""
from __future__ import annotations

import bisect
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..model import Box, TableGrid  # Box: x0, top, x1, bottom
from .line_bands import split_bands
from .plumbing import dedupe_page, ruled_tables
from .reading_order import xy_cut
from .tables import page_tables


@dataclass
class Segment:
    text: str
    boxes: list[Box | None]  # one per character of text (None for an inserted space)
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 10.0

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class LayoutLine:
    text: str
    boxes: list[Box | None] = field(default_factory=list)
    bbox: Box = (0.0, 0.0, 0.0, 0.0)


def _is_cjk(ch: str) -> bool:
    if not ch:
        return False
    name = unicodedata.east_asian_width(ch)
    return name in ("W", "F")


def _join(parts: list[tuple[str, list[Box | None]]]) -> tuple[str, list[Box | None]]:
    """Join words; a space only between two non-CJK ends (Japanese has no word spaces)."""
    text, boxes = "", list[Box | None]()
    for t, b in parts:
        if text and t and not (_is_cjk(text[-1]) or _is_cjk(t[0])):
            text += " "
            boxes.append(None)
        text += t
        boxes += b
    return text, boxes


def _char_box(c: dict[str, Any]) -> Box:
    return (c["x0"], c["top"], c["x1"], c["bottom"])


def _line_segments(lines: list[dict[str, Any]], gap_em: float = 2.5) -> list[Segment]:
    """pdfplumber's text lines (its own clustering of characters, as in extract_text) split into
    segments where the characters leave a gap wider than `gap_em` font sizes: columns and text boxes
    that share a baseline come apart. A space pdfplumber put between words keeps no box."""
    out: list[Segment] = []
    for line in lines:
        chars = [c for c in line.get("chars") or [] if c.get("text")]
        if not chars:
            continue
        text = line["text"]
        boxes = _align(text, chars)
        left, right = _nearest_boxes(boxes)
        start = 0
        for i in range(1, len(text) + 1):
            if i < len(text) and not _wide_gap(boxes, i, gap_em, left[i], right[i]):
                continue
            piece, pb = text[start:i], boxes[start:i]
            real = [b for b in pb if b is not None]
            if piece.strip() and real:
                lead = len(piece) - len(piece.lstrip())
                piece, pb = piece.strip(), pb[lead:lead + len(piece.strip())]
                size = statistics.median(b[3] - b[1] for b in real)
                out.append(Segment(piece, list(pb), min(b[0] for b in real), min(b[1] for b in real),
                                   max(b[2] for b in real), max(b[3] for b in real), size))
            start = i
    return out


def _align(text: str, chars: list[dict[str, Any]]) -> list[Box | None]:
    """A box per character of `text` from pdfplumber's chars (spaces it inserted get None)."""
    boxes: list[Box | None] = []
    k = 0
    for ch in text:
        if k < len(chars) and chars[k]["text"] == ch:
            boxes.append(_char_box(chars[k]))
            k += 1
        else:
            boxes.append(None)
    return boxes


def _nearest_boxes(boxes: list[Box | None]) -> tuple[list[Box | None], list[Box | None]]:
    """For each i, the last box before i and the first from i on (or None): not a scan of the line per i."""
    left, right = list[Box | None]([None] * (len(boxes) + 1)), list[Box | None]([None] * (len(boxes) + 1))
    for i, b in enumerate(boxes):
        left[i + 1] = b if b is not None else left[i]
    for i in range(len(boxes) - 1, -1, -1):
        right[i] = boxes[i] if boxes[i] is not None else right[i + 1]
    return left, right


def _wide_gap(boxes: list[Box | None], i: int, gap_em: float, left: Box | None, right: Box | None) -> bool:
    """Is there a gap wider than `gap_em` font sizes between the characters before i and from i on?"""
    if left is None or right is None or boxes[i] is None and boxes[i - 1] is None:
        return False
    if boxes[i - 1] is not None and boxes[i] is not None or boxes[i] is None:
        size = max(left[3] - left[1], right[3] - right[1])
        return right[0] - left[2] > gap_em * size
    return False


def _merge_vertical(segs: list[Segment]) -> list[Segment]:
    """Single characters stacked in one column (same x, touching rows) become one word, read top-down."""
    singles = sorted((s for s in segs if len(s.text) == 1), key=lambda s: (round(s.x0), s.top))
    used: set[int] = set()
    runs: list[list[Segment]] = []
    for s in singles:
        if id(s) in used:
            continue
        run = [s]
        for t in singles:
            if id(t) in used or t is s or t.top <= run[-1].top:
                continue
            last = run[-1]
            if abs(t.x0 - last.x0) <= 0.25 * last.size and 0 <= t.top - last.bottom <= 0.6 * last.size:
                run.append(t)
        if len(run) >= 3:
            runs.append(run)
            used.update(id(r) for r in run)
    merged = [Segment("".join(r.text for r in run), [b for r in run for b in r.boxes],
                      min(r.x0 for r in run), run[0].top, max(r.x1 for r in run), run[-1].bottom, run[0].size)
              for run in runs]
    return [s for s in segs if id(s) not in used] + merged


def _inside(s: Segment, box: Box) -> bool:
    cx, cy = (s.x0 + s.x1) / 2, s.mid
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def clip_box(box: Box, bounds: Box) -> Box | None:
    """`box` cut to `bounds` (the page), or None when nothing of it is left. Ruling lines and cells of
    real slides poke out of the page by a hair (-6e-05): pdfplumber's strict crop would raise on them."""
    x0, top, x1, bottom = max(box[0], bounds[0]), max(box[1], bounds[1]), min(box[2], bounds[2]), min(box[3], bounds[3])
    if x1 <= x0 or bottom <= top:
        return None
    return (x0, top, x1, bottom)


def within(page: Any, box: Box) -> Any | None:
    """The part of the page fully inside `box` (clipped to the page; never raises on a box that pokes
    out), or None when the box lies outside the page."""
    clipped = clip_box(box, tuple(page.bbox))
    return None if clipped is None else page.within_bbox(clipped, strict=False)


def _cell_chars(page: Any, table: Any) -> dict[Box, list[dict[str, Any]]]:
    """The page's chars fully inside each cell of the table (clipped to the page), in page order: what
    `within(page, cell).chars` gives, found with a bisect over the rows instead of a crop per cell."""
    bounds = tuple(page.bbox)
    cells: list[Box] = []
    for row in table.rows:
        for cell in row.cells:
            if cell is not None and (clipped := clip_box(tuple(cell), bounds)) is not None and clipped not in cells:
                cells.append(clipped)
    cells.sort(key=lambda b: b[1])
    tops = [b[1] for b in cells]
    tallest = max((b[3] - b[1] for b in cells), default=0.0)
    out: dict[Box, list[dict[str, Any]]] = {b: [] for b in cells}
    for c in page.chars:
        x0, top, x1, bottom = c["x0"], c["top"], c["x1"], c["bottom"]
        k = bisect.bisect_right(tops, top) - 1
        placed, centre = False, None
        while k >= 0 and cells[k][1] >= top - tallest:
            b = cells[k]
            if b[0] <= x0 and b[1] <= top and x1 <= b[2] and bottom <= b[3] and (x1 - x0) + (bottom - top) > 0:
                out[b].append(c)
                placed = True
            elif centre is None and b[0] <= (x0 + x1) / 2 <= b[2] and b[1] <= (top + bottom) / 2 <= b[3]:
                centre = b
            k -= 1
        if not placed and centre is not None:
            out[centre].append(c)  # a chart's label over a bar's edge (`9.1`): in the cell of its centre, not lost
    return out


def _table_rows(page: Any, table: Any) -> list[Segment]:
    """One line per table row: its cells' text side by side (a cell's own lines joined)."""
    from pdfplumber.utils import chars_to_textmap

    rows = []
    by_cell = _cell_chars(page, table)
    bounds = tuple(page.bbox)
    for row in table.rows:
        parts: list[tuple[str, list[Box | None]]] = []
        for cell in row.cells:
            if cell is None:
                continue
            box = clip_box(tuple(cell), bounds)
            if box is None:
                continue
            textmap = chars_to_textmap(by_cell[box], layout_bbox=box, layout_width=box[2] - box[0],
                                       layout_height=box[3] - box[1])
            segs = _line_segments(textmap.extract_text_lines(return_chars=True, strip=False), 1e9)
            text, boxes = _join([(s.text, s.boxes) for s in sorted(segs, key=lambda s: (s.top, s.x0))])
            if text.strip():
                if parts:
                    parts.append((" ", [None]))
                parts.append((text, boxes))
        if parts:
            text = "".join(t for t, _ in parts)
            boxes = [b for _, bs in parts for b in bs]
            x0, top, x1, bottom = row.bbox
            rows.append(Segment(text, boxes, x0, top, x1, bottom, 10.0))
    return rows


def _is_char(obj: dict[str, Any]) -> bool:
    return bool(obj.get("object_type") == "char")


def _contains(outer: Box, inner: Box) -> bool:
    return outer[0] <= inner[0] + 1 and outer[1] <= inner[1] + 1 and inner[2] <= outer[2] + 1 and inner[3] <= outer[3] + 1


def _real_tables(tables: list[Any], chars: list[dict[str, Any]]) -> list[Any]:
    """Ruled grids with two or more columns whose text sits inside the cells: not a frame drawn around
    the slide or around another table, nor a diagram whose labels cross its lines."""
    grids = [t for t in tables if t.rows and max(len(r.cells) for r in t.rows) >= 2]
    boxes = {id(t): t.bbox for t in tables}
    grids = [t for t in grids if not any(o is not t and _contains(boxes[id(t)], boxes[id(o)]) for o in tables)]
    out = []
    for t in grids:
        rows = sorted(([c for c in r.cells if c is not None] for r in t.rows), key=lambda cs: min(c[1] for c in cs) if cs else 0)
        rows = [cs for cs in rows if cs]
        tops = [min(c[1] for c in cs) for cs in rows]
        box = t.bbox  # a property pdfplumber recomputes over every cell on each access: read it once
        inside = [c for c in chars if _contains(box, _char_box(c))]
        allowed, crossing = 0.05 * len(inside), 0
        for c in inside:  # stop at the first char over the limit: a budget book's grid is crossed everywhere
            crossing += not _in_a_cell(_char_box(c), rows, tops)
            if crossing > allowed:
                break
        if inside and crossing <= allowed:
            out.append(t)
    return out


def _in_a_cell(box: Box, rows: list[list[Box]], tops: list[float]) -> bool:
    """Is the char box inside a cell? Rows starting at or above it are tried nearest first (a cell that
    spans rows is listed in its first row), so most chars are placed after one or two rows."""
    k = bisect.bisect_right(tops, box[1] + 1)
    return any(_contains(cell, box) for i in range(k - 1, -1, -1) for cell in rows[i])


def _outside_tables(s: Segment, table_boxes: list[Box]) -> list[Segment]:
    """A line outside the tables as it is; a line inside one gives way to the table's rows, except for its
    characters that lie outside every table (a chart's last label past its bars' frame, `9.1 6.8`)."""
    if not any(_inside(s, b) for b in table_boxes):
        return [s]
    keep = [i for i, bx in enumerate(s.boxes) if bx is not None and not any(
        b[0] <= (bx[0] + bx[2]) / 2 <= b[2] and b[1] <= (bx[1] + bx[3]) / 2 <= b[3] for b in table_boxes)]
    if not keep or not any(s.text[i].strip() for i in keep):
        return []
    text = "".join(s.text[i] if j == 0 or i == keep[j - 1] + 1 else " " + s.text[i] for j, i in enumerate(keep))
    boxes: list[Box | None] = []
    for j, i in enumerate(keep):
        boxes += [s.boxes[i]] if j == 0 or i == keep[j - 1] + 1 else [None, s.boxes[i]]
    real = [b for b in boxes if b is not None]
    return [Segment(text, boxes, min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real),
                    max(b[3] for b in real), s.size)]


def page_lines(page: Any, grids: list[TableGrid] | None = None, page_no: int = 1) -> list[LayoutLine]:
    """The page's text lines in reading order; with `grids`, the page's tables are appended to it as
    TableGrids (from the same chars, tables and text lines: see tables.py)."""
    page = dedupe_page(page)
    found = ruled_tables(page)
    tables = _real_tables(found, page.chars)
    text_lines = page.extract_text_lines(return_chars=True, strip=False)
    if grids is not None:
        # every grid: a budget book's hairline grids, whose labels cross their rulings, are tables too
        # (their rows are rebuilt from the text lines); frames around others are sorted out there
        ruled = [t for t in found if t.rows and max(len(r.cells) for r in t.rows) >= 2]
        grids += page_tables(page_no, ruled, page.chars, [ln["chars"] for ln in text_lines if ln.get("chars")])
    segs = _merge_vertical(_line_segments(split_bands(text_lines)))
    table_boxes = [t.bbox for t in tables]
    segs = [piece for s in segs for piece in _outside_tables(s, table_boxes)]
    items = segs + [r for t in tables for r in _table_rows(page, t)]
    if not items:
        return []
    size = statistics.median(s.size for s in items)
    ordered = xy_cut(items, min_gutter=1.2 * size)
    return [LayoutLine(s.text, s.boxes, (s.x0, s.top, s.x1, s.bottom)) for s in ordered]


_PAGE_NUMBER = re.compile(r"[-－‐—\s]*\d{1,3}[-－‐—\s]*|[\d\s/]+|P\.?\s?\d{1,3}")


def is_page_number(text: str, pages: int) -> bool:
    """`12`, `- 3 -`, `3 / 27`, `P.5` alone, with every number at most the deck's page count: a year
    standing alone over a chart (`2025`) is content, not a page number."""
    text = text.strip()
    return bool(_PAGE_NUMBER.fullmatch(text)) and all(int(n) <= max(pages, 1) for n in re.findall(r"\d+", text))


def _in_a_row_of_numbers(line: LayoutLine, lines: list[LayoutLine]) -> bool:
    """A lone number with two more on its baseline is an axis tick (`0 10 20 … 100%` under a chart near the page's
    foot, at the same place on every page with such a chart), not a page number or a running footer: those stand
    alone on their row."""
    h = line.bbox[3] - line.bbox[1]
    return sum(1 for o in lines if o is not line and abs(o.bbox[3] - line.bbox[3]) <= 0.3 * h
               and re.fullmatch(r"[\d.,]+\s*[%％]?", o.text.strip())) >= 2


def _ticks(text: str) -> bool:
    """Three or more numbers and nothing else (`0 10 20 … 100 %`): a chart's axis near the page's foot, repeated on
    every page with a chart there, not a running footer."""
    return bool(re.fullmatch(r"(?:[\d.,]+\s*[%％]?\s+){2,}[\d.,]+\s*[%％]?", text.strip()))


def _may_be_footer(text: str) -> bool:
    """A running header or footer is no bare percentage: `23.7％` repeated at one place (digits aside) is a chart's
    value label near the page's foot on every chart page, content."""
    return re.fullmatch(r"\s*[+\-▲△]?[\d,.]+\s*[%％]\s*", text) is None


def drop_margins(pages: list[tuple[float, list[LayoutLine]]]) -> list[list[LayoutLine]]:
    """Without repeated headers/footers (the same text near the same top or bottom edge on three or
    more pages, digits ignored) and lone page numbers in the margins."""
    def key(line: LayoutLine) -> str:
        return re.sub(r"\d+", "#", line.text.strip())

    def in_margin(line: LayoutLine, height: float) -> bool:
        return line.bbox[1] < 0.12 * height or line.bbox[3] > 0.88 * height

    counts: Counter[tuple[str, int]] = Counter()
    for height, lines in pages:
        for k in {(key(l), round(l.bbox[1] / 8)) for l in lines if in_margin(l, height)}:
            counts[k] += 1
    repeated = {k for k, n in counts.items() if n >= 3}
    out = []
    for height, lines in pages:
        keep = []
        for l in lines:
            if in_margin(l, height) and not _ticks(l.text) and not _in_a_row_of_numbers(l, lines) and (
                    (key(l), round(l.bbox[1] / 8)) in repeated and _may_be_footer(l.text) or is_page_number(l.text, len(pages))):
                continue
            keep.append(l)
        out.append(keep)
    return out
