"""Every kind of broken deck in one run with good ones: each gets its status and a clear message, and
the good decks are still published."""
from __future__ import annotations

import json
import shutil

import pytest

from extract import run as pipeline
from extract.ingest.guard import Limits
from extract.options import RunOptions
from extract.publish.generations import read_published
from tests.fixtures.pdfs import make_encrypted, make_image_pages, make_long_deck, make_owner_only_encrypted, make_truncated
from tests.helpers import assert_scores_like_the_library


def run(raw, out, limits):
    plan = pipeline.plan_run(RunOptions(raw=raw, out_dir=out, settle_seconds=0))
    results = [pipeline.extract_deck_file(p, limits) for p in plan.process]
    return pipeline.finish(results, RunOptions(raw=raw, out_dir=out), plan)


@pytest.fixture(scope="module")
def broken_run(tmp_path_factory, sample_deck_path, slides_pdf):
    raw, out = tmp_path_factory.mktemp("raw"), tmp_path_factory.mktemp("out")
    shutil.copy(sample_deck_path, raw)
    make_image_pages(raw / "scanned_page.pdf", text_pages=1, image_pages=2)
    make_image_pages(raw / "scanned_all.pdf", text_pages=0, image_pages=2)
    make_encrypted(raw / "locked.pdf", "secret")
    make_encrypted(raw / "locked_known.pdf", "opensesame")
    make_encrypted(raw / "locked_wrong.pdf", "opensesame")
    make_owner_only_encrypted(raw / "owner_only.pdf")
    make_truncated(raw / "truncated.pdf", slides_pdf)
    (raw / "zero.pdf").write_bytes(b"")
    (raw / "not_a_pdf.pdf").write_text("<html>a web page saved as .pdf</html>")
    limits = Limits(passwords={"locked_known.pdf": "opensesame", "locked_wrong.pdf": "guess"})
    outcome = run(raw, out, limits)
    return out, {d["doc"]: d for d in outcome.decks}


@pytest.mark.parametrize("doc, status, message", [
    ("mext_intl_2024-05-09", "published", None),
    ("scanned_page", "no_text_layer", "no text layer on pages 2-3 (image-only)"),
    ("scanned_all", "no_text_layer", "no text layer on any page (image-only PDF, pages 1-2)"),
    ("locked", "encrypted", "needs a password"),
    ("locked_wrong", "encrypted", "the configured password does not open it"),
    ("locked_known", "published", None),
    ("owner_only", "published", None),
    ("truncated", "failed", "unreadable PDF"),
    ("zero", "failed", "empty file (0 bytes)"),
    ("not_a_pdf", "failed", "not a PDF file"),
])
def test_status_and_message(broken_run, doc, status, message):
    _, decks = broken_run
    assert decks[doc]["status"] == status, decks[doc]
    if message:
        assert message in decks[doc]["error"]
    else:
        assert decks[doc]["error"] is None


def test_good_decks_and_text_pages_are_published(broken_run, sample_library_score):
    out, decks = broken_run
    published = {m["doc"] for m in read_published(out, "mentions")}
    assert published == {"mext_intl_2024-05-09", "scanned_page", "owner_only"}
    assert {m["text"] for m in read_published(out, "mentions") if m["doc"] == "owner_only"} == {"5%", "10%"}
    mext = [m for m in read_published(out, "mentions") if m["doc"] == "mext_intl_2024-05-09"]
    assert decks["mext_intl_2024-05-09"]["mentions"] == len(mext)
    assert_scores_like_the_library(mext, sample_library_score)
    scanned = [m for m in read_published(out, "mentions") if m["doc"] == "scanned_page"]
    assert {(m["page"], m["text"]) for m in scanned if m["kind"] == "amount"} == {(1, "19億円")}
    decks_json = json.loads((out / "decks.json").read_text(encoding="utf-8"))
    assert len(decks_json) == 10


def test_time_and_memory_limits(tmp_path, sample_deck_path, slides_pdf, sample_library_score):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(slides_pdf, raw / "slow.pdf")
    slow = pipeline.extract_deck_file(raw / "slow.pdf", Limits(timeout=0.05, wall_factor=1000))
    assert slow.status == "failed" and "more than 0.05 CPU seconds" in slow.error
    # the limit caps the child's address space: the forkserver's warm modules are already mapped, so a
    # tiny limit leaves no room for reading a 40 MB deck
    (raw / "hungry.txt").write_bytes("令和6年度予算額 19億円\n".encode() * 1_300_000)
    hungry = pipeline.extract_deck_file(raw / "hungry.txt", Limits(memory_mb=16))
    assert hungry.status == "failed" and ("memory" in hungry.error or "crashed" in hungry.error), hungry.error
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (2 * 1024 * 1024))
    refused = pipeline.extract_deck_file(big, Limits(max_text_mb=1))
    assert refused.status == "failed" and "over the 1 MB limit" in refused.error
    ok = pipeline.extract_deck_file(sample_deck_path, Limits(timeout=60))
    assert ok.status == "extracted"
    assert_scores_like_the_library(ok.records, sample_library_score)


@pytest.mark.slow
def test_a_deck_of_320_pages(tmp_path):
    pdf = make_long_deck(tmp_path / "long_2024-01-01.pdf", pages=320)
    result = pipeline.extract_deck_file(pdf)
    assert result.status == "extracted" and result.pages == 320
    budgets = [m for m in result.records if m["role"] == "budget"]
    assert len(budgets) == 320 and budgets[-1]["page"] == 320 and budgets[-1]["max"] == 320 * 10**8
    assert not any(m["kind"] == "count" and m["text"].isdigit() for m in result.records)  # page numbers dropped
