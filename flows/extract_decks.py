"""The main flow: every deck in raw/ -> extracted, validated, published tables in output/.

Thin on purpose: each task calls one library function (src/extract/pipeline.py).
"""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.task_runners import ThreadPoolTaskRunner

from extract import pipeline
from extract.ingest import deck_files
from extract.validate import DEFAULT_SUITES


@task(name="process-deck", task_run_name="process {path.name}")
def process_deck(path: Path) -> pipeline.DeckResult:
    result = pipeline.process_deck(path)
    logger = get_run_logger()
    if result.error:
        logger.error("%s: %s", path.name, result.error)
    else:
        logger.info("%s: %d pages, %d mentions", path.name, result.pages or 0, len(result.records))
    return result


@task(name="validate-and-publish")
def validate_and_publish(results: list[pipeline.DeckResult], out_dir: Path, suites_dir: Path) -> pipeline.RunOutcome:
    """Great Expectations over each deck, then publishing and the report (one GX context per run)."""
    from prefect.runtime import flow_run

    outcome = pipeline.finish_run(results, out_dir, suites_dir, run_id=str(flow_run.id or "") or None)
    logger = get_run_logger()
    for d in outcome.decks:
        if d["status"] != "published":
            logger.error("%s: %s, %s", d["file"], d["status"], d["error"])
    logger.info("report: %s", outcome.report)
    return outcome


@flow(name="extract-decks", log_prints=True, task_runner=ThreadPoolTaskRunner(max_workers=2))
def extract_decks(raw_dir: Path = Path("raw"), out_dir: Path = Path("output"),
                  suites_dir: Path = DEFAULT_SUITES) -> pipeline.RunOutcome:
    """Extract every deck in `raw_dir`, validate it, and publish the tables into `out_dir`."""
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    files = deck_files(raw_dir)
    print(f"{len(files)} decks in {raw_dir}")
    results = [f.result() for f in process_deck.map(files)]
    return validate_and_publish(results, out_dir, Path(suites_dir))


if __name__ == "__main__":
    extract_decks()
