"""The review page written to its file a part at a time (issue 25), never held whole: the frame's head, each
deck's section, the tail. Beside the page, `SECTIONS_FILE` keeps each deck's section as its key (a hash of
all it shows, `page.section_key`) and its byte range in the page; the next run copies from the last page
the bytes of every section whose key is unchanged and renders only the others. A section's bytes depend on
its own deck's data alone, so the page is the one a whole rendering gives (tested)."""
from __future__ import annotations

import hashlib
import json
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
    page at `prev_page` holds under the same key; the number of sections copied. A section is read at its
    offset in one call, and the page is written through a buffer of `WRITE_BUFFER` bytes (issue 25: a seek,
    a read and a write of a few KB per deck, 5,000 of each). The last page is not mapped: its pages
    would count in the run's peak memory."""
    old = load_sections(prev_page)
    path.parent.mkdir(parents=True, exist_ok=True)
    placed: dict[str, list[Any]] = {}
    copied = 0
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb", buffering=WRITE_BUFFER) as f, _opened(prev_page if old else None) as src:
        at = _put(f, parts.head.encode("utf-8"), 0)
        for s in parts.sections:
            got = old.get(s.doc)
            body = _section(src.fileno(), got) if src is not None and got and got[0] == s.key else None
            copied += body is not None
            if body is None:
                body = s.render().encode("utf-8")
                digest = _digest(body)
            else:
                digest = str(old[s.doc][3])  # as written there: `_section` checked it
            placed.setdefault(s.doc, [s.key, at, len(body), digest])  # a doc twice: the first one is indexed
            at = _put(f, body, at)
        at = _put(f, parts.tail.encode("utf-8"), at)
    os.replace(tmp, path)
    index = {"size": at, "sections": placed}
    (path.parent / SECTIONS_FILE).write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return copied


#: the page is written through a buffer this large: thousands of sections of a few KB, a write call per megabyte
WRITE_BUFFER = 1 << 20


def _section(fd: int, got: list[Any]) -> bytes | None:
    """The bytes of the last page an index entry names, when they hash as written (else None: the section
    is rendered); read at their offset in one call."""
    try:
        at, n, digest = int(got[1]), int(got[2]), got[3]
        body = os.pread(fd, n, at) if at >= 0 and n >= 0 else None
    except (TypeError, ValueError, IndexError, OSError):
        return None
    return body if body is not None and len(body) == n and _digest(body) == digest else None


def _digest(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=12).hexdigest()


def _put(f: IO[bytes], data: bytes, at: int) -> int:
    f.write(data)
    return at + len(data)


class _opened:
    """The last page open for reading, or None (a missing page: nothing is copied)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.f: IO[bytes] | None = None

    def __enter__(self) -> IO[bytes] | None:
        try:
            self.f = open(self.path, "rb") if self.path is not None else None  # noqa: SIM115 (closed in __exit__)
        except OSError:
            self.f = None
        return self.f

    def __exit__(self, *exc: object) -> None:
        if self.f is not None:
            self.f.close()
