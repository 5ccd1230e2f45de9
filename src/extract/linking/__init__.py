"""Programme identity across decks (the cross-year linker): the same programme, year after year, under one
`program_id`. Not to be confused with `context/programs.py`, which finds the programme a line of one deck
belongs to. Pure functions over budget rows, no I/O: `names` (the rules that read two names as one),
`link` (names joined into programmes), `history` (a programme's figures by year), `frames` (the tables)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .history import Statement, budget_history, cross_deck_pairs, statements, tolerance
from .link import Linking, link_programs, program_id_of, with_program_ids
from .names import RULE_WHY, RULES, acronym_of, exact_key, issuer_of, rule_keys, spelling_key, split_bracket, written_unit

if TYPE_CHECKING:
    from .frames import ProgramTables, program_tables


def __getattr__(name: str) -> Any:
    """The tables (`frames`, which need pandas) are imported when first asked for: a deck's reading needs only
    `issuer_of`, and its process need not load pandas for it."""
    if name in ("ProgramTables", "program_tables"):
        from . import frames

        return getattr(frames, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["RULES", "RULE_WHY", "Linking", "ProgramTables", "Statement", "acronym_of", "budget_history",
           "cross_deck_pairs", "exact_key", "issuer_of", "link_programs", "program_id_of", "program_tables",
           "rule_keys", "spelling_key", "split_bracket", "statements", "tolerance", "with_program_ids", "written_unit"]
