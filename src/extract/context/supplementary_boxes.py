"""A `【補正予算】` box beside an item's figures, its table's columns flattened one cell a line (scope.py calls `apply`).

A ministry's priorities sheet prints each item's figures in columns: the year's budget, a `【補正予算】` box's figure, the
previous year's `(…)` figure. Read as text the cells fall one a line (the role follows the column each cell came from):
`820億円` / `450億円` / `(790億円)` under a box, or the box right above its own figure (`64億円` / `【補正予算】` / `12億円` /
`(60億円)`). Only a box alone on its line (a supplementary label, no figure, no year) and only a bare cell followed by a
bracketed one qualify. GUIDE: a label applies to the figures it heads; the `(…)` figure beside a budget
pair is the previous year's. The box writes no year: its figure's year is left open.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention
from .labels import LineInfo, budget_label, label_role

#: how many non-blank lines above an item's first figure its box may stand (box, ①, the item's name)
_BOX_REACH = 4
#: a box's label alone is short (`【補正予算】`)
_BOX_MAX = 12


def _box(info: LineInfo) -> bool:
    """A line that is a supplementary label alone, with no year of its own (`【補正予算】`)."""
    text = info.norm.strip()
    if info.mentions or len(text) > _BOX_MAX:  # the cheap tests first: label_role reads every label word
        return False
    found = label_role(text)
    return found is not None and found[0] == "supplementary_budget" and found[1] >= len(text) - 1 and budget_label(info) is None


def _last_figure(info: LineInfo) -> Mention | None:
    """The figure that closes the line (`190億円`, `付金 122億円`), not a bracketed one."""
    if not info.amounts:
        return None
    a = info.amounts[-1]
    return a if not info.norm[a.end:].strip() and not info.norm[:a.start].rstrip().endswith(("(", "（")) else None


def apply(infos: Sequence[LineInfo]) -> None:
    """Read the bare cell beside a supplementary box as the supplementary and the `(…)` cell after it as the previous year's."""
    nonblank = [i for i, info in enumerate(infos) if info.norm.strip()]
    if not any(_box(infos[i]) for i in nonblank):
        return
    for k in range(1, len(nonblank) - 1):
        here, after = infos[nonblank[k]], infos[nonblank[k + 1]]
        if not here.is_bare_amount(paren=False) or not after.is_bare_amount(paren=True):
            continue
        figure, previous = here.amounts[0], after.amounts[0]
        above = infos[nonblank[k - 1]]
        if _box(above):  # the box right above its own figure: the year's figure stands further up
            first = next((a for j in reversed(nonblank[max(0, k - 1 - 2 * _BOX_REACH):k - 1]) for a in reversed(infos[j].amounts)
                          if a.role == "budget"), None)
        else:
            first = _last_figure(above)
            if first is None or not any(_box(infos[j]) for j in nonblank[max(0, k - 1 - _BOX_REACH):k + 3]):
                continue
            if first.role not in ("budget", "other") or first.role == "other" and first.role_source not in ("fallback", "under"):
                continue
            first.role, first.role_source = "budget", "column"
        figure.role, figure.role_source, figure.fy, figure.total_of = "supplementary_budget", "column", None, None
        previous.role, previous.role_source = "previous_budget", "column"
        if first is not None and first.fy is not None:
            previous.fy = int(first.fy) - 1
