"""Dates given relative to the deck or the page: months anchored by 昨年/本年/今年度, `N月分～M月分`, two-digit
years of timelines (`23/4/10`)."""
from __future__ import annotations

import re
from functools import cache

from ..dictionary import load, stopwords, words
from ..word_lists import lead_subject
from .date_parts import _iso, _range_parsed, _y, _year_end, dated_month_before, month_after
from .day_guards import a_request_by, after_a_span_word
from .engine import Parsed, Pattern, RuleContext
from .eras import era_regex, gregorian
from .fragments import RANGE, SP, alternation

PATTERNS: list[Pattern] = []

# ---- issue 23: months anchored by 昨年/本年/今年度, and N月分～M月分 ------------------------------------------

def _anchors() -> dict[str, tuple[int, bool]]:
    table = load("anchors")
    return {**{w: (int(n), False) for w, n in words(table["calendar"]).items()},
            **{w: (int(n), True) for w, n in words(table["fiscal"]).items()}}


def _anchored() -> str:
    # 昨年4月, 本年10月1日, 今年度 4月, 昨年の5月8日: the month (and day) as text, the anchor word just before it;
    # 前年度2月補正額 names a budget, 昨年4月分 a share (stopwords month_label_after)
    label = alternation(stopwords("date")["month_label_after"])
    # の only after a calendar year's word: 前年度の3月定例会 stays open (a fiscal year's March is ambiguous)
    calendar = "|".join(f"(?<={re.escape(w)})" for w in words(load("anchors")["calendar"]))
    return (rf"(?P<anchor>{alternation(_anchors())})(?:\s?(?:{calendar})の)?\s?(?P<am>\d{{1,2}})\s?月(?:\s?(?P<ad>\d{{1,2}})\s?日)?"
            rf"(?!\s?{label})")


