"""`deck-to-data run [INPUT] [--out OUTPUT]` runs the flow; `deck-to-data serve` serves it on a schedule;
`deck-to-data mentions DECK` prints one deck's mentions; `deck-to-data schema` the published tables' columns.

`run` plans from the manifest before anything heavy is imported: a run with nothing to do says so and
ends in well under a second, without starting Prefect. Otherwise it shows a progress row per deck,
then a summary that fits the terminal; Prefect's own logs only with -v. Nothing it starts outlives it
(`deck_to_data_flows/watchdog.py`), however it ends."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from deck_to_data_flows.progress import Display, ProgressHandler
from deck_to_data_flows.summary import print_summary
from extract.model import Status
from extract.options import RunOptions, add_arguments

if TYPE_CHECKING:
    from rich.console import Console

    from extract.model import RunOutcome

# exit codes (also in `deck-to-data run --help`)
OK, NOT_PUBLISHED, USAGE, LOCKED, FAILED = 0, 1, 2, 3, 4
REFUSED_REMOVAL = 5
#: statuses that leave the exit code at 0: the deck is published, gone, or not a deck at all
FINE_STATUSES = (Status.PUBLISHED, Status.REMOVED, Status.SKIPPED)
#: width of the summary when it goes to a pipe or a log: nothing is cut at 80 columns
PIPE_WIDTH = 1000
INTERRUPTED: dict[int, int] = {signal.SIGINT: 130, signal.SIGTERM: 143}

EXIT_CODES = """exit codes:
  0    every deck of the input is published (files that are not decks are
       listed as skipped and do not count)
  1    a deck is not published (failed, quarantined, waiting, no text
       layer ...): the summary says which and why; or no deck was found.
       The same folder gives the same code whether the run published or
       found nothing new
  2    usage: a bad option, the input does not exist, or --out is not an
       output folder of deck-to-data (a file, the input, a folder of other things)
  3    another run holds the output folder (waited --lock-timeout seconds)
  4    the run itself failed (a crash, or the output folder is not
       writable): nothing new was published
  5    the run would remove more than --max-removed-share of the published
       decks: nothing was published (--allow-removal if that is meant)
  130  interrupted by Ctrl-C (143: by SIGTERM): nothing new was published
"""

# Prefect's embedded API: a longer start-up timeout on this hardware, and nothing sent anywhere.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
}


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    from extract.version import rule_version

    try:
        v = dist_version("deck-to-data")
    except PackageNotFoundError:
        v = "unknown"
    return f"deck-to-data {v}, rules {rule_version()}"


class _LazyVersion(argparse._VersionAction):
    """`--version`, its text made only when asked for: the package's metadata looked up on every run cost
    a no-change run about 60 ms (issue 25: <= 1 s at 5,000 decks)."""

    @property
    def version(self) -> str:
        return version()

    @version.setter
    def version(self, _value: str | None) -> None:
        pass  # (argparse sets it when the option is added)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    talk = argparse.ArgumentParser(add_help=False)
    loud = talk.add_mutually_exclusive_group()
    loud.add_argument("-v", "--verbose", action="store_true", help="also show Prefect's own logs and tracebacks")
    loud.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors (and the exit code)")
    p = argparse.ArgumentParser(prog="deck-to-data", description="Turn Japanese government slide decks into validated tables.",
                                epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action=_LazyVersion)
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", parents=[talk], epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
                         help="extract the new and changed decks of a folder (or one deck) and publish the tables",
                         description="Extract the new and changed decks of INPUT, validate them and publish the "
                                     "tables into OUT (with a report in OUT/reports/index.html).")
    add_arguments(run)
    serve = sub.add_parser("serve", parents=[talk],
                           help="serve the flow on a schedule (starts a local Prefect server if PREFECT_API_URL is unset)")
    add_arguments(serve)
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--interval", type=float, default=None, help="seconds between runs (default: 600)")
    when.add_argument("--cron", default=None, help="a cron schedule, e.g. '*/10 * * * *'")
    serve.add_argument("--state", dest="state_dir", default=None, type=Path,
                       help="folder for the local Prefect server's database (default: OUT/.state)")
    serve.add_argument("--port", type=int, default=4200, help="port of the local Prefect server (default: 4200)")
    add_settings_sources(run, serve)
    m = sub.add_parser("mentions", help="print one deck's mentions as JSON Lines (nothing is published)")
    m.add_argument("deck", type=Path, help="a .pdf or .txt deck")
    m.add_argument("--as-of", type=dt.date.fromisoformat, default=None, metavar="DATE",
                   help="reference date YYYY-MM-DD for a deck that writes no year but weekdays (default: no such year)")
    sub.add_parser("schema", help="print the published tables' columns (Markdown)")
    return p.parse_args(argv)


def add_settings_sources(*parsers: argparse.ArgumentParser) -> None:
    """`--config`, and where settings come from in `--help` (extract/settings.py)."""
    from extract.settings import CONFIG_FILE, HELP

    for p in parsers:
        p.add_argument("--config", type=Path, default=None, metavar="FILE",
                       help=f"read settings from this TOML file (default: {CONFIG_FILE} in INPUT or OUT, if there)")
        p.epilog = HELP + ("\n" + p.epilog if p.epilog else "")
        p.formatter_class = argparse.RawDescriptionHelpFormatter


def options_from(args: argparse.Namespace) -> RunOptions:
    """The run's options: flags, then DECK_TO_DATA_* variables, then the config file, then the defaults."""
    from extract.settings import given_flags, resolve

    return resolve(given_flags(args), config=getattr(args, "config", None)).options


