"""A grant's own words: the words of a figure's clause that make it a grant's amount, cap or rate (roles.json support_own and
cap_terms caps: `補助上限`, `1件当たり`, `助成額`, `限度額`), read as one class by the grant frame (grant_frame.py). A word of
roles.json support_own_bound counts only where it opens a compound: `定額` (a flat-rate grant), not the tail of `査定額` (an
assessed cost, a disaster's), `予定額` or `推定額`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load


@lru_cache(maxsize=1)
def own_words() -> tuple[str, ...]:
    """A grant's amount, cap or rate words (support_own) and the cap words (cap_terms caps: `限度額`): one class."""
    roles = load("roles")
    return tuple(dict.fromkeys((*roles["support_own"], *roles["cap_terms"]["caps"])))


@lru_cache(maxsize=1)
def _own_pattern() -> re.Pattern[str]:
    bound = set(load("roles")["support_own_bound"])
    return re.compile("|".join(("(?<![\u4e00-\u9fff])" if w in bound else "") + re.escape(w) for w in own_words()))


def names_own(text: str) -> bool:
    """A grant's amount, cap or rate word stands in the text, a bound word opening its compound."""
    return _own_pattern().search(text) is not None
