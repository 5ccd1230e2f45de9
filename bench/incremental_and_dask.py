"""Issue 6's measurements in one process (one Prefect ephemeral API for all runs):

1. the flow over an empty folder (its fixed cost), a first run over the sample decks, and a no-change
   re-run: the re-run should cost about the fixed cost;
2. 50 decks (copies of the samples with a small edit each, so each hashes differently) on the local
   thread pool vs a local Dask cluster of 2 worker processes.

usage: python bench/incremental_and_dask.py [--decks 50]
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--decks", type=int, default=50)
    a = ap.parse_args()
    from flows.extract_decks import extract_decks

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
