"""Durations: `５年間`, `３～５年間`, `3か月～1年` (mixed: both ends in the smaller unit), `1～3週間`, `二年間`,
`15開庁日`, `週2日`. Units and their sizes in days are data (`dictionary/durations.json`)."""
from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from ..dictionary import duration_spellings, load, stopwords, unit_fractions
from . import duration_spans, short_years
from ._interval import interval, number
from .engine import Parsed, Pattern, RuleContext
from .fragments import AT_NUM, NUM, RANGE, SP, alternation, duration_unit, era, not_after

# three or more `N年` standing alone on a line are a chart axis of years
_AXIS = re.compile(r"(?:^|(?<=\s))\d{1,2}\s?年(?=\s|$)")

# `昭和60年 63年 平成3年 6年`, `平成 ４年 ７年`: bare N年 tokens after an era year (or an era name) on the same line
# are that era's years, written without the era again (a chart axis or a table header)
@lru_cache(maxsize=1)
def _era_chain() -> re.Pattern[str]:
    return re.compile(rf"(?:{era()})\s?(?:(?:\d{{1,2}}|元)\s?年)?(?:\s+\d{{1,2}}\s?年)*\s+\Z")


_TOKEN_END = re.compile(r"\s|\Z")
_FOUR_DIGITS = re.compile(r"\d{4}")


def reset() -> None:
    _era_chain.cache_clear()
    _sizes.cache_clear()
    _minute_after.cache_clear()
    _clock.cache_clear()
    _half.cache_clear()
    _price_after.cache_clear()
    duration_spans.reset()
    short_years.reset()


# 年 followed by a month (or a range of months) is a date (2024年 5月, 19年4~5月), whatever the stop-words say
_NOT_MONTH = r"(?!\s?[0-9]{1,2}(?:\s?[~\-]\s?[0-9]{1,2})?\s?月)"


def _not_name() -> str:
    """Not glued to a measure's name its span begins (durations.json name_heads: 5か年加速化対策, 10か年戦略)."""
    return r"(?![\u4e00-\u9fff]{0,6}?" + alternation(load("durations")["name_heads"]) + ")"


def _regex() -> str:
    u = duration_unit()
    stop = not_after("duration") + _NOT_MONTH + _not_name()
    # 週2日 (two days a week) is a duration of days; 週 itself is then a per-rate, not part of the number
    return (rf"{AT_NUM}(?:(?P<lo>{NUM})(?:{SP}(?P<lounit>{u}))?{RANGE}(?P<hi>{NUM}){SP}(?P<unit>{u}){stop}"
            rf"|(?P<one>{NUM}){SP}(?P<unit1>{u}){stop})")


def _unit(word: str) -> str:
    return _spellings()[word.replace(" ", "")]


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """The duration spellings, read once (asked per duration read)."""
    return duration_spellings()


@lru_cache(maxsize=1)
def _minute_after() -> re.Pattern[str]:
    return re.compile(r"\s*\Z|" + alternation(stopwords("duration")["minute_after"]))


_ARABIC = re.compile(r"[\d.,]+")
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]")


def _bare_minute(m: re.Match[str]) -> bool:
    """A bare `分` not followed by a word that makes it minutes (3分の1 a fraction, 4月分, 10分野), or after a
    kanji numeral (十分 is "enough")."""
    unit = (m.group("unit1") or m.group("unit") or "").replace(" ", "")
    if unit != "分":
        return False
    number = m.group("one") or m.group("hi") or ""
    clock = _clock().search(m.string, max(0, m.start() - 6), m.start()) is not None
    return clock or not _ARABIC.fullmatch(number) or not _minute_after().match(m.string, m.end())


@lru_cache(maxsize=1)
def _clock() -> re.Pattern[str]:
    """`10時00分`: the hour of a clock time right before the minutes (not 1時間30分, a span)."""
    return re.compile(rf"\d\s?(?:{alternation(stopwords('duration')['clock_hour'])})\s?\Z")


def _in_name(m: re.Match[str]) -> bool:
    """`国土強靱化３か年緊急対策`: a か年 span glued inside a compound names a measure, no period (GUIDE: numbers
    inside names); `3か年で実施`, `ための5か年計画` (the wild gold counts it) are periods."""
    unit = (m.group("unit1") or m.group("unit") or "").replace(" ", "")
    glued_before = m.start() > 0 and _NAME_GOES_ON.match(m.string, m.start() - 1) is not None
    return unit[-1:] == "年" and len(unit) > 1 and glued_before and _NAME_GOES_ON.match(m.string, m.end()) is not None


@lru_cache(maxsize=1)
def _half() -> re.Pattern[str]:
    h = load("durations")["half"]
    return re.compile(rf"{re.escape(h['word'])}(?!{alternation(h['not_before'])})")


def _half_after(m: re.Match[str]) -> str:
    """`1年半`, `3か月半`: 半 right after the unit adds half a unit (not 1年半ば, 2年半期)."""
    h = _half().match(m.string, m.end())
    return h.group(0) if h else ""


@lru_cache(maxsize=1)
def _price_after() -> re.Pattern[str]:
    d = load("durations")["rate_price"]
    figure = r"[0-9千百十一二三四五六七八九][0-9,.千百十万億一二三四五六七八九]*"
    return re.compile(rf"(?:{alternation(d['figure_words'])}\s?)?{figure}(?:\s?[~〜～\-]\s?{figure})?\s?(?:{alternation(d['units'])})")


