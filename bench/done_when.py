"""Issue 25's Done-when, every number measured by `make bench` (`run_all.py` calls `measure` then `targets`), each
printed against its target:

- the wild PDFs, first run into an empty output, against pdfplumber's `extract_text_lines()` over the same files
  in one process: 2 workers <= 1.3x (the 1-worker figure reported), wall and CPU (`workers.py`, whole tree);
- the 612-page budget book: <= 1.5x pdfplumber's own pass, and its peak memory (`workers.py`);
- scale, N text decks + N/50 PDFs (`scale.py`): time per deck flat (the marginal CPU seconds per added deck of
  each step of sizes within 1.2x of each other), peak PSS of the process tree < 1 GB, one changed deck
  re-run <= the same re-run at the smallest size + 5 CPU-s, a no-change run <= 1 s;
- the same tables for 1 and 2 workers and for a real `dask scheduler` with two `dask worker` processes
  (`tests/test_workers.py`, run here);
- no speed-up bought with lower scores: `score_all.py` against `results/score_all_baseline.json` (the scores of
  main when it was last updated: update it on purpose, with the change that moves a score).

usage: python bench/done_when.py [--quick] [--only scale,tables,scores]   (run_all.py runs it all; --quick: scale
at 10, 50, 100, 200 decks)
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
#: the targets of issue 25's Done-when
WILD_RATIO, BOOK_RATIO, FLAT, PEAK_MB, ONE_CHANGED_S, NO_CHANGE_S = 1.3, 1.5, 1.2, 1024, 5.0, 1.0
#: the tests that publish with 1 and 2 workers and on a real Dask cluster, and compare the files
SAME_TABLES = ["tests/test_workers.py::test_two_workers_publish_the_same_files_as_one",
               "tests/test_workers.py::test_the_comparison_sees_a_changed_deck",
               "tests/test_workers.py::test_a_dask_cluster_publishes_the_same_files"]
#: scores compared with the baseline: (set, key) -> the figures that must not fall
SCORED = ("f1", "value_acc")


def _run(args: list[str], timeout: float = 4 * 3600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def scale(quick: bool) -> dict[str, Any]:
    sizes = ["10", "50", "100", "200"] if quick else ["10", "100", "1000", "5000"]
    proc = _run([str(ROOT / "bench" / "scale.py"), "--sizes", *sizes, "--name", "scale"])
    if proc.returncode:
        return {"error": proc.stderr[-800:]}
    return json.loads((RESULTS / "scale.json").read_text(encoding="utf-8"))


def same_tables() -> dict[str, Any]:
    proc = _run(["-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", *SAME_TABLES], timeout=3600)
    return {"tests": SAME_TABLES, "passed": proc.returncode == 0, "tail": proc.stdout[-600:]}


def scores() -> dict[str, Any]:
    out = RESULTS / "score_all.json"
    proc = _run([str(ROOT / "bench" / "score_all.py"), "--json", str(out), "--no-timing"], timeout=3600)
    if proc.returncode:
        return {"error": proc.stderr[-800:]}
    return {"now": json.loads(out.read_text(encoding="utf-8")),
            "baseline": json.loads((RESULTS / "score_all_baseline.json").read_text(encoding="utf-8"))}


def measure(quick: bool, only: set[str] | None = None) -> dict[str, Any]:
    """Every measurement of the Done-when not made by `run_all.reading_and_incremental` (the wild set and the book)."""
    res: dict[str, Any] = {}
    for name, fn in (("scale", lambda: scale(quick)), ("same_tables", same_tables), ("scores", scores)):
        if only is None or name in only:
            res[name] = fn()
            print(json.dumps({name: res[name]}, ensure_ascii=False)[:600], flush=True)
    return res


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def reading_targets(reading: dict[str, Any]) -> list[str]:
    out = []
    wild = reading.get("wild", {})
    if "ratio_workers_2_to_pdfplumber_median" in wild:
        r2, r1 = wild["ratio_workers_2_to_pdfplumber_median"], wild.get("ratio_workers_1_to_pdfplumber_median")
        c2, c1 = wild.get("cpu_ratio_workers_2_to_pdfplumber_median"), wild.get("cpu_ratio_workers_1_to_pdfplumber_median")
        out.append(f"wild set, first run <= {WILD_RATIO}x pdfplumber (2 workers, wall): {r2}x (1 worker {r1}x; "
                   f"CPU 2 workers {c2}x, 1 worker {c1}x) -> {_verdict(r2 <= WILD_RATIO)}")
    else:
        out.append(f"wild set: not measured ({wild.get('skipped') or wild.get('error', '')[:200]})")
    book = reading.get("budget_book", {})
    if "ratio_workers_1_to_pdfplumber_median" in book:
        r = book["ratio_workers_1_to_pdfplumber_median"]
        peak = book.get("peak_mb", {}).get("workers_1", book.get("peak_rss_mb", {}).get("workers_1"))
        out.append(f"612-page budget book <= {BOOK_RATIO}x pdfplumber (wall): {r}x (CPU "
                   f"{book.get('cpu_ratio_workers_1_to_pdfplumber_median')}x), peak {peak} MB -> {_verdict(r <= BOOK_RATIO)}")
    else:
        out.append(f"612-page budget book: not measured ({book.get('skipped') or book.get('error', '--quick')[:200]})")
    return out


def flat(rows: list[dict[str, Any]]) -> tuple[list[float], float]:
    """The marginal first-run CPU seconds per added deck between consecutive sizes, and the largest over the smallest."""
    steps = [(b["first_run_cpu_s"] - a["first_run_cpu_s"]) / (b["decks"] - a["decks"]) for a, b in zip(rows, rows[1:])]
    steps = [round(s, 4) for s in steps]
    return steps, round(max(steps) / min(steps), 2) if steps and min(steps) > 0 else float("inf")


def scale_targets(sc: dict[str, Any]) -> list[str]:
    rows = sorted(sc.get("sizes", []), key=lambda r: r["decks"])
    if len(rows) < 2:
        return [f"scale: not measured ({sc.get('error', '')[:300]})"]
    small, big = rows[0], rows[-1]
    if len(rows) > 2:  # the steps from the second size on: the first run at the first size is mostly start-up
        steps, spread = flat(rows[1:])
        out = [f"scale, time per deck flat within {FLAT}x ({' / '.join(str(r['decks']) for r in rows)} decks; marginal "
               f"CPU-s per added deck {steps}): {spread}x -> {_verdict(spread <= FLAT)}"]
    else:
        out = ["scale, time per deck flat: not measured (three sizes or more needed)"]
    peak = max(big.get("peak_pss_tree_mb_first", 0), big.get("peak_pss_tree_mb_one_changed", 0))
    out.append(f"scale, peak memory at {big['decks']} decks < {PEAK_MB} MB (PSS of the process tree; RSS summed "
               f"{max(big['peak_rss_tree_mb_first'], big['peak_rss_tree_mb_one_changed'])}): {peak} MB -> {_verdict(peak < PEAK_MB)}")
    extra = round(big["one_changed_cpu_s"] - small["one_changed_cpu_s"], 2)
    out.append(f"scale, one changed deck at {big['decks']} decks <= that deck (the same re-run at {small['decks']}) "
               f"+ {ONE_CHANGED_S} s: {big['one_changed_cpu_s']} CPU-s against {small['one_changed_cpu_s']}, "
               f"+{extra} (wall {big['one_changed_rerun_s']} s against {small['one_changed_rerun_s']}) -> "
               f"{_verdict(extra <= ONE_CHANGED_S)}")
    out.append(f"scale, no-change run at {big['decks']} decks <= {NO_CHANGE_S} s: {big['no_change_rerun_s']} s wall "
               f"({big['no_change_cpu_s']} CPU-s) -> {_verdict(big['no_change_rerun_s'] <= NO_CHANGE_S)}")
    return out


def score_drops(now: dict[str, Any], base: dict[str, Any]) -> list[str]:
    """Every score below its baseline: each set's F1 and value accuracy (every kind), and the budgets tables'
    recall and precision."""
    drops = []
    for name, kinds in base.items():
        if not isinstance(kinds, dict) or name.startswith("budgets"):
            continue
        for kind, s in kinds.items():
            got = now.get(name, {}).get(kind)
            for k in SCORED:
                # a kind gone from the scores (no gold and no prediction of it) fell from nothing above 0
                if isinstance(s, dict) and k in s and (got.get(k, -1) < s[k] if isinstance(got, dict) else s[k] > 0):
                    drops.append(f"{name} {kind} {k} {s[k]} -> {got.get(k) if isinstance(got, dict) else None}")
    for name in ("budgets", "budgets_slides"):
        for k in ("recall", "precision"):
            b, n = base.get(name, {}).get("all", {}).get(k), now.get(name, {}).get("all", {}).get(k)
            if b is not None and (n is None or n < b):
                drops.append(f"{name} {k} {b} -> {n}")
    return drops


def targets(res: dict[str, Any], reading: dict[str, Any]) -> list[str]:
    """Issue 25's Done-when, one line per number against its target."""
    out = reading_targets(reading) + scale_targets(res.get("scale", {}))
    st = res.get("same_tables", {})
    said = "the files are the same" if st.get("passed") else st.get("tail", "not run")[-300:]
    out.append(f"same tables for 1 and 2 workers and a dask scheduler with two dask workers: {said} "
               f"-> {_verdict(bool(st.get('passed')))}")
    sc = res.get("scores", {})
    if "now" in sc:
        drops = score_drops(sc["now"], sc["baseline"])
        out.append(f"no score below score_all_baseline.json: {'; '.join(drops) or 'none lower'} -> {_verdict(not drops)}")
    else:
        out.append(f"scores: not measured ({sc.get('error', '')[:300]})")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", default=None, help="comma-separated: scale, same_tables, scores")
    a = ap.parse_args()
    res = measure(a.quick, set(a.only.split(",")) if a.only else None)
    reading = {k: json.loads((RESULTS / f).read_text(encoding="utf-8")) for k, f in
               (("wild", "workers_wild.json"), ("budget_book", "workers_budget_book.json")) if (RESULTS / f).is_file()}
    print("\n".join(targets(res, reading)))


if __name__ == "__main__":
    main()
