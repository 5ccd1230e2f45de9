"""The decks' forkserver loads the libraries of the formats a run reads, not every format's (issue 25: each
costs the first deck's start a tenth of a second or more); a deck of another format still reads (its child
imports the library), and one deck's call keeps the run's choice."""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from extract.run.preload import READING, WARM, libraries, warm_sandbox
from extract.sandbox import preload, set_preload


@pytest.fixture
def restored() -> Iterator[None]:
    """The sandbox's preload as it was (set_preload only matters before a forkserver starts)."""
    before = preload()
    yield
    set_preload(*before)


@pytest.mark.parametrize("files, wanted", [
    (["a.pdf"], ["pdfplumber"]),
    (["budget/R6 予算書.PDF"], ["pdfplumber"]),
    (["b.PPTX", "c.xlsm", "d.pdf"], ["pdfplumber", "pptx", "openpyxl"]),  # a fixed order, whatever the decks'
    (["w.docm", "v.docx", "x.pptm"], ["pptx", "docx"]),
    (["t.txt"], []),  # a text deck needs no format library
    (["notes.md", "archive.zip", "noext"], []),  # not decks: nothing
    ([], []),
])
def test_libraries_of_the_decks_formats(files: list[str], wanted: list[str]) -> None:
    assert libraries(files) == wanted


def test_a_run_preloads_its_formats_only(restored: None) -> None:
    warm_sandbox(["a.pdf", "b.txt"])
    assert preload() == ((*READING, "pdfplumber"), WARM)


def test_one_decks_call_keeps_the_runs_choice(restored: None) -> None:
    warm_sandbox(["a.xlsx"])
    warm_sandbox()  # extract_deck_file, per deck
    assert preload() == ((*READING, "openpyxl"), WARM)


def test_near_miss_without_a_choice_every_format(restored: None) -> None:
    set_preload(["extract.ingest"])  # not chosen by a run (no warm-up): a deck alone gets every library
    warm_sandbox()
    assert preload() == ((*READING, "pdfplumber", "pptx", "openpyxl", "docx"), WARM)


def test_a_pptx_deck_reads_from_a_forkserver_without_its_library(tmp_path) -> None:
    """The same lines as in-process reading, from a forkserver that preloaded pdfplumber only (a fresh
    interpreter: one forkserver per process)."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = tmp_path / "slides.pptx"
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "令和6年度予算額 19億円"
    slide.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(1)).text_frame.text = "前年度 18億円"
    prs.save(deck)
    script = ("import sys\nfrom extract.run.preload import warm_sandbox\nfrom extract.sandbox import Limits, run_limited\n"
              "from extract.ingest import read_deck\n"
              "if __name__ == '__main__':\n"
              "    warm_sandbox(['a.pdf'])\n"
              f"    d = run_limited(read_deck, ({str(deck)!r},), Limits(timeout=60))\n"
              "    print([l.text for l in d.lines])\n")
    got = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=tmp_path)
    from extract.ingest import read_deck

    assert got.stdout.strip() == str([line.text for line in read_deck(deck).lines])
    assert "19億円" in got.stdout
