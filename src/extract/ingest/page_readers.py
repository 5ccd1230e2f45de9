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
import select
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from functools import partial
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


#: what a forked process may go on with once its result is sent: (its result, a call that tells when the
#: process that forked it has taken the result) -> None
Then = Callable[[Any, Callable[[], bool]], None]


def _fork(read: Callable[[int], Any], pages: Callable[[], Sequence[int] | None], then: Then | None = None,
          taken: tuple[int, int] | None = None, spill: int | None = None) -> tuple[int, int]:
    """A forked reader of the runs `pages()` gives: (its pid, the pipe its result comes through, closed once it
    is sent). With `then`, the reader goes on with `then(its one result, taken)` once the result is sent, where
    `taken()` is true once the pipe `taken` (reading end, writing end: the forking process keeps the writing
    end) reads as closed: the forking process took the result (see `Aside`). Such a result is written to the
    file `spill` (a pipe holds 64 KB: the writer would wait for the reader to ask for it), the pipe then closed."""
    parent = os.getpid()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the reader: never returns
        code = 1
        try:
            os.close(r)
            if taken is not None:
                os.close(taken[1])
            _die_with_parent(parent)
            got = _read_share(read, pages)
            data = _payload(got)
            with os.fdopen(w if spill is None else spill, "wb") as f:
                f.write(data)
            if then is not None and taken is not None and spill is not None and got[1] is None and got[0]:
                os.close(w)  # sent: the forking process may read it now
                then(got[0][0][1], partial(_closed, taken[0]))
            code = 0
        finally:
            os._exit(code)
    os.close(w)
    return pid, r


def _closed(fd: int) -> bool:
    """The pipe's writing end is closed (its reading end reads as the end), without waiting."""
    return bool(select.select([fd], [], [], 0)[0])


def _gather(pid: int, fd: int, let_go: Callable[[], None] | None = None,
            spill: int | None = None) -> tuple[list[Any], tuple[int, BaseException] | None]:
    with os.fdopen(fd, "rb") as f:
        data = f.read()
    if spill is not None:  # the result was written there (`_fork`), the pipe closed after it
        with os.fdopen(spill, "rb") as f:
            f.seek(0)
            data = f.read()
    if let_go is not None:
        let_go()  # the result is read: what the process went on with stops (it is waited for next)
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


class Aside(Generic[T]):
    """What `aside` started: call it for the result, as often as needed (the error raised as `fn` raised
    it); `stop()` when the result is no longer wanted."""

    def __init__(self, fn: Callable[[], T], workers: int, then: Then | None = None) -> None:
        self.fn: Callable[[], T] | None = fn
        self.got: list[T] = []
        self.error: list[BaseException] = []
        self.child: tuple[int, int] | None = None
        #: the writing end of the pipe whose closing tells the forked process its result was taken (`then`)
        self.taken: int | None = None
        #: the file the forked process writes its result to, when it goes on after it (`then`)
        self.spill: int | None = None
        #: started in a forked process (else run here, when first asked for)
        self.forked = workers >= 2 and can_fork()
        if self.forked:
            taken = os.pipe() if then is not None else None
            self.taken = taken[1] if taken is not None else None
            self.spill = os.memfd_create("aside") if then is not None else None
            try:
                self.child, self.fn = _fork(lambda _: fn(), iter([[0], None]).__next__, then, taken, self.spill), None  # one 'page': fn()
            finally:
                if taken is not None:
                    os.close(taken[0])

    def __call__(self) -> T:
        if not self.got and not self.error:
            if self.child is None:
                if self.fn is None:
                    raise RuntimeError("asked for the result of work that was stopped")
                self.got.append(self.fn())  # not forked: run here, the first time it is asked for
            else:
                pid, fd = self.child
                values, failed = _gather(pid, fd, self._let_go, self.spill)
                self.child = self.spill = None
                if failed is None:
                    self.got.extend(value for _, value in values)
                else:
                    self.error.append(failed[1])
        if self.error:
            raise self.error[0]
        return self.got[0]

    def _let_go(self) -> None:
        """Tell the forked process its result was taken: what it went on with (`then`) stops."""
        if self.taken is not None:
            os.close(self.taken)
            self.taken = None

    def stop(self) -> None:
        """A forked process still at work is killed and reaped (nothing is left behind); work not started
        here is never done."""
        self.fn = None
        self._let_go()
        if self.spill is not None:
            os.close(self.spill)
            self.spill = None
        if self.child is not None:
            pid, fd = self.child
            self.child = None
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.close(fd)
            os.waitpid(pid, 0)


def aside(fn: Callable[[], T], workers: int = 1, then: Then | None = None) -> Aside[T]:
    """`fn()` started in a forked process while the caller goes on, when `workers` > 1 and forking is safe
    (see `can_fork`); call what is returned for its result, as often as needed (its error raised as `fn`
    raised it). Otherwise `fn` runs here the first time its result is asked for, so the work is done in the
    same order as without a second core. The process dies with the one that forked it, like a page reader.
    `then(result, taken)`: work that only a core otherwise idle should do, in the forked process once its
    result is sent, until `taken()` (the caller asked for the result; it waits for `then` to return): it is
    never done here."""
    return Aside(fn, workers, then)
