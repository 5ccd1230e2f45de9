"""Totals a figure's own line states, found after the totals of totals.py (sheet_sums.py calls `apply`):

- **A change between two totals** (GUIDE: `補正額` is the whole supplementary; the fresh and fresh2 judgement calls:
  the totals before and after a supplementary are no programmes): a figure that, added to the total right before it
  on its line, gives the figure right after it (`既定額222億9,600万円に2億2,270万円を追加し、総額225億1,870万円`) is
  that total's change, the whole of the addition; the figure after it is the total it makes. Both are totals.
- **A figure its words sum** (`…四つの特別会計で、あわせて85億円`; a revenue's `…など、合わせて29億円を増額`): the things
  listed before it added up, a total of them, no programme.
- **A label that sums another label** (`追加額の計 3兆2,198億円`, `要求額の合計`, `補正予算の総額`): `…の` + a total's word
  (roles.json whole_names, `計`, `合計`) right before the figure: the whole of what the first label names, no programme.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from . import column_sums
from . import outline as ol
from .labels import BUDGET_ROLES, LineInfo

Owned = list[tuple[Mention, ol.Node | None, ol.Node | None, int]]


def apply(owned: Owned, infos: Sequence[LineInfo]) -> None:
    changes_between_totals(infos)
    summed(owned, infos)
    column_sums.apply(infos)  # `1 交通環境の整備 85,614 …` over its rows' first column: their total


def changes_between_totals(infos: Sequence[LineInfo]) -> None:
    """a + b == c for three figures in a row on one line, a a total: b is a's change, c the total it makes."""
    for info in infos:
        figures = info.amounts
        if len(figures) < 3:
            continue
        for a, b, c in zip(figures, figures[1:], figures[2:]):
            if not a.total_of or not all(isinstance(x.max, int) for x in (a, b, c)) or a.max == c.max:
                continue
            if a.max + b.max != c.max:
                continue
            for x in (b, c):
                if x.role in BUDGET_ROLES and not x.total_of:
                    x.total_of = a.total_of if x is c else f"{a.total_of}の増減"


@lru_cache(maxsize=1)
def _sum_before() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load("totals")["sum_before"]))
    return re.compile(rf"(?:^|[、，,\s])(?:{words})[\s　]*(?:約)?[\s　]*$")


#: how far before a figure its summing word is looked for
_REACH = 12


def summed(owned: Owned, infos: Sequence[LineInfo]) -> None:
    """A budget figure right after a word that sums what its sentence listed before it (`あわせて`): their total."""
    for m, _node, _owner, i in owned:
        if m.role not in BUDGET_ROLES or m.total_of:
            continue
        before = infos[i].norm[max(0, m.start - _REACH):m.start]
        found = _sum_before().search(before)
        if found is not None:
            m.total_of = found.group().strip(" 　、，,約")
        elif (label := _sum_label().search(infos[i].norm, max(0, m.start - _LABEL_REACH), m.start)) is not None:
            m.total_of = label.group(1)


#: how far before a figure a label that sums another is read
_LABEL_REACH = 24


@lru_cache(maxsize=1)
def _sum_label() -> re.Pattern[str]:
    """`…の計`, `…の合計`, `…の総額` closing the words right before the figure (a clause's start before them)."""
    words = "|".join(map(re.escape, sorted({"計", "合計", *load("roles")["whole_names"]}, key=len, reverse=True)))
    return re.compile(rf"(?:^|(?<=[、，,。\s]))([^、，,。\s]{{1,16}}の(?:{words}))(?:は|が)?[\s　:：]*(?:約)?[\s　]*$")


def sums_another(name: str) -> bool:
    """A name that is the sum of what its words name (`経済対策の総額`, `追加額の計`): `…の` + a total's word."""
    return _sum_label().search(name) is not None
