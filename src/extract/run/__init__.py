"""One run, as plain functions: plan → (nothing to do?) → extract each deck → validate → merge with what was
published → report → publish. `run(options)` is the whole run; the Prefect flow (`deck_to_data_flows/extract_decks.py`)
is the same `run` with `Hooks` that make each stage a task. Nothing here imports Prefect.

The stages live in `reading` (extract), `merging` (validate, merge), `reporting` and `publishing`; the published
generation is read once per run (`Published`), the manifest once (with the plan), the passwords once."""
from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..ingest.discover import DeckFile, display
from ..ingest.page_readers import aside
from ..model import DeckResult, RunOutcome
from ..options import RunOptions
from ..publish.generations import Published, utc_now
from ..sandbox import Limits, read_passwords, start_sandbox, stop_sandbox
from ..state import Plan, output_lock
from .collector import RUN_OLDER, fewer_collections

if TYPE_CHECKING:
    from .merging import Merged, Validated, link_programmes, merge, merge_cells, validate, with_cell_budgets, with_unread
    from .preload import warm_sandbox
    from .publishing import next_manifest, publish
    from .reading import OCR_SHARE, as_deck_file, extract_all, extract_deck_file, mark_duplicate_names, process_deck, read_cells
    from .reporting import draw_ahead, report

__all__ = ["OCR_SHARE", "Hooks", "Merged", "Validated", "as_deck_file", "deck_limits", "draw_ahead", "extract_all",
           "extract_deck_file", "finish", "get_ready", "link_programmes", "locked", "mark_duplicate_names", "merge",
           "merge_cells", "next_manifest", "plan_run", "process_deck", "publish", "read_cells", "report", "run",
           "utc_now", "validate", "warm_sandbox", "with_cell_budgets", "with_unread"]

