"""Durations written with calendar words (issue 23): `６月以内`, `21日以上`, `１月以上１年未満` (a bare 月 or 日
before a quantity's bound word is a span: a date takes まで/以降), `出願から１８月` (no month of a year is
past 12), and `１年６ヶ月` (years then months: one period, in months). Words in `dictionary/durations.json`."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import duration_spellings, load, words
from ._interval import interval, number
from .engine import Parsed, Pattern, RuleContext
from .fragments import AT_NUM, NUM, SP, alternation, era

#: not the month or day of a written date (2024年6月, 6/1, 4月1日), nor inside a decimal
_FREE = r"(?<![\d年月/.])(?<!年\s)"


@lru_cache(maxsize=1)
def _bare() -> tuple[dict[str, str], str]:
    table = load("durations")
    # a bound word after either unit, or one of the day's own after 日 (1日限り)
    day_only = alternation(table["day_only_bounds"])
    return words(table["bare_units"]), rf"(?:{alternation(table['bare_unit_bounds'])}|(?<=日){day_only})"


def reset() -> None:
    _bare.cache_clear()


def _bare_unit() -> str:
    units, bounds = _bare()
    # 6月以内 (either unit, before a bound word), or 18月 (a month number no year has; not 18月分, 18月号)
    return (rf"{_FREE}{AT_NUM}(?P<one>{NUM}){SP}(?P<unit1>{alternation(units)})(?=\s?{bounds})"
            rf"|{_FREE}{AT_NUM}(?P<big>\d{{2,3}}){SP}(?P<bigunit>月)(?![\s\d日分号期末頃中]|以降|まで|から|より)")


def parse_bare_unit(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    units, _ = _bare()
    if m.group("big") is not None:
        v = number(m.group("big"))
        if v is None or v <= 12:
            return None
        iv = interval(v, v)
        return Parsed(*iv, "month") if iv else None
    v = number(m.group("one"))
    iv = interval(v, v)
    return Parsed(*iv, units[m.group("unit1")]) if iv else None


def _month_spellings() -> str:
    return alternation(w for w, u in duration_spellings().items() if u == "month")


def _years_months() -> str:
    # １年６ヶ月, 2年3か月間: the year part must not be a calendar year (2024年6か月 is no period)
    return rf"(?<![\d.,]){AT_NUM}(?P<y>\d{{1,2}}|[一二三四五六七八九十]+){SP}年{SP}(?P<m>{NUM}){SP}{_month_spellings()}"


def parse_years_months(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    y, mo = number(m.group("y")), number(m.group("m"))
    if y is None or mo is None or mo >= 12:
        return None
    iv = interval(y * 12 + mo, y * 12 + mo)
    return Parsed(*iv, "month") if iv else None


def _fiscal_years() -> str:
    # ５年度程度, 3年度間: a number of fiscal years (an era before it makes it one fiscal year: 令和5年度程度)
    after = alternation(load("durations")["fiscal_years_span_before"])
    return rf"(?<![\d.,/]){AT_NUM}(?P<one>\d{{1,2}}|[一二三四五六七八九十]+){SP}年度(?={after})"


def parse_fiscal_years(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    before = m.string[max(0, m.start() - 6):m.start()].rstrip()
    if re.search(rf"(?:{era()}|[RHS])\Z", before):
        return None
    v = number(m.group("one"))
    iv = interval(v, v)
    return Parsed(*iv, "year") if iv else None


PATTERNS: list[Pattern] = [
    Pattern("duration", "fiscal_years", _fiscal_years, parse_fiscal_years, needs="度"),
    Pattern("duration", "bare_unit", _bare_unit, parse_bare_unit, needs="月日"),
    Pattern("duration", "years_months", _years_months, parse_years_months, needs="月"),
]
