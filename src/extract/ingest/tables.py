"""Tables on a PDF page as TableGrids, from the chars the layout pass already has.

- ruled tables: pdfplumber's table finder gives the cells; the page's chars are put into them by position
  (a bisect per char, no re-extraction per cell); letter-spaced text (`補 正 額`) is joined;
- a ruled column whose cells end in a number after a gap (`001 給与費      846`, `均等割 68,310`) is split
  into a label column and one column per right edge its numbers align on;
- unruled tables: three or more text lines of the page, outside the ruled tables, whose numbers
  align on common right edges, with the line above them as header when it sits over those columns;
- the lines printed right above a table (its title, `（単位：千円）`) become its caption.
Units, labels and values are resolved later, in one place for every reader (extract.cells).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from ..model import Box, GridCell, TableGrid

Char = dict[str, Any]

#: a number as a cell prints it, with its sign, brackets and a unit of a few characters after it
NUMBER = re.compile(r"[（(]?[△▲\-−－+＋]?\s?[0-9０-９][0-9０-９,，.．]*\s?"
                    r"(?:[千百万億兆円％%人件戸校台名回世帯団地所か箇ヶ㎡]{0,4})[)）]?(?:増|減)?")
_DIGIT = re.compile(r"[0-9０-９]")
_UNIT_CHARS = "千百万億兆円％%人件戸校台名回"


def _cjk(ch: str) -> bool:
    return bool(ch) and unicodedata.east_asian_width(ch) in ("W", "F")


def _size(c: Char) -> float:
    return max(float(c["bottom"]) - float(c["top"]), 1.0)


def text_lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Chars grouped into text lines (vertical overlap with the line's first char), each left to right."""
    lines: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: (round(float(c["top"]), 1), float(c["x0"]))):
        mid = (float(c["top"]) + float(c["bottom"])) / 2
        for line in reversed(lines[-3:]):
            if float(line[0]["top"]) - 0.5 <= mid <= float(line[0]["bottom"]) + 0.5:
                line.append(c)
                break
        else:
            lines.append([c])
    return [sorted(line, key=lambda c: float(c["x0"])) for line in lines]


def line_text(chars: Sequence[Char]) -> str:
    """A line's text: letter-spaced Japanese joined (`補 正 額` -> 補正額), a space kept between two
    non-CJK words (`H 30`, `No. 5`) only where the gap is a word space."""
    out = ""
    prev: Char | None = None
    for c in chars:
        t = c.get("text") or ""
        if not t.strip():
            continue
        if prev is not None and out and not (_cjk(out[-1]) or _cjk(t[0])):
            gap = float(c["x0"]) - float(prev["x1"])
            if gap > 0.25 * _size(c):
                out += " "
        out += t
        prev = c
    return out


def cell_text(chars: Sequence[Char]) -> str:
    """The text of a cell's chars: its lines top to bottom, joined without a break (wrapped text)."""
    parts = [line_text(line) for line in text_lines(chars)]
    out = ""
    for p in parts:
        if out and p and not (_cjk(out[-1]) or _cjk(p[0])):
            out += " "
        out += p
    return out


def _bbox(chars: Sequence[Char]) -> Box:
    return (round(min(float(c["x0"]) for c in chars), 1), round(min(float(c["top"]) for c in chars), 1),
            round(max(float(c["x1"]) for c in chars), 1), round(max(float(c["bottom"]) for c in chars), 1))


def is_number(text: str) -> bool:
    """A cell that is one number as printed (`1,234`, `△ 1.2`, `(33.5％)`, `2.7％増`, `68,310千円`)."""
    t = text.strip()
    return bool(t) and bool(_DIGIT.search(t)) and NUMBER.fullmatch(t) is not None


def _trailing_number(line: list[Char]) -> int | None:
    """Where the number that ends a line after a gap starts (`均等割 68,310`, `条例 10件`), or None."""
    end = len(line)
    while end > 0 and len(line) - end < 2 and line[end - 1]["text"] in _UNIT_CHARS:
        end -= 1  # a counter or unit written after the number
    i = end
    while i > 0 and (_DIGIT.match(line[i - 1]["text"]) or line[i - 1]["text"] in ",，.．"):
        i -= 1
    if i == end or i == 0:
        return None
    j = i
    if line[j - 1]["text"] in "△▲-−－" and j - 1 > 0:
        j -= 1
    if j == 0 or not line[j - 1]["text"].strip():
        return None
    gap = float(line[j]["x0"]) - float(line[j - 1]["x1"])
    before = line[j - 1]["text"]
    if gap < 0.6 * _size(line[j]) or _DIGIT.match(before):
        return None
    return j


