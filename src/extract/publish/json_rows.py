"""A table's rows as the JSON file holds them (`json.dumps(record, ensure_ascii=False, indent=1)` per
row), built a column at a time (issue 25): with `indent` the standard library encodes through its
pure-Python encoder, a call per key and value: about 40 % of publishing a first run under the profiler
(the wild set). A flat row of text, numbers, booleans and nulls is laid out here from each value's own JSON
(the C encoder's, the same text the indenting encoder writes for it), a list of such values one item a
line as that encoder lays it out; a row holding anything else (a mapping, a list of lists) goes through
`json.dumps` as before, so every row's bytes are unchanged."""
from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
from typing import Any

import numpy as np
import pandas as pd
from pandas.core.dtypes.cast import maybe_box_native  # type: ignore[attr-defined]  # what DataFrame.to_dict boxes with

from .formats import _plain, records_of

_ENCODER = json.JSONEncoder(ensure_ascii=False)
#: what cannot be laid out flat: the row is encoded whole
_NESTED = object()


def _value(v: Any, indent: str) -> Any:
    """A cell's JSON text as the indenting encoder writes it as a row's value (a list of plain values one
    item a line, every line after the first prefixed with `indent`), or `_NESTED`."""
    if v is None:
        return "null"
    t = type(v)
    if t is str:
        return encode_basestring(v)
    if t is int:
        return int.__repr__(v)
    if t is float and math.isfinite(v):
        return float.__repr__(v)
    if isinstance(v, (str, int, float)):  # bool is an int (true / false), an infinity is `Infinity`
        return _ENCODER.encode(v)
    if isinstance(v, (list, tuple)):
        items = [_value(x, "") for x in v]  # a list's items as they are (no `_plain`: a NaN there is `NaN`)
        if not items:
            return "[]"
        if any(x is _NESTED or x[:1] in ("[", "{") for x in items):
            return _NESTED
        return "[\n" + ",\n".join(f"{indent}  {x}" for x in items) + f"\n{indent} ]"
    return _NESTED


def _texts(col: pd.Series, indent: str) -> list[Any]:
    """Each cell's JSON text (or `_NESTED`) as `records_of` gives the cell: `DataFrame.to_dict` boxes an object
    column's cells, then `_plain`; a float or integer column's cells are Python numbers already, and text
    and None (most cells) are written straight away."""
    if col.dtype == np.float64:
        return ["null" if v != v else _value(v, indent) for v in col.tolist()]
    if col.dtype in (np.int64, np.bool_):
        return [_value(v, indent) for v in col.tolist()]
    return [encode_basestring(v) if type(v) is str else "null" if v is None else _value(_plain(maybe_box_native(v)), indent)
            for v in (col.tolist() if col.dtype == object else col)]


def json_rows(df: pd.DataFrame, indent: str = "") -> list[str]:
    """Each row of `df` as `json.dumps(row, ensure_ascii=False, indent=1)` writes its record (`records_of`),
    every line after the first prefixed with `indent`."""
    names = [str(c) for c in df.columns]
    if not names or len(set(names)) < len(names):
        return [json.dumps(r, ensure_ascii=False, indent=1).replace("\n", "\n" + indent) for r in records_of(df)]
    cols = [_texts(df.iloc[:, i], indent) for i in range(len(names))]
    keys = [f"{indent} {_ENCODER.encode(n)}: " for n in names]
    sep, close = ",\n", f"\n{indent}}}"
    out: list[str] = []
    for r, values in enumerate(zip(*cols)):
        if _NESTED in values:  # a list or a mapping: the row as the standard library writes it
            out.append(json.dumps(records_of(df.iloc[[r]])[0], ensure_ascii=False, indent=1).replace("\n", "\n" + indent))
        else:
            out.append("{\n" + sep.join(k + v for k, v in zip(keys, values)) + close)
    return out
