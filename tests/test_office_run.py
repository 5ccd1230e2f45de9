"""A folder mixing every format, hostile Office files among them, through the run: every readable deck is
published with the reader that ran, each broken or hostile file fails only itself with a clear reason."""
from __future__ import annotations

import shutil

import pytest

from extract import run as pipeline
from extract.ingest import ocr
from extract.ingest.guard import Limits
from extract.options import RunOptions
from extract.publish.generations import read_published
from tests.fixtures import office
from tests.fixtures.pdfs import make_slide_deck
from tests.fixtures.scans import make_image_only

from .conftest import SUBSIDY_PDF


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory, sample_deck_path):
    raw, out = tmp_path_factory.mktemp("raw"), tmp_path_factory.mktemp("out")
    made = {p.name: p for p in office.write_all(tmp_path_factory.mktemp("made"))}
    for name in ("mext_slides_2024-05-09.pptx", "nankoku_r8_mokutekibetsu.xlsx", "mext_notes.docx", "macro.pptm",
                 "macro.xlsm", "macro.docm", "bomb.pptx", "truncated.pptx", "locked.xlsx", "dtd.docx"):
        shutil.copy(made[name], raw / name)
    shutil.copy(sample_deck_path, raw)
    make_slide_deck(raw / "slides.pdf")
    # one scanned page (small: 100 dpi), then a blank separator page
    make_image_only(SUBSIDY_PDF, raw / "scan.pdf", [14], dpi=100 if ocr.missing() is None else 40, blank_after=1)
    (raw / "old.ppt").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    plan = pipeline.plan_run(RunOptions(raw=raw, out_dir=out, settle_seconds=0))
    results = [pipeline.extract_deck_file(p, Limits()) for p in plan.process]
    outcome = pipeline.finish(results, RunOptions(raw=raw, out_dir=out), plan)
    return out, {d["file"]: d for d in outcome.decks}


@pytest.mark.slow
def test_every_readable_deck_is_published_and_hostile_files_fail_alone(mixed_run):
    out, decks = mixed_run
    readers = {"mext_slides_2024-05-09.pptx": "pptx", "nankoku_r8_mokutekibetsu.xlsx": "xlsx", "mext_notes.docx": "docx",
               "macro.pptm": "pptx", "macro.xlsm": "xlsx", "macro.docm": "docx", "mext_intl_2024-05-09.txt": "txt",
               "slides.pdf": "pdf"}
    for file, reader in readers.items():
        assert decks[file]["status"] == "published" and decks[file]["source_type"] == reader, decks[file]
        assert decks[file]["mentions"] > 0, decks[file]
    assert "macros dropped unread" in decks["macro.pptm"]["reader_notes"]
    assert "hidden sheets skipped" in decks["nankoku_r8_mokutekibetsu.xlsx"]["reader_notes"]
    failures = {"bomb.pptx": ("failed", "zip bomb"), "truncated.pptx": ("failed", "truncated"),
                "locked.xlsx": ("encrypted", "password"), "dtd.docx": ("failed", "DTD"),
                "old.ppt": ("skipped", "newer format")}
    for file, (status, reason) in failures.items():
        assert decks[file]["status"] == status and reason in (decks[file]["error"] or ""), decks[file]
    scan = decks["scan.pdf"]
    if ocr.missing() is None:
        assert scan["status"] == "published" and scan["source_type"] == "pdf_ocr", scan
        assert "blank pages 2" in scan["reader_notes"]
    else:
        assert scan["status"] == "no_text_layer" and "pages 1" in scan["error"] and "2" not in scan["error"], scan
    mentions = read_published(out, "mentions")
    assert {m["doc"] for m in mentions} >= {"mext_slides_2024-05-09", "nankoku_r8_mokutekibetsu", "mext_notes"}
    pptx = [m for m in mentions if m["doc"] == "mext_slides_2024-05-09"]
    assert pptx and all(m["ref"].startswith("shape ") and m["page"] for m in pptx)
    scanned = [m for m in mentions if m["doc"] == "scan"]
    assert all(m["source"] == "ocr" and m["confidence"] >= 60 for m in scanned)  # under 60: held back
