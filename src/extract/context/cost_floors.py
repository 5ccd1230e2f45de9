"""A floor of what a grant takes, scoped by the lead over its list (issue 21, roles32).

A subsidy page lists the items it pays for under a lead that names them (`対象となる経費` / `次の林業機械等の導入費用が
対象となります。` over `• 50万円以上の林業機械`, `• 10万円以上のチェーンソー`): a floor written before such an item is the
size of what the grant is for, a term of the scheme (`support`, at_least: fresh22a's and fresh23c's calls), not a
statistic. The nearest lead decides: under `【対象外経費】` the same shape (`備品購入費(…1件の金額が5万円以上の物品購入)`)
describes a cost the grant does NOT take, `other`. Words: roles.json eligible_cost_floor.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo

#: a floor written before the item it bounds (`50万円以上の林業機械`, `10万円以上のチェーンソー`)
_FLOOR_BEFORE_ITEM = re.compile(r"\s*(?:以上|超|を超える)\s*の\s*[^\s\d、。,，(（]")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    words = load("roles")["eligible_cost_floor"]
    return re.compile(words["heads"]), re.compile(words["not"]), int(words["reach"])


def eligible_item_floor(lines: list[LineInfo], i: int, m: Mention, above: Callable[[int, int], list[int]]) -> bool:
    """Figure m on line i is a floor written before an item (`N円以上の<item>`) and the nearest lead above it, within
    reach non-blank lines (the list's earlier items skipped), names the costs a grant takes (not the costs it excludes)."""
    if "at_least" not in m.qualifiers or not _FLOOR_BEFORE_ITEM.match(lines[i].norm, m.end):
        return False
    heads, excluded, reach = _words()
    for j in above(i, reach):
        if lines[j].amounts:
            continue  # an earlier item of the list (its own `…は除く` excludes a kind of item, not the list's costs)
        text = lines[j].norm
        if excluded.search(text):
            return False
        if heads.search(text):
            return True
    return False
