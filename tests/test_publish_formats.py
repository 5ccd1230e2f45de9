"""Publishing for downstream tools: every table in every format, typed, described, and safe to open."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from extract import run as pipeline
from extract.ingest import read_deck
from extract.linking import program_tables
from extract.mentions import extract_deck
from extract.options import RunOptions
from extract.publish.formats import csv_frame, neutralize
from extract.publish.generations import read_published
from extract.publish.merge import merge_published
from extract.schema import SCHEMA_VERSION, TABLES, markdown, snapshot
from extract.tables import frame, tables_of, typed

from .conftest import ROOT
from .helpers import assert_scores_like_the_library

DTYPES = {"string": "string", "integer": "Int64", "number": "Float64"}


@pytest.fixture(scope="module")
def published(tmp_path_factory, sample_deck_path, slides_pdf):
    out = tmp_path_factory.mktemp("out")
    results = [pipeline.extract_deck_file(sample_deck_path), pipeline.extract_deck_file(slides_pdf)]
    outcome = pipeline.finish(results, RunOptions(out_dir=out))
    assert outcome.all_published
    records, deck_rows = merge_published([], out)  # what is published now, read back
    frames = tables_of(records)
    frames.update(program_tables(frames["budgets"], frames["amounts"], {d["doc"]: d.get("issuer") for d in deck_rows}).frames())
    frames["decks"] = pd.DataFrame(deck_rows)
    frames["held_back"] = frame(read_published(out, "held_back"), "held_back")
    frames["outline"] = frame(read_published(out, "outline"), "outline")
    frames["cells"] = frame(read_published(out, "cells"), "cells")
    return out, frames


def read_csv_with_package_types(out, name):
    """A downstream reader: the CSV read with the types datapackage.json gives."""
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    (res,) = [r for r in package["resources"] if r["name"] == name]
    fields = res["schema"]["fields"]
    dtypes = {f["name"]: DTYPES[f["type"]] for f in fields if f["type"] in DTYPES}
    dates = [f["name"] for f in fields if f["type"] == "datetime"]
    df = pd.read_csv(out / res["path"], dtype=dtypes, keep_default_na=False, na_values=[""])
    for d in dates:
        df[d] = pd.to_datetime(df[d], utc=True).astype("datetime64[us, UTC]")
    return df


def test_every_table_in_every_format(published):
    out, _ = published
    for name in TABLES:
        for suffix in (".csv", "_excel.csv", ".json", ".parquet"):
            assert (out / f"{name}{suffix}").exists(), f"{name}{suffix}"
    assert (out / "decks.duckdb").exists() and (out / "datapackage.json").exists()
    assert (out / "mentions_excel.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (out / "mentions.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not [p.name for p in (out / "current").iterdir() if p.name.startswith(".")], "no temporary files left"


def test_frictionless_validates_the_package(published):
    from frictionless import Package, validate

    out, _ = published
    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    package = Package(str(out / "datapackage.json"))
    assert package.version == SCHEMA_VERSION
    assert package.get_resource("amounts").schema.foreign_keys[0]["reference"]["resource"] == "decks"


def test_duckdb_reads_every_table_with_the_dictionary_types(published, sample_library_score, slides_pdf):
    import duckdb

    out, frames = published
    sql_type = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "datetime": "TIMESTAMP WITH TIME ZONE"}
    con = duckdb.connect(str(out / "decks.duckdb"), read_only=True)
    try:
        for name, t in TABLES.items():
            cols = con.execute(f'describe "{name}"').fetchall()
            assert [(c[0], c[1]) for c in cols] == [(c.name, sql_type[c.type]) for c in t.columns], name
        per_doc = dict(con.execute("select doc, count(*) from mentions group by doc").fetchall())
        assert per_doc == {"mext_intl_2024-05-09": sample_library_score["all"]["pred"],
                           "slides_2024-05-09": len(extract_deck(read_deck(slides_pdf)))}
        assert sum(per_doc.values()) == len(frames["mentions"])
        assert_scores_like_the_library(read_published(out, "mentions"), sample_library_score)
        assert con.execute("select budget_yen from budgets where program = '海外特別研究員事業'").fetchone()[0] == 2_527_000_000
    finally:
        con.close()


@pytest.mark.parametrize("name", [n for n in TABLES if n not in ("runs", "changes", "decks")])
def test_csv_round_trip_equals_the_in_memory_tables(published, name):
    out, frames = published
    expected = typed(csv_frame(frames[name], name), name)  # the in-memory table as published: typed, text as it is
    got = read_csv_with_package_types(out, name)
    pd.testing.assert_frame_equal(got, expected, check_dtype=True)


def test_parquet_keeps_the_types(published):
    out, frames = published
    got = pd.read_parquet(out / "amounts.parquet")
    pd.testing.assert_frame_equal(got, typed(frames["amounts"], "amounts"))
    assert str(got["yen_max"].dtype) == "Int64"


@pytest.mark.parametrize("cell, safe", [
    ("=SUM(A1)", "'=SUM(A1)"), ("+30円", "'+30円"), ("-x", "'-x"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("19億円", "19億円"), ("-0.4", "-0.4"), ("+35", "+35"), (None, None),
])
def test_formula_like_text_is_neutralized(cell, safe):
    assert neutralize(cell) == safe


def test_excel_csv_neutralizes_text_but_not_numbers(tmp_path):
    from extract.publish.formats import publish_table
    from extract.tables import frame

    rec = {"doc": "d", "seq": 0, "page": None, "line": 1, "text": "=HYPERLINK(\"x\")", "yen_min": -5, "yen_max": -5,
           "qualifiers": [], "per": None, "role": "other", "fy": None, "program": "@evil", "context": "=HYPERLINK(\"x\")"}
    publish_table(tmp_path, "amounts", frame([rec], "amounts"), formats=("csv",))
    row = pd.read_csv(tmp_path / "amounts_excel.csv", dtype=str, encoding="utf-8-sig").iloc[0]
    assert row["text"].startswith("'=") and row["program"] == "'@evil" and row["yen_min"] == "-5"
    plain = pd.read_csv(tmp_path / "amounts.csv", dtype=str).iloc[0]
    assert plain["text"] == rec["text"] and plain["program"] == "@evil", "the plain CSV is the data as it is"


def test_schema_matches_the_checked_in_snapshot_of_its_version():
    path = ROOT / "tests" / "data" / f"schema_{SCHEMA_VERSION}.json"
    assert path.exists(), f"a new schema version needs its snapshot: {path.name}"
    assert snapshot() == json.loads(path.read_text(encoding="utf-8")), "columns changed: bump SCHEMA_VERSION"


def test_readme_table_reference_is_generated_from_the_dictionary():
    readme = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")  # linked from the README
    block = readme.split("<!-- tables:begin -->\n")[1].split("<!-- tables:end -->")[0]
    assert block == markdown()


class Statements:
    """A DuckDB connection that notes the statements run on it (and runs them)."""

    def __init__(self, con, seen):
        self.con, self.seen = con, seen

    def execute(self, sql, *args):
        import sys

        word = sql.split()[0].upper()
        self.seen.append(word if word in ("BEGIN", "COMMIT", "CHECKPOINT") else sql[:7])
        caller = sys._getframe(1).f_locals  # DuckDB finds `arrow` among its caller's names: the writer's, not these
        if "arrow" in caller:
            self.con.register("arrow", caller["arrow"])
        return self.con.execute(sql, *args)

    def close(self):
        self.con.close()


@pytest.mark.parametrize("reuse", [False, True], ids=["every table", "the previous file with two tables replaced"])
def test_duckdb_file_is_written_in_one_transaction(tmp_path, monkeypatch, reuse):
    """Each statement committed alone flushes DuckDB's log to disk: every table and comment is committed
    once, then the file checkpointed; what it holds is the same either way."""
    import duckdb

    from extract.publish.formats import DUCKDB_FILE, write_duckdb

    mention = {"doc": "d", "kind": "amount", "page": 2, "line": 1, "text": "5億円", "min": 500_000_000, "max": 500_000_000,
               "unit": "yen", "qualifiers": ["約"], "per": None, "role": "budget", "fy": 2024, "program": "事業'A",
               "context": "5億円", "x0": 1.0, "top": 2.0, "x1": 3.0, "bottom": 4.0}
    frames = tables_of([mention, {**mention, "doc": "e", "text": "3件", "kind": "count", "unit": "件", "min": 3, "max": 3}])
    prev = None
    if reuse:
        (tmp_path / "prev").mkdir()
        prev = write_duckdb(tmp_path / "prev", frames)
    seen: list[str] = []
    real = duckdb.connect
    monkeypatch.setattr(duckdb, "connect", lambda path, *a, **k: Statements(real(path, *a, **k), seen))
    (tmp_path / "out").mkdir()
    target = write_duckdb(tmp_path / "out", frames, prev_db=prev, reused=set(list(frames)[2:]) if reuse else set())
    assert seen[0] == "BEGIN" and seen.count("COMMIT") == 1 and seen[-2:] == ["COMMIT", "CHECKPOINT"]
    assert len(seen) > 2 + 2 * 10, "the tables and their comments, between the two"
    con = real(str(target), read_only=True)
    try:
        for name, df in frames.items():
            assert con.execute(f'select count(*) from "{name}"').fetchone()[0] == len(df), name
        assert con.execute("select program from mentions where doc = 'd'").fetchone()[0] == "事業'A"
        described = dict(con.execute("select table_name, comment from duckdb_tables()").fetchall())
        assert described["mentions"] == TABLES["mentions"].description
    finally:
        con.close()
    assert target.name == DUCKDB_FILE and sorted(p.name for p in target.parent.iterdir()) == [DUCKDB_FILE]
