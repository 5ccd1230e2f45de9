"""The cells suite runs once over every deck's cells; each deck's summary counts only the failures of its
own rows (a deck whose cells pass gets no warning because another deck's failed)."""
from __future__ import annotations

import pytest

from extract.model import DeckResult
from extract.options import packaged_suites
from extract.schema import TABLES
from extract.validate.cells import validate_cells
from extract.validate.suites import Validator


@pytest.fixture(scope="module")
def validator():
    return Validator(packaged_suites())


def _cells(doc: str, values: list[tuple[float, str, str | None]]) -> list[dict[str, object]]:
    out = []
    for i, (value, unit, label) in enumerate(values):
        row = {c: None for c in TABLES["cells"].names}
        row.update({"doc": doc, "seq": i, "page": 1, "table": 1, "row": i, "col": 1, "value": value,
                    "text": str(value), "unit": unit, "row_label": label})
        out.append(row)
    return out


def _deck(doc: str, cells: list[dict[str, object]]) -> DeckResult:
    r = DeckResult(doc=doc, file=f"{doc}.pdf", sha256=None, source_type="pdf", pages=1, line_count=0, records=[],
                   status="published")  # after the row checks, as the run's validate stage has them
    r.cells = cells
    return r


GOOD = [(12.5, "percent", "a"), (3.0, "percent", "b"), (100.0, "yen", "c")]
PERCENT_SLIP = [(500000.0, "percent", "a"), (3.0, "percent", "b")]      # a percent past 10^5: a warning
NO_LABELS = [(1.0, "yen", None), (2.0, "yen", None), (3.0, "yen", "c")]  # most labels missing: a warning
ONE_LABEL_MISSING = [(float(i), "yen", None if i == 0 else "x") for i in range(10)]  # 90% labelled: passes


@pytest.mark.parametrize("bad,good,warned", [
    (PERCENT_SLIP, GOOD, "percent"),
    (NO_LABELS, GOOD, "row label"),
    (NO_LABELS, ONE_LABEL_MISSING, "row label"),  # near miss: the good deck has a missing label, but few
])
def test_a_warning_is_the_failing_decks_only(validator, bad, good, warned):
    a, b = _deck("bad", _cells("bad", bad)), _deck("good", _cells("good", good))
    validate_cells([a, b], validator)
    assert any(warned in w for w in a.validation["cells"]["warning_list"]), a.validation["cells"]
    assert b.validation["cells"]["warning_list"] == [] and b.validation["cells"]["warnings"] == 0
    assert a.validation["cells"]["rows"] == len(bad) and b.validation["cells"]["rows"] == len(good)


def test_a_deck_alone_with_its_failure_still_gets_it(validator):
    a = _deck("bad", _cells("bad", PERCENT_SLIP))
    validate_cells([a], validator)
    assert a.validation["cells"]["warnings"] == 1
