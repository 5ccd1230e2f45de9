"""Incremental runs through the library (the flow's own steps, without Prefect): new, unchanged,
changed, removed, half-written decks, the rules version, and the lock."""
from __future__ import annotations

import os
import shutil
import threading
import time

import pytest

from extract import run as pipeline
from extract.options import RunOptions
from extract.publish.generations import read_published
from extract.state import OutputLocked, output_lock


def run_once(raw, out, settle=0.0):
    """What the flow does, step by step: plan, extract what the plan says, validate and publish."""
    plan = pipeline.plan_run(RunOptions(raw=raw, out_dir=out, settle_seconds=settle))
    results = [pipeline.extract_deck_file(p) for p in plan.process]
    outcome = pipeline.finish(results, RunOptions(raw=raw, out_dir=out), plan)
    return plan, outcome


@pytest.fixture
def folders(tmp_path, sample_deck_path, slides_pdf):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw / "deck_a_2024-05-09.txt")
    return raw, out, slides_pdf


def docs(out, table="mentions"):
    return {m["doc"] for m in read_published(out, table)}


def test_new_unchanged_changed_and_removed_decks(folders):
    raw, out, pdf = folders
    plan, _ = run_once(raw, out)
    assert [d.file for d in plan.process] == ["deck_a_2024-05-09.txt"]

    # unchanged: nothing extracted again, the run record says so
    plan, outcome = run_once(raw, out)
    assert plan.process == [] and plan.unchanged == ["deck_a_2024-05-09"]
    assert outcome.run["decks_unchanged"] == 1 and outcome.run["decks_new"] == 0
    assert {d["doc"]: d["action"] for d in outcome.decks} == {"deck_a_2024-05-09": "unchanged"}

    # new deck picked up
    shutil.copy(pdf, raw / "deck_b_2024-05-09.pdf")
    plan, outcome = run_once(raw, out)
    assert [d.file for d in plan.process] == ["deck_b_2024-05-09.pdf"]
    assert outcome.run["decks_new"] == 1 and docs(out) == {"deck_a_2024-05-09", "deck_b_2024-05-09"}

    # changed deck: re-extracted, its old rows replaced, the change recorded
    a = raw / "deck_a_2024-05-09.txt"
    a.write_text(a.read_text(encoding="utf-8").replace("令和6年度予算額 72億円", "令和6年度予算額 75億円"), encoding="utf-8")
    plan, outcome = run_once(raw, out)
    assert [d.file for d in plan.process] == ["deck_a_2024-05-09.txt"] and outcome.run["decks_changed"] == 1
    amounts = [m for m in read_published(out, "mentions") if m["doc"] == "deck_a_2024-05-09" and m["line"] == 1128
               and m["kind"] == "amount"]
    assert [(m["text"], m["max"]) for m in amounts] == [("75億円", 7_500_000_000)]
    changes = read_published(out, "changes")
    assert {(c["change"], c["text"], c["old_max"], c["new_max"]) for c in changes if c["run_id"] == outcome.run["run_id"]} \
        == {("removed", "72億円", "7200000000", None), ("added", "75億円", None, "7500000000")}

    # removed deck: its rows leave the tables, `decks` says removed
    (raw / "deck_b_2024-05-09.pdf").unlink()
    plan, outcome = run_once(raw, out)
    assert plan.removed == ["deck_b_2024-05-09"] and outcome.run["decks_removed"] == 1
    assert docs(out) == {"deck_a_2024-05-09"} and docs(out, "amounts") == {"deck_a_2024-05-09"}
    decks = {d["doc"]: d for d in read_published(out, "decks")}
    assert decks["deck_b_2024-05-09"]["status"] == "removed" and decks["deck_b_2024-05-09"]["mentions"] == 0
    assert any(c["change"] == "removed" and c["doc"] == "deck_b_2024-05-09" for c in read_published(out, "changes"))
    assert len(read_published(out, "runs")) == 5


def test_a_deck_still_being_written_is_left_for_the_next_run(folders):
    raw, out, _ = folders
    fresh = raw / "copying_2024-05-09.txt"
    fresh.write_text("令和6年度予算額 1", encoding="utf-8")  # half-copied, modified just now
    old = time.time() - 60
    os.utime(raw / "deck_a_2024-05-09.txt", (old, old))
    plan, outcome = run_once(raw, out, settle=30)
    # a new deck still being written is reported as waiting (not silently skipped), and not read yet
    assert [(s.doc, s.status) for s in plan.skipped] == [("copying_2024-05-09", "waiting")]
    assert [d.file for d in plan.process] == ["deck_a_2024-05-09.txt"]
    assert "copying_2024-05-09" not in docs(out)
    row = next(d for d in read_published(out, "decks") if d["doc"] == "copying_2024-05-09")
    assert row["status"] == "waiting" and "modified" in row["error"] and not outcome.all_published
    os.utime(fresh, (old, old))
    plan, _ = run_once(raw, out, settle=30)
    assert [d.file for d in plan.process] == ["copying_2024-05-09.txt"]


