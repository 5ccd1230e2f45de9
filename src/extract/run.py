"""One run, as plain functions: plan → extract each deck → validate → merge with what was published →
report → publish. `run(options)` calls them in order; the Prefect flow (`flows/extract_decks.py`) calls
the same functions as its tasks. Nothing here imports Prefect."""
from __future__ import annotations

import logging
import shutil
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .fileio import write_atomic
from .housekeeping import prune_cache
from .ingest import read_deck_file, sha256_checked
from .ingest.discover import DeckFile, Skipped, discover
from .ingest.guard import with_password_warning
from .mentions import extract_deck_outline
from .model import Deck, DeckError, DeckResult, Mention, RunOutcome
from .options import RunOptions
from .programs import ProgramTables, issuer_of, program_tables
from .publish.generations import commit, link_tree, new_generation, published_dir, read_published
from .publish.merge import merge_held_back, merge_outline, merge_published, run_record, utc_now
from .publish.writer import write_tables
from .sandbox import Limits, read_passwords, run_limited, set_preload, start_sandbox
from .state import Plan, load_manifest, output_lock, save_manifest
from .tables import decks_table, tables_of
from .version import run_version

log = logging.getLogger("extract")
#: one record per deck as it finishes (event=deck_done, its fields in `extra`), as the flow sends them
progress = logging.getLogger("extract.progress")


# -- plan ---------------------------------------------------------------------------------------------

@contextmanager
def locked(options: RunOptions) -> Iterator[Path]:
    """Hold the output folder's lock for a whole run (see `state.output_lock`)."""
    from .outdir import claim

    claim(options.out_dir, options.raw)  # an output folder that is not ours is refused before anything is written
    with output_lock(options.out_dir, timeout=options.lock_timeout) as lock:
        yield lock


def plan_run(options: RunOptions) -> Plan:
    """What an incremental run has to do, from the input and the manifest in the output folder
    (the same as `noop.plan_run`, which the CLI calls before anything heavy is imported)."""
    from . import noop

    return noop.plan_run(options)


def deck_limits(options: RunOptions) -> Limits:
    """The per-deck limits and passwords; a passwords file that cannot be used fails only encrypted decks."""
    got = read_passwords(options.passwords_path())
    return Limits(timeout=options.deck_timeout, memory_mb=options.deck_memory_mb, max_text_mb=options.max_text_mb,
                  passwords=got.passwords, password_warning=got.warning, per_page=options.deck_seconds_per_page)


# -- extract (one deck) -------------------------------------------------------------------------------

def _links(mentions: list[Mention]) -> list[tuple[int, list[int]]]:
    index = {id(m): i for i, m in enumerate(mentions)}
    groups: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.total is not None and id(m.total) in index:
            groups[index[id(m.total)]].append(i)
    return [(t, parts) for t, parts in sorted(groups.items()) if len(parts) >= 2]


#: the share of a deck's time limit OCR of its scanned pages may take (pages past it are left image-only)
OCR_SHARE = 0.7


def process_deck(deck: DeckFile, password: str | None, max_text_mb: float,
                 ocr_seconds: float | None = None) -> DeckResult:
    """Everything done for one deck: read it, find its mentions, build its records. Runs in the deck's
    child process, so the deck's time and memory limits cover all of it (a one-line deck with 25,000
    amounts is stopped like a slow PDF)."""
    d = read_deck_file(deck, password, max_text_mb, ocr_seconds)
    mentions, tree = extract_deck_outline(d)
    result = DeckResult(d.doc, d.file or deck.file, d.sha256, d.source_type, d.pages, len(d.lines),
                        [m.record() for m in mentions], _links(mentions),
                        pages_without_text=list(d.pages_without_text), encoding=d.encoding,
                        issuer=issuer_of([line.text for line in d.lines[:20]]), notes=list(d.notes),
                        outline=tree.rows(d.doc))
    read_cells(result, d)
    return result


def read_cells(result: DeckResult, deck: Deck) -> None:
    """The deck's table cells (a table whose sums do not hold is held back whole) and the budgets rows
    of its programme rows."""
    from .cells import cell_budget_records, grid_cells, held_back_cells

    title = " ".join(line.text for line in deck.lines[:5])
    result.cells, result.cells_held = held_back_cells(grid_cells(deck.doc, deck.tables))
    result.cell_budgets = cell_budget_records(result.cells, title)


