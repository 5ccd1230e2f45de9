"""The validation stage: every frame the suites check for a deck, and the deck's verdict."""
from __future__ import annotations

from typing import Any

from ..fileio import safe_name
from ..ingest import page_ranges
from ..model import DeckResult
from ..tables import tables_of
from .checks import breakdowns, budget_pair_frame, derived_amounts, derived_mentions
from .suites import Validator


def validation_frames(result: DeckResult) -> dict[str, Any]:
    """Every frame the suites check for one deck: its tables and the derived cross-row frames."""
    tables = tables_of(result.records)
    limits = {result.doc: (result.pages or 0, result.lines)}
    return {
        "mentions": derived_mentions(tables["mentions"], limits),
        "amounts": derived_amounts(tables["amounts"]),
        "budgets": tables["budgets"],
        "breakdowns": breakdowns(result.records, result.links),
        "budget_pairs": budget_pair_frame(result.records),
    }


def validate_deck(result: DeckResult, validator: Validator) -> None:
    """Validate one extracted deck: `published` if no `error` expectation fails, else `quarantined`."""
    if result.status != "extracted":
        return
    outcomes = {name: validator.validate(name, frame, run_name=safe_name(result.doc))
                for name, frame in validation_frames(result).items()}
    result.validation = {name: o.summary() for name, o in outcomes.items()}
    failed = [label for o in outcomes.values() for label in (r.label() for r in o.errors)]
    if failed:
        result.status = "quarantined"
        result.error = "failed expectations: " + "; ".join(failed)
    elif result.pages_without_text:
        result.status = "no_text_layer"
        result.error = (f"no text layer on pages {page_ranges(result.pages_without_text)} (image-only): not extracted; "
                        "the other pages are published")
    else:
        result.status = "published"
