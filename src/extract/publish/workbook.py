"""`tables.xlsx`: every published table in one workbook, for spreadsheet users.

Beside the `_excel.csv` files (not instead of them): a CSV opened in Excel is typed by Excel's guessing,
which drops the leading zeros of a `doc` of `000956094` and rewrites long numbers and dates; here each
cell carries the column dictionary's type. Text is written as text (a shared string, never a formula:
`=1+1` stays the three characters it was), integers and numbers as numbers, timestamps as dates
(UTC, as in every other format). The first sheet describes every column (from schema.py); each table's
sheet has its header frozen and filters on. Every table the writer is given is written, in the
dictionary's order, whatever tables the dictionary holds.
"""
from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from ..fileio import umask
from ..schema import SCHEMA_VERSION, TABLES, Table
from ..tables import typed
from .sheet_reuse import BookReuse
from .sheet_xml import fill_sheets

WORKBOOK_FILE = "tables.xlsx"
#: the first sheet, describing every table's columns
COLUMNS_SHEET = "columns"
#: Excel's limits: rows per sheet (the header takes one), characters per cell, characters per sheet name
MAX_ROWS = 1_048_576 - 1
MAX_CELL = 32_767
MAX_SHEET_NAME = 31
#: integers past 15 significant digits lose digits as Excel numbers: such cells are written as text
_EXACT_DIGITS = 10**15
_WIDTH_SAMPLE = 200


def sheet_names(tables: list[str]) -> dict[str, str]:
    """A sheet name per table: the table's own name where Excel allows it (31 characters, no `[]:*?/\\`),
    never the description sheet's, never twice."""
    out: dict[str, str] = {}
    taken = {COLUMNS_SHEET}
    for name in tables:
        base = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:MAX_SHEET_NAME] or "table"
        sheet, n = base, 1
        while sheet.lower() in {t.lower() for t in taken}:
            n += 1
            sheet = f"{base[:MAX_SHEET_NAME - len(str(n)) - 1]}~{n}"
        taken.add(sheet)
        out[name] = sheet
    return out


def ordered(frames: dict[str, pd.DataFrame]) -> list[str]:
    """The tables in the dictionary's order (the order of the README's reference)."""
    return [t for t in TABLES if t in frames]


