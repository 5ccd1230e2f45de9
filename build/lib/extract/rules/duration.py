"""Durations: `５年間`, `３～５年間`, `3か月～1年` (mixed: both ends in the smaller unit), `1～3週間`."""
from __future__ import annotations

import re
from decimal import Decimal

from ..dictionary import load
from ._interval import interval, number
from .engine import Parsed, Pattern, RuleContext
from .fragments import NUM, RANGE, SP, duration_unit

# in days, only to order units and convert a mixed range into the smaller one
_SIZE = {"year": Decimal("365.25"), "month": Decimal("30.4375"), "week": Decimal(7), "day": Decimal(1), "hour": Decimal(1) / 24}
_EXACT = {("year", "month"): Decimal(12), ("week", "day"): Decimal(7), ("day", "hour"): Decimal(24)}

# after 年: these make it something else (年度 fiscal year, 年目 ordinal, 年生 school year, 年末 a date ...)
_NOT_AFTER = r"(?!度|目|生|代|次|末|始|版|号|頃|平均|\s?[0-9]{1,2}\s?月)"


def _regex() -> str:
    u = duration_unit()
    return (rf"(?P<lo>{NUM})(?:{SP}(?P<lounit>{u}))?{RANGE}(?P<hi>{NUM}){SP}(?P<unit>{u}){_NOT_AFTER}"
            rf"|(?P<one>{NUM}){SP}(?P<unit1>{u}){_NOT_AFTER}")


def _unit(word: str) -> str:
    return load("durations")[word]


def _convert(value: Decimal | None, src: str, dst: str) -> Decimal | None:
    if value is None or src == dst:
        return value
    factor = _EXACT.get((src, dst)) or (_SIZE[src] / _SIZE[dst])
    return value * factor


def parse(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if m.group("one") is not None:
        unit = _unit(m.group("unit1"))
        text = m.group("one")
        if unit == "year" and re.fullmatch(r"\d{4}", text):
            return None  # 2020年 is a date
        v = number(text)
        iv = interval(v, v)
        return Parsed(*iv, unit) if iv else None
    hi_unit = _unit(m.group("unit"))
    lo_unit = _unit(m.group("lounit")) if m.group("lounit") else hi_unit
    if re.fullmatch(r"\d{4}", m.group("hi")) and hi_unit == "year":
        return None
    unit = lo_unit if _SIZE[lo_unit] < _SIZE[hi_unit] else hi_unit
    iv = interval(_convert(number(m.group("lo")), lo_unit, unit), _convert(number(m.group("hi")), hi_unit, unit))
    return Parsed(*iv, unit) if iv else None


PATTERNS: list[Pattern] = [Pattern("duration", "duration", _regex, parse, needs="年月週日間")]
