"""Great Expectations suites on real extractions; quarantine; publishing that never loses or half-writes data."""
from __future__ import annotations

import copy
import json

import pandas as pd
import pytest

from extract import run as pipeline
from extract.fileio import write_atomic
from extract.options import RunOptions, packaged_suites
from extract.publish.generations import read_published
from extract.publish.merge import merge_published
from extract.publish.writer import write_tables
from extract.validate.stage import validate_deck
from extract.validate.suites import Validator, load_suites

DEFAULT_SUITES = packaged_suites()


@pytest.fixture(scope="module")
def validator():
    return Validator(DEFAULT_SUITES)


@pytest.fixture(scope="module")
def sample_result(sample_deck_path):
    return pipeline.extract_deck_file(sample_deck_path)


def fresh(result):
    r = copy.deepcopy(result)
    r.status, r.error, r.validation, r.held_back = "extracted", None, {}, []
    return r


def amount(r, line, text):
    return next(m for m in r.records if m["kind"] == "amount" and m["line"] == line and m["text"] == text)


def test_every_suite_file_is_loaded_with_a_severity_per_expectation():
    suites = load_suites(DEFAULT_SUITES)
    assert set(suites) == {"mentions", "amounts", "budgets", "breakdowns", "budget_pairs", "decks", "cross_deck",
                           "cells"}
    for d in suites.values():
        assert all(e["meta"]["severity"] in ("error", "warning") for e in d["expectations"])


def test_sample_deck_passes_every_suite_and_checks_its_breakdowns(validator, sample_result):
    r = fresh(sample_result)
    validate_deck(r, validator)
    assert r.status == "published", r.error
    assert set(r.validation) == {"mentions", "amounts", "budgets", "breakdowns", "budget_pairs"}
    assert all(s["failed"] == 0 and s["passed"] > 0 for s in r.validation.values())
    assert r.validation["breakdowns"]["rows"] == 2  # 50,050 = 44,000 + 6,050 and 501 = 440 + 61 (億円)
    assert r.validation["budget_pairs"]["rows"] >= 15


def _key_collision(r):
    """Two rows with one key (doc, seq): a deck-level failure, the deck is quarantined whole."""
    from extract.tables import with_seq

    r.records = with_seq(r.records)
    r.records[1]["seq"] = r.records[0]["seq"]


def test_a_deck_level_failure_is_quarantined_and_reported(tmp_path, validator, sample_result):
    """The injected row-level errors (tests/test_validate_held_back.py) hold rows back; a deck-level
    failure still quarantines the whole deck, keeps its tables aside and shows in the report."""
    check = "identifies a row of mentions"
    r = fresh(sample_result)
    _key_collision(r)
    validate_deck(r, validator)
    assert r.status == "quarantined"
    assert any(check in f for f in r.validation["mentions"]["failures"]), r.validation["mentions"]["failures"]
    again = fresh(sample_result)  # the whole run: publish, quarantine, report
    _key_collision(again)
    outcome = pipeline.finish([again], RunOptions(out_dir=tmp_path))
    assert not outcome.all_published
    q = tmp_path / "quarantine" / r.doc
    assert (q / "mentions.csv").exists() and (q / "budgets.json").exists() and (q / "held_back.csv").exists()
    saved = json.loads((q / "validation.json").read_text(encoding="utf-8"))
    assert check in saved["error"]
    assert read_published(tmp_path, "mentions") == []  # nothing of it reached the published tables
    (deck,) = read_published(tmp_path, "decks")
    assert deck["status"] == "quarantined" and check in deck["error"]
    import html

    page = html.unescape((tmp_path / "reports" / "index.html").read_text(encoding="utf-8"))
    assert "1 quarantined" in page and "error: mentions." in page and check in page


