"""The summary a run prints when it ends: a row per deck that fits the terminal, the counts per status
with what each means, and where the tables and the report are. Past `FULL_LIST_UP_TO` decks the table
keeps only the decks with something to say (not published, a reason, or read by this run), at most
`NOTEWORTHY_ROWS` of them: a run over thousands of decks prints its totals and its problems, not a
screen per hundred decks (the report and the `decks` table have every deck)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from extract.model import RunOutcome

#: what each status means, for the legend under the summary
STATUS_MEANING = {
    "published": "its rows are in the tables",
    "quarantined": "failed a check: its new rows are held back (see the report)",
    "failed": "could not be read; rows published before, if any, stay",
    "encrypted": "password-protected: add it to .passwords.json",
    "no_text_layer": "image-only pages not extracted; the others are published",
    "removed": "its file is gone: its rows left the tables",
    "skipped": "not a deck that can be read",
    "waiting": "still being written: read by a later run (the reason says when); rows published before stay",
}

#: up to this many decks the summary has a row for each; past it, only the noteworthy ones
FULL_LIST_UP_TO = 50
#: rows of noteworthy decks shown past FULL_LIST_UP_TO; the rest are counted in one line
NOTEWORTHY_ROWS = 40


def noteworthy(deck: dict[str, Any], checks: dict[str, dict[str, Any]]) -> bool:
    """A deck a long summary still lists: not published, with a reason, or read by this run."""
    return deck["status"] != "published" or deck.get("action") == "extracted" or bool(reason(deck, checks))


def shown_decks(outcome: RunOutcome) -> tuple[list[dict[str, Any]], int]:
    """The decks the summary's table lists and how many noteworthy ones it leaves out."""
    if len(outcome.decks) <= FULL_LIST_UP_TO:
        return list(outcome.decks), 0
    worth = [d for d in outcome.decks if noteworthy(d, outcome.validation.get(d["doc"], {}))]
    return worth[:NOTEWORTHY_ROWS], max(0, len(worth) - NOTEWORTHY_ROWS)


def held_back_counts(out_dir: Path) -> dict[str, int] | None:
    """Rows held back per deck, from the published `held_back` table (None: no such table)."""
    from extract.publish.generations import published_dir

    path = published_dir(Path(out_dir)) / "held_back.json"
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    counts: dict[str, int] = {}
    for r in rows if isinstance(rows, list) else []:
        counts[str(r.get("doc"))] = counts.get(str(r.get("doc")), 0) + 1
    return counts


def reason(deck: dict[str, Any], checks: dict[str, dict[str, Any]]) -> str:
    """One line: why a deck is not published, or what its checks warned about."""
    if deck.get("error"):
        return str(deck["error"]).splitlines()[0]
    warnings = [w for s in checks.values() for w in s.get("warning_list") or []]
    if warnings:
        more = f" (+{len(warnings) - 1} more)" if len(warnings) > 1 else ""
        return f"warning: {warnings[0]}{more}"
    return ""


def results_table(outcome: RunOutcome, held_back: dict[str, int] | None = None, width: int = 80,
                  nothing_new: bool = False
                  ) -> tuple[Table, list[tuple[str, str]]]:
    """A row per deck: status (and what this run did with it), pages, mentions, rows held back, and one
    line of reason, cut to what is left of the terminal's `width` (or, when too little is left, returned
    as (deck, reason) lines to print under the table)."""
    from rich.markup import escape
    from rich.table import Table

    style = {"published": "green", "quarantined": "yellow", "removed": "dim", "no_text_layer": "yellow"}
    rows = []
    for d in shown_decks(outcome)[0]:
        shown = d.get("action") not in (None, "extracted", "settling") and not nothing_new
        status = d["status"] + (f" ({d['action']})" if shown else "")
        row = [str(d.get("file") or d["doc"]), status, str(d.get("pages") or "-"), str(d.get("mentions") or 0)]
        if held_back is not None:
            row.append(str(held_back.get(d["doc"], 0)))
        rows.append((d, row, reason(d, outcome.validation.get(d["doc"], {}))))
    heads = ["deck", "status", "pages", "mentions"] + (["held back"] if held_back is not None else [])
    widths = [max([len(h)] + [len(r[1][i]) for r in rows]) for i, h in enumerate(heads)]
    fixed = sum(widths[1:]) + 2 * len(heads)
    widths[0] = max(12, min(widths[0], width - fixed))  # the numbers never fold; a very long name may
    left = width - widths[0] - fixed
    t = Table(box=None, pad_edge=False, header_style="bold", expand=False, padding=(0, 2, 0, 0))
    t.add_column("deck", overflow="fold", width=widths[0])
    t.add_column("status", no_wrap=True)
    for h in heads[2:]:
        t.add_column(h, justify="right", no_wrap=True)
    inline = left >= 30  # else the reasons go under the table, one line each
    if inline:
        t.add_column("reason", no_wrap=True, overflow="ellipsis", max_width=left)
    for d, row, why in rows:
        cells = [escape(row[0]), f"[{style.get(d['status'], 'red')}]{escape(row[1])}[/]", *row[2:]]
        if inline:
            cells.append(escape(why))
        t.add_row(*cells)
    return t, ([] if inline else [(r[1][0], r[2]) for r in rows if r[2]])


def print_summary(console: Console, outcome: RunOutcome, nothing_new: bool = False) -> None:
    from rich.markup import escape

    table, reasons = results_table(outcome, held_back_counts(Path(outcome.out_dir)), console.width, nothing_new)
    shown, more = shown_decks(outcome)
    if shown:
        console.print(table)
    for deck, why in reasons:
        console.print(escape(f"{deck}: {why}"), no_wrap=True, overflow="ellipsis", highlight=False)
    statuses = [d["status"] for d in outcome.decks]
    if len(shown) < len(statuses):
        rest = len(statuses) - len(shown)
        console.print(f"({rest} more deck{'s' if rest != 1 else ''} not listed: {more} with something to say, the others "
                      "published with nothing to report; every deck is in the report and the `decks` table)", highlight=False)
    counts = {s: statuses.count(s) for s in dict.fromkeys(statuses)}
    n = len(statuses)
    console.print(f"{n} deck{'s' if n != 1 else ''}: " + ", ".join(f"{k} {s}" for s, k in counts.items()), highlight=False)
    for s in counts:
        if s != "published" and s in STATUS_MEANING:
            console.print(f"  [dim]{s}: {STATUS_MEANING[s]}[/]")
    out = escape(str(outcome.out_dir))
    waiting = counts.get("waiting", 0)
    if nothing_new and waiting:  # not "nothing new": something is on its way
        console.print(f"Nothing published this time: {waiting} deck{'s' if waiting != 1 else ''} waiting (the reason "
                      f"says when it is read); the tables in {out}/ are as they were.", highlight=False)
    elif nothing_new:
        console.print(f"Nothing new to publish: the tables in {out}/ are as they were.", highlight=False)
    else:
        console.print(f"Tables: {out}/ (CSV, JSON, Parquet, decks.duckdb)", highlight=False)
    console.print(f"Report: {escape(str(outcome.report))}", highlight=False)
