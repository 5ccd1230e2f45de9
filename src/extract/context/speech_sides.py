"""The side of the account a supplementary's speech is on, sentence by sentence (a governor's explanation of the bills:
`歳入の主なものは、…`, `歳出の主なものは、…`, `特別会計では、…`).

GUIDE (issue 21): in a supplementary's scope, what the supplementary adds to or cuts from an account or an expense is the
supplementary (`一般会計で12億円を減額`, `…基金に5億円、…基金に1億円を積み立てる`); the money it raises to do so is a source
(`県債について…58億円を増額`, `…の財源としましては、…国庫支出金10億円…を減額`): `other`, whatever verb takes it.

A sentence opens on a side by its first topic after a connective (`一方、`, `次に、`): the revenue side (roles.json
prose.revenue_topics: `歳入`, `財源`, `県税収入につきましては`), the spending side or an account (speech_sides.spending:
`歳出`, `会計`). The side holds over the sentences after it that name none (`一方、地方譲与税について、…`) until another is
named.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import BUDGET_ROLES, LineInfo

REVENUE, SPENDING = "revenue", "spending"
_OPEN = ("", "fallback", "under", "verb", "change", "scope")
#: a speech's sentence is at most so long (a flattened table's line is longer)
_SENTENCE_MAX = 300


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    d = load("roles")["speech_sides"]
    return {"revenue": tuple(load("roles")["prose"]["revenue_topics"]), **{k: tuple(v) for k, v in d.items() if not k.startswith("_")}}


@lru_cache(maxsize=1)
def _opening() -> re.Pattern[str]:
    """A sentence's first topic, after its connectives (`一方、`, `次に、`): the words up to a topic's particle."""
    skip = "|".join(map(re.escape, _words()["connectives"]))
    return re.compile(rf"\s*(?:(?:{skip})\s*[、,]\s*)*([^、,。]{{1,40}}?)(?:としましては|としては|として|では|には|について|は)[、,]?")


def sentence_side(sentence: str) -> str | None:
    """The side a sentence opens on, or None when its first topic names none."""
    found = _opening().match(sentence)
    if found is None:
        return None
    topic, w = found.group(1), _words()
    if any(x in topic for x in w["revenue"]) and not all(x in topic for x in w["both_sides"]):  # (not `歳入歳出予算は、`)
        return REVENUE
    return SPENDING if any(x in topic for x in w["spending"]) else None


def sides(infos: Sequence[LineInfo]) -> list[list[tuple[int, str | None]]]:
    """Per line, each sentence's start and the side in force over it (carried from the sentences before)."""
    side: str | None = None
    out: list[list[tuple[int, str | None]]] = []
    for info in infos:
        starts = [0] + [k + 1 for k, c in enumerate(info.norm) if c == "。"]
        row = []
        for s in starts:
            side = sentence_side(info.norm[s:]) or side
            row.append((s, side))
        out.append(row)
    return out


def _side_at(row: list[tuple[int, str | None]], pos: int) -> str | None:
    return next((side for start, side in reversed(row) if start <= pos), None)


def _changed(info: LineInfo, m: Mention) -> bool:
    """The figure's sentence adds or cuts it: a change verb after it before the sentence ends, with no result (`…7,686億円
    となり`: the total after the supplementary), subject (`…が計上され`) or new topic (`特別会計は、`) between; not a base
    the change is added to (`既定額222億円に…を追加`),
    a change from last year (`前年度より…の増額`), a noun's size (`6億円の補正予算案`) or a change of a rate (`単価を500円増額`)."""
    end = info.norm.find("。", m.end)
    rest, w = info.norm[m.end:end if end >= 0 else len(info.norm)], _words()
    at = min((k for k in (rest.find(v) for v in w["change_verbs"]) if k >= 0), default=-1)
    if at <= 0 or rest.startswith("に") or rest.startswith("の") and not rest[1:].startswith(w["change_verbs"]):
        return False
    before = info.norm[max(0, info.norm.rfind("、", 0, m.start), info.norm.rfind("。", 0, m.start)):m.start]
    return not any(r in rest[:at] for r in w["results"]) and not any(x in before for x in w["whole_before"]) \
        and not any(x in before for x in w["compared_before"])  # (`前年度と比べて2億円の減額`: a change from last year)


def _prose(info: LineInfo, m: Mention) -> bool:
    """The figure stands in a sentence of prose, not a table flattened into one long line."""
    start, end = info.norm.rfind("。", 0, m.start) + 1, info.norm.find("。", m.end)
    return end >= 0 and end - start <= _SENTENCE_MAX


def apply(m: Mention, info: LineInfo, row: list[tuple[int, str | None]], kind: str | None) -> None:
    """Under a supplementary's scope, a prose figure in a sentence opening on the revenue side is a source (`other`; a side
    carried from a sentence before unmakes no role another pass gave); one its sentence adds or cuts on the spending side
    or an account is the supplementary."""
    if kind != "supplementary_budget" or m.role_source not in _OPEN or m.per is not None or not _prose(info, m):
        return
    side, start = _side_at(row, m.start), info.norm.rfind("。", 0, m.start) + 1
    if side == REVENUE and m.role in BUDGET_ROLES and sentence_side(info.norm[start:]) == REVENUE:  # (its own sentence's)
        m.role, m.role_source = "other", "revenue"
    elif side == SPENDING and m.role in ("other", "budget") and _changed(info, m):
        m.role, m.role_source = "supplementary_budget", "scope"
