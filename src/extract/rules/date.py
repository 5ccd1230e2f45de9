"""Dates as ISO strings: `令和６年５月９日` -> 2024-05-09, `2024年５月` -> 2024-05, `2009-2011 年`,
`４月10～11日` (the deck's own year), `2024年4月23日（火）～24日（水）`, `2023年10月から2024年9月`."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load, stopwords
from . import date_labels, date_prose, date_relative, date_yearless
from .date_parts import _D, _M, _TO, _iso, _range_parsed, _relative_month, _span_end, _y, _year_end, deck_year_range
from .date_schedule import roll_over
from .engine import Parsed, Pattern, RuleContext
from .eras import era_regex, gregorian, short_end
from .fragments import RANGE, SP, WEEKDAY, alternation, era

__all__ = ["PATTERNS", "roll_over"]

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
    # 2009-2011 年; 2012~18年, 2020 – 21年 (the second end's last two digits, in the first's century; not 2030~50年代,
    # decades whose span the short end does not say)
    return (r"(?<![\d.,])(?P<g1>(?:19|20)\d{2})\s?[-~]\s?(?:(?P<g2>(?:19|20)\d{2})|(?P<s2>\d{2})(?!\s?年\s?代))"
            r"(?!\d)\s?年" + _year_end())


def _parse_years_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    a = int(m.group("g1"))
    b = int(m.group("g2")) if m.group("g2") else short_end(a, m.group("s2"))
    return Parsed(f"{a:04d}", f"{b:04d}") if a <= b else None


def _year() -> str:
    return _y("a") + _year_end()


def _md_range() -> str:
    # ４月10～11日, ６月27～29日 (year from the deck); 4月30日～5月2日
    return (rf"(?<![\d年])(?<!年\s){_M.format(p='a')}{SP}(?P<ad>\d{{1,2}})(?:\s?日)?{WEEKDAY}{_CLOCK}{RANGE}"
            rf"(?:{_M.format(p='b')}{SP})?{_D.format(p='b')}")


def _parse_md_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None or _relative_month(m):  # 毎年、3月1日~31日: every year's March
        return None
    g = m.groupdict()
    return deck_year_range(ctx.deck_year, (g["am"], g["ad"]), (g["bm"] or g["am"], g["bd"]))


def _md() -> str:
    return rf"(?<![\d年])(?<!年\s){_M.format(p='a')}{SP}{_D.format(p='a')}"


def _parse_md(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None or _relative_month(m):  # 翌年の3月31日, 毎年4月1日: a year the text leaves open
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
    # 10月下旬頃 in a schedule: a year-less month pinned by 上旬/中旬/下旬 (毎年4月 recurs: not a date);
    # 4月中旬～5月下旬: two such months are one span of months (5月中旬~下旬 stays the one month); a month
    # after a range sign is the end of a span read whole or of none (毎年4月中旬～5月下旬); a span's text runs to its
    # second end's 旬 as it holds its first's (12月上旬～1月下旬)
    return (r"(?<![\d年/~])(?<!毎年)(?<!毎年\s)(?<!~\s)(?P<am>\d{1,2})\s?月"
            rf"(?:\s?[上中下]旬(?:頃)?{RANGE}(?P<bm>\d{{1,2}})\s?月(?!\s?\d{{1,2}}\s?日)(?:\s?[上中下]旬)?|(?=\s?[上中下]旬))")


def _parse_month_period(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if _relative_month(m) or not ctx.deck_year:
        return None
    if m.groupdict().get("bm"):  # month_bound shares this parser and names one month
        return deck_year_range(ctx.deck_year, (m.group("am"), None), (m.group("bm"), None))
    v = _iso(ctx.deck_year, m.group("am"))
    return Parsed(v, v, from_deck_year=True) if v else None


PATTERNS.append(Pattern("date", "month_period", _month_period, _parse_month_period, needs="旬"))


def _dotted() -> str:
    # 2021.7, 2021.7.15, 2020.04.01, 2024/6/3, 2024/6 (a four-digit year first; not a decimal: 2021.75);
    # 2018-01-17, the ISO date a post is stamped with (only with its day: 2018-19 is a span of years)
    return (r"(?<![\d.,/\-])(?:(?P<ag>(?:19|20)\d{2})(?P<sep>[./])(?P<am>\d{1,2})(?:(?P=sep)(?P<ad>\d{1,2}))?"
            r"|(?P<ig>(?:19|20)\d{2})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\-:]?\d))"
            r"(?![\d/]|\.\d|\s?[%円万億兆千百])")


def _parse_dotted(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if m.groupdict().get("ig"):  # year_md shares this parser and has no ISO groups
        v = _iso(int(m.group("ig")), m.group("im"), m.group("id"))
        return Parsed(v, v) if v else None
    v = _iso(int(m.group("ag")), m.group("am"), m.group("ad"))
    return Parsed(v, v) if v else None


PATTERNS.append(Pattern("date", "dotted", _dotted, _parse_dotted, needs="./-"))


def _era_dotted() -> str:
    # R6.3.31, H30.4.1, 令和6.3.31: an era year, month and day joined by dots (a list as of a day: `(R6.3.31現在)`);
    # the day is required (R6.3 may be a version or a section number)
    return rf"{era_regex('a')}\.(?P<am>\d{{1,2}})\.(?P<ad>\d{{1,2}})(?![\d.])"


def _parse_era_dotted(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if not m.group("aera"):
        return None  # 2024.3.31: the dotted date's business
    v = _iso(gregorian(m.groupdict(), "a"), m.group("am"), m.group("ad"))
    return Parsed(v, v) if v else None


PATTERNS.append(Pattern("date", "era_dotted", _era_dotted, _parse_era_dotted, needs="."))


def _dotted_range() -> str:
    # 2026.5.11～2026.6.30, 2026/5/11(月)~6/30: a window of dotted or slashed full dates (the second's year may be left out)
    return (r"(?<![\d.,/\-])(?P<ag>(?:19|20)\d{2})(?P<sep>[./])(?P<am>\d{1,2})(?P=sep)(?P<ad>\d{1,2})" + WEEKDAY
            + r"\s{0,2}~\s{0,2}(?:(?P<bg>(?:19|20)\d{2})(?P=sep))?(?P<bm>\d{1,2})(?P=sep)(?P<bd>\d{1,2})(?![\d/]|\.\d)")


def _parse_dotted_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    a = _iso(int(m.group("ag")), m.group("am"), m.group("ad"))
    b = _iso(int(m.group("bg") or m.group("ag")), m.group("bm"), m.group("bd"))
    return Parsed(a, b) if a and b and a <= b else None


PATTERNS.append(Pattern("date", "dotted_range", _dotted_range, _parse_dotted_range, needs="~"))

# 1/2, 2/3, 3/4: fractions more often than dates (New Year's Day is no schedule date)
# and 10/10, the full rate of a subsidy (補助率 10/10 in a table row) more often than October 10th
_FRACTION_LIKE = {(a, b) for b in range(2, 5) for a in range(1, b)} | {(10, 10)}


_RATE_DENOMINATOR = 10  # a rate's denominator: 4/5, 9/10 (a schedule's 6/30 has a day past it)
_RATE_REACH = 40  # characters a rate's clause is looked back over (bounded: no rescan of a long line per figure)


@lru_cache(maxsize=1)
def _rate_fraction() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A rate stated as a fraction (補助率 1/2, 負担割合：2/3: stopwords.json date fraction_before), a schedule's step
    (anchors.json schedule_steps) and the rate words alone, built once."""
    rate = alternation(stopwords("date")["fraction_before"])
    steps = load("anchors")["schedule_steps"]
    return (re.compile(rf"(?:{rate})[^\d\n]{{0,6}}?\d{{1,2}}\s?/\s?\d{{1,2}}"),
            re.compile(alternation([*steps["programme"], *steps["any"]])), re.compile(rate))


