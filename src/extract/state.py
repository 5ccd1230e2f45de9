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

from .fileio import read_json, write_unflushed
from .ingest import sha256_checked
from .ingest.discover import DeckFile, Discovery, Skipped
from .model import DeckError, Status

MANIFEST = "manifest.json"
LOCK = ".lock"


class OutputLocked(RuntimeError):
    """Another run holds the output folder."""


@contextmanager
def output_lock(out_dir: Path, timeout: float = 300.0, poll: float = 0.5) -> Iterator[Path]:
    """Hold an exclusive lock on `out_dir` for a whole run; wait up to `timeout` seconds for another run
    to finish, then give up with OutputLocked. The OS releases it if the process dies."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK
    try:  # never through a link planted as `.lock` (it would truncate the link's target)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    except OSError as e:
        if e.errno == errno.ELOOP:
            from .outdir import OutputRefused

            raise OutputRefused(f"{path} is a symbolic link: the run never follows links in its output folder; "
                                f"remove it") from None
        raise
    f = os.fdopen(fd, "r+")
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
        data = read_json(path.read_bytes())
    except (OSError, ValueError):
        return {}  # a damaged manifest only costs a full re-extraction
    return data.get("decks", {}) if isinstance(data, dict) else {}


def save_manifest(out_dir: Path, decks: dict[str, dict[str, Any]], prev: Path | None = None,
                  kept: set[str] | frozenset[str] = frozenset()) -> None:
    """The manifest as `{"decks": {doc: entry, ...}}`, one deck a line: each entry written compact by the
    json module's C encoder (an indented dump goes through its Python encoder: 2-3 s at 5,000 decks). `out_dir`:
    a new generation, flushed to disk whole when it is committed (`fileio.write_unflushed`). `kept`: decks whose
    entry is the one the manifest file `prev` holds (the run's plan was read from it): their lines are copied
    from it, not encoded again (issue 25: a run writes what changed)."""
    old = _entry_lines(prev) if prev is not None and kept else {}
    lines = (json.dumps(doc, ensure_ascii=False) + ":" + (old[doc] if doc in kept and doc in old else
                                                          json.dumps(decks[doc], ensure_ascii=False, sort_keys=True,
                                                                     separators=(",", ":"))) for doc in sorted(decks))
    write_unflushed(Path(out_dir) / MANIFEST, ('{"decks":{\n' + ",\n".join(lines) + ("\n" if decks else "") + "}}\n").encode("utf-8"))


def _entry_lines(path: Path) -> dict[str, str]:
    """Each deck's entry as the text of a manifest file `save_manifest` wrote (empty: no such file, or not
    one deck a line as written there)."""
    from json.decoder import scanstring  # type: ignore[attr-defined]  # the C string scanner (not in the stubs)

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return {}
    rows = text.split("\n")
    if len(rows) < 3 or rows[0] != '{"decks":{' or rows[-2:] != ["}}", ""]:
        return {}
    out: dict[str, str] = {}
    body = rows[1:-2]
    for i, row in enumerate(body):
        try:
            doc, end = scanstring(row, 1) if row.startswith('"') else ("", -1)
        except ValueError:
            return {}
        entry = row[end + 1:-1] if i < len(body) - 1 else row[end + 1:]
        if end < 0 or row[end:end + 1] != ":" or not entry.startswith("{") or not entry.endswith("}"):
            return {}
        out[doc] = entry
    return out


@dataclass
class Plan:
    """What this run does with each deck, and every path of the input it does not read (with why)."""

    process: list[DeckFile] = field(default_factory=list)  # new, changed, or extracted by older rules
    unchanged: list[str] = field(default_factory=list)  # docs reused as they are
    removed: list[str] = field(default_factory=list)  # docs whose file is gone
    settling: list[str] = field(default_factory=list)  # published docs whose file is being rewritten: next run
    kinds: dict[str, str] = field(default_factory=dict)  # doc -> new | changed | unchanged | rules
    fingerprints: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc -> file, sha256, size, mtime
    skipped: list[Skipped] = field(default_factory=list)  # not read this run: skipped, waiting or refused
    #: settling docs -> why they wait and when they are read
    settling_reasons: dict[str, str] = field(default_factory=dict)
    #: the published manifest the plan was made from (read once: the merge and the next manifest start from it)
    manifest: dict[str, dict[str, Any]] = field(default_factory=dict)


#: statuses of a deck that a run extracts again when its limits change or `--retry-failed` is given
RETRIED_STATUSES = (Status.FAILED,)


def _same_stat(old: dict[str, Any] | None, deck: DeckFile) -> bool:
    """The file is the one hashed before: name, size, mtime, inode and ctime all as recorded (a file
    replaced by another of the same size and mtime has another inode; rewritten in place, another ctime)."""
    return old is not None and old.get("file") == deck.file and old.get("size") == deck.size \
        and old.get("mtime") == deck.mtime and old.get("ino") == deck.ino and old.get("ctime_ns") == deck.ctime_ns


def plan(found: Discovery, manifest: dict[str, dict[str, Any]], version: str, *, verify: bool = False,
         retry_failed: bool = False, limits: dict[str, Any] | None = None) -> Plan:
    """Sort the input's decks into work. A deck whose name, size, mtime, inode and ctime match the
    manifest is not even hashed again (unless `verify`). A deck still being written (`waiting`) whose
    earlier version is published keeps its published rows (`settling`); a new one is reported as
    waiting. A deck that failed is extracted again when its bytes, the rules or the per-deck `limits`
    changed (kind `retry`), or always with `retry_failed`."""
    p = Plan(manifest=manifest)
    present = set()
    for s in found.skipped:
        present.add(s.doc)
        old = manifest.get(s.doc)
        if s.status == Status.WAITING and old is not None and old.get("status") not in (None, Status.REMOVED):
            p.settling.append(s.doc)
            p.settling_reasons[s.doc] = s.reason
        else:
            p.skipped.append(s)
    for deck in found.decks:
        doc = deck.doc
        present.add(doc)
        old = manifest.get(doc)
        same_stat = not verify and _same_stat(old, deck)
        sha: str | None = old["sha256"] if old is not None and same_stat else None
        if sha is None:
            try:
                sha, _ = sha256_checked(deck.path, deck.root)
            except DeckError:
                sha = None  # unreadable now: extraction fails it with the reason
        p.fingerprints[doc] = {"file": deck.file, "sha256": sha, "size": deck.size, "mtime": deck.mtime,
                               "ino": deck.ino, "ctime_ns": deck.ctime_ns, "limits": limits}
        if old is None or old.get("status") == Status.REMOVED:
            kind = "new"
        elif sha is None or old.get("sha256") != sha or old.get("file") != deck.file:
            kind = "changed"
        elif old.get("version") != version:
            kind = "rules"
        elif old.get("status") in RETRIED_STATUSES and (retry_failed or old.get("limits") != limits):
            kind = "retry"
        else:
            kind = "unchanged"
        p.kinds[doc] = kind
        if kind == "unchanged":
            p.unchanged.append(doc)
        else:
            p.process.append(deck)
    p.removed = sorted(doc for doc, old in manifest.items() if doc not in present and old.get("status") != Status.REMOVED)
    return p


#: what `_same_stat` compares: the fields of a manifest entry that say which file was hashed
STAT_KEYS = ("file", "size", "mtime", "ino", "ctime_ns")


def with_seen_stat(manifest: dict[str, dict[str, Any]], p: Plan) -> dict[str, dict[str, Any]]:
    """The manifest (a copy) with each unchanged deck's file as this run saw it: a deck whose bytes hash as
    recorded but whose stat changed (copied, restored, `chmod`: another inode or ctime) was hashed again by
    `plan`, and would be by every later run while its entry kept the old stat (issue 25: a copied output of
    5,000 decks hashed them all on every run)."""
    out = {doc: dict(v) for doc, v in manifest.items()}
    for doc in p.unchanged:
        fp, old = p.fingerprints.get(doc), out.get(doc)
        if fp is not None and old is not None and fp.get("sha256") == old.get("sha256"):
            old.update({k: fp[k] for k in STAT_KEYS if k in fp})
    return out


class RemovalRefused(RuntimeError):
    """The run would remove more of the published decks than it may (an unmounted share, a typo)."""


def check_removal(p: Plan, manifest: dict[str, dict[str, Any]], max_share: float, allowed: bool) -> None:
    """RemovalRefused when `p` removes more than `max_share` of the decks the manifest holds (and the
    removal is not `allowed`): nothing is published, and the message says how to allow it."""
    if allowed or not p.removed:
        return
    live = sum(1 for v in manifest.values() if v.get("status") != Status.REMOVED)
    if len(p.removed) <= max_share * live:
        return
    shown = ", ".join(p.removed[:3]) + (" …" if len(p.removed) > 3 else "")
    raise RemovalRefused(f"this run would remove {len(p.removed)} of the {live} published decks ({shown}): their "
                         f"files are gone from the input (an unmounted share, an unfinished sync, a wrong folder?). "
                         f"Nothing was published. If they were removed on purpose, run again with --allow-removal "
                         f"(the limit is --max-removed-share {max_share:g})")


def limits_of(deck_timeout: float, deck_seconds_per_page: float, deck_memory_mb: int, max_text_mb: float,
              deck_wall_factor: float = 10.0) -> dict[str, Any]:
    """The per-deck limits a deck was extracted under: a failed deck is tried again when they change."""
    return {"deck_timeout": deck_timeout, "deck_seconds_per_page": deck_seconds_per_page,
            "deck_memory_mb": deck_memory_mb, "max_text_mb": max_text_mb, "deck_wall_factor": deck_wall_factor}
