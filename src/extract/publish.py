"""Write tables into `output/` atomically: a temporary file in the same folder, then a rename,
so a reader never sees a half-written file."""
from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd


def write_atomic(path: Path, data: bytes) -> None:
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


def _plain(v: Any) -> Any:
    """JSON-ready cell: numpy/pandas scalars to Python, NaN/NA to None."""
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, (list, dict, str)):
        return v.item()
    return v


def records_of(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in row.items()} for row in df.to_dict(orient="records")]


def csv_bytes(df: pd.DataFrame) -> bytes:
    out = df.copy()
    if "qualifiers" in out:
        out["qualifiers"] = ["|".join(q) if isinstance(q, list) else (q or "") for q in out["qualifiers"]]
    return out.to_csv(index=False, lineterminator="\n").encode("utf-8")


def json_bytes(df: pd.DataFrame) -> bytes:
    return json.dumps(records_of(df), ensure_ascii=False, indent=1).encode("utf-8")


def publish_table(out_dir: Path, name: str, df: pd.DataFrame) -> list[Path]:
    """`<name>.csv` (UTF-8, header row) and `<name>.json` (an array of records)."""
    paths = [Path(out_dir) / f"{name}.csv", Path(out_dir) / f"{name}.json"]
    write_atomic(paths[0], csv_bytes(df))
    write_atomic(paths[1], json_bytes(df))
    return paths


def read_published(out_dir: Path, name: str) -> list[dict[str, Any]]:
    """The records published last time (empty when there are none or the file is unreadable)."""
    path = Path(out_dir) / f"{name}.json"
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []
