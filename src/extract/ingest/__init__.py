"""Read a deck file into a Deck: `.txt` (already-extracted text) or `.pdf` (pdfplumber).

`discover` finds the decks of an input (file or folder) and says why every other path is not read;
`read_deck` reads one, from the bytes of the file it actually opened (see files.py)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import Deck, DeckError
from .discover import DeckFile, Discovery, InputError, Skipped, discover, display
from .files import check_expected, open_checked, read_checked, sha256_checked
from .pdf import read_pdf
from .text import decode_text, read_text, text_lines

READERS = {".txt": read_text, ".pdf": read_pdf}

__all__ = [
    "Deck",
    "DeckError",
    "DeckFile",
    "Discovery",
    "InputError",
    "Skipped",
    "deck_files",
    "decode_text",
    "discover",
    "display",
    "page_ranges",
    "read_deck",
    "read_deck_file",
    "open_checked",
    "read_checked",
    "sha256_checked",
    "sha256_of",
]


def deck_files(raw_dir: Path) -> list[Path]:
    """The decks directly in `raw_dir` (by extension, sorted by name). Superseded by `discover`, which
    also looks into subfolders and says why the other paths are not read."""
    return sorted(p for p in Path(raw_dir).iterdir() if p.is_file() and p.suffix.lower() in READERS)


def sha256_of(path: Path) -> str:
    """Hash by path (no checks; raises OSError). Prefer `sha256_checked(path, root)`."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_deck(path: Path, password: str | None = None, max_text_mb: float = 50.0, *,
              root: Path | None = None, doc: str | None = None, file: str | None = None,
              expect: tuple[int, float] | None = None) -> Deck:
    """Read one deck; raises DeckError with a one-line reason when it cannot be read. The file is opened
    once and checked on the open descriptor (a regular file inside `root`, default: the folder the path
    is in); its sha256 and its content come from the same bytes. A text deck larger than `max_text_mb`
    is refused before it is read. `doc` and `file` default to the name without / with its extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise DeckError(f"unsupported file type {display(path.suffix)!r}", status="skipped")
    root = Path(root) if root is not None else path.absolute().parent
    limit = int(max_text_mb * 1024 * 1024) if suffix == ".txt" else None
    data, st = read_checked(path, root, limit, too_big=f"text deck over the {max_text_mb:g} MB limit (--max-text-mb): refused")
    if expect is not None:  # the size and mtime the run planned with (`waiting` when they differ)
        check_expected(st, *expect)
    if not data:
        raise DeckError("empty file (0 bytes)")
    sha = hashlib.sha256(data).hexdigest()
    encoding: str | None = None
    if suffix == ".txt":
        text, encoding = decode_text(data)
        pages, lines, source_type, no_text = 1, text_lines(text), "txt", list[int]()
    else:
        pages, lines, source_type, no_text = read_pdf(path, data, password)
    if not any(l.text.strip() for l in lines):
        if no_text:
            raise DeckError(f"no text layer on any page (image-only PDF, pages {page_ranges(no_text)}): nothing to extract",
                            status="no_text_layer")
        raise DeckError("no text found in the deck")
    return Deck(doc=doc if doc is not None else display(path.stem), path=str(path), sha256=sha,
                source_type=source_type, pages=pages, lines=lines, pages_without_text=no_text,
                encoding=encoding, file=file if file is not None else display(path.name))


def read_deck_file(deck: DeckFile, password: str | None = None, max_text_mb: float = 50.0) -> Deck:
    """`read_deck` for a discovered deck: checked against its input folder, named by its doc and file."""
    return read_deck(deck.path, password, max_text_mb, root=deck.root, doc=deck.doc, file=deck.file,
                     expect=(deck.size, deck.mtime))


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 7] -> '1-3, 7'."""
    spans: list[list[int]] = []
    for p in pages:
        if spans and p == spans[-1][1] + 1:
            spans[-1][1] = p
        else:
            spans.append([p, p])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
