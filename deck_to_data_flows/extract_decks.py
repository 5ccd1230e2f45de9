"""The main flow: every new or changed deck in raw/ -> extracted, validated, published tables in output/.

Thin on purpose: the flow is `extract.run.run()` with hooks that make each of its stages a task, so the
Prefect UI shows which stage did what: `extract <deck>` (one task per deck, on the local thread pool or a
Dask cluster), `validate`, `merge`, `report`, `publish`. It has no logic of its own.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import unmapped

from deck_to_data_flows.artifacts import create_artifacts
from extract import run as stages
from extract.ingest.discover import DeckFile
from extract.model import DeckResult, RunOutcome, Status
from extract.options import RunOptions
from extract.sandbox import Limits


@task(name="extract", task_run_name="extract {deck.file}", cache_policy=NO_CACHE)
def extract_task(deck: DeckFile, limits: Limits) -> DeckResult:
    stages.event("deck_start", deck=deck.file)
    result = stages.extract_deck_file(deck, limits)
    stages.event("deck_done", deck=deck.file, pages=result.pages, mentions=len(result.records), error=result.error)
    logger = get_run_logger()
    if result.error:  # a deck's outcome, not the run's: the run goes on (and the summary shows it)
        logger.warning("%s: %s", deck.file, result.error)
    else:
        logger.info("%s: %d pages, %d mentions", deck.file, result.pages or 0, len(result.records))
    return result


def _as_task(name: str, stage: Callable[..., Any], *args: Any) -> Any:
    """One stage of the run as a Prefect task of its name (`validate`, `merge`, `report`, `publish`)."""
    return task(name=name, cache_policy=NO_CACHE)(stage)(*args)


def _as_task_now(name: str, stage: Callable[..., Any], cores: int, *args: Any) -> Callable[[], Any]:
    """A stage the run would start beside the next ones (the report) as its own task, run now: a flow
    run's process has threads of its own, so it does not fork (`extract.run.Hooks.beside`)."""
    done = _as_task(name, stage, *args)
    return lambda: done


def _extract_as_tasks(decks: list[DeckFile], limits: Limits, options: RunOptions) -> list[DeckResult]:
    """One `extract <deck>` task per deck, on the local thread pool or a Dask cluster, in plan order."""
    with task_runner(options) as runner:
        futures = runner.map(extract_task, {"deck": decks, "limits": unmapped(limits)})
        return [f.result() for f in futures]


@flow(name="extract-decks", log_prints=True)
def extract_decks(options: dict[str, Any] | None = None) -> RunOutcome:
    """Extract the new and changed decks of `options["raw"]`, validate them, and publish every table into
    `options["out_dir"]`. `options` are `extract.options.RunOptions` fields (a dict, so a served
    deployment can pass them as JSON); the per-deck tasks run on a local thread pool, or on Dask with
    `dask_address` (a scheduler, tcp://…) or `dask_local` (a local cluster of that many worker processes).
    The flow run gets the run's artifacts (deck_to_data_flows/artifacts.py): decks and statuses, rows held back, a summary."""
    outcome = extract_and_publish(options)
    create_artifacts(outcome)  # after the lock: the UI's view of what was published
    return outcome


def extract_and_publish(options: dict[str, Any] | None = None) -> RunOutcome:
    """The library's whole run (`extract.run.run`) in the flow run's context, each stage a task."""
    from prefect.runtime import flow_run

    hooks = stages.Hooks(extract=_extract_as_tasks, stage=_as_task, beside=_as_task_now, say=print, run_id=str(flow_run.id or "") or None)
    outcome = stages.run(options, hooks)
    logger = get_run_logger()
    for d in outcome.decks:
        if d["status"] != Status.PUBLISHED and outcome.run:
            logger.warning("%s: %s, %s", d["file"], d["status"], d["error"])
    return outcome


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
