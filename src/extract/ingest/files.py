"""Open a deck file safely: check what was actually opened, not the path before opening.

A symlink can be swapped between a check and an open (issue 17: 2 of 20 decks published an outside
file's content). So the file is opened first (non-blocking, so a FIFO swapped in cannot hang the run),
the open descriptor is fstat'ed, and its (st_dev, st_ino) must be those of the path's resolved target,
which must lie inside the input folder. The bytes hashed and parsed are read from that same descriptor.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..model import DeckError

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


def read_checked(path: Path, root: Path, max_bytes: int | None = None,
                 too_big: str = "") -> tuple[bytes, os.stat_result]:
    """The bytes of `path` and the fstat of the descriptor they were read from. DeckError when the
    opened file is not a regular file, is not the file the path resolves to now (swapped while opened),
    or lies outside `root`; or when it is larger than `max_bytes` (reason `too_big`, checked on the open
    file before reading)."""
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
        if max_bytes is not None and st.st_size > max_bytes:
            raise DeckError(too_big or f"file of {st.st_size} bytes is over the {max_bytes} byte limit: refused")
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        limit = max_bytes + 1 if max_bytes is not None else None
        got = 0
        while True:
            block = os.read(fd, 1 << 20 if limit is None else min(1 << 20, limit - got))
            if not block:
                break
            chunks.append(block)
            got += len(block)
            if limit is not None and got >= limit:  # grew after the fstat: still refused
                raise DeckError(too_big or f"file is over the {max_bytes} byte limit: refused")
        return b"".join(chunks), st
    except OSError as e:
        raise _open_error(e) from None
    finally:
        os.close(fd)
