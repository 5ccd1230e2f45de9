"""Per-deck segments of a table's CSV and JSON files, so a run that changed a few decks writes those decks'
rows and copies every other deck's bytes from the published generation (issue 25: publishing works on
what changed, not on everything).

A table's rows come in runs of one deck (`doc`); a segment is one such run, keyed by the deck and its
occurrence (a table may hold a deck's rows in two runs, e.g. budgets of mentions and of cells). Each
generation keeps, beside its tables, the byte ranges of every segment in each file and a hash of the
segment's rows as the table's types hold them (`SEGMENTS_FILE`). The next run hashes its rows (vectorized),
reuses the bytes of every segment whose key and hash are unchanged, serializes only the others, and
joins them in the new table's row order: the file is the same bytes a whole write gives (tested), since
a row's CSV and JSON text depend on that row alone."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..fileio import write_unflushed
from ..schema import SCHEMA_VERSION, TABLES
from .formats import neutralizes_any

SEGMENTS_FILE = "segments.json"
#: the files of a table that are written by segments, and how each begins
FILES = ("csv", "excel", "json")
_CSV_MARK = re.compile(rb'"|\r\n')


def signature(table: str) -> str:
    """What the bytes of a row depend on besides the row: the table's columns, the schema, pandas."""
    cols = [(c.name, c.type) for c in TABLES[table].columns]
    return hashlib.sha256(json.dumps([SCHEMA_VERSION, pd.__version__, cols]).encode()).hexdigest()[:16]


@dataclass
class Segment:
    key: str  # "<doc>#<occurrence>"
    start: int  # first row in the table
    stop: int
    digest: str


def deck_runs(docs: Any) -> list[tuple[str, int, int]]:
    """The runs of one deck in a table's `doc` column: (doc, first row, row after the last), found in one
    vectorized comparison of each row's doc with the row before it."""
    arr = np.asarray(docs, dtype=object)
    n = len(arr)
    if n == 0:
        return []
    starts = np.concatenate([[0], np.flatnonzero(arr[1:] != arr[:-1]) + 1]).tolist()
    return [(str(arr[a]), a, b) for a, b in zip(starts, [*starts[1:], n])]


def segments_of(data: pd.DataFrame, same: np.ndarray | None = None, old: dict[str, Any] | None = None) -> list[Segment]:
    """The runs of one deck in the (typed) table, each with a hash of its rows. `same` (`typed_reuse.typed_kept`):
    each row's position in the last generation's table when it is that very row, else -1; a run whose rows
    all are, and that the last index (`old`, sealed: `_sealed`) holds with as many rows, keeps its digest
    there, its rows not hashed."""
    if len(data) == 0:
        return []
    runs = deck_runs(data["doc"].to_numpy(dtype=object))
    keys: list[str] = []
    seen: dict[str, int] = {}
    for doc, _, _ in runs:
        k = seen.get(doc, 0)
        seen[doc] = k + 1
        keys.append(f"{doc}#{k}")
    kept = _proven(runs, keys, same, old or {})
    todo = np.repeat(~kept, [b - a for _, a, b in runs])
    hashed = pd.util.hash_pandas_object(data.iloc[np.flatnonzero(todo)] if not todo.all() else data, index=False).to_numpy()
    at = np.cumsum(todo) - todo  # a hashed row's place among the hashed rows
    out: list[Segment] = []
    for (_, start, stop), key, keep in zip(runs, keys, kept.tolist()):
        if keep:
            digest = (old or {})[key][0]
        else:
            digest = hashlib.blake2b(hashed[at[start]:at[start] + stop - start].tobytes(), digest_size=12).hexdigest()
        out.append(Segment(key, start, stop, digest))
    return out


def _proven(runs: list[tuple[str, int, int]], keys: list[str], same: np.ndarray | None, old: dict[str, Any]) -> np.ndarray:
    """For each run, whether its rows are the last table's (`same`) and the last index holds it with as many."""
    if same is None or not old or len(same) != (runs[-1][2] if runs else 0):
        return np.zeros(len(runs), dtype=bool)
    starts = np.fromiter((a for _, a, _ in runs), dtype=np.int64, count=len(runs))
    every = np.minimum.reduceat(same, starts) >= 0  # no row of the run typed again or moved
    held = np.fromiter(((e := old.get(k)) is not None and e[1] == b - a for k, (_, a, b) in zip(keys, runs)),
                       dtype=bool, count=len(runs))
    return every & held


def csv_records(body: bytes) -> list[int]:
    """The end offset of every record of an RFC 4180 body (CRLF outside quotes ends a record)."""
    ends, quoted = [], False
    for m in _CSV_MARK.finditer(body):
        if m.group() == b'"':
            quoted = not quoted
        elif not quoted:
            ends.append(m.end())
    return ends


def json_items(df: pd.DataFrame) -> list[bytes]:
    """Each row as `json_bytes` writes it inside its array (indented one more)."""
    from .json_rows import json_rows

    return [(" " + r).encode("utf-8") for r in json_rows(df, indent=" ")]


