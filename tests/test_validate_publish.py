"""Great Expectations suites on real extractions, and publishing that never loses or half-writes data."""
from __future__ import annotations

import json

import pytest

from extract import pipeline
from extract.publish import read_published, write_atomic
from extract.validate import Validator, derived_mentions, load_suites
from extract.tables import tables_of


@pytest.fixture(scope="module")
def validator():
    return Validator()


@pytest.fixture(scope="module")
def sample_result(sample_deck_path):
    return pipeline.process_deck(sample_deck_path)


def test_every_suite_file_is_loaded_with_a_severity_per_expectation():
    suites = load_suites()
    assert set(suites) == {"mentions", "amounts", "budgets", "decks"}
    for d in suites.values():
        assert all(e["meta"]["severity"] in ("error", "warning") for e in d["expectations"])


def test_sample_deck_passes_every_suite(validator, sample_deck_path):
    result = pipeline.process_deck(sample_deck_path)
    outcomes = pipeline.validate_deck(result, validator)
    assert result.status == "published", result.error
    assert set(outcomes) == {"mentions", "amounts", "budgets"}
    assert all(o.success and o.results for o in outcomes.values())


@pytest.mark.parametrize("table, column, bad, expectation", [
    ("mentions", "kind", "money", "expect_column_values_to_be_in_set"),
    ("mentions", "min", 10**12, "expect_column_values_to_be_in_set"),  # min > max
    ("mentions", "text", "99億円", "expect_column_values_to_be_in_set"),  # text not in its line
    ("mentions", "line", 99999, "expect_column_values_to_be_in_set"),  # outside the deck
    ("amounts", "yen_max", 10**15, "expect_column_values_to_be_between"),  # wrong unit scale
])
def test_injected_errors_are_caught(validator, sample_result, table, column, bad, expectation):
    records = [dict(r) for r in sample_result.records]
    amount = next(r for r in records if r["kind"] == "amount")
    target = "yen_max" if column == "yen_max" else column
    df = tables_of(records)[table].copy()
    row = df.index[(df["line"] == amount["line"]) & (df["text"] == amount["text"])][0]
    df.at[row, target] = bad
    if table == "mentions":
        df = derived_mentions(df, {sample_result.doc: (1, sample_result.lines)})
    outcome = validator.validate(table, df)
    assert not outcome.success
    assert expectation in {r.expectation for r in outcome.errors}


def test_duplicate_budget_rows_are_caught(validator, sample_result):
    df = tables_of(sample_result.records)["budgets"]
    import pandas as pd

    outcome = validator.validate("budgets", pd.concat([df, df.iloc[:1]], ignore_index=True))
    assert "expect_compound_columns_to_be_unique" in {r.expectation for r in outcome.errors}


def test_write_atomic_replaces_whole_files_and_leaves_no_temp(tmp_path):
    p = tmp_path / "t.json"
    write_atomic(p, b"[1]")
    write_atomic(p, b"[1, 2]")
    assert json.loads(p.read_text()) == [1, 2]
    assert [x.name for x in tmp_path.iterdir()] == ["t.json"]


def test_a_failed_deck_keeps_what_was_published_for_it(tmp_path, sample_deck_path):
    good = pipeline.process_deck(sample_deck_path)
    good.status = "published"
    records, rows = pipeline.merge_published([good], tmp_path)
    pipeline.publish(records, rows, tmp_path)
    before = read_published(tmp_path, "mentions")
    # the same deck now arrives broken
    broken = tmp_path / "in" / sample_deck_path.name
    broken.parent.mkdir()
    broken.write_bytes(b"\xff\xfe\x00broken")
    failed = pipeline.process_deck(broken)
    assert failed.status == "failed" and "UTF-8" in failed.error
    records, rows = pipeline.merge_published([failed], tmp_path)
    pipeline.publish(records, rows, tmp_path)
    assert read_published(tmp_path, "mentions") == before
    (deck,) = read_published(tmp_path, "decks")
    assert deck["status"] == "failed" and deck["mentions"] == len(before)