def _warm_sandbox() -> None:
    """The deck children fork from a process with the rules, spaCy and pdfplumber loaded and warmed."""
    set_preload(["extract.ingest", "extract.run", "pdfplumber", "pptx", "openpyxl", "docx"],
                warm=["extract.mentions:warm_up"])


def as_deck_file(deck: DeckFile | Path) -> DeckFile | Skipped:
    """A deck given by path (tests, one-off calls): discovered on its own, in its folder."""
    if isinstance(deck, DeckFile):
        return deck
    found = discover(Path(deck), settle_seconds=0)
    return found.decks[0] if found.decks else found.skipped[0]


def _sha256_or_none(deck: DeckFile) -> str | None:
    """The hash of a deck that could not be extracted (its file as seen), when it can be read at all."""
    try:
        return sha256_checked(deck.path, deck.root)[0]
    except DeckError:
        return None


def extract_deck_file(deck: DeckFile | Path, limits: Limits | None = None) -> DeckResult:
    """Read and extract one deck in a child process under `limits`; a deck that cannot be read comes
    back `failed`, `skipped`, `encrypted` or `no_text_layer` with its reason."""
    limits = limits or Limits()
    found = as_deck_file(deck)
    if isinstance(found, Skipped):
        return DeckResult(found.doc, found.file, None, Path(found.file).suffix.lower().lstrip("."), None, 0, [],
                          status=found.status, error=found.reason)
    source_type = Path(found.file).suffix.lower().lstrip(".")
    _warm_sandbox()
    try:
        return run_limited(process_deck, (found, limits.password_for(found.file), limits.max_text_mb,
                                          limits.timeout * OCR_SHARE), limits,
                           label=found.file)
    except DeckError as e:
        e = with_password_warning(e, limits)
        log.error("%s: %s", found.file, e.reason)
        return DeckResult(found.doc, found.file, _sha256_or_none(found), source_type, None, 0, [], status=e.status,
                          error=e.reason)
    except Exception as e:  # a bug or an unforeseen input must not stop the other decks
        log.exception("%s: extraction failed", found.file)
        return DeckResult(found.doc, found.file, None, source_type, None, 0, [], status="failed",
                          error=f"extraction failed: {type(e).__name__}: {e}")


def _deck_done(deck: DeckFile, result: DeckResult, done: int, total: int,
               on_done: Callable[[DeckResult], None] | None) -> None:
    progress.info("deck_done", extra={"event": "deck_done", "deck": deck.file, "pages": result.pages,
                                      "mentions": len(result.records), "error": result.error,
                                      "done": done, "total": total})
    if on_done is not None:
        on_done(result)


def extract_all(decks: Sequence[DeckFile], limits: Limits, options: RunOptions,
                on_done: Callable[[DeckResult], None] | None = None) -> list[DeckResult]:
    """Every deck of a plan, each in its own limited child process, `options.pool_size` at a time (or one
    task per deck on Dask: `dask_address`, `dask_local`). Progress as each deck finishes (`on_done`, and
    the `extract.progress` log); the results come back in the order of `decks`, so what is published
    does not depend on the worker count or on which deck finished first."""
    decks = list(decks)
    if not decks:
        return []
    if options.dask_address or options.dask_local:
        return _extract_on_dask(decks, limits, options, on_done)
    workers = min(options.pool_size, len(decks))
    if workers == 1:
        results = []
        for i, d in enumerate(decks, 1):
            results.append(extract_deck_file(d, limits))
            _deck_done(d, results[-1], i, len(decks), on_done)
        return results
    _warm_sandbox()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="deck") as pool:
        # each thread only waits on its deck's child process: the reading happens there, on its own core
        futures = {pool.submit(extract_deck_file, d, limits): i for i, d in enumerate(decks)}
        out: list[DeckResult | None] = [None] * len(decks)
        for n, f in enumerate(as_completed(futures), 1):
            i = futures[f]
            out[i] = f.result()
            _deck_done(decks[i], f.result(), n, len(decks), on_done)
    return [r for r in out if r is not None]


