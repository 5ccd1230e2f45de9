"""What the last runs left behind, so the next one does only what changed: a manifest of every deck's
bytes (sha256, size, mtime) and the extractor version it was extracted with, kept in `output/`; and a
lock so two runs never write `output/` at once."""
from __future__ import annotations

import errno
import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .fileio import write_atomic
from .ingest import outside_link, sha256_of

MANIFEST = "manifest.json"
LOCK = ".lock"
#: a deck modified more recently than this is probably still being copied: left for the next run
SETTLE_SECONDS = 5.0


class OutputLocked(RuntimeError):
    """Another run holds the output folder."""


@contextmanager
def output_lock(out_dir: Path, timeout: float = 300.0, poll: float = 0.5) -> Iterator[Path]:
    """Hold an exclusive lock on `out_dir` for a whole run; wait up to `timeout` seconds for another run
    to finish, then give up with OutputLocked. The OS releases it if the process dies."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK
    f = open(path, "a+")
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    f.seek(0)
                    holder = f.read().strip() or "another run"
                    raise OutputLocked(f"{out_dir} is being written by {holder}; try again when it has finished") from None
                time.sleep(poll)
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        f.flush()
        yield path
    finally:
        f.close()  # closing the file releases the lock


def load_manifest(out_dir: Path) -> dict[str, dict[str, Any]]:
    """The manifest of the published generation (empty: every deck is new)."""
    from .publish.generations import published_dir

    path = published_dir(out_dir) / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a damaged manifest only costs a full re-extraction
    return data.get("decks", {}) if isinstance(data, dict) else {}


def save_manifest(out_dir: Path, decks: dict[str, dict[str, Any]]) -> None:
    write_atomic(Path(out_dir) / MANIFEST,
                 json.dumps({"decks": decks}, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))


@dataclass
class Plan:
    """What this run does with each deck."""

    process: list[Path] = field(default_factory=list)  # new, changed, or extracted by older rules
    unchanged: list[str] = field(default_factory=list)  # docs reused as they are
    removed: list[str] = field(default_factory=list)  # docs whose file is gone
    settling: list[str] = field(default_factory=list)  # files still being written: next run
    kinds: dict[str, str] = field(default_factory=dict)  # doc -> new | changed | unchanged | rules
    fingerprints: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc -> file, sha256, size, mtime


def plan(files: list[Path], manifest: dict[str, dict[str, Any]], version: str,
         settle_seconds: float = SETTLE_SECONDS, now: float | None = None) -> Plan:
    """Sort the raw folder's decks into work. A deck whose size and mtime match the manifest is not
    even hashed again; one whose mtime is too recent is left alone this time."""
    now = time.time() if now is None else now
    p = Plan()
    present = set()
    for path in files:
        doc = path.stem
        present.add(doc)
        if outside_link(path):  # never read: processing refuses it with a reason
            p.fingerprints[doc] = {"file": path.name, "sha256": None, "size": None, "mtime": None}
            p.kinds[doc] = "new"
            p.process.append(path)
            continue
        st = path.stat()
        if now - st.st_mtime < settle_seconds:
            p.settling.append(doc)
            continue
        old = manifest.get(doc)
        same_stat = old is not None and old.get("size") == st.st_size and old.get("mtime") == st.st_mtime \
            and old.get("file") == path.name
        sha = old["sha256"] if old is not None and same_stat else sha256_of(path)
        p.fingerprints[doc] = {"file": path.name, "sha256": sha, "size": st.st_size, "mtime": st.st_mtime}
        if old is None or old.get("status") == "removed":
            kind = "new"
        elif old.get("sha256") != sha or old.get("file") != path.name:
            kind = "changed"
        elif old.get("version") != version:
            kind = "rules"
        else:
            kind = "unchanged"
        p.kinds[doc] = kind
        if kind == "unchanged":
            p.unchanged.append(doc)
        else:
            p.process.append(path)
    p.removed = sorted(doc for doc, old in manifest.items() if doc not in present and old.get("status") != "removed")
    return p
