"""The stages of one run as plain functions: process each deck, validate it, merge with what was
published before, publish or quarantine. The Prefect flow in `flows/` calls exactly these."""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import shutil
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .mentions import extract_deck
from .ingest import outside_link, page_ranges, sha256_of
from .ingest.guard import Limits, read_deck_limited
from .model import DeckError
from .changes import diff
from .output import commit, link_tree, new_generation, published_dir
from .publish import publish_all, publish_table, read_published, write_atomic
from .tables import PER_DECK_TABLES, decks_table, frame, tables_of, with_seq
from .state import Plan, load_manifest, save_manifest
from .version import rule_version, run_version

log = logging.getLogger("extract")
QUARANTINE = "quarantine"
PUBLISHED = ("published", "no_text_layer")


@dataclass
class DeckResult:
    """One deck after ingest and extraction, then after validation."""

    doc: str
    file: str
    sha256: str | None
    source_type: str
    pages: int | None
    lines: int
    records: list[dict[str, Any]]
    #: (total, [named shares]) as indexes into `records`, for the cross-row sum check
    links: list[tuple[int, list[int]]] = field(default_factory=list)
    status: str = "extracted"
    error: str | None = None
    validation: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: PDF pages without a text layer (not extracted; the deck is published as `no_text_layer`)
    pages_without_text: list[int] = field(default_factory=list)

    @property
    def publishable(self) -> bool:
        """Its rows go into the published tables (all of them, or those of the pages with text)."""
        return self.status in PUBLISHED

    def deck_row(self) -> dict[str, Any]:
        return {"doc": self.doc, "file": self.file, "sha256": self.sha256, "source_type": self.source_type,
                "pages": self.pages, "mentions": len(self.records) if self.publishable else 0,
                "status": self.status, "error": self.error}


def _links(mentions: list[Any]) -> list[tuple[int, list[int]]]:
    index = {id(m): i for i, m in enumerate(mentions)}
    groups: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.total is not None and id(m.total) in index:
            groups[index[id(m.total)]].append(i)
    return [(t, parts) for t, parts in sorted(groups.items()) if len(parts) >= 2]


def process_deck(path: Path, limits: Limits | None = None) -> DeckResult:
    """Ingest (in a child process under `limits`) and extract one deck; a deck that cannot be read
    comes back `failed`, `encrypted` or `no_text_layer` with its reason."""
    path = Path(path)
    source_type = path.suffix.lower().lstrip(".")
    try:
        deck = read_deck_limited(path, limits or Limits())
        mentions = extract_deck(deck)
        return DeckResult(deck.doc, path.name, deck.sha256, deck.source_type, deck.pages, len(deck.lines),
                          [m.record() for m in mentions], _links(mentions),
                          pages_without_text=list(deck.pages_without_text))
    except DeckError as e:
        sha = sha256_of(path) if path.exists() and not outside_link(path) else None
        log.error("%s: %s", path.name, e.reason)
        return DeckResult(path.stem, path.name, sha, source_type, None, 0, [], status=e.status, error=e.reason)
    except Exception as e:  # a bug or an unforeseen input must not stop the other decks
        log.exception("%s: extraction failed", path.name)
        return DeckResult(path.stem, path.name, None, source_type, None, 0, [], status="failed",
                          error=f"extraction failed: {type(e).__name__}: {e}")


def mark_duplicate_names(results: list[DeckResult]) -> None:
    """Two files with one stem (`a.pdf`, `a.txt`) would share a `doc`: the later one fails, named."""
    seen: dict[str, str] = {}
    for r in results:
        if r.doc in seen and r.status != "failed":
            r.status, r.error, r.records = "failed", f"another deck has the same name: {seen[r.doc]}", []
        seen.setdefault(r.doc, r.file)


def validation_frames(result: DeckResult) -> dict[str, Any]:
    """Every frame the suites check for one deck: its tables and the derived cross-row frames."""
    from .checks import breakdowns, budget_pair_frame, derived_amounts, derived_mentions

    tables = tables_of(result.records)
    limits = {result.doc: (result.pages or 0, result.lines)}
    return {
        "mentions": derived_mentions(tables["mentions"], limits),
        "amounts": derived_amounts(tables["amounts"]),
        "budgets": tables["budgets"],
        "breakdowns": breakdowns(result.records, result.links),
        "budget_pairs": budget_pair_frame(result.records),
    }


