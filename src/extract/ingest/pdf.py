"""PDF decks through pdfplumber, page by page, layout-aware (see layout.py); every line keeps its
1-based page and a box per character, so each mention's bounding box can be published."""
from __future__ import annotations

import io
import logging
from pathlib import Path

from ..model import DeckError, Line
from ..sandbox import report_pages
from .layout import drop_margins, page_lines

logging.getLogger("pdfminer").setLevel(logging.ERROR)


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


def read_pdf(path: Path, data: bytes, password: str | None = None) -> tuple[int, list[Line], str, list[int]]:
    """(pages, lines, "pdf", pages without a text layer: a picture and no text; a blank page is not one)."""
    import pdfplumber  # imported here: only PDF decks need it

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DeckError("not a PDF file (no %PDF header)")
    pages: list[tuple[float, list]] = []
    no_text: list[int] = []
    try:
        with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
            n_pages = len(pdf.pages)
            report_pages(n_pages)  # the deck's time limit grows with its pages (sandbox.Limits.per_page)
            for page_no, page in enumerate(pdf.pages, start=1):
                if not page.chars:
                    if page.images:  # a picture and no text: a scanned page (a blank separator page is not)
                        no_text.append(page_no)
                    pages.append((float(page.height), []))
                    continue
                pages.append((float(page.height), page_lines(page)))
                page.close()  # frees pdfplumber's per-page caches: a 300-page deck stays small
    except DeckError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        if any(isinstance(e, MemoryError) for e in _chain(exc)):
            raise MemoryError from None  # the memory limit, not a broken file (see guard.py)
        raise _reason(exc, password) from None
    lines: list[Line] = []
    for page_no, page_lines_ in enumerate(drop_margins(pages), start=1):
        for l in page_lines_:
            lines.append(Line(text=l.text, page=page_no, line=None, index=len(lines), boxes=tuple(l.boxes)))
    return n_pages, lines, "pdf", no_text
