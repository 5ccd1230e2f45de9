"""Money amounts normalized to yen: `1,950百万円`, `40兆9,056億円`, `15百万～30百万円`, `数千万～1億円`, `+30円`."""
from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import multipliers, parse_compound, to_number
from .engine import Parsed, Pattern, RuleContext
from .fragments import RANGE, SIGN, SP, N, multiplier


def _core() -> str:
    m = multiplier()
    # 40兆9,056億 / 3億5千万 / 数千万 / 1,950
    return rf"(?:(?:{N}|(?<![\u4e00-\u9fff])数){SP}{m}(?:{SP}{N}{SP}{m}){{0,3}}(?:{SP}{N}(?!{SP}[\d,]))?|{N})"


def _single() -> str:
    return rf"{SIGN}(?P<hi>{_core()}){SP}円"


def _range() -> str:
    return rf"{SIGN}(?P<lo>{_core()})(?:{SP}円)?{RANGE}(?P<hi>{_core()}){SP}円"


def _value(text: str, fallback_mult: str | None = None) -> tuple[Decimal | None, str | None, bool]:
    """(yen, last multiplier, vague) for one end; a bare end takes `fallback_mult` (the other end's unit)."""
    value, last = parse_compound(text)
    vague = "数" in text
    if value is not None and last is None and fallback_mult:
        value = value * multipliers()[fallback_mult]
    return value, last, vague


def _sign(m: re.Match[str]) -> int:
    return -1 if m.group("sign") in ("▲", "△", "-") else 1


def parse_single(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    value, _, vague = _value(m.group("hi"))
    if value is None and not vague:
        return None
    v = to_number(value * _sign(m)) if value is not None else None
    return Parsed(v, v, "yen", ["approx"] if vague else [])


def parse_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    hi, hi_mult, hi_vague = _value(m.group("hi"))
    lo, _, lo_vague = _value(m.group("lo"), hi_mult)
    if hi is None and lo is None:
        return None
    s = _sign(m)
    if lo is not None and hi is not None and lo > hi:
        return None
    return Parsed(to_number(lo * s) if lo is not None else None, to_number(hi) if hi is not None else None,
                  "yen", ["approx"] if (lo_vague or hi_vague) else [])


PATTERNS: list[Pattern] = [
    Pattern("amount", "yen_range", _range, parse_range, needs="円"),
    Pattern("amount", "yen", _single, parse_single, needs="円"),
]
