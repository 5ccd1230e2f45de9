"""A programme the deck quotes as the subject of a budget figure's clause: `「新進芸術家の海外研修」は…2億4300万円と微増`,
`「…拠点形成の推進」も7億2700万円`, `「…の国際発信」の3億900万円`, `「…ケア事業」について、…予算を増額します(2,100万円)`.

News articles and blogs on a budget quote each programme's name and report its figure in the same clause, as the
sentence's topic (`「X」は`, `「X」が`, `「X」も`) or right before it (`「X」のN円`). Where no rule named the figure from the
words right before it, that quote is the programme the figure is for: the last quote of the figure's clause (back to the
figure before it or the sentence's start), a name by itself (a noun phrase, no sentence: programs.is_name).
"""
from __future__ import annotations

import bisect
import re

from ..model import Mention
from .labels import LineInfo
from .programs import is_name, referring

#: a quoted name and the particle that makes it the clause's topic or subject (`「X」について、…予算を増額します(N円)`), or the
#: figure's owner right before it
_QUOTED_SUBJECT = re.compile(r"[「『]([^「」『』。]{2,60})[」』](?:については|について|では|は|が|も)")
_QUOTED_OWNER = re.compile(r"[「『]([^「」『』。]{2,60})[」』]の[ \u3000]*約?[ \u3000]*$")
#: how far before its figure the clause is read
_REACH = 160


def quoted_topic(info: LineInfo, m: Mention) -> str | None:
    """The quoted name that is the subject of the figure's clause, or owns the figure right before it; else None."""
    ends = info.amount_ends
    k = bisect.bisect_right(ends, m.start)
    start = max(0, m.start - _REACH, ends[k - 1] if k else 0, info.norm.rfind("。", 0, m.start) + 1)
    clause = info.norm[start:m.start]
    owner = _QUOTED_OWNER.search(clause)
    found = [owner] if owner is not None else list(_QUOTED_SUBJECT.finditer(clause))
    if not found:
        return None
    last = found[-1]
    if owner is None and ("「" in clause[last.end():] or "『" in clause[last.end():]):
        return None  # another quote stands between the subject and the figure: the figure may be that one's
    name = last.group(1).strip()
    return name if is_name(name) and not referring(name) else None
