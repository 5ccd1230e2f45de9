"""The cross-deck consistency check: where one deck gives a programme's previous-year figure and another
deck gives that year's budget for it, the two must agree within rounding (`extract.linking.tolerance`:
one unit of the coarser writing). A mismatch is a warning naming both decks and lines: the frame's
`_mismatch` column holds that text, and the suite expects it empty, so Great Expectations lists the
mismatches as its unexpected values."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from ..linking import cross_deck_pairs, statements

#: the suite lives beside the per-deck suites' folder, not in it: it checks all published decks at once
SUITES = Path(__file__).resolve().parent.parent / "expectations"

CROSS_DECK_COLUMNS = ["program_id", "program", "fy", "role", "budget_doc", "budget_page", "budget_line", "budget_text",
                      "budget_yen", "previous_doc", "previous_page", "previous_line", "previous_text", "previous_yen",
                      "diff_yen", "tolerance_yen", "_agree", "_mismatch"]


def cross_deck_frame(budgets: pd.DataFrame | list[dict[str, Any]], names: dict[str, str] | None = None,
                     pairs: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    """One row per (previous-year figure, other deck stating that year's budget) of the budgets rows
    (which carry `program_id`, see `extract.linking.program_tables`); `pairs`: those rows' `cross_deck_pairs`
    when the caller has them (`ProgramTables.pairs`: not found again)."""
    if pairs is None:
        rows = budgets.to_dict(orient="records") if isinstance(budgets, pd.DataFrame) else budgets
        pairs = cross_deck_pairs(statements([{str(k): v for k, v in r.items()} for r in rows]))
    names = names or {}
    out = []
    for p in (dict(p) for p in pairs):  # copies: the caller's pairs are read, never changed
        name = names.get(p["program_id"])
        finding = p.pop("finding")
        agree = p.pop("agree")
        out.append({**p, "program": name, "_agree": agree,
                    "_mismatch": None if agree else f"{name or p['program_id']}: {finding}"})
    df = pd.DataFrame(out, columns=CROSS_DECK_COLUMNS)
    for c in ("fy", "budget_page", "budget_line", "previous_page", "previous_line", "budget_yen", "previous_yen",
              "diff_yen", "tolerance_yen"):
        df[c] = pd.array([None if v is None or v != v else int(v) for v in df[c]], dtype="Int64")
    return df


def findings(frame: pd.DataFrame) -> list[str]:
    """The mismatches, one sentence each (what the report lists)."""
    return [str(v) for v in frame["_mismatch"] if isinstance(v, str)]


def validate_cross_deck(frame: pd.DataFrame, validator: Any = None, run_name: str = "cross_deck") -> Any:
    """Run the `cross_deck` suite on the frame: with the run's validator when its suites hold it (its
    results then join the run's Data Docs), else with one built over this suite alone."""
    if validator is None or "cross_deck" not in getattr(validator, "tables", []):
        from .suites import Validator

        validator = Validator(SUITES)
    return validator.validate("cross_deck", frame, run_name=run_name)
