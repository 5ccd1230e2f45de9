"""A chart's axis whose ticks each carry their unit (`0円 500円 1,000円`): amounts the rules read that are no mentions."""
from __future__ import annotations

from ..rules.engine import Candidate

_AXIS_TICKS = 4


def drop_axis_ticks(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A chart's axis printed with its unit on every tick (`0円 500円 1,000円 1,500円`): four or more amounts,
    one space apart, from 0 up in even steps, are no mentions. (Percent ticks `0% 20% 40%` stay: the earlier
    reading of the GUIDE keeps them, tests/test_rules_wild.py.)"""
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        j = i + 1
        while (j < len(chosen) and chosen[j].kind == chosen[i].kind and chosen[j].parsed.unit == chosen[i].parsed.unit
               and not text[chosen[j - 1].end:chosen[j].start].strip()):
            j += 1
        run = chosen[i:j]
        values = [c.parsed.min for c in run]
        if (len(run) >= _AXIS_TICKS and run[0].kind == "amount" and values[0] == 0
                and all(c.parsed.min == c.parsed.max for c in run)
                and len({b - a for a, b in zip(values, values[1:])}) == 1 and values[1] > 0):
            i = j
            continue
        out.extend(run)
        i = j
    return out
