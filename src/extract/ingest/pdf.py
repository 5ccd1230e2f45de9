"""PDF decks through pdfplumber, page by page, layout-aware (see layout.py); every line keeps its
1-based page and a box per character, so each mention's bounding box can be published."""
from __future__ import annotations

import io
import logging
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from ..model import DeckError, Line, TableGrid
from ..sandbox import cpu_seconds, report_pages
from . import ocr
from .layout import LayoutLine, drop_margins, page_lines
from .page_objects import quiet_debug, read_objects
from .page_readers import read_pages
from .read import Read, page_ranges

logging.getLogger("pdfminer").setLevel(logging.ERROR)


class PageRead(NamedTuple):
    height: float
    lines: list[LayoutLine]
    scanned: bool  # no text, but a picture or outlines: read by OCR when it can be
    grids: list[TableGrid]


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and what it wraps (pdfplumber wraps pdfminer's errors in PdfminerException(args[0]))."""
    out: list[BaseException] = []
    todo: list[object] = [exc]
    while todo:
        e = todo.pop()
        if isinstance(e, BaseException) and e not in out:
            out.append(e)
            todo += [e.__cause__, e.__context__, *e.args]
    return out


def _reason(exc: Exception, password: str | None) -> DeckError:
    chain = _chain(exc)
    if any("Password" in type(e).__name__ or "encrypt" in str(e).lower() for e in chain):
        if password:
            return DeckError("encrypted PDF: the configured password does not open it", status="encrypted")
        return DeckError("encrypted PDF: it needs a password (give it in the passwords file)", status="encrypted")
    inner = chain[-1]
    text = str(inner).strip().splitlines()[0][:160] if str(inner).strip() else ""
    return DeckError(f"unreadable PDF ({type(inner).__name__}{': ' + text if text else ''})")


def _read_page(pdf: Any, page_no: int) -> PageRead:
    """One page's height, lines in reading order, tables, and whether it is a scan (see `read_pdf`)."""
    page = pdf.pages[page_no - 1]
    read_objects(page)  # the page's chars built once, without pdfplumber's per-attribute resolution
    if not page.chars:
        # a picture, or text drawn as outlines (curves), and no text: a scanned page (a blank separator
        # page is not; a page of curves with hardly any ink is found blank before OCR)
        return PageRead(float(page.height), [], bool(page.images or page.curves), [])
    grids: list[TableGrid] = []
    lines = page_lines(page, grids, page_no)
    page.close()  # frees pdfplumber's per-page caches: a 300-page deck stays small
    return PageRead(float(page.height), lines, False, grids)


def read_pdf(path: Path, data: bytes, password: str | None = None, use_ocr: bool = True,
             ocr_seconds: float | None = None, page_workers: int = 1) -> Read:
    """Pages, lines, tables and the pages without a text layer. Those pages are read by OCR (ocr.py) where
    Tesseract is installed (source type `pdf_ocr`), for at most `ocr_seconds` (no page is started that
    the slowest page so far would not finish in time); blank pages (no text, no picture) are neither read nor reported.
    `page_workers`: processes that may read the pages (page_readers.py; the same result for any number)."""
    import pdfplumber  # imported here: only PDF decks need it

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DeckError("not a PDF file (no %PDF header)")
    try:
        with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
            n_pages = len(pdf.pages)
            quiet_debug()  # pdfminer's modules are loaded by now
            report_pages(n_pages)  # the deck's time limit grows with its pages (sandbox.Limits.per_page)
            read = read_pages(partial(_read_page, pdf), n_pages, page_workers)
    except DeckError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        if any(isinstance(e, MemoryError) for e in _chain(exc)):
            raise MemoryError from None  # the memory limit, not a broken file (see guard.py)
        raise _reason(exc, password) from None
    pages: list[tuple[float, list[LayoutLine]]] = [(r.height, r.lines) for r in read]
    no_text = [page_no for page_no, r in enumerate(read, start=1) if r.scanned]
    tables = [g for r in read for g in r.grids]
    notes: list[str] = []
    confidence: dict[int, float] = {}
    if no_text:
        no_text, notes = _read_scans(data, password, no_text, pages, confidence, use_ocr, ocr_seconds)
    lines: list[Line] = []
    for page_no, page_lines_ in enumerate(drop_margins(pages), start=1):
        for l in page_lines_:
            conf = confidence.get(id(l))
            lines.append(Line(text=l.text, page=page_no, line=None, index=len(lines), boxes=tuple(l.boxes),
                              source="ocr" if conf is not None else None, confidence=conf))
    return Read(n_pages, lines, "pdf_ocr" if confidence else "pdf", no_text, tables=tables, notes=notes)


def _read_scans(data: bytes, password: str | None, no_text: list[int], pages: list[tuple[float, list[LayoutLine]]],
                confidence: dict[int, float], use_ocr: bool, seconds: float | None) -> tuple[list[int], list[str]]:
    """OCR the pages without a text layer into `pages` (their confidences into `confidence`, by line id);
    (the pages still without text, notes). Blank pages are left out of both."""
    import pypdfium2

    try:
        doc = pypdfium2.PdfDocument(data, password=password or None)
    except Exception:  # pdfplumber read it: pdfium failing is no reason to fail the deck
        return no_text, ["pages without a text layer could not be rendered for OCR"]
    blank = [p for p in no_text if ocr.is_blank(doc, p - 1)]
    scans = [p for p in no_text if p not in blank]
    notes = [f"blank pages {page_ranges(blank)}: nothing to read"] if blank else []
    why = None if use_ocr else "OCR turned off"
    why = why or (ocr.missing() if scans else None)
    if why:
        return scans, notes + [f"{why}: image-only pages {page_ranges(scans)} not read; {ocr.INSTALL_HINT}"]
    read: list[int] = []
    # counted in CPU seconds, as the deck's limit is: which pages are read does not depend on the machine's load
    start, slowest, late = cpu_seconds(), 0.0, list[int]()
    for p in scans:
        began = cpu_seconds()
        if seconds is not None and began - start + slowest > seconds:
            late.append(p)
            continue
        found = ocr.ocr_page(doc, p - 1)
        slowest = max(slowest, cpu_seconds() - began)
        if not found:
            continue  # a picture without words: still an image-only page, nothing read from it
        pages[p - 1] = (pages[p - 1][0], [o.line for o in found])
        confidence.update({id(o.line): o.confidence for o in found})
        read.append(p)
    doc.close()
    if read:
        notes.append(f"pages {page_ranges(read)} read by OCR (Tesseract jpn/jpn_vert)")
    if late:
        notes.append(f"image-only pages {page_ranges(late)} not read: OCR would pass its share of the deck's time "
                     f"CPU limit ({seconds:.0f} s); raise --deck-timeout to read them")
    return [p for p in scans if p not in read], notes
