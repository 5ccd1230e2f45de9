"""CPU seconds of each stage and step of a one-changed re-run (issue 25), without a profiler.

cProfile inflates code made of many small Python calls three to five times more than C work (JSON, zlib,
DuckDB), so its ranking of a re-run's costs misleads; here each step is timed by `time.process_time`
around its call (this process only; a step inside another is counted in both). Over a kept scale output
(`bench/scale.py --work DIR`), one text deck is changed and the library's run made in this process.

Which code runs is the `extract` the path gives: to time another tree's code, put its `src` first in
PYTHONPATH (this file only needs `bench.scale`).

usage: python bench/stage_cpu.py --work DIR [--size 5000] [--deck-timeout 900] [--inline-report]
(`--inline-report`: the report, forked beside publishing in a run, made here first, so its steps are timed)
prints one line per step: CPU seconds, name (sorted by name)
"""
from __future__ import annotations

import argparse
import importlib
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.append(str(Path(__file__).resolve().parents[1]))

#: (module, function): the call sites timed (a function imported by name is timed where it is looked up)
STEPS = [("extract.run.merging", "merge_published"), ("extract.run.merging", "table_rows"),
         ("extract.run.merging", "program_tables"), ("extract.run.merging", "merge_cells"),
         ("extract.report.page", "budget_rows"), ("extract.report.figures", "source_pictures"),
         ("extract.report.history", "history_charts"), ("extract.report.page", "page_parts"),
         ("extract.report.stream", "write_page"), ("extract.report.deck_rows", "deck_rows"),
         ("extract.report.deck_rows", "programmes_part"), ("extract.report.page", "_deck_section"),
         ("extract.publish.formats", "parquet_bytes"), ("extract.publish.formats", "write_duckdb"),
         ("extract.publish.formats", "publish_workbook"), ("extract.publish.writer", "publish_all"),
         ("extract.publish.writer", "diff"), ("extract.publish.writer", "read_published"),
         ("extract.publish.typed_reuse", "typed_from"), ("extract.publish.typed_reuse", "typed_pair_from"),
         ("extract.publish.typed_reuse", "typed_kept_from"), ("extract.publish.segments", "segments_of"),
         ("extract.run.publishing", "save_manifest"),
         ("extract.run.publishing", "write_tables"), ("extract.run.publishing", "commit")]


def timed(seconds: dict[str, float], label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            seconds[label] += time.process_time() - t
    return call


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--deck-timeout", type=float, default=900.0, help="a loaded machine can take minutes to fork the deck")
    ap.add_argument("--inline-report", action="store_true",
                    help="the report in this process before publishing (its steps timed), not forked beside it")
    a = ap.parse_args()
    from bench.scale import change_one
    from extract.options import RunOptions
    from extract.publish.segments import Segmented
    from extract.run import Hooks, run
    from extract.validate.suites import Validator

    seconds: dict[str, float] = defaultdict(float)
    for mod, name in STEPS:
        m = importlib.import_module(mod)
        if not hasattr(m, name):  # a step of other code than this tree's (timed when it is there)
            continue
        setattr(m, name, timed(seconds, f"{mod.split('.')[-1]}.{name}", getattr(m, name)))
    Segmented.write = timed(seconds, "segments.write", Segmented.write)  # type: ignore[method-assign]
    Validator.build_docs = timed(seconds, "build_docs (Data Docs)", Validator.build_docs)  # type: ignore[method-assign]

    def stage(name: str, fn: Callable[..., Any], *args: Any) -> Any:
        return timed(seconds, f"STAGE {name}", fn)(*args)

    def inline(name: str, fn: Callable[..., Any], cores: int, *args: Any) -> Callable[[], Any]:
        done = stage(name, fn, *args)
        return lambda: done

    raw, out = a.work / f"raw_{a.size}", a.work / f"out_{a.size}"
    change_one(raw, a.size)
    t0 = time.process_time()
    run(RunOptions(raw=raw, out_dir=out, workers=2, settle_seconds=0, deck_timeout=a.deck_timeout),
        Hooks(stage=stage, beside=inline) if a.inline_report else Hooks(stage=stage))
    seconds["TOTAL this process"] = time.process_time() - t0
    ru, ch = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds["TOTAL with children and imports"] = ru.ru_utime + ru.ru_stime + ch.ru_utime + ch.ru_stime
    import extract

    print(f"code: {Path(extract.__file__).parent}")
    for k, v in sorted(seconds.items()):
        print(f"{v:7.3f}  {k}")


if __name__ == "__main__":  # the decks' forkserver imports this module as __mp_main__: nothing may run then
    main()
