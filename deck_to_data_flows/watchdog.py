"""`python -m deck_to_data_flows.watchdog PID`: make sure nothing `deck-to-data run` started outlives it.

The CLI starts this in a session of its own before the flow starts Prefect's temporary API server
(a child process of about 220 MB with a listening port) and the deck readers. It notes every process
descended from PID, a few times a second; once PID is gone, however it ended (normally, Ctrl-C,
SIGTERM or SIGKILL), it stops what is left of them (SIGTERM, then SIGKILL after a grace period) and
exits. It imports nothing but the standard library: it starts in a few milliseconds and costs ~10 MB.

Linux reads the process tree from /proc; elsewhere it falls back to the CLI's process group.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

POLL = 0.5
GRACE = 5.0
PROC = Path("/proc")


Stat = tuple[int, int, int, int]  # parent pid, start time (clock ticks), process group, session


def _stat(pid: int) -> Stat | None:
    """What we need of a process, or None when it is gone."""
    try:
        raw = (PROC / str(pid) / "stat").read_bytes()
    except OSError:
        return None
    fields = raw[raw.rindex(b")") + 2:].split()  # after "pid (comm) ": state, ppid, pgrp, session, …
    if fields[0] == b"Z":
        return None  # a zombie is already dead
    return int(fields[1]), int(fields[19]), int(fields[2]), int(fields[3])


def _table() -> dict[int, Stat]:
    out = {}
    for entry in os.listdir(PROC):
        if entry.isdigit():
            st = _stat(int(entry))
            if st is not None:
                out[int(entry)] = st
    return out


def descendants(root: set[int], table: dict[int, Stat]) -> set[int]:
    """Every process whose chain of parents reaches one of `root` (not the roots themselves)."""
    children: dict[int, list[int]] = {}
    for pid, (ppid, *_) in table.items():
        children.setdefault(ppid, []).append(pid)
    found: set[int] = set()
    todo = list(root)
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found and child not in root:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int, started: int) -> bool:
    st = _stat(pid)
    return st is not None and st[1] == started  # the same process, not a reused pid


def _stop(seen: dict[int, int]) -> None:
    for pid, started in seen.items():
        if _alive(pid, started):
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
    deadline = time.monotonic() + GRACE
    while time.monotonic() < deadline and any(_alive(p, s) for p, s in seen.items()):
        time.sleep(0.1)
    for pid, started in seen.items():
        if _alive(pid, started):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def watch(pid: int) -> None:
    """Wait for `pid` to end, then stop every process that descended from it."""
    if not PROC.is_dir():  # no /proc: the CLI made itself a process-group leader; stop the group
        pgid = os.getpgid(pid)
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(POLL)
        try:
            os.killpg(pgid, signal.SIGTERM)
        except OSError:
            pass
        return
    me = _stat(pid)
    if me is None:
        return
    seen: dict[int, int] = {}  # pid -> start time of everything that descended from `pid`
    while True:
        table = _table()
        gone = pid not in table or table[pid][1] != me[1]
        # orphans keep their own children: follow what we saw as well as `pid` itself
        roots = {pid} | {p for p, s in seen.items() if p in table and table[p][1] == s}
        for d in descendants(roots, table):
            if d != os.getpid():
                seen.setdefault(d, table[d][1])
        if gone:
            break
        time.sleep(POLL)
    # a child started since the last look was orphaned unseen: it was handed to init, kept the CLI's
    # process group and session, and started after the CLI (the CLI's siblings have another parent)
    orphans = {d for d, (ppid, started, pgrp, session) in table.items()
               if ppid == 1 and (pgrp, session) == (me[2], me[3]) and started >= me[1] and d != os.getpid()}
    for d in orphans | descendants(orphans, table):
        seen.setdefault(d, table[d][1])
    _stop(seen)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the CLI; this one cleans up after it
    watch(int(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
