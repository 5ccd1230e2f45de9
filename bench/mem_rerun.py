"""Peak memory of a one-changed re-run (issue 25), per process and per stage, without a profiler.

Over a kept scale output (`bench/scale.py --work DIR`), one text deck is changed and the library's run made in
a child process (a sampling thread in the run's own process would stop it from forking its report: `aside`
forks only a one-thread process). This process samples every 0.1 s the PSS of the run's process and of each
of its descendants (the decks' forkserver and its children, the report and the Data Docs forked beside
publishing), each under the stage the run had reached (the run writes each stage's start to a file);
`--tracemalloc N` also prints the N largest allocation sites of the run's process at the end of each stage and,
in publishing, before the DuckDB file and before the workbook are written (Python objects only; slows the run).

Which code runs is the `extract` the path gives: put another tree's `src` first in PYTHONPATH to measure it.

usage: python bench/mem_rerun.py --work DIR [--size 5000] [--tracemalloc 12]
prints the peak PSS (MB) of the tree, and per process its peak with the stage it was reached in
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.append(str(Path(__file__).resolve().parents[1]))


def _name(p: Any, me: int) -> str:
    if p.pid == me:
        return "run"
    try:
        cmd = " ".join(p.cmdline())
    except Exception:  # noqa: BLE001 - a process gone while it is looked at
        return "?"
    if "forkserver" in cmd:
        return "forkserver"
    try:
        parent = p.ppid()
    except Exception:  # noqa: BLE001 - gone
        return "?"
    return f"fork {p.pid}" if parent == me else f"child of {parent}"


def child(a: argparse.Namespace) -> None:
    """The run, in this process: each stage's start (and, with --tracemalloc, its largest allocation sites at
    its end) written to `a.marks` for the sampling parent."""
    from bench.scale import change_one
    from extract.options import RunOptions
    from extract.run import Hooks, _beside, run

    marks = open(a.marks, "a", encoding="utf-8")  # noqa: SIM115 - open for the whole run

    def mark(text: str) -> None:
        marks.write(f"{time.time():.3f} {text}\n")
        marks.flush()

    def snap(label: str) -> None:
        if not a.tracemalloc:
            return
        import tracemalloc

        cur, peak = tracemalloc.get_traced_memory()
        print(f"-- after {label}: traced now {cur / 2**20:.0f} MB, peak {peak / 2**20:.0f} MB", flush=True)
        for s in tracemalloc.take_snapshot().statistics("lineno")[: a.tracemalloc]:
            print(f"   {s.size / 2**20:7.1f} MB  {s.count:8d}  {s.traceback[0]}", flush=True)
        tracemalloc.reset_peak()

    def stage(name: str, fn: Callable[..., Any], *args: Any) -> Any:
        mark(name)
        try:
            return fn(*args)
        finally:
            snap(name)

    def beside(name: str, fn: Callable[..., Any], cores: int, *args: Any) -> Callable[[], Any]:
        mark(f"{name} started")
        return _beside(name, fn, cores, *args)

    if a.tracemalloc:
        import tracemalloc

        from extract.publish import formats

        def snapped(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
            def call(*args: Any, **kw: Any) -> Any:
                snap(f"publish, before {name}")
                return fn(*args, **kw)
            return call

        for name in ("write_duckdb", "publish_workbook"):  # inside publishing, where its peak is
            setattr(formats, name, snapped(name, getattr(formats, name)))
        tracemalloc.start()
    raw, out = a.work / f"raw_{a.size}", a.work / f"out_{a.size}"
    change_one(raw, a.size)
    mark("plan+extract")
    run(RunOptions(raw=raw, out_dir=out, workers=2, settle_seconds=0, deck_timeout=900.0), Hooks(stage=stage, beside=beside))
    mark("end")
    import extract

    print(f"code: {Path(extract.__file__).parent}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--tracemalloc", type=int, default=0, help="allocation sites shown at the end of each stage")
    ap.add_argument("--marks", type=Path, default=None, help=argparse.SUPPRESS)  # set: this is the run's process
    a = ap.parse_args()
    if a.marks is not None:
        child(a)
        return
    import os
    import subprocess
    import tempfile

    import psutil

    from bench.scale import _pss

    marks = Path(tempfile.mkstemp(prefix="mem-rerun-")[1])
    cmd = [sys.executable, __file__, "--work", str(a.work), "--size", str(a.size), "--tracemalloc", str(a.tracemalloc),
           "--marks", str(marks)]
    proc = subprocess.Popen(cmd, env=os.environ)
    samples: list[tuple[float, dict[str, float]]] = []
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        by: dict[str, float] = {}
        for p in procs:
            k = _name(p, proc.pid)
            by[k] = by.get(k, 0.0) + _pss(p.pid) / 2**20
        samples.append((time.time(), by))
        time.sleep(0.1)
    stages = [(float(t), name) for t, name in (ln.split(" ", 1) for ln in marks.read_text(encoding="utf-8").split("\n") if ln)]
    marks.unlink()

    def stage_at(t: float) -> str:
        return ([name for at, name in stages if at <= t] or ["start"])[-1]

    peaks: dict[str, tuple[float, str]] = {}
    for t, by in samples:
        for k, mb in by.items():
            if mb > peaks.get(k, (0.0, ""))[0]:
                peaks[k] = (mb, stage_at(t))
    t, by = max(samples, key=lambda s: sum(s[1].values()))
    print(f"peak PSS of the tree: {sum(by.values()):.0f} MB in {stage_at(t)} "
          f"({', '.join(f'{k} {v:.0f}' for k, v in sorted(by.items()))})")
    for k, (mb, st) in sorted(peaks.items()):
        print(f"  {k}: peak {mb:.0f} MB in {st}")
    for name in sorted({n for _, n in stages}):
        got = [sum(by.values()) for t, by in samples if stage_at(t) == name]
        print(f"  tree peak during {name}: {max(got, default=0):.0f} MB")


if __name__ == "__main__":  # the decks' forkserver imports this module as __mp_main__: nothing may run then
    main()
