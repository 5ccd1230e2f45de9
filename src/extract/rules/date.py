"""Dates as ISO strings: `令和６年５月９日` -> 2024-05-09, `2024年５月` -> 2024-05, `2009-2011 年`,
`４月10～11日` (the deck's own year), `2024年4月23日（火）～24日（水）`, `2023年10月から2024年9月`."""
from __future__ import annotations

import re

from .engine import Parsed, Pattern, RuleContext
from .eras import era_regex, gregorian
from .fragments import RANGE, SP, WEEKDAY, not_after

_M = r"(?P<{p}m>\d{{1,2}})\s?月"
_D = r"(?P<{p}d>\d{{1,2}})\s?日"
_TO = rf"(?:{RANGE}|から)"


def _year_end() -> str:
    """年 followed by these is no calendar year (stop-words: 年度, 年版, 年間 ...)."""
    return not_after("date", "year_not_after")


def _y(p: str) -> str:
    return rf"{era_regex(p)}{SP}年"


def _iso(y: int | None, m: str | None = None, d: str | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    mi = int(m)
    if not 1 <= mi <= 12:
        return None
    if d is None:
        return f"{y:04d}-{mi:02d}"
    di = int(d)
    if not 1 <= di <= 31:
        return None
    return f"{y:04d}-{mi:02d}-{di:02d}"


def _range_parsed(lo: str | None, hi: str | None) -> Parsed | None:
    if lo is None or hi is None:
        return None
    return Parsed(lo, hi)


# ---- the table: (name, regex builder, parser) ------------------------------------------------

def _ymd_range() -> str:
    return (rf"{_y('a')}{SP}{_M.format(p='a')}{SP}{_D.format(p='a')}{WEEKDAY}{_TO}"
            rf"(?:{_y('b')}{SP})?(?:{_M.format(p='b')}{SP})?{_D.format(p='b')}")


def _parse_ymd_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    g = m.groupdict()
    ya = gregorian(g, "a")
    yb = gregorian(g, "b") or ya
    lo = _iso(ya, g["am"], g["ad"])
    hi = _iso(yb, g["bm"] or g["am"], g["bd"])
    return _range_parsed(lo, hi) if lo and hi and lo <= hi else None


def _ym_range() -> str:
    return rf"{_y('a')}{SP}{_M.format(p='a')}{_TO}(?:{_y('b')}{SP})?{_M.format(p='b')}"


def _parse_ym_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    g = m.groupdict()
    ya = gregorian(g, "a")
    yb = gregorian(g, "b") or ya
    lo, hi = _iso(ya, g["am"]), _iso(yb, g["bm"])
    return _range_parsed(lo, hi) if lo and hi and lo <= hi else None


def _y_m_m() -> str:
    # 令和６年３～１１月
    return rf"{_y('a')}{SP}(?P<am>\d{{1,2}}){RANGE}{_M.format(p='b')}"


def _parse_y_m_m(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    g = m.groupdict()
    y = gregorian(g, "a")
    lo, hi = _iso(y, g["am"]), _iso(y, g["bm"])
    return _range_parsed(lo, hi) if lo and hi and lo <= hi else None


def _ymd() -> str:
    return rf"{_y('a')}{SP}{_M.format(p='a')}{SP}{_D.format(p='a')}"


def _ym() -> str:
    return rf"{_y('a')}{SP}{_M.format(p='a')}"


def _parse_point(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    g = m.groupdict()
    v = _iso(gregorian(g, "a"), g.get("am"), g.get("ad"))
    return Parsed(v, v) if v else None


def _years_range() -> str:
    # 2009-2011 年 (both four-digit years)
    return r"(?<![\d.,])(?P<g1>(?:19|20)\d{2})\s?[-~]\s?(?P<g2>(?:19|20)\d{2})\s?年" + _year_end()


def _parse_years_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    a, b = int(m.group("g1")), int(m.group("g2"))
    return Parsed(f"{a:04d}", f"{b:04d}") if a <= b else None


def _year() -> str:
    return _y("a") + _year_end()


def _md_range() -> str:
    # ４月10～11日, ６月27～29日 (year from the deck); 4月30日～5月2日
    return (rf"(?<![\d年])(?<!年\s){_M.format(p='a')}{SP}(?P<ad>\d{{1,2}})(?:\s?日)?{WEEKDAY}{RANGE}"
            rf"(?:{_M.format(p='b')}{SP})?{_D.format(p='b')}")


def _parse_md_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None:
        return None
    g = m.groupdict()
    lo = _iso(ctx.deck_year, g["am"], g["ad"])
    hi = _iso(ctx.deck_year, g["bm"] or g["am"], g["bd"])
    if lo and hi and hi < lo:  # 12/29～1/3 wraps into the next year
        hi = _iso(ctx.deck_year + 1, g["bm"] or g["am"], g["bd"])
    return _range_parsed(lo, hi)


def _md() -> str:
    return rf"(?<![\d年])(?<!年\s){_M.format(p='a')}{SP}{_D.format(p='a')}"


def _parse_md(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None:
        return None
    v = _iso(ctx.deck_year, m.group("am"), m.group("ad"))
    return Parsed(v, v) if v else None


PATTERNS: list[Pattern] = [
    Pattern("date", "ymd_range", _ymd_range, _parse_ymd_range, needs="年"),
    Pattern("date", "ym_range", _ym_range, _parse_ym_range, needs="年"),
    Pattern("date", "y_m_m", _y_m_m, _parse_y_m_m, needs="年"),
    Pattern("date", "ymd", _ymd, _parse_point, needs="年"),
    Pattern("date", "ym", _ym, _parse_point, needs="年"),
    Pattern("date", "years_range", _years_range, _parse_years_range, needs="年"),
    Pattern("date", "year", _year, _parse_point, needs="年"),
    Pattern("date", "md_range", _md_range, _parse_md_range, needs="日"),
    Pattern("date", "md", _md, _parse_md, needs="日"),
]


def _slash_range() -> str:
    # 12/29～1/3 (a closure period): only as a range, since a lone 1/2 is a fraction
    return r"(?<![\d/])(?P<am>\d{1,2})/(?P<ad>\d{1,2})" + RANGE.replace("\\-", "") + r"(?P<bm>\d{1,2})/(?P<bd>\d{1,2})(?![\d/])"


PATTERNS.append(Pattern("date", "slash_range", _slash_range, _parse_md_range, needs="/"))


def _month_period() -> str:
    # 10月下旬頃 in a schedule: a year-less month pinned by 上旬/中旬/下旬 (毎年4月 recurs: not a date)
    return r"(?<![\d年/])(?<!毎年)(?<!毎年\s)(?P<am>\d{1,2})\s?月(?=\s?[上中下]旬)"


def _parse_month_period(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = _iso(ctx.deck_year, m.group("am")) if ctx.deck_year else None
    return Parsed(v, v) if v else None


PATTERNS.append(Pattern("date", "month_period", _month_period, _parse_month_period, needs="旬"))
