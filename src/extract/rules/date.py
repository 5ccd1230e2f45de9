"""Dates as ISO strings: `令和６年５月９日` -> 2024-05-09, `2024年５月` -> 2024-05, `2009-2011 年`,
`４月10～11日` (the deck's own year), `2024年4月23日（火）～24日（水）`, `2023年10月から2024年9月`."""
from __future__ import annotations

import re
from typing import Any

from ..dictionary import load, stopwords, words
from .engine import Parsed, Pattern, RuleContext
from .eras import era_regex, gregorian
from .fragments import RANGE, SP, WEEKDAY, alternation, not_after

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


def _y(p: str) -> str:
    # an era year and its Gregorian year written together are one year: 令和３年（2021年）, 2025年（令和７年）
    # and so are 2023（令和５）年, 1986(昭和61)年
    # and 2019年（平成31年、令和元年）: both eras of the year the era changed, one year
    return (rf"{era_regex(p)}(?:\s?\(\s?(?:{era_regex(p + 'y')})\s?\))?{SP}年"
            rf"(?:\s?\((?:{era_regex(p + 'x')})\s?年?(?:\s?[、,・/]\s?(?:{era_regex(p + 'z')})\s?年?)?\))?{not_law()}")


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

#: a clock time between a day and the range sign: `12月17日（水）22:00～18日（木）`
_CLOCK = r"(?:\s?\d{1,2}:\d{2})?"


def _ymd_range() -> str:
    return (rf"{_y('a')}{SP}{_M.format(p='a')}{SP}{_D.format(p='a')}{WEEKDAY}{_CLOCK}{_TO}"
            rf"(?:{_y('b')}{SP})?(?:{_M.format(p='b')}{SP})?{_D.format(p='b')}{_span_end()}")


def _parse_ymd_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    g = m.groupdict()
    ya = gregorian(g, "a")
    yb = gregorian(g, "b") or ya
    lo = _iso(ya, g["am"], g["ad"])
    hi = _iso(yb, g["bm"] or g["am"], g["bd"])
    return _range_parsed(lo, hi) if lo and hi and lo <= hi else None


#: 頃 after either end of a range: `2021年6月頃〜2022年4月頃` is one range
_ABOUT = r"(?:\s?頃)?"


def _ym_range() -> str:
    return rf"{_y('a')}{SP}{_M.format(p='a')}{_ABOUT}{_TO}(?:{_y('b')}{SP})?{_M.format(p='b')}{_span_end()}"


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
    return (rf"(?<![\d年])(?<!年\s){_M.format(p='a')}{SP}(?P<ad>\d{{1,2}})(?:\s?日)?{WEEKDAY}{_CLOCK}{RANGE}"
            rf"(?:{_M.format(p='b')}{SP})?{_D.format(p='b')}")


def _parse_md_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None:
        return None
    g = m.groupdict()
    lo = _iso(ctx.deck_year, g["am"], g["ad"])
    hi = _iso(ctx.deck_year, g["bm"] or g["am"], g["bd"])
    if lo and hi and hi < lo:  # 12/29～1/3 wraps into the next year
        hi = _iso(ctx.deck_year + 1, g["bm"] or g["am"], g["bd"])
    p = _range_parsed(lo, hi)
    if p is not None:
        p.from_deck_year = True
    return p


def _md() -> str:
    return rf"(?<![\d年])(?<!年\s){_M.format(p='a')}{SP}{_D.format(p='a')}"


