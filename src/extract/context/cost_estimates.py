"""A figure that states what a project or an event costs, not a grant or a budget (issue 21: fresh16c's event costs).

A clause whose subject is a cost (roles.json cost_subjects: a noun ending in `費`, `費用`, `経費`, maybe its whole, then a
topic or subject particle: `会場建設費が最大783億円`, `…にかかる費用は最大360億円`, `建設費の総額は…最大2350億円`) with no grant's
word in it estimates a cost: its `最大` caps the estimate, no grant's size (grant_frame.py, scope.py read it). A budget label
that is only the base such a cost is compared with (`会場建設費が、当初の予算より…増の417億円`) makes no budget (roles.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from .grant_words import names_own
from .labels import support_hints

#: how far back a cost's subject may stand in the figure's clause (`建設費の総額は当初想定の1・9倍の最大`)
_REACH = 40
_CLAUSE_END = re.compile(r"[。、,，;；]")


@lru_cache(maxsize=1)
def _subject() -> re.Pattern[str]:
    words = load("roles")["cost_subjects"]
    ends, whole, particles = ("|".join(map(re.escape, sorted(words[k], key=len, reverse=True))) for k in ("ends", "whole", "particles"))
    return re.compile(f"(?:{ends})(?:{whole})?\\s*(?:{particles})")


def cost_estimate(clause: str) -> bool:
    """The clause's subject is a cost (`会場建設費が最大`, `…にかかる費用は最大`) and no grant's word (support_hints, support_own
    but the caps) stands in it."""
    if _subject().search(clause) is None:
        return False
    caps = load("roles")["cap_terms"]["caps"]
    return not any(w in clause for w in support_hints() if w not in caps) and not names_own(clause, caps=False)


def cost_before(norm: str, start: int, end: int) -> bool:
    """`cost_estimate` of the clause before the figure at `start`..`end` (read back at most _REACH characters), where the clause
    after it names no grant, cap nor giving verb either (`遠距離通学費は月額5,000円を上限に補助`: a grant's cap; `葬祭費は最大
    5万円を支給します`: the cost a grant covers, its size)."""
    after = _CLAUSE_END.split(norm[end:end + _REACH])[0]
    if names_own(after) or any(w in after for w in (*support_hints(), *load("roles")["given_verbs"])):
        return False
    return cost_estimate(_CLAUSE_END.split(norm[max(0, start - _REACH):start])[-1])


def compared_cost(head: str, label_end: int) -> bool:
    """The budget label ending at `label_end` is the base a cost is compared with: a comparison word right after it (roles.json
    prose.compared_before, not `比`) and a cost as its sentence's subject before it (`会場建設費が、当初の予算より…417億円`)."""
    after = head[label_end:].lstrip()
    if not after.startswith(tuple(w for w in load("roles")["prose"]["compared_before"] if not w.startswith("比"))):
        return False
    return cost_estimate(head[head.rfind("。", 0, label_end) + 1:label_end])
