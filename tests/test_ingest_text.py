"""Text decks in the encodings Japanese government files come in are read, their encoding recorded;
bytes that are not text fail with a clear reason (issue 17 #2)."""
from __future__ import annotations

import codecs

import pytest

from extract.ingest import read_deck
from extract.ingest.text import decode_text
from extract.model import DeckError

LINES = [
    "令和6年度予算額 19億円（前年度 17億円）",
    "事業の概要：留学生の受入れ促進、①補助金 ②委託費",
    "ｶﾀｶﾅ混じり 約3,000人",  # half-width katakana: real in cp932 files
    "期間：２０２４年４月～２０２５年３月",
]
SHORT = ["予算", "予算額 19億円", "abc 19"]


def encodings_of(text: str) -> list[tuple[str, bytes]]:
    out = []
    for enc in ("utf-8", "utf-8-sig", "cp932", "shift_jis", "euc_jp", "iso2022_jp", "utf-16", "utf-16-le",
                "utf-16-be"):
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            continue  # ① is not in plain Shift_JIS, ｶﾀｶﾅ not in ISO-2022-JP
        if enc in ("utf-16-le", "utf-16-be"):
            data = (codecs.BOM_UTF16_LE if enc == "utf-16-le" else codecs.BOM_UTF16_BE) + data
        out.append((enc, data))
    return out


EXPECTED = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp932": "cp932", "shift_jis": "cp932",
            "euc_jp": "euc_jp", "iso2022_jp": "iso2022_jp", "utf-16": "utf-16", "utf-16-le": "utf-16",
            "utf-16-be": "utf-16"}


@pytest.mark.parametrize("text", ["\n".join(LINES) + "\n", "\r\n".join(LINES), *LINES, *SHORT])
def test_each_encoding_decodes_to_the_same_text(text):
    cases = encodings_of(text)
    assert len(cases) >= 6
    for enc, data in cases:
        got, used = decode_text(data)
        assert got == text, (enc, used, got)
        if text.isascii() and enc not in ("utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"):
            continue  # plain ASCII is UTF-8 whatever it was written as
        assert used == EXPECTED[enc], (enc, used)


def test_utf16_without_bom_when_it_has_ascii():
    text = "FY2024 予算額 19億円\n"
    assert decode_text(text.encode("utf-16-le")) == (text, "utf-16-le")


@pytest.mark.parametrize("data, reason", [
    (bytes(range(1, 256)) * 8, "not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not text"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(128, 256)) * 10, "not text"),
    ("予算額 19億円".encode() + b"\x00\x01\x02\x03" * 20, "binary content"),
    ("予算".encode("cp932") + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 4, "not text"),
    ("予算".encode() + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 4, "control characters"),
    (codecs.BOM_UTF8 + b"\xff\xfe broken", "byte-order mark"),
])
def test_bytes_that_are_not_text_fail_with_a_reason(data, reason):
    with pytest.raises(DeckError) as e:
        decode_text(data)
    assert reason in e.value.reason


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "cp932", "euc_jp", "utf-16"])
def test_read_deck_records_the_encoding_and_numbers_lines(tmp_path, enc):
    p = tmp_path / f"deck_{enc}.txt"
    lines = [LINES[0], "留学生の受入れ 3,000人", "期間：２０２４年４月から２０２５年３月"]
    p.write_bytes("\n".join(lines).encode(enc))
    deck = read_deck(p)
    assert deck.encoding == EXPECTED[enc]
    assert [(l.line, l.text) for l in deck.lines] == list(enumerate(lines, start=1))
    assert deck.source_type == "txt" and deck.doc == f"deck_{enc}" and deck.file == p.name


def test_pdf_decks_have_no_encoding(slides_pdf):
    assert read_deck(slides_pdf).encoding is None
