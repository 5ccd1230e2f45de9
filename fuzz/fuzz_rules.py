"""Coverage-guided fuzzing (atheris) of the number parser and the rules over one line of text.

usage: python fuzz/fuzz_rules.py [-max_total_time=60] [corpus dir]   (make fuzz runs both targets)
A crash (an exception other than a clean result) is a bug: add its input to tests/data/fuzz/ and a
regression test.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from extract.mentions import extract_lines
    from extract.model import Line
    from extract.numbers import parse_compound, parse_kanji, parse_plain
    from extract.rules.engine import RuleContext


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    parse_compound(text)
    parse_plain(text)
    parse_kanji(text)
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(text.split("\n")[:20])]
    for m in extract_lines("fuzz", lines, RuleContext(deck_year=2024)):
        assert m.text in lines[m.line - 1].text
        if m.min is not None and m.max is not None:
            assert m.min <= m.max


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