def test_a_new_rules_version_re_extracts_everything(folders, monkeypatch):
    raw, out, _ = folders
    run_once(raw, out)
    assert run_once(raw, out)[0].process == []
    from extract import planner
    from extract.run import publishing

    for module in (publishing, planner):  # the plan (planner.plan_run) and the next manifest (run.publishing) read it
        monkeypatch.setattr(module, "run_version", lambda suites_dir: "r-next+suites")
    plan, outcome = run_once(raw, out)
    assert [d.file for d in plan.process] == ["deck_a_2024-05-09.txt"]
    assert outcome.run["decks_unchanged"] == 1 and outcome.run["decks_changed"] == 0  # same bytes, new rules


def test_the_output_lock_makes_a_second_run_wait_or_give_up(tmp_path):
    held = threading.Event()
    release = threading.Event()

    def holder():
        with output_lock(tmp_path, timeout=1):
            held.set()
            release.wait(5)

    t = threading.Thread(target=holder)
    t.start()
    held.wait(5)
    with pytest.raises(OutputLocked, match="being written by pid"):
        with output_lock(tmp_path, timeout=0.3):
            pass
    # a patient second run gets the folder once the first is done
    threading.Timer(0.3, release.set).start()
    with output_lock(tmp_path, timeout=5):
        pass
    t.join()


def test_a_damaged_manifest_only_costs_a_full_extraction(folders):
    raw, out, _ = folders
    run_once(raw, out)
    (out / "manifest.json").write_text("{not json", encoding="utf-8")
    plan, outcome = run_once(raw, out)
    assert [d.file for d in plan.process] == ["deck_a_2024-05-09.txt"] and outcome.all_published


@pytest.mark.parametrize("change, publishes", [(None, False), ("rewrite", True)])
def test_the_library_run_publishes_only_when_something_changed(folders, change, publishes):
    """`run(options)` is the whole run, its nothing-to-do test included (the flow's and the command's)."""
    raw, out, _ = folders
    opts = RunOptions(raw=raw, out_dir=out, settle_seconds=0, workers=1)
    first = pipeline.run(opts)
    generation = os.readlink(out / "current")
    if change == "rewrite":
        deck = raw / "deck_a_2024-05-09.txt"
        deck.write_text(deck.read_text(encoding="utf-8") + "\n追加予算 3億円\n", encoding="utf-8")
    again = pipeline.run(opts)
    assert bool(again.run) is publishes and (os.readlink(out / "current") != generation) is publishes
    assert len(read_published(out, "runs")) == 1 + publishes and first.run["decks_new"] == 1
    assert [d["status"] for d in again.decks] == ["published"]
    assert (out / ".state" / "last_check.json").exists() is not publishes


@pytest.mark.parametrize("decks", [
    {},
    {"a": {"sha256": "0" * 64, "status": "published"}},
    {"b": {"validation": {"mentions": {"failures": ["x\n\"y\""], "rows": 3}}}, "a": {"size": 1}},  # unsorted, escapes
    {"文書,\n1": {"file": "文書.pdf", "nested": [1, {"k": None}]}},  # a doc name with a comma and a line break
])
def test_the_manifest_reads_back_as_written(tmp_path, decks):
    from extract.state import load_manifest, save_manifest

    save_manifest(tmp_path, decks)
    assert load_manifest(tmp_path) == decks
    text = (tmp_path / "manifest.json").read_text(encoding="utf-8")
    assert text.count("\n") == len(decks) + 2  # one deck a line, between the opening and closing lines


def test_a_published_generation_never_changes_after_it_is_published(folders):
    """The next run links the earlier Data Docs into its own generation; what its build writes again
    (the index, the static files, the suites' pages) must not be written through those links."""
    raw, out, pdf = folders
    run_once(raw, out)
    first = (out / "current").resolve()
    before = {p.relative_to(first): p.read_bytes() for p in first.rglob("*") if p.is_file()}
    assert any(p.parts[:2] == ("reports", "gx") for p in before)
    shutil.copy(pdf, raw / "deck_b_2024-05-09.pdf")
    run_once(raw, out)
    assert (out / "current").resolve() != first
    after = {p.relative_to(first): p.read_bytes() for p in first.rglob("*") if p.is_file()}
    assert sorted(after) == sorted(before)
    assert [str(p) for p in before if after[p] != before[p]] == [], sorted(str(p) for p in before if after[p] != before[p])
