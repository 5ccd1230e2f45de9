"""Each deck format's reader, by suffix. Kept out of the package's `__init__` so that finding the decks
(`discover`: a no-change run's whole work) does not import the PDF, OCR and Office readers (issue 25: a
no-change run <= 1 s; ~0.15-0.2 CPU-s of imports); the decks' forkserver preloads this module
(`run.preload.READING`), so a deck's child finds them loaded."""
from __future__ import annotations

from .excel import read_xlsx
from .pdf import read_pdf
from .powerpoint import read_pptx
from .text import read_text
from .word import read_docx

#: Office formats by suffix: the reader of each (a macro-enabled file is read with its macros dropped)
OFFICE = {".pptx": read_pptx, ".pptm": read_pptx, ".xlsx": read_xlsx, ".xlsm": read_xlsx,
          ".docx": read_docx, ".docm": read_docx}
READERS = {".txt": read_text, ".pdf": read_pdf, **OFFICE}

__all__ = ["OFFICE", "READERS", "read_docx", "read_pdf", "read_pptx", "read_text", "read_xlsx"]
