"""Money amounts normalized to yen: `1,950百万円`, `40兆9,056億円`, `15百万～30百万円`, `数千万～1億円`, `+30円`."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..dictionary import stopwords
from ..numbers import multipliers, parse_compound, to_number
from .engine import Parsed, Pattern, RuleContext
from .fragments import RANGE, SIGN, SP, N, alternation, multiplier


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


def _implied() -> str:
    # 予算費1640.9億, 売上が数百万から、数千万: a figure with a multiplier and no 円, in a sentence about money
    m = multiplier()
    return (rf"{SIGN}(?P<hi>(?:{N}|(?<![\u4e00-\u9fff])数){SP}{m}(?:{N}{m}){{0,3}})"
            r"(?![\d,.]|\s?円|\s?[\u4e00-\u9fff\u30a1-\u30faA-Za-z%])")


_SENTENCE = 30  # how far back a money word may stand (within the sentence)


@lru_cache(maxsize=1)
def _money_words() -> re.Pattern[str]:
    return re.compile(alternation(stopwords("amount")["money_words"]))


def parse_implied(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    before = m.string[max(0, m.start() - _SENTENCE):m.start()]
    before = before[before.rfind("。") + 1:]
    if not _money_words().search(before):
        return None
    return parse_single(m, ctx)


def reset() -> None:
    _money_words.cache_clear()


PATTERNS: list[Pattern] = [
    Pattern("amount", "yen_range", _range, parse_range, needs="円"),
    Pattern("amount", "yen", _single, parse_single, needs="円"),
    Pattern("amount", "yen_implied", _implied, parse_implied, needs="万億兆"),
]
