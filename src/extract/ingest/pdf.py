"""PDF decks through pdfplumber, page by page; every line keeps its 1-based page."""
from __future__ import annotations

import io
import logging
from pathlib import Path

from ..model import DeckError, Line

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


def _reason(exc: Exception) -> str:
    chain = _chain(exc)
    if any("Password" in type(e).__name__ or "encrypt" in str(e).lower() for e in chain):
        return "encrypted PDF (a password is needed to read it)"
    inner = chain[-1]
    text = str(inner).strip().splitlines()[0][:160] if str(inner).strip() else ""
    return f"unreadable PDF ({type(inner).__name__}{': ' + text if text else ''})"


def read_pdf(path: Path, data: bytes) -> tuple[int, list[Line], str]:
    import pdfplumber  # imported here: only PDF decks need it

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DeckError("not a PDF file (no %PDF header)")
    lines: list[Line] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            n_pages = len(pdf.pages)
            for page_no, page in enumerate(pdf.pages, start=1):
                text = page.dedupe_chars().extract_text() or ""
                for t in text.split("\n"):
                    lines.append(Line(text=t, page=page_no, line=None, index=len(lines)))
    except DeckError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise DeckError(_reason(exc)) from None
    return n_pages, lines, "pdf"
