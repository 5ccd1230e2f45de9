"""Unruled tables: three or more text lines whose numbers align on common right edges, with the line
above them as header when it sits over those columns; a table's caption (the lines right above it)."""
from __future__ import annotations

from collections.abc import Sequence

from ...model import GridCell, TableGrid
from .chars import Box, Char, chars_box, cluster, font_size, gap_pieces, is_number, line_text, nearest


def caption_of(lines: Sequence[list[Char]], box: Box, reach: float = 48.0) -> tuple[str, ...]:
    """The text lines right above `box` that overlap it horizontally, nearest last (at most three)."""
    above = [ln for ln in lines
             if box[1] - reach <= float(ln[-1]["bottom"]) <= box[1] + 2
             and float(ln[0]["x0"]) < box[2] and float(ln[-1]["x1"]) > box[0]]
    above.sort(key=lambda ln: float(ln[0]["top"]))
    return tuple(line_text(ln) for ln in above[-3:])


def unruled_grids(lines: list[list[Char]], page_no: int, first_index: int, taken: list[Box]) -> list[TableGrid]:
    """Blocks of three or more lines whose trailing numbers align on common right edges."""
    rows: list[tuple[list[Char], list[list[Char]]]] = []  # (line, its pieces split at gaps)
    def inside(piece: list[Char]) -> bool:
        cx = (float(piece[0]["x0"]) + float(piece[-1]["x1"])) / 2
        cy = (float(piece[0]["top"]) + float(piece[0]["bottom"])) / 2
        return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in taken)

    for ln in lines:
        if inside(ln):
            continue
        # a line across ruled tables side by side: its pieces inside them are theirs
        pieces = [p for p in gap_pieces(ln) if not inside(p)]
        if pieces:
            rows.append((sum(pieces, []), pieces))
    out: list[TableGrid] = []
    block: list[tuple[list[Char], list[list[Char]]]] = []

    def numeric(pieces: list[list[Char]]) -> bool:
        return len(pieces) >= 2 and any(is_number(line_text(p)) for p in pieces[1:])

    def flush() -> None:
        for part, span in _side_by_side(block) if len(block) >= 3 else []:
            g = _aligned_grid(part, rows, page_no, first_index + len(out), lines, span)
            if g is not None:
                out.append(g)
        block.clear()

    for ln, pieces in rows:
        if numeric(pieces) and (not block or float(ln[0]["top"]) - float(block[-1][0][-1]["bottom"]) < 2.5 * font_size(ln[0])):
            block.append((ln, pieces))
        else:
            flush()
            if numeric(pieces):
                block.append((ln, pieces))
    flush()
    return out


Block = list[tuple[list[Char], list[list[Char]]]]


def _opens_row(ps: list[list[Char]]) -> bool:
    """A line (part) that opens with a label and goes on with a figure."""
    return len(ps) >= 2 and not is_number(line_text(ps[0])) and any(is_number(line_text(p)) for p in ps[1:])


def _side_by_side(block: Block) -> list[tuple[Block, tuple[float, float] | None]]:
    """Two tables printed side by side whose lines read as one block (`繰出金` beside `予算額推移`): split at the
    first gutter no line crosses where a label column starts that opens three or more rows of figures of its
    own, the left part keeping three or more lines of figures. Each part with its x range."""
    whole: list[tuple[Block, tuple[float, float] | None]] = [(block, None)]
    first = min(float(ps[0][0]["x0"]) for _, ps in block)
    starts = sorted({float(p[0]["x0"]) for _, ps in block for p in ps if not is_number(line_text(p)) and float(p[0]["x0"]) > first + 1})
    for x in starts:
        if any(float(p[0]["x0"]) < x - 1 < float(p[-1]["x1"]) for _, ps in block for p in ps):
            continue  # a piece crosses it: no gutter
        left = [[p for p in ps if float(p[-1]["x1"]) < x - 1] for _, ps in block]
        right = [[p for p in ps if float(p[0]["x0"]) >= x - 1] for _, ps in block]
        if sum(1 for ps in right if _opens_row(ps)) < 3 or sum(1 for ps in left if any(is_number(line_text(p)) for p in ps)) < 3:
            continue
        return [([(sum(ps, []), ps) for ps in part if ps], span) for part, span in ((left, (0.0, x - 1)), (right, (x - 1, 1e9)))]
    return whole


def _aligned_grid(block: Block, rows: Block, page_no: int, index: int, lines: list[list[Char]],
                  span: tuple[float, float] | None = None) -> TableGrid | None:
    nums = [(float(p[-1]["x1"])) for _, ps in block for p in ps[1:] if is_number(line_text(p))]
    edges = [e for e in cluster(nums, 6.0)
             if sum(1 for v in nums if abs(v - e) <= 6.0) >= 2]
    if not edges:
        return None
    cells: list[GridCell] = []
    top_y = min(float(ln[0]["top"]) for ln, _ in block)
    # a header line right above, with a piece over a number column
    head: list[list[Char]] = []
    above = [(ln, ps) for ln, ps in rows if float(ln[-1]["bottom"]) <= top_y + 0.5
             and top_y - float(ln[-1]["bottom"]) < 2.5 * font_size(ln[0])]
    if above:
        ln, ps = above[-1]
        ps = [p for p in ps if span is None or span[0] <= float(p[0]["x0"]) and float(p[-1]["x1"]) <= span[1]]
        if not any(is_number(line_text(p)) for p in ps) and any(
                nearest(edges, float(p[-1]["x1"]), 30.0) is not None for p in ps):
            head = ps
    # columns: number column k is 2k+1; the text before it (its label) is column 2k
    r = 0
    if head:
        for p in head:
            k = nearest(edges, float(p[-1]["x1"]), 30.0)
            cells.append(GridCell(0, 0 if k is None else 2 * k + 1, line_text(p), bbox=chars_box(p)))
        r = 1
    for _, ps in block:
        texts: dict[int, list[Char]] = {}
        for p in ps:
            t = line_text(p)
            k = nearest(edges, float(p[-1]["x1"]), 6.0) if is_number(t) else None
            if k is None:
                col = 2 * sum(1 for e in edges if e < float(p[0]["x0"]))
                texts.setdefault(col, []).extend(p)
                continue
            cells.append(GridCell(r, 2 * k + 1, t, bbox=chars_box(p)))
        for col, chs in texts.items():
            cells.append(GridCell(r, col, line_text(chs), bbox=chars_box(chs)))
        r += 1
    every = [b for c in cells if (b := c.bbox) is not None]
    box = (min(b[0] for b in every), min(b[1] for b in every), max(b[2] for b in every), max(b[3] for b in every))
    return TableGrid(page=page_no, index=index, cells=tuple(sorted(cells, key=lambda c: (c.row, c.col))),
                     reader="pdf_aligned", bbox=box, caption=caption_of(lines, box))