def _parse_md(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None:
        return None
    v = _iso(ctx.deck_year, m.group("am"), m.group("ad"))
    return Parsed(v, v, from_deck_year=True) if v else None


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


def _relative_month(m: re.Match[str]) -> bool:
    """報告年の2月, 直前２月, 毎年4月: a month of a year the text leaves open (or every year) is no date."""
    before = m.string[max(0, m.start() - 4):m.start()].rstrip()
    return any(before.endswith(w) for w in stopwords("date")["month_not_after"])


def _parse_month_period(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if _relative_month(m):
        return None
    v = _iso(ctx.deck_year, m.group("am")) if ctx.deck_year else None
    return Parsed(v, v, from_deck_year=True) if v else None


PATTERNS.append(Pattern("date", "month_period", _month_period, _parse_month_period, needs="旬"))


def _dotted() -> str:
    # 2021.7, 2021.7.15, 2020.04.01, 2024/6/3, 2024/6 (a four-digit year first; not a decimal: 2021.75)
    return (r"(?<![\d.,/])(?P<ag>(?:19|20)\d{2})(?P<sep>[./])(?P<am>\d{1,2})(?:(?P=sep)(?P<ad>\d{1,2}))?"
            r"(?![\d/]|\.\d|\s?[%円万億兆千百])")


def _parse_dotted(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = _iso(int(m.group("ag")), m.group("am"), m.group("ad"))
    return Parsed(v, v) if v else None


PATTERNS.append(Pattern("date", "dotted", _dotted, _parse_dotted, needs="./"))

# 1/2, 2/3, 3/4: fractions more often than dates (New Year's Day is no schedule date)
_FRACTION_LIKE = {(a, b) for b in range(2, 5) for a in range(1, b)}


def _slash_md() -> str:
    # a year-less M/D in a schedule or list of events: 6/3 説明会, 4/25 7/1 7/25, 6/3（月）
    # not followed by a range sign, a comparison or another number (2/3 51人); another M/D may follow
    return (r"(?<![\d/.,])(?P<am>\d{1,2})/(?P<ad>\d{1,2})"
            r"(?![\d/.]|\s?(?:[~\-]|以上|以下|未満|超|→|%|を|の)|\s?\d(?!\d?/\d|\d?\s?月|\d?:\d))")


def _parse_slash_md(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None:
        return None
    text = m.string
    am, ad = int(m.group("am")), int(m.group("ad"))
    if not re.match(r"\s?\([月火水木金土日]", text[m.end():m.end() + 3]):  # a weekday makes it a date
        if (am, ad) in _FRACTION_LIKE:
            return None
        before = text[max(0, m.start() - 8):m.start()]
        if re.search(r"率|割合|負担|比|分の", before):
            return None  # 補助率 1/2, 負担割合 1/3
        line_start = not text[:m.start()].strip()
        others = len(re.findall(r"(?<![\d/.,])\d{1,2}/\d{1,2}(?![\d/.])", text)) >= 2
        if not (line_start or others or re.search(r"[\s:：]\Z", before)):
            return None  # glued to a word: a code or a fraction
    v = _iso(ctx.deck_year, m.group("am"), m.group("ad"))
    return Parsed(v, v, from_deck_year=True) if v else None


PATTERNS.append(Pattern("date", "slash_md", _slash_md, _parse_slash_md, needs="/"))


def _decade() -> str:
    # 1990年代 -> 1990..1999 (半ば, 後半 dropped); 平成10年代 -> 1998..2007
    return rf"{era_regex('a')}{SP}年代"


def _parse_decade(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    y = gregorian(m.groupdict(), "a")
    if y is None or (m.group("ag") and y % 10):
        return None
    return Parsed(f"{y:04d}", f"{y + 9:04d}")


PATTERNS.append(Pattern("date", "decade", _decade, _parse_decade, needs="代"))


def _citation() -> str:
    # author-year citations: 文部科学省（2021）, OECD (2023), 山田ほか(2019a)
    name = r"[\u4e00-\u9fff\u30a1-\u30faA-Za-z.)]"
    return rf"(?:(?<={name}\()|(?<={name}\s\())\s?(?P<ag>(?:19|20)\d{{2}})[a-z]?\s?(?=\))"


def _parse_citation(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = m.group("ag")
    return Parsed(v, v)


PATTERNS.append(Pattern("date", "citation", _citation, _parse_citation, needs="("))


def _month_bound() -> str:
    # 10月まで, ７月以降, 4月から: a year-less month as a deadline or a start (毎年4月 recurs: not a date)
    return (r"(?<![\d年/.])(?<!毎年)(?<!毎年\s)(?P<am>\d{1,2})\s?月"
            r"(?=\s?(?:末|初め|中)?\s?(?:まで|以降|から|より))")


PATTERNS.append(Pattern("date", "month_bound", _month_bound, _parse_month_period, needs="月"))


_SEQUENCE_GAP = 10  # lines: dates farther apart than this are not one schedule


def roll_over(dates: list[tuple[Any, bool]]) -> None:
    """Year-less dates take the year of the schedule they stand in: the last written year before them
    (else the deck's), plus one each time the months go back (`11月`, `12月`, then `2月` of the next year).
    `dates`: (mention, its year is the deck's) in reading order; mentions have `min`, `max`, `line_index`."""
    base: int | None = None  # the year written last in this sequence
    shift = 0
    prev_month: int | None = None
    prev_line: int | None = None
    for m, yearless in dates:
        if prev_line is not None and m.line_index - prev_line > _SEQUENCE_GAP:
            base, shift, prev_month = None, 0, None
        prev_line = m.line_index
        point = m.max or m.min
        if not isinstance(point, str) or len(point) < 7:
            if isinstance(point, str) and not yearless:
                base, shift, prev_month = int(point[:4]), 0, None
            continue
        month = int(point[5:7])
        if not yearless:
            base, shift, prev_month = int(point[:4]), 0, month
            continue
        first = m.min if isinstance(m.min, str) else point
        if prev_month is not None and int(first[5:7]) < prev_month:
            shift += 1
        prev_month = month
        written = int(first[:4])
        delta = (base if base is not None else written) + shift - written
        if delta:
            m.min = _add_years(m.min, delta)
            m.max = _add_years(m.max, delta)


def _add_years(iso: Any, n: int) -> Any:
    return f"{int(iso[:4]) + n:04d}{iso[4:]}" if isinstance(iso, str) else iso


def _year_md() -> str:
    # 2025 4/25: a tick label of a year over a month/day (two lines joined by a space), or written so
    return r"(?<![\d.,/])(?P<ag>(?:19|20)\d{2})\s(?P<am>\d{1,2})/(?P<ad>\d{1,2})(?![\d/])"


PATTERNS.append(Pattern("date", "year_md", _year_md, _parse_dotted, needs="/"))


# ---- issue 23: months anchored by 昨年/本年/今年度, and N月分～M月分 ------------------------------------------

def _anchors() -> dict[str, tuple[int, bool]]:
    table = load("anchors")
    return {**{w: (int(n), False) for w, n in words(table["calendar"]).items()},
            **{w: (int(n), True) for w, n in words(table["fiscal"]).items()}}


def _anchored() -> str:
    # 昨年4月, 本年10月1日, 今年度 4月: the month (and day) as text, the anchor word just before it
    return (rf"(?P<anchor>{alternation(_anchors())})\s?(?P<am>\d{{1,2}})\s?月(?:\s?(?P<ad>\d{{1,2}})\s?日)?"
            rf"(?!\s?分)")


def _parse_anchored(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None:
        return None
    shift, fiscal = _anchors()[m.group("anchor")]
    year = ctx.deck_year + shift + (1 if fiscal and int(m.group("am")) <= 3 else 0)
    v = _iso(year, m.group("am"), m.group("ad"))
    return Parsed(v, v, end=m.end()) if v else None


def _month_shares() -> str:
    # 4月分～6月分 (the months a payment or report covers): one range; a year may stand first
    return (rf"(?:{_y('a')}{SP})?(?<![\d/])(?P<am>\d{{1,2}})\s?月分{RANGE}(?:{_y('b')}{SP})?(?P<bm>\d{{1,2}})\s?月分")


def _parse_month_shares(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    g = m.groupdict()
    ya, yb = gregorian(g, "a"), gregorian(g, "b")
    base = ya if ya is not None else ctx.deck_year
    if base is None:
        return None
    lo, hi = _iso(base, g["am"]), _iso(yb if yb is not None else base, g["bm"])
    if lo and hi and hi < lo and yb is None:
        hi = _iso(base + 1, g["bm"])  # 12月分～2月分 runs into the next year
    p = _range_parsed(lo, hi) if lo and hi and lo <= hi else None
    if p is not None and ya is None:
        p.from_deck_year = True
    return p


PATTERNS.append(Pattern("date", "anchored_month", _anchored, _parse_anchored, needs="年"))
PATTERNS.append(Pattern("date", "month_shares", _month_shares, _parse_month_shares, needs="分"))


def _short_year_md() -> str:
    # 23/4/10, 24/2/27: a two-digit year, a month and a day (timelines and tables of events)
    return r"(?<![\d/.,])(?P<yy>\d{2})/(?P<am>\d{1,2})/(?P<ad>\d{1,2})(?![\d/])"


def _parse_short_year_md(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = _iso(2000 + int(m.group("yy")), m.group("am"), m.group("ad"))
    return Parsed(v, v) if v else None


PATTERNS.append(Pattern("date", "short_year_md", _short_year_md, _parse_short_year_md, needs="/"))
