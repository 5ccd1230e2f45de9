"""The main flow: every new or changed deck in raw/ -> extracted, validated, published tables in output/.

Thin on purpose: each task calls one library function (src/extract/pipeline.py). The per-deck task runs
on the flow's task runner: a local thread pool by default, or a Dask cluster (`with_task_runner`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.task_runners import ThreadPoolTaskRunner

from prefect.utilities.annotations import unmapped

from extract import pipeline
from extract.ingest.guard import Limits, load_passwords
from extract.state import SETTLE_SECONDS, output_lock
from extract.validate import DEFAULT_SUITES


@task(name="process-deck", task_run_name="process {path.name}")
def process_deck(path: Path, limits: Limits) -> pipeline.DeckResult:
    result = pipeline.process_deck(path, limits)
    logger = get_run_logger()
    if result.error:
        logger.error("%s: %s", path.name, result.error)
    else:
        logger.info("%s: %d pages, %d mentions", path.name, result.pages or 0, len(result.records))
    return result


@task(name="validate-and-publish")
def validate_and_publish(results: list[pipeline.DeckResult], out_dir: Path, suites_dir: Path,
                         plan: Any, run_id: str | None) -> pipeline.RunOutcome:
    """Great Expectations over each deck, then publishing and the report (one GX context per run)."""
    outcome = pipeline.finish_run(results, out_dir, suites_dir, run_id=run_id, plan=plan)
    logger = get_run_logger()
    for d in outcome.decks:
        if d["status"] != "published":
            logger.error("%s: %s, %s", d["file"], d["status"], d["error"])
    logger.info("report: %s", outcome.report)
    return outcome


@flow(name="extract-decks", log_prints=True, task_runner=ThreadPoolTaskRunner(max_workers=2))
def extract_decks(raw_dir: Path = Path("raw"), out_dir: Path = Path("output"), suites_dir: Path = DEFAULT_SUITES,
                  lock_timeout: float = 300.0, settle_seconds: float = SETTLE_SECONDS,
                  dask_address: str | None = None, dask_local: int | None = None,
                  deck_timeout: float = 120.0, deck_memory_mb: int = 2048, max_text_mb: float = 50.0,
                  passwords_file: Path | None = None) -> pipeline.RunOutcome:
    """Extract the new and changed decks in `raw_dir`, validate them, and publish every table into `out_dir`.

    The per-deck tasks run on a local thread pool, or on Dask: `dask_address` (a scheduler, tcp://…) or
    `dask_local` (a local cluster of that many worker processes). They are parameters, not the flow's
    decorator option, so a served deployment can choose too. Each deck is parsed in a child process
    within `deck_timeout` seconds and `deck_memory_mb` MB; encrypted PDFs open with the password given
    for their file name in `passwords_file` (JSON; default: `<raw_dir>/.passwords.json` if present)."""
    from prefect.runtime import flow_run

    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    limits = Limits(timeout=deck_timeout, memory_mb=deck_memory_mb, max_text_mb=max_text_mb,
                    passwords=load_passwords(passwords_file, raw_dir))
    with output_lock(out_dir, timeout=lock_timeout):
        plan = pipeline.plan_run(raw_dir, out_dir, Path(suites_dir), settle_seconds)
        print(f"{raw_dir}: {len(plan.process)} to extract, {len(plan.unchanged)} unchanged, "
              f"{len(plan.removed)} removed, {len(plan.settling)} still being written")
        for doc in plan.settling:
            print(f"{doc}: modified in the last {settle_seconds:g} s, left for the next run")
        results: list[pipeline.DeckResult] = []
        if plan.process:
            with task_runner(dask_address, dask_local) as runner:
                futures = runner.map(process_deck, {"path": plan.process, "limits": unmapped(limits)})
                results = [f.result() for f in futures]
        return validate_and_publish(results, out_dir, Path(suites_dir), plan, str(flow_run.id or "") or None)


def task_runner(dask_address: str | None = None, dask_local: int | None = None, workers: int = 2) -> Any:
    """Where the per-deck tasks run: a Dask scheduler's address, a local Dask cluster of `dask_local`
    worker processes, or the local thread pool (both cores)."""
    if dask_address or dask_local:
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                              cluster_kwargs={"n_workers": dask_local, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    return ThreadPoolTaskRunner(max_workers=workers)


if __name__ == "__main__":
    extract_decks()
