"""A ruled drawing that is a chart, not a table (a donut chart's frame): its value labels read as rows
of a label and its figures."""
from __future__ import annotations

from collections.abc import Sequence

from ...model import GridCell, TableGrid
from .chars import DIGIT, Box, Char, chars_box, gap_pieces, is_number, line_text


def chart_like(g: TableGrid) -> bool:
    """A drawing with value labels rather than a table: its numbers do not line up in columns (four or
    more columns, and most numbers in columns of one or two), as in a donut chart's frame."""
    cols: dict[int, int] = {}
    for c in g.cells:
        if is_number(c.text):
            cols[c.col] = cols.get(c.col, 0) + 1
    if len(cols) < 4 or sum(n for n in cols.values() if n >= 3) >= 0.5 * sum(cols.values()):
        return False
    # a table with few rows still has column headers each over a few of its number columns
    first = min((c.row for c in g.cells if is_number(c.text) and DIGIT.match(c.text.strip()[-1:])), default=0)
    heads = [c for c in g.cells if c.row < first and c.text.strip() and c.col_span < 0.5 * len(cols)
             and any(c.col <= k < c.col + c.col_span for k in cols)]
    return len(heads) < 2


def unit_lines(lines: Sequence[list[Char]], caption: tuple[str, ...]) -> tuple[str, ...]:
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


def labelled_numbers(lines: Sequence[list[Char]], box: Box, page_no: int, index: int, caption: tuple[str, ...]
                      ) -> TableGrid | None:
    """Value labels of a chart in `box`: every number with the label printed over it or before it on its
    line (`国債費` / `270,090` / `(24.0％)`; `相続税 32,920（2.9％）`), one row per label."""
    pieces = [p for ln in lines for p in gap_pieces(ln)
              if box[0] - 1 <= (float(p[0]["x0"]) + float(p[-1]["x1"])) / 2 <= box[2] + 1
              and box[1] - 1 <= float(p[0]["top"]) <= box[3] + 1]
    labels = [p for p in pieces if not is_number(line_text(p)) and 1 < len(line_text(p)) <= 16 and not DIGIT.search(line_text(p))]
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
        row.append(GridCell(k, len(row), text, bbox=chars_box(p)))
    if not rows:
        return None
    cells = [GridCell(c.row + 1, c.col, c.text, bbox=c.bbox) for k in sorted(rows) for c in rows[k]]
    # the chart's title: a label over every figure (`一般会計歳出`), the header of all its columns
    first_top = min(float(p[0]["top"]) for p in pieces if is_number(line_text(p)))
    titles = [lab for k, lab in enumerate(labels) if k not in rows and float(lab[-1]["bottom"]) < first_top - 5]
    if titles:
        title = min(titles, key=lambda lab: float(lab[0]["top"]))
        width = max(c.col for c in cells)
        cells.insert(0, GridCell(0, 1, line_text(title), col_span=width, bbox=chars_box(title)))
    return TableGrid(page=page_no, index=index, cells=tuple(cells), reader="pdf_chart",
                     bbox=tuple(round(v, 1) for v in box), caption=caption)  # type: ignore[arg-type]
