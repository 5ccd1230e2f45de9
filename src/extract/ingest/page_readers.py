"""A long PDF's pages read by more than one process (issue 25): a 600-page budget book is one deck, so
without this one core reads it while the others sit idle.

`read_pages(read, n_pages, workers)` gives `read(page_no)` for every page, in page order, whatever the
number of processes: the pages are cut into small runs, and each reader takes the next run not yet taken
when it is done with one (a queue in a pipe), so the readers finish within a run of each other however
the costly table pages fall (runs dealt out in turn left one reader 1-2 s behind on a budget book); `workers - 1`
forked readers send what they read back through a pipe, this process reads its runs meanwhile. Only a process with a single thread
forks (the deck's child process, see sandbox.py); anywhere else the pages are read here, one by one.
A reader dies with the process that forked it (the deck's time limit kills that one), and an error
is raised as the one page-by-page reading would have met first: the error of the lowest page."""
from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: pages in a run handed to one reader; fewer pages than two runs a reader are read here
RUN = 8


def _runs(n_pages: int) -> list[range]:
    """Page numbers (1-based) in runs of `RUN` pages, or longer ones for a deck past `_Queue.RUNS` runs."""
    step = max(RUN, -(-n_pages // _Queue.RUNS))
    return [range(start, min(start + step, n_pages + 1)) for start in range(1, n_pages + 1, step)]


class _Queue:
    """The runs' numbers in a pipe, written before any reader is forked: each reader takes the next one with
    one read of a record (reads of a few bytes from a pipe are whole), so no run is read twice; an empty pipe
    whose writing end is closed reads as the end. Runs are taken in increasing order: a reader's pages rise."""

    SIZE = 4
    #: the runs a queue holds: written whole before any reader reads, so within the least a pipe holds
    #: (one page, 4,096 bytes, when the user's pipes are over their soft limit), else the write would wait forever
    RUNS = 4096 // SIZE

    def __init__(self, runs: int) -> None:
        self.fd, w = os.pipe()
        with os.fdopen(w, "wb") as f:  # closed here: no reader can hold the writing end open
            f.write(b"".join(i.to_bytes(self.SIZE, "little") for i in range(runs)))

    def take(self) -> int | None:
        got = os.read(self.fd, self.SIZE)
        return int.from_bytes(got, "little") if got else None

    def close(self) -> None:
        os.close(self.fd)


def can_fork() -> bool:
    """Forking is safe here: Linux (a reader must die with its parent) and no other thread running."""
    return sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1


def _read_share(read: Callable[[int], T], pages: Callable[[], Sequence[int] | None]
                ) -> tuple[list[tuple[int, T]], tuple[int, BaseException] | None]:
    """What a reader read, (page, result), run after run as `pages()` gives them, stopping at its first error
    (with that page)."""
    out: list[tuple[int, T]] = []
    while (run := pages()) is not None:
        for p in run:
            try:
                out.append((p, read(p)))
            except BaseException as e:  # noqa: BLE001 - handed to whoever gathers the shares
                return out, (p, e)
    return out, None


def _die_with_parent(parent: int) -> None:
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: killed when the deck's process is
    if os.getppid() != parent:  # the parent died before prctl took hold
        os._exit(1)


def _payload(got: tuple[list[Any], tuple[int, BaseException] | None]) -> bytes:
    try:
        return pickle.dumps(got, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an exception that does not pickle: its type and message do
        out, (page, e) = got[0], got[1] or (0, RuntimeError("a page's result could not be sent back"))
        return pickle.dumps((out, (page, RuntimeError(f"{type(e).__name__}: {e}"))), protocol=pickle.HIGHEST_PROTOCOL)


def _fork(read: Callable[[int], Any], pages: Callable[[], Sequence[int] | None]) -> tuple[int, int]:
    """A forked reader of the runs `pages()` gives: (its pid, the pipe its result comes through)."""
    parent = os.getpid()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the reader: never returns
        code = 1
        try:
            os.close(r)
            _die_with_parent(parent)
            data = _payload(_read_share(read, pages))
            with os.fdopen(w, "wb") as f:
                f.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(w)
    return pid, r


def _gather(pid: int, fd: int) -> tuple[list[Any], tuple[int, BaseException] | None]:
    with os.fdopen(fd, "rb") as f:
        data = f.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        why = f"killed by signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit code {os.waitstatus_to_exitcode(status)}"
        return [], (0, RuntimeError(f"a page reader process crashed ({why})"))
    got: tuple[list[Any], tuple[int, BaseException] | None] = pickle.loads(data)
    return got


def read_pages(read: Callable[[int], T], n_pages: int, workers: int = 1) -> list[T]:
    """`[read(1), ..., read(n_pages)]`, read by up to `workers` processes (see the module's note)."""
    workers = max(1, min(workers, n_pages // RUN))
    if workers == 1 or not can_fork():
        return [read(p) for p in range(1, n_pages + 1)]
    runs = _runs(n_pages)
    queue = _Queue(len(runs))

    def next_run() -> range | None:
        i = queue.take()
        return None if i is None else runs[i]

    try:
        readers = [_fork(read, next_run) for _ in range(workers - 1)]
        got = [_read_share(read, next_run)]
        got += [_gather(pid, fd) for pid, fd in readers]
    finally:
        queue.close()
    # an error stops its reader only: the runs before it were taken, and read, by this reader or another, so
    # the lowest page's error is among those met, as page-by-page reading would meet it first
    errors = [err for _, err in got if err is not None]
    if errors:
        raise min(errors, key=lambda e: e[0])[1]
    by_page = dict(pair for results, _ in got for pair in results)
    return [by_page[p] for p in range(1, n_pages + 1)]


class Steps:
    """What `in_steps` started: `get(k)` gives the k-th function's result (its error raised as it raised it),
    waiting for that one only; `stop()` when no more is wanted."""

    def __init__(self, fns: Sequence[Callable[[], Any]], workers: int) -> None:
        self.fns: list[Callable[[], Any]] | None = list(fns)
        self.got: dict[int, tuple[bool, Any]] = {}
        self.forked = workers >= 2 and can_fork()
        self.pid: int | None = None
        self.fds: list[int] = []
        self.why = ""
        if self.forked:
            self.pid, self.fds, self.fns = *_fork_steps(self.fns), None

    def get(self, k: int) -> Any:
        while k not in self.got:
            j = len(self.got)  # the steps come in order: an error ends them (the later ones give it too)
            if j and not self.got[j - 1][0]:
                self.got[j] = self.got[j - 1]
            elif self.forked:
                self.got[j] = self._gather(j)
            elif self.fns is None:
                raise RuntimeError("asked for the result of work that was stopped")
            else:
                self.got[j] = _outcome(self.fns[j])
        ok, value = self.got[k]
        if not ok:
            raise value
        return value

    def _gather(self, j: int) -> tuple[bool, Any]:
        if j >= len(self.fds):
            raise RuntimeError("asked for the result of work that was stopped")
        with os.fdopen(self.fds[j], "rb") as f:
            data = f.read()
        self.fds[j] = -1
        got: tuple[bool, Any] = pickle.loads(data) if data else (False, None)
        if not got[0] or j == len(self.fds) - 1:  # the process is done: reaped
            self._reap()
        if not data:
            return False, RuntimeError(f"a forked process crashed ({self.why})")
        return got

    def _reap(self) -> None:
        for fd in self.fds:
            if fd >= 0:
                os.close(fd)
        self.fds = []
        if self.pid is not None:
            _, status = os.waitpid(self.pid, 0)
            self.pid = None
            self.why = (f"killed by signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status)
                        else f"exit code {os.waitstatus_to_exitcode(status)}")

    def stop(self) -> None:
        """A forked process still at work is killed and reaped; steps not started here are never done."""
        self.fns = None
        if self.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
        self._reap()


class Aside(Steps, Generic[T]):
    """What `aside` started: call it for the result, as often as needed (the error raised as `fn` raised
    it); `stop()` when the result is no longer wanted. One step of `Steps`."""

    def __init__(self, fn: Callable[[], T], workers: int) -> None:
        super().__init__([fn], workers)

    def __call__(self) -> T:
        got: T = self.get(0)
        return got

    def ready(self, seconds: float) -> bool:
        """Whether the result can be had within `seconds`: at once when no forked process is making it (any
        more); else when it has written it or ended."""
        import select

        fd = self.fds[0] if self.fds and self.fds[0] >= 0 else -1
        return fd < 0 or bool(select.select([fd], [], [], seconds)[0])


def _outcome(fn: Callable[[], Any], catch: type[BaseException] = Exception) -> tuple[bool, Any]:
    try:
        return True, fn()
    except catch as e:  # noqa: BLE001 - raised where the result is asked for
        return False, e


def _fork_steps(fns: list[Callable[[], Any]]) -> tuple[int, list[int]]:
    """A forked process running `fns` in order, each result (or the error that ends them) written to a pipe of its
    own as soon as it is done: (its pid, the pipes' reading ends)."""
    parent = os.getpid()
    pipes = [os.pipe() for _ in fns]
    pid = os.fork()
    if pid == 0:  # never returns
        code = 1
        try:
            for r, _ in pipes:
                os.close(r)
            _die_with_parent(parent)
            for fn, (_, w) in zip(fns, pipes):
                ok, value = _outcome(fn, BaseException)  # even a SystemExit: sent back, not a crash
                with os.fdopen(w, "wb") as f:
                    f.write(_step_payload(ok, value))
                if not ok:
                    break
            code = 0
        finally:
            os._exit(code)
    for _, w in pipes:
        os.close(w)
    return pid, [r for r, _ in pipes]


def _step_payload(ok: bool, value: Any) -> bytes:
    try:
        return pickle.dumps((ok, value), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as e:  # noqa: BLE001 - a value or an exception that does not pickle: its type and message do
        why = value if not ok else e
        return pickle.dumps((False, RuntimeError(f"{type(why).__name__}: {why}")), protocol=pickle.HIGHEST_PROTOCOL)


def in_steps(fns: Sequence[Callable[[], Any]], workers: int = 1) -> Steps:
    """`fns` started one after another in a forked process while the caller goes on, when `workers` > 1 and forking
    is safe (see `can_fork`), each result sent back as soon as it is done (work whose first part the caller needs
    soon, the rest later); otherwise each runs here the first time its result (or a later one's) is asked for. An
    error ends the steps: it is raised for its step and every later one. The process dies with its parent."""
    return Steps(fns, workers)


def aside(fn: Callable[[], T], workers: int = 1) -> Aside[T]:
    """`fn()` started in a forked process while the caller goes on, when `workers` > 1 and forking is safe
    (see `can_fork`); call what is returned for its result, as often as needed (its error raised as `fn`
    raised it). Otherwise `fn` runs here the first time its result is asked for, so the work is done in the
    same order as without a second core. The process dies with the one that forked it, like a page reader."""
    return Aside(fn, workers)
