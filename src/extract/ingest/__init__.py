"""Read a deck file into a Deck: `.txt` (already-extracted text), `.pdf` (pdfplumber; pages without a text
layer through OCR, ocr.py), `.pptx`/`.pptm` (powerpoint.py), `.xlsx`/`.xlsm` (excel.py), `.docx`/`.docm` (word.py).

`discover` finds the decks of an input (file or folder) and says why every other path is not read;
`read_deck` reads one, from the bytes of the file it actually opened (see files.py)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import Deck, DeckError
from .discover import SUFFIXES, DeckFile, Discovery, InputError, Skipped, discover, display
from .files import check_expected, open_checked, read_checked, sha256_checked
from .read import Read, page_ranges
from .text import decode_text, text_lines

# the formats' readers (readers.py) are imported when a deck is read, not when decks are found (discover)

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
    return sorted(p for p in Path(raw_dir).iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def sha256_of(path: Path) -> str:
    """Hash by path (no checks; raises OSError). Prefer `sha256_checked(path, root)`."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_deck(path: Path, password: str | None = None, max_text_mb: float = 50.0, *,
              root: Path | None = None, doc: str | None = None, file: str | None = None,
              ocr_seconds: float | None = None, expect: tuple[int, float] | None = None, page_workers: int = 1) -> Deck:
    """Read one deck; raises DeckError with a one-line reason when it cannot be read. The file is opened
    once and checked on the open descriptor (a regular file inside `root`, default: the folder the path
    is in); its sha256 and its content come from the same bytes. A text deck larger than `max_text_mb`
    is refused before it is read. `doc` and `file` default to the name without / with its extension.
    `page_workers`: processes a PDF's pages may be read by (the same deck whatever the number)."""
    from .readers import OFFICE, read_pdf
    from .tables import text_tables

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
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
        read = Read(1, text_lines(text), "txt")
        read.tables = text_tables([line.text for line in read.lines])
    elif suffix == ".pdf":
        read = read_pdf(path, data, password, ocr_seconds=ocr_seconds, page_workers=page_workers)
    else:
        read = OFFICE[suffix](data)
    lines, no_text = read.lines, read.pages_without_text
    if not any(l.text.strip() for l in lines):
        if no_text:
            why = "".join(f"; {n}" for n in read.notes if "not read" in n)  # why OCR did not read them
            raise DeckError(f"no text layer on any page (image-only PDF, pages {page_ranges(no_text)}): nothing to extract"
                            + why, status="no_text_layer")
        raise DeckError("no text found in the deck")
    return Deck(doc=doc if doc is not None else display(path.stem), path=str(path), sha256=sha,
                source_type=read.source_type, pages=read.pages, lines=lines, pages_without_text=no_text,
                encoding=encoding, file=file if file is not None else display(path.name), tables=read.tables,
                speaker_notes=read.speaker_notes, notes=read.notes)


def read_deck_file(deck: DeckFile, password: str | None = None, max_text_mb: float = 50.0,
                   ocr_seconds: float | None = None, page_workers: int = 1) -> Deck:
    """`read_deck` for a discovered deck: checked against its input folder, named by its doc and file.
    `ocr_seconds`: the CPU seconds OCR of scanned pages may take (the rest of the deck's time limit is for the rules)."""
    return read_deck(deck.path, password, max_text_mb, root=deck.root, doc=deck.doc, file=deck.file,
                     ocr_seconds=ocr_seconds, expect=(deck.size, deck.mtime), page_workers=page_workers)
