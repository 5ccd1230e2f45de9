"""A duration's days in the `durations` table (tables.duration_records): each unit's size taken once per
table, not per cell (issue 25), and still the exact size's float times the figure, rounded to 4 places."""
from __future__ import annotations

import pytest

from extract.dictionary import unit_fractions
from extract.tables import duration_records


def record(unit: str, low: float | None, high: float | None) -> dict[str, object]:
    return {"kind": "duration", "doc": "d", "seq": 0, "unit": unit, "min": low, "max": high}


@pytest.mark.parametrize("unit", sorted(unit_fractions()))
@pytest.mark.parametrize("low,high", [(1, 3), (2.5, None), (0.1, 0.7), (None, 12)])
def test_days_are_the_units_exact_size_times_the_figure(unit, low, high):
    size = unit_fractions()[unit]
    got = duration_records([record(unit, low, high)])[0]
    want = [None if v is None else round(float(v) * size, 4) for v in (low, high)]
    assert [got["days_min"], got["days_max"]] == want


@pytest.mark.parametrize("unit", ["fortnight", "", "年"])
def test_a_unit_without_a_size_in_the_dictionary_has_no_days(unit):
    got = duration_records([record(unit, 2, 3)])[0]
    assert (got["days_min"], got["days_max"]) == (None, None)
