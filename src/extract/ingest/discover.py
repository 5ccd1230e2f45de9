"""Which files of an input (a deck file or a folder, read recursively) are decks, and why every other
path is not read. Nothing is skipped silently; nothing here opens a file (a FIFO would block).

Names:
- `file`: the path relative to the input folder, '/'-separated, displayable: bytes that are not UTF-8
  (a Shift_JIS name as unzip leaves it) are shown as `\\x8e` escapes. The real path (`path`) opens it.
- `doc`: `file` without its extension (`a`, `sub/a`), unique in the run. When two files would share a
  doc (`a.pdf` and `a.txt`, `a.PDF` and `a.pdf`, or a deck and a skipped file's name), each of them keeps
  its whole `file` as doc (`a.pdf`, `a.txt`); in the rare case that still collides, a short hash of the
  real path is added. A skipped (not a deck) file's doc is its `file`.
- `.passwords.json` at the top of the input folder is configuration: not listed. Hidden folders
  (`.git`) are listed as skipped, not entered; hidden files are classified like any other file.
- A folder holding the output marker (`.deck-to-data-output`, an output folder of ours inside the
  input) is neither read nor listed.
- Symlinks to folders are not followed (no loops, no deck read twice); a symlink to a file is read
  only when its target lies inside the input folder (checked again on the opened file, see files.py).
"""
from __future__ import annotations

import errno
import hashlib
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..fileio import OUTPUT_MARKER
from .files import inside, kind_of

SUFFIXES = (".pdf", ".txt", ".pptx", ".pptm", ".xlsx", ".xlsm", ".docx", ".docm")
PASSWORDS = ".passwords.json"
#: a deck modified more recently than this is probably still being copied: left for the next run
SETTLE_SECONDS = 5.0
#: a modification time further ahead than this is a wrong clock or timestamp, not a copy in progress:
#: the deck is read (a future mtime must not hold a deck back forever)
FUTURE_SLACK_SECONDS = 60.0


@dataclass(frozen=True)
class DeckFile:
    """A deck to read."""

    path: Path  # the real path, for opening (may hold undecodable bytes as surrogate escapes)
    file: str  # relative to the input folder, displayable (see module doc)
    doc: str  # unique in the run
    root: Path  # the input folder: the opened file must lie inside it
    size: int
    mtime: float
    note: str | None = None  # e.g. a future modification time that was read anyway
    #: what else stat gives: a file replaced by another of the same size and mtime has another inode
    #: (or, rewritten in place, another ctime)
    ino: int = 0
    ctime_ns: int = 0


@dataclass(frozen=True)
class Skipped:
    """A path that is not read this run. status: "skipped" (never a deck: wrong type, folder, FIFO,
    link…), "waiting" (still being written: the next run reads it) or "failed" (refused: a link
    outside the input folder, a folder that cannot be listed)."""

    path: Path
    file: str
    doc: str
    status: str
    reason: str


@dataclass
class Discovery:
    root: Path
    decks: list[DeckFile] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class InputError(ValueError):
    """The input itself is unusable (missing, or neither a file nor a folder)."""


def display(name: str | bytes) -> str:
    """A name that prints and serializes: bytes that are not UTF-8 become `\\xNN` escapes."""
    raw = name if isinstance(name, bytes) else os.fsencode(name)
    return raw.decode("utf-8", "backslashreplace")


def settle_status(mtime: float, now: float, settle_seconds: float = SETTLE_SECONDS,
                  future_slack: float = FUTURE_SLACK_SECONDS) -> tuple[bool, str | None]:
    """(read it now?, reason or note). Recently modified: wait for the next run. Modified in the
    future by up to `future_slack` s (clock skew of a share): wait until that time has passed. Further
    ahead: a wrong timestamp, read now with a note; never held back forever."""
    ahead = mtime - now
    if ahead > future_slack:
        return True, f"modification time is {ahead:.0f} s in the future (wrong clock or timestamp): read anyway"
    if now - mtime < settle_seconds:
        if ahead > 0:
            return False, f"modification time is {ahead:.0f} s in the future: read once that time has passed"
        at = time.strftime("%H:%M:%S", time.localtime(mtime + settle_seconds))
        return False, (f"modified {now - mtime:.1f} s ago (less than {settle_seconds:g} s): probably still being written; "
                       f"read by the first run after {at}")
    return True, None