def _rate_period(m: re.Match[str], value: Decimal | None) -> bool:
    """`1か月2万円`, `1時間1,000円以下`: one unit right before a price is the period it is charged per (durations.json
    rate_price), no span; `3か月で5万円`, `1年間で120万円` keep theirs, and so does a table's spaced next cell (`1年 100万円`)."""
    return value == 1 and _price_after().match(m.string, m.end()) is not None


def _return_period(m: re.Match[str]) -> bool:
    """`1000年に一度`: a span of years between events, however many digits it has."""
    return any(m.string.startswith(w, m.end()) for w in stopwords("duration")["return_after"])


@lru_cache(maxsize=1)
def _sizes() -> dict[str, Fraction]:
    """The units' exact sizes, built once (each read makes a Fraction per unit; read by every duration)."""
    return unit_fractions()


def _convert(value: Decimal | None, src: str, dst: str) -> Decimal | None:
    """`value` src-units in dst-units, exact where the sizes are (12 months a year, 24 hours a day)."""
    if value is None or src == dst:
        return value
    sizes = _sizes()
    factor = sizes[src] / sizes[dst]
    return value * Decimal(factor.numerator) / Decimal(factor.denominator)


def parse(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if _bare_minute(m) or _in_name(m):
        return None
    if m.group("one") is not None:
        unit = _unit(m.group("unit1"))
        text = m.group("one")
        if unit == "year" and ((re.fullmatch(r"\d{4}", text) and not _return_period(m)) or re.fullmatch(r"\d+\.\d{3,}", text)):
            return None  # 2020年 is a date (1000年に一度 a return period); ２．2030年 a section number before one
        # (looked for near the match only: a whole long line per match would be quadratic)
        if unit == "year" and len(_AXIS.findall(m.string, max(0, m.start() - 40), m.end() + 40)) >= 3:
            return None  # 35年 40年 45年 …: era years on a chart axis (the era printed once), not spans
        if (m.group("unit1") == "年" and _TOKEN_END.match(m.string, m.end())
                and _era_chain().search(m.string[max(0, m.start() - 40):m.start()])):
            return None
        if m.group("unit1") == "年" and m.string.endswith(tuple(load("durations")["school_year_before"]), 0, m.start()):
            return None  # `三浦さん(3年)`: a pupil's grade
        if m.group("unit1") == "年" and short_years.names_a_year(m.string, m.start(), m.end(), text,
                                                                       ctx.deck_year or ctx.year_written):
            return None  # `16年に国体の…`, `28年分の収支報告` in a 平成28 deck: a year without its era, no span
        v = number(text)
        if _rate_period(m, v):
            return None
        half = _half_after(m)
        if half and v is not None:
            v += Decimal("0.5")  # 1年半, 2か月半: half a unit more
        iv = interval(v, v)
        return Parsed(*iv, unit, end=m.end() + len(half)) if iv and _published(unit) else None
    hi_unit = _unit(m.group("unit"))
    lo_unit = _unit(m.group("lounit")) if m.group("lounit") else hi_unit
    if _FOUR_DIGITS.fullmatch(m.group("hi")) and hi_unit == "year":
        return None
    sizes = _sizes()
    if lo_unit not in sizes or hi_unit not in sizes:
        if lo_unit != hi_unit:
            return None  # a unit without a size cannot be ordered against another
        unit = hi_unit
    else:
        unit = lo_unit if sizes[lo_unit] < sizes[hi_unit] else hi_unit
    iv = interval(_convert(number(m.group("lo")), lo_unit, unit), _convert(number(m.group("hi")), hi_unit, unit))
    return Parsed(*iv, unit) if iv and _published(unit) else None


def _published(unit: str) -> bool:
    """A span in the GUIDE's units (durations.json unpublished_units: not minutes, which no gold annotates)."""
    return unit not in load("durations")["unpublished_units"]


def _week_days() -> str:
    # 週2日 (two days a week): a number of days with no unit word of its own; so after a word that makes a bare N日
    # a number of days (年間給食日数は175日, 平日5日: durations.json day_span_before)
    named = "".join(f"|(?<={re.escape(w)})" for w in load("durations")["day_span_before"])
    return rf"(?:(?<=週)|(?<=週\s){named})(?P<one>{NUM})\s?日(?![間目])"


def parse_week_days(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = number(m.group("one"))
    iv = interval(v, v)
    return Parsed(*iv, "day") if iv else None


def _needs() -> str:
    """Every spelling ends in one of these (a cheap test before the regex)."""
    return "".join(sorted({w[-1] for w in duration_spellings()}))


def _kanji_after_word() -> str:
    # 前年度一年間, 過去二年間: a kanji numeral glued to the word before it (elsewhere 統一 keeps its 一)
    after = "|".join(f"(?<={re.escape(w)})" for w in stopwords("duration")["kanji_numeral_after"])
    return rf"(?:{after})(?P<one>[一二三四五六七八九十]+){SP}(?P<unit1>{duration_unit()}){not_after('duration')}{_NOT_MONTH}"


PATTERNS: list[Pattern] = [
    Pattern("duration", "duration", _regex, parse, needs=_needs),
    Pattern("duration", "kanji_after_word", _kanji_after_word, parse, needs=_needs),
    Pattern("duration", "week_days", _week_days, parse_week_days, needs="日"),
]
# durations written with calendar words: ６月以内, 出願から１８月, １年６ヶ月
PATTERNS += duration_spans.PATTERNS
