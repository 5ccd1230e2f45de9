"""What the decks' forkserver loads before it forks a deck's child: kept apart from the stages, so a run can
start the forkserver before it imports them (`run.get_ready`)."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

from ..sandbox import preload, set_preload

#: the reading stage, whatever the formats
READING = ("extract.ingest", "extract.ingest.readers", "extract.run.reading")
#: the library a format's reader imports when it reads its first deck (ingest/): loaded ahead only for the formats
#: a run has, as each costs the first deck's start a tenth of a second or more (the forkserver forks no child
#: before its preload is done); a child of another format imports its library itself, with the same result
LIBRARIES = {".pdf": "pdfplumber", ".pptx": "pptx", ".pptm": "pptx", ".xlsx": "openpyxl", ".xlsm": "openpyxl",
             ".docx": "docx", ".docm": "docx"}
WARM = ("extract.mentions:warm_up",)


def libraries(files: Iterable[str | PurePath]) -> list[str]:
    """The format libraries the decks' files need, once each, in a fixed order."""
    wanted = {LIBRARIES.get(PurePath(f).suffix.lower()) for f in files}
    return [lib for lib in dict.fromkeys(LIBRARIES.values()) if lib in wanted]


def warm_sandbox(files: Iterable[str | PurePath] | None = None) -> None:
    """The deck children fork from a process with the rules, spaCy and the reading stage loaded and warmed
    (not the run's later stages: pandas and the publishing code are no deck's work), and the libraries of
    the formats of `files` (the decks the run will read); without `files`, what a run chose already, else
    every format's."""
    modules, warm = preload()
    if files is None:
        if warm == WARM:
            return  # a run named its decks' formats (`run.get_ready`): one deck of them keeps that choice
        chosen = list(dict.fromkeys(LIBRARIES.values()))
    else:
        chosen = libraries(files)
    set_preload([*READING, *chosen], warm=list(WARM))