def validate_deck(result: DeckResult, validator: Any) -> None:
    """Validate one extracted deck: `published` if no `error` expectation fails, else `quarantined`."""
    if result.status != "extracted":
        return
    outcomes = {name: validator.validate(name, frame, run_name=safe_name(result.doc))
                for name, frame in validation_frames(result).items()}
    result.validation = {name: o.summary() for name, o in outcomes.items()}
    failed = [label for o in outcomes.values() for label in (r.label() for r in o.errors)]
    if failed:
        result.status = "quarantined"
        result.error = "failed expectations: " + "; ".join(failed)
    elif result.pages_without_text:
        result.status = "no_text_layer"
        result.error = (f"no text layer on pages {page_ranges(result.pages_without_text)} (image-only): not extracted; "
                        "the other pages are published")
    else:
        result.status = "published"


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def merge_published(results: list[DeckResult], out_dir: Path, removed: list[str] | tuple[str, ...] = ()
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The mention records and deck rows to publish: this run's published decks replace their old
    rows; a deck that failed or was quarantined this time keeps what was published for it before;
    a deck whose file is gone (`removed`) leaves the tables and stays in `decks` as `removed`."""
    fresh = {r.doc for r in results if r.publishable}
    gone = set(removed)
    kept = [m for m in read_published(out_dir, "mentions") if m.get("doc") not in fresh | gone]
    records = with_seq(kept) + [m for r in results if r.publishable for m in with_seq(r.records)]
    records.sort(key=lambda m: (m["doc"], m["seq"]))
    old_decks = {d["doc"]: d for d in read_published(out_dir, "decks")}
    rows = {doc: d for doc, d in old_decks.items() if doc not in {r.doc for r in results}}
    now = utc_now()
    for r in results:
        row = {**r.deck_row(), "rule_version": rule_version(), "extracted_at": now}
        old = old_decks.get(r.doc)
        if not r.publishable and old and old.get("mentions"):
            # its earlier rows stay published, with the version and time they were extracted with
            row.update(mentions=old.get("mentions"), rule_version=old.get("rule_version"),
                       extracted_at=old.get("extracted_at"))
        elif not r.publishable:
            row.update(rule_version=None, extracted_at=None)
        rows[r.doc] = row
    for doc in gone:
        if doc in rows:
            rows[doc] = {**rows[doc], "status": "removed", "mentions": 0, "error": None}
    return records, [rows[k] for k in sorted(rows)]


def safe_name(doc: str) -> str:
    """A deck's name as a folder name that stays inside its parent (`..`, `/` and leading dots made harmless)."""
    name = re.sub(r"[^\w.\-]", "_", doc)
    return "_" + name if name.startswith(".") or not name else name


def quarantine(result: DeckResult, out_dir: Path) -> Path:
    """A quarantined deck's tables and its validation results, in `quarantine/<doc>/`."""
    folder = Path(out_dir) / QUARANTINE / safe_name(result.doc)
    if folder.exists():
        shutil.rmtree(folder)
    for name, df in tables_of(result.records).items():
        publish_table(folder, name, df, formats=("csv", "json"))
    write_atomic(folder / "validation.json", json.dumps(
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
        return "unchanged" if old.get("sha256") == r.sha256 else "changed"

    kinds = [was(r) for r in results]
    return {"run_id": run_id, "started_at": started_at, "finished_at": utc_now(),
            "decks_new": kinds.count("new"), "decks_changed": kinds.count("changed"),
            "decks_unchanged": kinds.count("unchanged") + unchanged,
            "decks_failed": sum(r.status == "failed" for r in results),
            "decks_quarantined": sum(r.status == "quarantined" for r in results),
            "decks_removed": removed, "rule_version": rule_version()}


def publish(records: list[dict[str, Any]], deck_rows: list[dict[str, Any]], results: list[DeckResult],
            out_dir: Path, run: dict[str, Any] | None = None, removed: list[str] | tuple[str, ...] = (),
            prev: Path | None = None) -> list[Path]:
    """Write every table in every format into `out_dir` (a new generation); quarantined decks go to
    `out_dir/quarantine/`. `run` (a `runs` row) adds this run to `runs` and its differences to `changes`.
    `prev` is the published generation: what did not change is linked from it, not written again."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    prev = prev if prev is not None else published_dir(out_dir)
    if prev.resolve() != out_dir.resolve():
        link_tree(prev / QUARANTINE, out_dir / QUARANTINE)
    (out_dir / QUARANTINE).mkdir(exist_ok=True)
    paths: list[Path] = []
    for r in results:
        if r.status == "quarantined":
            paths.append(quarantine(r, out_dir))
        elif (out_dir / QUARANTINE / safe_name(r.doc)).exists():
            shutil.rmtree(out_dir / QUARANTINE / safe_name(r.doc))  # clean now, or failed for another reason
    for doc in removed:
        if (out_dir / QUARANTINE / safe_name(doc)).exists():
            shutil.rmtree(out_dir / QUARANTINE / safe_name(doc))
    frames = tables_of(records)
    frames["decks"] = decks_table(deck_rows)
    runs = read_published(prev, "runs")
    changes = read_published(prev, "changes")
    touched = {r.doc for r in results if r.publishable} | set(removed)
    if run is not None:
        changes = changes + diff(run["run_id"], read_published(prev, "mentions"), records, touched)
        runs = runs + [run]
    frames["runs"] = frame(runs, "runs")
    frames["changes"] = frame(changes, "changes")
    # what this run cannot have changed is linked from the previous generation
    unchanged = set()
    if not results and not removed:
        unchanged |= set(PER_DECK_TABLES) | {"decks"}
    if not touched:
        unchanged.add("changes")
    return paths + publish_all(out_dir, frames, unchanged, prev)


@dataclass
class RunOutcome:
    out_dir: str
    decks: list[dict[str, Any]]  # every deck's row, with `action`: extracted, unchanged, removed, settling, kept
    validation: dict[str, dict[str, dict[str, Any]]]  # each deck's latest validation
    tables: list[str]
    report: str | None
    outputs: list[str]
    run: dict[str, Any] = field(default_factory=dict)

    @property
    def all_published(self) -> bool:
        """Every deck present in the raw folder is published."""
        return all(d["status"] == "published" for d in self.decks if d["action"] not in ("removed", "kept"))


def finish_run(results: list[DeckResult], out_dir: Path, suites_dir: Path, run_id: str | None = None,
               started_at: str | None = None, plan: Plan | None = None) -> RunOutcome:
    """Validate every extracted deck, publish the good ones, quarantine the rest, write the report,
    all into a new generation of `out_dir` that replaces the published one in one step.

    With a `plan` (incremental runs), decks it left unchanged keep their published rows, removed decks
    leave the tables, and the manifest records what was done for the next run."""
    import pandas as pd

    from .report import summary_html
    from .validate import Validator

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    run_id = run_id or uuid.uuid4().hex
    started_at = started_at or utc_now()
    prev = published_dir(out_dir)
    gen = new_generation(out_dir)
    try:
        link_tree(prev / "reports" / "gx", gen / "reports" / "gx")  # earlier decks' Data Docs pages stay
        validator = Validator(suites_dir, docs_dir=gen / "reports" / "gx")
        mark_duplicate_names(results)
        for r in results:
            validate_deck(r, validator)
        old_decks = {d["doc"]: d for d in read_published(prev, "decks")}
        removed = plan.removed if plan else []
        records, deck_rows = merge_published(results, prev, removed)
        decks_check = validator.validate("decks", decks_table(deck_rows), run_name="decks").summary()
        if decks_check["failed"]:
            raise RuntimeError(f"the decks table failed its suite: {decks_check['failures']}")
        run = run_record(run_id, started_at, results, old_decks, len(plan.unchanged) if plan else 0, len(removed))
        paths = publish(records, deck_rows, results, gen, run, removed, prev)
        manifest = load_manifest(prev)
        if plan is not None:
            manifest = next_manifest(manifest, plan, results, suites_dir)
        save_manifest(gen, manifest)
        validator.build_docs()
        budgets = tables_of(records)["budgets"]
        this_run = {r.doc for r in results}
        validation = {doc: v.get("validation") or {} for doc, v in manifest.items()}
        validation.update({r.doc: r.validation for r in results})
        shown = [{**d, "action": _action(d["doc"], this_run, plan)} for d in deck_rows]
        shown.sort(key=lambda d: (d["action"] != "extracted", d["doc"]))
        deck_tables = [t for t in validator.tables if t != "decks"]
        page = summary_html(shown, validation, deck_tables, pd.DataFrame(budgets), decks_check,
                            cache=out_dir / ".cache" / "charts")
        write_atomic(gen / "reports" / "index.html", page.encode("utf-8"))
        commit(out_dir, gen)
    except BaseException:
        shutil.rmtree(gen, ignore_errors=True)  # the published generation is untouched
        raise
    return RunOutcome(str(out_dir), shown, validation, deck_tables, str(out_dir / "reports" / "index.html"),
                      [str(p) for p in paths], run)


def _action(doc: str, this_run: set[str], plan: Plan | None) -> str:
    if doc in this_run:
        return "extracted"
    if plan is None:
        return "kept"
    if doc in plan.removed:
        return "removed"
    if doc in plan.settling:
        return "settling"
    return "unchanged" if doc in plan.unchanged else "kept"


def next_manifest(manifest: dict[str, dict[str, Any]], plan: Plan, results: list[DeckResult],
                  suites_dir: Path) -> dict[str, dict[str, Any]]:
    """The manifest after this run: processed decks with their fingerprint, version and status."""
    out = {doc: dict(v) for doc, v in manifest.items()}
    version = run_version(suites_dir)
    for r in results:
        fp = plan.fingerprints.get(r.doc)
        if fp is not None:
            out[r.doc] = {**fp, "version": version, "status": r.status, "validation": r.validation}
    for doc in plan.removed:
        out[doc] = {**out.get(doc, {}), "status": "removed"}
    return out


def plan_run(raw_dir: Path, out_dir: Path, suites_dir: Path, settle_seconds: float | None = None) -> Plan:
    """What an incremental run has to do, from the raw folder and the manifest in `out_dir`."""
    from .ingest import deck_files
    from .state import SETTLE_SECONDS, plan

    return plan(deck_files(raw_dir), load_manifest(out_dir), run_version(suites_dir),
                SETTLE_SECONDS if settle_seconds is None else settle_seconds)
