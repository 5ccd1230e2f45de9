"""The stages of one run as plain functions: process each deck, validate, merge with what was
published before, publish. The Prefect flow in `flows/` calls exactly these."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extract import extract_deck
from .ingest import read_deck, sha256_of
from .model import DeckError
from .publish import publish_table, read_published
from .tables import decks_table, tables_of

log = logging.getLogger("extract")
TABLES = ("mentions", "amounts", "budgets")


@dataclass
class DeckResult:
    """One deck after ingest and extraction (before validation)."""

    doc: str
    file: str
    sha256: str | None
    source_type: str
    pages: int | None
    lines: int
    records: list[dict[str, Any]]
    status: str = "extracted"
    error: str | None = None
    failed_checks: list[str] = field(default_factory=list)

    def deck_row(self) -> dict[str, Any]:
        return {"doc": self.doc, "file": self.file, "sha256": self.sha256, "source_type": self.source_type,
                "pages": self.pages, "mentions": len(self.records) if self.status == "published" else 0,
                "status": self.status, "error": self.error}


def process_deck(path: Path) -> DeckResult:
    """Ingest and extract one deck; a deck that cannot be read comes back `failed` with its reason."""
    path = Path(path)
    source_type = path.suffix.lower().lstrip(".")
    try:
        deck = read_deck(path)
        records = [m.record() for m in extract_deck(deck)]
        return DeckResult(deck.doc, path.name, deck.sha256, deck.source_type, deck.pages, len(deck.lines), records)
    except DeckError as e:
        sha = sha256_of(path) if path.exists() else None
        log.error("%s: %s", path.name, e.reason)
        return DeckResult(path.stem, path.name, sha, source_type, None, 0, [], status=e.status, error=e.reason)
    except Exception as e:  # a bug or an unforeseen input must not stop the other decks
        log.exception("%s: extraction failed", path.name)
        return DeckResult(path.stem, path.name, None, source_type, None, 0, [], status="failed",
                          error=f"extraction failed: {type(e).__name__}: {e}")


def validate_deck(result: DeckResult, validator: Any) -> dict[str, Any]:
    """Validate one extracted deck's tables; marks it published or failed. Returns the per-table results."""
    from .validate import derived_mentions

    if result.status != "extracted":
        return {}
    tables = tables_of(result.records)
    limits = {result.doc: (result.pages or 0, result.lines)}
    outcomes = {}
    for name, df in tables.items():
        frame = derived_mentions(df, limits) if name == "mentions" else df
        outcomes[name] = validator.validate(name, frame)
    failed = [f"{o.table}: {r.expectation}({r.column or ''})" for o in outcomes.values() for r in o.errors]
    if failed:
        result.status = "failed"
        result.error = "validation failed: " + "; ".join(failed)
        result.failed_checks = failed
    else:
        result.status = "published"
    return outcomes


def merge_published(results: list[DeckResult], out_dir: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The mention records and deck rows to publish: this run's published decks replace their old
    rows; a deck that failed this time keeps what was published for it before."""
    fresh = {r.doc for r in results if r.status == "published"}
    failed = {r.doc for r in results if r.status != "published"}
    kept = [m for m in read_published(out_dir, "mentions") if m.get("doc") not in fresh]
    records = kept + [m for r in results if r.status == "published" for m in r.records]
    records.sort(key=lambda m: (m["doc"], m.get("page") or 0, m.get("line") or 0))
    old_decks = {d["doc"]: d for d in read_published(out_dir, "decks")}
    rows = {doc: d for doc, d in old_decks.items() if doc not in fresh and doc not in failed}
    for r in results:
        row = r.deck_row()
        if r.status != "published" and r.doc in old_decks and old_decks[r.doc].get("status") == "published":
            row["mentions"] = old_decks[r.doc].get("mentions")  # its earlier rows stay published
        rows[r.doc] = row
    return records, [rows[k] for k in sorted(rows)]


def publish(records: list[dict[str, Any]], deck_rows: list[dict[str, Any]], out_dir: Path) -> list[Path]:
    """Write every table (CSV + JSON) into `out_dir`."""
    paths: list[Path] = []
    for name, df in tables_of(records).items():
        paths += publish_table(out_dir, name, df)
    paths += publish_table(out_dir, "decks", decks_table(deck_rows))
    return paths
