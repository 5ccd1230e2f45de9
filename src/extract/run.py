"""One run, as plain functions: plan → extract each deck → validate → merge with what was published →
report → publish. `run(options)` calls them in order; the Prefect flow (`flows/extract_decks.py`) calls
the same functions as its tasks. Nothing here imports Prefect."""
from __future__ import annotations

import logging
import shutil
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .fileio import write_atomic
from .ingest import deck_files, outside_link, sha256_of
from .ingest.guard import Limits, load_passwords, read_deck_limited
from .mentions import extract_deck
from .model import DeckError, DeckResult, Mention, RunOutcome
from .options import RunOptions
from .publish.generations import commit, link_tree, new_generation, published_dir, read_published
from .publish.merge import merge_published, run_record, utc_now
from .publish.writer import write_tables
from .state import Plan, load_manifest, output_lock, plan, save_manifest
from .tables import decks_table, tables_of
from .version import run_version

log = logging.getLogger("extract")


# -- plan ---------------------------------------------------------------------------------------------

@contextmanager
def locked(options: RunOptions) -> Iterator[Path]:
    """Hold the output folder's lock for a whole run (see `state.output_lock`)."""
    with output_lock(options.out_dir, timeout=options.lock_timeout) as lock:
        yield lock


def plan_run(options: RunOptions) -> Plan:
    """What an incremental run has to do, from the raw folder and the manifest in the output folder
    (the same as `noop.plan_run`, which the CLI calls before anything heavy is imported)."""
    if not options.raw.exists():
        raise FileNotFoundError(f"raw folder not found: {options.raw}")
    files = deck_files(options.raw) if options.raw.is_dir() else [options.raw]
    return plan(files, load_manifest(options.out_dir), run_version(options.suites), options.settle_seconds)


def deck_limits(options: RunOptions) -> Limits:
    return Limits(timeout=options.deck_timeout, memory_mb=options.deck_memory_mb, max_text_mb=options.max_text_mb,
                  passwords=load_passwords(options.passwords_path()))


# -- extract (one deck) -------------------------------------------------------------------------------

def _links(mentions: list[Mention]) -> list[tuple[int, list[int]]]:
    index = {id(m): i for i, m in enumerate(mentions)}
    groups: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.total is not None and id(m.total) in index:
            groups[index[id(m.total)]].append(i)
    return [(t, parts) for t, parts in sorted(groups.items()) if len(parts) >= 2]


def extract_deck_file(path: Path, limits: Limits | None = None) -> DeckResult:
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


# -- validate -----------------------------------------------------------------------------------------

@dataclass
class Validated:
    """The decks after validation, and the Great Expectations context that holds their results."""

    results: list[DeckResult]
    validator: Any
    tables: list[str]


def validate(results: list[DeckResult], options: RunOptions) -> Validated:
    """Great Expectations over each extracted deck: `published`, `quarantined` or `no_text_layer`."""
    from .validate.stage import validate_deck
    from .validate.suites import Validator

    validator = Validator(options.suites)
    mark_duplicate_names(results)
    for r in results:
        validate_deck(r, validator)
    return Validated(results, validator, [t for t in validator.tables if t != "decks"])


# -- merge --------------------------------------------------------------------------------------------

@dataclass
class Merged:
    """What the next generation will hold: every published record and deck row, and this run's row."""

    run_id: str
    records: list[dict[str, Any]]
    deck_rows: list[dict[str, Any]]
    run: dict[str, Any]
    decks_check: dict[str, Any]
    shown: list[dict[str, Any]]  # deck rows with this run's `action`, for the summary and the report
    validation: dict[str, dict[str, dict[str, Any]]]
    removed: list[str] = field(default_factory=list)


def merge(validated: Validated, options: RunOptions, plan: Plan | None, run_id: str | None = None,
          started_at: str | None = None) -> Merged:
    """This run's decks merged with what was published: records, deck rows (checked by the `decks`
    suite), the `runs` row, and each deck's latest validation."""
    prev = published_dir(options.out_dir)
    results = validated.results
    removed = list(plan.removed) if plan else []
    old_decks = {d["doc"]: d for d in read_published(prev, "decks")}
    records, deck_rows = merge_published(results, prev, removed)
    decks_check = validated.validator.validate("decks", decks_table(deck_rows), run_name="decks").summary()
    if decks_check["failed"]:
        raise RuntimeError(f"the decks table failed its suite: {decks_check['failures']}")
    run_id = run_id or uuid.uuid4().hex
    run = run_record(run_id, started_at or utc_now(), results, old_decks,
                     len(plan.unchanged) if plan else 0, len(removed))
    manifest = load_manifest(prev)
    validation = {doc: v.get("validation") or {} for doc, v in manifest.items()}
    validation.update({r.doc: r.validation for r in results})
    this_run = {r.doc for r in results}
    shown = [{**d, "action": _action(d["doc"], this_run, plan)} for d in deck_rows]
    shown.sort(key=lambda d: (d["action"] != "extracted", d["doc"]))
    return Merged(run_id, records, deck_rows, run, decks_check, shown, validation, removed)


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


