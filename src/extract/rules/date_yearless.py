"""Year-less months of a schedule (`7月~12月`, `10~12月`, `確定検査(4月)`) and era-letter months
(`R4.4月`): the GUIDE's year-less month takes the deck's year, a sequence rolls over (date_schedule)."""
from __future__ import annotations

import re
from functools import cache

from ..dictionary import load
from .date_parts import _iso, _relative_month, dated_month_before, deck_year_range, month_after
from .engine import Parsed, Pattern, RuleContext
from .eras import era_regex, gregorian
from .fragments import RANGE, alternation

PATTERNS: list[Pattern] = []

#: not inside a written year (令和6年3~11月 is y_m_m), a recurring 毎年, a decimal or a slashed date
_FREE = r"(?<![\d年/.])(?<!年\s)(?<!毎年)"


def _month_range() -> str:
    # 7月~12月, 10~12月, 10月~1月 (a fiscal-year schedule runs into January); not 4月~5月2日 (md_range)
    return (rf"{_FREE}(?P<am>\d{{1,2}})(?:\s?月)?{RANGE}(?P<bm>\d{{1,2}})\s?月"
            r"(?!\s?\d{1,2}\s?日|\s?分|\s?号|\s?期)")


def _parse_month_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None or _relative_month(m):  # その年の4月～5月: a year the text leaves open
        return None
    # 10月~1月 runs into the next year; 6～4 月 (a quarter read backwards, 月 only at the end) is none
    wraps = bool(re.match(r"\s?月", m.string[m.end("am"):]))
    return deck_year_range(ctx.deck_year, (m.group("am"), None), (m.group("bm"), None), wraps)


def _paren_month() -> str:
    # 確定検査(4月), 返納(5月): a month alone in brackets, the time of a step in a schedule; 無償化(9月~): the
    # month a measure starts from, open-ended
    return r"(?<=\()(?P<am>\d{1,2})\s?月(?P<on>\s?~)?(?=\))"


def _parse_paren_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = _iso(ctx.deck_year, m.group("am")) if ctx.deck_year else None
    return Parsed(v, None if m.group("on") else v, from_deck_year=True) if v else None


def _era_letter_month() -> str:
    # R4.4月, H30.10月: an era year, a dot, a month (the dot is no decimal point before 月)
    return rf"{era_regex('a')}\.(?P<am>\d{{1,2}})\s?月(?!\s?\d{{1,2}}\s?日)"


def _parse_era_letter_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if not m.group("aera"):
        return None  # 2022.4月: the dotted date's business
    v = _iso(gregorian(m.groupdict(), "a"), m.group("am"))
    return Parsed(v, v) if v else None


def _era_dotted_month() -> str:
    # H28.3 (a target's date in a KPI sheet's cell), H12.3~9 (a timeline's span of months): an era year and a month
    # joined by a dot, opening its line or after a space or a bracket (not 第H28.3); no decimal or figure
    # (28.3%, 28.35, 28.3億) nor a version or section label (R6.3版, H28.3条): the next line's start may follow
    return (rf"(?<![^\s(]){era_regex('a')}\.(?P<am>\d{{1,2}})(?:{RANGE}(?P<bm>\d{{1,2}}))?"
            r"(?![\d.,/%]|\s?[版号条項章節円万億兆千百倍])")


def _parse_era_dotted_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    year = gregorian(m.groupdict(), "a")
    if not m.group("aera") or year is None:
        return None  # 2022.4: the dotted date's business
    v = _iso(year, m.group("am"))
    w = _iso(year, m.group("bm")) if m.group("bm") else v
    return Parsed(v, w) if v and w and w >= v else None


PATTERNS.append(Pattern("date", "yearless_month_range", _month_range, _parse_month_range, needs="月"))
PATTERNS.append(Pattern("date", "era_dotted_month", _era_dotted_month, _parse_era_dotted_month, needs="."))
PATTERNS.append(Pattern("date", "paren_month", _paren_month, _parse_paren_month, needs="("))
PATTERNS.append(Pattern("date", "era_letter_month", _era_letter_month, _parse_era_letter_month, needs="."))


#: a line that is (part of) a sentence: it holds a Japanese comma or full stop (a figure's 1,080 is none)
_SENTENCE = re.compile(r"[、。]")


def _prose_month() -> str:
    # 4月の町議会, この3月で終了, ５月中の家計支出: a year-less month in a sentence (not 1月に1回, a rate)
    follow = alternation(load("anchors")["prose_month_before"])
    # (nor a span's month before its bound word: 起算して6月を経過する日, durations.json bare_unit_bounds)
    span = alternation(load("durations")["bare_unit_bounds"])
    return rf"{_FREE}(?<![月~\-])(?<!毎)(?P<am>\d{{1,2}})\s?月(?=\s?{follow})(?!に\s?\d|\s?{span})"


def _parse_prose_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    before = m.string[max(0, m.start() - 4):m.start()].rstrip()
    this = any(before.endswith(w) for w in load("anchors")["this_words"])
    if ctx.deck_year is None or (_relative_month(m) and not this) or not _SENTENCE.search(m.string):
        return None  # a month heading a table column (3月の最低賃金) recurs: only a sentence's month is a date
    v = _iso(ctx.deck_year, m.group("am"))
    return Parsed(v, v, from_deck_year=True) if v else None


PATTERNS.append(Pattern("date", "prose_month", _prose_month, _parse_prose_month, needs="月"))


def _schedule_month() -> str:
    # 11月 公募開始、12月 審査、1月 交付決定: a year-less month heading a step of a schedule, spaced from it
    # (anchors.json schedule_steps, either list); 4月 5月 6月 (a table's month columns) names no step
    table = load("anchors")["schedule_steps"]
    steps = alternation([*table["programme"], *table["any"]])
    return rf"{_FREE}(?<![月~\-])(?<!毎)(?P<am>\d{{1,2}})\s?月\s(?=\s?{steps})"


def _parse_schedule_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None or _relative_month(m):
        return None
    v = _iso(ctx.deck_year, m.group("am"))
    return Parsed(v, v, end=m.end() - 1, from_deck_year=True) if v else None


PATTERNS.append(Pattern("date", "schedule_month", _schedule_month, _parse_schedule_month, needs="月"))


def _month_after_kara() -> str:
    # 2023年1月使用分から9月使用分まで, 令和5年10月から3月まで: the second of the two points of XからY (GUIDE), a month
    # without its year (a day after it is day_after_kara's business, a share's range month_shares')
    return month_after("|".join(rf"(?<={re.escape(w)})" for w in load("anchors")["range_from"]), r"\s?\d")


@cache
def _dated_month_kara() -> re.Pattern[str]:
    """A written year and month, a few words of its own (`使用分`, `検針分`), then から ending the text."""
    kara = alternation(load("anchors")["range_from"])
    return re.compile(era_regex("a") + rf"\s?年\s?(?P<pm>\d{{1,2}})\s?月[^\d、。,()]{{0,6}}(?:{kara})\s?\Z")


def _parse_month_after_kara(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    first = dated_month_before(m, _dated_month_kara())
    if first is None:
        return None
    # the second point takes the first's year, the next where its month comes earlier (令和5年10月から3月まで)
    v = _iso(first[0] + (1 if int(m.group("am")) < first[1] else 0), m.group("am"))
    return Parsed(v, v) if v else None


PATTERNS.append(Pattern("date", "month_after_kara", _month_after_kara, _parse_month_after_kara, needs="か"))
