"""The `cells` suite over every extracted deck's cells, and the cells of tables whose sums do not hold
(found by extract.cells) as `held_back` rows with their reason."""
from __future__ import annotations

from typing import Any

from ..model import DeckResult
from ..tables import frame
from .suites import Validator

_KIND = {"yen": "amount", "percent": "percent"}


def _held_row(c: dict[str, Any]) -> dict[str, Any]:
    return {"doc": c["doc"], "seq": c["seq"], "kind": _KIND.get(c.get("unit") or "", "count"), "page": c.get("page"),
            "line": c.get("line"), "text": c["text"], "min": str(c["value"]), "max": str(c["value"]), "unit": c.get("unit"),
            "context": f"{c.get('row_label') or ''} | {c.get('col_label') or ''}", "table": "cells", "check": "_sums_hold",
            "expectation": "expect_column_values_to_be_in_set", "scope": "group",
            "observed": c.get("reason"), "reason": "a total row is the sum of the rows it closes, within rounding: a "
            "table whose sums do not hold was misread (a column or a row shifted), so none of its cells is published"}


def validate_cells(results: list[DeckResult], validator: Validator) -> None:
    """Run the cells suite (when the suites have one) and add the held-back cells to each deck's held_back."""
    todo = [r for r in results if r.publishable]
    rows = [c for r in todo for c in r.cells]
    if "cells" in validator.tables and rows:
        outcome = validator.validate("cells", frame(rows, "cells").assign(_sums_hold=True), run_name="cells")
        summary = outcome.summary()
        for r in todo:
            if r.cells:  # one run of the suite over every deck's cells: it speaks for the decks that have some
                r.validation["cells"] = summary
    for r in todo:
        r.held_back = r.held_back + [_held_row(c) for c in r.cells_held]