class _Writer:
    def __init__(self, book: Any, reuse: BookReuse | None = None) -> None:
        self.book = book
        #: the sheets written by deck segments (publish/sheet_reuse.py), by member
        self.reuse = reuse
        self.by_deck: dict[str, Any] = {}
        #: each table sheet's member in the file and the rows publish/sheet_xml.py puts into it
        self.fills: dict[str, tuple[pd.DataFrame, list[str]]] = {}
        self.header = book.add_format({"bold": True, "bg_color": "#E7ECF3", "bottom": 1, "text_wrap": False})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.top = book.add_format({"valign": "top"})
        self.date = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})

    def text(self, ws: Any, r: int, c: int, value: str, fmt: Any = None) -> None:
        if len(value) > MAX_CELL:  # Excel refuses longer cells: cut, and say so in the cell
            value = value[:MAX_CELL - 1] + "…"
        ws.write_string(r, c, value, fmt)

    def columns_sheet(self, tables: list[str], sheets: dict[str, str]) -> None:
        ws = self.book.add_worksheet(COLUMNS_SHEET)
        heads = ["table", "sheet", "column", "type", "required", "description", "allowed values"]
        for c, h in enumerate(heads):
            ws.write_string(0, c, h, self.header)
        r = 0
        for name in tables:
            t = TABLES[name]
            r += 1
            key = f" Primary key: {', '.join(t.primary_key)}." if t.primary_key else ""
            for c, v in enumerate([name, sheets[name], "", "table", ""]):
                self.text(ws, r, c, v, self.top)
            self.text(ws, r, 5, t.description + key, self.wrap)
            for col in t.columns:
                r += 1
                cells = [name, sheets[name], col.name, col.type, "yes" if col.required else ""]
                for c, v in enumerate(cells):
                    self.text(ws, r, c, v, self.top)
                self.text(ws, r, 5, col.description, self.wrap)
                if col.enum:
                    self.text(ws, r, 6, ", ".join(col.enum), self.wrap)
        r += 2
        self.text(ws, r, 0, f"Schema version {SCHEMA_VERSION}. Timestamps are UTC.")
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(r - 2, 1), len(heads) - 1)
        for c, w in enumerate([16, 16, 18, 9, 9, 90, 40]):
            ws.set_column(c, c, w)

    def table_sheets(self, name: str, sheet: str, df: pd.DataFrame, data: pd.DataFrame | None = None) -> None:
        """The sheets of a table (a header, filters, widths); their rows are written after the workbook
        is closed, a column at a time (publish/sheet_xml.py), into the members named in `fills`."""
        t: Table = TABLES[name]
        data = typed(df, name) if data is None else data
        kinds = [c.type for c in t.columns]
        n = len(data)
        parts = max(1, math.ceil(n / MAX_ROWS))
        for part in range(parts):
            title = sheet if part == 0 else f"{sheet[:MAX_SHEET_NAME - 4]}~{part + 1:02d}"
            ws = self.book.add_worksheet(title)
            chunk = data.iloc[part * MAX_ROWS:(part + 1) * MAX_ROWS]
            self._widths(ws, t, list(chunk.head(_WIDTH_SAMPLE).itertuples(index=False, name=None)))
            for c, col in enumerate(t.columns):
                ws.write_string(0, c, col.name, self.header)
            ws.freeze_panes(1, 0)
            ws.autofilter(0, 0, max(len(chunk), 1), max(len(t.columns) - 1, 0))
            member = f"xl/worksheets/sheet{len(self.book.worksheets())}.xml"
            self.fills[member] = (chunk, kinds)
            rows = self.reuse.sheet(name, member, chunk) if self.reuse is not None and parts == 1 else None
            if rows is not None:
                self.by_deck[member] = rows

    @staticmethod
    def _widths(ws: Any, t: Table, rows: list[tuple[Any, ...]]) -> None:
        for c, col in enumerate(t.columns):
            seen = [len(str(row[c])) for row in rows[:_WIDTH_SAMPLE] if row[c] is not None and row[c] is not pd.NA]
            width = 19 if col.type == "datetime" else max([len(col.name) + 3] + seen)
            ws.set_column(c, c, min(width + 1, 60))


def write_workbook_file(path: Path, frames: dict[str, pd.DataFrame], data: dict[str, pd.DataFrame] | None = None,
                        reuse: BookReuse | None = None) -> None:
    """Write the workbook of `frames` to `path` (a new file); `data`: tables already typed, by name; `reuse`:
    the last workbook, whose unchanged decks' rows are copied (publish/sheet_reuse.py)."""
    import xlsxwriter

    tables = ordered(frames)
    sheets = sheet_names(tables)
    # constant_memory: rows go to temporary files as they are written, so a large table costs no RAM
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": str(path.parent),
                                           "strings_to_formulas": False, "strings_to_numbers": False,
                                           "strings_to_urls": False})
    book.set_properties({"title": "deck-to-data tables", "comments": f"schema version {SCHEMA_VERSION}"})
    w = _Writer(book, reuse)
    w.columns_sheet(tables, sheets)
    for name in tables:
        w.table_sheets(name, sheets[name], frames[name], (data or {}).get(name))
    date_style = w.date._get_xf_index()  # the date style is in the file though no cell xlsxwriter wrote uses it
    book.close()
    fill_sheets(path, w.fills, date_style, MAX_CELL, _EXACT_DIGITS, w.by_deck)


def write_workbook(out_dir: Path, frames: dict[str, pd.DataFrame], data: dict[str, pd.DataFrame] | None = None,
                   reuse: BookReuse | None = None) -> Path:
    """`tables.xlsx` in `out_dir`, written beside it and renamed over it (a reader never sees half of it)."""
    out_dir = Path(out_dir)
    target = out_dir / WORKBOOK_FILE
    fd, tmp = tempfile.mkstemp(prefix=f".{WORKBOOK_FILE}.", suffix=".tmp", dir=out_dir)
    os.close(fd)
    try:
        write_workbook_file(Path(tmp), frames, data, reuse)
        os.chmod(tmp, 0o666 & ~umask())  # what a plain open would give it (mkstemp's is 0600)
        os.replace(tmp, target)  # not flushed: `out_dir` is a new generation, flushed whole when committed
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
