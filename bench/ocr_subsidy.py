"""OCR measured: the real 27-page subsidy PDF rendered to pictures (300 dpi) and back into an image-only PDF,
read through OCR and scored against the real PDF's page-keyed gold, every kind; also what is left once
validation holds back rows read with confidence under 60. Writes bench/results/ocr_subsidy.json.

usage: python bench/ocr_subsidy.py   (about 3-5 minutes on two cores)
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.ingest import read_deck  # noqa: E402
from extract.mentions import extract_deck  # noqa: E402
from tests.conftest import GOLD, SUBSIDY_PDF, load_scorer  # noqa: E402
from tests.fixtures.scans import make_image_only  # noqa: E402

DOC = "monodukuri_koubo_20ji_2025-04"


def main() -> None:
    scorer = load_scorer()
    gold = [json.loads(l) for l in (GOLD / f"{DOC}.jsonl").read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        scan = make_image_only(SUBSIDY_PDF, Path(tmp) / f"{DOC}.pdf")
        t = time.monotonic()
        deck = read_deck(scan)
        seconds = time.monotonic() - t
    pred = [m.record() for m in extract_deck(deck)]
    kept = [p for p in pred if p["confidence"] is None or p["confidence"] >= 60]
    every, pairs = scorer.score(gold, pred)
    published, _ = scorer.score(gold, kept)
    out = {"pages": deck.pages, "read_seconds": round(seconds, 1), "rows": len(pred), "rows_confidence_60": len(kept),
           "all_rows": every, "after_held_back": published, "misses": misses(gold, pred, pairs, scorer)}
    (ROOT / "bench" / "results" / "ocr_subsidy.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    for kind in ("amount", "duration", "count", "percent", "fiscal_year", "date", "all"):
        print(f"{kind:12} F1 {every[kind]['f1']:.3f}   after held back {published[kind]['f1']:.3f}")


def misses(gold: list[dict], pred: list[dict], pairs: list[tuple[dict, dict]], scorer: object) -> list[str]:
    """Every gold row not found, found with another value, and every row found that the gold has not: page,
    kind, the gold's text and what OCR gave."""
    matched_gold, matched_pred = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    out = [f"p{g['page']} {g['kind']} wrong value: gold {g['text']!r} {g['min']}..{g['max']}, read {p['text']!r} {p['min']}..{p['max']}"
           for g, p in pairs if not scorer.same_value(g, p)]  # type: ignore[attr-defined]
    out += [f"p{g['page']} {g['kind']} missed: gold {g['text']!r}" for g in gold if id(g) not in matched_gold]
    out += [f"p{p['page']} {p['kind']} extra: read {p['text']!r} (confidence {p['confidence']})" for p in pred if id(p) not in matched_pred]
    return out


if __name__ == "__main__":
    main()
