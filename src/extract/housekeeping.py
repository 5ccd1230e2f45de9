"""What a long-running schedule must not accumulate in the output folder: pictures and charts in
`OUT/.cache` that no report has used for `CACHE_KEEP_DAYS` (a report touches every cached file it
uses, so what the published decks need stays). Links are never followed, and nothing outside
`.cache` is touched."""
from __future__ import annotations

import os
import stat
import time
from pathlib import Path

CACHE = ".cache"
#: cached pictures and charts unused for this long are removed (a report of the published decks uses
#: every picture it shows, which keeps them)
CACHE_KEEP_DAYS = 14.0


def prune_cache(out_dir: Path, keep_days: float = CACHE_KEEP_DAYS, now: float | None = None) -> int:
    """Remove the files under `out_dir/.cache` not used (modified or touched) for `keep_days`; the number
    removed. A `.cache` that is a link is left alone (and its target untouched)."""
    root = Path(out_dir) / CACHE
    try:
        if not stat.S_ISDIR(os.lstat(root).st_mode):
            return 0
    except FileNotFoundError:
        return 0
    cutoff = (time.time() if now is None else now) - keep_days * 86400
    removed = 0
    for folder, _dirs, files in os.walk(root, followlinks=False):
        for name in files:
            path = os.path.join(folder, name)
            try:
                if os.lstat(path).st_mtime < cutoff:
                    os.unlink(path)  # a link is removed itself, never its target
                    removed += 1
            except OSError:
                pass
    return removed


#: the file in `.cache` whose time says when `prune_daily` last pruned it
PRUNED_STAMP = ".pruned"


def prune_daily(out_dir: Path, now: float | None = None) -> int:
    """`prune_cache` at most once a day (issue 25: it stats every cached picture and chart, thousands at
    5,000 decks, and what it removes has been unused for weeks); the number removed."""
    now = time.time() if now is None else now
    stamp = os.path.join(out_dir, CACHE, PRUNED_STAMP)
    try:
        if not stat.S_ISDIR(os.lstat(os.path.join(out_dir, CACHE)).st_mode):
            return 0  # a link is left alone (and nothing written through it)
        if os.lstat(stamp).st_mtime > now - TOUCH_EVERY_S:
            return 0
    except FileNotFoundError:
        pass
    removed = prune_cache(out_dir, now=now)
    try:
        with open(stamp, "w", encoding="ascii"):
            pass
        os.utime(stamp, (now, now))
    except OSError:
        pass  # pruned again next run
    return removed


def touch(path: Path) -> None:
    """Mark a cached file as used by this run (kept by `prune_cache`)."""
    try:
        os.utime(path)
    except OSError:
        pass


#: a cached file touched less than this long ago is not touched again: `prune_cache` keeps it for weeks anyway
TOUCH_EVERY_S = 86400.0


def used(path: str, now: float) -> int | None:
    """The size of the cached regular file at `path`, marked as used (kept by `prune_cache`) unless it was
    modified or touched within `TOUCH_EVERY_S` of `now`; None when there is none. One stat per file, and a
    write only once a day (issue 25: a re-run over 5,000 programmes stat-ed and touched each chart)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    if st.st_mtime < now - TOUCH_EVERY_S:
        try:
            os.utime(path)
        except OSError:
            pass
    return st.st_size
