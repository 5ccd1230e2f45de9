"""Where a first run's wall time goes, process by process (issue 25): one run of the library (`extract.run.run`,
no Prefect) into an empty output, with each stage's start, end and CPU seconds recorded by the process that
ran it: the run's own stages (plan, the deck's child, validate, merge, report, publish), and in the deck's
child its reading (each page reader's share), the rules, the charts and cells beside them.

The deck's child is a forkserver child, which imports this file as `__mp_main__`: the probes are put in
there (module level, below) and in the page readers and forks it makes, which inherit them.

usage: python bench/book_timeline.py PDF_OR_FOLDER [--workers 2]   (prints the timeline, seconds from start; `blocked`:
the seconds the step's thread waited off the CPU, for the disk or a child, which a loaded machine does not stretch)
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

START = time.time()
EVENTS = os.environ.setdefault("BOOK_TIMELINE_EVENTS", f"/tmp/book_timeline_{os.getpid()}.tsv")


def _thread_sched() -> tuple[float, float]:
    """The calling thread's seconds on the CPU and waiting in the run queue (Linux; zeros elsewhere)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as f:
            on, queued, _ = f.read().split()
    except (OSError, ValueError):
        return 0.0, 0.0
    return int(on) / 1e9, int(queued) / 1e9


def _note(label: str, began: float, cpu0: float, sched0: tuple[float, float] | None = None) -> None:
    """One step's line; `sched0`: the thread's `_thread_sched()` when it began, for the seconds it was blocked
    (wall - on the CPU - in the run queue: waits for the disk or another process, which no load stretches)."""
    blocked = ""
    if sched0 is not None:
        on, queued = _thread_sched()
        blocked = f"{time.time() - began - (on - sched0[0]) - (queued - sched0[1]):.3f}"
    line = f"{os.getpid()}\t{label}\t{began:.3f}\t{time.time():.3f}\t{time.process_time() - cpu0:.3f}\t{blocked}\n"
    fd = os.open(EVENTS, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


def probed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        began, cpu0, sched0 = time.time(), time.process_time(), _thread_sched()
        try:
            return fn(*args, **kwargs)
        finally:
            _note(label, began, cpu0, sched0)
    return call


def _probe(module: str, name: str, label: str | None = None) -> None:
    import importlib

    m = importlib.import_module(module)
    setattr(m, name, probed(label or name, getattr(m, name)))


def probe_deck() -> None:
    """The deck child's steps (and its page readers' and fork's, which inherit them)."""
    _probe("extract.run.reading", "read_deck_file", "child: read_deck_file")
    _probe("extract.ingest.pdf", "read_pages", "child: read_pages (all readers)")
    _probe("extract.ingest.page_readers", "_read_share", "reader: its share of pages")
    _probe("extract.run.reading", "_charts_and_cells", "fork: charts and cells")
    _probe("extract.run.reading", "extract_deck_beside", "child: rules (extract_deck_beside)")
    _probe("extract.run.reading", "read_cells", "child: read_cells (waits for the fork)")


if __name__ == "__mp_main__":
    probe_deck()


def main() -> None:
    import argparse
    import shutil
    import tempfile

    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    from functools import partial

    from extract.options import RunOptions
    from extract.run import Hooks, _beside, run

    _note("parent: imports", START, 0.0)
    _probe("extract.run", "plan_run", "parent: plan")
    extracting = probed("parent: extract (waits for the deck's child)", Hooks().extract)  # imports no stage early

    def extract(*args: Any) -> Any:
        got = extracting(*args)
        import extract.run.reporting as reporting  # (imported by now: the stages after extraction)

        if hasattr(reporting, "_draw_figures"):  # the report's pictures drawn beside validate and merge
            _probe("extract.run.reporting", "_draw_figures", "ahead fork: source pictures")
        return got

    def stage(name: str, fn: Callable[..., Any], *args: Any) -> Any:
        return probed(f"parent: {name}", fn)(*args)

    def beside(name: str, fn: Callable[..., Any], cores: int, *args: Any) -> Callable[[], Any]:
        return _beside(name, probed(f"report fork: {name}", fn), cores, *args)

    work = Path(tempfile.mkdtemp(prefix="book-timeline-"))
    raw = work / "raw"
    raw.mkdir()
    for i in a.inputs:
        for p in [i] if i.is_file() else sorted(i.glob("*.pdf")):
            shutil.copy(p, raw / p.name)
            os.utime(raw / p.name, (START - 3600, START - 3600))
    try:
        began, cpu0 = time.time(), time.process_time()
        run(RunOptions(raw=raw, out_dir=work / "out", workers=a.workers, settle_seconds=0),
            Hooks(extract=extract, stage=stage, beside=partial(beside)))
        _note("parent: run()", began, cpu0)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    import resource

    ch, me = resource.getrusage(resource.RUSAGE_CHILDREN), resource.getrusage(resource.RUSAGE_SELF)
    total = ch.ru_utime + ch.ru_stime + me.ru_utime + me.ru_stime
    rows = [line.split("\t") for line in Path(EVENTS).read_text().splitlines()]
    os.remove(EVENTS)
    print(f"wall {time.time() - START:.2f} s, CPU of the process tree {total:.2f} s (waited-for children)")
    print(f"{'start':>7} {'end':>7} {'wall':>6} {'cpu':>6} {'blocked':>7}  pid     step")
    for pid, label, b, e, cpu, blocked in sorted(rows, key=lambda r: float(r[2])):
        b0, e0 = float(b) - START, float(e) - START
        print(f"{b0:7.2f} {e0:7.2f} {e0 - b0:6.2f} {float(cpu):6.2f} {blocked:>7}  {pid:7} {label}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
