"""Ruled tables: pdfplumber's table finder gives the cells; the page's chars are put into them by
position (a bisect per char); a ruled column whose cells end in a number after a gap is split into a
label column and one column per right edge its numbers align on; grids whose rulings miss rows are read
from the text lines."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from ...model import GridCell, TableGrid
from .chars import DIGIT, Char, cell_text, chars_box, cluster, gap_pieces, is_number, line_text, nearest, text_lines, trailing_number


def ruled_grid(table: Any, chars: Sequence[Char], page_no: int, index: int, caption: tuple[str, ...]) -> TableGrid | None:
    boxes = [tuple(float(v) for v in c) for c in table.cells]
    if not boxes:
        return None
    xs = sorted({round(b[0], 1) for b in boxes})
    ys = sorted({round(b[1], 1) for b in boxes})

    def span(lo: float, hi: float, edges: list[float]) -> tuple[int, int]:
        a = bisect_right(edges, lo + 1.0) - 1
        b = bisect_right(edges, hi - 1.0)
        return max(a, 0), max(b - max(a, 0), 1)

    owner: dict[tuple[int, int], int] = {}
    spans: list[tuple[int, int, int, int]] = []
    for k, b in enumerate(boxes):
        c0, cs = span(b[0], b[2], xs)
        r0, rs = span(b[1], b[3], ys)
        spans.append((r0, c0, rs, cs))
        for r in range(r0, r0 + rs):
            for c in range(c0, c0 + cs):
                owner.setdefault((r, c), k)
    inside: dict[int, list[Char]] = {}
    x0, top, x1, bottom = (float(v) for v in table.bbox)
    for ch in chars:
        cx, cy = (float(ch["x0"]) + float(ch["x1"])) / 2, (float(ch["top"]) + float(ch["bottom"])) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom) or not (ch.get("text") or "").strip():
            continue
        at = owner.get((bisect_right(ys, cy) - 1, bisect_right(xs, cx) - 1))
        if at is not None:
            inside.setdefault(at, []).append(ch)
    raw = []  # (row, col, row_span, col_span, chars)
    for k, (r0, c0, rs, cs) in enumerate(spans):
        raw.append((r0, c0, rs, cs, inside.get(k, [])))
    cells = _line_grid(boxes, inside) if _rules_miss_rows(raw) else _split_columns(raw, len(xs))
    if not any(is_number(c.text) for c in cells):
        return None
    return TableGrid(page=page_no, index=index, cells=tuple(cells), reader="pdf_ruled",
                     bbox=(round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1)), caption=caption)


def _rules_miss_rows(raw: list[tuple[int, int, int, int, list[Char]]]) -> bool:
    """Rulings that do not separate the rows of figures (a cell holding a unit line over a number, or
    two numbers one over the other; a ruled cell spanning columns whose line holds a label and a number):
    rows are then read from the text lines (see `_line_grid`). The second case only in grids ruled at every
    line pitch (budget books), where a spanning cell is a drawing artefact rather than a merged header."""
    many_rows = len({r for r, _, _, _, _ in raw}) > 40
    for _, _, _, cs, chs in raw:
        if not chs:
            continue
        char_lines = text_lines(chs)
        lines = [line_text(ln) for ln in char_lines]
        nums = sum(is_number(t) for t in lines)
        if sum(trailing_number(ln) is not None for ln in char_lines) >= 3:
            return True  # a cell of `label   number` lines (a 説明 column's items)
        if len(lines) >= 2 and nums >= 1 and (nums >= 2 or any(t in ("千円", "円", "百万円", "人", "%", "％") for t in lines)):
            return True
        if cs > 1 and len(lines) == 1:
            numbers = sum(is_number(line_text(p)) for p in gap_pieces(text_lines(chs)[0])[1:])
            if numbers >= 2 or numbers and many_rows:
                return True
    return False


def _line_grid(boxes: list[tuple[float, ...]], inside: dict[int, list[Char]]) -> list[GridCell]:
    """Rows from the text lines, columns from where pieces sit: a number by the right edge it aligns on,
    a label by the ruled cell it starts in; a header piece covers every column inside its ruled cell."""
    chars = [c for k in inside for c in inside[k]]
    box_of = {id(c): boxes[k] for k in inside for c in inside[k]}
    lines = text_lines(chars)
    pieces: list[tuple[int, list[Char], bool]] = []  # (line, chars, numeric)
    for i, ln in enumerate(lines):
        run: list[Char] = []
        for c in ln:  # a piece never crosses a ruling
            if run and box_of[id(run[-1])] is not box_of[id(c)]:
                pieces += [(i, p, is_number(line_text(p))) for p in gap_pieces(run)]
                run = []
            run.append(c)
        if run:
            pieces += [(i, p, is_number(line_text(p))) for p in gap_pieces(run)]
    # the body starts at the first line with a bare number (`9,013,376千円` over the header is a heading);
    # the header is the run of lines without numbers right above it
    first = min((i for i, p, num in pieces if num and DIGIT.match(p[-1]["text"])), default=len(lines))
    numeric_lines = {i for i, _, num in pieces if num}
    head = set()
    for i in range(first - 1, -1, -1):
        if i in numeric_lines:
            break
        head.add(i)
    num_edges = cluster([float(p[-1]["x1"]) for i, p, num in pieces if num and i not in head], 4.0)
    text_starts = sorted({round(box_of[id(p[0])][0], 1) for i, p, num in pieces if not num and i not in head})
    anchors = sorted([(e, "n", k) for k, e in enumerate(num_edges)] + [(x + 0.5, "t", k) for k, x in enumerate(text_starts)])
    col_of = {(kind, k): j for j, (_, kind, k) in enumerate(anchors)}
    out: list[GridCell] = []
    ruled_of: dict[int, tuple[float, ...]] = {}  # a label's ruled cell, by id of its GridCell
    for i, p, num in pieces:
        text, box = line_text(p), chars_box(p)
        if i in head:  # header: every column whose anchor is inside its ruled cell
            cell = box_of[id(p[0])]
            cover = [j for j, (x, _, _) in enumerate(anchors) if cell[0] - 1 <= x <= cell[2] + 1]
            if cover:
                out.append(GridCell(i, cover[0], text, 1, cover[-1] - cover[0] + 1, box))
                ruled_of[id(out[-1])] = cell
            continue
        if num:
            k = nearest(num_edges, float(p[-1]["x1"]), 4.0)
            j = col_of[("n", k)] if k is not None else None
        else:
            x = round(box_of[id(p[0])][0], 1)
            j = col_of.get(("t", text_starts.index(x))) if x in text_starts else None
        if j is not None:
            out.append(GridCell(i, j, text, 1, 1, box))
            if not num:
                ruled_of[id(out[-1])] = box_of[id(p[0])]
    heads = [g for g in out if g.row in head]
    return _merged(_stacked([g for g in out if g.row not in head], ruled_of) + _wrapped_heads(heads, ruled_of))


def _wrapped_heads(heads: list[GridCell], ruled_of: dict[int, tuple[float, ...]]) -> list[GridCell]:
    """A header word wrapped over two lines of one ruled cell (`令和６年度末` / `残高`) is one header cell."""
    out: list[GridCell] = []
    first: dict[int, int] = {}  # id of a ruled cell -> index in `out` of its first line
    for g in sorted(heads, key=lambda g: (g.row, g.col)):
        k = first.get(id(ruled_of[id(g)]))
        prev = out[k] if k is not None else None
        if k is not None and prev is not None and prev.row < g.row and (prev.col, prev.col_span) == (g.col, g.col_span) \
                and prev.bbox and g.bbox:
            out[k] = GridCell(prev.row, prev.col, prev.text + g.text, 1, prev.col_span,
                              (min(prev.bbox[0], g.bbox[0]), prev.bbox[1], max(prev.bbox[2], g.bbox[2]), g.bbox[3]))
            continue
        first.setdefault(id(ruled_of[id(g)]), len(out))
        out.append(g)
    return out


def _inside(g: GridCell, box: tuple[float, ...]) -> bool:
    return g.bbox is not None and box[0] <= (g.bbox[0] + g.bbox[2]) / 2 <= box[2] and box[1] <= (g.bbox[1] + g.bbox[3]) / 2 <= box[3]


def _stacked(out: list[GridCell], ruled_of: dict[int, tuple[float, ...]]) -> list[GridCell]:
    """Short label lines stacked in one ruled cell that holds no figure (`令和８年` / `１月１日` / `現在` left of
    `１級` … `計`, or a label printed a letter per line), or one label alone centred in a cell several lines
    high (`財政調整` between its `取崩` and `積立` lines): one label spanning the rows of its cell, when two or more
    of those rows have labels of their own right of it."""
    groups: dict[int, list[GridCell]] = {}
    for g in out:
        if id(g) in ruled_of:
            groups.setdefault(id(ruled_of[id(g)]), []).append(g)
    drop: set[int] = set()
    add: list[GridCell] = []
    for pieces in groups.values():
        box = ruled_of[id(pieces[0])]
        group = _merged(pieces)  # a letter-spaced line (`現  在`) is one
        if any(len(g.text) > (8 if len(group) > 1 else 30) for g in group) or not _tight(group) \
                or any(id(g) not in ruled_of and _inside(g, box) for g in out):
            continue
        inner = [g for g in out if _inside(g, (-1e9, box[1], 1e9, box[3]))]
        beside = [g for g in inner if id(g) in ruled_of and ruled_of[id(g)] is not box and g.bbox and g.bbox[0] >= box[2] - 1]
        # a label alone: only over sub-row words (`取崩`, `積立`), not over the items of a 説明 column
        if len({g.row for g in beside}) < 2 or len(group) == 1 and any(len(g.text) > 4 for g in beside):
            continue
        first, last = min(g.row for g in inner), max(g.row for g in inner)
        if len(group) == 1 and not first < group[0].row < last:
            continue  # a label alone spans its cell when centred in it; at its top it heads the rows below as before
        boxes = [b for g in group if (b := g.bbox) is not None]
        add.append(GridCell(first, group[0].col, "".join(g.text for g in sorted(group, key=lambda g: g.row)), last - first + 1, 1,
                            (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))))
        drop |= {id(g) for g in pieces}
    return [g for g in out if id(g) not in drop] + add


def _tight(group: list[GridCell]) -> bool:
    """Lines stacked as one label: one under the other with no room between (less than half a line), each
    starting where the first does or centred on it (an indented line is a sub-label)."""
    boxes = sorted((b for g in group if (b := g.bbox) is not None), key=lambda b: b[1])
    if len(boxes) != len(group):
        return False
    size = boxes[0][3] - boxes[0][1]
    return all(0 <= b[1] - a[3] < 0.5 * size and (abs(b[0] - a[0]) < 0.5 * size or abs(b[0] + b[2] - a[0] - a[2]) < size)
               for a, b in zip(boxes, boxes[1:]))


def _merged(out: list[GridCell]) -> list[GridCell]:
    merged: dict[tuple[int, int], GridCell] = {}
    for g in out:  # two pieces of one line in one column (a label with a gap inside) become one cell
        old = merged.get((g.row, g.col))
        if old is None:
            merged[(g.row, g.col)] = g
        elif old.bbox and g.bbox:
            merged[(g.row, g.col)] = GridCell(g.row, g.col, old.text + g.text, 1, max(old.col_span, g.col_span),
                                              (min(old.bbox[0], g.bbox[0]), min(old.bbox[1], g.bbox[1]),
                                               max(old.bbox[2], g.bbox[2]), max(old.bbox[3], g.bbox[3])))
    return sorted(merged.values(), key=lambda c: (c.row, c.col))


def _split_columns(raw: list[tuple[int, int, int, int, list[Char]]], ncols: int) -> list[GridCell]:
    """GridCells, with every ruled column whose one-line cells end in a number after a gap split into
    its label and one column per right edge the numbers align on."""
    pieces: dict[int, list[tuple[int, list[Char], list[Char]]]] = {}  # col -> (raw index, label, number)
    for k, (_, c0, _, cs, chs) in enumerate(raw):
        if cs != 1 or not chs:
            continue
        lines = text_lines(chs)
        if len(lines) != 1:
            continue
        j = trailing_number(lines[0])
        if j is not None:
            pieces.setdefault(c0, []).append((k, lines[0][:j], lines[0][j:]))
    edges: dict[int, list[float]] = {}
    for c, found in pieces.items():
        if len(found) >= 2:
            edges[c] = cluster([float(n[-1]["x1"]) for _, _, n in found], 4.0)
    width = [1 + len(edges.get(c, [])) for c in range(ncols)]
    offset = [sum(width[:c]) for c in range(ncols + 1)]
    split = {k: (lab, num) for c in edges for k, lab, num in pieces[c]}
    out: list[GridCell] = []
    for k, (r0, c0, rs, cs, chs) in enumerate(raw):
        col, col_span = offset[c0], offset[min(c0 + cs, ncols)] - offset[c0]
        if c0 in edges and cs == 1 and chs:
            if k in split:
                lab, num = split[k]
                if lab:
                    out.append(GridCell(r0, col, cell_text(lab), rs, 1, chars_box(lab)))
                sub = nearest(edges[c0], float(num[-1]["x1"]), 4.0)
                out.append(GridCell(r0, col + 1 + (sub or 0), cell_text(num), rs, 1, chars_box(num)))
                continue
            text = cell_text(chs)
            sub = nearest(edges[c0], max(float(c["x1"]) for c in chs), 4.0) if is_number(text) else None
            # a header over the split column covers its label and its number columns
            out.append(GridCell(r0, col + (0 if sub is None else 1 + sub), text, rs, col_span if sub is None else 1,
                                chars_box(chs)))
            continue
        out.append(GridCell(r0, col, cell_text(chs), rs, col_span, chars_box(chs) if chs else None))
    return sorted(out, key=lambda c: (c.row, c.col))
