"""Ingest on real inputs: the text deck, a generated PDF, and every kind of broken file."""
from __future__ import annotations

import pytest

from extract.ingest import deck_files, read_deck
from extract.model import DeckError
from tests.fixtures.pdfs import make_encrypted, make_truncated


def test_text_deck_keeps_line_numbers_split_on_newline_only(tmp_path, sample_deck_path):
    deck = read_deck(sample_deck_path)
    assert deck.doc == "mext_intl_2024-05-09" and deck.source_type == "txt"
    assert deck.lines[5].line == 6 and deck.lines[5].text == "令和６年５月９日"
    assert deck.lines[5].page is None
    p = tmp_path / "ff.txt"
    p.write_bytes("a\x0cb\n1億円\r\n".encode())
    lines = read_deck(p).lines
    assert [(l.line, l.text) for l in lines] == [(1, "a\x0cb"), (2, "1億円"), (3, "")]


def test_pdf_deck_is_read_page_by_page(slides_pdf):
    deck = read_deck(slides_pdf)
    assert deck.source_type == "pdf" and deck.pages == 4
    assert {l.page for l in deck.lines} == {1, 2, 3, 4}
    assert all(l.line is None for l in deck.lines)
    page2 = " ".join(l.text for l in deck.lines if l.page == 2)
    assert "令和6年度予算額（案）11億円" in page2


@pytest.mark.parametrize("name, make, reason", [
    ("empty.txt", lambda p: p.write_bytes(b""), "empty file"),
    ("binary.txt", lambda p: p.write_bytes(bytes(range(1, 256)) * 8), "not text"),  # Shift_JIS is read now
    ("empty.pdf", lambda p: p.write_bytes(b""), "empty file"),
    ("notpdf.pdf", lambda p: p.write_text("hello, I am text"), "not a PDF"),
    ("garbage.pdf", lambda p: p.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50), "unreadable PDF"),
])
def test_bad_inputs_fail_with_a_clear_reason(tmp_path, name, make, reason):
    p = tmp_path / name
    make(p)
    with pytest.raises(DeckError) as e:
        read_deck(p)
    assert reason in e.value.reason


def test_encrypted_and_truncated_pdfs(tmp_path, slides_pdf):
    with pytest.raises(DeckError) as e:
        read_deck(make_encrypted(tmp_path / "locked.pdf"))
    assert "encrypted" in e.value.reason
    with pytest.raises(DeckError) as e:
        read_deck(make_truncated(tmp_path / "cut.pdf", slides_pdf))
    assert e.value.reason


def test_deck_files_lists_only_decks_sorted(tmp_path):
    for n in ("b.pdf", "a.txt", "notes.md", "c.PDF"):
        (tmp_path / n).write_text("x")
    assert [p.name for p in deck_files(tmp_path)] == ["a.txt", "b.pdf", "c.PDF"]
