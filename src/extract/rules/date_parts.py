"""The pieces the date patterns are built of: month and day groups, a year in era or Gregorian form (both
written together are one year), range joiners, ISO strings from the parts."""
from __future__ import annotations

import re

from ..dictionary import stopwords
from .engine import Parsed
from .eras import era_regex, gregorian
from .fragments import RANGE, SP, alternation, not_after

_M = r"(?P<{p}m>\d{{1,2}})\s?月"
_D = r"(?P<{p}d>\d{{1,2}})\s?日"
# GUIDE (conventions): `から` gives a point, and the two ends of `XからYまで` are two points; a から…までの間 names
# one period (the subsidy gold: `2023年10月から2024年9月までの間` is one range), so から joins only before those words
_TO = rf"(?:{RANGE}|(?P<kara>から))"


def _span_end() -> str:
    """Closes a pattern using `_TO`: a から range must be followed by a span word (stopwords.json date.span_after)."""
    return r"(?(kara)(?=\s?" + alternation(stopwords("date")["span_after"]) + "))"


def _year_end() -> str:
    """年 followed by these is no calendar year (stop-words: 年度, 年版, 年間 ...)."""
    return not_after("date", "year_not_after")


def not_law() -> str:
    """A year inside a law or notice number is no date: 令和3年法律第36号, 平成30年国土交通省告示第5号."""
    return r"(?!\s?[^\s、。,]{0,12}?" + alternation(stopwords("date")["law_words"]) + r"\s?第)"


def not_event() -> str:
    """A year glued to a disaster's or an event's name is part of the name: 平成28年熊本地震 (no digit, space or
    kana particle between them: 2050年にカーボンニュートラルを実現 keeps its date); so is a year and month before
    a weather disaster's name, as the Meteorological Agency names them (令和2年7月豪雨; 令和2年7月の豪雨 is a date)."""
    return (r"(?!(?:\s?\d{1,2}\s?月)?[^\s、。,\d\u3041-\u3096]{0,8}?"
            + alternation(stopwords("date")["event_words"]) + ")")


def not_edition() -> str:
    """A year glued to a survey's name is its edition, part of the name: 2023（令和５）年国民生活基礎調査, 2016年調査結果
    (2023年のクルーズ調査 keeps its date); a survey's name runs up to 12 letters (令和6年地方公共団体定員管理調査).
    Read right after 年: a gloss closing a line (`2018 年（平成 30 年）`) may stand before the next line's words."""
    return r"(?![^\s、。,\d\u3041-\u3096()（）]{0,12}?" + alternation(stopwords("date")["edition_words"]) + ")"


def _y(p: str) -> str:
    # an era year and its Gregorian year written together are one year: 令和３年（2021年）, 2025年（令和７年）
    # and so are 2023（令和５）年, 1986(昭和61)年
    # and 2019年（平成31年、令和元年）: both eras of the year the era changed, one year
    return (rf"{era_regex(p)}(?:\s?\(\s?(?:{era_regex(p + 'y')})\s?\))?{SP}年{not_edition()}"
            rf"(?:\s?\((?:{era_regex(p + 'x')})\s?年?(?:\s?[、,・/]\s?(?:{era_regex(p + 'z')})\s?年?)?\))?{not_law()}{not_event()}")


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


def deck_year_range(year: int, a: tuple[str | None, str | None], b: tuple[str | None, str | None],
                    wraps: bool = True) -> Parsed | None:
    """A (month, day) range in the deck's year; one that ends before it starts runs into the next year
    (12/29～1/3), or is no date when it may not (`wraps` false)."""
    lo, hi = _iso(year, *a), _iso(year, *b)
    if lo and hi and hi < lo:
        if not wraps:
            return None
        hi = _iso(year + 1, *b)
    p = _range_parsed(lo, hi)
    if p is not None:
        p.from_deck_year = True
    return p


def _relative_month(m: re.Match[str]) -> bool:
    """報告年の2月, 直前２月, 毎年4月: a month of a year the text leaves open (or every year) is no date."""
    before = m.string[max(0, m.start() - 5):m.start()].rstrip().rstrip("、,").rstrip()  # 毎年、3月時点
    return any(before.endswith(w) for w in stopwords("date")["month_not_after"])


def month_after(behind: str, unless: str) -> str:
    """A month written without its year right after a dated month and one of the `behind` lookbehinds (`2023年2月、3月`,
    `2023年1月使用分から9月`): its group `am`; not a day's month, nor one followed by `unless`."""
    return rf"(?:{behind})\s?(?P<am>\d{{1,2}})\s?月(?!\s?\d{{1,2}}\s?日|{unless})"


def dated_month_before(m: re.Match[str], dated: re.Pattern[str]) -> tuple[int, int] | None:
    """(year, month) of the dated month `dated` finds just before the match (within 24 characters), else None."""
    first = dated.search(m.string, max(0, m.start() - 24), m.start())
    year = gregorian(first.groupdict(), "a") if first is not None else None
    return None if first is None or year is None else (year, int(first.group("pm")))