def _cluster(values: list[float], tol: float) -> list[float]:
    """Centres of 1-D clusters (values within `tol` of the cluster's last value)."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _nearest(centres: list[float], v: float, tol: float) -> int | None:
    best = min(range(len(centres)), key=lambda k: abs(centres[k] - v), default=None)
    return best if best is not None and abs(centres[best] - v) <= tol else None


def _ruled(table: Any, chars: Sequence[Char], page_no: int, index: int, caption: tuple[str, ...]) -> TableGrid | None:
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
        if sum(_trailing_number(ln) is not None for ln in char_lines) >= 3:
            return True  # a cell of `label   number` lines (a 説明 column's items)
        if len(lines) >= 2 and nums >= 1 and (nums >= 2 or any(t in ("千円", "円", "百万円", "人", "%", "％") for t in lines)):
            return True
        if cs > 1 and len(lines) == 1:
            numbers = sum(is_number(line_text(p)) for p in _gap_pieces(text_lines(chs)[0])[1:])
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
                pieces += [(i, p, is_number(line_text(p))) for p in _gap_pieces(run)]
                run = []
            run.append(c)
        if run:
            pieces += [(i, p, is_number(line_text(p))) for p in _gap_pieces(run)]
    # the body starts at the first line with a bare number (`9,013,376千円` over the header is a heading);
    # the header is the run of lines without numbers right above it
    first = min((i for i, p, num in pieces if num and _DIGIT.match(p[-1]["text"])), default=len(lines))
    numeric_lines = {i for i, _, num in pieces if num}
    head = set()
    for i in range(first - 1, -1, -1):
        if i in numeric_lines:
            break
        head.add(i)
    num_edges = _cluster([float(p[-1]["x1"]) for i, p, num in pieces if num and i not in head], 4.0)
    text_starts = sorted({round(box_of[id(p[0])][0], 1) for i, p, num in pieces if not num and i not in head})
    anchors = sorted([(e, "n", k) for k, e in enumerate(num_edges)] + [(x + 0.5, "t", k) for k, x in enumerate(text_starts)])
    col_of = {(kind, k): j for j, (_, kind, k) in enumerate(anchors)}
    out: list[GridCell] = []
    for i, p, num in pieces:
        text, box = line_text(p), _bbox(p)
        if i in head:  # header: every column whose anchor is inside its ruled cell
            cell = box_of[id(p[0])]
            cover = [j for j, (x, _, _) in enumerate(anchors) if cell[0] - 1 <= x <= cell[2] + 1]
            if cover:
                out.append(GridCell(i, cover[0], text, 1, cover[-1] - cover[0] + 1, box))
            continue
        if num:
            k = _nearest(num_edges, float(p[-1]["x1"]), 4.0)
            j = col_of[("n", k)] if k is not None else None
        else:
            x = round(box_of[id(p[0])][0], 1)
            j = col_of.get(("t", text_starts.index(x))) if x in text_starts else None
        if j is not None:
            out.append(GridCell(i, j, text, 1, 1, box))
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
        j = _trailing_number(lines[0])
        if j is not None:
            pieces.setdefault(c0, []).append((k, lines[0][:j], lines[0][j:]))
    edges: dict[int, list[float]] = {}
    for c, found in pieces.items():
        if len(found) >= 2:
            edges[c] = _cluster([float(n[-1]["x1"]) for _, _, n in found], 4.0)
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
                    out.append(GridCell(r0, col, cell_text(lab), rs, 1, _bbox(lab)))
                sub = _nearest(edges[c0], float(num[-1]["x1"]), 4.0)
                out.append(GridCell(r0, col + 1 + (sub or 0), cell_text(num), rs, 1, _bbox(num)))
                continue
            text = cell_text(chs)
            sub = _nearest(edges[c0], max(float(c["x1"]) for c in chs), 4.0) if is_number(text) else None
            # a header over the split column covers its label and its number columns
            out.append(GridCell(r0, col + (0 if sub is None else 1 + sub), text, rs, col_span if sub is None else 1,
                                _bbox(chs)))
            continue
        out.append(GridCell(r0, col, cell_text(chs), rs, col_span, _bbox(chs) if chs else None))
    return sorted(out, key=lambda c: (c.row, c.col))


def _caption(lines: Sequence[list[Char]], box: Box, reach: float = 48.0) -> tuple[str, ...]:
    """The text lines right above `box` that overlap it horizontally, nearest last (at most three)."""
    above = [ln for ln in lines
             if box[1] - reach <= float(ln[-1]["bottom"]) <= box[1] + 2
             and float(ln[0]["x0"]) < box[2] and float(ln[-1]["x1"]) > box[0]]
    above.sort(key=lambda ln: float(ln[0]["top"]))
    return tuple(line_text(ln) for ln in above[-3:])


def _unruled(lines: list[list[Char]], page_no: int, first_index: int, taken: list[Box]) -> list[TableGrid]:
    """Blocks of three or more lines whose trailing numbers align on common right edges."""
    rows: list[tuple[list[Char], list[list[Char]]]] = []  # (line, its pieces split at gaps)
    for ln in lines:
        cx = (float(ln[0]["x0"]) + float(ln[-1]["x1"])) / 2
        cy = (float(ln[0]["top"]) + float(ln[0]["bottom"])) / 2
        if any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in taken):
            continue
        rows.append((ln, _gap_pieces(ln)))
    out: list[TableGrid] = []
    block: list[tuple[list[Char], list[list[Char]]]] = []

    def numeric(pieces: list[list[Char]]) -> bool:
        return len(pieces) >= 2 and any(is_number(line_text(p)) for p in pieces[1:])

    def flush() -> None:
        if len(block) >= 3:
            g = _aligned_grid(block, rows, page_no, first_index + len(out), lines)
            if g is not None:
                out.append(g)
        block.clear()

    for ln, pieces in rows:
        if numeric(pieces) and (not block or float(ln[0]["top"]) - float(block[-1][0][-1]["bottom"]) < 2.5 * _size(ln[0])):
            block.append((ln, pieces))
        else:
            flush()
            if numeric(pieces):
                block.append((ln, pieces))
    flush()
    return out


def _gap_pieces(line: list[Char]) -> list[list[Char]]:
    """A line split where the gap between two characters is wider than one font size, and between a
    label and the number after it (`予備費 10,000 （0.9％）`)."""
    out: list[list[Char]] = [[line[0]]]
    for a, b in zip(line, line[1:]):
        gap = float(b["x0"]) - float(a["x1"])
        starts_number = bool(_DIGIT.match(b["text"]) or b["text"] in "△▲（(") and not _DIGIT.match(a["text"]) \
            and a["text"] not in ",.，．△▲（(" and gap > 0.15 * _size(b) \
            or b["text"] in "（(" and _DIGIT.match(a["text"]) is not None  # `12,618（1.1％）`: two figures
        if gap > 1.0 * _size(b) and not (_cjk(a["text"]) and _cjk(b["text"]) and gap < 2.0 * _size(b)) or starts_number:
            out.append([b])
        else:
            out[-1].append(b)
    return out


def _aligned_grid(block: list[tuple[list[Char], list[list[Char]]]], rows: list[tuple[list[Char], list[list[Char]]]],
                  page_no: int, index: int, lines: list[list[Char]]) -> TableGrid | None:
    nums = [(float(p[-1]["x1"])) for _, ps in block for p in ps[1:] if is_number(line_text(p))]
    edges = [e for e in _cluster(nums, 6.0)
             if sum(1 for v in nums if abs(v - e) <= 6.0) >= 2]
    if not edges:
        return None
    cells: list[GridCell] = []
    top_y = min(float(ln[0]["top"]) for ln, _ in block)
    # a header line right above, with a piece over a number column
    head: list[list[Char]] = []
    above = [(ln, ps) for ln, ps in rows if float(ln[-1]["bottom"]) <= top_y + 0.5
             and top_y - float(ln[-1]["bottom"]) < 2.5 * _size(ln[0])]
    if above:
        ln, ps = above[-1]
        if not any(is_number(line_text(p)) for p in ps) and any(
                _nearest(edges, float(p[-1]["x1"]), 30.0) is not None for p in ps):
            head = ps
    # columns: number column k is 2k+1; the text before it (its label) is column 2k
    r = 0
    if head:
        for p in head:
            k = _nearest(edges, float(p[-1]["x1"]), 30.0)
            cells.append(GridCell(0, 0 if k is None else 2 * k + 1, line_text(p), bbox=_bbox(p)))
        r = 1
    for _, ps in block:
        texts: dict[int, list[Char]] = {}
        for p in ps:
            t = line_text(p)
            k = _nearest(edges, float(p[-1]["x1"]), 6.0) if is_number(t) else None
            if k is None:
                col = 2 * sum(1 for e in edges if e < float(p[0]["x0"]))
                texts.setdefault(col, []).extend(p)
                continue
            cells.append(GridCell(r, 2 * k + 1, t, bbox=_bbox(p)))
        for col, chs in texts.items():
            cells.append(GridCell(r, col, line_text(chs), bbox=_bbox(chs)))
        r += 1
    every = [b for c in cells if (b := c.bbox) is not None]
    box = (min(b[0] for b in every), min(b[1] for b in every), max(b[2] for b in every), max(b[3] for b in every))
    return TableGrid(page=page_no, index=index, cells=tuple(sorted(cells, key=lambda c: (c.row, c.col))),
                     reader="pdf_aligned", bbox=box, caption=_caption(lines, box))


def _box_in(inner: Any, outer: Any) -> bool:
    return bool(outer[0] <= inner[0] + 1 and outer[1] <= inner[1] + 1 and inner[2] <= outer[2] + 1 and inner[3] <= outer[3] + 1)


def _chart_like(g: TableGrid) -> bool:
    """A drawing with value labels rather than a table: its numbers do not line up in columns (four or
    more columns, and most numbers in columns of one or two), as in a donut chart's frame."""
    cols: dict[int, int] = {}
    for c in g.cells:
        if is_number(c.text):
            cols[c.col] = cols.get(c.col, 0) + 1
    if len(cols) < 4 or sum(n for n in cols.values() if n >= 3) >= 0.5 * sum(cols.values()):
        return False
    # a table with few rows still has column headers each over a few of its number columns
    first = min((c.row for c in g.cells if is_number(c.text) and _DIGIT.match(c.text.strip()[-1:])), default=0)
    heads = [c for c in g.cells if c.row < first and c.text.strip() and c.col_span < 0.5 * len(cols)
             and any(c.col <= k < c.col + c.col_span for k in cols)]
    return len(heads) < 2


