"""The main flow: every new or changed deck in raw/ -> extracted, validated, published tables in output/.

Thin on purpose: each task is one stage of `extract.run` (the same functions `extract.run.run()` calls
without Prefect), so the Prefect UI shows which stage did what: `extract <deck>` (one task per deck, on
the local thread pool or a Dask cluster), `validate`, `merge`, `report`, `publish`.
"""
from __future__ import annotations

import logging
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import unmapped

from extract import run as stages
from extract.ingest.discover import DeckFile, display
from extract.model import DeckResult, RunOutcome
from extract.noop import nothing_found, nothing_to_do, record_check, unchanged_outcome
from extract.options import RunOptions
from extract.sandbox import Limits
from extract.state import Plan
from flows.artifacts import create_artifacts

#: what the run is doing, for whoever listens (the CLI's progress bars): one record per event, its
#: fields in `extra` (event=plan|deck_start|deck_done|stage|nothing_to_do). Nothing is shown by default.
progress = logging.getLogger("extract.progress")


def _event(event: str, **fields: Any) -> None:
    progress.info(event, extra={"event": event, **fields})


@task(name="extract", task_run_name="extract {deck.file}", cache_policy=NO_CACHE)
def extract_task(deck: DeckFile, limits: Limits) -> DeckResult:
    _event("deck_start", deck=deck.file)
    result = stages.extract_deck_file(deck, limits)
    _event("deck_done", deck=deck.file, pages=result.pages, mentions=len(result.records), error=result.error)
    logger = get_run_logger()
    if result.error:  # a deck's outcome, not the run's: the run goes on (and the summary shows it)
        logger.warning("%s: %s", deck.file, result.error)
    else:
        logger.info("%s: %d pages, %d mentions", deck.file, result.pages or 0, len(result.records))
    return result


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(results: list[DeckResult], options: RunOptions) -> stages.Validated:
    return stages.validate(results, options)


@task(name="merge", cache_policy=NO_CACHE)
def merge_task(validated: stages.Validated, options: RunOptions, plan: Plan, run_id: str | None,
               started_at: str) -> stages.Merged:
    return stages.merge(validated, options, plan, run_id, started_at)


@task(name="report", cache_policy=NO_CACHE)
def report_task(merged: stages.Merged, validated: stages.Validated, options: RunOptions) -> str:
    return stages.report(merged, validated, options)


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(merged: stages.Merged, validated: stages.Validated, page: str, options: RunOptions,
                 plan: Plan) -> RunOutcome:
    outcome = stages.publish(merged, validated, page, options, plan)
    logger = get_run_logger()
    for d in outcome.decks:
        if d["status"] != "published":
            logger.warning("%s: %s, %s", d["file"], d["status"], d["error"])
    logger.info("report: %s", outcome.report)
    return outcome


@flow(name="extract-decks", log_prints=True)
def extract_decks(options: dict[str, Any] | None = None) -> RunOutcome:
    """Extract the new and changed decks of `options["raw"]`, validate them, and publish every table into
    `options["out_dir"]`. `options` are `extract.options.RunOptions` fields (a dict, so a served
    deployment can pass them as JSON); the per-deck tasks run on a local thread pool, or on Dask with
    `dask_address` (a scheduler, tcp://…) or `dask_local` (a local cluster of that many worker processes).
    The flow run gets the run's artifacts (flows/artifacts.py): decks and statuses, rows held back, a summary."""
    outcome = extract_and_publish(options)
    create_artifacts(outcome)  # after the lock: the UI's view of what was published
    return outcome


def extract_and_publish(options: dict[str, Any] | None = None) -> RunOutcome:
    """The flow's work, in the flow run's context: plan, extract, validate, merge, report, publish."""
    from prefect.runtime import flow_run

    opts = RunOptions.resolve(options)
    started_at = stages.utc_now()
    with stages.locked(opts):
        plan = stages.plan_run(opts)
        print(f"{display(str(opts.raw))}: {len(plan.process)} to extract, {len(plan.unchanged)} unchanged, "
              f"{len(plan.removed)} removed, {len(plan.settling)} still being written")
        for doc in plan.settling:
            print(f"{doc}: modified in the last {opts.settle_seconds:g} s, left for the next run")
        _event("plan", decks=[d.file for d in plan.process], unchanged=len(plan.unchanged),
               removed=len(plan.removed), settling=list(plan.settling))
        if nothing_to_do(plan, opts.out_dir):  # no new generation, no `runs` row: see extract/noop.py
            record_check(opts, plan, started_at)
            _event("nothing_to_do")
            return unchanged_outcome(opts, plan)
        if nothing_found(plan, opts.out_dir):  # a first run over an empty folder: nothing to publish
            print(f"{display(str(opts.raw))}: no decks found; nothing was published")
            return unchanged_outcome(opts, plan)
        results: list[DeckResult] = []
        if plan.process:
            limits = stages.deck_limits(opts)
            with task_runner(opts) as runner:
                futures = runner.map(extract_task, {"deck": plan.process, "limits": unmapped(limits)})
                results = [f.result() for f in futures]
        _event("stage", stage="validate")
        validated = validate_task(results, opts)
        _event("stage", stage="merge")
        merged = merge_task(validated, opts, plan, str(flow_run.id or "") or None, started_at)
        _event("stage", stage="report")
        page = report_task(merged, validated, opts)
        _event("stage", stage="publish")
        return publish_task(merged, validated, page, opts, plan)


def task_runner(options: RunOptions) -> Any:
    """Where the per-deck tasks run: a Dask scheduler's address, a local Dask cluster of `dask_local`
    worker processes, or the local thread pool."""
    if options.dask_address or options.dask_local:
        from prefect_dask import DaskTaskRunner

        if options.dask_address:
            return DaskTaskRunner(address=options.dask_address)
        return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                              cluster_kwargs={"n_workers": options.dask_local, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    return ThreadPoolTaskRunner(max_workers=options.pool_size)


if __name__ == "__main__":
    extract_decks()