def _parse_anchored(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None:
        return None
    shift, fiscal = _anchors()[m.group("anchor")]
    year = ctx.deck_year + shift + (1 if fiscal and int(m.group("am")) <= 3 else 0)
    v = _iso(year, m.group("am"), m.group("ad"))
    return Parsed(v, v, end=m.end()) if v else None


def _month_day() -> str:
    # 先月21日, 今月30日まで, 来月19日: a day of a month counted from the deck's date
    return rf"(?P<anchor>{alternation(load('anchors')['month'])})\s?(?P<ad>\d{{1,2}})\s?日(?![間目後前])"


def _parse_month_day(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None or ctx.deck_month is None:
        return None
    months = ctx.deck_year * 12 + ctx.deck_month - 1 + int(load("anchors")["month"][m.group("anchor")])
    v = _iso(months // 12, str(months % 12 + 1), m.group("ad"))
    return Parsed(v, v) if v else None


def _past() -> str:
    # 去る11月17日: a month (and day) in the past of the deck's date
    return rf"(?:{alternation(load('anchors')['past'])})\s?(?P<am>\d{{1,2}})\s?月(?:\s?(?P<ad>\d{{1,2}})\s?日)?(?!\s?分)"


def _parse_past(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None:
        return None
    month, day = int(m.group("am")), int(m.group("ad") or 0)
    later = ctx.deck_month is not None and (month, day) > (ctx.deck_month, ctx.deck_day or 31)
    v = _iso(ctx.deck_year - (1 if later else 0), m.group("am"), m.group("ad"))
    # GUIDE: the span holds the numbers and units as written; the anchor word 去る is left out
    return Parsed(v, v, start=m.start("am")) if v else None


PATTERNS.append(Pattern("date", "anchored_day", _month_day, _parse_month_day, needs="月"))


def _meeting() -> str:
    # の and a meeting a few characters on (9日の自民党部会に, 16日の村議会全員協議会で): the day a body met
    return rf"の[^、。,\d]{{0,8}}?{alternation(load('anchors')['day_meetings'])}"


def _lead_day() -> str:
    # 宇都宮市は18日、 政府は11日、: a news item's lead, the day its subject acted, in the month of the item's date
    # (not 期間は3日、 支給日は5日(土日…), 締切は10日まで: an office's or a post's は, then the day and a comma);
    # also `…整備局は、13日に開いた`, `委員会(委員長・…)が10日、`, `政府は19日午前の閣議で` (the subject: _lead_before)
    after = rf"{alternation(load('anchors')['lead_day_after'])}|{_meeting()}"
    by = alternation(load("anchors")["lead_day_by"])  # 市は9日までに、: by that day (after a listed subject only)
    return (rf"{lead_subject()}\s?(?P<ad>\d{{1,2}})\s?日(?=[、,]|{by})"
            rf"|(?<=[はが、)])\s?(?P<wd>\d{{1,2}})\s?日(?=\s?(?:{after}|に(?!\s?\d|わた|及|満|限)))")


@cache
def _lead_before() -> re.Pattern[str]:
    """A news lead's subject closing the text before its day: a body or a post (anchors.json lead_subjects, whole: not
    lead_not_subjects), maybe with its head's name in brackets, then は or が, maybe a comma."""
    anchors = load("anchors")
    whole = "".join(f"(?<!{re.escape(w)})" for w in anchors["lead_not_subjects"])
    return re.compile(rf"(?:{alternation(anchors['lead_subjects'])}){whole}(?:\([^()]{{1,40}}\))?\)?[はが][、,]?\s?\Z")


def _parse_lead_day(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if m.group("ad") is not None and a_request_by(m):
        return None
    if m.group("wd") is not None:  # the wider shape: its subject read back from the day (a bounded window)
        if _lead_before().search(m.string[max(0, m.start() - 64):m.start()]) is None:
            return None
        return _lead_day_value(m, ctx, "wd")
    return _lead_day_value(m, ctx, "ad")


#: how far back a news item's day-only date finds a month and day written before it on its line (its month)
_DATED_REACH = 160


def _lead_day_value(m: re.Match[str], ctx: RuleContext, group: str) -> Parsed | None:
    if ctx.deck_year is None:
        return None
    dated = _LAST_MONTH_DAY.search(m.string, max(0, m.start() - _DATED_REACH), m.start())
    if dated is not None and int(m.group(group)) > int(dated.group("ad")):
        # 9月9日に召集され、…20日の本会議で可決: a later day after a dated one on its line is in that month
        v = _iso(ctx.deck_year, dated.group("am"), m.group(group))
        return Parsed(v, v, start=m.start(group)) if v else None
    if ctx.lead_month is None:  # a day whose month nothing fixes is still a date (docs/judgement_calls.md, call 1):
        # its value is the deck's year, the most the deck fixes (GUIDE: a year-less day takes the deck's year)
        return Parsed(str(ctx.deck_year), str(ctx.deck_year), start=m.start(group))
    # a day after the deck's own day is in the month before it (an item dated the 20th reports the 18th or the 28th
    # of the month before)
    later = ctx.deck_month == ctx.lead_month and ctx.deck_day is not None and int(m.group(group)) > ctx.deck_day
    months = ctx.deck_year * 12 + ctx.lead_month - 1 - (1 if later else 0)
    v = _iso(months // 12, str(months % 12 + 1), m.group(group))
    return Parsed(v, v, start=m.start(group)) if v else None


PATTERNS.append(Pattern("date", "lead_day", _lead_day, _parse_lead_day, needs="日"))


def _act_day() -> str:
    # 予算案を20日に発表しました, 当初予算案が10日発表, 13日に会見した知事: a day right before a news item's public act
    # (anchors.json day_acts) is a date though no subject stands before it; not a month's day (3月20日: the full
    # date's), a decimal, a recurring day (毎月10日に公表) or 同25日 (the month of a date written before, not the item's)
    acts = alternation(load("anchors")["day_acts"])
    recurring = "".join(rf"(?<!{re.escape(w)})" for w in load("anchors")["day_acts_recurring"])
    times = alternation(load("anchors")["day_times"])  # 13日午前11時, 15日未明, 12日付で: a day's time or dating
    return (rf"(?<![\d.,/月同])(?<!月\s){recurring}(?P<ad>\d{{1,2}})\s?日"
            rf"(?=\s?(?:(?:にも\s?|に\s?)?(?:{acts})|{times}))")


def _month_above(m: re.Match[str], ctx: RuleContext) -> bool:
    """The line opens on the day and the sentence's text above ends on a month (平成28年2月⏎1日付けで): that month's day."""
    return m.start() == 0 and re.search(r"月\s?\Z", ctx.lead) is not None


def _parse_act_day(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    return None if _month_above(m, ctx) else _lead_day_value(m, ctx, "ad")


PATTERNS.append(Pattern("date", "act_day", _act_day, _parse_act_day, needs="日"))


def _clause_day() -> str:
    # …について、28日、県と…; 9日の自民党部会に示し; (3日午後3時現在); 経過した17日、: a news item's day opening a clause
    # with no subject before it (anchors.json clause_day_before), then a comma, a time of day, 付 or a meeting
    a = load("anchors")
    before = "|".join(f"(?<={re.escape(w)})" for w in a["clause_day_before"])
    # not a day's hours (1日、8時間)
    return (rf"(?:^|{before})\s?(?P<cd>\d{{1,2}})\s?日(?=\s?(?:{alternation(a['lead_day_after'])}|{_meeting()}))"
            r"(?![、,]\s?\d{1,2}\s?(?:時間|分))")


def _parse_clause_day(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    # a topic's は、 (期間は、10日、) is lead_day's to read back
    if m.string[max(0, m.start() - 2):m.start()].endswith(tuple(load("anchors")["clause_day_not_after"])):
        return None
    if after_a_span_word(m.string[max(0, m.start() - 8):m.start()]):
        return None
    if _month_above(m, ctx):
        return None
    return _lead_day_value(m, ctx, "cd")


PATTERNS.append(Pattern("date", "clause_day", _clause_day, _parse_clause_day, needs="日"))
PATTERNS.append(Pattern("date", "past_month", _past, _parse_past, needs="去"))


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


def _year_deadline() -> str:
    # 2025年末までに, 2023年半ばまでに, 2030年初め以降: a year's part before a deadline or start word is that year
    # (GUIDE: 10月まで -> null..YYYY-10, 2027年度末までに -> null..2027); 年末 alone stays out (2022年末バージョン)
    return rf"{_y('a')}(?=\s?(?:末|半ば|初め|前半|後半|中頃)\s?(?:まで|以降|から|より))"


def _parse_year_deadline(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    y = gregorian(m.groupdict(), "a")
    return Parsed(f"{y:04d}", f"{y:04d}") if y is not None else None


PATTERNS.append(Pattern("date", "year_deadline", _year_deadline, _parse_year_deadline, needs="年"))


def _fiscal_month_day() -> str:
    # 令和６年度４月１日以降: a day of a named fiscal year (April to March); a month alone is no date there
    # (平成30年度2月補正予算 names a budget of the fiscal year: its fiscal year's)
    return rf"{_y('a')}度{SP}(?P<am>\d{{1,2}})\s?月{SP}(?P<ad>\d{{1,2}})\s?日"


def _parse_fiscal_month_day(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    y = gregorian(m.groupdict(), "a")
    if y is None:
        return None
    v = _iso(y + (1 if int(m.group("am")) <= 3 else 0), m.group("am"), m.group("ad"))
    return Parsed(v, v) if v else None


PATTERNS.append(Pattern("date", "fiscal_month_day", _fiscal_month_day, _parse_fiscal_month_day, needs="度"))


@cache
def _month_day_kara() -> re.Pattern[str]:
    """A month and day just before から or より (anchors.json from_words): the month a day-only end after it falls in."""
    return re.compile(r"(?P<am>\d{1,2})\s?月\s?(?P<ad>\d{1,2})\s?日(?:\s?\([月火水木金土日](?:・祝)?\))?\s?"
                      rf"{alternation(load('anchors')['from_words'])}\s?\Z")


def _day_after_kara() -> str:
    # 3月7日から18日まで, 3月3日より14日まで: the two ends of XからYまで are two points (GUIDE); the second names its day only.
    # より also compares (4月2日より6日遅れて) and starts counts (6月1日より7日以内): there only まで makes an end (from_closed)
    a = load("anchors")
    closed = a["from_closed"]
    weekday = r"(?:\s?\([月火水木金土日](?:曜日?)?(?:・祝)?\))?"
    ends = rf"(?=\s?\d{{1,2}}\s?日{weekday}\s?{alternation(a['to_words'])})"
    after = "|".join(f"(?<={re.escape(w)})" + (ends if w in closed else "") for w in a["from_words"])
    return rf"(?:{after})\s?(?P<bd>\d{{1,2}})\s?日(?![間目後前])"


def _later_day(m: re.Match[str], ctx: RuleContext, first_rx: re.Pattern[str], reach: int) -> Parsed | None:
    """The day-only date `bd` in the month of the month and day `first_rx` finds just before it (a later day)."""
    first = first_rx.search(m.string, max(0, m.start() - reach), m.start())
    if ctx.deck_year is None or first is None or int(m.group("bd")) <= int(first.group("ad")):
        return None
    v = _iso(ctx.deck_year, first.group("am"), m.group("bd"))
    return Parsed(v, v, from_deck_year=True) if v else None


def _parse_day_after_kara(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    return _later_day(m, ctx, _month_day_kara(), 16)


PATTERNS.append(Pattern("date", "day_after_kara", _day_after_kara, _parse_day_after_kara, needs="日"))


#: the last month and day written before a day-only date on its line (the day takes its month); a month's share
#: between them is no date (`令和6年4月2日に令和6年3月分の…を受領…同月5日`: April)
_LAST_MONTH_DAY = re.compile(r"(?P<am>\d{1,2})\s?月\s?(?P<ad>\d{1,2})\s?日(?!.*\d\s?月(?!\s?分))")
#: how far back a 同月 day finds its month and day: a report's paragraph names the date once, then `同月5日` a few
#: clauses on; after a clock time and a dash (`10:00~22:00-18日`) the day is read only right after its date
_SAME_MONTH_REACH = 320


def _day_of_same_month() -> str:
    # 4月1日から同月15日まで, 4月17日（水）10:00~22:00-18日（木）: a day-only date after a word that keeps the
    # month (anchors.json same_month) or after a clock time and a dash (a schedule running past midnight)
    same = alternation(load("anchors")["same_month"])  # in the text: から before it keeps the two ends two points
    return rf"(?:{same}|(?<=\d:\d\d[~\-])|(?<=\d:\d\d\s[~\-]))\s?(?P<bd>\d{{1,2}})\s?日(?![間目後前])"


def _parse_day_of_same_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    return _later_day(m, ctx, _LAST_MONTH_DAY, 32 if m.string[m.start()].isdigit() else _SAME_MONTH_REACH)


PATTERNS.append(Pattern("date", "day_of_same_month", _day_of_same_month, _parse_day_of_same_month, needs="日"))


@cache
def _last_year() -> re.Pattern[str]:
    """A year written before a 同年 month: era or Gregorian, no fiscal year or span (the last one before it counts)."""
    return re.compile(rf"{era_regex('a')}\s?年{_year_end()}")


def _same_year_month() -> str:
    # 2022年9月、…同年3月の大統領令: a month (and day) in the year written last before it on the line
    same = alternation(load("anchors")["same_year"])
    return rf"{same}\s?(?P<am>\d{{1,2}})\s?月(?:\s?(?P<ad>\d{{1,2}})\s?日)?(?!\s?分)"


@cache
def _any_year() -> re.Pattern[str]:
    return re.compile(rf"{era_regex('a')}\s?年")


def _parse_same_year_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    last = list(_last_year().finditer(m.string, max(0, m.start() - 80), m.start()))
    written = list(_any_year().finditer(m.string, max(0, m.start() - 80), m.start()))
    if last and written and written[-1].start() > last[-1].start():
        return None  # 2020年から2024年度までで、同年4月: a fiscal year (or 年間) stands between, which year is meant is unsure
    year = gregorian(last[-1].groupdict(), "a") if last else None
    v = _iso(year, m.group("am"), m.group("ad")) if year is not None else None
    # GUIDE: the span holds the numbers and units as written; the anchor word 同年 is left out (as 去る is)
    return Parsed(v, v, start=m.start("am")) if v else None


PATTERNS.append(Pattern("date", "same_year_month", _same_year_month, _parse_same_year_month, needs="同"))


def _listed_month() -> str:
    # 2023年2月、3月 / 令和4年6月及び9月: a month listed after a dated month (its day or a share excluded)
    return month_after("|".join(f"(?<=月{re.escape(w)})" for w in load("anchors")["month_list_joiners"]), r"\s?[分期号]")


@cache
def _dated_month_before() -> re.Pattern[str]:
    joiners = alternation(load("anchors")["month_list_joiners"])
    return re.compile(rf"{era_regex('a')}\s?年{_year_end()}\s?(?P<pm>\d{{1,2}})\s?月\s?{joiners}\s?\Z")


def _parse_listed_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    first = dated_month_before(m, _dated_month_before())
    if first is None or int(m.group("am")) <= first[1]:
        return None  # no dated month just before it, or a month going back (its year is not written)
    v = _iso(first[0], m.group("am"))
    return Parsed(v, v) if v else None


PATTERNS.append(Pattern("date", "listed_month", _listed_month, _parse_listed_month, needs="月"))


_WEEKDAY = r"(?:\s?\([月火水木金土日](?:曜日?)?(?:・祝)?\))?"


def _listed_day() -> str:
    # 7月23日(火)、24日(水)、25日(木), 10月5日と16日: a day listed after a dated day (the joiner opens the match)
    joiners = alternation(load("anchors")["month_list_joiners"])
    return (rf"(?<=日){_WEEKDAY}\s?{joiners}\s?(?P<bd>\d{{1,2}})\s?日"
            r"(?![間目後前分]|\s?(?:以内|以上|程度|ほど|余り|あまり|\d))")


@cache
def _dated_days_before() -> re.Pattern[str]:
    """A month and day (its year maybe written), then the days listed after it, up to a joiner ending the text."""
    joiners = alternation(load("anchors")["month_list_joiners"])
    day = rf"\d{{1,2}}\s?日{_WEEKDAY}"
    return re.compile(rf"(?:{era_regex('a')}\s?年\s?)?(?P<am>\d{{1,2}})\s?月\s?(?P<ad>\d{{1,2}})\s?日{_WEEKDAY}"
                      rf"(?:\s?{joiners}\s?{day})*\s?{joiners}\s?\Z")


def _parse_listed_day(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    at = m.start("bd")
    first = _dated_days_before().search(m.string, max(0, at - 64), at)
    if first is None or int(m.group("bd")) <= int(first.group("ad")):
        return None  # no dated day just before the list, or a day going back (its month is not written)
    year = gregorian(first.groupdict(), "a")
    v = _iso(year if year is not None else ctx.deck_year, first.group("am"), m.group("bd"))
    return Parsed(v, v, start=at, from_deck_year=year is None) if v else None


PATTERNS.append(Pattern("date", "listed_day", _listed_day, _parse_listed_day, needs="日"))
