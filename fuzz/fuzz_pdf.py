"""Coverage-guided fuzzing (atheris) of the PDF ingest entry point: any bytes must give a Deck or a
DeckError with a reason, never another exception.

usage: python fuzz/fuzz_pdf.py [-max_total_time=60] [corpus dir]
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["extract"]):
    from extract.ingest import read_deck
    from extract.model import DeckError

_TMP = Path(tempfile.mkdtemp(prefix="fuzz-pdf-"))


def one_input(data: bytes) -> None:
    path = _TMP / "deck.pdf"
    path.write_bytes(data)
    try:
        read_deck(path)
    except DeckError as e:
        assert e.reason


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
