"""A table's JSON rows laid out a column at a time (publish/json_rows.py, issue 25) are the bytes the
standard library's indenting encoder writes for `records_of(df)`, whatever the cells hold: text with
quotes, escapes, line breaks and non-ASCII, integers, floats (NaN, infinities, -0.0), booleans, missing
values of every kind, NumPy scalars in an object column, lists of such values; and a row holding a
mapping or a list of lists (which is not laid out here) still comes out as `json.dumps` writes it. The spreadsheet CSV shares the plain
CSV's rows only when no text cell would be neutralized."""
from __future__ import annotations

import json
from contextlib import nullcontext

import numpy as np
import pandas as pd
import pytest

from extract.publish.formats import csv_bytes, json_bytes, neutralizes_any, records_of
from extract.publish.json_rows import json_rows
from extract.tables import frame, typed

FRAMES = {
    "text": pd.DataFrame({"t": ['a "quoted", text', "two\r\nlines", "tab\tand\\slash", "令和6年度 19億円", "", "\u2028\x00"]}),
    "integers and floats": pd.DataFrame({"i": [1, -2, 10**18], "f": [0.1, float("nan"), -0.0],
                                         "g": [float("inf"), -float("inf"), 1e300]}),
    "missing of every kind": pd.DataFrame({"o": [None, pd.NA, float("nan")], "s": pd.array([None, "x", "y"], dtype="string"),
                                           "n": pd.array([1, None, 3], dtype="Int64"), "x": pd.array([None, 1.5, 2.0], dtype="Float64")}),
    "booleans": pd.DataFrame({"b": [True, False], "o": pd.Series([True, None], dtype=object)}),
    "numpy scalars in an object column": pd.DataFrame({"o": pd.Series([np.int64(3), np.float64(2.5), np.bool_(True), np.float64("nan")],
                                                                      dtype=object)}),
    "a list in a row": pd.DataFrame({"q": [["前年度", "補正"], [], None], "v": [1, 2, 3]}),
    "lists of every plain value": pd.DataFrame({"q": [["a\n\"b\"", 1, 2.5, None, True, float("nan"), float("inf")],
                                                     ("t", "u"), [np.float64(1.5)]]}),
    "a list of lists (near miss: not flat)": pd.DataFrame({"q": [[[1, 2]], [{"a": 1}], [[]]], "v": ["x", None, 0.5]}),
    "a mapping in a row (near miss: not flat)": pd.DataFrame({"m": [{"a": 1}, {}], "v": ["x", "y"]}),
    "no rows": pd.DataFrame({"a": pd.Series([], dtype=object)}),
    "no columns (near miss)": pd.DataFrame(index=[0, 1]),
    "duplicate column names (near miss)": pd.DataFrame([[1, 2]], columns=["a", "a"]),
}


@pytest.mark.parametrize("indent", ["", " "])
@pytest.mark.parametrize("name", list(FRAMES))
def test_json_rows_are_the_standard_librarys_bytes(name, indent):
    df = FRAMES[name]
    with pytest.warns(UserWarning) if name.startswith("duplicate") else nullcontext():
        want = [json.dumps(r, ensure_ascii=False, indent=1).replace("\n", "\n" + indent) for r in records_of(df)]
    with pytest.warns(UserWarning) if name.startswith("duplicate") else nullcontext():
        got = json_rows(df, indent=indent)
    assert got == want


@pytest.mark.parametrize("name", [n for n in FRAMES if not n.startswith("duplicate")])
def test_a_whole_json_file_is_the_standard_librarys_bytes(name):
    df = FRAMES[name]
    assert json_bytes(df) == json.dumps(records_of(df), ensure_ascii=False, indent=1).encode("utf-8")


def _mention(text: str) -> dict[str, object]:
    return {"doc": "a", "seq": 0, "kind": "amount", "text": text, "min": 5, "max": 5, "unit": "yen", "page": None,
            "line": 1, "context": text, "qualifiers": []}


@pytest.mark.parametrize("text, neutralized", [("=1+1", True), ("+81 3", True), ("@user", True), ("\tx", True),
                                               ("-0.4", False), ("+5", False), ("5億円", False), ("a=b", False)])
def test_the_spreadsheet_csv_shares_the_plain_rows_only_when_nothing_is_neutralized(text, neutralized):
    df = frame([_mention(text)], "mentions")
    data = typed(df, "mentions")
    assert neutralizes_any(data, "mentions") is neutralized
    plain, excel = csv_bytes(df, "mentions"), csv_bytes(df, "mentions", excel=True)
    assert (excel[len("\ufeff".encode()):] != plain) is neutralized
    assert csv_bytes(df, "mentions", data=data) == plain  # the typed table given, or typed here: the same file
    assert csv_bytes(df, "mentions", excel=True, data=data) == excel

