"""`tables.xlsx`: every table of the dictionary in one workbook, each cell with its column's type, read back
with openpyxl as a spreadsheet user's tools would read it."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from openpyxl import load_workbook

from extract.publish.formats import publish_all
from extract.publish.workbook import COLUMNS_SHEET, MAX_CELL, WORKBOOK_FILE, sheet_names, write_workbook
from extract.schema import TABLES
from extract.tables import frame


def _deck(doc: str, **over: object) -> dict[str, object]:
    row: dict[str, object] = {c: None for c in TABLES["decks"].names}
    row.update({"doc": doc, "file": f"{doc}.txt", "source_type": "txt", "pages": 1, "mentions": 3,
                "status": "published", "extracted_at": "2026-05-09T10:11:12Z"})
    row.update(over)
    return row


def _mention(doc: str, text: str, **over: object) -> dict[str, object]:
    row: dict[str, object] = {c: None for c in TABLES["mentions"].names}
    row.update({"doc": doc, "kind": "amount", "line": 4, "text": text, "min": "1900000000", "max": "1900000000",
                "unit": "yen", "qualifiers": [], "context": text, "seq": 0, "x0": 12.5})
    row.update(over)
    return row


def _frames(decks: list[dict[str, object]], mentions: list[dict[str, object]]) -> dict[str, pd.DataFrame]:
    """Every table of the dictionary (empty but for decks and mentions), so the workbook must hold them all."""
    frames = {name: frame([], name) for name in TABLES}
    frames["decks"] = frame(decks, "decks")
    frames["mentions"] = frame(mentions, "mentions")
    return frames


def _cells(ws) -> list[dict[str, object]]:
    rows = list(ws.iter_rows())
    heads = [c.value for c in rows[0]]
    return [{h: c for h, c in zip(heads, r)} for r in rows[1:]]


# cells a spreadsheet would otherwise run, reformat or shorten; each must come back as the same text
TEXTS = ["000956094", "01", "=1+1", "+81 3 1234", "-5%", "@SUM(A1)", "1e5", "2024-05-09", "TRUE", "１９億円", "-0.4"]


@pytest.mark.parametrize("text", TEXTS)
def test_text_cells_round_trip_as_text(tmp_path, text):
    frames = _frames([_deck(text)], [_mention(text, text, unit=text)])
    book = load_workbook(write_workbook(tmp_path, frames))
    (deck,) = _cells(book["decks"])
    (mention,) = _cells(book["mentions"])
    for cell in (deck["doc"], mention["doc"], mention["text"], mention["unit"], mention["context"]):
        assert cell.data_type == "s" and cell.value == text


@pytest.mark.parametrize("column,value,expected_type", [
    ("pages", 12, int), ("mentions", 0, int), ("rows_held_back", 123456789012, int),
])
def test_integers_are_numbers(tmp_path, column, value, expected_type):
    book = load_workbook(write_workbook(tmp_path, _frames([_deck("a", **{column: value})], [])))
    (deck,) = _cells(book["decks"])
    assert deck[column].data_type == "n" and type(deck[column].value) is expected_type and deck[column].value == value


def test_integers_too_long_for_excel_stay_exact_as_text(tmp_path):
    # Excel keeps 15 significant digits: a longer integer as a number would come back changed
    book = load_workbook(write_workbook(tmp_path, _frames([_deck("a", mentions=1234567890123456789)], [])))
    (deck,) = _cells(book["decks"])
    assert deck["mentions"].value == "1234567890123456789"


def test_numbers_dates_and_empty_cells_are_typed(tmp_path):
    frames = _frames([_deck("a"), _deck("b", extracted_at=None, pages=None)], [_mention("a", "19億円", x0=12.5)])
    book = load_workbook(write_workbook(tmp_path, frames))
    a, b = _cells(book["decks"])
    assert a["extracted_at"].is_date and a["extracted_at"].value == dt.datetime(2026, 5, 9, 10, 11, 12)
    assert b["extracted_at"].value is None and b["pages"].value is None and b["error"].value is None
    (m,) = _cells(book["mentions"])
    assert m["x0"].data_type == "n" and m["x0"].value == 12.5
    assert m["top"].value is None  # an empty number stays empty, not 0 or NaN
    # the dictionary types min/max as text (a number or an ISO date): they stay text
    assert m["min"].data_type == "s" and m["min"].value == "1900000000"


def test_every_table_of_the_dictionary_has_a_sheet_after_the_column_descriptions(tmp_path):
    book = load_workbook(write_workbook(tmp_path, _frames([_deck("a")], [])))
    assert book.sheetnames == [COLUMNS_SHEET, *sheet_names(list(TABLES)).values()]
    described = {(r[0].value, r[2].value) for r in book[COLUMNS_SHEET].iter_rows(min_row=2) if r[2].value}
    assert described == {(t.name, c.name) for t in TABLES.values() for c in t.columns}
    for name, t in TABLES.items():
        ws = book[name]
        assert [c.value for c in ws[1]] == t.names
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert book[COLUMNS_SHEET].freeze_panes == "A2"


def test_only_given_tables_are_written_in_the_dictionary_order(tmp_path):
    frames = {"runs": frame([], "runs"), "decks": frame([_deck("a")], "decks")}
    book = load_workbook(write_workbook(tmp_path, frames))
    assert book.sheetnames == [COLUMNS_SHEET, *[t for t in TABLES if t in frames]]


def test_a_cell_longer_than_excel_allows_is_cut_not_lost(tmp_path):
    long = "億" * (MAX_CELL + 10)
    book = load_workbook(write_workbook(tmp_path, _frames([_deck("a", error=long)], [])))
    (deck,) = _cells(book["decks"])
    assert len(deck["error"].value) == MAX_CELL and deck["error"].value.endswith("…")


@pytest.mark.parametrize("names,expected", [
    (["decks"], ["decks"]),
    (["a" * 40], ["a" * 31]),
    (["a/b", "a:b"], ["a_b", "a_b~2"]),
    ([COLUMNS_SHEET], [f"{COLUMNS_SHEET}~2"]),
])
def test_sheet_names_are_what_excel_accepts_and_unique(names, expected):
    assert list(sheet_names(names).values()) == expected


def test_published_with_the_other_formats_and_linked_when_nothing_changed(tmp_path):
    frames = _frames([_deck("000956094")], [_mention("000956094", "=1+1")])
    first, second = tmp_path / "g1", tmp_path / "g2"
    first.mkdir()
    second.mkdir()
    assert first / WORKBOOK_FILE in publish_all(first, frames)
    publish_all(second, frames, unchanged=set(frames), prev=first)
    assert (second / WORKBOOK_FILE).stat().st_ino == (first / WORKBOOK_FILE).stat().st_ino
    third = tmp_path / "g3"
    third.mkdir()
    publish_all(third, frames, unchanged=set(frames) - {"decks"}, prev=first)  # a table changed: written anew
    assert (third / WORKBOOK_FILE).stat().st_ino != (first / WORKBOOK_FILE).stat().st_ino
    assert load_workbook(third / WORKBOOK_FILE)["decks"]["A2"].value == "000956094"
