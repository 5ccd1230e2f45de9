"""Write a complete generation: every table in every format, quarantined decks, `runs` and `changes`."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pandas as pd

from ..fileio import safe_name
from ..model import DeckResult
from ..tables import PER_DECK_TABLES, decks_table, frame, tables_of
from .changes import diff
from .formats import publish_all
from .generations import Published, link_tree, published_dir, read_published
from .merge import QUARANTINE, merge_held_back, merge_outline, quarantine


def write_tables(records: list[dict[str, Any]], deck_rows: list[dict[str, Any]], results: list[DeckResult],
                 out_dir: Path, run: dict[str, Any] | None = None, removed: list[str] | tuple[str, ...] = (),
                 prev: Path | Published | None = None, extra: dict[str, pd.DataFrame] | None = None,
                 tables: dict[str, pd.DataFrame] | None = None, held_back: list[dict[str, Any]] | None = None,
                 cores: int = 1) -> list[Path]:
    """Write every table in every format into `out_dir` (a new generation); quarantined decks go to
    `out_dir/quarantine/`. `run` (a `runs` row) adds this run to `runs` and its differences to `changes`.
    `prev` is the published generation: what did not change is linked from it, not written again.
    `extra` adds or replaces tables built across decks (programs, budget_history, budgets and amounts
    with their programme ids). `tables` (`tables_of(records)`) and `held_back` (`merge_held_back`) when the
    caller built them already (the run's merge did). `cores` > 1: the workbook is written beside (`publish_all`)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    source = prev if prev is not None else published_dir(out_dir)  # read from (each table once if `Published`)
    prev_dir = source.dir if isinstance(source, Published) else source
    (out_dir / QUARANTINE).mkdir(exist_ok=True)
    if prev_dir.resolve() != out_dir.resolve():
        # the folders of decks still quarantined from earlier runs (and of no other deck) come along
        this_run = {r.doc for r in results}
        for row in deck_rows:
            if row.get("status") == "quarantined" and row["doc"] not in this_run:
                link_tree(prev_dir / QUARANTINE / safe_name(row["doc"]), out_dir / QUARANTINE / safe_name(row["doc"]))
    paths: list[Path] = []
    for r in results:
        if r.status == "quarantined":
            paths.append(quarantine(r, out_dir))
        elif (out_dir / QUARANTINE / safe_name(r.doc)).exists():
            shutil.rmtree(out_dir / QUARANTINE / safe_name(r.doc))  # clean now, or failed for another reason
    for doc in removed:
        if (out_dir / QUARANTINE / safe_name(doc)).exists():
            shutil.rmtree(out_dir / QUARANTINE / safe_name(doc))
    frames = dict(tables) if tables is not None else tables_of(records)
    frames.update(extra or {})
    held = held_back if held_back is not None else merge_held_back(results, source, removed)
    frames["held_back"] = frame(held, "held_back")
    # the last readers of these published tables: taken, so their rows go once they are frames
    frames["outline"] = frame(merge_outline(results, source, removed, keep=False), "outline")
    frames["decks"] = decks_table(deck_rows)
    runs = read_published(source, "runs", keep=False)
    changes = read_published(source, "changes", keep=False)
    touched = {r.doc for r in results if r.publishable} | set(removed)
    if run is not None:
        changes = changes + diff(run["run_id"], read_published(source, "mentions", keep=False), records, touched)
        runs = runs + [run]
    frames["runs"] = frame(runs, "runs")
    frames["changes"] = frame(changes, "changes")
    del runs, changes  # the frames hold their cells: the rows' dicts go before every table is typed and written
    # what this run cannot have changed is linked from the previous generation
    unchanged = set()
    if not results and not removed:
        # `decks` is always written: a run without decks to extract still lists new or gone unread files
        unchanged |= set(PER_DECK_TABLES) | {"held_back", "programs", "budget_history", "outline"}
    if not touched:
        unchanged.add("changes")
    return paths + publish_all(out_dir, frames, unchanged, prev_dir, touched, cores)