def _unit_lines(lines: Sequence[list[Char]], caption: tuple[str, ...]) -> tuple[str, ...]:
    """The caption, and the page's unit header (`（単位：億円）`) where the caption has none."""
    if any("単位" in t for t in caption):
        return caption
    return caption + tuple(t for ln in lines if "単位" in (t := line_text(ln)) and len(t) <= 20)


def _label_distance(lab: list[Char], num: list[Char]) -> float | None:
    """How far a chart's label is from a number it may name: before it on its line, or printed over it
    (centred within 15 pt, at most 45 pt above); None when it cannot name it."""
    x0, top, x1 = float(num[0]["x0"]), float(num[0]["top"]), float(num[-1]["x1"])
    lx0, lx1, lbottom = float(lab[0]["x0"]), float(lab[-1]["x1"]), float(lab[-1]["bottom"])
    if abs(float(lab[0]["top"]) - top) < 3 and lx1 <= x0 + 1:
        return x0 - lx1
    if lbottom <= top + 1 and lx0 - 15 <= (x0 + x1) / 2 <= lx1 + 15 and top - lbottom < 45:
        return top - lbottom + 5
    return None


def _labelled_numbers(lines: Sequence[list[Char]], box: Box, page_no: int, index: int, caption: tuple[str, ...]
                      ) -> TableGrid | None:
    """Value labels of a chart in `box`: every number with the label printed over it or before it on its
    line (`国債費` / `270,090` / `(24.0％)`; `相続税 32,920（2.9％）`), one row per label."""
    pieces = [p for ln in lines for p in _gap_pieces(ln)
              if box[0] - 1 <= (float(p[0]["x0"]) + float(p[-1]["x1"])) / 2 <= box[2] + 1
              and box[1] - 1 <= float(p[0]["top"]) <= box[3] + 1]
    labels = [p for p in pieces if not is_number(line_text(p)) and 1 < len(line_text(p)) <= 16 and not _DIGIT.search(line_text(p))]
    rows: dict[int, list[GridCell]] = {}
    for p in pieces:
        text = line_text(p)
        if not is_number(text):
            continue
        near = [(d, k) for k, lab in enumerate(labels) if (d := _label_distance(lab, p)) is not None]
        if not near:
            continue
        k = min(near)[1]
        row = rows.setdefault(k, [GridCell(k, 0, line_text(labels[k]))])
        row.append(GridCell(k, len(row), text, bbox=_bbox(p)))
    if not rows:
        return None
    cells = [GridCell(c.row + 1, c.col, c.text, bbox=c.bbox) for k in sorted(rows) for c in rows[k]]
    # the chart's title: a label over every figure (`一般会計歳出`), the header of all its columns
    first_top = min(float(p[0]["top"]) for p in pieces if is_number(line_text(p)))
    titles = [lab for k, lab in enumerate(labels) if k not in rows and float(lab[-1]["bottom"]) < first_top - 5]
    if titles:
        title = min(titles, key=lambda lab: float(lab[0]["top"]))
        width = max(c.col for c in cells)
        cells.insert(0, GridCell(0, 1, line_text(title), col_span=width, bbox=_bbox(title)))
    return TableGrid(page=page_no, index=index, cells=tuple(cells), reader="pdf_chart",
                     bbox=tuple(round(v, 1) for v in box), caption=caption)  # type: ignore[arg-type]


