"""Year-less dates of a schedule take the year the schedule runs in (a month going back starts the next year)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..dictionary import load
from .fragments import alternation

_FISCAL_LAST_MONTH = 3  # a fiscal year runs April to March
_SEQUENCE_GAP = 10  # lines: dates farther apart than this are not one schedule


def roll_over(dates: list[tuple[Any, bool]], fiscal_start: bool = False, moved: frozenset[int] = frozenset()) -> None:
    """Year-less dates take the year of the schedule they stand in: the last written year before them
    (else the deck's), plus one each time the months go back (`11月`, `12月`, then `2月` of the next year).
    `dates`: (mention, its year is the deck's) in reading order; mentions have `min`, `max`, `line_index`.
    `fiscal_start`: the deck's year opens a fiscal year (RuleContext.fiscal_start): a sequence that starts in
    January to March with no written year starts in the next year.
    `moved`: the ids of the dates into_fiscal_year put in the fiscal year a run-up deck asks for: each is that fiscal
    year's month (its January to March the year after), whatever came before, and the dates after it count from it."""
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
            if isinstance(point, str) and not yearless and m.min in (None, point):
                base, shift, prev_month = int(point[:4]), 0, None  # a span of years (平成20年代) names no one year
            continue
        month = int(point[5:7])
        if not yearless:
            base, shift, prev_month = int(point[:4]), 0, month
            continue
        first = m.min if isinstance(m.min, str) else point
        if id(m) in moved:  # already in the fiscal year's year: only its January to March go on one more
            delta = 1 if int(first[5:7]) <= _FISCAL_LAST_MONTH else 0
            m.min, m.max = _add_years(m.min, delta), _add_years(m.max, delta)
            base, shift, prev_month = int(first[:4]) + delta, 0, int(first[5:7])
            continue
        if prev_month is not None and int(first[5:7]) < prev_month:
            shift += 1
        elif prev_month is None and base is None and fiscal_start and int(first[5:7]) <= _FISCAL_LAST_MONTH:
            shift = 1
        prev_month = int(first[5:7])  # overlapping steps (7月~12月, 10月~1月) roll over on their starts
        written = int(first[:4])
        delta = (base if base is not None else written) + shift - written
        if delta:
            m.min = _add_years(m.min, delta)
            m.max = _add_years(m.max, delta)


def _add_years(iso: Any, n: int) -> Any:
    return f"{int(iso[:4]) + n:04d}{iso[4:]}" if isinstance(iso, str) else iso


@lru_cache(maxsize=1)
def _programme_words() -> re.Pattern[str]:
    return re.compile(alternation(load("anchors")["schedule_steps"]["programme"]))


def programme_line(text: str) -> bool:
    """The line tells a step of the programme's own schedule (公募, 採択, 開催: anchors.json schedule_steps programme)."""
    return _programme_words().search(text) is not None


def into_fiscal_year(m: Any) -> None:
    """A year-less date of a deck dated in its budget's run-up (RuleContext.fiscal_start: deck_year is the fiscal
    year's previous one) that names a step of the programme's own schedule falls in the fiscal year it asks for:
    `公募は5月頃に開始` in a 令和8年度概算要求 sheet is 2026-05. Its January to March move on with it: roll_over, told
    which dates were moved, puts them one year on again (`1月に採択` is 2027-01), once."""
    m.min, m.max = _add_years(m.min, 1), _add_years(m.max, 1)
