"""PDF decks through pdfplumber, page by page; every line keeps its 1-based page."""
from __future__ import annotations

import io
import logging
from pathlib import Path

from ..model import DeckError, Line

logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    text = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else ""
    if "Password" in name or "encrypt" in text.lower():
        return "encrypted PDF (a password is needed to read it)"
    return f"unreadable PDF ({name}{': ' + text if text else ''})"


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
