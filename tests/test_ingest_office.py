"""Office decks: the MEXT slide fixture as a .pptx scored like its text and matching the PDF path, a real
budget table as an .xlsx read into TableGrids with sheet/cell provenance, a .docx with its outline, and
hostile or broken Office files failing only themselves with a clear reason."""
from __future__ import annotations

import json
import os

import pytest

from extract.ingest import read_deck
from extract.ingest.excel import format_value
from extract.ingest.word import heading_level
from extract.mentions import extract_deck
from extract.model import DeckError
from extract.tables import tables_of
from tests.fixtures import office, slides

from .conftest import load_scorer

KINDS = ["amount", "duration", "count", "percent", "rank", "fiscal_year", "date"]
DOC = "mext_slides_2024-05-09"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    out = tmp_path_factory.mktemp("office")
    return {p.name: p for p in office.write_all(out)}


@pytest.fixture(scope="module")
def pptx_deck(made):
    return read_deck(made[f"{DOC}.pptx"])


def test_pptx_scores_like_the_text_deck_with_slides_as_pages(pptx_deck):
    pred = [m.record() for m in extract_deck(pptx_deck)]
    res, _ = load_scorer().score(slides.gold(DOC, "ttf"), pred)
    for kind in KINDS:
        assert res[kind]["f1"] >= 0.99 and res[kind]["value_acc"] >= 0.99, (kind, res[kind])
    for attr, v in res["amount_attributes"].items():
        assert v >= 0.99, (attr, v)
    assert pptx_deck.source_type == "pptx" and pptx_deck.pages == len(slides.SLIDES)
    assert {m["page"] for m in pred} == set(range(1, len(slides.SLIDES) + 1))


@pytest.mark.skipif(not slides.TTF.exists() and not os.environ.get("CI"), reason="fonts-ipaexfont not installed")
def test_pptx_budgets_and_programmes_match_the_pdf_path(pptx_deck, tmp_path):
    pdf = read_deck(slides.build(tmp_path / f"{DOC}.pdf", "ttf"))

    def published(deck):
        recs = [m.record() for m in extract_deck(deck)]
        budgets = tables_of(recs)["budgets"].drop(columns=["x0", "top", "x1", "bottom"]).astype(str)
        names = sorted((r["page"], r["text"], str(r["program"])) for r in recs if r["kind"] == "amount")
        return budgets.values.tolist(), names

    pdf_budgets, pdf_names = published(pdf)
    pptx_budgets, pptx_names = published(pptx_deck)
    assert len(pdf_budgets) >= 5
    assert pptx_budgets == pdf_budgets
    assert pptx_names == pdf_names


