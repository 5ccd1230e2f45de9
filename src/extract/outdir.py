"""The output folder belongs to the run only when it says so: it is empty (a first run marks it) or it
holds the marker file `.deck-to-data-output`. Anything else (the user's own folder, the input folder,
a file) is refused before anything is written, so a run never deletes or replaces what it did not make.

Nothing the run writes or deletes under the output folder is reached through a link planted there:
the names the run owns (`.lock`, `.generations`, `.state`, `.cache`, the marker) must not be symlinks,
and folders are created one component at a time and checked after creating (`real_dir`)."""
from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

from .fileio import OUTPUT_MARKER

#: top-level names of an output folder that are ours and must be real files or folders, never links
OWN_NAMES = (OUTPUT_MARKER, ".lock", ".generations", ".state", ".cache")


class OutputRefused(ValueError):
    """The output folder is not one the run may write into; the message says why and what to do."""


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _looks_like_ours(out: Path) -> bool:
    """An output folder written before the marker existed: `current` links into our `.generations`."""
    current = out / "current"
    try:
        target = os.readlink(current)
    except OSError:
        return False
    gens = out / ".generations"
    return target.startswith(".generations/") and gens.is_dir() and not gens.is_symlink()


def check_links(out: Path) -> None:
    """OutputRefused when a name the run owns in `out` is a symlink (it would write or delete its target)."""
    for name in OWN_NAMES:
        try:
            st = os.lstat(out / name)
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(st.st_mode):
            raise OutputRefused(f"{out / name} is a symbolic link: the run never follows links in its output "
                                f"folder (it would write or delete the link's target); remove it")


def write_marker(out: Path) -> None:
    """Create the marker without following a link (O_NOFOLLOW) and without replacing a file."""
    body = json.dumps({"tool": "deck-to-data", "created": f"{dt.datetime.now(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
                       "note": "this folder is written by `deck-to-data run`: it may delete anything in it"})
    try:
        fd = os.open(out / OUTPUT_MARKER, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    except FileExistsError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(body + "\n")


def claim(out_dir: Path, raw: Path | None = None) -> None:
    """Make sure `out_dir` may be written by the run, before anything is touched: a new or empty folder
    (marked now), or one marked as ours; never a file, the input folder, a folder holding the input, or
    anything else. Raises OutputRefused with the reason."""
    out = Path(out_dir)
    try:
        st = os.stat(out)
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise OutputRefused(f"--out {out}: cannot be examined ({e.strerror or e})") from None
    if st is not None and not stat.S_ISDIR(st.st_mode):
        raise OutputRefused(f"--out {out} is a file, not a folder: give a new or empty folder (or one written by "
                            f"extract before)")
    if raw is not None and os.path.exists(raw):
        raw_real, out_real = _real(Path(raw)), _real(out)
        if raw_real == out_real:
            raise OutputRefused(f"--out {out} is the input folder: give a folder of its own for the tables")
        if _inside(raw_real, out_real):
            raise OutputRefused(f"--out {out} holds the input {raw}: give a folder of its own for the tables")
    if st is None:
        out.mkdir(parents=True, exist_ok=True)
    check_links(out)
    marker = out / OUTPUT_MARKER
    if marker.is_file():
        return
    entries = sorted(os.listdir(out))
    if OUTPUT_MARKER in entries and marker.is_file():
        return  # another run marked it a moment ago (two first runs at once)
    if entries and not _looks_like_ours(out):
        shown = ", ".join(entries[:5]) + (f" … ({len(entries)} entries)" if len(entries) > 5 else "")
        raise OutputRefused(f"--out {out} is not empty and was not made by extract (no {OUTPUT_MARKER} file; it "
                            f"holds {shown}): a run deletes and replaces files in its output folder, so it writes "
                            f"only into a new or empty folder, or one it made before")
    write_marker(out)


def real_dir(root: Path, *parts: str) -> Path:
    """`root/parts…` as a real folder: each component created if missing and checked (lstat) not to be a
    link or a file, so nothing is written through a link planted under the output folder."""
    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)  # the output folder itself (claimed before the run)
    for part in parts:
        path = path / part
        try:
            path.mkdir()
        except FileExistsError:
            pass
        st = os.lstat(path)
        if not stat.S_ISDIR(st.st_mode):
            what = "a symbolic link" if stat.S_ISLNK(st.st_mode) else "not a folder"
            raise OutputRefused(f"{path} is {what}: the run never writes through links in its output folder")
    return path
