"""Start-up and first-run cost of `extract run`, as a user meets it (make bench).

1. A run with nothing to do (the repository's raw/ decks, published once) against
   `python -c "import pandas"`, both measured here, best of N: aim under 3x.
2. A first run over ../shared/decks/wild/ (nine real PDFs) against pdfplumber's own
   `extract_text_lines()` on every page of them, back to back in one process: aim <= 1.3x. Where the
   time goes comes from the CLI's progress lines, timestamped as they arrive. Skipped cleanly when
   ../shared is absent (a fresh clone).

usage: python bench/startup.py [--repeat N] [--skip-wild]; writes bench/results/startup.json
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WILD = ROOT.parent / "shared" / "decks" / "wild"
RESULTS = ROOT / "bench" / "results"

FLOOR = """
import sys, pdfplumber
pages = 0
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text_lines()
            pages += 1
            page.close()
print(pages)
"""


def env(home: Path) -> dict[str, str]:
    e = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}", "PREFECT_HOME": str(home),
         "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "COLUMNS": "120"}
    e.pop("PREFECT_API_URL", None)  # the temporary server, as a user's first run has
    return e


def wall(cmd: list[str], e: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    t = time.perf_counter()
    r = subprocess.run(cmd, env=e, capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - t, r


def best(cmd: list[str], e: dict[str, str], n: int) -> float:
    return min(wall(cmd, e)[0] for _ in range(n))


def copy_decks(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True)
    old = time.time() - 3600  # not "still being written"
    for p in sorted(src.iterdir()):
        if p.suffix.lower() in (".pdf", ".txt"):
            shutil.copy(p, dst / p.name)
            os.utime(dst / p.name, (old, old))


def timed_run(cmd: list[str], e: dict[str, str]) -> tuple[float, int, list[tuple[float, str]]]:
    """Run the CLI, timestamping each progress line (stderr) as it arrives."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=e, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines = []
    assert proc.stderr is not None
    for line in proc.stderr:
        lines.append((round(time.perf_counter() - t0, 2), line.rstrip()))
    proc.wait()
    return time.perf_counter() - t0, proc.returncode, lines


def where_time_goes(total: float, lines: list[tuple[float, str]]) -> dict[str, float]:
    """Phases from the plain progress lines: start-up (imports, plan, Prefect's server) until the first
    deck is done, extraction until the last, then each stage until the next and the exit."""
    decks = [t for t, l in lines if l.startswith(("✓ ", "✗ "))]
    stages = [(t, l[2:].strip()) for t, l in lines if l.startswith("… ")]
    out: dict[str, float] = {}
    if decks:
        out["until the first deck is done (imports, plan, Prefect server, first deck)"] = decks[0]
        out["extracting the other decks"] = round(decks[-1] - decks[0], 2)
    marks = stages + [(round(total, 2), "exit")]
    for (t, name), (t_next, _) in zip(marks, marks[1:]):
        out[name] = round(t_next - t, 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-wild", action="store_true")
    a = ap.parse_args()
    py = sys.executable
    res: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp_:
        tmp = Path(tmp_)
        e = env(tmp / "prefect")
        raw, out = tmp / "raw", tmp / "out"
        copy_decks(ROOT / "raw", raw)
        cli = [py, "-m", "deck_to_data_flows.cli", "run", str(raw), "--out", str(out), "-q"]
        first, r = wall(cli, e)
        noop = best(cli, e, a.repeat)
        pandas = best([py, "-c", "import pandas"], e, a.repeat)
        res["no_change"] = {"decks": len(list(raw.iterdir())), "first_run_s": round(first, 2),
                            "first_run_exit": r.returncode, "no_change_run_s": round(noop, 3),
                            "import_pandas_s": round(pandas, 3), "ratio": round(noop / pandas, 2), "aim": "< 3"}
        print(json.dumps(res["no_change"]), flush=True)
        if a.skip_wild or not WILD.is_dir():
            res["wild"] = {"skipped": f"{WILD} not found" if not WILD.is_dir() else "--skip-wild"}
        else:
            pdfs = sorted(str(p) for p in WILD.glob("*.pdf"))
            t, r = wall([py, "-c", FLOOR, *pdfs], e)
            floor, pages = t, int(r.stdout.strip() or 0)
            wraw, wout = tmp / "wild", tmp / "wild_out"
            copy_decks(WILD, wraw)
            total, code, lines = timed_run([py, "-m", "deck_to_data_flows.cli", "run", str(wraw), "--out", str(wout)], e)
            res["wild"] = {"pdfs": len(pdfs), "pages": pages, "pdfplumber_extract_text_lines_s": round(floor, 2),
                           "first_run_s": round(total, 2), "exit": code, "ratio": round(total / floor, 2),
                           "aim": "<= 1.3", "where_the_time_goes_s": where_time_goes(total, lines),
                           "cpus": os.cpu_count()}
        print(json.dumps(res["wild"], ensure_ascii=False), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "startup.json").write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
