"""The cross-deck tables: programmes linked over every published budgets row, their history, and the
budgets and amounts rows with their `program_id`."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .history import cross_deck_pairs, history_of, statements
from .keys import NameKeys
from .link import Linking, link_programs, with_program_ids


def _records(rows: Any) -> list[dict[str, Any]]:
    if rows is None:
        return []
    if isinstance(rows, pd.DataFrame):
        return [{str(k): v for k, v in r.items()} for r in rows.to_dict(orient="records")]
    return [dict(r) for r in rows]


@dataclass
class ProgramTables:
    """What `program_tables` builds: the two cross-deck tables, and budgets/amounts with `program_id`."""

    programs: pd.DataFrame
    budget_history: pd.DataFrame
    budgets: list[dict[str, Any]]
    amounts: list[dict[str, Any]]
    linking: Linking
    #: every previous-year figure paired with another deck's budget (`history.cross_deck_pairs`), for the cross-deck check
    pairs: list[dict[str, Any]] = field(default_factory=list, repr=False, compare=False)
    #: the frames of `frames()`, built on the first call (the merge, the report and the writer each ask)
    _frames: dict[str, pd.DataFrame] | None = field(default=None, repr=False, compare=False)

    def frames(self) -> dict[str, pd.DataFrame]:
        """The tables to publish: programs, budget_history, and budgets/amounts with their `program_id`
        (the same frames on every call: read them, never change them)."""
        from ..tables import frame

        if self._frames is None:
            self._frames = {"budgets": frame(self.budgets, "budgets"), "amounts": frame(self.amounts, "amounts"),
                            "programs": self.programs, "budget_history": self.budget_history}
        return dict(self._frames)


def program_tables(budgets: Any, amounts: Any = None, issuers: Mapping[str, str | None] | None = None,
                   keys: NameKeys | None = None) -> ProgramTables:
    """Link the programmes of every published budgets row across decks and build the `programs` and
    `budget_history` tables; budgets and amounts rows come back with their `program_id`.

    Only budgets rows make programmes: an amount carries the id of the budget programme its deck (or
    another deck of its issuer) names alike, else none. (Amount-only names would add programmes nobody
    budgets, and their noisier attribution could make a deck's names read alike and block real links.)
    `keys`: the names' keys kept from the last run (`keys.NameKeys`)."""
    from ..schema import CROSS_DECK_TABLES
    from ..tables import frame

    b, a = _records(budgets), _records(amounts)
    linking = link_programs(b, issuers, keys)
    for r in a:  # an amount's deck may have no budgets row: its issuer still counts
        if r.get("issuer"):
            linking.scopes.setdefault(str(r["doc"]), str(r["issuer"]))
    b, a = with_program_ids(b, linking), with_program_ids(a, linking)
    names = {p["program_id"]: p["program"] for p in linking.programs}
    stmts = statements(b)
    pairs = cross_deck_pairs(stmts)
    return ProgramTables(frame(linking.programs, CROSS_DECK_TABLES["programs"]),
                         frame(history_of(stmts, pairs, names), CROSS_DECK_TABLES["budget_history"]), b, a, linking,
                         pairs)