def discover(input_path: Path, settle_seconds: float = SETTLE_SECONDS, now: float | None = None,
             future_slack: float = FUTURE_SLACK_SECONDS) -> Discovery:
    """Every deck under `input_path` (a folder, recursively, or one deck file) and every path not read
    with its reason, both sorted by `file`. InputError when the input does not exist."""
    now = time.time() if now is None else now
    given = Path(input_path)
    try:
        st = os.stat(given)
    except OSError as e:
        raise InputError(f"{display(str(given))}: no such file or folder ({e.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        root = given.resolve()
        entries = _walk(given, root, "")
    else:  # a file named on its own: wherever a link to it points, that file was asked for
        root = Path(os.path.realpath(given)).parent
        entries = [_entry(given, root, display(given.name))]
    found = Discovery(root)
    pending: list[tuple[Path, str, os.stat_result | None, str | None, str | None]] = []
    for path, file, st_, status, reason in entries:
        if status is None and st_ is not None:
            ok, why = settle_status(st_.st_mtime, now, settle_seconds, future_slack)
            pending.append((path, file, st_, None if ok else "waiting", why))
        else:
            pending.append((path, file, st_, status, reason))
    docs = _docs([(p, f, status is None or status == "waiting") for p, f, _, status, _ in pending])
    for (path, file, st_, status, reason), doc in zip(pending, docs):
        if status is None:
            assert st_ is not None
            found.decks.append(DeckFile(path, file, doc, root, st_.st_size, st_.st_mtime, reason, st_.st_ino,
                                        st_.st_ctime_ns))
        else:
            found.skipped.append(Skipped(path, file, doc, status, reason or ""))
    found.decks.sort(key=lambda d: d.file)
    found.skipped.sort(key=lambda s: s.file)
    return found


Entry = tuple[Path, str, "os.stat_result | None", "str | None", "str | None"]  # path, file, stat, status, reason


def _walk(folder: Path, root: Path, prefix: str) -> list[Entry]:
    out: list[Entry] = []
    try:
        with os.scandir(folder) as it:
            names = sorted(e.name for e in it)
    except OSError as e:
        return [(folder, prefix.rstrip("/") or ".", None, "failed",
                 f"folder cannot be listed ({type(e).__name__}: {e.strerror or e})")]
    for name in names:
        if name == PASSWORDS and not prefix:
            continue  # configuration, not input
        path = folder / name
        file = prefix + display(name)
        try:
            lst = os.lstat(path)
        except OSError as e:
            out.append((path, file, None, "failed", f"cannot be examined ({type(e).__name__}: {e.strerror or e})"))
            continue
        if stat.S_ISDIR(lst.st_mode) and name.startswith("."):
            out.append((path, file, None, "skipped", "a hidden folder: not read"))
            continue
        if stat.S_ISDIR(lst.st_mode) and os.path.lexists(path / OUTPUT_MARKER):
            continue  # an output folder of ours inside the input: what the run wrote is never input
        if stat.S_ISDIR(lst.st_mode):
            inner = _walk(path, root, file + "/")
            if path.suffix.lower() in SUFFIXES and not any(s is None for _, _, _, s, _ in inner):
                out.append((path, file, None, "skipped", f"a folder named like a deck ({path.suffix}), with no decks inside"))
            out += inner
            continue
        out.append(_entry(path, root, file, lst))
    return out


def _entry(path: Path, root: Path, file: str, lst: os.stat_result | None = None) -> Entry:
    """One path that is not a real folder: a deck (status None) or why not."""
    try:
        lst = lst or os.lstat(path)
        st = os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return (path, file, None, "skipped", "a symlink loop: nothing to read")
        if isinstance(e, FileNotFoundError):
            return (path, file, None, "skipped", "a dangling symlink (its target does not exist)")
        return (path, file, None, "failed", f"cannot be examined ({type(e).__name__}: {e.strerror or e})")
    link = stat.S_ISLNK(lst.st_mode)
    if stat.S_ISDIR(st.st_mode):
        return (path, file, None, "skipped", "a symlink to a folder: not followed")
    if not stat.S_ISREG(st.st_mode):
        what = kind_of(st.st_mode) + (" (through a symlink)" if link else "")
        return (path, file, None, "skipped", f"{what}, not a regular file: not read")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        kind = f"unsupported file type {display(path.suffix)!r}" if path.suffix else "no file extension"
        return (path, file, None, "skipped", f"{kind}: decks are read from .pdf, .txt, .pptx, .xlsx and .docx files "
                                            "(.ppt/.xls/.doc: save them in the newer format)")
    if link:
        try:
            target = Path(os.path.realpath(path, strict=True))
        except OSError:
            return (path, file, None, "skipped", "a dangling symlink (its target does not exist)")
        if not inside(target, root):
            return (path, file, None, "failed", "a symlink to a file outside the raw folder: refused")
    return (path, file, st, None, None)


def _docs(items: list[tuple[Path, str, bool]]) -> list[str]:
    """A unique doc per item (path, file, is a deck), by the rule in the module doc."""
    def stem(file: str) -> str:
        head, _, name = file.rpartition("/")
        base = PurePosixPath(name).stem
        base = name if not base.strip(".") else base  # '..txt' stays '..txt', never '.'
        return f"{head}/{base}" if head else base

    docs = [stem(f) if is_deck else f for _, f, is_deck in items]
    for _ in range(2):
        counts: dict[str, int] = {}
        for d in docs:
            counts[d] = counts.get(d, 0) + 1
        if all(n == 1 for n in counts.values()):
            return docs
        docs = [f if counts[d] > 1 else d for d, (_, f, _) in zip(docs, items)]
    counts = {}
    for d in docs:
        counts[d] = counts.get(d, 0) + 1
    return [f"{d}~{hashlib.sha1(os.fsencode(p)).hexdigest()[:8]}" if counts[d] > 1 else d
            for d, (p, _, _) in zip(docs, items)]
