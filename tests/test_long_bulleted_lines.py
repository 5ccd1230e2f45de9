"""A long line of bullets (`・50万円 費の下限 ・50万円 …`), each bullet an outline segment with its own figure: the outline,
the lead-in's dates, a price's sentence and a label's year were read per segment over the whole line (12x the time for
4x the text, session 12). Four times the text may cost about four times the time."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from extract.ingest import read_deck
from extract.mentions import extract_deck


def _seconds(path: Path) -> float:
    """The fastest of three runs (CPU seconds: the machine is shared)."""
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        extract_deck(read_deck(path))
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("bullet", ["・50万円 費の下限 ", "○ 1億円（前年度 9千万円） ", "■令和6年度 5人 "])
def test_a_bulleted_line_grows_linearly(tmp_path, bullet):
    sizes = {}
    for n in (6_000, 24_000):
        deck = tmp_path / f"b{n}.txt"
        deck.write_text("補助金の概要\n" + (bullet * (n // len(bullet) + 1))[:n] + "\n", encoding="utf-8")
        sizes[n] = deck
    _seconds(sizes[6_000])  # warm: patterns, Sudachi
    small, big = _seconds(sizes[6_000]), _seconds(sizes[24_000])
    assert big < 7 * small + 0.05, (small, big)