def error(message: str) -> None:
    print(f"deck-to-data: error: {message}", file=sys.stderr, flush=True)


def cmd_mentions(deck: Path, as_of: dt.date | None = None) -> int:
    from extract.ingest import read_deck
    from extract.mentions import extract_deck
    from extract.model import DeckError

    try:
        d = read_deck(deck)
    except DeckError as e:
        error(f"{deck}: {e.reason}")
        return USAGE
    for m in extract_deck(d, as_of):
        print(json.dumps(m.record(), ensure_ascii=False))
    return OK


def prefect_env(verbose: bool) -> None:
    """Offline defaults for Prefect's embedded API; its own logs only with -v."""
    for k, v in PREFECT_DEFAULTS.items():
        os.environ.setdefault(k, v)
    if verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    else:
        os.environ["PREFECT_LOGGING_LEVEL"] = "ERROR"  # read by Prefect at import: set before it


# -- ending cleanly ----------------------------------------------------------------------------------

def start_watchdog() -> subprocess.Popen[bytes] | None:
    """A tiny process, in a session of its own, that stops whatever this process started once it is gone
    (however it ends: even SIGKILL). See deck_to_data_flows/watchdog.py."""
    try:
        return subprocess.Popen([sys.executable, "-m", "deck_to_data_flows.watchdog", str(os.getpid())],
                                cwd=str(Path(__file__).resolve().parents[1]), start_new_session=True,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        return None


def on_signals() -> None:
    """Ctrl-C and SIGTERM end the run with one line (Prefect's own crash report is silenced)."""
    def handler(signum: int, _frame: object) -> None:
        # leave at once: unwinding through Prefect's engine and the deck threads took over a minute. A
        # publication is one rename (a generation cut short is never published); the watchdog stops
        # the deck processes and the OS releases the lock. The line goes straight to fd 2: a handler
        # runs wherever the main thread was, even inside a write to sys.stderr (whose buffer would then
        # refuse a second writer), and no logging lock is taken on the way out.
        for stream in (sys.stdout, sys.stderr):  # what the run printed so far, if the streams let us
            try:
                stream.flush()
            except (OSError, RuntimeError, ValueError):
                pass
        how = "Ctrl-C" if signum == signal.SIGINT else "SIGTERM"
        say(f"\ndeck-to-data: interrupted ({how}); nothing new was published\n")
        os._exit(INTERRUPTED.get(signum, 130))

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)


def say(text: str) -> None:
    """`text` to stderr's file descriptor, whole, past Python's buffered stream; a closed or failing
    stderr loses the line, never the exit that follows."""
    data = text.encode("utf-8", "replace")
    while data:
        try:
            data = data[os.write(2, data):]
        except InterruptedError:
            continue
        except OSError:
            return


def prestart_prefect() -> threading.Thread | None:
    """Start Prefect's temporary API server while the flow's libraries are imported: both take seconds,
    and the server is another process, so they overlap. The flow then finds it running (Prefect keeps
    one per process). Any problem here only means Prefect starts it itself, later."""
    import prefect.settings

    if prefect.settings.PREFECT_API_URL.value():
        return None

    def start() -> None:
        try:
            from prefect.server.api.server import SubprocessASGIServer

            SubprocessASGIServer().start()
        except Exception:
            pass

    t = threading.Thread(target=start, name="prefect-server-start", daemon=True)
    t.start()
    return t


def exit_code(outcome: RunOutcome) -> int:
    """From the deck rows alone, so one folder state gives one code whether the run published or not."""
    return OK if all(d["status"] in FINE_STATUSES for d in outcome.decks) else NOT_PUBLISHED


# -- run -----------------------------------------------------------------------------------------------

