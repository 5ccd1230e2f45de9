"""Our extraction speed against pyNormalizeNumExp's on the MEXT deck, by CPU time (issue 23: ≥ 10×).

The machine is shared, so wall-clock ratios swing with the load; CPU time of the process does not count the
time it waits for a core. Each repeat pairs one run of ours (in this process, the nlp pipeline loaded and
warmed up, as bench/run_all.py times it) with one run of the reference's extraction loop (bench/reference_tools.py
in the benchmark venv, its model loaded outside the timing); the ratio reported is the median of the per-pair
ratios, CPU and wall. Prints JSON (with the machine's load average before and after: quote CPU time when it
is high); `--json OUT` also writes it there. Not a timed test.

usage: python bench/cpu_ratio.py [--reference-python .venv-bench/bin/python] [--repeats 7] [--inner 5] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "raw" / "mext_intl_2024-05-09.txt"
sys.path.insert(0, str(ROOT))


def ours(deck: object, inner: int) -> tuple[float, float]:
    """The median of `inner` extractions of the deck: (CPU seconds, wall seconds)."""
    from extract.mentions import extract_deck

    cpu, wall = [], []
    for _ in range(inner):
        t, c = time.perf_counter(), time.process_time()
        extract_deck(deck)  # type: ignore[arg-type]
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - t)
    return statistics.median(cpu), statistics.median(wall)


def reference(ref_python: str) -> tuple[float, float]:
    """One run of pyNormalizeNumExp's extraction loop over the deck: (CPU seconds, wall seconds)."""
    dest = Path(tempfile.mkdtemp()) / "nne.jsonl"
    proc = subprocess.run([ref_python, str(ROOT / "bench" / "reference_tools.py"), "nne", str(SAMPLE), str(dest)],
                          capture_output=True, text=True, timeout=1800, check=True)
    timing = json.loads(proc.stdout.strip().splitlines()[-1])
    return timing["cpu_seconds"], timing["seconds"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference-python", default=str(ROOT / ".venv-bench" / "bin" / "python"))
    ap.add_argument("--repeats", type=int, default=7, help="paired repeats (the median of their ratios is reported)")
    ap.add_argument("--inner", type=int, default=5, help="runs of ours per repeat (their median is kept)")
    ap.add_argument("--json", type=Path, help="also write the result here")
    args = ap.parse_args()
    load_before = os.getloadavg()
    from extract.context.programs import pipeline
    from extract.ingest import read_deck
    from extract.mentions import extract_deck

    deck = read_deck(SAMPLE)
    pipeline()
    extract_deck(deck)  # warm-up: lazy regexes, caches, Sudachi's first call
    pairs = []
    for _ in range(args.repeats):
        o_cpu, o_wall = ours(deck, args.inner)
        r_cpu, r_wall = reference(args.reference_python)
        pairs.append({"ours_cpu": o_cpu, "ours_wall": o_wall, "nne_cpu": r_cpu, "nne_wall": r_wall})
    med = statistics.median
    text = json.dumps({
        "deck": SAMPLE.name, "repeats": args.repeats, "inner": args.inner,
        "ours_cpu_s": round(med(p["ours_cpu"] for p in pairs), 4), "nne_cpu_s": round(med(p["nne_cpu"] for p in pairs), 4),
        "cpu_ratio": round(med(p["nne_cpu"] / p["ours_cpu"] for p in pairs), 2),
        "ours_wall_s": round(med(p["ours_wall"] for p in pairs), 4), "nne_wall_s": round(med(p["nne_wall"] for p in pairs), 4),
        "wall_ratio": round(med(p["nne_wall"] / p["ours_wall"] for p in pairs), 2),
        "load_average_before": [round(x, 2) for x in load_before], "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "cores": os.cpu_count(),
        "pairs": [{k: round(v, 4) for k, v in p.items()} for p in pairs]}, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
