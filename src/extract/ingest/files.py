"""Open a deck file safely: check what was actually opened, not the path before opening.

A symlink can be swapped between a check and an open (issue 17: 2 of 20 decks published an outside
file's content). So the file is opened first (non-blocking, so a FIFO swapped in cannot hang the run),
the open descriptor is fstat'ed, and its (st_dev, st_ino) must be those of the path's resolved target,
which must lie inside the input folder. The bytes hashed and parsed are read from that same descriptor.
"""
from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..model import DeckError

_BLOCK = 1 << 20
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def kind_of(mode: int) -> str:
    """'a regular file', 'a folder', 'a named pipe (FIFO)', … for a stat mode."""
    if stat.S_ISREG(mode):
        return "a regular file"
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def inside(path: Path, root: Path) -> bool:
    """Does `path` (already resolved) lie inside the resolved `root`?"""
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def _open_error(e: OSError) -> DeckError:
    if isinstance(e, PermissionError):
        return DeckError("cannot be read: permission denied")
    if e.errno == errno.ELOOP:
        return DeckError("a symlink loop: nothing to read", status="skipped")
    if isinstance(e, FileNotFoundError):
        return DeckError("file not found (removed, or a dangling symlink)")
    return DeckError(f"cannot be read ({type(e).__name__}: {e.strerror or e})")


@contextmanager
def open_checked(path: Path, root: Path) -> Iterator[tuple[int, os.stat_result]]:
    """An open descriptor of `path` and its fstat, after checking what was opened: a regular file, the
    very file the path resolves to now (not swapped while it was opened), inside `root`. DeckError
    otherwise, or when it cannot be opened (permission, loop, gone): only this deck fails."""
    root = Path(root).resolve()
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise _open_error(e) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise DeckError(f"{kind_of(st.st_mode)}, not a regular file: not read", status="skipped")
        try:
            target = Path(os.path.realpath(path, strict=True))
            now = os.stat(target)
        except OSError:
            raise DeckError("the file changed while it was opened (removed or a link swapped): refused") from None
        if not inside(target, root):
            raise DeckError("a symlink to a file outside the raw folder: refused")
        if (now.st_dev, now.st_ino) != (st.st_dev, st.st_ino):
            raise DeckError("the file changed while it was opened (a link swapped to another file): refused")
        os.set_blocking(fd, True)
        yield fd, st
    except OSError as e:
        raise _open_error(e) from None
    finally:
        os.close(fd)


def read_checked(path: Path, root: Path, max_bytes: int | None = None,
                 too_big: str = "") -> tuple[bytes, os.stat_result]:
    """The bytes of `path` and the fstat of the descriptor they were read from (see `open_checked`);
    DeckError also when it is larger than `max_bytes` (reason `too_big`, checked before reading and
    again while reading, should it grow)."""
    too_big = too_big or f"file is over the {max_bytes} byte limit: refused"
    with open_checked(path, root) as (fd, st):
        if max_bytes is not None and st.st_size > max_bytes:
            raise DeckError(too_big)
        chunks: list[bytes] = []
        got = 0
        while block := os.read(fd, _BLOCK if max_bytes is None else min(_BLOCK, max_bytes + 1 - got)):
            chunks.append(block)
            got += len(block)
            if max_bytes is not None and got > max_bytes:
                raise DeckError(too_big)
        data = b"".join(chunks)
        _unchanged_while_read(path, fd, st, len(data))
        return data, st


#: why a deck that changed while it was read is left for the next run
CHANGED_WHILE_READ = "changed while it was read (still being copied or rewritten): read again by the next run"


def _unchanged_while_read(path: Path, fd: int, before: os.stat_result, got: int) -> None:
    """DeckError `waiting` when the file changed while it was read: its size, mtime or ctime differ after
    the read (on the descriptor and on the path), or fewer or more bytes came than its size said. A copy
    that keeps the source's mtime (cp -p, rsync) is caught by its size and ctime."""
    def key(st: os.stat_result) -> tuple[int, int, int, int]:
        return st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns

    try:
        after, now = os.fstat(fd), os.stat(path)
    except OSError:
        raise DeckError(CHANGED_WHILE_READ, status="waiting") from None
    if got != before.st_size or key(after) != key(before) or key(now) != key(before):
        raise DeckError(CHANGED_WHILE_READ, status="waiting")


def check_expected(st: os.stat_result, size: int | None, mtime: float | None) -> None:
    """DeckError `waiting` when the file read is not the one the run planned with (other size or mtime:
    it changed between discovery and reading)."""
    if (size is not None and st.st_size != size) or (mtime is not None and st.st_mtime != mtime):
        raise DeckError(CHANGED_WHILE_READ, status="waiting")


def sha256_checked(path: Path, root: Path) -> tuple[str, os.stat_result]:
    """(sha256, fstat) of the file actually opened (see `open_checked`), streamed: for fingerprinting a
    deck without reading it into memory. An unreadable file raises DeckError, never PermissionError."""
    h = hashlib.sha256()
    with open_checked(path, root) as (fd, st):
        got = 0
        while block := os.read(fd, _BLOCK):
            h.update(block)
            got += len(block)
        _unchanged_while_read(path, fd, st, got)
        return h.hexdigest(), st
