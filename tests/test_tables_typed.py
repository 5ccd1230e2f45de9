"""`tables.typed`: a column whose cells are all texts (or all ints) and gaps is typed in one step in C; it
must come out as the step per cell gives it, whatever the mix of gaps and the column's dtype."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from extract.tables import _cell_text, typed


def per_cell(values: list[object], kind: str) -> pd.api.extensions.ExtensionArray:
    """The step per cell (the rule before the fast path), the reference."""
    if kind == "integer":
        return pd.array([v if type(v) is int else pd.NA if v is None or v is pd.NA or v != v else int(v) for v in values],
                        dtype="Int64")
    return pd.array([v if type(v) is str else _cell_text(v) for v in values], dtype="string")


TEXTS = [["事業A", "事業B"], ["事業A", None], ["事業A", np.nan, pd.NA, None], [None, None], [np.str_("事業"), "x"],
         ["", "x"], ["事業A", 3], ["事業A", 1.5], ["事業A", ["a", "b"]], ["x", []], ["x", True], ["x", b"y"]]
INTS = [[1, 2], [1, None], [1, np.nan], [np.int64(3), None], [None, None], [2**40, pd.NA], [1.0, 2], [1, True],
        [1.5, None], ["7", 8]]


@pytest.mark.parametrize("values", TEXTS)
@pytest.mark.parametrize("as_object", [True, False])
def test_a_text_column_is_typed_as_cell_by_cell(values, as_object):
    col = pd.Series(values, dtype=object) if as_object else pd.Series(values)
    got = typed(pd.DataFrame({"program": col}), "budgets", only=("program",))["program"].array
    want = per_cell(list(col), "string")
    assert got.dtype == want.dtype and list(got.isna()) == list(want.isna())
    assert got._pa_array.type == want._pa_array.type  # the Arrow type Parquet and DuckDB are written from
    assert [str(v) for v in got[~got.isna()]] == [str(v) for v in want[~want.isna()]]


@pytest.mark.parametrize("values", INTS)
@pytest.mark.parametrize("as_object", [True, False])
def test_an_integer_column_is_typed_as_cell_by_cell(values, as_object):
    col = pd.Series(values, dtype=object) if as_object else pd.Series(values)
    try:
        want = per_cell(list(col), "integer")
    except (TypeError, ValueError) as e:  # a cell the step per cell cannot type: neither can the fast path
        with pytest.raises(type(e)):
            typed(pd.DataFrame({"budget_yen": col}), "budgets", only=("budget_yen",))
        return
    got = typed(pd.DataFrame({"budget_yen": col}), "budgets", only=("budget_yen",))["budget_yen"].array
    assert got.dtype == want.dtype and got.equals(want)
