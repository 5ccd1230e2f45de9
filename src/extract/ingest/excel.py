""".xlsx (and .xlsm, macros dropped: see office.py) workbooks through openpyxl, read-only.

- Each visible sheet is one page (page = the sheet's position in the workbook, 1-based) and its used range one
  TableGrid: every cell with its text as Excel shows it (the cell's number format applied: `#,##0`, `0.0%`,
  a `△`/`▲` negative section, a trailing `,` in thousands, dates), `number` the value as stored, `ref` its
  address (`Sheet1!C7`), merged cells with their spans (read from the sheet's own XML: read-only openpyxl
  does not give them).
- Cached values, never formulas: a formula cell without a cached value (a file saved by a program that does
  not calculate) shows its formula text, and has no number.
- Each non-empty visible row is also one line (its cells side by side, `ref` `Sheet1!3:3`), so a sheet's
  title rows (`令和6年度 一般会計予算（単位：千円）`) are read for mentions like any deck's lines.
- Hidden and very hidden sheets, hidden rows and hidden columns are skipped, and the deck's notes say so.
  External links are not loaded (keep_links=False) and nothing is ever calculated or run.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import Any
from xml.etree import ElementTree

from ..model import GridCell, Line, TableGrid
from .office import checked_package, unreadable
from .read import Read, page_ranges

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_QUOTED = re.compile(r'"([^"]*)"')


def format_value(value: Any, fmt: str | None) -> str:
    """A cell's value as Excel displays it under number format `fmt` (the common formats of budget tables)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date)):
        if fmt and "年" in fmt:
            return f"{value.year}年{value.month}月{value.day}日" if "d" in fmt else f"{value.year}年{value.month}月"
        return f"{value.year}/{value.month}/{value.day}"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if not isinstance(value, (int, float)):
        return str(value)
    fmt = (fmt or "General").strip()
    if fmt.lower() == "general" or fmt == "@":
        return _general(value)
    sections = [s for s in _split_sections(fmt)]
    section = sections[1] if value < 0 and len(sections) > 1 else sections[0]
    if value == 0 and len(sections) > 2:
        section = sections[2]
    negative_sign = value < 0 and len(sections) == 1
    section = re.sub(r"\[[^\]]*\]", "", section)  # colours, conditions, locales
    literals = _QUOTED.findall(section)
    bare = _QUOTED.sub("\0", section).replace("\\", "")
    number = abs(value) if (value < 0 and len(sections) > 1) else value
    if "%" in bare:
        number *= 100
    digits = re.search(r"[#0?][#0?,]*(\.[0?#]+)?", bare)
    if digits is None:
        return "".join(literals) or _general(value)
    spec = digits.group(0)
    while spec.endswith(","):  # a trailing comma scales by a thousand
        number /= 1000
        spec = spec[:-1]
    decimals = len(spec.split(".")[1]) if "." in spec else 0
    text = f"{abs(number) if negative_sign else number:{',' if ',' in spec else ''}.{decimals}f}"
    if negative_sign:
        text = "-" + text
    prefix = bare[:digits.start()]
    suffix = bare[digits.end():]
    out = prefix + text + suffix
    for lit in literals:
        out = out.replace("\0", lit, 1)
    return out.replace("_)", "").replace("_(", "").replace("*", "").strip()


def _split_sections(fmt: str) -> list[str]:
    out, cur, quoted = [], "", False
    for ch in fmt:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def _general(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return f"{value:.10g}" if isinstance(value, float) else str(value)


def _sheet_layout(zf: zipfile.ZipFile, path: str) -> tuple[list[tuple[int, int, int, int]], set[int], set[int]]:
    """(merged ranges as (min_col, min_row, max_col, max_row), hidden rows, hidden columns) of a sheet part,
    streamed (the sheet's cells are not kept)."""
    from openpyxl.utils.cell import range_boundaries

    merges: list[tuple[int, int, int, int]] = []
    rows: set[int] = set()
    cols: set[int] = set()
    try:
        with zf.open(path.lstrip("/")) as f:
            for _, el in ElementTree.iterparse(f):
                tag = el.tag
                if tag == _NS + "mergeCell" and el.get("ref"):
                    b = range_boundaries(el.get("ref", ""))
                    if None not in b:
                        merges.append((int(b[0] or 0), int(b[1] or 0), int(b[2] or 0), int(b[3] or 0)))
                elif tag == _NS + "row" and el.get("hidden") in ("1", "true") and el.get("r"):
                    rows.add(int(el.get("r", "0")))
                elif tag == _NS + "col" and el.get("hidden") in ("1", "true"):
                    cols.update(range(int(el.get("min", "1")), min(int(el.get("max", "1")), 16384) + 1))
                if tag == _NS + "row" or tag == _NS + "c":
                    el.clear()
    except (KeyError, ElementTree.ParseError):
        pass
    return merges, rows, cols


def read_xlsx(data: bytes) -> Read:
    """Every visible sheet as a TableGrid and lines; DeckError for what cannot be read (see office.py)."""
    package, notes = checked_package(data, "Excel")
    with unreadable("Excel"):
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(package), read_only=True, data_only=True, keep_links=False)
        book = _Book(package, zipfile.ZipFile(io.BytesIO(package)))
        hidden_sheets: list[str] = []
        for page, ws in enumerate(wb.worksheets, start=1):
            if ws.sheet_state != "visible":
                hidden_sheets.append(f"{ws.title} ({ws.sheet_state})")
                continue
            notes += book.read_sheet(ws, page)
        n_sheets = len(wb.worksheets)
        wb.close()
        if book.formulas is not None:
            book.formulas.close()
    if hidden_sheets:
        notes.append(f"hidden sheets skipped: {', '.join(hidden_sheets)}")
    return Read(pages=n_sheets, lines=book.lines, source_type="xlsx", tables=book.tables, notes=notes)


