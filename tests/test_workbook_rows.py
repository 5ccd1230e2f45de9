"""The workbook's rows are written a column at a time (publish/sheet_xml.py), not through xlsxwriter's cell
calls: each cell must be the one xlsxwriter writes for the same value (its constant-memory mode, the
writer used before), compared element by element in the sheet's XML."""
from __future__ import annotations

import math
import re
import zipfile

import pandas as pd
import pytest
import xlsxwriter
from openpyxl import load_workbook

from extract.publish.sheet_xml import column_letters
from extract.publish.workbook import MAX_CELL, write_workbook
from extract.schema import TABLES
from extract.tables import frame, typed

TEXTS = ["000956094", "=1+1", " leading", "trailing ", "a & b < c > d", "tab\there", "bell\x07", "_x0041_ literal",
         "\x1f at the start", "at the end\x1f", "nul\x00inside", "\u3000全角の空白", "&amp; already",
         "１９億円", "", "line\nbreak", "quote \" and '", "\ufffe", "億" * (MAX_CELL + 5)]
NUMBERS = [0.1, 12.5, -3.0, 1e20, 1.0 / 3, float("inf"), float("-inf"), float("nan"), None, 123456789.123456789]
INTEGERS = [0, -7, 12, 10**15 - 1, 10**15, -(10**15), 1234567890123456789, None]
STAMPS = ["2026-05-09T10:11:12Z", "2024-02-29T23:59:59.999999Z", "1901-01-01T00:00:00Z", None]


def _reference(path, data: pd.DataFrame, kinds: list[str]) -> None:
    """The cells as xlsxwriter's own calls write them (the rules of the writer before)."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_numbers": False, "strings_to_urls": False})
    date = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    ws = book.add_worksheet("t")
    for r, row in enumerate(data.itertuples(index=False, name=None), start=1):
        for c, v in enumerate(row):
            if v is None or v is pd.NA or v is pd.NaT:
                continue
            kind = kinds[c]
            if kind == "integer" and abs(int(v)) < 10**15:
                ws.write_number(r, c, int(v))
            elif kind == "number" and not math.isnan(float(v)) and not math.isinf(float(v)):
                ws.write_number(r, c, float(v))
            elif kind == "number" and math.isnan(float(v)):
                continue
            elif kind == "datetime":
                ws.write_datetime(r, c, pd.Timestamp(v).tz_convert("UTC").tz_localize(None).to_pydatetime(), date)
            else:
                text = str(int(v)) if kind == "integer" else str(float(v)) if kind == "number" else str(v)
                ws.write_string(r, c, text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…")
    book.close()


def _cells(path, member: str) -> list[tuple[str, str, bool, str]]:
    """Each cell past the header: (reference, type, styled, content)."""
    with zipfile.ZipFile(path) as z:
        xml = z.read(member).decode("utf-8")
    out = []
    for attrs, body in re.findall(r"<c ([^>]*)>(.*?)</c>", xml):
        ref = re.search(r'r="([A-Z]+\d+)"', attrs).group(1)
        if ref[len(ref.rstrip("0123456789")):] == "1":
            continue
        kind = re.search(r't="(\w+)"', attrs)
        out.append((ref, kind.group(1) if kind else "n", " s=" in f" {attrs}", body))
    return out


def _frame(column: str, values: list[object]) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    rows = [{**{c: None for c in TABLES["decks"].names}, "doc": f"d{i}", column: v} for i, v in enumerate(values)]
    return frame(rows, "decks"), typed(frame(rows, "decks"), "decks"), [c.type for c in TABLES["decks"].columns]


@pytest.mark.parametrize("column,values", [
    ("error", TEXTS),            # text: escapes, control characters, whitespace kept, cut at Excel's limit
    ("pages", INTEGERS),         # integers: numbers below 15 digits, exact text past them
    ("extracted_at", STAMPS),    # timestamps: serial days in the date style
    ("doc", ["a", "b"]),         # near miss: plain text that needs no escape
])
def test_each_cell_is_the_one_xlsxwriter_writes(tmp_path, column, values):
    df, data, kinds = _frame(column, values)
    ref = tmp_path / "ref.xlsx"
    _reference(ref, data, kinds)
    ours = write_workbook(tmp_path, {"decks": df})
    assert _cells(ours, "xl/worksheets/sheet2.xml") == _cells(ref, "xl/worksheets/sheet1.xml")


@pytest.mark.parametrize("values", [NUMBERS, [1.5], [None]])
def test_numbers_are_the_ones_xlsxwriter_writes(tmp_path, values):
    rows = [{**{c: None for c in TABLES["amounts"].names}, "doc": f"d{i}", "x0": v} for i, v in enumerate(values)]
    data = typed(frame(rows, "amounts"), "amounts")
    kinds = [c.type for c in TABLES["amounts"].columns]
    ref = tmp_path / "ref.xlsx"
    _reference(ref, data, kinds)
    ours = write_workbook(tmp_path, {"amounts": frame(rows, "amounts")})
    assert _cells(ours, "xl/worksheets/sheet2.xml") == _cells(ref, "xl/worksheets/sheet1.xml")


def test_rows_span_blocks_and_read_back_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr("extract.publish.sheet_xml.BLOCK_ROWS", 7)  # several blocks from a few rows
    rows = [{**{c: None for c in TABLES["decks"].names}, "doc": f"d{i:03d}", "pages": i} for i in range(30)]
    book = load_workbook(write_workbook(tmp_path, {"decks": frame(rows, "decks")}))
    ws = book["decks"]
    assert [(r[0].value, r[TABLES["decks"].names.index("pages")].value) for r in ws.iter_rows(min_row=2)] == \
        [(f"d{i:03d}", i) for i in range(30)]
    assert ws.max_row == 31 and ws.calculate_dimension().startswith("A1:")


@pytest.mark.parametrize("n,last", [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (703, "AAA")])
def test_column_letters(n, last):
    assert column_letters(n)[-1] == last and len(column_letters(n)) == n
