"""Where a one-changed re-run's time goes (issue 25): over a kept scale output (`bench/scale.py --work DIR`),
one text deck is changed and the library's run profiled in this process (cProfile; the changed deck is read
in its child process, which the profile does not see: that is "the deck"). Reported: the cumulative
profiled seconds of each stage and of the functions that grow with the deck count, and the CPU seconds of
the whole run without the profiler (measured first, on its own re-run).

usage: python bench/profile_rerun.py --work DIR --sizes 1000 5000 [--name profile_rerun]
writes bench/results/<name>.json and <name>.md
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

#: (label, function name as cProfile shows it, file it lives in): cumulative seconds of each
WATCH = [
    ("stage: validate", "validate", "run/merging.py"),
    ("stage: merge", "merge", "run/merging.py"),
    ("stage: report", "report", "run/reporting.py"),
    ("stage: publish", "publish", "run/publishing.py"),
    ("merge: published rows read back (JSON)", "read_published", "publish/generations.py"),
    ("merge: merge_published", "merge_published", "publish/merge.py"),
    ("merge: tables_of (every record)", "tables_of", "extract/tables.py"),
    ("merge: table_rows (every record)", "table_rows", "extract/tables.py"),
    ("merge: programme linker", "program_tables", "linking/frames.py"),
    ("merge: cross-deck check", "validate_cross_deck", "validate/cross_deck.py"),
    ("validate: GX context (Validator)", "__init__", "validate/suites.py"),
    ("publish: write_tables", "write_tables", "publish/writer.py"),
    ("publish: typed()", "typed", "extract/tables.py"),
    ("publish: CSV/JSON segments", "write", "publish/segments.py"),
    ("publish: segments hashed", "segments_of", "publish/segments.py"),
    ("publish: Parquet", "parquet_bytes", "publish/formats.py"),
    ("publish: DuckDB", "write_duckdb", "publish/formats.py"),
    ("publish: workbook", "publish_workbook", "publish/formats.py"),
    ("publish: changes diff", "diff", "publish/changes.py"),
    ("publish: Data Docs", "build_docs", "validate/suites.py"),
    ("publish: manifest", "save_manifest", "extract/state.py"),
    ("publish: commit (fsync, links)", "commit", "publish/generations.py"),
]


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime + ch.ru_utime + ch.ru_stime


def one(work: Path, n: int, dump: Path | None = None) -> dict[str, object]:
    from bench.scale import change_one
    from extract.options import RunOptions
    from extract.run import run

    raw, out = work / f"raw_{n}", work / f"out_{n}"
    opts = RunOptions(raw=str(raw), out_dir=str(out), workers=2, settle_seconds=0)
    change_one(raw, n)
    c0, t0, load0 = _cpu(), time.perf_counter(), os.getloadavg()[0]
    run(opts)  # unprofiled: its CPU seconds (this process and the deck's child)
    plain = {"cpu_s": round(_cpu() - c0, 2), "wall_s": round(time.perf_counter() - t0, 2), "load": round(load0, 2)}
    change_one(raw, n)
    prof = cProfile.Profile(time.process_time)  # CPU seconds: the load of other sessions does not count
    t0 = time.process_time()
    prof.enable()
    run(opts)
    prof.disable()
    total = time.process_time() - t0
    if dump is not None:
        prof.dump_stats(str(dump / f"rerun_{n}.prof"))  # for a closer look: python -m pstats FILE
    stats = pstats.Stats(prof)
    cum: dict[str, float] = {}
    for (file, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for label, fn, where in WATCH:
            if name == fn and file.endswith(where):
                cum[label] = round(cum.get(label, 0.0) + ct, 2)
    top = sorted(((tt, f"{Path(f).name}:{ln} {fn}") for (f, ln, fn), (_cc, _nc, tt, _ct, _c) in stats.stats.items()),  # type: ignore[attr-defined]
                 reverse=True)[:25]
    callers = {}
    for (f, ln, fn), (_cc, _nc, _tt, _ct, cl) in stats.stats.items():  # type: ignore[attr-defined]
        if fn in ("raw_decode", "iterencode", "fsync"):
            callers[f"{Path(f).name}:{ln} {fn}"] = sorted(((round(v[3], 2), f"{Path(k[0]).name}:{k[1]} {k[2]}") for k, v in cl.items()),
                                                          reverse=True)[:6]
    return {"text_decks": n, "callers": callers, "unprofiled": plain, "profiled_wall_s": round(total, 2), "cumulative": cum,
            "top_self": [[round(t, 2), w] for t, w in top]}


def markdown(rows: list[dict[str, object]], name: str) -> str:
    lines = [f"# {name}: a one-changed re-run profiled (cProfile, cumulative profiled seconds)", ""]
    for r in rows:
        plain = r["unprofiled"]
        assert isinstance(plain, dict)
        lines += [f"## {r['text_decks']} text decks + {max(1, int(str(r['text_decks'])) // 50)} PDFs", "",
                  f"Unprofiled: {plain['cpu_s']} CPU-s, {plain['wall_s']} s wall (load {plain['load']}); "
                  f"profiled CPU {r['profiled_wall_s']} s.", "", "| where | profiled CPU s |", "|---|---|"]
        cum = r["cumulative"]
        assert isinstance(cum, dict)
        lines += [f"| {k} | {v} |" for k, v in cum.items()]
        lines += ["", "Top self time:", ""] + [f"- {t} s {w}" for t, w in r["top_self"]]  # type: ignore[attr-defined]
        lines += ["", "Callers:", ""] + [f"- {k}: {v}" for k, v in r["callers"].items()] + [""]  # type: ignore[attr-defined]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--name", default="profile_rerun")
    ap.add_argument("--dump", type=Path, default=None, help="keep each profile here (rerun_<n>.prof)")
    a = ap.parse_args()
    rows = [one(a.work, n, a.dump) for n in a.sizes]
    (RESULTS / f"{a.name}.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (RESULTS / f"{a.name}.md").write_text(markdown(rows, a.name), encoding="utf-8")
    print(markdown(rows, a.name))


if __name__ == "__main__":
    main()
