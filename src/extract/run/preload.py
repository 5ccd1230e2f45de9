"""What the decks' forkserver loads before it forks a deck's child: kept apart from the stages, so a run can
start the forkserver before it imports them (`run.get_ready`)."""
from __future__ import annotations

from ..sandbox import set_preload


def warm_sandbox() -> None:
    """The deck children fork from a process with the rules, spaCy and pdfplumber loaded and warmed (the
    reading stage, not the run's later stages: pandas and the publishing code are no deck's work)."""
    set_preload(["extract.ingest", "extract.run.reading", "pdfplumber", "pptx", "openpyxl", "docx"],
                warm=["extract.mentions:warm_up"])
