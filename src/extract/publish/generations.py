"""The output folder as generations: every run writes a complete new generation beside the published
one, then switches `output/current` to it with one atomic rename. A reader, or a run killed at any
moment, sees either the old or the new complete set of tables, never a mix.

    output/.generations/<id>/   mentions.csv … decks.duckdb, datapackage.json, manifest.json, reports/, quarantine/,
                                COMPLETE (written last: only a marked generation is ever published or kept)
    output/current -> .generations/<id>
    output/mentions.csv -> current/mentions.csv   (one stable link per published name)

The stable names resolve through `current` and are made before it switches, so each exists whenever
`current` does, even after a run killed between the two steps. Each is resolved on its own, though: a
reader of several tables who wants them from one generation resolves `output/current` once and reads
from that folder (`published_dir`), or reads `decks.duckdb`, which holds every table of one generation.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

from ..fileio import read_json

GENERATIONS = ".generations"
CURRENT = "current"
#: written into a generation after everything else is on disk
COMPLETE = "COMPLETE"


def utc_now() -> str:
    """The time now, as the tables write it (here, not beside the merge: a run's first step takes it, and
    the merge's module imports pandas, a second of the first deck's start)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def published_dir(out_dir: Path) -> Path:
    """Where the published files are: the current generation (or `out_dir` itself for an output
    folder written before generations existed)."""
    current = Path(out_dir) / CURRENT
    if not (current.is_symlink() and current.exists()):
        return Path(out_dir)
    gens = Path(out_dir) / GENERATIONS
    target = current.resolve()
    if gens.is_symlink() or target.parent != gens.resolve():
        return Path(out_dir)  # `current` pointing anywhere but at one of our generations is not read
    return target


def new_generation(out_dir: Path) -> Path:
    from ..outdir import real_dir

    gen = real_dir(Path(out_dir), GENERATIONS) / f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    gen.mkdir()
    return gen


def link_tree(src: Path, dst: Path) -> None:
    """Copy a folder as hard links (cheap, and the source generation is never written again)."""
    if src.is_dir():
        shutil.copytree(src, dst, copy_function=os.link, dirs_exist_ok=True)


def _fsync(path: Path | str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: flushes of one generation's files and folders waited for side by side (each waits on the disk, not the CPU)
FLUSHES_AT_ONCE = 16


def _fsync_tree(path: Path) -> None:
    """Every file and folder under `path` on disk. Its writers leave the flushing to this step
    (`fileio.write_unflushed`), done at once: each flush waits milliseconds for the disk, and flushes waited
    for side by side share the file system's journal commits (a first run's 190, one after another,
    waited about a second)."""
    from concurrent.futures import ThreadPoolExecutor

    paths = []
    for root, _dirs, files in os.walk(path):
        paths += [os.path.join(root, name) for name in files]
        paths.append(root)
    with ThreadPoolExecutor(FLUSHES_AT_ONCE, thread_name_prefix="flush") as flushing:
        for _ in flushing.map(_fsync, paths):  # an error is raised here, as one flush after another raised it
            pass


def is_complete(gen: Path) -> bool:
    """The generation was written to the end (a killed run leaves its folder unmarked)."""
    return (Path(gen) / COMPLETE).is_file()


def _replace_with_link(path: Path, target: str) -> None:
    """Make `path` a symlink to `target`, atomically when `path` is a file or a link."""
    if path.is_symlink() and os.readlink(path) == target:
        return
    tmp = path.with_name(f".{path.name}.link-{uuid.uuid4().hex[:8]}")
    os.symlink(target, tmp)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)  # a folder from an output written before generations (one-time)
    os.replace(tmp, path)


def _is_stable_link(path: Path) -> bool:
    return path.is_symlink() and os.readlink(path).startswith(f"{CURRENT}/")


def commit(out_dir: Path, gen: Path) -> None:
    """Publish `gen`: make sure it is on disk and mark it complete, link the stable names, switch
    `current` to it, and remove what is neither it nor the generation it replaces. A run killed
    between any two steps leaves `current` on the old or the new generation, every stable name
    resolving, and the previous publication in place."""
    out_dir = Path(out_dir)
    previous = published_dir(out_dir)
    names = sorted(e.name for e in gen.iterdir() if e.name != COMPLETE)
    _fsync_tree(gen)
    (gen / COMPLETE).write_text(f"{dt.datetime.now(dt.UTC):%Y-%m-%dT%H:%M:%SZ}\n", encoding="utf-8")
    _fsync(gen / COMPLETE)
    _fsync(gen)
    # stable names first: links through `current` exist the moment `current` does (a name that is
    # still a file of an output written before generations is replaced after the switch)
    for name in names:
        path = out_dir / name
        if path.is_symlink() or not path.exists():
            _replace_with_link(path, f"{CURRENT}/{name}")
    _fsync(out_dir)
    _replace_with_link(out_dir / CURRENT, os.path.relpath(gen, out_dir))
    _fsync(out_dir)
    for name in names:
        _replace_with_link(out_dir / name, f"{CURRENT}/{name}")
    for entry in out_dir.iterdir():  # names the new generation no longer has
        if _is_stable_link(entry) and entry.name not in names:
            entry.unlink()
    cleanup(out_dir, previous)


def cleanup(out_dir: Path, previous: Path | None = None) -> None:
    """Remove every generation but the current one and the one it replaced (`previous`; without it,
    the newest complete one before the current). Unmarked folders of killed runs never count."""
    root = Path(out_dir) / GENERATIONS
    if not root.is_dir() or root.is_symlink():  # a planted link: never delete what it points to
        return
    current = published_dir(out_dir)
    gens = sorted(p.resolve() for p in root.iterdir() if p.is_dir() and not p.is_symlink())
    cur = [g for g in gens if g == current]
    keep = set(cur)
    if previous is not None and previous.resolve() in gens:
        keep.add(previous.resolve())
    elif cur:
        keep.update([g for g in gens if is_complete(g) and g.name < cur[0].name][-1:])
    for g in gens:
        if g not in keep:
            shutil.rmtree(g, ignore_errors=True)


def read_published(out_dir: Path | Published, name: str, keep: bool = True) -> list[dict[str, Any]]:
    """The records published last time (empty when there are none or the file is unreadable); `keep=False`:
    the run's last reader of the table (`Published.table`)."""
    if isinstance(out_dir, Published):
        return out_dir.table(name, keep)
    path = published_dir(out_dir) / f"{name}.json"
    if not path.exists():
        return []
    try:
        data = read_json(path.read_bytes())
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


class Published:
    """The published generation as one run sees it: its folder resolved once, and each table read at most
    once (the merge, the report and the writer all ask for some of the same ones). Rows are shared: read only.
    A table's last reader in a run takes it (`keep=False`): it is held no longer than that reader holds it (a
    re-run at 5,100 decks held 1.9 million objects of every table read back through publishing otherwise,
    `bench/results/issue25_perf16.md`); asked for again, it is read again (the generation does not change)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.dir = published_dir(self.out_dir)
        self._tables: dict[str, list[dict[str, Any]]] = {}

    def table(self, name: str, keep: bool = True) -> list[dict[str, Any]]:
        if not keep:
            got = self._tables.pop(name, None)
            return got if got is not None else read_published(self.dir, name)
        if name not in self._tables:
            self._tables[name] = read_published(self.dir, name)
        return self._tables[name]
