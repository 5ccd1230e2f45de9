"""The one-liners beside `extract.run.run(options)`:

    from extract import read, connect
    tables = read("raw/")                  # DataFrames by table name, nothing written
    tables["budgets"]                      # or tables.budgets
    con = connect("output")                # DuckDB on the published tables (read-only)
    con.sql("select doc, program, max from budgets").df()

`read` extracts a deck or a folder in this process's children (the same per-deck limits and code as
a run) and builds the tables, without validating or publishing anything; `connect` opens the current
generation's `decks.duckdb`, so every table it shows comes from one run.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .options import RunOptions

if TYPE_CHECKING:
    import duckdb


class Tables(dict[str, pd.DataFrame]):
    """DataFrames by table name (the names and columns of the published tables, see docs/tables.md);
    a table is also an attribute: `tables.budgets`."""

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no table {name!r}; the tables: {', '.join(self)}") from None

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *self]


def read(path: str | Path, options: RunOptions | Mapping[str, Any] | None = None, validate: bool = False) -> Tables:
    """The tables of one deck or of every deck in a folder (subfolders too), as DataFrames; nothing is
    written. `options` (RunOptions fields) set the per-deck limits and the passwords file.

    By default nothing is validated: every mention the rules found is in the tables and each deck's
    `status` is `extracted` (or why it could not be read). `validate=True` runs the Great Expectations
    suites as a run does (a few seconds more): rows failing a check move to `held_back` and the
    statuses are those a run would publish."""
    from . import run as stages
    from .ingest.discover import discover
    from .linking import program_tables
    from .tables import decks_table, frame, tables_of

    opts = RunOptions.resolve(options, raw=Path(path))
    found = discover(Path(path), settle_seconds=0)
    limits = stages.deck_limits(opts)
    results = [stages.extract_deck_file(d, limits) for d in found.decks]
    stages.mark_duplicate_names(results)
    held: list[dict[str, Any]] = []
    if validate:
        stages.validate(results, opts)
        held = [{"doc": r.doc, **h} for r in results for h in r.held_back]
    readable = [r for r in results if r.publishable or r.status == "extracted"]
    records = [m for r in readable for m in r.records]
    deck_rows = [{**r.deck_row(), "file_sha256": r.sha256, "rule_version": None, "extracted_at": None} for r in results]
    for r, row in zip(results, deck_rows):
        if r.status == "extracted":
            row["mentions"] = len(r.records)
    frames = tables_of(records)
    issuers = {r.doc: r.issuer for r in results}
    cell_budgets = [b for r in readable for b in r.cell_budgets]
    frames.update(program_tables(stages.with_cell_budgets(frames["budgets"], cell_budgets), frames["amounts"],
                                 issuers).frames())
    frames["cells"] = frame([c for r in readable for c in r.cells], "cells")
    frames["outline"] = frame([o for r in readable for o in r.outline], "outline")
    frames["held_back"] = frame(held, "held_back")
    frames["decks"] = decks_table(stages.with_unread(deck_rows, found.skipped))
    return Tables(frames)


def connect(out_dir: str | Path = "output") -> duckdb.DuckDBPyConnection:
    """A read-only DuckDB connection on the published tables of `out_dir` (its current generation's
    `decks.duckdb`: every table from one run, with the column descriptions as comments). The connection
    keeps seeing that generation even when a later run publishes another."""
    import duckdb

    from .publish.formats import DUCKDB_FILE
    from .publish.generations import published_dir

    db = published_dir(Path(out_dir)) / DUCKDB_FILE
    if not db.is_file():
        raise FileNotFoundError(f"no published tables in {out_dir}: {db.name} not found (run `deck-to-data run` first)")
    return duckdb.connect(str(db), read_only=True)