def page_tables(page_no: int, ruled: Sequence[Any], chars: Sequence[Char],
                lines: Sequence[list[Char]] | None = None) -> list[TableGrid]:
    """The tables of one page: its ruled tables (pdfplumber Table objects, already found by the layout
    pass) and the unruled ones in the rest of its text. `chars` are the page's (deduplicated) chars;
    `lines` its text lines as char lists (computed here when not given)."""
    all_lines = [[c for c in ln if (c.get("text") or "").strip()] for ln in lines] if lines is not None \
        else text_lines([c for c in chars if (c.get("text") or "").strip()])
    all_lines = [ln for ln in all_lines if ln]
    found: list[tuple[Any, TableGrid]] = []
    # Table.bbox is recomputed over every cell on each access: read each once
    bbox_of: dict[int, Box] = {id(t): (float(t.bbox[0]), float(t.bbox[1]), float(t.bbox[2]), float(t.bbox[3])) for t in ruled}
    for t in sorted(ruled, key=lambda t: (round(bbox_of[id(t)][1]), bbox_of[id(t)][0])):
        box = bbox_of[id(t)]
        g = _ruled(t, chars, page_no, 0, _caption(all_lines, box))
        if g is not None and _chart_like(g):
            g = _labelled_numbers(all_lines, box, page_no, 0, _unit_lines(all_lines, g.caption))
        if g is not None:
            found.append((t, g))
    # a grid inside another: the inner one is the table (the outer is a frame), unless the outer is a chart
    # whose value labels were read as a whole (the inner boxes are pieces of its drawing)
    drop: set[int] = set()
    for i, (a, ga) in enumerate(found):
        for j, (b, _) in enumerate(found):
            if i != j and _box_in(bbox_of[id(b)], bbox_of[id(a)]):
                drop.add(j if ga.reader == "pdf_chart" else i)
    out: list[TableGrid] = []
    for k, (_, g) in enumerate(found):
        if k not in drop:
            out.append(TableGrid(page=g.page, index=len(out), cells=g.cells, reader=g.reader, bbox=g.bbox, caption=g.caption))
    taken = list(bbox_of.values())
    out += _unruled(all_lines, page_no, len(out), taken)
    return out