def _extract_on_dask(decks: list[DeckFile], limits: Limits, options: RunOptions,
                     on_done: Callable[[DeckResult], None] | None) -> list[DeckResult]:
    """One Dask task per deck (coarse on purpose: a task costs ~250 ms there), gathered in plan order."""
    from distributed import Client, LocalCluster
    from distributed import as_completed as dask_completed

    cluster = None
    if options.dask_local:
        cluster = LocalCluster(n_workers=options.dask_local, threads_per_worker=1, processes=True,
                               dashboard_address=None)
    try:
        with Client(cluster if cluster is not None else options.dask_address) as client:
            futures = client.map(extract_deck_file, decks, limits=limits, pure=False)
            index = {f.key: i for i, f in enumerate(futures)}
            for n, f in enumerate(dask_completed(futures), 1):
                _deck_done(decks[index[f.key]], f.result(), n, len(decks), on_done)
            return [f.result() for f in futures]
    finally:
        if cluster is not None:
            cluster.close()


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
    """Great Expectations once per table over every extracted deck of the run: each deck `published`
    (rows failing a row or group check held back), `no_text_layer`, or `quarantined` (a deck-level
    failure); see `validate.stage`."""
    from .validate.stage import validate_decks
    from .validate.suites import Validator

    validator = Validator(options.suites)
    mark_duplicate_names(results)
    validate_decks(results, validator)
    from .validate.cells import validate_cells

    validate_cells(results, validator)
    return Validated(results, validator, [t for t in validator.tables if t not in ("decks", "cross_deck")])


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
    #: every published `held_back` row (this run's decks and the kept ones'), for the report
    held_back: list[dict[str, Any]] = field(default_factory=list)
    #: programme identity across every published deck: programs, budget_history, budgets/amounts with ids
    programs: ProgramTables | None = None
    #: the cross-deck consistency check (warnings only) and its findings, naming both decks and lines
    cross_deck_check: dict[str, Any] = field(default_factory=dict)
    cross_deck_findings: list[str] = field(default_factory=list)

    #: every published `cells` row, and the budgets rows read from cells
    cells: list[dict[str, Any]] = field(default_factory=list)
    cell_budgets: list[dict[str, Any]] = field(default_factory=list)

    def extra_frames(self) -> dict[str, Any]:
        """The tables built across decks, and budgets/amounts with their `program_id`, for the writer."""
        from .tables import frame

        out = self.programs.frames() if self.programs is not None else {}
        return {**out, "cells": frame(self.cells, "cells")}


def merge(validated: Validated, options: RunOptions, plan: Plan | None, run_id: str | None = None,
          started_at: str | None = None) -> Merged:
    """This run's decks merged with what was published: records, deck rows (checked by the `decks`
    suite), the `runs` row, and each deck's latest validation."""
    prev = published_dir(options.out_dir)
    results = validated.results
    removed = list(plan.removed) if plan else []
    old_decks = {d["doc"]: d for d in read_published(prev, "decks")}
    records, deck_rows = merge_published(results, prev, removed)
    deck_rows = with_unread(deck_rows, plan.skipped if plan else [], this_run={r.doc for r in results})
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
    from .noop import waiting_row

    shown = [{**d, "action": _action(d["doc"], this_run, plan)} for d in deck_rows]
    shown = [waiting_row(d, plan) for d in shown] if plan is not None else shown
    shown.sort(key=lambda d: (d["action"] != "extracted", d["doc"]))
    held = merge_held_back(results, prev, removed)
    merged = Merged(run_id, records, deck_rows, run, decks_check, shown, validation, removed, held)
    merged.cells, merged.cell_budgets = merge_cells(results, prev, removed)
    link_programmes(merged, validated)
    return merged


