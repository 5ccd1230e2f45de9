"""Extraction (rules + spaCy) against pdfplumber's parsing of the same deck, measured in one run.

usage: python bench/extract_vs_pdf.py [PDF ...] [--repeat N]
Prints seconds per stage and the ratio extraction / PDF parsing (the target: well under 1).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from extract.context.programs import pipeline
from extract.ingest import read_deck
from extract.mentions import extract_deck

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "decks" / "monodukuri_koubo_20ji_2025-04.pdf", ROOT / "raw" / "mext_intl_2024-05-09.txt"]


def best_of(fn, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("decks", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    pipeline()  # load spaCy once, outside the timings (a run pays it once per worker)
    rows = []
    for path in a.decks:
        parse_s, deck = best_of(lambda: read_deck(path), a.repeat)  # noqa: B023 (called at once)
        chars = sum(len(l.text) for l in deck.lines)
        extract_s, mentions = best_of(lambda: extract_deck(deck), a.repeat)  # noqa: B023
        row = {"deck": path.name, "pages": deck.pages, "chars": chars, "mentions": len(mentions),
               "parse_s": round(parse_s, 4), "extract_s": round(extract_s, 4),
               "extract_chars_per_s": round(chars / extract_s), "extract_over_parse": round(extract_s / parse_s, 3)}
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
