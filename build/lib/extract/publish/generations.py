"""The output folder as generations: every run writes a complete new generation beside the published
one, then switches `output/current` to it with one atomic rename. A reader, or a run killed at any
moment, sees either the old or the new complete set of tables, never a mix.

    output/.generations/<id>/   mentions.csv … decks.duckdb, datapackage.json, manifest.json, reports/, quarantine/
    output/current -> .generations/<id>
    output/mentions.csv -> current/mentions.csv   (one stable link per published name)
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

GENERATIONS = ".generations"
CURRENT = "current"


def published_dir(out_dir: Path) -> Path:
    """Where the published files are: the current generation (or `out_dir` itself for an output
    folder written before generations existed)."""
    current = Path(out_dir) / CURRENT
    return current.resolve() if current.is_symlink() and current.exists() else Path(out_dir)


def new_generation(out_dir: Path) -> Path:
    gen = Path(out_dir) / GENERATIONS / f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    gen.mkdir(parents=True)
    return gen


def link_tree(src: Path, dst: Path) -> None:
    """Copy a folder as hard links (cheap, and the source generation is never written again)."""
    if src.is_dir():
        shutil.copytree(src, dst, copy_function=os.link, dirs_exist_ok=True)


def _fsync_tree(path: Path) -> None:
    for root, _dirs, files in os.walk(path):
        for name in files:
            fd = os.open(os.path.join(root, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_with_link(path: Path, target: str) -> None:
    """Make `path` a symlink to `target`, atomically when `path` is a file or a link."""
    if path.is_symlink() and os.readlink(path) == target:
        return
    tmp = path.with_name(f".{path.name}.link-{uuid.uuid4().hex[:8]}")
    os.symlink(target, tmp)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)  # a folder from an output written before generations (one-time)
    os.replace(tmp, path)


def commit(out_dir: Path, gen: Path) -> None:
    """Publish `gen`: make sure it is on disk, switch `current` to it, keep the stable names linked."""
    out_dir = Path(out_dir)
    _fsync_tree(gen)
    _replace_with_link(out_dir / CURRENT, os.path.relpath(gen, out_dir))
    for entry in sorted(gen.iterdir()):
        _replace_with_link(out_dir / entry.name, f"{CURRENT}/{entry.name}")
    cleanup(out_dir)


def cleanup(out_dir: Path, keep: int = 2) -> None:
    """Remove generations other than the current one and the one before it (and any a killed run left)."""
    root = Path(out_dir) / GENERATIONS
    if not root.is_dir():
        return
    current = published_dir(out_dir)
    gens = sorted(p for p in root.iterdir() if p.is_dir())
    done = [g for g in gens if g.resolve() == current]
    keep_set = set(done)
    older = [g for g in gens if done and g.name < done[0].name]
    keep_set.update(older[-(keep - 1):] if keep > 1 else [])
    for g in gens:
        if g not in keep_set:
            shutil.rmtree(g, ignore_errors=True)


def read_published(out_dir: Path, name: str) -> list[dict[str, Any]]:
    """The records published last time (empty when there are none or the file is unreadable)."""
    path = published_dir(out_dir) / f"{name}.json"
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []
