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


def touch(path: Path) -> None:
    """Mark a cached file as used by this run (kept by `prune_cache`)."""
    try:
        os.utime(path)
    except OSError:
        pass