def early_check(options: RunOptions) -> tuple[str, RunOutcome] | None:
    """Before Prefect is started: plan under the output lock from the manifest alone, and when the run
    would publish nothing (`planner.without_work`, the run's own test) its outcome. The run plans again
    under its own lock: the folder may change in between, and what it extracts is what it says."""
    from extract import planner
    from extract.outdir import claim
    from extract.state import output_lock

    claim(options.out_dir, options.raw)  # before anything is written: an output folder not ours is refused
    with output_lock(options.out_dir, timeout=options.lock_timeout):
        plan = planner.plan_run(options)
        return planner.without_work(options, plan, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))


def consoles() -> tuple[Console, Console]:
    """stdout and stderr consoles; to a pipe or a log file they are wide, so no line is cut at 80 columns
    (unless COLUMNS says how wide)."""
    from rich.console import Console

    out, err = Console(), Console(stderr=True)
    if os.environ.get("COLUMNS"):
        return out, err
    return (out if out.is_terminal else Console(width=PIPE_WIDTH),
            err if err.is_terminal else Console(stderr=True, width=PIPE_WIDTH))


def refused(e: BaseException) -> int | None:
    """The exit code of a run refused before it published anything (None: not a refusal), said in one line."""
    from extract.outdir import OutputRefused
    from extract.state import OutputLocked, RemovalRefused

    codes: list[tuple[type[BaseException], int]] = [(OutputRefused, USAGE), (RemovalRefused, REFUSED_REMOVAL),
                                                    (OutputLocked, LOCKED)]
    code = next((c for kind, c in codes if isinstance(e, kind)), None)
    if code is not None:
        error(str(e))
    return code


def cmd_run(options: RunOptions, verbose: bool = False, quiet: bool = False) -> int:
    from extract.ingest.discover import display as printable

    if not options.raw.exists():
        error(f"input not found: {printable(str(options.raw))}")
        return USAGE
    out, err = consoles()
    try:
        idle = early_check(options)
    except Exception as e:
        code = refused(e)
        if code is None and not isinstance(e, OSError):
            raise
        if code is None:
            error(f"the run failed: {e}")
        return FAILED if code is None else code
    if idle is not None and idle[0] == "nothing_found":
        error(f"no decks found in {printable(str(options.raw))} (.pdf and .txt files, subfolders included): "
              f"nothing was published")
        return NOT_PUBLISHED
    if idle is not None:
        if not quiet:
            print_summary(out, idle[1], nothing_new=True)
        return exit_code(idle[1])
    outcome = run_flow(options, err, verbose, quiet)
    if isinstance(outcome, int):
        return outcome
    if not quiet:
        print_summary(out, outcome, nothing_new=not outcome.run)  # no `runs` row: nothing was published
    return exit_code(outcome)


def run_flow(options: RunOptions, err: Console, verbose: bool, quiet: bool) -> RunOutcome | int:
    """The flow, in this process, with its progress on `err`; the exit code when it did not publish."""
    prefect_env(verbose)
    start_watchdog()
    on_signals()
    display = Display(err, quiet, live=err.is_terminal and not verbose)
    handler = ProgressHandler(display.on)
    progress = logging.getLogger("extract.progress")
    progress.setLevel(logging.INFO)
    progress.propagate = False
    progress.addHandler(handler)
    if not verbose:
        logging.getLogger("extract").setLevel(logging.CRITICAL)  # deck errors are in the summary
    try:
        server = prestart_prefect()
        from deck_to_data_flows.extract_decks import extract_decks

        if server is not None:
            server.join()
        return extract_decks(options.to_params())
    except Exception as e:
        display.stop()
        code = refused(e)  # the folder may have changed between the early check and the run's own plan
        if code is not None:
            return code
        if verbose:
            import traceback

            traceback.print_exc()
        error(f"the run failed: {type(e).__name__}: {e}" + ("" if verbose else " (-v shows the traceback)"))
        return FAILED
    finally:
        display.stop()
        progress.removeHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "mentions":
        return cmd_mentions(args.deck, args.as_of)
    if args.command == "schema":
        from extract.schema import markdown

        print(markdown(), end="")
        return OK
    try:
        options = options_from(args)
    except ValueError as e:
        error(str(e))
        return USAGE
    if args.command == "serve":
        from deck_to_data_flows.serve import ServeError, check_serve, serve
        from extract.outdir import OutputRefused

        try:
            check_serve(options, args.interval, args.cron, args.port)
        except (ServeError, OutputRefused) as e:
            error(str(e))
            return USAGE
        prefect_env(args.verbose)
        start_watchdog()  # its Prefect server and serving child go when it goes, even on SIGKILL
        return serve(options, interval=args.interval, cron=args.cron, state_dir=args.state_dir, port=args.port)
    try:
        return cmd_run(options, verbose=args.verbose, quiet=args.quiet)
    except KeyboardInterrupt:  # before the run's own handlers are in place
        say("deck-to-data: interrupted (Ctrl-C); nothing new was published\n")
        return INTERRUPTED[signal.SIGINT]


if __name__ == "__main__":
    sys.exit(main())
