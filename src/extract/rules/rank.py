"""Ranks: `１位`, `10 位`, `1～3位`; 以内/以降 become open ends through the qualifiers; first place in a scope
(`世界一`, `日本一の`: `ranks.json`)."""
from __future__ import annotations

import re

from ..dictionary import load
from ._interval import interval, number
from .engine import Parsed, Pattern, RuleContext
from .fragments import AT_NUM, NUM, RANGE, SP, not_after


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
    # 過去2番目の予算規模, 史上3番目, 2番目に大きい: a place in an ordering by size (ranks.json ordering_*)
    r = load("ranks")
    before = "|".join(f"(?<={re.escape(w)})" for w in r["ordering_before"])
    after = "|".join(re.escape(w) for w in r["ordering_after"])
    sizes = "|".join(re.escape(w) for w in r["ordering_sizes"])
    return rf"(?:(?:{before})\s?(?P<one>{NUM})\s?番目|(?P<two>{NUM})\s?番目(?=\s?(?:{after}|に[^\s、。]{{1,6}}?が(?:{sizes}))))"


def _place(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = number(m.group("one") or m.group("two"))
    iv = interval(v, v)
    return Parsed(*iv, "rank") if iv else None


PATTERNS: list[Pattern] = [Pattern("rank", "rank", _regex, parse, needs="位"),
                           Pattern("rank", "ordering", _ordering, _place, needs="番"),
                           Pattern("rank", "first_place", _first_place, _first, needs="一")]
