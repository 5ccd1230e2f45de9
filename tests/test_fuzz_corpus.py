"""Replays the fuzzing corpus (tests/data/fuzz/, grown by `make fuzz`) through the same checks as the
fuzz targets, so every input the fuzzer kept, and any crash it found, stays a regression test."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.ingest import read_deck
from extract.model import DeckError
from extract.numbers import parse_compound, parse_kanji, parse_plain

from .conftest import ROOT
from .helpers import lines_of, mentions_of

CORPUS = ROOT / "tests" / "data" / "fuzz"


def _inputs(kind: str) -> list[Path]:
    return sorted((CORPUS / kind).iterdir())


def test_the_corpus_is_there():
    assert len(_inputs("rules")) >= 50 and len(_inputs("pdf")) >= 10


@pytest.mark.parametrize("path", _inputs("rules"), ids=lambda p: p.name[:12])
def test_rules_corpus(path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    parse_compound(text), parse_plain(text), parse_kanji(text)
    lines = lines_of(text.split("\n")[:20])
    for m in mentions_of(lines, doc="fuzz"):
        assert m.text in lines[m.line - 1].text
        if m.min is not None and m.max is not None:
            assert m.min <= m.max


@pytest.mark.parametrize("path", _inputs("pdf"), ids=lambda p: p.name[:12])
def test_pdf_corpus(path, tmp_path):
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(path.read_bytes())
    try:
        read_deck(deck)
    except DeckError as e:
        assert e.reason