def _runs_on(found: re.Pattern[str], before: str) -> bool:
    """`found` stands in the bounded text `before` a figure and no schedule step follows its last match."""
    ends = [f.end() for f in found.finditer(before)]  # the last one in the bounded window
    return bool(ends) and _rate_fraction()[1].search(before, ends[-1]) is None


def _rate_clause(before: str) -> bool:
    """The rate's clause runs on to the figure: a rate fraction stands before it and no schedule step follows that rate
    (助成率：2/3（…の場合は 4/5）; 負担割合 2/3、公募開始 5/7 is a date)."""
    return _runs_on(_rate_fraction()[0], before)


def _share_clause(before: str) -> bool:
    """A rate word (補助率, 負担割合) stands before a payer's share and no schedule step follows it."""
    return _runs_on(_rate_fraction()[2], before)


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
        if (am, ad) in _FRACTION_LIKE or (am < ad <= _RATE_DENOMINATOR
                                          and _rate_clause(text[max(0, m.start() - _RATE_REACH):m.start()])):
            return None  # 2/3, and 4/5 on a line of rates (助成率：2/3（…の場合は 4/5）)
        before = text[max(0, m.start() - 8):m.start()]
        if re.search(r"[×*＊]\s?\Z", before) or (am < ad and re.search(r"[:：]\Z", before)
                                                     and _share_clause(text[max(0, m.start() - _RATE_REACH):m.start()])):
            return None  # a factor (300百万円 × 4/15) or a share under a rate (負担割合 2:1(県:4/15、市町:2/15))
        if _rate_fraction()[2].search(before):
            return None  # 補助率 1/2, 負担割合 1/3
        line_start = not text[:m.start()].strip()
        others = len(re.findall(r"(?<![\d/.,])\d{1,2}/\d{1,2}(?![\d/.])", text)) >= 2
        if line_start and not text[m.end():].strip():
            return None  # 3/30 alone on a line: a page counter (page 3 of 30); a schedule's date heads its event
        # (an event's note opening a bracket, `式典(10/5中学校体育館で)`, is its date; `(2/5)`, a page counter, is not)
        opens_note = re.search(r"[(（]\Z", before) is not None and re.match(r"[^\s)）]", text[m.end():m.end() + 1])
        if not (line_start or others or opens_note or re.search(r"[\s:：]\Z", before)):
            return None  # glued to a word: a code or a fraction
    v = _iso(ctx.deck_year, m.group("am"), m.group("ad"))
    return Parsed(v, v, from_deck_year=True) if v else None


