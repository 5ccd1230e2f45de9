"""`extract run [RAW_DIR] [--out OUTPUT_DIR]` runs the flow; `extract mentions DECK` prints one deck's mentions."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from rich.table import Table

    from .pipeline import RunOutcome

# Prefect's embedded API: a longer start-up timeout on this hardware, and nothing sent anywhere.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


def _runner_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dask-address", default=None, help="run the per-deck tasks on this Dask scheduler (tcp://host:port)")
    p.add_argument("--dask-local", type=int, default=None, metavar="N", help="run them on a local Dask cluster of N worker processes")
    p.add_argument("--lock-timeout", type=float, default=300.0, help="seconds to wait for another run to finish (default: 300)")
    p.add_argument("--settle-seconds", type=float, default=5.0,
                   help="skip decks modified this recently: still being copied (default: 5)")
    p.add_argument("--deck-timeout", type=float, default=120.0, help="seconds allowed to parse one deck (default: 120)")
    p.add_argument("--deck-memory-mb", type=int, default=2048, help="memory allowed to parse one deck (default: 2048)")
    p.add_argument("--max-text-mb", type=float, default=50.0, help="largest .txt deck accepted (default: 50)")
    p.add_argument("--passwords", dest="passwords_file", type=Path, default=None,
                   help="JSON file of {deck file name: password} for encrypted PDFs (default: RAW_DIR/.passwords.json)")


def flow_options(args: argparse.Namespace) -> dict[str, object]:
    """The flow parameters the run and serve commands share."""
    return {k: getattr(args, k) for k in ("lock_timeout", "settle_seconds", "dask_address", "dask_local",
                                           "deck_timeout", "deck_memory_mb", "max_text_mb", "passwords_file")}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="extract", description="Turn Japanese government slide decks into validated tables.")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the main flow over a folder of decks and publish the tables")
    run.add_argument("raw_dir", nargs="?", default="raw", type=Path, help="folder of .pdf/.txt decks (default: raw)")
    run.add_argument("--out", dest="out_dir", default="output", type=Path, help="output folder (default: output)")
    run.add_argument("--suites", dest="suites_dir", default=None, type=Path,
                     help="folder of Great Expectations suites (default: expectations/)")
    _runner_args(run)
    serve = sub.add_parser("serve", help="serve the flow on a schedule (starts a local Prefect server if PREFECT_API_URL is unset)")
    serve.add_argument("raw_dir", nargs="?", default="raw", type=Path, help="folder of decks to watch (default: raw)")
    serve.add_argument("--out", dest="out_dir", default="output", type=Path, help="output folder (default: output)")
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--interval", type=float, default=None, help="seconds between runs (default: 600)")
    when.add_argument("--cron", default=None, help="a cron schedule, e.g. '*/10 * * * *'")
    serve.add_argument("--state", dest="state_dir", default=".state", type=Path,
                       help="folder for the local Prefect server's database (default: .state)")
    serve.add_argument("--port", type=int, default=4200, help="port of the local Prefect server (default: 4200)")
    _runner_args(serve)
    m = sub.add_parser("mentions", help="print one deck's mentions as JSON Lines (nothing is published)")
    m.add_argument("deck", type=Path, help="a .pdf or .txt deck")
    sub.add_parser("schema", help="print the published tables' columns (Markdown)")
    return p.parse_args(argv)


def cmd_mentions(deck: Path) -> int:
    from .mentions import extract_deck
    from .ingest import read_deck
    from .model import DeckError

    try:
        d = read_deck(deck)
    except DeckError as e:
        print(f"error: {deck}: {e.reason}", file=sys.stderr)
        return 2
    for m in extract_deck(d):
        print(json.dumps(m.record(), ensure_ascii=False))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    raw_dir, out_dir = args.raw_dir, args.out_dir
    for k, v in PREFECT_DEFAULTS.items():
        os.environ.setdefault(k, v)
    from rich.console import Console

    from flows.extract_decks import extract_decks
    from .state import OutputLocked
    from .validate import DEFAULT_SUITES

    console = Console(width=max(120, Console().width))
    if not Path(raw_dir).is_dir():
        console.print(f"[red]error:[/] raw folder not found: {raw_dir}")
        return 2
    try:
        outcome = extract_decks(raw_dir=raw_dir, out_dir=out_dir, suites_dir=args.suites_dir or DEFAULT_SUITES,
                                **flow_options(args))
    except OutputLocked as e:
        console.print(f"[red]error:[/] {e}")
        return 3
    console.print(results_table(outcome))
    console.print(f"Tables published to [bold]{outcome.out_dir}/[/] (CSV, JSON, Parquet, {outcome.out_dir}/decks.duckdb, "
                  f"datapackage.json); report: [bold]{outcome.report}[/]")
    return 0 if outcome.all_published else 1


def results_table(outcome: "RunOutcome") -> "Table":
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
        from .schema import markdown

        print(markdown(), end="")
        return 0
    if args.command == "serve":
        from .serve import serve

        return serve(args)
    return cmd_run(args)


if __name__ == "__main__":
    sys.exit(main())