def merge_cells(results: list[DeckResult], prev: Path, removed: list[str]
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The cells and cell budgets rows to publish: this run's published decks replace theirs; the other
    decks keep what was published for them; a removed deck's go."""
    fresh = {r.doc for r in results if r.publishable}
    gone = fresh | set(removed)
    cells = [c for c in read_published(prev, "cells") if c.get("doc") not in gone]
    kept_budgets = [b for b in read_published(prev, "budgets") if b.get("origin") == "cell" and b.get("doc") not in gone]
    for r in results:
        if r.publishable:
            cells += r.cells
            kept_budgets += r.cell_budgets
    return cells, kept_budgets


def link_programmes(merged: Merged, validated: Validated) -> None:
    """Programme identity across every published deck, and the cross-deck check: where one deck's
    previous-year figure and another deck's budget state the same programme and year, they agree (warning)."""

    from .validate.cross_deck import cross_deck_frame, findings, validate_cross_deck

    t = tables_of(merged.records)
    issuers = {d["doc"]: d.get("issuer") for d in merged.deck_rows}
    pt = program_tables(with_cell_budgets(t["budgets"], merged.cell_budgets), t["amounts"], issuers)
    merged.programs = pt
    names = {p["program_id"]: p["program"] for p in pt.linking.programs}
    cd = cross_deck_frame(pt.budgets, names)
    merged.cross_deck_check = validate_cross_deck(cd, validated.validator).summary()
    merged.cross_deck_findings = findings(cd)


def with_cell_budgets(budgets: Any, cell_budgets: list[dict[str, Any]]) -> Any:
    """The budgets rows of the mentions plus those read from table cells; a figure a mention already states
    (same deck, page or line, and yen) is not stated twice."""
    if not cell_budgets:
        return budgets
    import pandas as pd

    from .tables import frame

    stated = {(b["doc"], b["page"], b["line"], b["budget_yen"]) for b in budgets.to_dict("records")}
    extra = [b for b in cell_budgets if (b["doc"], b["page"], b["line"], b["budget_yen"]) not in stated]
    return pd.concat([budgets, frame(extra, "budgets")], ignore_index=True)


def with_unread(deck_rows: list[dict[str, Any]], skipped: list[Skipped], this_run: set[str] | None = None
                ) -> list[dict[str, Any]]:
    """The deck rows plus one for every path of the input not read this run (skipped, waiting, refused),
    with the reason; such rows of earlier runs are dropped (they describe that run's folder), not those of
    this run's decks (`this_run`: a deck that changed while it was read is `waiting` too)."""
    unread = {s.doc: s for s in skipped}
    mine = this_run or set()
    rows = [d for d in deck_rows if (d["doc"] in mine or d.get("status") not in ("skipped", "waiting"))
            and d["doc"] not in unread]
    for s in skipped:
        rows.append({"doc": s.doc, "file": s.file, "sha256": None, "source_type": None, "pages": None,
                     "mentions": 0, "status": s.status, "error": s.reason, "rule_version": None, "extracted_at": None})
    return sorted(rows, key=lambda d: d["doc"])


def _action(doc: str, this_run: set[str], plan: Plan | None) -> str:
    if doc in this_run:
        return "extracted"
    if plan is None:
        return "kept"
    if doc in plan.removed:
        return "removed"
    if doc in plan.settling:
        return "settling"
    if any(s.doc == doc for s in plan.skipped):
        return "not read"
    return "unchanged" if doc in plan.unchanged else "kept"


# -- report -------------------------------------------------------------------------------------------

def report(merged: Merged, validated: Validated, options: RunOptions) -> str:
    """The review page (`reports/index.html`) of what will be published, as HTML text: per deck its
    budgets with their source lines and, for PDFs, pictures of the page around each figure (drawn from
    the deck files in `options.raw`, cached under `<out>/.cache/figures`), and the rows held back."""
    from .report.figures import source_pictures
    from .report.page import budget_rows, figures_of, summary_html

    frames = tables_of(merged.records)
    budgets = merged.programs.frames()["budgets"] if merged.programs is not None else frames["budgets"]
    rows = budget_rows([{str(k): v for k, v in r.items()} for r in budgets.to_dict("records")], merged.records)
    held = getattr(merged, "held_back", None)  # the validation stage's `held_back` table, once it exists
    if held is None and "held_back" in frames:
        held = frames["held_back"]
    if held is not None and hasattr(held, "to_dict"):
        held = held.to_dict("records")
    raw = options.raw_folder
    files = {d["doc"]: (raw / str(d["file"]), d.get("sha256")) for d in merged.deck_rows if d.get("file")}
    passwords = read_passwords(options.passwords_path()).passwords
    from .outdir import real_dir

    pictures = source_pictures(figures_of(rows), files, real_dir(Path(options.out_dir), ".cache", "figures"), passwords)
    from .report.history import history_charts

    histories = history_charts(merged.programs.budget_history, real_dir(Path(options.out_dir), ".cache", "charts")) \
        if merged.programs is not None else []
    outlines: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for o in merge_outline(validated.results, published_dir(options.out_dir), merged.removed):
        outlines[o["doc"]].append(o)
    from .report.figures import table_figures, table_pictures

    grids = table_pictures(table_figures(merged.cells), files, Path(options.out_dir) / ".cache" / "figures", passwords)
    shots: dict[str, list[tuple[str, str]]] = {}
    for f, uri in sorted(grids.items(), key=lambda kv: (kv[0].doc, kv[0].page, kv[0].table)):
        shots.setdefault(f.doc, []).append((f"page {f.page}, table {f.table}: {len(f.cells)} numbers", uri))
    return summary_html(merged.shown, merged.validation, validated.tables, rows, merged.decks_check,
                        held_back=held, pictures=pictures, histories=histories, cross_deck=merged.cross_deck_findings,
                        outlines=outlines, table_pictures=shots)


# -- publish ------------------------------------------------------------------------------------------

def next_manifest(manifest: dict[str, dict[str, Any]], plan: Plan, results: list[DeckResult],
                  suites_dir: Path) -> dict[str, dict[str, Any]]:
    """The manifest after this run: processed decks with their fingerprint, version and status."""
    out = {doc: dict(v) for doc, v in manifest.items()}
    version = run_version(suites_dir)
    for r in results:
        fp = plan.fingerprints.get(r.doc)
        if r.status == "waiting":
            continue  # changed while it was read: the next run reads it again, whatever its stat says
        if fp is not None:
            # the hash of the bytes extracted (the file may have changed after it was planned)
            out[r.doc] = {**fp, "sha256": r.sha256 or fp.get("sha256"), "version": version, "status": r.status,
                          "validation": r.validation}
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
                             merged.removed, prev, extra=merged.extra_frames())
        manifest = load_manifest(prev)
        if plan is not None:
            manifest = next_manifest(manifest, plan, validated.results, options.suites)
        save_manifest(gen, manifest)
        validated.validator.build_docs(gen / "reports" / "gx")
        write_atomic(gen / "reports" / "index.html", page.encode("utf-8"))
        commit(out_dir, gen)
        prune_cache(out_dir)  # pictures and charts no report used for weeks
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


