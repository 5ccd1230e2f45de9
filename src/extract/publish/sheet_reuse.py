"""A workbook sheet's rows by deck segments (issue 25): a run that changed a few decks renders those decks'
rows and copies every other deck's rows from the last workbook, as `segments.py` does for CSV and JSON.

A row's XML depends on the row and its sheet row number alone (`sheet_xml.row_strings`), so a segment (a
run of one deck's rows, `segments.Segment`) whose rows hash the same and start on the same sheet row is
the same bytes. The segments are grouped in chunks, each compressed on its own (`sheet_chunks.py`): a chunk
whose segments are all the same is copied from the last workbook compressed, never decompressed nor
compressed again. The index of each sheet's chunks (offsets in the member's compressed data, CRC-32s) is kept
in the generation's `segments.json` under `BOOK_KEY`. A table with no `doc` (programmes, runs) is one segment,
copied only while its rows hash the same and its bytes hash as written."""
from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .segments import Segment, segments_of, signature
from .sheet_chunks import ChunkedMember, chunks_of, member_data
from .sheet_xml import BLOCK_ROWS, row_strings

#: the workbook's entry in the generation's segments index
BOOK_KEY = "tables.xlsx"


@lru_cache(maxsize=1)
def _code() -> str:
    return hashlib.sha256(resources.files("extract.publish").joinpath("sheet_xml.py").read_bytes()).hexdigest()[:16]


def sheet_signature(table: str, style: tuple[int, ...]) -> str:
    """What a sheet row's bytes depend on besides the row: the table's columns (`segments.signature`), the
    code that writes them, the date style and the limits."""
    return hashlib.sha256(f"{signature(table)}:{_code()}:{style}".encode()).hexdigest()[:16]


@dataclass
class SheetRows:
    """One sheet's rows written by chunks of deck segments (`sheet_chunks.py`): `old` the last workbook's
    chunks of the table (id -> id, length, offset, compressed length, CRC-32[, digest]), `old_raw` reads that
    member's compressed bytes when a chunk is copied."""

    table: str
    segs: list[Segment]
    old: dict[str, list[Any]]
    old_style: str | None
    old_raw: Callable[[], bytes | None]
    placed: list[list[Any]] = field(default_factory=list)
    style_sig: str = ""
    #: chunks copied from the last workbook
    copied: int = 0

    def write(self, f: ChunkedMember, data: pd.DataFrame, kinds: list[str], style: tuple[int, int, int]) -> None:
        """Write the rows of `data` (sheet rows from 2) as chunks of the member: a chunk whose segments are
        the same (key, rows' hash, first row) as one of the last member's is copied compressed."""
        self.style_sig = sheet_signature(self.table, style)
        old = self.old if self.old_style == self.style_sig else {}
        raw = self.old_raw() if old else None
        pending: list[tuple[str, list[Segment]]] = []
        waiting = 0  # rows in `pending`
        for chunk in chunks_of(self.segs):
            cid = _chunk_id(chunk)
            got = old.get(cid)
            if raw is not None and got is not None and self._copy(f, cid, chunk, got, raw, data, kinds, style, pending):
                waiting = 0
                continue
            pending.append((cid, chunk))
            waiting += chunk[-1].stop - chunk[0].start
            if waiting >= BLOCK_ROWS:
                self._flush(f, data, kinds, style, pending)
                waiting = 0
        self._flush(f, data, kinds, style, pending)

    def _copy(self, f: ChunkedMember, cid: str, chunk: list[Segment], got: list[Any], raw: bytes,
              data: pd.DataFrame, kinds: list[str], style: tuple[int, int, int],
              pending: list[tuple[str, list[Segment]]]) -> bool:
        """The last member's chunk `got` copied (the chunks waiting rendered first); False when its bytes are
        not there, or (a table across decks) do not hash as written."""
        length, at, size, crc = (int(x) for x in got[1:5])
        if at < 0 or size <= 0 or at + size > len(raw):
            return False
        piece = memoryview(raw)[at:at + size]
        if chunk[0].key == WHOLE:  # a whole table's rows are copied only as they were written (one hash of them)
            try:
                body = zlib.decompressobj(-15).decompress(piece)
            except zlib.error:
                return False
            if len(body) != length or zlib.crc32(body) != crc or got[5:] != [_digest(body)]:
                return False
        self._flush(f, data, kinds, style, pending)
        self.placed.append([cid, *f.copy(piece, length, crc), *got[5:]])
        self.copied += 1
        return True

    def _flush(self, f: ChunkedMember, data: pd.DataFrame, kinds: list[str], style: tuple[int, int, int],
               pending: list[tuple[str, list[Segment]]]) -> None:
        """The rows of the `pending` chunks rendered, each chunk compressed on its own (`pending` emptied)."""
        if not pending:
            return
        pos = np.concatenate([np.arange(c[0].start, c[-1].stop) for _, c in pending])
        strings = row_strings(data.iloc[pos], kinds, pos + 2, *style)
        k = 0
        for cid, chunk in pending:
            n = chunk[-1].stop - chunk[0].start
            body = "".join(strings[k:k + n]).encode("utf-8")
            k += n
            entry = [cid, *f.fresh(body)]
            if chunk[0].key == WHOLE:
                entry.append(_digest(body))
            self.placed.append(entry)
        pending.clear()