# -- report -------------------------------------------------------------------------------------------

def report(merged: Merged, validated: Validated, options: RunOptions) -> str:
    """The review page (`reports/index.html`) of what will be published, as HTML text: per deck its
    budgets with their source lines and, for PDFs, pictures of the page around each figure (drawn from
    the deck files in `options.raw`, cached under `<out>/.cache/figures`), and the rows held back."""
    from .report.figures import source_pictures
    from .report.page import budget_rows, figures_of, summary_html

    frames = tables_of(merged.records)
    rows = budget_rows([{str(k): v for k, v in r.items()} for r in frames["budgets"].to_dict("records")],
                       merged.records)
    held = getattr(merged, "held_back", None)  # the validation stage's `held_back` table, once it exists
    if held is None and "held_back" in frames:
        held = frames["held_back"]
    if held is not None and hasattr(held, "to_dict"):
        held = held.to_dict("records")
    raw = options.raw_folder
    files = {d["doc"]: (raw / str(d["file"]), d.get("sha256")) for d in merged.deck_rows if d.get("file")}
    try:
        passwords = load_passwords(options.passwords_path())
    except (OSError, ValueError):
        passwords = {}
    pictures = source_pictures(figures_of(rows), files, Path(options.out_dir) / ".cache" / "figures", passwords)
    return summary_html(merged.shown, merged.validation, validated.tables, rows, merged.decks_check,
                        held_back=held, pictures=pictures)


# -- publish ------------------------------------------------------------------------------------------

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


def publish(merged: Merged, validated: Validated, page: str, options: RunOptions, plan: Plan | None) -> RunOutcome:
    """Write a complete new generation (tables in every format, quarantined decks, manifest, Data Docs,
    the report) and switch `output/current` to it in one step; on any error the published generation
    stays as it was."""
    out_dir = Path(options.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    prev = published_dir(out_dir)
    gen = new_generation(out_dir)
    try:
        link_tree(prev / "reports" / "gx", gen / "reports" / "gx")  # earlier decks' Data Docs pages stay
        paths = write_tables(merged.records, merged.deck_rows, validated.results, gen, merged.run,
                             merged.removed, prev)
        manifest = load_manifest(prev)
        if plan is not None:
            manifest = next_manifest(manifest, plan, validated.results, options.suites)
        save_manifest(gen, manifest)
        validated.validator.build_docs(gen / "reports" / "gx")
        write_atomic(gen / "reports" / "index.html", page.encode("utf-8"))
        commit(out_dir, gen)
    except BaseException:
        shutil.rmtree(gen, ignore_errors=True)  # the published generation is untouched
        raise
    return RunOutcome(str(out_dir), merged.shown, merged.validation, validated.tables,
                      str(out_dir / "reports" / "index.html"), [str(p) for p in paths], merged.run)


# -- a whole run --------------------------------------------------------------------------------------

def finish(results: list[DeckResult], options: RunOptions, plan: Plan | None = None,
           run_id: str | None = None, started_at: str | None = None) -> RunOutcome:
    """Everything after extraction: validate, merge, report, publish."""
    validated = validate(results, options)
    merged = merge(validated, options, plan, run_id, started_at)
    return publish(merged, validated, report(merged, validated, options), options, plan)


def run(options: RunOptions | None = None) -> RunOutcome:
    """A whole incremental run over `options.raw` into `options.out_dir`, in this process (the per-deck
    reading still happens in child processes under the deck limits)."""
    options = RunOptions.resolve(options)
    started_at = utc_now()
    with locked(options):
        plan_ = plan_run(options)
        limits = deck_limits(options)
        results = [extract_deck_file(p, limits) for p in plan_.process]
        return finish(results, options, plan_, started_at=started_at)