def test_a_quarantined_deck_keeps_its_previous_published_version(tmp_path, validator, sample_result):
    good = fresh(sample_result)
    validate_deck(good, validator)
    write_tables(*merge_published([good], tmp_path), [good], tmp_path)
    before = read_published(tmp_path, "mentions")
    bad = fresh(sample_result)
    _key_collision(bad)
    validate_deck(bad, validator)
    write_tables(*merge_published([bad], tmp_path), [bad], tmp_path)
    assert read_published(tmp_path, "mentions") == before
    (deck,) = read_published(tmp_path, "decks")
    assert deck["status"] == "quarantined" and deck["mentions"] == len(before)
    # once it is clean again, it is published and its quarantine folder goes
    again = fresh(sample_result)
    validate_deck(again, validator)
    write_tables(*merge_published([again], tmp_path), [again], tmp_path)
    assert not (tmp_path / "quarantine" / again.doc).exists()


def test_warnings_are_reported_but_do_not_block(validator, sample_result):
    r = fresh(sample_result)
    amount(r, 1500, "77億円").update({"min": 7700, "max": 7700})  # below 10,000 yen: odd, not impossible
    validate_deck(r, validator)
    assert r.status == "published"
    assert r.validation["amounts"]["warnings"] >= 1


def test_duplicate_budget_rows_fail_the_budgets_suite_directly(validator, sample_result):
    from extract.tables import tables_of

    df = tables_of(sample_result.records)["budgets"]
    outcome = validator.validate("budgets", pd.concat([df, df.iloc[:1]], ignore_index=True))
    assert "expect_compound_columns_to_be_unique" in {x.expectation for x in outcome.errors}


@pytest.mark.parametrize("durable", [True, False])  # False: a cache file, not flushed to disk, still renamed whole
def test_write_atomic_replaces_whole_files_and_leaves_no_temp(tmp_path, durable):
    p = tmp_path / "t.json"
    write_atomic(p, b"[1]", durable=durable)
    write_atomic(p, b"[1, 2]", durable=durable)
    assert json.loads(p.read_text()) == [1, 2]
    assert [x.name for x in tmp_path.iterdir()] == ["t.json"]


def test_a_failed_deck_keeps_what_was_published_for_it(tmp_path, validator, sample_deck_path, sample_result):
    good = fresh(sample_result)
    validate_deck(good, validator)
    write_tables(*merge_published([good], tmp_path), [good], tmp_path)
    before = read_published(tmp_path, "mentions")
    broken = tmp_path / "in" / sample_deck_path.name
    broken.parent.mkdir()
    broken.write_bytes(b"\xff\xfe\x00broken")
    failed = pipeline.extract_deck_file(broken)
    assert failed.status == "failed" and "not text" in failed.error  # any encoding is tried now
    write_tables(*merge_published([failed], tmp_path), [failed], tmp_path)
    assert read_published(tmp_path, "mentions") == before
    (deck,) = read_published(tmp_path, "decks")
    assert deck["status"] == "failed" and deck["mentions"] == len(before)


def test_two_files_with_one_name_do_not_share_a_doc(tmp_path, sample_deck_path):
    (tmp_path / "a.txt").write_bytes(sample_deck_path.read_bytes())
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "a.pdf").write_bytes(b"not a pdf")
    results = [pipeline.extract_deck_file(tmp_path / "a.txt"), pipeline.extract_deck_file(tmp_path / "a.txt")]
    results[1].file = "a.pdf"
    pipeline.mark_duplicate_names(results)
    assert results[0].status == "extracted"
    assert results[1].status == "failed" and "same name" in results[1].error


@pytest.mark.parametrize("year, held, warned", [(1900, True, True), (2040, False, True)])
def test_fiscal_years_before_1926_are_held_back_and_far_future_ones_warn(validator, sample_result, year, held, warned):
    r = fresh(sample_result)
    fy = next(m for m in r.records if m["kind"] == "fiscal_year" and m["line"] == 1255)  # 昭和57年度
    fy.update({"min": year, "max": year})
    validate_deck(r, validator)
    assert r.status == "published"
    assert any(h["line"] == 1255 and h["check"] == "_fiscal_year_after_1926" for h in r.held_back) == held
    assert any("from 1926" in f for f in r.validation["mentions"]["failures"]) == held
    assert any("this year + 2" in w for w in r.validation["mentions"]["warning_list"]) == warned