def _csv_pieces(df: pd.DataFrame, table: str, excel: bool, data: pd.DataFrame | None = None) -> tuple[bytes, list[bytes]]:
    """The header line and each row's bytes of the table's CSV (its spreadsheet twin with `excel`);
    `data`: `df` typed, when the caller has it."""
    from .formats import csv_bytes

    text = csv_bytes(df, table, excel=excel, data=data)
    if excel:
        text = text[len("\ufeff".encode()):]
    head = text.index(b"\r\n") + 2
    body = text[head:]
    ends = csv_records(body)
    starts = [0, *ends[:-1]]
    return text[:head], [body[a:b] for a, b in zip(starts, ends)]


class Segmented:
    """Write a deck-keyed table's CSV, spreadsheet CSV and JSON reusing the published generation's bytes."""

    def __init__(self, prev_dir: Path | None, prev_index: dict[str, Any]) -> None:
        self.prev_dir = prev_dir
        self.prev = prev_index
        self.index: dict[str, Any] = {}
        #: each table's segments as written (the workbook writes its sheets by the same ones)
        self.segs: dict[str, list[Segment]] = {}

    def _old(self, table: str) -> tuple[dict[str, Any], dict[str, bytes]]:
        """The previous generation's segments of `table` and its files' bytes (none if unusable)."""
        entry = self.prev.get(table)
        if self.prev_dir is None or not entry or entry.get("signature") != signature(table):
            return {}, {}
        try:
            files = {f: (self.prev_dir / _file_name(table, f)).read_bytes() for f in FILES}
        except OSError:
            return {}, {}
        if entry.get("sizes") != {f: len(b) for f, b in files.items()}:
            return {}, {}  # a file not as that run wrote it (edited, cut short): its bytes are not reused
        return entry.get("segments", {}), files

    def write(self, out_dir: Path, table: str, df: pd.DataFrame, data: pd.DataFrame,
              same: np.ndarray | None = None) -> list[Path]:
        """`df` the table as built, `data` the same typed (`tables.typed`); `same`: each row's position in the
        last generation's table when it is that row (`segments_of`)."""
        old, old_files = self._old(table)
        segs = self.segs[table] = segments_of(data, same, old if _sealed(self.prev.get(table)) else None)
        fresh = [s for s in segs if not (s.key in old and old[s.key][0] == s.digest and old[s.key][1] == s.stop - s.start)]
        rows = [i for s in fresh for i in range(s.start, s.stop)]
        part = df.iloc[rows].reset_index(drop=True)
        typed_part = data.iloc[rows].reset_index(drop=True)  # a row's types depend on that row alone
        new: dict[str, list[bytes]] = {}
        heads: dict[str, bytes] = {}
        heads["csv"], new["csv"] = _csv_pieces(part, table, False, typed_part)
        if neutralizes_any(typed_part, table):
            heads["excel"], new["excel"] = _csv_pieces(part, table, True, typed_part)
        else:  # nothing to neutralize: the spreadsheet CSV's rows are the plain CSV's
            heads["excel"], new["excel"] = heads["csv"], new["csv"]
        new["json"] = json_items(part)
        if any(len(v) != len(part) for v in new.values()):
            return self._whole(out_dir, table, df)  # a body the record scan cannot split: written whole
        copied = np.array([s.key in old and old[s.key][0] == s.digest and old[s.key][1] == s.stop - s.start
                           for s in segs], dtype=bool)
        body, spans = _joined(segs, copied, old, old_files, new,
                              {"csv": len(heads["csv"]), "excel": len(heads["excel"]) + 3, "json": 2})
        placed = {s.key: [s.digest, s.stop - s.start, *span] for s, span in zip(segs, spans)}
        files = {"csv": [heads["csv"], *body["csv"]], "excel": ["\ufeff".encode(), heads["excel"], *body["excel"]],
                 "json": [b"[\n", *body["json"], b"\n]"] if segs else [b"[]"]}
        self.index[table] = {"signature": signature(table), "sizes": {f: sum(map(len, b)) for f, b in files.items()},
                             "segments": placed, "seal": _seal(placed)}
        paths = []
        for f in FILES:
            paths.append(Path(out_dir) / _file_name(table, f))
            write_unflushed(paths[-1], files[f])  # the pieces as they are: copied slices are views, not joined
        return paths

    def _whole(self, out_dir: Path, table: str, df: pd.DataFrame) -> list[Path]:
        from .formats import publish_table

        self.index.pop(table, None)
        return publish_table(out_dir, table, df, formats=("csv", "json"))

    def save(self, out_dir: Path) -> Path:
        path = Path(out_dir) / SEGMENTS_FILE
        write_unflushed(path, json.dumps(self.index, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8"))
        return path


def _joined(segs: list[Segment], copied: np.ndarray, old: dict[str, Any], old_files: dict[str, bytes],
            new: dict[str, list[bytes]], starts: dict[str, int]) -> tuple[dict[str, list[bytes | memoryview]], list[list[int]]]:
    """Each file's body as pieces, and each segment's offset and length in each new file (for the index).
    A `copied` segment is the last files' bytes at `old[key][2:]` (offset, length per file); the others' rows
    are the next ones of `new` (each row's bytes per file), in order. Neighbours of one kind make one piece:
    fresh segments, or copied ones that lay side by side in every last file (JSON's separator between them);
    found with numpy, so a run that changed one deck of 5,000 joins a few slices without a step per deck.
    `starts`: where each file's body begins."""
    n = len(segs)
    if n == 0:
        return {f: [] for f in FILES}, []
    rows = np.fromiter((s.stop - s.start for s in segs), dtype=np.int64, count=n)
    at = np.zeros((n, 2 * len(FILES)), dtype=np.int64)  # copied: offset and length in each last file
    if copied.any():
        at[copied] = np.array([old[s.key][2:2 + 2 * len(FILES)] for s, c in zip(segs, copied) if c], dtype=np.int64)
    fresh_rows = np.where(copied, 0, rows)
    first = np.cumsum(fresh_rows) - fresh_rows  # a fresh segment's first row in `new`
    sep = {f: 2 if f == "json" else 0 for f in FILES}  # bytes between two segments
    size = at[:, 1::2].copy()
    for i, f in enumerate(FILES):
        if (~copied).any():
            got = np.fromiter(map(len, new[f]), dtype=np.int64, count=len(new[f]))
            ends = np.concatenate([[0], np.cumsum(got)])
            size[~copied, i] = ends[first[~copied] + rows[~copied]] - ends[first[~copied]] + sep[f] * (rows[~copied] - 1)
    offset = np.cumsum(size, axis=0) - size + np.arange(n)[:, None] * np.array([sep[f] for f in FILES]) \
        + np.array([starts[f] for f in FILES])
    follows = _side_by_side(at, copied, old_files.get("json", b""), [sep[f] for f in FILES])
    joined = follows | (~copied[1:] & ~copied[:-1])
    bounds = [0, *(np.flatnonzero(~joined) + 1).tolist(), n]
    body: dict[str, list[bytes | memoryview]] = {f: [] for f in FILES}
    for g0, g1 in zip(bounds[:-1], bounds[1:]):
        for i, f in enumerate(FILES):
            if g0 and sep[f]:
                body[f].append(b",\n")
            if copied[g0]:
                body[f].append(memoryview(old_files[f])[at[g0, 2 * i]:at[g1 - 1, 2 * i] + at[g1 - 1, 2 * i + 1]])
            else:
                mine = new[f][first[g0]:first[g1 - 1] + rows[g1 - 1]]
                body[f].append(b",\n".join(mine) if sep[f] else b"".join(mine))
    return body, np.column_stack([offset, size]).take([0, 3, 1, 4, 2, 5], axis=1).tolist()


def _side_by_side(at: np.ndarray, copied: np.ndarray, old_json: bytes, seps: list[int]) -> np.ndarray:
    """For each segment after the first: it and the one before are copied and lay side by side in every last
    file (`at`: offset and length per file; `seps`: the bytes between two segments of each file), JSON's
    separator between them as written (one piece is copied for both)."""
    follows = copied[1:] & copied[:-1]
    for i, sep in enumerate(seps):
        follows &= at[1:, 2 * i] == at[:-1, 2 * i] + at[:-1, 2 * i + 1] + sep
    if follows.any():
        buf = np.frombuffer(old_json, dtype=np.uint8)
        where = np.flatnonzero(follows)
        at_json = at[where + 1, 2 * FILES.index("json")]
        ok = (at_json >= 2) & (at_json <= len(buf))
        at_json = np.where(ok, at_json, 2)
        follows[where] = ok & (buf[at_json - 2] == ord(",")) & (buf[at_json - 1] == ord("\n")) if len(buf) >= 2 else False
    return follows


def _seal(placed: dict[str, Any]) -> str:
    """A digest of a table's segments' keys, digests and row counts: an index entry edited since it was
    written is not one a digest is kept from (`segments_of`)."""
    text = "\n".join(f"{k}\t{v[0]}\t{v[1]}" for k, v in sorted(placed.items()))  # saved with sorted keys
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _sealed(entry: Any) -> bool:
    return isinstance(entry, dict) and isinstance(entry.get("segments"), dict) \
        and entry.get("seal") == _seal(entry["segments"])


def _file_name(table: str, f: str) -> str:
    return {"csv": f"{table}.csv", "excel": f"{table}_excel.csv", "json": f"{table}.json"}[f]


def load_index(prev_dir: Path | None) -> dict[str, Any]:
    """The published generation's segments (empty when it has none or they cannot be read)."""
    if prev_dir is None:
        return {}
    try:
        data = json.loads((Path(prev_dir) / SEGMENTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
