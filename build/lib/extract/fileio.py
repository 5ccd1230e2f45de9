"""Writing files so that a reader never sees half of one."""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def safe_name(doc: str) -> str:
    """A deck's name as a folder name that stays inside its parent (`..`, `/` and leading dots made harmless)."""
    name = re.sub(r"[^\w.\-]", "_", doc)
    return "_" + name if name.startswith(".") or not name else name
