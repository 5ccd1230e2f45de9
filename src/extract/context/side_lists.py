"""The expenditure side of a budget listed inline, name then figure (`(2) 歳出 507,454千円 人件費 △ 45,970 千円 財政調整基金
造成費 551,390 千円 … その他 △ 165,774 千円`): a summary table flattened onto one line. The side's figure and each line of
the list are the money of the deck's budget (a supplementary's, here): the supplementary's size per side and what it
adds to or cuts from each purpose (GUIDE: an amount in a budget document's item line is a budget figure of the scope's
kind; a decrease is written with its sign). A class of expenditure by nature (`人件費`: totals.json nature_classes) stays
`other`; the revenue side (`歳入 市税 …`) is not read (its lines are sources, other). The side's own figure and the
list's rest (`その他`) are no programme's: marked `total_of`.

The list starts at the side's word (roles.json account_sides expenditure) and runs while each figure is preceded by a
bare name only (no particle, digit, bracket or full stop since the figure before it); the first text that is no such
name ends it. Only figures no label or verb decided are read so. Each line is read once.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from .labels import BUDGET_ROLES, LineInfo
from .ministry_figures import deck_kind

#: a bare name between two figures of the list (`財政調整基金造成費`, `国民健康保険特別会計繰出金`, `その他`)
_NAME = re.compile(r"\s*[^\s\d、。,，()（）:：をにがはでと]{2,30}\s*")
_OPEN_SOURCES = ("fallback", "under", "")


@lru_cache(maxsize=1)
def _side() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load("roles")["account_sides"]["expenditure"])
    return re.compile(rf"(?:^|[\s)）】])(?:{words})\s*$")


def apply(infos: Sequence[LineInfo]) -> None:
    """Give the open figures of each inline expenditure list the deck's budget kind (see the module's docstring)."""
    kind = None
    classes = tuple(load("totals")["no_programme"]["nature_classes"])
    for info in infos:
        amounts = info.amounts
        if len(amounts) < 3:
            continue
        listing, ends = False, 0
        for m in amounts:
            before = info.norm[ends:m.start]
            ends = m.end
            side = _side().search(before) is not None
            if side:
                listing = True  # `歳出 507,454千円`: the side's own figure opens the list
            elif not listing or _NAME.fullmatch(before) is None:
                listing = False
                continue
            # the scope's default kind (a budget's or a supplementary's title over the list): the deck's own wins
            scoped = m.role in BUDGET_ROLES and m.role_source == "scope"
            if not scoped and (m.role not in (None, "other") or m.role_source not in _OPEN_SOURCES) \
                    or before.strip().endswith(classes):
                continue
            kind = kind or deck_kind(infos)
            if kind is None:
                return
            m.role, m.fy, m.role_source = kind[0], m.fy or kind[1], "side_list"
            # the side's whole, the list's rest (`その他 △ 165,774 千円`: totals.json rest_words): no programme's row
            if side or before.strip().startswith(tuple(load("totals")["no_programme"]["rest_words"])):
                m.total_of = m.total_of or before.strip()
