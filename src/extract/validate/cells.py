"""The `cells` suite over every extracted deck's cells, and the cells of tables whose sums do not hold
(found by extract.cells) as `held_back` rows with their reason."""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..model import DeckResult
from ..tables import frame
from .suites import TableValidation, Validator

_KIND = {"yen": "amount", "percent": "percent"}


def _held_row(c: dict[str, Any]) -> dict[str, Any]:
    return {"doc": c["doc"], "seq": c["seq"], "kind": _KIND.get(c.get("unit") or "", "count"), "page": c.get("page"),
            "line": c.get("line"), "text": c["text"], "min": str(c["value"]), "max": str(c["value"]), "unit": c.get("unit"),
            "context": f"{c.get('row_label') or ''} | {c.get('col_label') or ''}", "table": "cells", "check": "_sums_hold",
            "expectation": "expect_column_values_to_be_in_set", "scope": "group",
            "observed": c.get("reason"), "reason": "a total row is the sum of the rows it closes, within rounding: a "
            "table whose sums do not hold was misread (a column or a row shifted), so none of its cells is published"}


def deck_summaries(outcome: TableValidation, docs: list[str]) -> dict[str, dict[str, Any]]:
    """Each deck's share of one run of a suite over several decks' rows (`docs`: each row's deck, in the
    frame's order): an expectation that failed on some rows counts against the decks those rows are
    from, never against a deck whose own rows passed; one that names no rows (a column's type, a
    table-wide count) against every deck of the batch. An expectation that lets a share of rows fail
    (`mostly`) counts against a deck only when the deck's own rows fail it."""
    failing: dict[str, dict[int, int]] = {d: {} for d in docs}
    rows = Counter(docs)
    for i, res in enumerate(outcome.results):
        if res.success:
            continue
        per_doc = Counter(docs[p] for p in res.rows)
        for doc in (per_doc if res.rows else set(docs)):
            if res.mostly is not None and res.rows and per_doc[doc] <= (1 - res.mostly) * rows[doc]:
                continue  # this deck's own rows pass: the batch failed on other decks'
            failing[doc][i] = per_doc[doc]
    out = {}
    for doc, failed in failing.items():
        errors = [(outcome.results[i], n) for i, n in failed.items() if outcome.results[i].severity == "error"]
        warnings = [(outcome.results[i], n) for i, n in failed.items() if outcome.results[i].severity != "error"]
        out[doc] = {"table": outcome.table, "rows": rows[doc], "passed": len(outcome.results) - len(failed),
                    "failed": len(errors), "warnings": len(warnings), "docs_page": outcome.docs_page,
                    "failures": [r.label() + (f" ({n} rows)" if n else "") for r, n in errors],
                    "warning_list": [r.label() + (f" ({n} rows)" if n else "") for r, n in warnings]}
    return out


def validate_cells(results: list[DeckResult], validator: Validator) -> None:
    """Run the cells suite (when the suites have one) and add the held-back cells to each deck's held_back."""
    todo = [r for r in results if r.publishable]
    rows = [c for r in todo for c in r.cells]
    if "cells" in validator.tables and rows:
        outcome = validator.validate("cells", frame(rows, "cells").assign(_sums_hold=True), run_name="cells")
        by_doc = deck_summaries(outcome, [r.doc for r in todo for _ in r.cells])
        for r in todo:
            if r.doc in by_doc:  # one run of the suite over every deck's cells: each deck gets its own rows' share
                r.validation["cells"] = by_doc[r.doc]
    for r in todo:
        r.held_back = r.held_back + [_held_row(c) for c in r.cells_held]
