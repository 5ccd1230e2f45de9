"""Run one deck's work in a child process under a time limit and a memory limit, so one hostile file (a
PDF that takes forever, a decompression bomb, a one-line text deck with 25,000 amounts) cannot stall or
sink the run: the limits cover whatever function the caller passes (read, extract, build records).

Children fork from a forkserver with the heavy modules already imported: cheap per deck, and safe to
use from a multi-threaded parent (Prefect's thread pool), unlike a plain fork.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import multiprocessing as mp
import os
import resource
import signal
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from .model import DeckError

log = logging.getLogger("extract")
T = TypeVar("T")

#: modules the forkserver imports once, so each child starts warm (see `set_preload`)
DEFAULT_PRELOAD: tuple[str, ...] = ("extract.ingest", "extract.ingest.readers", "pdfplumber")
_ctx_lock = threading.Lock()
_ctx: Any = None
_preload: tuple[str, ...] = DEFAULT_PRELOAD
_warm: tuple[str, ...] = ()
WARM_ENV = "EXTRACT_SANDBOX_WARM"


@dataclass(frozen=True)
class Limits:
    """Per-deck limits and secrets (CLI: --deck-timeout, --deck-seconds-per-page, --deck-wall-factor,
    --deck-memory-mb, --max-text-mb, --passwords). The time limit counts the CPU seconds of the deck's
    processes (its child, page readers, Tesseract), so a busy machine does not stop a deck that a quiet one
    reads; a deck that hangs without using CPU is stopped by the wall-clock limit, `wall_factor` times it."""

    timeout: float = 120.0
    memory_mb: int = 2048
    max_text_mb: float = 50.0
    passwords: dict[str, str] = field(default_factory=dict)  # file (relative path or name) -> password
    isolate: bool = True  # False: run in this process (no limits), e.g. inside a daemonic Dask worker
    #: why the passwords file could not be (fully) used; given as the reason of encrypted decks
    password_warning: str | None = None
    #: CPU seconds per page once the deck says how many it has (`report_pages`): the limit is the larger
    #: of this times the pages and `timeout`, so a 600-page budget book is not stopped at a 2-page deck's limit
    per_page: float = 0.0
    #: the run's as-of date: the latest year a deck's weekdays may date it in (mentions.deck_year); None: no such year
    as_of: dt.date | None = None
    #: the wall-clock limit, in times the CPU limit: generous, as a loaded machine gives a deck a fraction
    #: of a core (two cores shared by 15 processes: 0.13 CPU seconds a second)
    wall_factor: float = 10.0

    def password_for(self, file: str) -> str | None:
        """The password for a deck by its path relative to the input folder, else by its bare name."""
        return self.passwords.get(file) or self.passwords.get(file.rsplit("/", 1)[-1])

    def timeout_for(self, pages: int | None) -> float:
        """The deck's limit in CPU seconds."""
        return max(self.timeout, self.per_page * pages) if pages else self.timeout

    def wall_for(self, pages: int | None) -> float:
        """The deck's limit in wall-clock seconds (a deck that hangs)."""
        return self.wall_factor * self.timeout_for(pages)

    def timeout_reason(self, pages: int | None) -> str:
        spent = self.timeout_for(pages)
        if pages and spent > self.timeout:
            return (f"used more than {spent:g} CPU seconds (the CPU limit for {pages} pages: --deck-seconds-per-page "
                    f"{self.per_page:g} per page; raise it, or --deck-timeout): stopped")
        return f"used more than {spent:g} CPU seconds (the --deck-timeout CPU limit; raise it to allow more): stopped"

    def wall_reason(self, pages: int | None) -> str:
        return (f"still running after {self.wall_for(pages):g} s of wall-clock time (the wall limit for a deck that "
                f"hangs: --deck-wall-factor {self.wall_factor:g} times its CPU limit of {self.timeout_for(pages):g} s; "
                f"raise either): stopped")


def memory_reason(memory_mb: int) -> str:
    return f"needed more than {memory_mb} MB of memory (the --deck-memory-mb limit; raise it to allow more)"


#: the child's end of its pipe, while it runs a deck (see `report_pages`)
_child_conn: Any = None


def report_pages(pages: int) -> None:
    """Called by a reader inside a deck's child once it knows the deck's pages: the parent then allows
    `Limits.per_page` seconds a page (at least `Limits.timeout`). Does nothing outside a child."""
    if _child_conn is not None:
        try:
            _child_conn.send(("pages", int(pages)))
        except (OSError, ValueError):
            pass


@dataclass(frozen=True)
class Passwords:
    """What a passwords file gave: the usable entries, and a warning when some or all were unusable."""

    passwords: dict[str, str]
    warning: str | None = None


