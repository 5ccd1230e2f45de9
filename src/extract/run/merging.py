"""The validate and merge stages: Great Expectations over this run's decks, then this run merged with
what was published (records, deck rows, held-back rows, cells, programme identity across decks)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ingest.discover import Skipped
from ..linking import ProgramTables, program_tables
from ..model import DeckResult, Status
from ..options import RunOptions
from ..publish.generations import Published
from ..publish.merge import merge_held_back, merge_published, run_record, utc_now
from ..state import Plan, load_manifest
from ..tables import decks_table, frame, rows_of, table_rows
from .reading import mark_duplicate_names


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
    from ..validate.stage import validate_decks
    from ..validate.suites import Validator

    validator = Validator(options.suites)
    mark_duplicate_names(results)
    validate_decks(results, validator)
    from ..validate.cells import validate_cells

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
    #: the per-deck tables of `records` (`tables.tables_of`), built once for the programmes and the report
    frames: dict[str, Any] = field(default_factory=dict)

    def extra_frames(self) -> dict[str, Any]:
        """The tables built across decks, and budgets/amounts with their `program_id`, for the writer."""
        from ..tables import frame

        out = self.programs.frames() if self.programs is not None else {}
        return {**out, "cells": frame(self.cells, "cells")}


def merge(validated: Validated, options: RunOptions, plan: Plan | None, run_id: str | None = None,
          started_at: str | None = None, prev: Published | None = None) -> Merged:
    """This run's decks merged with what was published (`prev`, read once: by default the output folder's
    current generation): records, deck rows (checked by the `decks` suite), the `runs` row, and each deck's
    latest validation."""
    prev = prev if prev is not None else Published(options.out_dir)
    results = validated.results
    removed = list(plan.removed) if plan else []
    records, deck_rows = merge_published(results, prev, removed)
    deck_rows = with_unread(deck_rows, plan.skipped if plan else [], this_run={r.doc for r in results})
    decks_check = validated.validator.validate("decks", decks_table(deck_rows), run_name="decks").summary()
    if decks_check["failed"]:
        raise RuntimeError(f"the decks table failed its suite: {decks_check['failures']}")
    old_decks = {d["doc"]: d for d in prev.table("decks", keep=False)}  # its last reader
    run = run_record(run_id or uuid.uuid4().hex, started_at or utc_now(), results, old_decks,
                     len(plan.unchanged) if plan else 0, len(removed))
    manifest = plan.manifest if plan is not None else load_manifest(prev.dir)
    validation = {doc: v.get("validation") or {} for doc, v in manifest.items()}
    validation.update({r.doc: r.validation for r in results})
    merged = Merged(run["run_id"], records, deck_rows, run, decks_check, shown_rows(deck_rows, results, plan),
                    validation, removed, merge_held_back(results, prev, removed))
    merged.cells, merged.cell_budgets = merge_cells(results, prev, removed)
    link_programmes(merged, validated, options.out_dir)
    return merged


def shown_rows(deck_rows: list[dict[str, Any]], results: list[DeckResult], plan: Plan | None) -> list[dict[str, Any]]:
    """The deck rows with this run's `action`, the extracted ones first, for the summary and the report."""
    from ..planner import waiting_row

    this_run = {r.doc for r in results}
    # the plan's lists as sets, once: a membership test per deck in lists of every deck was quadratic
    sets = None if plan is None else {k: set(v) for k, v in (("removed", plan.removed), ("settling", plan.settling),
                                                          ("unchanged", plan.unchanged), ("skipped", [s.doc for s in plan.skipped]))}
    shown = [{**d, "action": _action(d["doc"], this_run, sets)} for d in deck_rows]
    shown = [waiting_row(d, plan) for d in shown] if plan is not None else shown
    shown.sort(key=lambda d: (d["action"] != "extracted", d["doc"]))
    return shown


def merge_cells(results: list[DeckResult], prev: Published, removed: list[str]
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The cells and cell budgets rows to publish: this run's published decks replace theirs; the other
    decks keep what was published for them; a removed deck's go. In deck order (each deck's rows in their
    own order), as a first run over the same decks gives them, not this run's decks after the kept ones."""
    fresh = {r.doc for r in results if r.publishable}
    gone = fresh | set(removed)
    # the last readers of both (the budgets read whole only for the few rows from cells)
    cells = [c for c in prev.table("cells", keep=False) if c.get("doc") not in gone]
    kept_budgets = [b for b in prev.table("budgets", keep=False) if b.get("origin") == "cell" and b.get("doc") not in gone]
    for r in results:
        if r.publishable:
            cells += r.cells
            kept_budgets += r.cell_budgets
    by_doc = lambda row: str(row.get("doc"))  # noqa: E731 (a stable sort: a deck's rows keep their order)
    return sorted(cells, key=by_doc), sorted(kept_budgets, key=by_doc)


