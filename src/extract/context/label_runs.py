"""Label lines that split a deck into parts (fresh18a's 滋賀県: `平成 26 年度補正予算案` over the supplementary's measures,
then `平成 27 年度当初予算案` over the next year's): a budget label standing alone on its line scopes the figures after it,
up to the next such line, where no label of the figure's own chain states one (scope.py calls `at` before it falls back
on the document's title or lead-in). Read only where the deck holds two such lines of different budgets: a deck of one
label line keeps the document's label (its title's or lead's), which that line usually is."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..dictionary import load
from .labels import BUDGET_ROLES, LineInfo, budget_label, label_role

#: a label line is a label and nothing more (a draft's `案` after it at most): no sentence, no figure
_LABEL_MAX = 40


@lru_cache(maxsize=1)
def _closers() -> tuple[str, ...]:
    return tuple(load("roles")["part_closers"])


@dataclass(frozen=True)
class Parts:
    """The label lines that split a deck: their indexes in order and, at each, (role, year) or None (a closing line)."""
    lines: tuple[int, ...] = ()
    labels: tuple[tuple[str, int] | None, ...] = ()

    def before(self, i: int) -> int:
        """How many label lines stand at or above line `i`."""
        return bisect_right(self.lines, i)


def parts(infos: Sequence[LineInfo]) -> Parts:
    """The label lines that split the deck (line index, (role, year), None for a line that closes a part), in order; none
    where fewer than two budgets."""
    found: list[tuple[int, tuple[str, int] | None]] = []
    for i, info in enumerate(infos):
        text = info.norm.strip()
        if not info.fiscal_years or info.amounts or "。" in text or len(text) > _LABEL_MAX:
            continue
        role = label_role(text)
        if role is None and found and any(w in text for w in _closers()):
            found.append((i, None))  # (`令和5年度決算` after the parts: a settlement's figures, no budget part's)
            continue
        if role is None or role[0] not in BUDGET_ROLES or text[role[1]:].strip("案()（） "):
            continue  # (`令和6年度補正予算の概要`, a caption naming a budget, is no part's label)
        label = budget_label(info, loose=True)
        if label is not None and label[1] is not None:
            found.append((i, (label[0], int(label[1]))))
    if len({label for _, label in found if label is not None}) < 2:
        return Parts()
    return Parts(tuple(i for i, _ in found), tuple(label for _, label in found))


def at(runs: Parts, i: int, document: tuple[str, int] | None) -> tuple[str, int] | None:
    """The label of the part line `i` stands in (the last label line above it; None past a closing line), else the
    document's."""
    k = runs.before(i)
    return runs.labels[k - 1] if k else document


def within(runs: Parts, i: int, section: tuple[str, int | None] | None) -> tuple[str, int | None] | None:
    """The budget label of a heading over line `i` (`section`), None where `i` stands past a closing line (`令和5年度決算`)
    before any label line after it: a settlement's figures are no part of the budget heading above."""
    k = runs.before(i)
    return None if k and runs.labels[k - 1] is None else section