def test_pptx_layout_notes_groups_tables_and_margins(pptx_deck):
    texts = [l.text for l in pptx_deck.lines]
    assert not any("99億円" in t for t in texts)  # speaker notes are not read for mentions
    assert "99億円" in pptx_deck.speaker_notes[2]
    later = [l.text for l in pptx_deck.lines if l.page > 1]  # slide 1 states 資料１－１ in its body
    assert slides.HEADER not in later and slides.FOOTER not in later  # repeated on every slide: dropped
    assert not any(t.strip().isdigit() for t in texts)  # slide numbers dropped
    assert "新興国・途上国" in texts  # vertical text (eaVert) is one line
    last = [l for l in pptx_deck.lines if l.page == len(slides.SLIDES)]
    assert any("72億円" in l.text for l in last)  # boxes inside a group shape are read
    titles = [l for l in pptx_deck.lines if l.level == 0]
    assert [t.page for t in titles] == list(range(2, len(slides.SLIDES) + 1))  # slide 1's title is empty
    body = next(l for l in pptx_deck.lines if l.page == 2 and l.level is None)

    def size(line):
        return sorted(b[3] - b[1] for b in line.boxes if b is not None)[len(line.text) // 2]

    assert size(titles[0]) > size(body)  # type size on the boxes, as on PDFs
    [grid] = pptx_deck.tables
    assert grid.page == 4 and grid.reader == "pptx" and len({c.row for c in grid.cells}) == 5
    assert all(c.ref and c.ref.startswith("shape ") and c.bbox for c in grid.cells)
    m = next(m for m in extract_deck(pptx_deck) if m.text == "2,527百万円")
    assert m.page == 4 and m.ref and m.ref.endswith("R2") and m.x0 is not None


@pytest.fixture(scope="module")
def budget_book(made):
    return read_deck(made["nankoku_r8_mokutekibetsu.xlsx"])


def test_xlsx_budget_table_as_a_tablegrid_with_sheet_and_cell_provenance(budget_book):
    """The budget sheet's used range as one TableGrid (the cells/budgets tables are built from TableGrids by
    the tables step: this test stops at the grid)."""
    assert budget_book.source_type == "xlsx"
    [grid] = budget_book.tables
    assert grid.page == 1 and grid.reader == "xlsx"
    cells = {c.ref: c for c in grid.cells}
    first = office.BUDGET_ROWS[0]
    assert (cells["歳出!A5"].text, cells["歳出!B5"].number, cells["歳出!B5"].text) == (first[0], first[1], f"{first[1]:,}")
    assert cells["歳出!D5"].text == f"△{first[2] - first[1]:,}"  # the negative section of the format
    assert cells["歳出!E5"].text == "△0.4%"
    assert (cells["歳出!B3"].col_span, cells["歳出!A3"].row_span) == (2, 2)  # merged header cells
    assert "歳出!C3" not in cells and "歳出!A4" not in cells  # covered by a merge
    total = next(c for c in grid.cells if c.text == "合計")
    assert cells[f"歳出!B{total.row + 1}"].number == office.BUDGET_TOTAL[0]  # the formula's cached value
    for ref, cell in cells.items():
        assert ref == f"歳出!{'ABCDE'[cell.col]}{cell.row + 1}"
    every = " ".join(c.text for c in grid.cells) + " ".join(l.text for l in budget_book.lines)
    assert "999,999,999" not in every and "1億円" not in every  # the hidden row and the hidden sheet
    assert any("hidden rows" in n for n in budget_book.notes) and any("作業" in n for n in budget_book.notes)
    assert budget_book.lines[0].text == office.BUDGET_TITLE and budget_book.lines[0].ref == "歳出!1:1"
    fy = [m for m in extract_deck(budget_book) if m.kind == "fiscal_year"]
    assert [m.min for m in fy[:1]] == [2026]  # the sheet's title row is read


@pytest.mark.parametrize("value,fmt,shown", [
    (1234567, "#,##0", "1,234,567"),
    (1234567, "General", "1234567"),
    (1234567.0, None, "1234567"),
    (-855, '#,##0;"△"#,##0', "△855"),
    (855, '#,##0;"△"#,##0', "855"),
    (-855, "#,##0", "-855"),
    (0.0845, "0.0%", "8.5%"),
    (-0.0845, '0.0%;"▲"0.0%', "▲8.5%"),
    (1234567, "#,##0,", "1,235"),  # a trailing comma: thousands
    (12.5, "0.00", "12.50"),
    (3, '0"件"', "3件"),
    (1234, "[Red]#,##0", "1,234"),
    ("令和6年度", "@", "令和6年度"),
    (None, "#,##0", ""),
    (True, "General", "TRUE"),
])
def test_number_formats_as_excel_shows_them(value, fmt, shown):
    assert format_value(value, fmt) == shown


@pytest.mark.parametrize("style,outline,level", [
    ("Heading 1", None, 1), ("heading 3", None, 3), ("見出し 2", None, 2), ("Title", None, 0),
    ("Normal", "1", 2), ("Normal", None, None), ("List Paragraph", None, None), (None, "9", None),
])
def test_heading_levels(style, outline, level):
    assert heading_level(style, outline) == level


def test_docx_outline_and_tables(made):
    deck = read_deck(made["mext_notes.docx"])
    assert deck.source_type == "docx"
    levels = {l.text: l.level for l in deck.lines if l.level is not None}
    lines = slides.deck_lines()
    assert levels == {slides._text(2, lines): 0, slides._text(603, lines): 1, slides._text(1246, lines): 2}
    assert [l.line for l in deck.lines] == list(range(1, len(deck.lines) + 1))
    [grid] = deck.tables
    header = next(c for c in grid.cells if c.text == "予算額")
    assert (header.col_span, header.ref) == (2, "table 1 R1C2")
    ms = {m.text: m for m in extract_deck(deck) if m.kind == "amount"}
    assert ms["2,527百万円"].role == "budget" and ms["2,527百万円"].ref == "table 1 R2"


@pytest.mark.parametrize("name,status,reason", [
    ("bomb.pptx", "failed", "zip bomb"),
    ("truncated.pptx", "failed", "truncated PowerPoint file"),
    ("dtd.docx", "failed", "DTD"),
    ("locked.xlsx", "encrypted", "password"),
])
def test_hostile_and_broken_office_files(made, name, status, reason):
    with pytest.raises(DeckError) as e:
        read_deck(made[name])
    assert e.value.status == status and reason in e.value.reason, e.value.reason


@pytest.mark.parametrize("name,body,reason", [
    ("slides.pptx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old binary PowerPoint file"),
    ("book.xlsx", b"<html>a web page saved as .xlsx</html>", "not a Excel file"),
    ("empty_zip.docx", b"PK\x05\x06" + b"\0" * 18, "no [Content_Types].xml"),
])
def test_not_office_files(tmp_path, name, body, reason):
    (tmp_path / name).write_bytes(body)
    with pytest.raises(DeckError) as e:
        read_deck(tmp_path / name)
    assert e.value.status == "failed" and reason in e.value.reason, e.value.reason


@pytest.mark.parametrize("macro,plain", [
    ("macro.pptm", f"{DOC}.pptx"), ("macro.xlsm", "nankoku_r8_mokutekibetsu.xlsx"), ("macro.docm", "mext_notes.docx"),
])
def test_macro_enabled_files_are_read_with_their_macros_dropped(made, macro, plain):
    deck, twin = read_deck(made[macro]), read_deck(made[plain])
    assert [l.text for l in deck.lines] == [l.text for l in twin.lines]
    assert deck.source_type == twin.source_type
    assert any("macros dropped unread" in n for n in deck.notes)
    assert not any("macros" in n for n in twin.notes)


def test_the_gold_of_the_pptx_is_the_pdf_fixtures(tmp_path):
    """The .pptx is scored against the TrueType PDF fixture's committed gold: the same slides, the same lines."""
    committed = (slides.ROOT / "tests" / "data" / "slides" / "mext_slides_ttf_2024-05-09.jsonl").read_text(encoding="utf-8")
    rows = [{**json.loads(l), "doc": DOC} for l in committed.splitlines()]
    assert rows == slides.gold(DOC, "ttf")


def _mutations(data: bytes, seed: int, n: int) -> list[bytes]:
    """Damaged copies of a package: cut at a random point, bytes overwritten, a block duplicated."""
    import random

    rng = random.Random(seed)
    out = []
    for k in range(n):
        cut = rng.randrange(1, len(data))
        if k % 3 == 0:
            out.append(data[:cut])
        elif k % 3 == 1:
            buf = bytearray(data)
            for _ in range(8):
                buf[rng.randrange(len(buf))] = rng.randrange(256)
            out.append(bytes(buf))
        else:
            out.append(data[:cut] + data[cut - min(cut, 512):])
    return out


@pytest.mark.parametrize("name", [f"{DOC}.pptx", "nankoku_r8_mokutekibetsu.xlsx", "mext_notes.docx"])
def test_damaged_office_files_give_a_deck_or_a_reason(made, tmp_path, name):
    """Any damage gives a Deck or a DeckError with a one-line reason, never another exception."""
    data = made[name].read_bytes()
    for k, damaged in enumerate(_mutations(data, seed=len(name), n=24)):
        path = tmp_path / f"{k}{made[name].suffix}"
        path.write_bytes(damaged)
        try:
            read_deck(path)
        except DeckError as e:
            assert e.reason and "\n" not in e.reason and e.status in ("failed", "encrypted"), e.reason
