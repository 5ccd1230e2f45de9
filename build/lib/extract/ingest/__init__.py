"""Read a deck file into a Deck: `.txt` (already-extracted text) or `.pdf` (pdfplumber)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import Deck, DeckError
from .pdf import read_pdf
from .text import read_text

READERS = {".txt": read_text, ".pdf": read_pdf}


def deck_files(raw_dir: Path) -> list[Path]:
    """The decks in `raw_dir` (by extension, sorted by name so runs are deterministic)."""
    return sorted(p for p in Path(raw_dir).iterdir() if p.is_file() and p.suffix.lower() in READERS)


def outside_link(path: Path) -> bool:
    """A symlink whose target lies outside the folder the link is in (the raw folder): never read."""
    path = Path(path)
    if not path.is_symlink():
        return False
    try:
        path.resolve(strict=True).relative_to(path.parent.resolve())
    except (ValueError, OSError, RuntimeError):
        return True
    return False


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_deck(path: Path, password: str | None = None, max_text_mb: float = 50.0) -> Deck:
    """Read one deck; raises DeckError with a one-line reason when it cannot be read. A text deck
    larger than `max_text_mb` is refused before it is read."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DeckError(f"unsupported file type {path.suffix!r}")
    if outside_link(path):
        raise DeckError("a symlink to a file outside the raw folder: refused")
    if not path.exists():
        raise DeckError("file not found")
    size = path.stat().st_size
    if size == 0:
        raise DeckError("empty file (0 bytes)")
    if path.suffix.lower() == ".txt" and size > max_text_mb * 1024 * 1024:
        raise DeckError(f"text deck of {size / 1024 / 1024:.0f} MB is over the {max_text_mb:g} MB limit: refused")
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    pages, lines, source_type, no_text = reader(path, data, password)
    if not any(l.text.strip() for l in lines):
        if no_text:
            raise DeckError(f"no text layer on any page (image-only PDF, pages {page_ranges(no_text)}): nothing to extract",
                            status="no_text_layer")
        raise DeckError("no text found in the deck")
    return Deck(doc=path.stem, path=str(path), sha256=sha, source_type=source_type, pages=pages, lines=lines,
                pages_without_text=no_text)


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 7] -> '1-3, 7'."""
    spans: list[list[int]] = []
    for p in pages:
        if spans and p == spans[-1][1] + 1:
            spans[-1][1] = p
        else:
            spans.append([p, p])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
