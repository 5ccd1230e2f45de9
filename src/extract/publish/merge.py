"""Merge this run's decks with what was published before: the records and deck rows to publish next,
the run's row in `runs`, and the folder a quarantined deck's tables go to."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from ..fileio import safe_name, write_unflushed
from ..model import DeckResult
from ..tables import frame, tables_of, with_seq
from ..version import rule_version
from .formats import publish_table
from .generations import Published, read_published, utc_now

QUARANTINE = "quarantine"


def merge_published(results: list[DeckResult], out_dir: Path | Published, removed: list[str] | tuple[str, ...] = ()
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The mention records and deck rows to publish: this run's published decks replace their old
    rows; a deck that failed or was quarantined this time keeps what was published for it before;
    a deck whose file is gone (`removed`) leaves the tables and stays in `decks` as `removed`."""
    fresh = {r.doc for r in results if r.publishable}
    gone = set(removed)
    drop = fresh | gone  # once: not a new set per kept row (issue 25)
    kept = [m for m in read_published(out_dir, "mentions") if m.get("doc") not in drop]
    records = with_seq(kept) + [m for r in results if r.publishable for m in with_seq(r.records)]
    records.sort(key=lambda m: (m["doc"], m["seq"]))
    old_decks = {d["doc"]: d for d in read_published(out_dir, "decks")}
    this_run = {r.doc for r in results}
    rows = {doc: {**d, "file_sha256": _file_sha256(d)} for doc, d in old_decks.items() if doc not in this_run}
    now = utc_now()
    for r in results:
        row = {**r.deck_row(), "file_sha256": r.sha256, "rule_version": rule_version(), "extracted_at": now}
        old = old_decks.get(r.doc)
        if not r.publishable and old and old.get("mentions"):
            # its earlier rows stay published, with the hash, version and time of what they came from
            row.update(mentions=old.get("mentions"), rows_held_back=old.get("rows_held_back") or 0,
                       sha256=old.get("sha256"), rule_version=old.get("rule_version"),
                       extracted_at=old.get("extracted_at"))
        elif not r.publishable:
            row.update(rule_version=None, extracted_at=None)
        rows[r.doc] = row
    for doc in gone:
        if doc in rows:
            rows[doc] = {**rows[doc], "status": "removed", "mentions": 0, "rows_held_back": 0, "error": None}
    return records, [rows[k] for k in sorted(rows)]


def _file_sha256(row: dict[str, Any]) -> Any:
    """The hash of the file last seen (rows published before `file_sha256` existed: their `sha256`)."""
    return row["file_sha256"] if "file_sha256" in row else row.get("sha256")


def merge_held_back(results: list[DeckResult], out_dir: Path | Published, removed: list[str] | tuple[str, ...] = ()
                    ) -> list[dict[str, Any]]:
    """The `held_back` rows to publish, in step with `merge_published`: a deck published this run
    replaces its held-back rows; one that failed or was quarantined keeps those of its kept rows; a
    removed deck's go."""
    fresh = {r.doc for r in results if r.publishable}
    drop = fresh | set(removed)
    kept = [h for h in read_published(out_dir, "held_back", keep=False) if h.get("doc") not in drop]
    rows = kept + [h for r in results if r.publishable for h in r.held_back]
    return sorted(rows, key=lambda h: (h["doc"], h["seq"], h["table"], h["check"], h["expectation"]))


def merge_outline(results: list[DeckResult], out_dir: Path | Published, removed: list[str] | tuple[str, ...] = (),
                  keep: bool = True) -> list[dict[str, Any]]:
    """The `outline` rows to publish, in step with `merge_published`: a deck published this run replaces its
    outline; one that failed or was quarantined keeps the outline of its kept rows; a removed deck's go.
    `keep=False`: the run's last reader of the published outline (`Published.table`)."""
    fresh = {r.doc for r in results if r.publishable}
    drop = fresh | set(removed)
    kept = [o for o in read_published(out_dir, "outline", keep) if o.get("doc") not in drop]
    rows = kept + [o for r in results if r.publishable for o in r.outline]
    return sorted(rows, key=lambda o: (o["doc"], o["seq"]))


def quarantine(result: DeckResult, out_dir: Path) -> Path:
    """A quarantined deck's tables and its validation results, in `quarantine/<doc>/`."""
    folder = Path(out_dir) / QUARANTINE / safe_name(result.doc)
    if folder.exists():
        shutil.rmtree(folder)
    for name, df in tables_of(result.records).items():
        publish_table(folder, name, df, formats=("csv", "json"))
    publish_table(folder, "held_back", frame(result.held_back, "held_back"), formats=("csv", "json"))
    write_unflushed(folder / "validation.json", json.dumps(
        {"doc": result.doc, "file": result.file, "error": result.error, "tables": result.validation},
        ensure_ascii=False, indent=1).encode("utf-8"))
    return folder


def run_record(run_id: str, started_at: str, results: list[DeckResult], old_decks: dict[str, dict[str, Any]],
               unchanged: int = 0, removed: int = 0) -> dict[str, Any]:
    """The run's row in `runs`: decks are new, changed (other bytes) or unchanged (reused as they are,
    or re-extracted only because the rules changed)."""
    def was(r: DeckResult) -> str:
        old = old_decks.get(r.doc)
        if old is None or old.get("status") == "removed":
            return "new"
        return "unchanged" if _file_sha256(old) == r.sha256 else "changed"

    kinds = [was(r) for r in results]
    return {"run_id": run_id, "started_at": started_at, "finished_at": utc_now(),
            "decks_new": kinds.count("new"), "decks_changed": kinds.count("changed"),
            "decks_unchanged": kinds.count("unchanged") + unchanged,
            "decks_failed": sum(r.status == "failed" for r in results),
            "decks_quarantined": sum(r.status == "quarantined" for r in results),
            "decks_removed": removed, "rule_version": rule_version()}
