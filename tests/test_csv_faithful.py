"""`<table>.csv` is the data exactly (RFC 4180, quoted where needed, nothing added), and reads back to
the rows of its Parquet twin; only `<table>_excel.csv`, the file meant for spreadsheets, neutralizes
formula-like text (issue 17 #5, issue 18)."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from extract.options import RunOptions
from extract.publish.formats import neutralize, publish_table
from extract.run import run
from extract.schema import TABLES
from extract.tables import frame

PAYLOAD = "=cmd|' /C calc'!A0"
#: lines a deck may hold: a CR inside a line (text decks split on LF only), formula starts, a leading
#: sign, quotes and commas, Unicode line and paragraph separators
HOSTILE_LINES = [
    f"予算額 11億円\r{PAYLOAD}",
    "前年度比 +30円",
    "=SUM(1) 令和6年度予算額 3億円",
    '@SUM 4億円, "引用" 5件',
    "事業\u2028費 6億円\u2029-7件",
    "\t-8億円",
]
DTYPES = {"string": "string", "integer": "Int64", "number": "Float64"}


@pytest.fixture(scope="module")
def published(tmp_path_factory, sample_deck_path) -> Path:
    base = tmp_path_factory.mktemp("csv")
    raw = base / "raw"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw / sample_deck_path.name)
    (raw / "hostile.txt").write_bytes("\n".join(HOSTILE_LINES).encode("utf-8") + b"\n")
    outcome = run(RunOptions(raw=raw, out_dir=base / "out", settle_seconds=0))
    assert {d["doc"]: d["status"] for d in outcome.decks} == {"hostile": "published", sample_deck_path.stem: "published"}
    return base / "out"


def cell_text(v: Any, type_: str) -> str:
    """A Parquet cell as the CSV writes it."""
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return ""
    if type_ == "integer":
        return str(int(v))
    if type_ == "number":
        return str(float(v))
    if type_ == "datetime":
        return v.strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(v)


def parquet_rows(out: Path, name: str, excel: bool = False) -> list[list[str]]:
    df = pd.read_parquet(out / f"{name}.parquet")
    types = [c.type for c in TABLES[name].columns]
    rows = [[cell_text(v, t) for v, t in zip(row, types)] for row in df.itertuples(index=False)]
    if excel:
        rows = [[neutralize(v) if t == "string" and v else v for v, t in zip(row, types)] for row in rows]
    return [TABLES[name].names] + rows


def csv_rows(path: Path, encoding: str = "utf-8") -> list[list[str]]:
    with open(path, newline="", encoding=encoding) as f:
        return list(csv.reader(f))


@pytest.mark.parametrize("name", list(TABLES))
def test_each_csv_reads_back_to_exactly_the_rows_of_its_parquet_twin(published, name):
    assert csv_rows(published / f"{name}.csv") == parquet_rows(published, name)
    assert csv_rows(published / f"{name}_excel.csv", "utf-8-sig") == parquet_rows(published, name, excel=True)


@pytest.mark.parametrize("name", list(TABLES))
def test_pandas_with_the_package_types_reads_the_parquet_frame(published, name):
    package = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
    (res,) = [r for r in package["resources"] if r["name"] == name]
    fields = res["schema"]["fields"]
    got = pd.read_csv(published / res["path"], dtype={f["name"]: DTYPES[f["type"]] for f in fields if f["type"] in DTYPES},
                      keep_default_na=False, na_values=[""])
    for f in fields:
        if f["type"] == "datetime":
            got[f["name"]] = pd.to_datetime(got[f["name"]], utc=True).astype("datetime64[us, UTC]")
    pd.testing.assert_frame_equal(got, pd.read_parquet(published / f"{name}.parquet"), check_dtype=True)


def test_a_carriage_return_payload_stays_in_its_record(published):
    expected = len(pd.read_parquet(published / "mentions.parquet"))
    for path, enc in ((published / "mentions.csv", "utf-8"), (published / "mentions_excel.csv", "utf-8-sig")):
        rows = csv_rows(path, enc)
        assert len(rows) == 1 + expected, path.name
        assert not [r for r in rows if r[0].startswith("=")], "a record begins with the payload"
    (hostile,) = [r for r in csv_rows(published / "mentions.csv") if r[0] == "hostile" and r[4] == "11億円"]
    assert hostile[13] == f"予算額 11億円 {PAYLOAD}", "context is one line"


def test_the_plain_csv_is_faithful_and_only_the_excel_csv_neutralizes(published):
    plain = {(r[0], r[4]): r for r in csv_rows(published / "mentions.csv")}
    excel = {(r[0], r[4].lstrip("'")): r for r in csv_rows(published / "mentions_excel.csv", "utf-8-sig")}
    assert plain[("hostile", "+30円")][4] == "+30円"
    assert excel[("hostile", "+30円")][4] == "'+30円"
    assert plain[("hostile", "3億円")][13].startswith("=SUM(1)") and excel[("hostile", "3億円")][13].startswith("'=SUM(1)")
    assert plain[("hostile", "4億円")][13] == '@SUM 4億円, "引用" 5件'
    assert plain[("hostile", "6億円")][13] == "事業 費 6億円 -7件"
    assert plain[("hostile", "6億円")][6] == excel[("hostile", "6億円")][6] == "600000000", "numbers stay numbers"


@pytest.mark.parametrize("program", [f"\r{PAYLOAD}", f"\n{PAYLOAD}", f"a\r\n{PAYLOAD}", f"\u2028{PAYLOAD}", '",\r"'])
def test_any_text_cell_is_one_record_in_both_csvs(tmp_path, program):
    rec = {"doc": "d", "seq": 0, "page": None, "line": 1, "text": "-5円", "yen_min": -5, "yen_max": -5,
           "qualifiers": [], "per": None, "role": "other", "fy": None, "program": program, "context": program}
    publish_table(tmp_path, "amounts", frame([rec], "amounts"), formats=("csv",))
    (plain,) = csv_rows(tmp_path / "amounts.csv")[1:]
    (excel,) = csv_rows(tmp_path / "amounts_excel.csv", "utf-8-sig")[1:]
    names = TABLES["amounts"].names
    assert plain[names.index("program")] == program and plain[names.index("text")] == "-5円"
    assert excel[names.index("program")] == neutralize(program)
    assert excel[names.index("text")] == "'-5円" and excel[names.index("yen_min")] == "-5"
