"""PDF ingest speed and where the time goes: pdfplumber's own parsing (the floor) against our ingest
(layout on top of it) and the extraction stage, on the slide fixtures, the real subsidy PDF and a long
generated deck. Ratios are measured in the same run.

usage: python bench/pdf_ingest.py [--pages 100] [--out bench/results/pdf_ingest.json]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.context.programs import pipeline  # noqa: E402
from extract.ingest import read_deck  # noqa: E402
from extract.mentions import extract_deck  # noqa: E402


def pdfplumber_floor(path: Path) -> tuple[int, float]:
    """pdfplumber alone: open, and per page the text lines we build on (what any user of it pays)."""
    import pdfplumber

    t = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.dedupe_chars().extract_text_lines()
            page.close()
        n = len(pdf.pages)
    return n, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "pdf_ingest.json")
    a = ap.parse_args()
    from tests.fixtures import pdfs, slides

    work = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    decks = [p for p, _ in slides.write_all(work).values()]
    decks.append(ROOT.parent / "shared" / "decks" / "monodukuri_koubo_20ji_2025-04.pdf")
    decks.append(pdfs.make_long_deck(work / f"long_{a.pages}p.pdf", pages=a.pages))
    pipeline()
    rows = []
    for path in decks:
        pages, floor = pdfplumber_floor(path)
        t = time.perf_counter()
        deck = read_deck(path)
        ingest = time.perf_counter() - t
        t = time.perf_counter()
        mentions = extract_deck(deck)
        extract = time.perf_counter() - t
        total = ingest + extract
        rows.append({"deck": path.name, "pages": pages, "mentions": len(mentions),
                     "pdfplumber_floor_s": round(floor, 3), "ingest_s": round(ingest, 3), "extract_s": round(extract, 3),
                     "pages_per_s": round(pages / total, 1), "ingest_over_floor": round(ingest / floor, 2),
                     "end_to_end_over_floor": round(total / floor, 2),
                     "share_in_pdfplumber": round(floor / total, 2)})
        print(json.dumps(rows[-1], ensure_ascii=False))
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
