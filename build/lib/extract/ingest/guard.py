"""Read a deck in a child process under a time limit and a memory limit, so one hostile file (a PDF
that takes forever, or a decompression bomb) cannot stall or sink the run.

Children fork from a forkserver that has pdfplumber already imported: cheap per deck, and safe to use
from a multi-threaded parent (Prefect's thread pool), unlike a plain fork.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import resource
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Deck, DeckError

log = logging.getLogger("extract")
_ctx_lock = threading.Lock()
_ctx: Any = None


@dataclass(frozen=True)
class Limits:
    """Per-deck limits and secrets (CLI: --deck-timeout, --deck-memory-mb, --max-text-mb, --passwords)."""

    timeout: float = 120.0
    memory_mb: int = 2048
    max_text_mb: float = 50.0
    passwords: dict[str, str] = field(default_factory=dict)  # file name -> password
    isolate: bool = True  # False: read in this process (no limits), e.g. inside a daemonic Dask worker


def load_passwords(path: Path | None, raw_dir: Path | None = None) -> dict[str, str]:
    """{file name: password} from a JSON file (default `<raw_dir>/.passwords.json` when it exists)."""
    import json

    if path is None and raw_dir is not None and (Path(raw_dir) / ".passwords.json").exists():
        path = Path(raw_dir) / ".passwords.json"
    if path is None:
        return {}
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise ValueError(f"{path}: expected a JSON object of file name -> password")
    return data


def _context() -> Any:
    global _ctx  # one forkserver per process, started on first use (not at import)
    with _ctx_lock:
        if _ctx is None:
            ctx = mp.get_context("forkserver")
            ctx.set_forkserver_preload(["extract.ingest", "pdfplumber"])
            _ctx = ctx
        return _ctx


def _child(path: str, password: str | None, memory_mb: int, max_text_mb: float, conn: Any) -> None:
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        from . import read_deck

        conn.send(("ok", read_deck(Path(path), password=password, max_text_mb=max_text_mb)))
    except DeckError as e:
        conn.send(("error", (e.reason, e.status)))
    except MemoryError:
        conn.send(("error", (f"parsing needed more than {memory_mb} MB of memory (limit)", "failed")))
    except BaseException as e:  # noqa: BLE001 - everything must reach the parent as a reason
        conn.send(("error", (f"parser error: {type(e).__name__}: {str(e)[:200]}", "failed")))
    finally:
        conn.close()


def read_deck_limited(path: Path, limits: Limits = Limits()) -> Deck:
    """`read_deck` in a child process; DeckError on timeout, memory exhaustion or a crash of the parser."""
    from . import read_deck

    path = Path(path)
    password = limits.passwords.get(path.name)
    if not limits.isolate or mp.current_process().daemon:
        return read_deck(path, password=password, max_text_mb=limits.max_text_mb)
    ctx = _context()
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(str(path), password, limits.memory_mb, limits.max_text_mb, send), daemon=True)
    try:
        proc.start()
    except RuntimeError as e:  # e.g. a __main__ script without the `if __name__ == "__main__"` guard
        send.close()
        recv.close()
        log.warning("%s: cannot start a child process (%s); reading it without time and memory limits",
                    path.name, str(e).strip().splitlines()[0])
        return read_deck(path, password=password, max_text_mb=limits.max_text_mb)
    send.close()
    try:
        if not recv.poll(limits.timeout):
            raise DeckError(f"parsing took longer than {limits.timeout:g} s (limit): skipped")
        try:
            kind, payload = recv.recv()
        except EOFError:
            proc.join(5)
            raise DeckError(f"the parser crashed (exit code {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        recv.close()
    if kind == "ok":
        return payload  # type: ignore[no-any-return]
    reason, status = payload
    raise DeckError(reason, status=status)
