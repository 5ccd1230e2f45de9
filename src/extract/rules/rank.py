"""Ranks: `１位`, `10 位`, `1～3位`; 以内/以降 become open ends through the qualifiers; first place in a scope
(`世界一`, `日本一の`: `ranks.json`)."""
from __future__ import annotations

import re

from ..dictionary import load
from ._interval import interval, number
from .engine import Parsed, Pattern, RuleContext
from .fragments import AT_NUM, NUM, RANGE, SP, alternation, not_after


def _regex() -> str:
    return rf"{AT_NUM}(?:(?P<lo>{NUM}){SP}位?{RANGE})?(?P<hi>{NUM}){SP}位{not_after('rank')}"


def parse(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    hi = number(m.group("hi"))
    lo = number(m.group("lo")) if m.group("lo") else hi
    iv = interval(lo, hi)
    return Parsed(*iv, "rank") if iv else None


def _first_place() -> str:
    scopes = "|".join(re.escape(w) for w in sorted(load("ranks")["first_place"], key=len, reverse=True))
    return rf"(?:{scopes})一(?![一-龥々〇])"


def _first(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    """First place is exact: no rank stands above it, so a cap after it (`世界一まで拡大`) adds nothing."""
    return Parsed(1, 1, "rank", closed=True)


def _ordering() -> str:
    # 過去2番目の予算規模, 史上3番目, 2番目に大きい, 2番目に面積が小さい: a place in an ordering by size (ranks.json)
    r = load("ranks")
    before = "|".join(f"(?<={re.escape(w)})" for w in r["ordering_before"])
    after = alternation(r["ordering_after"])
    # the size closes as an adjective (多い, not 多田); a measure named before it is a noun, no kana (not 挙げたのが)
    size = rf"{alternation(r['ordering_sizes'])}{alternation(r['size_endings'])}"
    measure = rf"(?:[一-龥々ァ-ヶー]{{1,6}}{alternation(r['measure_particles'])})?"
    return rf"(?:(?:{before})\s?(?P<one>{NUM})\s?番目|(?P<two>{NUM})\s?番目(?=\s?(?:{after}|に{measure}{size})))"


def _place(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = number(m.group("one") or m.group("two"))
    iv = interval(v, v)
    return Parsed(*iv, "rank") if iv else None


PATTERNS: list[Pattern] = [Pattern("rank", "rank", _regex, parse, needs="位"),
                           Pattern("rank", "ordering", _ordering, _place, needs="番"),
                           Pattern("rank", "first_place", _first_place, _first, needs="一")]
