"""Provenance of kept rows (issue 17 #10): when a published deck is replaced by a file that fails, its
earlier rows stay published, and `decks.sha256` stays the hash of the bytes those rows came from; the
new file's hash is `file_sha256`, what happened to it `status` and `error`."""
from __future__ import annotations

import hashlib
import shutil

import pytest

from extract.model import DeckResult
from extract.options import RunOptions
from extract.publish.generations import read_published
from extract.publish.merge import merge_published, run_record
from extract.run import run
from extract.tables import decks_table

OLD, NEW = "a" * 64, "b" * 64


def published(doc: str, sha: str) -> DeckResult:
    rec = {"doc": doc, "kind": "amount", "page": None, "line": 1, "text": "5億円", "min": 5, "max": 5, "unit": "yen",
           "qualifiers": [], "per": None, "role": "other", "fy": None, "program": None, "context": "5億円",
           "x0": None, "top": None, "x1": None, "bottom": None}
    return DeckResult(doc, f"{doc}.txt", sha, "txt", 1, 1, [rec], status="published")


@pytest.mark.parametrize("status", ["failed", "quarantined", "encrypted"])
def test_kept_rows_keep_the_hash_of_their_bytes(tmp_path, status):
    from extract.publish.writer import write_tables

    write_tables(*merge_published([published("d", OLD)], tmp_path), [], tmp_path)
    broken = DeckResult("d", "d.txt", NEW, "txt", None, 0, [], status=status, error="cannot read it")
    records, rows = merge_published([broken], tmp_path)
    (row,) = rows
    assert len(records) == 1 and row["mentions"] == 1
    assert (row["sha256"], row["file_sha256"], row["status"], row["error"]) == (OLD, NEW, status, "cannot read it")
    assert decks_table(rows).loc[0, "file_sha256"] == NEW
    # the same broken file seen again is unchanged, not changed
    write_tables(records, rows, [broken], tmp_path)
    again = run_record("r", "2026-01-01T00:00:00Z", [broken], {d["doc"]: d for d in read_published(tmp_path, "decks")})
    assert again["decks_unchanged"] == 1 and again["decks_changed"] == 0


def test_a_deck_that_never_published_has_its_file_hash_in_both(tmp_path):
    broken = DeckResult("d", "d.txt", NEW, "txt", None, 0, [], status="failed", error="cannot read it")
    (row,) = merge_published([broken], tmp_path)[1]
    assert row["sha256"] == row["file_sha256"] == NEW and row["mentions"] == 0


def test_a_republished_deck_has_its_new_hash_in_both(tmp_path):
    from extract.publish.writer import write_tables

    write_tables(*merge_published([published("d", OLD)], tmp_path), [], tmp_path)
    (row,) = merge_published([published("d", NEW)], tmp_path)[1]
    assert row["sha256"] == row["file_sha256"] == NEW


def test_a_pdf_replaced_by_a_broken_file_keeps_the_provenance_of_its_rows(tmp_path, slides_pdf):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    deck = raw / "slides.pdf"
    shutil.copy(slides_pdf, deck)
    good = hashlib.sha256(deck.read_bytes()).hexdigest()
    first = run(RunOptions(raw=raw, out_dir=out, settle_seconds=0))
    assert [d["status"] for d in first.decks] == ["published"]
    mentions = read_published(out, "mentions")
    deck.write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    bad = hashlib.sha256(deck.read_bytes()).hexdigest()
    run(RunOptions(raw=raw, out_dir=out, settle_seconds=0))
    (row,) = read_published(out, "decks")
    assert row["status"] == "failed" and row["error"]
    assert (row["sha256"], row["file_sha256"], row["mentions"]) == (good, bad, len(mentions))
    assert read_published(out, "mentions") == mentions
