"""Issue 6's measurements in one process (one Prefect ephemeral API for all runs):

1. the flow over an empty folder (its fixed cost), a first run over the sample decks, and a no-change
   re-run: the re-run should cost about the fixed cost;
2. 50 decks (copies of the samples with a small edit each, so each hashes differently) on the local
   thread pool vs a local Dask cluster of 2 worker processes.

usage: python bench/incremental_and_dask.py [--decks 50]
       python bench/incremental_and_dask.py --library 100 1000   (issue 25: the library's stages, no Prefect)

3. (--library N ...) N small text decks published once through `extract.run.run`, then one of them
   changed: the re-run's stages (plan, extract, validate, merge, report, publish) timed one by one, in
   this process, and its total against a no-change plan and against extracting the one deck alone.
   Writes bench/results/incremental.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")

ROOT = Path(__file__).resolve().parents[1]


def timed(fn, **kw) -> float:
    t = time.perf_counter()
    fn(**kw)
    return round(time.perf_counter() - t, 2)


SMALL = """令和６年度 予算のポイント (copy {i})
〇〇事業 {i} 令和6年度予算額 {a}億円（前年度予算額 {b}億円）
支援期間 3年間、採択件数 {c}件、補助率 1/2
"""


def small_decks(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    old = time.time() - 3600
    for i in range(n):
        p = folder / f"deck_{i:05d}_2024-05-09.txt"
        p.write_text(SMALL.format(i=i, a=10 + i % 90, b=9 + i % 90, c=5 + i % 20), encoding="utf-8")
        os.utime(p, (old, old))


def library_incremental(n: int, work: Path) -> dict[str, object]:
    """One changed deck among n: what each stage of the re-run costs (the library, no Prefect)."""
    from extract import run as stages
    from extract.options import RunOptions

    raw, out = work / f"raw_{n}", work / f"out_{n}"
    small_decks(raw, n)
    opts = RunOptions(raw=raw, out_dir=out, settle_seconds=0)
    t = time.perf_counter()
    stages.run(opts)
    first = time.perf_counter() - t
    changed = raw / "deck_00007_2024-05-09.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("億円（", "億5千万円（", 1), encoding="utf-8")
    os.utime(changed, (time.time() - 3600,) * 2)
    took: dict[str, float] = {}

    def lap(name: str, t0: float) -> float:
        took[name] = round(time.perf_counter() - t0, 3)
        return time.perf_counter()

    t = t0 = time.perf_counter()
    with stages.locked(opts):
        plan = stages.plan_run(opts)
        t = lap("plan", t)
        results = stages.extract_all(plan.process, stages.deck_limits(opts), opts)
        t = lap("extract (the changed deck)", t)
        validated = stages.validate(results, opts)
        t = lap("validate", t)
        merged = stages.merge(validated, opts, plan)
        t = lap("merge", t)
        page = stages.report(merged, validated, opts)
        t = lap("report", t)
        stages.publish(merged, validated, page, opts, plan)
        lap("publish", t)
    total = time.perf_counter() - t0
    t = time.perf_counter()
    stages.plan_run(opts)
    noop = time.perf_counter() - t
    return {"decks": n, "first_run_s": round(first, 2), "changed": len(plan.process),
            "one_changed_rerun_s": round(total, 2), "stages_s": took,
            "after_extraction_s": round(total - took["plan"] - took["extract (the changed deck)"], 2),
            "no_change_plan_s": round(noop, 3)}


def library_main(sizes: list[int]) -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-incr-"))
    try:
        res = {"sizes": [library_incremental(n, work) for n in sizes]}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(res, indent=1, ensure_ascii=False))
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "incremental.json").write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--decks", type=int, default=50)
    ap.add_argument("--library", type=int, nargs="*", default=None, metavar="N")
    a = ap.parse_args()
    if a.library:
        return library_main(a.library)
    from deck_to_data_flows.extract_decks import extract_decks

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    os.environ["DASK_TEMPORARY_DIRECTORY"] = str(work / "dask")
    samples = sorted((ROOT / "raw").glob("*.*"))
    raw = work / "raw"
    raw.mkdir()
    for s in samples:
        shutil.copy(s, raw)
    empty = work / "empty"
    empty.mkdir()
    old = time.time() - 60
    kw = {"settle_seconds": 0}
    res = {}
    timed(extract_decks, raw_dir=empty, out_dir=work / "warm", **kw)  # starts the ephemeral API
    res["fixed_cost_empty_folder_s"] = timed(extract_decks, raw_dir=empty, out_dir=work / "o0", **kw)
    res["first_run_samples_s"] = timed(extract_decks, raw_dir=raw, out_dir=work / "o1", **kw)
    res["no_change_rerun_samples_s"] = timed(extract_decks, raw_dir=raw, out_dir=work / "o1", **kw)

    many = work / "many"
    many.mkdir()
    txt = next(s for s in samples if s.suffix == ".txt").read_text(encoding="utf-8")
    pdfs = [s for s in samples if s.suffix == ".pdf"]
    for i in range(a.decks):
        if i % 5 == 4 and pdfs:  # one in five a PDF (a copy with a trailing comment: different bytes)
            (many / f"deck_{i:03d}.pdf").write_bytes(pdfs[0].read_bytes() + f"\n% copy {i}\n".encode())
        else:
            (many / f"deck_{i:03d}.txt").write_text(txt.replace("令和６年５月９日", f"令和６年５月９日 (copy {i})"),
                                                   encoding="utf-8")
    for p in many.iterdir():
        os.utime(p, (old, old))
    res["decks"] = a.decks
    res["local_threads_s"] = timed(extract_decks, raw_dir=many, out_dir=work / "local", **kw)
    res["dask_local_2_workers_s"] = timed(extract_decks, raw_dir=many, out_dir=work / "dask_out", dask_local=2, **kw)
    res["no_change_rerun_many_s"] = timed(extract_decks, raw_dir=many, out_dir=work / "local", **kw)
    same = all(json.loads((work / "local" / f"{t}.json").read_text()) == json.loads((work / "dask_out" / f"{t}.json").read_text())
               for t in ("mentions", "amounts", "budgets"))
    res["dask_tables_equal_local"] = same
    print(json.dumps(res, indent=1))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
