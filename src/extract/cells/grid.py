"""Cell records of a deck's tables: every number with its value in base units, its unit (the cell's,
else its column's, else the table's unit header), its row label path and its column label."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..dictionary import words
from ..model import GridCell, TableGrid
from .printed import (
    BRACKETED,
    HEADING,
    SEP,
    Number,
    header_units,
    is_percent_column,
    parse_number,
    squeeze,
    table_words,
    trailing_unit,
    unit_of,
)
from .row_labels import row_labels
from .table import Header, TableRows, body_start, header_blocks, header_rows, headers, numeric

#: the previous table read: its grid, header and unit header (a table continued on the next page takes them)
Previous = tuple[TableGrid, Header, list[tuple[str, float]]]


def _beside(grid: TableGrid, grids: Sequence[TableGrid]) -> list[TableGrid]:
    """The tables printed beside this one on the same rows (a spread read as two halves): same page, no
    horizontal overlap, their heights overlapping by most of the shorter one."""
    out = []
    for g in grids:
        if g is grid or g.page != grid.page or g.bbox is None or grid.bbox is None:
            continue
        (ax0, atop, ax1, abot), (bx0, btop, bx1, bbot) = grid.bbox, g.bbox
        overlap = min(abot, bbot) - max(atop, btop)
        if (bx1 <= ax0 + 1 or ax1 <= bx0 + 1) and overlap >= 0.8 * min(abot - atop, bbot - btop) > 0:
            out.append(g)
    return out


def _table_header(t: TableRows, head_rows: list[int], prev: Previous | None, beside: list[TableGrid]
                  ) -> tuple[Header, list[tuple[str, float]]]:
    """The table's column header and unit header (else the unit header of a table beside it); a table
    with no header rows continues the previous page's table with as many columns: it takes its headers
    and unit."""
    grid = t.grid
    header = headers(t, head_rows)
    table_units = header_units(list(grid.caption) + [c.text for r in head_rows for c in t.rows[r] if "単位" in c.text])
    for g in beside:
        table_units = table_units or header_units(list(g.caption))
    money = {u for u in header.units.values() if u[0] == "yen"}
    if not table_units and len(money) == 1 and len(set(header.units.values())) == 1:
        table_units = list(money)  # `千円` over the amounts of a 説明 page whose columns the finder cut otherwise
    if not table_units and prev is not None and prev[0].page == grid.page:
        table_units = prev[2]  # a second table under the page's one unit header
    if not header.labels and prev is not None and prev[0].page == grid.page and (moved := _by_position(prev, grid)).labels:
        return moved, table_units  # the page's table cut in two: its columns by where their figures stand
    if not header.labels and prev is not None and prev[0].page in (grid.page - 1, grid.page - 2) \
            and max(prev[1].labels, default=-1) < t.ncols:
        header = Header(prev[1].labels, prev[1].units)  # continued from the previous page
        table_units = table_units or prev[2]
    return header, table_units


def _edges(grid: TableGrid, units: bool = False) -> dict[int, float]:
    """Per column, the mean right edge of its figures (figures stand flush right), else of the unit
    written over it (`千円`)."""
    xs: dict[int, list[float]] = {}
    for c in grid.cells:
        if c.bbox and c.col_span == 1 and numeric(c):
            xs.setdefault(c.col, []).append(c.bbox[2])
    for c in grid.cells if units else ():
        if c.bbox and c.col_span == 1 and c.col not in xs and unit_of(c.text):
            xs.setdefault(-1 - c.col, []).append(c.bbox[2])  # negative: a column known by its unit only
    return {col if col >= 0 else -1 - col: sum(v) / len(v) for col, v in xs.items()}


def _by_position(prev: Previous, grid: TableGrid) -> Header:
    """The header of the table above on the same page for a headerless table under it: each column of
    figures takes the labels and unit of the column whose figures end at the same place (within 6 pt)."""
    before, now = _edges(prev[0], units=True), _edges(grid)
    labels: dict[int, list[str]] = {}
    units: dict[int, tuple[str, float]] = {}
    for col, x in now.items():
        near = min(before, key=lambda c: abs(before[c] - x), default=None)
        if near is None or abs(before[near] - x) > 6:
            continue
        if near in prev[1].labels:
            labels[col] = prev[1].labels[near]
        if near in prev[1].units:
            units[col] = prev[1].units[near]
    return Header(labels, units)


def _row_unit(row: list[GridCell], col: int) -> tuple[str, float] | None:
    """A unit closing the label before a figure in its row (`職員数 (A)(人)`, `比率 (Ｂ)/(Ａ) (%)`)."""
    labels = [c for c in row if c.col < col and c.text.strip() and not numeric(c)]
    return trailing_unit(labels[-1].text)[0] if labels else None


def _counted(label: str) -> tuple[str, float] | None:
    """The counter of a label that names a count (`件数` -> 件, `職員数(A)` -> 人): dictionary/table_words.json."""
    leaf = re.sub(r"[(（][^()（）]*[)）]", "", squeeze(label.split(SEP)[-1]))
    counts = words(table_words()["count_labels"])
    word = next((w for w in sorted(counts, key=len, reverse=True) if leaf.endswith(w)), None)
    return (str(counts[word]), 1.0) if word else None


def _unit(n: Number, c: GridCell, row: list[GridCell], col_label: str, header: Header, table_units: list[tuple[str, float]]
          ) -> tuple[str, float] | None:
    """The cell's unit: written in it, else over its column, else closing its row's label, else the counter
    its column or row label names (`件数`, `職員数`), else the table's unit header (its percent for a
    構成比/伸率 column or row)."""
    unit = unit_of(n.unit_text) if n.unit_text else None
    row_label = re.sub(r"[(（][^()（）]*[)）]", "", squeeze("".join(x.text for x in row if x.col < c.col and not numeric(x))))
    if unit is None:
        unit = header.units.get(c.col) or _row_unit(row, c.col) or _counted(col_label) or _counted(row_label)
    if unit is None and table_units:
        pct = [u for u in table_units if u[0] == "percent"]
        other = [u for u in table_units if u[0] != "percent"]
        # a 構成比/伸率 column, or a row whose label ends in one (`比率 (B)/(A)`, `職員数構成比`)
        if pct and (is_percent_column(col_label) or row_label.endswith(tuple(table_words()["percent_columns"]["words"])) or not other):
            unit = pct[0]
        else:
            unit = other[0] if other else None
    return unit


def _parts_units(t: TableRows, body: list[int], header: Header) -> dict[int, tuple[str, float]]:
    """Columns with no unit of their own whose figures add up, row by row, to those of a total column after
    them that has one (`６月` + `12月` = `支給率計（月分）`): the parts of a sum share its unit."""
    out: dict[int, tuple[str, float]] = {}
    totals = tuple(table_words()["totals"])
    for tc, unit in header.units.items():
        if not header.labels.get(tc) or not BRACKETED.sub("", squeeze(header.labels[tc][-1])).endswith(totals):
            continue
        cols: set[frozenset[int]] = set()
        for r in body:
            figures = {c.col: n.value for c in t.rows[r] if (n := parse_number(c.text)) is not None and not n.unit_text}
            parts = {col: v for col, v in figures.items() if col < tc and col not in header.units}
            if tc not in figures:
                continue
            if len(parts) < 2 or abs(sum(parts.values()) - figures[tc]) > 1e-6 * max(1.0, abs(figures[tc])):
                cols = set()
                break
            cols.add(frozenset(parts))
        if len(cols) == 1:
            out.update({col: unit for col in next(iter(cols))})
    return out


def _record(doc: str, grid: TableGrid, c: GridCell, value: float, name: str | None, row_label: str, col_label: str,
            printed: str, caption: str) -> dict[str, Any]:
    bbox = c.bbox or (None, None, None, None)
    text_deck = grid.reader == "text"
    line = int(c.ref[1:]) if text_deck and c.ref and c.ref[1:].isdigit() else None
    return {"doc": doc, "page": None if text_deck else grid.page, "line": line, "table": grid.index,
            "row": c.row, "col": c.col,
            "text": c.text, "value": value, "unit": name,
            "row_label": row_label or None, "col_label": col_label or None,
            "reader": grid.reader, "ref": None if text_deck else c.ref,
            "printed_label": printed or "",
            "caption": caption, "x0": bbox[0], "top": bbox[1], "x1": bbox[2], "bottom": bbox[3]}


def _table_cells(doc: str, t: TableRows, start: int, header: Header, table_units: list[tuple[str, float]],
                 caption: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    body = sorted(r for r in t.rows if r >= start)
    number_cols = {c.col for r in body for c in t.rows[r] if numeric(c)}
    attributes = tuple(table_words()["attribute_columns"]["words"])
    text_cols = frozenset(col for col, labs in header.labels.items() if labs and squeeze(labs[-1]).endswith(attributes))
    labels, printed = row_labels(t, body, number_cols, text_cols)
    # the header over the row labels says what the rows are (`事業名`): read with the caption
    names = tuple(table_words()["programme_rows"]["name_columns"])
    caption = " ".join([caption, *(lab for col, labs in sorted(header.labels.items()) if col not in number_cols
                                   for lab in labs if squeeze(lab).startswith(names))])
    header = Header(header.labels, {**_parts_units(t, body, header), **header.units})
    raw_labels = {r: "".join(c.text for c in t.rows[r] if not numeric(c)) for r in body}
    blocks = header_blocks(t, body, number_cols, header)
    identifiers = tuple(table_words()["identifier_columns"]["words"])
    for r in body:
        header = blocks[r]
        for c in t.rows[r]:
            n = parse_number(c.text)
            if n is None or HEADING.match(squeeze(raw_labels.get(r, ""))):
                continue  # `２款 総務費 9,013,376千円` over a table is its heading, not a cell
            if n.unit_text and unit_of(n.unit_text) is None:
                continue  # `8年度`, `44歳`: not a figure of the table
            col_label = SEP.join(header.labels.get(c.col, []))
            if header.labels.get(c.col) and squeeze(header.labels[c.col][-1]).endswith(identifiers) and not n.unit_text:
                continue  # a row's serial number (一連番号, 番号) is an identifier
            unit = _unit(n, c, t.rows[r], col_label, header, table_units)
            name, scale = unit if unit else (None, 1.0)
            value = n.value * scale
            if name != "percent" and abs(value - round(value)) < 1e-6:
                value = float(round(value))
            out.append(_record(doc, t.grid, c, value, name, labels.get((r, c.col), ""), col_label,
                               printed.get((r, c.col), ""), caption))
    return out


def grid_cells(doc: str, grids: Sequence[TableGrid], title: str = "") -> list[dict[str, Any]]:
    """Cell records of a deck's tables, in page and table order."""
    out: list[dict[str, Any]] = []
    prev: Previous | None = None
    for grid in sorted(grids, key=lambda g: (g.page, g.index)):
        t = TableRows(grid)
        start = body_start(t)
        if start is None:
            continue
        head_rows = header_rows(t, start)
        beside = _beside(grid, grids)
        header, table_units = _table_header(t, head_rows, prev, beside)
        if any(c.text.strip() for r in head_rows for c in t.rows[r]) or prev is None or prev[0].page != grid.page:
            prev = (grid, header, table_units)  # a headerless piece under a table of the page keeps that table's header
        # a sheet read whole keeps its title inside the grid: a header row of one cell is part of the caption
        titles = [t.rows[r][0].text for r in head_rows if len(t.rows[r]) == 1] if grid.reader == "xlsx" else []
        cells = _table_cells(doc, t, start, header, table_units, " ".join([*grid.caption, *titles]))
        left = [r for r in out if any(r["page"] == g.page and r["table"] == g.index for g in beside)] if beside else []
        out += _left_row_labels(cells, left)
    for i, rec in enumerate(out):
        rec["seq"] = i
    return out


def _left_row_labels(cells: list[dict[str, Any]], left: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A table printed to the right of another on the same rows (its second half) takes that table's row
    labels: the label of the figure whose line overlaps its own most."""
    left = [o for o in left if o["top"] is not None and o["row_label"]]
    if not left or any(c["top"] is None for c in cells):
        return cells

    def overlap(a: dict[str, Any], b: dict[str, Any]) -> float:
        return float(min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]))

    match = [max(left, key=lambda o: (overlap(o, c), o["x1"])) for c in cells]
    # the same rows: every figure's line meets a labelled figure's line by most of its height
    if not all(overlap(o, c) >= 0.5 * (c["bottom"] - c["top"]) and o["x1"] <= c["x0"] for o, c in zip(match, cells)):
        return cells
    for o, c in zip(match, cells):
        c["row_label"], c["printed_label"] = o["row_label"], o["printed_label"]
    return cells
