"""A workbook sheet's rows by deck segments (issue 25): a run that changed a few decks renders those decks'
rows and copies every other deck's row XML from the last workbook, as `segments.py` does for CSV and JSON.

A row's XML depends on the row and its sheet row number alone (`sheet_xml.row_strings`), so a segment (a
run of one deck's rows, `segments.Segment`) whose rows hash the same and start on the same sheet row is
the same bytes; the index of each sheet's segments (byte ranges in the uncompressed member) is kept in the
generation's `segments.json` under `BOOK_KEY`. A table with no `doc` (programmes, runs) is one segment, copied
only while its rows hash the same and its bytes hash as written. Only the zip's compression is done again for
the whole file."""
from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd

from .segments import Segment, segments_of, signature
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
    """One sheet's rows written by segments: `old` the last workbook's segments of the table (key -> digest,
    rows, first sheet row, offset, length), `old_xml` reads its member when a segment is copied."""

    table: str
    segs: list[Segment]
    old: dict[str, list[Any]]
    old_style: str | None
    old_xml: Callable[[], bytes | None]
    placed: dict[str, list[Any]] = field(default_factory=dict)
    style_sig: str = ""
    #: segments copied from the last workbook
    copied: int = 0
    #: bytes put but not yet written to the member (`_put`)
    _out: list[bytes] = field(default_factory=list)
    _size: int = 0

    def write(self, f: IO[bytes], data: pd.DataFrame, kinds: list[str], at: int, style: tuple[int, int, int]) -> int:
        """Write the rows of `data` (sheet rows from 2) at offset `at` of the member; the offset after them.
        Segments copied from the last member that lay side by side there are written as one piece."""
        self.style_sig = sheet_signature(self.table, style)
        old = self.old if self.old_style == self.style_sig else {}
        got = [old.get(s.key) for s in self.segs]
        keep = [g is not None and g[:3] == [s.digest, s.stop - s.start, s.start + 2] for s, g in zip(self.segs, got)]
        xml = self.old_xml() if any(keep) else None
        pending: list[Segment] = []
        waiting = 0  # rows in `pending`
        i, n = 0, len(self.segs)
        while i < n:
            s, g = self.segs[i], got[i]
            if keep[i] and xml is not None and g is not None and g[3] + g[4] <= len(xml) \
                    and (s.key != WHOLE or g[5:] == [_digest(xml[g[3]:g[3] + g[4]])]):
                j = i + 1  # the next segments that followed this one in the last member too
                while j < n and keep[j] and got[j][3] == got[j - 1][3] + got[j - 1][4] and got[j][3] + got[j][4] <= len(xml):  # type: ignore[index]
                    j += 1
                at = self._flush(f, data, kinds, style, pending, at)
                waiting = 0
                at = self._copy(f, self.segs[i:j], got[i:j], memoryview(xml), at)
                i = j
                continue
            pending.append(s)
            waiting += s.stop - s.start
            if waiting >= BLOCK_ROWS:
                at, waiting = self._flush(f, data, kinds, style, pending, at), 0
            i += 1
        at = self._flush(f, data, kinds, style, pending, at)
        self._drain(f)
        return at

    def _flush(self, f: IO[bytes], data: pd.DataFrame, kinds: list[str], style: tuple[int, int, int],
               pending: list[Segment], at: int) -> int:
        """The rows of the `pending` segments rendered and put (`pending` emptied); the offset after them."""
        if not pending:
            return at
        pos = np.concatenate([np.arange(s.start, s.stop) for s in pending])
        strings = row_strings(data.iloc[pos], kinds, pos + 2, *style)
        k = 0
        for s in pending:
            body = "".join(strings[k:k + s.stop - s.start]).encode("utf-8")
            k += s.stop - s.start
            at = self._put(f, s, body, at)
        pending.clear()
        return at

    def _copy(self, f: IO[bytes], segs: list[Segment], got: list[Any], xml: memoryview, at: int) -> int:
        """Segments that lay side by side in the last member (`got`: their entries there), copied as one piece."""
        start, stop = got[0][3], got[-1][3] + got[-1][4]
        for s, g in zip(segs, got):
            self.placed[s.key] = [s.digest, s.stop - s.start, s.start + 2, at + g[3] - start, g[4], *g[5:]]
        self.copied += len(segs)
        self._drain(f)
        f.write(xml[start:stop])
        return at + stop - start

    def _put(self, f: IO[bytes], s: Segment, body: bytes, at: int) -> int:
        """`body` goes to the member after what is buffered (a write to the zip a segment cost a call each:
        the same bytes, compressed as one stream, written in pieces of about a megabyte)."""
        self._out.append(body)
        self._size += len(body)
        if self._size >= 1 << 20:
            self._drain(f)
        self.placed[s.key] = [s.digest, s.stop - s.start, s.start + 2, at, len(body)]
        if s.key == WHOLE:  # a whole table's rows are copied only as they were written (one hash of them)
            self.placed[s.key].append(_digest(body))
        return at + len(body)

    def _drain(self, f: IO[bytes]) -> None:
        if self._out:
            f.write(b"".join(self._out))
        self._out, self._size = [], 0


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
        rows = SheetRows(table, segs, old.get("segments") or {}, old.get("signature"),
                         lambda: self._member(str(old.get("member"))))
        self.sheets[table] = (member, rows)
        return rows

    def _member(self, name: str) -> bytes | None:
        if self.prev_book is None:
            return None
        try:
            with zipfile.ZipFile(self.prev_book) as z:
                return z.read(name)
        except (OSError, KeyError, zipfile.BadZipFile):
            return None

    def index(self, book: Path) -> dict[str, Any]:
        """The new workbook's entry for `segments.json`."""
        return {"file_size": book.stat().st_size,
                "sheets": {t: {"member": m, "signature": r.style_sig, "segments": r.placed} for t, (m, r) in self.sheets.items()}}