def read_passwords(path: Path | None, raw_dir: Path | None = None) -> Passwords:
    """{file: password} from a JSON object (default `<raw_dir>/.passwords.json` when it exists). Never
    raises: a malformed file must not abort the run, only the encrypted decks then fail (with the warning)."""
    if path is None and raw_dir is not None and (Path(raw_dir) / ".passwords.json").is_file():
        path = Path(raw_dir) / ".passwords.json"
    if path is None:
        return Passwords({})
    name = Path(path).name
    try:
        data = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except OSError as e:
        return Passwords({}, f"passwords file {name} cannot be read ({type(e).__name__}: {e.strerror or e})")
    except UnicodeDecodeError:
        return Passwords({}, f"passwords file {name} is not UTF-8 text")
    except ValueError as e:
        return Passwords({}, f"passwords file {name} is not valid JSON ({e})")
    if not isinstance(data, dict):
        return Passwords({}, f"passwords file {name} must be a JSON object of file name -> password, "
                             f"not a {type(data).__name__}")
    good = {k: v for k, v in data.items() if isinstance(v, str)}
    bad = sorted(k for k in data if k not in good)
    if bad:
        shown = ", ".join(repr(k) for k in bad[:3]) + (" …" if len(bad) > 3 else "")
        return Passwords(good, f"passwords file {name}: entries whose password is not a string were ignored ({shown})")
    return Passwords(good)


def load_passwords(path: Path | None, raw_dir: Path | None = None) -> dict[str, str]:
    """The usable passwords only (the warning is logged); see `read_passwords`."""
    got = read_passwords(path, raw_dir)
    if got.warning:
        log.warning("%s", got.warning)
    return got.passwords


def set_preload(modules: Sequence[str], warm: Sequence[str] = ()) -> None:
    """Modules the forkserver imports, and warm-up functions ("module:function") it calls once, before
    forking children: each child then starts with them done (e.g. the tokenizer built). Call before the
    first `run_limited`; a forkserver already running keeps what it started with. Children inherit the
    forkserver's memory, so `Limits.memory_mb` must leave room above it."""
    global _preload, _warm
    with _ctx_lock:
        _preload, _warm = tuple(modules), tuple(warm)


def preload() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What `set_preload` set last: (modules, warm-up functions)."""
    with _ctx_lock:
        return _preload, _warm


def _context() -> Any:
    global _ctx  # one forkserver per process, started on first use (not at import)
    with _ctx_lock:
        if _ctx is None:
            from multiprocessing import forkserver

            ctx = mp.get_context("forkserver")
            ctx.set_forkserver_preload([*_preload, *(["extract._sandbox_warm"] if _warm else [])])
            if _warm:  # the forkserver reads its warm-up list from its environment, at start
                before = os.environ.get(WARM_ENV)
                os.environ[WARM_ENV] = ",".join(_warm)
                try:
                    forkserver.ensure_running()
                finally:
                    if before is None:
                        os.environ.pop(WARM_ENV, None)
                    else:
                        os.environ[WARM_ENV] = before
            _ctx = ctx
        return _ctx


def start_sandbox() -> None:
    """Start the forkserver now (it imports and warms up what `set_preload` named, then waits for the
    first child): a caller that knows decks are coming can overlap that with its own set-up."""
    from multiprocessing import forkserver

    _context()
    forkserver.ensure_running()


def stop_sandbox() -> bool:
    """Stop the forkserver, when one runs (True), and give back its memory (its imports and warm-up, a few
    hundred MB); the next `run_limited` starts a new one as the first did. A run stops it once its decks
    are read and it will hold every kept deck's rows (`run.run`)."""
    global _ctx
    from multiprocessing import forkserver

    with _ctx_lock:
        server = getattr(forkserver, "_forkserver", None)
        stop = getattr(server, "_stop", None)
        if _ctx is None or not callable(stop) or getattr(server, "_forkserver_pid", None) is None:
            return False
        stop()
        _ctx = None  # started again with the warm-up list, as at first
        return True


def _one_line(e: BaseException) -> str:
    text = str(e).strip()
    return f"{type(e).__name__}: {text.splitlines()[0][:200]}" if text else type(e).__name__


def _child(fn: Callable[..., Any], args: tuple[Any, ...], memory_mb: int, conn: Any) -> None:
    global _child_conn
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    _child_conn = conn
    try:
        try:
            result = ("ok", fn(*args))
        except DeckError as e:
            result = ("error", (e.reason, e.status))
        except MemoryError:
            result = ("error", (memory_reason(memory_mb), "failed"))
        except BaseException as e:  # noqa: BLE001 - everything must reach the parent as a reason
            result = ("error", (f"error: {_one_line(e)}", "failed"))
        try:
            conn.send(result)
        except MemoryError:
            conn.send(("error", (memory_reason(memory_mb), "failed")))
        except Exception as e:  # noqa: BLE001 - an unpicklable result, whatever pickle raised
            conn.send(("error", (f"the result could not be sent back: {_one_line(e)}", "failed")))
    finally:
        conn.close()


