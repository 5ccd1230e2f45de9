"""Percents: `55％`, `20～25％`, `▲0.4%`, and 割 (`約8割` -> 80)."""
from __future__ import annotations

import re
from decimal import Decimal

from ._interval import interval, number, signed
from .engine import Parsed, Pattern, RuleContext
from .fragments import AT_NUM, NAKAGURO_POINT, NUM, RANGE, SIGN, SIGN_BODY, SP, negative, not_after

_PCT = r"(?:%|パーセント)"


def _regex() -> str:
    return (rf"{SIGN}(?P<lo>{NUM})(?:{SP}{_PCT})?{RANGE}(?P<hi>{NUM}){SP}{_PCT}"
            rf"|(?P<sign1>{SIGN_BODY})?(?P<one>{NUM}|{NAKAGURO_POINT}){SP}{_PCT}")


def _wari_regex() -> str:
    # ２割引 (a discount of 20%) keeps the 割 reading: text ２割
    return rf"{AT_NUM}(?:(?P<lo>{NUM}){SP}割?{RANGE})?(?P<hi>{NUM}){SP}割{not_after('percent', 'wari_not_after')}"


#: a figure of four or more ungrouped digits with a decimal (`26033.3%`): two cells a flattened table fused (260 and
#: 33.3%), no rate as written (a ratio past 1,000% is printed whole: `1250%`)
_FUSED = re.compile(r"\d{4,}\.\d")


def parse(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if m.group("one") is not None:
        if _FUSED.fullmatch(m.group("one")):
            return None
        v = number(m.group("one").replace("・", "."))
        if v is not None and negative(m.groupdict().get("sign1")):
            v = -v
        iv = interval(v, v)
        return Parsed(*iv, "percent") if iv else None
    iv = interval(signed(m, number(m.group("lo"))), number(m.group("hi")))
    return Parsed(*iv, "percent") if iv else None


def parse_wari(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    hi = number(m.group("hi"))
    lo = number(m.group("lo")) if m.group("lo") else hi
    iv = interval(lo, hi, Decimal(10))
    return Parsed(*iv, "percent") if iv else None


def _after_group() -> str:
    # 1,46720.3%: a grouped figure (1,467) and a rate fused by a flattened table; the grouping says where the first
    # cell ends (three digits after its last comma), so the rest is the rate, read as written
    return r"(?<=\d,\d{3})(?P<one>\d{1,3}(?:\.\d{1,2})?)\s?%"


PATTERNS: list[Pattern] = [
    Pattern("percent", "percent", _regex, parse, needs="%パ"),
    Pattern("percent", "after_group", _after_group, parse, needs="%"),
    Pattern("percent", "wari", _wari_regex, parse_wari, needs="割"),
]