def _chunk_id(chunk: list[Segment]) -> str:
    """What a chunk's bytes depend on (with the sheet's signature): its segments' keys, rows' hashes, first rows."""
    text = "|".join(f"{s.key}:{s.digest}:{s.stop - s.start}:{s.start}" for s in chunk)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


#: the key of a table across decks' one segment (no deck's `doc#n` key begins with a NUL)
WHOLE = "\x00whole#0"


def _digest(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=12).hexdigest()


def whole_segment(data: pd.DataFrame) -> list[Segment]:
    """A table with no `doc` as one segment of all its rows, with a hash of them: its sheet's rows are
    copied from the last workbook while the table's rows are the same (the programmes, in a run that
    changed no programme), else rendered."""
    if len(data) == 0:
        return []
    rows = pd.util.hash_pandas_object(data, index=False).to_numpy()
    return [Segment(WHOLE, 0, len(data), hashlib.blake2b(rows.tobytes(), digest_size=12).hexdigest())]


class BookReuse:
    """The last workbook and its segments' index, and the new workbook's index as its sheets are written."""

    def __init__(self, prev_book: Path | None, entry: dict[str, Any] | None, segs: dict[str, list[Segment]]) -> None:
        entry = entry or {}
        ok = prev_book is not None and prev_book.is_file() and entry.get("file_size") == prev_book.stat().st_size
        self.prev_book = prev_book if ok else None
        self.old: dict[str, Any] = entry.get("sheets", {}) if ok else {}
        self.segs = segs
        self.sheets: dict[str, tuple[str, SheetRows]] = {}

    def sheet(self, table: str, member: str, data: pd.DataFrame) -> SheetRows:
        """How the sheet of `table` (the zip member `member`) is written by segments: a table kept by deck
        by its decks' runs, a table across decks (programmes, runs) as one segment (`whole_segment`)."""
        kept = self.segs.get(table) if "doc" in data.columns else None
        if "doc" not in data.columns:
            segs = whole_segment(data)
        else:
            segs = kept if kept is not None and (kept[-1].stop if kept else 0) == len(data) else segments_of(data)
        old = self.old.get(table) or {}
        chunks = {str(c[0]): c for c in old.get("chunks") or [] if isinstance(c, list) and len(c) >= 5}
        rows = SheetRows(table, segs, chunks, old.get("signature"), lambda: self._member(old))
        self.sheets[table] = (member, rows)
        return rows

    def _member(self, old: dict[str, Any]) -> bytes | None:
        """The compressed bytes of the last workbook's member `old` names, when its CRC-32 and compressed size
        are still the ones its index holds (a member written again by another hand is not copied from)."""
        if self.prev_book is None:
            return None
        try:
            with zipfile.ZipFile(self.prev_book) as z:
                info = z.getinfo(str(old.get("member")))
            if [info.CRC, info.compress_size] != [old.get("crc"), old.get("compressed")] \
                    or info.compress_type != zipfile.ZIP_DEFLATED:
                return None
            with open(self.prev_book, "rb") as f:
                f.seek(member_data(f, info))
                raw = f.read(info.compress_size)
            return raw if len(raw) == info.compress_size else None
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            return None

    def index(self, book: Path) -> dict[str, Any]:
        """The new workbook's entry for `segments.json`: per sheet its member (CRC-32, compressed size) and chunks."""
        with zipfile.ZipFile(book) as z:
            infos = {i.filename: i for i in z.infolist()}
        return {"file_size": book.stat().st_size,
                "sheets": {t: {"member": m, "signature": r.style_sig, "crc": infos[m].CRC,
                               "compressed": infos[m].compress_size, "chunks": r.placed}
                           for t, (m, r) in self.sheets.items()}}