def _exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (out of memory?)" if name == "SIGKILL" else ""
        return f"the worker process crashed (killed by {name}{hint})"
    return f"the worker process crashed (exit code {code})"


#: seconds between two looks at a deck's CPU time, at most (a deck that ends sooner is never looked at)
CPU_CHECK_SECONDS = 1.0


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of the children it has waited for (Tesseract): the
    clock a deck's share of its CPU limit is counted on (OCR's)."""
    own, waited = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + waited.ru_utime + waited.ru_stime


def tree_cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user + system) of a process, the children it has waited for and its live descendants
    (a deck's page readers, Tesseract), from /proc; None where /proc cannot tell (not Linux, the process gone)."""
    stats: dict[int, tuple[int, int]] = {}  # pid -> (parent, clock ticks)
    try:
        entries = [e.name for e in os.scandir("/proc") if e.name.isdigit()]
    except OSError:
        return None
    for name in entries:
        try:
            with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as f:
                rest = f.read().rsplit(")", 1)[1].split()
            stats[int(name)] = (int(rest[1]), sum(int(v) for v in rest[11:15]))
        except (OSError, ValueError, IndexError):
            continue  # ended while we looked
    if pid not in stats:
        return None
    children: dict[int, list[int]] = {}
    for child, (parent, _) in stats.items():
        children.setdefault(parent, []).append(child)
    ticks, todo = 0, [pid]
    while todo:
        p = todo.pop()
        ticks += stats[p][1]
        todo += children.get(p, [])
    return ticks / os.sysconf("SC_CLK_TCK")


def _watch(pid: int, recv: Any, limits: Limits) -> tuple[str, Any]:
    """Wait for a deck's child to answer ("ok" or "error", its payload; "exited" when it ended without
    one), taking its page count on the way; DeckError once it used its CPU limit or hung past the wall limit.
    Where its CPU time cannot be read, the wall clock stands in for it (the CPU limit applies to it)."""
    started, pages, spent = time.monotonic(), None, 0.0
    while True:
        wall = time.monotonic() - started
        if spent >= limits.timeout_for(pages):
            raise DeckError(limits.timeout_reason(pages))
        if wall >= limits.wall_for(pages):
            raise DeckError(limits.wall_reason(pages))
        # two processes (a reader beside the deck) may spend the CPU left in half the time
        wait = min(limits.wall_for(pages) - wall, max(0.02, min(CPU_CHECK_SECONDS, (limits.timeout_for(pages) - spent) / 2)))
        if not recv.poll(wait):
            cpu = tree_cpu_seconds(pid)
            spent = time.monotonic() - started if cpu is None else cpu
            continue
        try:
            kind, payload = recv.recv()
        except EOFError:
            return "exited", None
        if kind != "pages":
            return kind, payload
        pages = payload


def run_limited(fn: Callable[..., T], args: tuple[Any, ...] = (), limits: Limits | None = None,
                label: str = "") -> T:
    """`fn(*args)` in a forkserver child under `limits.timeout` CPU seconds (`limits.wall_for` wall-clock
    seconds) and `limits.memory_mb` of address space; its (picklable) result, or DeckError with a one-line
    reason: a DeckError raised by `fn` keeps its reason and status; the time limits, memory exhaustion, any
    other exception and a crash become status "failed". `fn` must be importable by name (a module-level
    function). With `limits.isolate` False, or inside a daemonic process (which cannot have children), `fn`
    runs here without limits."""
    limits = limits or Limits()
    if not limits.isolate or mp.current_process().daemon:
        return fn(*args)
    ctx = _context()
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(fn, args, limits.memory_mb, send), daemon=True)
    try:
        proc.start()
    except RuntimeError as e:  # e.g. a __main__ script without the `if __name__ == "__main__"` guard
        send.close()
        recv.close()
        log.warning("%s: cannot start a child process (%s); running without time and memory limits",
                    label or getattr(fn, "__name__", "deck"), str(e).strip().splitlines()[0])
        return fn(*args)
    send.close()
    try:
        kind, payload = _watch(proc.pid, recv, limits)
        if kind == "exited":
            proc.join(5)
            raise DeckError(_exit_reason(proc.exitcode))
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        recv.close()
    if kind == "ok":
        return cast(T, payload)
    reason, status = payload
    raise DeckError(reason, status=status)