class _Book:
    """What the sheets of one workbook give, sheet by sheet: grids, row lines, and (opened once, where a formula
    has no cached value) the workbook with its formulas."""

    def __init__(self, package: bytes, zf: zipfile.ZipFile) -> None:
        self.package, self.zf = package, zf
        self.tables: list[TableGrid] = []
        self.lines: list[Line] = []
        self.formulas: Any = None

    def read_sheet(self, ws: Any, page: int) -> list[str]:
        """One visible sheet's grid and row lines added; the notes on what of it was skipped."""
        from openpyxl.utils.cell import get_column_letter

        merges, hidden_rows, hidden_cols = _sheet_layout(self.zf, getattr(ws, "_worksheet_path", ""))
        spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for c0, r0, c1, r1 in merges}
        covered = {(r, c) for c0, r0, c1, r1 in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
                   if (r, c) != (r0, c0)} if sum((c1 - c0 + 1) * (r1 - r0 + 1) for c0, r0, c1, r1 in merges) < 1_000_000 else set()
        got, uncached = _values(ws, hidden_rows, hidden_cols, covered)
        if uncached:
            got.update(self._formula_texts(ws.title, set(uncached)))
        cells: list[GridCell] = []
        by_row: dict[int, list[tuple[int, str]]] = {}
        for (r, c), (value, fmt) in sorted(got.items()):
            text = value if fmt == "@" and isinstance(value, str) else format_value(value, fmt)
            if not text.strip():
                continue
            rs, cs = spans.get((r, c), (1, 1))
            number = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
            cells.append(GridCell(r - 1, c - 1, text, rs, cs, None, f"{ws.title}!{get_column_letter(c)}{r}", number))
            by_row.setdefault(r, []).append((c, text.replace("\n", " ").strip()))
        if cells:
            self.tables.append(TableGrid(page=page, index=0, cells=tuple(cells), reader="xlsx"))
        for r, row_cells in sorted(by_row.items()):
            self.lines.append(Line(text=" ".join(t for _, t in sorted(row_cells)), page=page, line=None,
                                   index=len(self.lines), ref=f"{ws.title}!{r}:{r}"))
        notes = [f"sheet {ws.title}: hidden rows {page_ranges(sorted(hidden_rows))} skipped"] if hidden_rows else []
        if hidden_cols:
            notes.append(f"sheet {ws.title}: hidden columns "
                         f"{', '.join(get_column_letter(c) for c in sorted(hidden_cols)[:20])} skipped")
        return notes

    def _formula_texts(self, title: str, want: set[tuple[int, int]]) -> dict[tuple[int, int], tuple[Any, str | None]]:
        """The formula text of each wanted cell (a formula without a cached value), from the workbook opened
        with formulas (once for the whole book)."""
        import openpyxl

        self.formulas = self.formulas or openpyxl.load_workbook(io.BytesIO(self.package), read_only=True,
                                                                data_only=False, keep_links=False)
        fws = self.formulas[title]
        fws.reset_dimensions()
        out: dict[tuple[int, int], tuple[Any, str | None]] = {}
        for r, row in enumerate(fws.iter_rows(), start=1):
            for cell in row:
                if hasattr(cell, "column") and (r, int(cell.column)) in want and isinstance(cell.value, str) \
                        and cell.value.startswith("="):
                    out[(r, int(cell.column))] = (cell.value, "@")
        return out


def _values(ws: Any, hidden_rows: set[int], hidden_cols: set[int], covered: set[tuple[int, int]]
            ) -> tuple[dict[tuple[int, int], tuple[Any, str | None]], list[tuple[int, int]]]:
    """The sheet's shown cells (hidden rows and columns and merge-covered cells skipped) with
    their cached value and number format, and the cells with a formula but no cached value."""
    ws.reset_dimensions()  # a wrong <dimension> must not make a million empty rows
    uncached: list[tuple[int, int]] = []
    got: dict[tuple[int, int], tuple[Any, str | None]] = {}
    for r, row in enumerate(ws.iter_rows(), start=1):
        for cell in row:
            if not hasattr(cell, "column"):
                continue
            c = int(cell.column)
            if r in hidden_rows or c in hidden_cols or (r, c) in covered:
                continue
            if cell.value is None:
                if cell.data_type == "f" or cell.data_type == "n":
                    uncached.append((r, c))
                continue
            got[(r, c)] = (cell.value, cell.number_format)
    return got, uncached
