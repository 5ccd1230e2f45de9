"""Pictures for the report: the decks this run read are drawn first and within the whole budget; decks
read by earlier runs only catch up within CATCH_UP_S (one changed deck never pays for hundreds)."""
from __future__ import annotations

import time

import pytest

from extract.report.figures import CATCH_UP_S, schedule


@pytest.mark.parametrize("docs,fresh,order,full", [
    (["a", "b", "c"], None, ["a", "b", "c"], {"a", "b", "c"}),   # a first run: every deck, whole budget
    (["a", "b", "c"], {"c"}, ["c", "a", "b"], {"c"}),            # the deck read now goes first
    (["a", "b"], set(), ["a", "b"], set()),                      # nothing read: only catching up
    (["a", "b"], {"x"}, ["a", "b"], set()),                      # near miss: a fresh deck without figures
])
def test_fresh_decks_first_with_the_whole_budget(docs, fresh, order, full):
    t0 = time.monotonic()
    got = schedule(docs, fresh, budget_s=30.0)
    assert [d for d, _ in got] == order
    for doc, deadline in got:
        allowed = 30.0 if doc in full else CATCH_UP_S
        assert t0 + allowed - 1 <= deadline <= time.monotonic() + allowed


def test_a_budget_below_the_catch_up_bounds_everything():
    t0 = time.monotonic()
    assert all(deadline <= time.monotonic() + 1.0 and deadline >= t0 + 0.5 for _, deadline in schedule(["a", "b"], {"a"}, 1.0))