def _import_validation() -> None:
    """Great Expectations takes seconds to import: done on a side thread while the decks are read."""
    try:
        import great_expectations  # noqa: F401  (what Validator() imports first, the bulk of the cost)

        from .validate import stage, suites  # noqa: F401
    except Exception:  # noqa: BLE001 - validate() imports them again and reports any error there
        log.debug("importing the validation stage ahead failed", exc_info=True)


def get_ready(plan: Plan) -> None:
    """Start what the run will need while the first decks are read: the sandbox's forkserver (its imports
    and warm-up, so the first deck is not kept waiting behind the rest of the set-up) and the
    validation stage's imports, each on a side thread. Changes no result, only when things happen."""
    import threading

    if plan.process:
        _warm_sandbox()
        threading.Thread(target=start_sandbox, name="sandbox-start", daemon=True).start()
        threading.Thread(target=_import_validation, name="import-validation", daemon=True).start()


def run(options: RunOptions | None = None) -> RunOutcome:
    """A whole incremental run over `options.raw` into `options.out_dir`, in this process (the per-deck
    reading still happens in child processes under the deck limits)."""
    options = RunOptions.resolve(options)
    started_at = utc_now()
    with locked(options):
        plan_ = plan_run(options)
        if not (options.dask_address or options.dask_local):
            get_ready(plan_)
        limits = deck_limits(options)
        results = extract_all(plan_.process, limits, options)
        return finish(results, options, plan_, started_at=started_at)
