"""The review page written to its file a part at a time (issue 25), never held whole: the frame's head, each
deck's section, the tail. Beside the page, `SECTIONS_FILE` keeps each deck's section as its key (a hash of
all it shows, `page.section_key`) and its byte range in the page; the next run copies from the last page
the bytes of every section whose key is unchanged and renders only the others. A section's bytes depend on
its own deck's data alone, so the page is the one a whole rendering gives (tested)."""
from __future__ import annotations

import hashlib
import json
import mmap
import os
from pathlib import Path
from typing import IO, Any

from .page import PageParts

SECTIONS_FILE = "sections.json"


def load_sections(page: Path | None) -> dict[str, Any]:
    """The sections of the page at `page` as its run wrote them (empty when there are none to reuse: no
    page, no index, or a page not of the size the index says; a section is copied only when its bytes still
    hash as written)."""
    if page is None:
        return {}
    try:
        index = json.loads((page.parent / SECTIONS_FILE).read_text(encoding="utf-8"))
        if not isinstance(index, dict) or index.get("size") != page.stat().st_size:
            return {}
    except (OSError, ValueError):
        return {}
    sections = index.get("sections")
    return sections if isinstance(sections, dict) else {}


def write_page(path: Path, parts: PageParts, prev_page: Path | None = None) -> int:
    """Write the page of `parts` to `path` (and its sections' index beside it), copying the sections the
    page at `prev_page` holds under the same key; the number of sections copied. The last page is mapped,
    not read a section at a time, and sections that lay side by side in it are written in one piece
    (issue 25: 5,000 reads and writes of a few KB each)."""
    old = load_sections(prev_page)
    path.parent.mkdir(parents=True, exist_ok=True)
    placed: dict[str, list[Any]] = {}
    copied = 0
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as f, _mapped(prev_page if old else None) as src:
        out = _Copier(f, src)
        at = out.put(parts.head.encode("utf-8"), 0)
        for s in parts.sections:
            got = old.get(s.doc)
            span = out.span(got) if src is not None and got and got[0] == s.key else None
            if span is not None and got is not None:  # its bytes as that run wrote them: copied
                copied += 1
                placed.setdefault(s.doc, [s.key, at, span[1] - span[0], got[3]])
                at = out.copy(span, at)
                continue
            body = s.render().encode("utf-8")
            placed.setdefault(s.doc, [s.key, at, len(body), _digest(body)])  # a doc twice: the first one is indexed
            at = out.put(body, at)
        at = out.put(parts.tail.encode("utf-8"), at)
    os.replace(tmp, path)
    index = {"size": at, "sections": placed}
    (path.parent / SECTIONS_FILE).write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return copied


class _Copier:
    """The new page's bytes: rendered ones written as they come, copied ones (ranges of the last page)
    held back while they follow each other there, then written as one slice."""

    def __init__(self, f: IO[bytes], src: Any) -> None:
        self.f, self.src = f, src
        self.run: list[int] | None = None  # a range of the last page not yet written

    def span(self, got: list[Any]) -> tuple[int, int] | None:
        """The range of the last page an index entry names, when it is inside the page and its bytes hash as
        written (else None: the section is rendered)."""
        try:
            a, n = int(got[1]), int(got[2])
        except (TypeError, ValueError, IndexError):
            return None
        if a < 0 or n < 0 or a + n > len(self.src) or len(got) < 4:
            return None
        return (a, a + n) if _digest(self.src[a:a + n]) == got[3] else None

    def _flush(self) -> None:
        if self.run is not None:
            self.f.write(self.src[self.run[0]:self.run[1]])
            self.run = None

    def copy(self, span: tuple[int, int], at: int) -> int:
        if self.run is not None and self.run[1] == span[0]:
            self.run[1] = span[1]
        else:
            self._flush()
            self.run = [span[0], span[1]]
        return at + span[1] - span[0]

    def put(self, data: bytes, at: int) -> int:
        self._flush()
        self.f.write(data)
        return at + len(data)


def _digest(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=12).hexdigest()


class _mapped:
    """The last page mapped for reading (a memoryview), or None (a missing or empty page: nothing is copied)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.mm: mmap.mmap | None = None
        self.view: memoryview | None = None

    def __enter__(self) -> memoryview | None:
        if self.path is None:
            return None
        try:
            with open(self.path, "rb") as f:
                self.mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # missing, unreadable, or empty (an empty file cannot be mapped)
            return None
        self.view = memoryview(self.mm)
        return self.view

    def __exit__(self, *exc: object) -> None:
        try:
            if self.view is not None:
                self.view.release()
            if self.mm is not None:
                self.mm.close()
        except BufferError:  # a slice still held (by an error's traceback): the map goes with it
            pass
