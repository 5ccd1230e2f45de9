"""Validation cost per deck at 1, 10 and 100 decks: each table is validated once per run over every
deck's rows, so the cost per added deck is the rows' share, not another Great Expectations run.

usage: python bench/validation_cost.py [--sizes 1 10 100] [--repeat 3] [--out bench/results/validation_cost.json]
The decks are the sample deck under new names (extracted once, its rows copied per name), so only
validation is timed. Best of `repeat` per size, after one warm-up run on a fresh Validator; the
Validator's set-up (the GX context and suites, once per run) is reported apart.
"""
from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "raw" / "mext_intl_2024-05-09.txt"
sys.path.insert(0, str(ROOT / "src"))


def copies(result, n: int) -> list:  # type: ignore[no-untyped-def]
    out = []
    for i in range(n):
        r = copy.deepcopy(result)
        r.doc = f"deck_{i:03d}_2024-05-09"
        r.file = r.doc + ".txt"
        for m in r.records:
            m["doc"] = r.doc
        out.append(r)
    return out


def measure(sizes: list[int], repeat: int) -> dict:
    from extract import run as stages
    from extract.options import packaged_suites
    from extract.validate.stage import validate_decks
    from extract.validate.suites import Validator

    sample = stages.extract_deck_file(SAMPLE)
    t = time.perf_counter()
    validator = Validator(packaged_suites())
    setup = time.perf_counter() - t
    validate_decks(copies(sample, 1), validator)  # warm-up: GX's first run imports and caches
    rows = {}
    for n in sizes:
        best = float("inf")
        for _ in range(repeat):
            decks = copies(sample, n)
            t = time.perf_counter()
            validate_decks(decks, validator)
            best = min(best, time.perf_counter() - t)
            assert all(d.status == "published" for d in decks), [d.error for d in decks if d.error][:1]
        rows[n] = best
        print(f"{n:4d} decks: {best * 1000:8.1f} ms, {best * 1000 / n:7.1f} ms per deck", flush=True)
    out = {"deck": SAMPLE.name, "mentions_per_deck": len(sample.records), "validator_setup_ms": round(setup * 1000, 1),
           "sizes": [{"decks": n, "validation_ms": round(s * 1000, 1), "ms_per_deck": round(s * 1000 / n, 1)}
                     for n, s in rows.items()]}
    if len(sizes) >= 2:
        lo, hi = sorted(sizes)[-2:]
        out["ms_per_added_deck"] = round((rows[hi] - rows[lo]) * 1000 / (hi - lo), 1)
        out["target_ms_per_added_deck"] = 50
        print(f"per added deck ({lo} -> {hi}): {out['ms_per_added_deck']} ms (aim < 50 ms)")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "validation_cost.json")
    args = ap.parse_args(argv)
    res = measure(args.sizes, args.repeat)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
