"""`extract run [RAW] [--out OUTPUT]` runs the flow; `extract serve` serves it on a schedule;
`extract mentions DECK` prints one deck's mentions; `extract schema` the published tables' columns."""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from extract.options import RunOptions, add_arguments, from_arguments

if TYPE_CHECKING:
    from rich.table import Table

    from extract.model import RunOutcome

# Prefect's embedded API: a longer start-up timeout on this hardware, and nothing sent anywhere.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="extract", description="Turn Japanese government slide decks into validated tables.")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the main flow over a folder of decks and publish the tables")
    add_arguments(run)
    serve = sub.add_parser("serve", help="serve the flow on a schedule (starts a local Prefect server if PREFECT_API_URL is unset)")
    add_arguments(serve)
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--interval", type=float, default=None, help="seconds between runs (default: 600)")
    when.add_argument("--cron", default=None, help="a cron schedule, e.g. '*/10 * * * *'")
    serve.add_argument("--state", dest="state_dir", default=None, type=Path,
                       help="folder for the local Prefect server's database (default: OUT/.state)")
    serve.add_argument("--port", type=int, default=4200, help="port of the local Prefect server (default: 4200)")
    m = sub.add_parser("mentions", help="print one deck's mentions as JSON Lines (nothing is published)")
    m.add_argument("deck", type=Path, help="a .pdf or .txt deck")
    sub.add_parser("schema", help="print the published tables' columns (Markdown)")
    return p.parse_args(argv)


def cmd_mentions(deck: Path) -> int:
    from extract.ingest import read_deck
    from extract.mentions import extract_deck
    from extract.model import DeckError

    try:
        d = read_deck(deck)
    except DeckError as e:
        print(f"error: {deck}: {e.reason}", file=sys.stderr)
        return 2
    for m in extract_deck(d):
        print(json.dumps(m.record(), ensure_ascii=False))
    return 0


def prefect_defaults() -> None:
    for k, v in PREFECT_DEFAULTS.items():
        os.environ.setdefault(k, v)


def cmd_run(options: RunOptions) -> int:
    prefect_defaults()
    from rich.console import Console

    from extract.state import OutputLocked
    from flows.extract_decks import extract_decks

    console = Console(width=max(120, Console().width))
    if not options.raw.exists():
        console.print(f"[red]error:[/] raw folder not found: {options.raw}")
        return 2
    try:
        outcome = extract_decks(options.to_params())
    except OutputLocked as e:
        console.print(f"[red]error:[/] {e}")
        return 3
    console.print(results_table(outcome))
    console.print(f"Tables published to [bold]{outcome.out_dir}/[/] (CSV, JSON, Parquet, {outcome.out_dir}/decks.duckdb, "
                  f"datapackage.json); report: [bold]{outcome.report}[/]")
    return 0 if outcome.all_published else 1


def results_table(outcome: RunOutcome) -> Table:
    """A compact row per deck: status and each table's expectations (passed/failed/warnings)."""
    from rich.table import Table

    t = Table(title="deck-to-data run", show_lines=False)
    for col in ("deck", "this run", "pages", "mentions", "status", *outcome.tables):
        t.add_column(col, overflow="fold")
    style = {"published": "green", "quarantined": "yellow"}
    for d in outcome.decks:
        checks = outcome.validation.get(d["doc"], {})
        cells = []
        for name in outcome.tables:
            s = checks.get(name)
            cells.append("-" if not s else f"{s['passed']}✓ {s['failed']}✗" + (f" {s['warnings']}!" if s["warnings"] else ""))
        status = f"[{style.get(d['status'], 'red')}]{d['status']}[/]"
        t.add_row(d["file"], d["action"], str(d["pages"] or "-"), str(d["mentions"]), status, *cells)
    return t


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "mentions":
        return cmd_mentions(args.deck)
    if args.command == "schema":
        from extract.schema import markdown

        print(markdown(), end="")
        return 0
    try:
        options = from_arguments(args)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.command == "serve":
        from flows.serve import serve

        prefect_defaults()
        return serve(options, interval=args.interval, cron=args.cron, state_dir=args.state_dir, port=args.port)
    return cmd_run(options)


if __name__ == "__main__":
    sys.exit(main())
