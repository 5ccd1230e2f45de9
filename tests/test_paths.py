"""Deck file names from outside: spaces, Japanese, dots, leading dashes, and symlinks out of raw/."""
from __future__ import annotations

import os
import shutil

from extract import run as pipeline
from extract.fileio import safe_name
from extract.options import RunOptions
from extract.publish.generations import read_published


def test_odd_names_are_processed_and_nothing_is_written_outside_output(tmp_path, sample_deck_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("令和6年度予算額 99億円", encoding="utf-8")
    names = ["with space 2024.txt", "日本語の資料.txt", "..txt", "-rf --out x.txt", "a..b.txt"]
    for n in names:
        shutil.copy(sample_deck_path, raw / n)
    os.symlink(secret, raw / "escape.txt")  # points outside raw/
    os.symlink(raw / "日本語の資料.txt", raw / "inside.txt")  # points inside raw/: fine
    before = set(tmp_path.rglob("*"))

    plan = pipeline.plan_run(RunOptions(raw=raw, out_dir=out, settle_seconds=0))
    results = [pipeline.extract_deck_file(p) for p in plan.process]
    outcome = pipeline.finish(results, RunOptions(raw=raw, out_dir=out), plan)

    status = {d["file"]: (d["status"], d["error"]) for d in outcome.decks}
    for n in names + ["inside.txt"]:
        assert status[n][0] == "published", (n, status[n])
    assert status["escape.txt"] == ("failed", "a symlink to a file outside the raw folder: refused")
    assert not any(m["doc"] == "escape" for m in read_published(out, "mentions"))
    created = set(tmp_path.rglob("*")) - before
    assert all(p.resolve().is_relative_to(out.resolve()) or p.is_relative_to(out) for p in created), \
        [p for p in created if not p.is_relative_to(out)]
    assert secret.read_text(encoding="utf-8") == "令和6年度予算額 99億円"


def test_quarantine_folders_stay_inside_output(tmp_path):
    # a changed name carries a hash of the real one after `~` (so `資料 1` and `資料_1` do not share a folder)
    assert safe_name("..").startswith("_..~")
    assert safe_name("../../etc/passwd").startswith("_.._.._etc_passwd~")
    assert safe_name("資料 1").startswith("資料_1~") and safe_name("資料_1") == "資料_1"
    assert safe_name("-rf") == "-rf"
