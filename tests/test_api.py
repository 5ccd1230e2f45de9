"""The Python API beside `run()`: `read(path)` (DataFrames, nothing written), `connect(out_dir)` (DuckDB on
the published generation) and `python -m extract` (the command)."""
from __future__ import annotations

import shutil
import subprocess
import sys

import duckdb
import pytest
from openpyxl import load_workbook

import extract
from extract.ingest import read_deck
from extract.ingest.discover import InputError
from extract.mentions import extract_deck
from extract.options import RunOptions
from extract.publish.generations import published_dir, read_published
from extract.publish.workbook import WORKBOOK_FILE
from extract.run import run
from extract.schema import TABLES

from .conftest import ROOT


@pytest.fixture(scope="module")
def folder(tmp_path_factory, sample_deck_path):
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(sample_deck_path, raw / "000956094.txt")  # a ministry's file name: a number with leading zeros
    (raw / "broken.pdf").write_bytes(b"%PDF-1.7\n%%EOF garbage")
    (raw / "logo.png").write_bytes(b"\x89PNG\r\n")  # not a deck: listed, not read
    return raw


@pytest.fixture(scope="module")
def tables(folder):
    return extract.read(folder)


def test_read_gives_every_mention_the_rules_find_in_published_columns(tables, sample_deck_path):
    direct = extract_deck(read_deck(sample_deck_path))
    assert len(tables["mentions"]) == len(direct) > 0
    assert list(tables.mentions["text"]) == [m.text for m in direct]
    for name, df in tables.items():
        assert list(df.columns) == TABLES[name].names, name
    assert {"mentions", "amounts", "budgets", "programs", "decks", "held_back"} <= set(tables)
    assert set(tables.mentions["doc"]) == {"000956094"}


def test_read_lists_every_file_with_what_happened_to_it(tables):
    decks = {d["doc"]: d for d in tables.decks.to_dict("records")}
    assert decks["000956094"]["status"] == "extracted" and decks["000956094"]["mentions"] == len(tables.mentions)
    assert decks["broken"]["status"] == "failed" and decks["broken"]["error"]
    assert decks["logo.png"]["status"] == "skipped"


def test_read_writes_nothing(folder, tables):
    assert sorted(p.name for p in folder.iterdir()) == ["000956094.txt", "broken.pdf", "logo.png"]


def test_tables_by_attribute_and_a_missing_one_named(tables):
    assert tables.budgets is tables["budgets"]
    with pytest.raises(AttributeError, match="no table 'budget'"):
        tables.budget  # noqa: B018


def test_read_a_missing_path_fails_with_its_name(tmp_path):
    with pytest.raises(InputError, match="nothing-here"):
        extract.read(tmp_path / "nothing-here")


@pytest.mark.slow
def test_read_with_validation_holds_back_what_a_run_would(sample_deck_path, tmp_path):
    shutil.copy(sample_deck_path, tmp_path)
    plain = extract.read(tmp_path / sample_deck_path.name)
    checked = extract.read(tmp_path / sample_deck_path.name, validate=True)
    assert checked.decks["status"].tolist() == ["published"]
    held = set(checked.held_back["seq"])
    assert len(checked.mentions) + len(held) == len(plain.mentions)
    assert not held & set(checked.mentions["seq"])


@pytest.fixture(scope="module")
def published(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    run(RunOptions(raw=folder, out_dir=out, settle_seconds=0))
    return out


@pytest.mark.slow
def test_connect_reads_the_published_generation(published):
    con = extract.connect(published)
    rows = read_published(published_dir(published), "mentions")
    assert con.execute("select count(*) from mentions").fetchone()[0] == len(rows) > 0
    assert con.execute("select doc from decks where doc = '000956094'").fetchone() == ("000956094",)
    with pytest.raises(duckdb.Error):
        con.execute("delete from mentions")  # read-only: a published generation is never changed


@pytest.mark.slow
def test_a_run_publishes_the_workbook_with_every_table(published):
    book = load_workbook(published / WORKBOOK_FILE, read_only=True)
    published_tables = {p.stem for p in published_dir(published).glob("*.parquet")}
    assert set(book.sheetnames[1:]) == published_tables
    assert [c.value for c in next(book["decks"].iter_rows(min_row=2, max_row=2))][0] == "000956094"


def test_connect_without_published_tables_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="deck-to-data run"):
        extract.connect(tmp_path)


@pytest.mark.parametrize("args,expected", [
    (["--help"], "usage: deck-to-data"),
    (["run", "--help"], "--deck-timeout"),
    (["schema"], "**mentions**"),
])
def test_python_m_extract_is_the_command(args, expected):
    done = subprocess.run([sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout


def test_python_m_extract_fails_like_the_command(tmp_path):
    done = subprocess.run([sys.executable, "-m", "extract", "run", str(tmp_path / "missing")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and "input not found" in done.stderr


def _readme_block(marker: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return next(b.split("```", 1)[0] for b in text.split("```python\n")[1:] if marker in b.split("```", 1)[0])


@pytest.mark.slow
def test_the_readmes_python_example_runs(published, folder, tmp_path, monkeypatch):
    (tmp_path / "decks").symlink_to(folder)
    (tmp_path / "output").symlink_to(published)
    monkeypatch.chdir(tmp_path)
    scope: dict[str, object] = {}
    exec(compile(_readme_block("from extract import read, connect"), "README.md", "exec"), scope)
    assert len(scope["tables"]["budgets"]) > 0 and scope["con"].execute("select count(*) from budgets").fetchone()[0] > 0