#: the stages' names, by the module that holds them: imported when first used, not with this package. A run's
#: process starts the decks' forkserver before it needs them (their imports, pandas and the rules, about 0.5 s,
#: then overlap with it), and the forkserver, which imports this package for the deck's child, loads only
#: what reading a deck needs (`reading`)
_LAZY = {**dict.fromkeys(["Merged", "Validated", "link_programmes", "merge", "merge_cells", "validate",
                          "with_cell_budgets", "with_unread"], "merging"),
         **dict.fromkeys(["next_manifest", "publish"], "publishing"), "report": "reporting", "draw_ahead": "reporting",
         **dict.fromkeys(["OCR_SHARE", "as_deck_file", "extract_all", "extract_deck_file", "mark_duplicate_names",
                          "process_deck", "read_cells"], "reading"), "warm_sandbox": "preload"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _named(name: str) -> Any:
    """A stage by its name: as set on this package (a test's stand-in), else from its module."""
    return globals()[name] if name in globals() else __getattr__(name)


log = logging.getLogger("extract")
#: what the run is doing, for whoever listens (the CLI's progress bars): one record per event, its fields
#: in `extra` (event=plan|deck_start|deck_done|stage|nothing_to_do). Nothing is shown by default.
progress = logging.getLogger("extract.progress")
T = TypeVar("T")
#: decks in the output from which a run stops the decks' forkserver once they are read: 1, every run. Idle
#: after the reading, its few hundred MB (imports, warm-up: ~280 MB RSS) would add to the peak of the merge,
#: report and publish, and to the tree's summed RSS while the report and the Data Docs are forked (a 10-deck
#: re-run summed 1,018-1,029 MB with it, 763-793 without: `bench/results/issue25_s26_scale.md`). A process making many
#: runs pays its imports again at the next run's start (overlapped with its set-up); the test suite keeps it
STOP_SANDBOX_AT = 1
#: decks in the output from which the report is made in this process before publishing, not forked beside
#: it: a fork shares the run's pages until either writes one, and the report walks every kept deck's rows
#: (each visit writes an object's reference count), so the fork copies most of the run's heap while
#: publishing builds its frames (a one-changed re-run at 5,100 decks peaked 815 MB with the fork, 667 MB
#: without: `bench/results/issue25_perf16.md`); a smaller output keeps the fork (its wall seconds)
REPORT_BESIDE_BELOW = 500


def event(name: str, **fields: Any) -> None:
    progress.info(name, extra={"event": name, **fields})


def _plain(name: str, stage: Callable[..., T], *args: Any) -> T:
    return stage(*args)


def _beside(name: str, stage: Callable[..., T], cores: int, *args: Any) -> Callable[[], T]:
    """`stage(*args)` in a forked process while the run goes on, when the run has a second core and this
    process may fork (`page_readers.aside`); else here and now, before the next stage, as one core always
    ran the stages (and with the same peak memory)."""
    started = aside(partial(stage, *args), cores)
    if not started.forked:
        started()
    return started


def _extract_all(decks: list[DeckFile], limits: Limits, options: RunOptions) -> list[DeckResult]:
    """`reading.extract_all`, imported when the decks are extracted."""
    extract: Callable[[list[DeckFile], Limits, RunOptions], list[DeckResult]] = _named("extract_all")
    return extract(decks, limits, options)


@dataclass
class Hooks:
    """How a run's stages are carried out: plainly in this process (the default), or (the flow) each as a
    Prefect task. Hooks decide where a stage runs, never what it does."""

    #: extract every deck of the plan: (decks, limits, options) -> results in plan order
    extract: Callable[[list[DeckFile], Limits, RunOptions], list[DeckResult]] = _extract_all
    #: run one stage: (its name, the stage function, its arguments) -> its result
    stage: Callable[..., Any] = _plain
    #: start a stage the next ones do not need (the report, beside publishing): (its name, the stage function,
    #: the cores the run may use, its arguments) -> a call that gives its result
    beside: Callable[..., Callable[[], Any]] = _beside
    #: where the run's few lines for people go (the plan, a deck left for the next run)
    say: Callable[[str], None] = field(default=log.info)
    #: the `runs` row's id (the flow run's id under Prefect; a new one otherwise)
    run_id: str | None = None


# -- plan ---------------------------------------------------------------------------------------------

@contextmanager
def locked(options: RunOptions) -> Iterator[Path]:
    """Hold the output folder's lock for a whole run (see `state.output_lock`)."""
    from ..outdir import claim

    claim(options.out_dir, options.raw)  # an output folder that is not ours is refused before anything is written
    with output_lock(options.out_dir, timeout=options.lock_timeout) as lock:
        yield lock


def plan_run(options: RunOptions, prev: Published | None = None) -> Plan:
    """What an incremental run has to do, from the input and the manifest of the published generation
    (`planner.plan_run`, which the CLI also calls before anything heavy is imported)."""
    from .. import planner

    return planner.plan_run(options, prev)


def deck_limits(options: RunOptions) -> Limits:
    """The per-deck limits and passwords; a passwords file that cannot be used fails only encrypted decks."""
    got = read_passwords(options.passwords_path())
    return Limits(timeout=options.deck_timeout, memory_mb=options.deck_memory_mb, max_text_mb=options.max_text_mb,
                  passwords=got.passwords, password_warning=got.warning, per_page=options.deck_seconds_per_page,
                  as_of=options.as_of_date, wall_factor=options.deck_wall_factor)


def _import_validation() -> None:
    """Great Expectations takes seconds to import: done on a side thread while the decks are read."""
    try:
        import great_expectations  # noqa: F401  (what Validator() imports first, the bulk of the cost)

        from ..validate import stage, suites  # noqa: F401
        from . import merging, publishing, reporting  # noqa: F401  (the stages after extraction)
    except Exception:  # noqa: BLE001 - validate() imports them again and reports any error there
        log.debug("importing the validation stage ahead failed", exc_info=True)


def get_ready(plan: Plan) -> list[threading.Thread]:
    """Start what the run will need while the first decks are read: the sandbox's forkserver (its imports
    and warm-up, so the first deck is not kept waiting behind the rest of the set-up) and the
    validation stage's imports, each on a side thread (returned: joined before the decks' results are
    validated, so the run is down to one thread again and may fork its report). Changes no result, only
    when things happen."""
    if not plan.process:
        return []
    _named("warm_sandbox")([d.file for d in plan.process])  # the libraries of the plan's formats only
    threads = [threading.Thread(target=start_sandbox, name="sandbox-start", daemon=True)]
    threads[0].start()
    _named("extract_all")  # (the reading stage imported here, the run's next step, before the validation thread
    # imports what imports it: never one module imported by two threads at once)
    threads.append(threading.Thread(target=_import_validation, name="import-validation", daemon=True))
    threads[1].start()
    return threads


def tell_plan(options: RunOptions, plan: Plan, say: Callable[[str], None]) -> None:
    """The plan in one line (and a line per deck left for the next run), and as a `plan` event."""
    say(f"{display(str(options.raw))}: {len(plan.process)} to extract, {len(plan.unchanged)} unchanged, "
        f"{len(plan.removed)} removed, {len(plan.settling)} still being written")
    for doc in plan.settling:
        say(f"{doc}: modified in the last {options.settle_seconds:g} s, left for the next run")
    event("plan", decks=[d.file for d in plan.process], unchanged=len(plan.unchanged), removed=len(plan.removed),
          settling=list(plan.settling))


# -- a whole run --------------------------------------------------------------------------------------

def finish(results: list[DeckResult], options: RunOptions, plan: Plan | None = None, run_id: str | None = None,
           started_at: str | None = None, hooks: Hooks | None = None, prev: Published | None = None,
           passwords: dict[str, str] | None = None) -> RunOutcome:
    """Everything after extraction: validate, merge, report, publish (each stage through `hooks.stage`; the
    report beside publishing through `hooks.beside`: the tables are written while the page is, and the
    page is only moved into the new generation before it is switched to)."""
    hooks = hooks or Hooks()
    stage = hooks.stage
    prev = prev if prev is not None else Published(options.out_dir)
    kept = len(results) + (len(plan.unchanged) if plan is not None else 0)
    # the second core is idle while the run validates and merges: the report's pictures are drawn there
    stop_drawing = _named("draw_ahead")(results, options, passwords, options.pool_size if kept < REPORT_BESIDE_BELOW else 1)
    try:
        event("stage", stage="validate")
        validated = stage("validate", _named("validate"), results, options)
        event("stage", stage="merge")
        merged = stage("merge", _named("merge"), validated, options, plan, run_id, started_at, prev)
    finally:
        stop_drawing()
    event("stage", stage="report")
    cores = options.pool_size if len(merged.deck_rows) < REPORT_BESIDE_BELOW else 1  # 1: here, before publishing
    page = hooks.beside("report", _named("report"), cores, merged, validated, options, prev, passwords)
    event("stage", stage="publish")
    return stage("publish", _named("publish"), merged, validated, page, options, plan, prev)


def run(options: RunOptions | dict[str, Any] | None = None, hooks: Hooks | None = None) -> RunOutcome:
    """A whole incremental run over `options.raw` into `options.out_dir`, under the output folder's lock:
    plan; when there is nothing to do (or nothing found) say so and publish nothing; otherwise extract
    the decks (each in a child process under the deck limits), validate, merge, report, publish."""
    from ..planner import without_work

    options = RunOptions.resolve(options)
    hooks = hooks or Hooks()
    started_at = utc_now()
    # the reference date of years only weekdays give: the start's date unless given (recorded in the manifest)
    options = options if options.as_of else replace(options, as_of=started_at[:10])
    # the collector's full passes over every kept deck's objects would cost in proportion to all decks
    with locked(options), fewer_collections(older=RUN_OLDER):
        prev = Published(options.out_dir)  # the published generation, read once (nothing else writes it now)
        plan = plan_run(options, prev)
        tell_plan(options, plan, hooks.say)
        idle = without_work(options, plan, started_at, prev)
        if idle is not None:
            if idle[0] == "nothing_found":
                hooks.say(f"{display(str(options.raw))}: no decks found; nothing was published")
            event(idle[0])
            return idle[1]
        ready = [] if options.dask_address or options.dask_local else get_ready(plan)
        limits = deck_limits(options)
        results = hooks.extract(plan.process, limits, options) if plan.process else []
        for t in ready:
            t.join()
        if ready and len(plan.process) + len(plan.unchanged) >= STOP_SANDBOX_AT:
            stop_sandbox()
        return finish(results, options, plan, hooks.run_id, started_at, hooks, prev, limits.passwords)
