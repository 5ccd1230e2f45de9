"""What every reader hands back: pages, lines in reading order, tables, and what it skipped."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Line, TableGrid


@dataclass
class Read:
    pages: int
    lines: list[Line]
    #: which reader ran (decks.source_type): pdf, pdf_ocr, txt, pptx, xlsx, docx
    source_type: str
    #: PDF pages with neither text nor OCR'd text (image-only pages left unread)
    pages_without_text: list[int] = field(default_factory=list)
    tables: list[TableGrid] = field(default_factory=list)
    speaker_notes: dict[int, str] = field(default_factory=dict)
    #: what was skipped or changed, for the user (hidden sheets, macros dropped, pages read by OCR)
    notes: list[str] = field(default_factory=list)


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 7] -> '1-3, 7'."""
    spans: list[list[int]] = []
    for p in pages:
        if spans and p == spans[-1][1] + 1:
            spans[-1][1] = p
        else:
            spans.append([p, p])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
