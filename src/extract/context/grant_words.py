"""A grant's own words: the words of a figure's clause that make it a grant's amount, cap or rate (roles.json support_own and
cap_terms caps: `補助上限`, `1件当たり`, `助成額`, `限度額`), read as one class by the grant frame (grant_frame.py). A word of
roles.json support_own_bound counts only where it opens a compound: `定額` (a flat-rate grant), not the tail of `査定額` (an
assessed cost, a disaster's), `予定額` or `推定額`. A cap word right after a figure (`20万円を上限に`) makes it a cap.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo


@lru_cache(maxsize=1)
def own_words() -> tuple[str, ...]:
    """A grant's amount, cap or rate words (support_own) and the cap words (cap_terms caps: `限度額`): one class."""
    roles = load("roles")
    return tuple(dict.fromkeys((*roles["support_own"], *roles["cap_terms"]["caps"])))


@lru_cache(maxsize=2)
def _own_pattern(caps: bool) -> re.Pattern[str]:
    roles = load("roles")
    bound, cap_words = set(roles["support_own_bound"]), set(roles["cap_terms"]["caps"])
    words = own_words() if caps else tuple(w for w in roles["support_own"] if w not in cap_words)
    return re.compile("|".join(("(?<![\u4e00-\u9fff])" if w in bound else "") + re.escape(w) for w in words))


def names_own(text: str, caps: bool = True) -> bool:
    """A grant's amount, cap or rate word stands in the text, a bound word opening its compound; `caps=False` leaves the
    cap words out (`最大`, `上限`: a cost's estimate may have them too, cost_estimates.py)."""
    return _own_pattern(caps).search(text) is not None


@lru_cache(maxsize=1)
def _cap_after() -> re.Pattern[str]:
    return re.compile(r"\s*[をが]\s*(?:" + "|".join(map(re.escape, load("roles")["cap_terms"]["caps"])) + ")")


def cap_after(info: LineInfo, m: Mention) -> bool:
    """The figure is a cap, the cap word right after it (`町が独自に20万円を上限に…の補助を出す`: roles.json cap_terms caps)."""
    return _cap_after().match(info.norm, m.end) is not None
