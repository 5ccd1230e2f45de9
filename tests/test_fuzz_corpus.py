"""Replays the fuzzing corpus (tests/data/fuzz/, grown by `make fuzz`) through the same checks as the
fuzz targets, so every input the fuzzer kept, and any crash it found, stays a regression test."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.ingest import read_deck
from extract.mentions import extract_lines
from extract.model import DeckError, Line
from extract.numbers import parse_compound, parse_kanji, parse_plain
from extract.rules.engine import RuleContext

from .conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "fuzz"


def _inputs(kind: str) -> list[Path]:
    return sorted((CORPUS / kind).iterdir())


def test_the_corpus_is_there():
    assert len(_inputs("rules")) >= 50 and len(_inputs("pdf")) >= 10


@pytest.mark.parametrize("path", _inputs("rules"), ids=lambda p: p.name[:12])
def test_rules_corpus(path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    parse_compound(text), parse_plain(text), parse_kanji(text)
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(text.split("\n")[:20])]
    for m in extract_lines("fuzz", lines, RuleContext(deck_year=2024)):
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