PATTERNS.append(Pattern("date", "slash_md", _slash_md, _parse_slash_md, needs="/"))


def _decade() -> str:
    # 1990年代 -> 1990..1999 (半ば, 後半 dropped); 平成10年代 -> 1998..2007; 平成の20年代 (the era, の, its decade)
    return (rf"(?:(?<![A-Za-z])(?P<aera>{era()})\s?の?\s?(?P<ay>\d{{1,2}}|元)"
            rf"|(?<![\d.,])(?P<ag>(?:19|20)\d{{2}})(?!\d)){SP}年代")


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


def _reference_year() -> str:
    # a reference list's entry ends in its year: 著者著、「書名」、出版社、2024 (GUIDE: author-year citations are
    # dates); only after a quoted title on the line, so a row of figures ending in a year column is none
    return r"(?:(?<=[、,])|(?<=[、,]\s))(?P<ag>(?:19|20)\d{2})(?=\s?[.。)）]?\s*$)"


def _parse_reference_year(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    before = m.string[max(0, m.start() - 40):m.start()]
    return _parse_citation(m, ctx) if re.search(r"[」』][^「『]*\Z", before) else None


PATTERNS.append(Pattern("date", "reference_year", _reference_year, _parse_reference_year, needs="」』"))


def _month_bound() -> str:
    # 10月まで, ７月以降, 4月から: a year-less month as a deadline or a start (毎年4月 recurs: not a date)
    return (r"(?<![\d年/.])(?<!毎年)(?<!毎年\s)(?P<am>\d{1,2})\s?月"
            r"(?=\s?(?:末|初め|中)?\s?(?:まで|以降|から|より))")


PATTERNS.append(Pattern("date", "month_bound", _month_bound, _parse_month_period, needs="月"))


def _year_md() -> str:
    # 2025 4/25: a tick label of a year over a month/day (two lines joined by a space), or written so
    return r"(?<![\d.,/])(?P<ag>(?:19|20)\d{2})\s(?P<am>\d{1,2})/(?P<ad>\d{1,2})(?![\d/])"


PATTERNS.append(Pattern("date", "year_md", _year_md, _parse_dotted, needs="/"))


def _written_year_md() -> str:
    # 令和7年11/13(木)~12/15(月), 2025年4/25: a written year, then a slashed month/day (a range's second end
    # in the same year, or the next where it runs past December): one date, not a year and two M/D
    return (rf"{_y('a')}\s?(?P<am>\d{{1,2}})/(?P<ad>\d{{1,2}}){WEEKDAY}"
            r"(?:" + RANGE.replace("\\-", "") + r"(?P<bm>\d{1,2})/(?P<bd>\d{1,2}))?(?![\d/])")


def _parse_written_year_md(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    y = gregorian(m.groupdict(), "a")
    if y is None:
        return None
    p = deck_year_range(y, (m.group("am"), m.group("ad")), (m.group("bm") or m.group("am"), m.group("bd") or m.group("ad")))
    if p is not None:
        p.from_deck_year = False  # the year is written
    return p


PATTERNS.append(Pattern("date", "written_year_md", _written_year_md, _parse_written_year_md, needs="/"))

PATTERNS += date_relative.PATTERNS + date_labels.PATTERNS + date_yearless.PATTERNS + date_prose.PATTERNS
