"""The run's summary over thousands of decks: totals and the decks with something to say, not a row per
deck (a no-change run over 5,000 decks spent most of its time printing them)."""
from __future__ import annotations

import pytest
from rich.console import Console

from deck_to_data_flows.summary import FULL_LIST_UP_TO, NOTEWORTHY_ROWS, print_summary, shown_decks
from extract.model import RunOutcome


def _deck(i: int, status: str = "published", action: str = "unchanged", error: str | None = None) -> dict[str, object]:
    return {"doc": f"d{i:05d}", "file": f"d{i:05d}.txt", "status": status, "action": action, "error": error,
            "pages": 1, "mentions": 3}


def _outcome(decks: list[dict[str, object]]) -> RunOutcome:
    return RunOutcome("out", decks, {}, [], "r.html", [])


@pytest.mark.parametrize("n,odd,listed", [
    (FULL_LIST_UP_TO, [], FULL_LIST_UP_TO),   # near miss: at the limit every deck has its row
    (FULL_LIST_UP_TO + 1, [], 0),             # past it, quiet decks are only counted
    (5000, [7], 1),                           # one deck read by this run among thousands
    (5000, list(range(0, 5000, 50)), NOTEWORTHY_ROWS),  # a hundred with something to say: the first ones
])
def test_past_the_limit_only_noteworthy_decks_are_listed(n, odd, listed):
    decks = [_deck(i, action="extracted") if i in odd else _deck(i) for i in range(n)]
    shown, more = shown_decks(_outcome(decks))
    assert len(shown) == listed and more == max(0, len(odd) - NOTEWORTHY_ROWS) * (n > FULL_LIST_UP_TO)


@pytest.mark.parametrize("deck", [
    _deck(3, status="failed", error="could not be read"),
    _deck(3, status="quarantined"),
    _deck(3, action="extracted"),
])
def test_a_problem_among_thousands_is_printed_with_the_totals(deck):
    decks = [_deck(i) for i in range(3000)]
    decks[3] = deck
    console = Console(width=200, record=True)
    print_summary(console, _outcome(decks))
    text = console.export_text()
    assert "d00003" in text and "d00004" not in text and "3000 decks" in text and "2999 more decks not listed" in text
    assert "not listed" in text and len(text.splitlines()) < 15
