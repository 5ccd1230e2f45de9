"""A respective list (fresh16b: `被災した農家の支援や農地防災事業にもそれぞれ40億円、36億円を支出した`): the figures after
`それぞれ` go one to each of the works named before it, in order, and the later figures are the first's kind of money."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import alternation
from .labels import LineInfo

#: how many figures a respective list holds at most
_MAX = 4
#: what joins the figures of a respective list
_JOIN = re.compile(r"\s*[、，,と]\s*")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What opens a respective list (after the works: `…事業にもそれぞれ`) and what joins the works named before it
    (`…の支援や…事業`, `道路と橋梁`): roles.json respective."""
    t = load("roles")["respective"]
    opens, approx, joins = (alternation(t[k]) for k in ("opens", "approx", "works_joins"))
    return re.compile(rf"{opens}\s*{re.escape(t['word'])}\s*{approx}?\s*$"), re.compile(rf"\s*{joins}\s*")


def _start(a: Mention) -> int:
    return a.start


def figures(info: LineInfo, m: Mention) -> list[Mention]:
    """The respective list the figure stands in, first to last (empty where it stands in none)."""
    k = bisect_left(info.amounts, m.start, key=_start)  # (no list of the line's starts per figure: a long line stays linear)
    first = k
    while first > max(0, k - _MAX) and _JOIN.fullmatch(info.norm, info.amounts[first - 1].end, info.amounts[first].start):
        first -= 1
    head = info.amounts[first]
    if _patterns()[0].search(info.norm, max(0, head.start - 12), head.start) is None:
        return []
    last = k
    while last + 1 < len(info.amounts) and last + 1 - first < _MAX \
            and _JOIN.fullmatch(info.norm, info.amounts[last].end, info.amounts[last + 1].start):
        last += 1
    return info.amounts[first:last + 1]


def first_of(info: LineInfo, m: Mention) -> Mention | None:
    """The first figure of the respective list a later figure stands in (None for the first, or outside one)."""
    listed = figures(info, m)
    return listed[0] if listed and listed[0] is not m else None


def work(info: LineInfo, m: Mention) -> str | None:
    """The work the figure goes to: the works named before `それぞれ`, as many as the figures, in order (None otherwise)."""
    listed = figures(info, m)
    if len(listed) < 2:
        return None
    head = listed[0]
    start = max(info.norm.rfind(c, 0, head.start) for c in "。、，")
    opened_by, joins = _patterns()
    opened = opened_by.search(info.norm, max(0, head.start - 12), head.start)
    if opened is None or any(start < y.start < opened.start() for y in info.fiscal_years):
        return None  # (`令和8年度と令和9年度にそれぞれ`: years, no works)
    works = [w.strip(" 　") for w in joins.split(info.norm[start + 1:opened.start()])]
    works = [w for w in works if w]
    if len(works) != len(listed) or any(len(w) < 2 for w in works):
        return None
    return works[next(n for n, a in enumerate(listed) if a is m)]