# -- text decks ----------------------------------------------------------------------------------------------

_FIELDS = re.compile(r"\t+| {2,}|\u3000+")


def text_tables(lines: Sequence[str], first_line: int = 1) -> list[TableGrid]:
    """Tables of a text deck whose text keeps its columns: three or more consecutive lines split by tabs or
    runs of spaces into as many fields, a number in a field after the first; the line right above with
    as many fields and no number is the header, the lines above it (up to three) the caption. `page` is
    1 and each cell's `ref` is `L<line>` (the 1-based line)."""
    out: list[TableGrid] = []
    rows: list[tuple[int, list[str]]] = []

    def fields(text: str) -> list[str]:
        return [f.strip() for f in _FIELDS.split(text.strip()) if f.strip()]

    def flush() -> None:
        if len(rows) >= 3:
            n = len(rows[0][1])
            start = rows[0][0]
            head = fields(lines[start - 1]) if start > 0 else []
            body = list(rows)
            cells: list[GridCell] = []
            r = 0
            if len(head) == n and not any(is_number(h) for h in head):
                cells += [GridCell(0, c, h, ref=f"L{start - 1 + first_line}") for c, h in enumerate(head)]
                r, start = 1, start - 1
            for k, (i, fs) in enumerate(body):
                cells += [GridCell(r + k, c, f, ref=f"L{i + first_line}") for c, f in enumerate(fs)]
            caption = tuple(t.strip() for t in lines[max(0, start - 3):start] if t.strip())
            out.append(TableGrid(page=1, index=len(out), cells=tuple(cells), reader="text", caption=caption))
        rows.clear()

    for i, text in enumerate(lines):
        fs = fields(text)
        numeric = len(fs) >= 2 and any(is_number(f) for f in fs[1:])
        if numeric and (not rows or (len(fs) == len(rows[-1][1]) and rows[-1][0] == i - 1)):
            rows.append((i, fs))
            continue
        flush()
        if numeric:
            rows.append((i, fs))
    flush()
    return out
