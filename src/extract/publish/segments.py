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


def segments_of(data: pd.DataFrame) -> list[Segment]:
    """The runs of one deck in the (typed) table, each with a hash of its rows."""
    if len(data) == 0:
        return []
    rows = pd.util.hash_pandas_object(data, index=False).to_numpy()
    out: list[Segment] = []
    seen: dict[str, int] = {}
    for doc, start, stop in deck_runs(data["doc"].to_numpy(dtype=object)):
        k = seen.get(doc, 0)
        seen[doc] = k + 1
        digest = hashlib.blake2b(rows[start:stop].tobytes(), digest_size=12).hexdigest()
        out.append(Segment(f"{doc}#{k}", start, stop, digest))
    return out


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

    def write(self, out_dir: Path, table: str, df: pd.DataFrame, data: pd.DataFrame) -> list[Path]:
        """`df` the table as built, `data` the same typed (`tables.typed`)."""
        segs = self.segs[table] = segments_of(data)
        old, old_files = self._old(table)
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
        chunks = _Joined(old_files, {"csv": len(heads["csv"]), "excel": len(heads["excel"]) + 3, "json": 2})
        placed: dict[str, Any] = {}
        fresh_keys = {s.key for s in fresh}
        for s in segs:
            if s.key in fresh_keys:
                spans = chunks.put(s.stop - s.start, new)
            else:
                spans = chunks.copy(old[s.key][2:])
            placed[s.key] = [s.digest, s.stop - s.start, *spans]
        body = {f: b"".join(chunks.done(f)) for f in FILES}
        files = {"csv": heads["csv"] + body["csv"], "excel": "\ufeff".encode() + heads["excel"] + body["excel"],
                 "json": b"[\n" + body["json"] + b"\n]" if segs else b"[]"}
        self.index[table] = {"signature": signature(table), "sizes": {f: len(b) for f, b in files.items()},
                             "segments": placed}
        paths = []
        for f in FILES:
            paths.append(Path(out_dir) / _file_name(table, f))
            write_unflushed(paths[-1], files[f])
        return paths

    def _whole(self, out_dir: Path, table: str, df: pd.DataFrame) -> list[Path]:
        from .formats import publish_table

        self.index.pop(table, None)
        return publish_table(out_dir, table, df, formats=("csv", "json"))

    def save(self, out_dir: Path) -> Path:
        path = Path(out_dir) / SEGMENTS_FILE
        write_unflushed(path, json.dumps(self.index, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8"))
        return path


class _Joined:
    """The segments of a table's three files in order: fresh rows' bytes, or byte ranges of the last files.
    Consecutive segments that lay side by side in a last file are copied as one slice (a run that changed
    one deck of 5,000 copies a few slices, not a slice per deck); each segment's offset and length in the
    new file are returned for the index (`starts`: where each file's body begins)."""

    def __init__(self, old_files: dict[str, bytes], starts: dict[str, int]) -> None:
        self.old = old_files
        self.chunks: dict[str, list[bytes]] = {f: [] for f in FILES}
        self.at = {f: 0 for f in FILES}  # the next fresh row of each file
        self.size = dict(starts)  # the offset in the new file the next bytes go to
        self.placed = {f: False for f in FILES}  # a segment is in the body already
        self.run: dict[str, list[int] | None] = {f: None for f in FILES}  # a range of the last file not yet copied

    def _sep(self, f: str) -> int:
        """The JSON items' separator before a segment that is not the first: its length."""
        return 2 if f == "json" and self.placed[f] else 0

    def _flush(self, f: str) -> None:
        got = self.run[f]
        if got is not None:
            self.chunks[f].append(self.old[f][got[0]:got[1]])
            self.run[f] = None

    def put(self, rows: int, new: dict[str, list[bytes]]) -> list[int]:
        spans: list[int] = []
        for f in FILES:
            self._flush(f)
            got = new[f][self.at[f]:self.at[f] + rows]
            self.at[f] += rows
            piece = b",\n".join(got) if f == "json" else b"".join(got)
            if self._sep(f):
                self.chunks[f].append(b",\n")
                self.size[f] += 2
            self.chunks[f].append(piece)
            spans += [self.size[f], len(piece)]
            self.size[f] += len(piece)
            self.placed[f] = True
        return spans

    def copy(self, ranges: list[int]) -> list[int]:
        """A segment at `ranges` ([offset, length] per file) of the last files."""
        spans: list[int] = []
        for i, f in enumerate(FILES):
            a, n = ranges[2 * i], ranges[2 * i + 1]
            sep = self._sep(f)
            run = self.run[f]
            if run is not None and run[1] + sep == a and (not sep or self.old[f][run[1]:a] == b",\n"):
                run[1] = a + n  # follows the last one there too, separator included: one slice
            else:
                self._flush(f)
                if sep:
                    self.chunks[f].append(b",\n")
                self.run[f] = [a, a + n]
            self.size[f] += sep
            spans += [self.size[f], n]
            self.size[f] += n
            self.placed[f] = True
        return spans

    def done(self, f: str) -> list[bytes]:
        self._flush(f)
        return self.chunks[f]

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