def link_programmes(merged: Merged, validated: Validated, out_dir: Path | str | None = None) -> None:
    """Programme identity across every published deck, and the cross-deck check: where one deck's
    previous-year figure and another deck's budget state the same programme and year, they agree (warning).
    `out_dir`: the output folder, whose cache keeps the names' keys between runs (`linking.keys`)."""
    from ..linking.keys import NAMES_FILE, NameKeys
    from ..outdir import real_dir
    from ..validate.cross_deck import cross_deck_frame, findings, validate_cross_deck

    rows = table_rows(merged.records)
    issuers = {d["doc"]: d.get("issuer") for d in merged.deck_rows}
    # budgets and amounts go to the linker as rows: their frames are built once, with the programme ids
    budgets = with_cell_budget_rows(rows_of(rows["budgets"], "budgets"), merged.cell_budgets)
    keys = NameKeys(real_dir(Path(out_dir), ".cache", "linking") / NAMES_FILE if out_dir is not None else None)
    pt = program_tables(budgets, rows_of(rows["amounts"], "amounts"), issuers, keys)
    keys.save()
    linked = pt.frames()
    merged.frames = {name: linked[name] if name in ("budgets", "amounts") else frame(r, name) for name, r in rows.items()}
    merged.programs = pt
    names = {p["program_id"]: p["program"] for p in pt.linking.programs}
    cd = cross_deck_frame(pt.budgets, names, pt.pairs)  # the pairs the history was built from
    merged.cross_deck_check = validate_cross_deck(cd, validated.validator).summary()
    merged.cross_deck_findings = findings(cd)


def with_cell_budgets(budgets: Any, cell_budgets: list[dict[str, Any]]) -> Any:
    """The budgets rows of the mentions plus those read from table cells; a figure a mention already states
    (same deck, page or line, and yen) is not stated twice."""
    if not cell_budgets:
        return budgets
    import pandas as pd

    from ..tables import frame

    stated = {(b["doc"], b["page"], b["line"], b["budget_yen"]) for b in budgets.to_dict("records")}
    extra = [b for b in cell_budgets if (b["doc"], b["page"], b["line"], b["budget_yen"]) not in stated]
    return pd.concat([budgets, frame(extra, "budgets")], ignore_index=True)


def with_cell_budget_rows(budgets: list[dict[str, Any]], cell_budgets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`with_cell_budgets` over rows (`tables.rows_of`), as that frame's rows: the same rows in the same order."""
    if not cell_budgets:
        return budgets
    stated = {(b["doc"], b["page"], b["line"], b["budget_yen"]) for b in budgets}
    return budgets + rows_of([b for b in cell_budgets if (b["doc"], b["page"], b["line"], b["budget_yen"]) not in stated], "budgets")


def with_unread(deck_rows: list[dict[str, Any]], skipped: list[Skipped], this_run: set[str] | None = None
                ) -> list[dict[str, Any]]:
    """The deck rows plus one for every path of the input not read this run (skipped, waiting, refused),
    with the reason; such rows of earlier runs are dropped (they describe that run's folder), not those of
    this run's decks (`this_run`: a deck that changed while it was read is `waiting` too)."""
    unread = {s.doc: s for s in skipped}
    mine = this_run or set()
    rows = [d for d in deck_rows if (d["doc"] in mine or d.get("status") not in (Status.SKIPPED, Status.WAITING))
            and d["doc"] not in unread]
    for s in skipped:
        rows.append({"doc": s.doc, "file": s.file, "sha256": None, "source_type": None, "pages": None,
                     "mentions": 0, "status": s.status, "error": s.reason, "rule_version": None, "extracted_at": None})
    return sorted(rows, key=lambda d: d["doc"])


def _action(doc: str, this_run: set[str], plan: dict[str, set[str]] | None) -> str:
    if doc in this_run:
        return "extracted"
    if plan is None:
        return "kept"
    if doc in plan["removed"]:
        return "removed"
    if doc in plan["settling"]:
        return "settling"
    if doc in plan["skipped"]:
        return "not read"
    return "unchanged" if doc in plan["unchanged"] else "kept"
