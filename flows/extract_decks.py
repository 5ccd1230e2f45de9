"""The main flow: every deck in raw/ -> extracted, validated, published tables in output/.

Thin on purpose: each task calls one library function (src/extract/pipeline.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.task_runners import ThreadPoolTaskRunner

from extract import pipeline
from extract.ingest import deck_files
from extract.validate import DEFAULT_SUITES, Validator


@dataclass
class RunSummary:
    out_dir: str
    decks: list[dict[str, Any]]
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    outputs: list[str] = field(default_factory=list)

    @property
    def all_published(self) -> bool:
        return all(d["status"] == "published" for d in self.decks)


@task(name="process-deck", task_run_name="process {path.name}")
def process_deck(path: Path) -> pipeline.DeckResult:
    result = pipeline.process_deck(path)
    logger = get_run_logger()
    if result.error:
        logger.error("%s: %s", path.name, result.error)
    else:
        logger.info("%s: %d pages, %d mentions", path.name, result.pages or 0, len(result.records))
    return result


@task(name="validate-decks")
def validate_decks(results: list[pipeline.DeckResult], suites_dir: Path) -> dict[str, dict[str, Any]]:
    """Great Expectations over each deck's tables (one context for the run: GX is not thread-safe)."""
    logger = get_run_logger()
    validator = Validator(suites_dir)
    summary: dict[str, dict[str, Any]] = {}
    for r in results:
        outcomes = pipeline.validate_deck(r, validator)
        summary[r.doc] = {name: {"passed": sum(x.success for x in o.results), "failed": len(o.errors),
                                 "warnings": len(o.warnings)} for name, o in outcomes.items()}
        if r.failed_checks:
            logger.error("%s: not published, %s", r.file, r.error)
    return summary


@task(name="publish")
def publish(results: list[pipeline.DeckResult], out_dir: Path) -> tuple[list[str], list[dict[str, Any]]]:
    records, deck_rows = pipeline.merge_published(results, out_dir)
    paths = pipeline.publish(records, deck_rows, out_dir)
    return [str(p) for p in paths], deck_rows


@flow(name="extract-decks", log_prints=True, task_runner=ThreadPoolTaskRunner(max_workers=2))
def extract_decks(raw_dir: Path = Path("raw"), out_dir: Path = Path("output"),
                  suites_dir: Path = DEFAULT_SUITES) -> RunSummary:
    """Extract every deck in `raw_dir`, validate it, and publish the tables into `out_dir`."""
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    files = deck_files(raw_dir)
    print(f"{len(files)} decks in {raw_dir}")
    futures = process_deck.map(files)
    results = [f.result() for f in futures]
    tables = validate_decks(results, Path(suites_dir))
    outputs, deck_rows = publish(results, out_dir)
    this_run = {r.doc for r in results}
    return RunSummary(str(out_dir), [d for d in deck_rows if d["doc"] in this_run], tables, outputs)


if __name__ == "__main__":
    extract_decks()
