"""A table's `単位` label naming a money unit (`(単位:万円)`, `（単位：千円、％）`, `単位 百万円`): the unit its bare cells
are counted in (chart_units.json: the label's prefixes and its amount units). Read by the mentions' header units
(a cell written with 億 under it) and by the count rule (a figure glued between two labels under it is a cell)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    table = load("chart_units")
    money = sorted((w for w, spec in table["units"].items() if spec["kind"] == "amount" and "/" not in w),
                   key=len, reverse=True)
    prefixes = "|".join(sorted({re.escape(p.rstrip(":：")) for p in table["unit_prefix"]}, key=len, reverse=True))
    return re.compile(rf"(?:{prefixes})\s?[:：]?\s?(?:[^)）\d、,]{{0,4}}[、,]\s?)?(?P<u>{'|'.join(map(re.escape, money))})")


def money_unit(text: str) -> str | None:
    """The money unit a text's `単位` label names (`万円`), `""` for a label naming another unit (`単位:人`), None for
    a text without a label."""
    if "単位" not in text:
        return None
    m = _label().search(text)
    return m.group("u") if m is not None else ""


#: how far back a figure's money label may stand on its own line (a bounded look: a long line stays linear)
LABEL_REACH = 600


def money_label_before(text: str, pos: int) -> bool:
    """A `単位` label naming a money unit stands before `pos` on the same text, within LABEL_REACH characters."""
    at = text.rfind("単位", max(0, pos - LABEL_REACH), pos)
    return at >= 0 and bool(money_unit(text[at:pos]))
