"""What a run did, as Prefect artifacts on its flow run (the Prefect UI, where a served deployment is
watched): a table of the decks and their statuses, a table of the rows validation held back, and a
markdown summary linking the report and the output folder. Each has a key, so the UI's Artifacts page
also shows its history across runs.

The contents are built by plain functions (`deck_table`, `held_back_table`, `summary_markdown`) from the
run's outcome and the published `held_back` table; `create_artifacts` sends them to the API.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any
from uuid import UUID

from extract.model import RunOutcome
from extract.publish.generations import published_dir

DECKS_KEY = "deck-statuses"
HELD_BACK_KEY = "held-back-rows"
SUMMARY_KEY = "run-summary"
#: rows of the held-back table shown in the UI (the published `held_back` table has them all)
HELD_BACK_SHOWN = 500
HELD_BACK_COLUMNS = ("doc", "seq", "kind", "page", "line", "text", "table", "check", "scope", "observed", "reason")

log = logging.getLogger("extract")


def read_held_back(out_dir: Path) -> list[dict[str, Any]]:
    """The published `held_back` rows of the output folder's current generation (none: an empty list)."""
    try:
        rows = json.loads((published_dir(Path(out_dir)) / "held_back.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return rows if isinstance(rows, list) else []


def deck_table(outcome: RunOutcome, held_back: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per deck: file, status, what this run did with it, pages, mentions, rows held back, reason."""
    held: dict[str, int] = {}
    for r in held_back:
        held[str(r.get("doc"))] = held.get(str(r.get("doc")), 0) + 1
    return [{"deck": d.get("file") or d["doc"], "status": d["status"], "action": d.get("action") or "",
             "pages": d.get("pages"), "mentions": d.get("mentions") or 0, "held_back": held.get(d["doc"], 0),
             "reason": (str(d.get("error") or "").splitlines() or [""])[0]}
            for d in outcome.decks]


def held_back_table(held_back: list[dict[str, Any]], limit: int = HELD_BACK_SHOWN) -> list[dict[str, Any]]:
    return [{c: r.get(c) for c in HELD_BACK_COLUMNS} for r in held_back[:limit]]


def _link(path: Path) -> str:
    target = path.resolve()
    return f"[{path}]({target.as_uri()})"


def summary_markdown(outcome: RunOutcome, held_back: list[dict[str, Any]]) -> str:
    """The run in a few lines, with links to the report and the output folder."""
    statuses = [d["status"] for d in outcome.decks]
    counts = ", ".join(f"{statuses.count(s)} {s}" for s in dict.fromkeys(statuses)) or "none"
    out = Path(outcome.out_dir)
    extracted = sum(1 for d in outcome.decks if d.get("action") == "extracted")
    lines = ["# deck-to-data run", "",
             f"**Decks:** {len(statuses)} ({counts}); {extracted} extracted by this run.", "",
             f"- Report: {_link(Path(outcome.report)) if outcome.report else 'none written'}",
             f"- Tables: {_link(out)} (CSV, JSON, Parquet, `decks.duckdb`, `tables.xlsx`)"]
    if outcome.run:
        lines.append(f"- Published generation: `{published_dir(out).name}` (run `{outcome.run.get('run_id')}`)")
    else:
        lines.append("- Nothing new to publish: the tables are as they were.")
    more = f" (the first {HELD_BACK_SHOWN} are in `{HELD_BACK_KEY}`)" if len(held_back) > HELD_BACK_SHOWN else ""
    lines.append(f"- Rows held back by validation: {len(held_back)}{more}; all of them in `held_back.csv`.")
    problems = [d for d in outcome.decks if d["status"] not in ("published", "removed", "skipped")]
    if problems:
        lines += ["", "| deck | status | reason |", "|---|---|---|"]
        for d in problems:
            why = (str(d.get("error") or "").splitlines() or [""])[0].replace("|", "\\|")
            deck = str(d.get("file") or d["doc"]).replace("|", "\\|")
            lines.append(f"| {deck} | {d['status']} | {why} |")
    return "\n".join(lines) + "\n"


def create_artifacts(outcome: RunOutcome) -> list[UUID]:
    """The run's three artifacts, on the current flow run. A failure here is logged, never the run's:
    the tables are published by then."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    held = read_held_back(Path(outcome.out_dir))
    try:
        ids: list[Any] = [  # called in a flow, these return the ids (not coroutines)
            create_table_artifact(deck_table(outcome, held), key=DECKS_KEY,
                                  description=f"Decks of {outcome.out_dir} and what happened to them"),
            create_table_artifact(held_back_table(held), key=HELD_BACK_KEY,
                                  description=f"Rows validation held back: {len(held)} "
                                              f"(at most {HELD_BACK_SHOWN} shown; held_back.csv has all)"),
            create_markdown_artifact(summary_markdown(outcome, held), key=SUMMARY_KEY,
                                     description="The run's report and tables"),
        ]
        return ids
    except Exception as e:  # the API went away, a payload it refused: the run itself succeeded
        log.warning("could not create the run's Prefect artifacts: %s: %s", type(e).__name__, e)
        return []
