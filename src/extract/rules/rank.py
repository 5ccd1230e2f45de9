"""Ranks: `１位`, `10 位`, `1～3位`; 以内/以降 become open ends through the qualifiers."""
from __future__ import annotations

import re

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


PATTERNS: list[Pattern] = [Pattern("rank", "rank", _regex, parse, needs="位")]
