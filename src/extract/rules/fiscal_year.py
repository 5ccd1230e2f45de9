"""Fiscal years: `令和6年度` -> 2024, `H26年度`, `2007年度`, ranges `令和3年度～令和4年度`, open `平成21年度～`."""
from __future__ import annotations

import re

from .engine import Parsed, Pattern, RuleContext
from .eras import era_regex, gregorian
from .fragments import RANGE, SP, era_year_start

_FY = "年度"


def _one() -> str:
    return rf"{era_regex('a')}{SP}{_FY}"


def _range() -> str:
    # 令和3年度～令和4年度, 令和3～4年度
    return (rf"{era_regex('a')}{SP}(?:{_FY})?{RANGE}(?:{era_regex('b')}|(?P<bnum>\d{{1,2}})){SP}{_FY}")


def _open() -> str:
    # 平成21年度～ (from that year on): the ~ is not followed by another year
    return rf"{era_regex('a')}{SP}{_FY}\s?~(?!\s?{era_year_start()})"


def parse_one(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    y = gregorian(m.groupdict(), "a")
    return Parsed(y, y) if y else None


def parse_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    g = m.groupdict()
    a = gregorian(g, "a")
    if g.get("bnum"):
        if not g.get("aera"):
            return None
        b = gregorian({"bera": g["aera"], "by": g["bnum"]}, "b")
    else:
        b = gregorian(g, "b")
    if a is None or b is None or a > b:
        return None
    return Parsed(a, b)


def parse_open(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    a = gregorian(m.groupdict(), "a")
    return Parsed(a, None) if a else None


PATTERNS: list[Pattern] = [
    Pattern("fiscal_year", "fy_range", _range, parse_range, needs="度"),
    Pattern("fiscal_year", "fy_open", _open, parse_open, needs="度"),
    Pattern("fiscal_year", "fy", _one, parse_one, needs="度"),
]
