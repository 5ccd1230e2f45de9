"""The year of a deck that writes none, from the weekdays its dates carry (`11月24日(金曜日)`, `12月1日（金）`).

A council's or an office's schedule often gives month, day and weekday and no year: the weekdays fix the year
up to a cycle of several years. The deck's year is then the latest year, not after the year of the reference
date given (`as_of`: the run's as-of date, recorded in its manifest; never the clock, so the same deck read
another year gets the same year), on which most of its weekday-marked dates fall on their weekdays (a schedule crossing New Year has its
January dates in the next year: they are outvoted, and roll over later like any year-less date). At least two
dates must agree and more than half of them; else the deck keeps no year and its year-less dates stay out.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from ..dictionary import load

#: how far back the year is looked for: a schedule read today is of a recent year
_YEARS_BACK = 30
_MIN_DATES = 2


@cache
def _dated() -> re.Pattern[str]:
    days = "".join(load("anchors")["weekdays"])
    return re.compile(rf"(?<!\d)(?P<m>\d{{1,2}})\s?月\s?(?P<d>\d{{1,2}})\s?日\s?\(\s?(?P<w>[{days}])(?:曜日?)?(?:・祝)?\s?\)")


def _fits(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _found(texts: Iterable[str]) -> set[tuple[int, int, int]]:
    days = load("anchors")["weekdays"]
    return {(int(m.group("m")), int(m.group("d")), days.index(m.group("w"))) for t in texts for m in _dated().finditer(t)}


def weekday_year(texts: Iterable[str], as_of: dt.date, least: int = _MIN_DATES) -> int | None:
    """The latest year not after `as_of`'s on which most (over half, at least `least`) of the `M月D日(曜)` dates of
    `texts` (normalized) fall on their weekdays; None when the texts give fewer such dates. Asked of one date (`least`
    1: a notice's day), a day of `as_of`'s year after it counts for none (the notice is read after it was given)."""
    found = _found(texts)
    if len(found) < least:
        return None
    best, votes = None, 0
    for year in range(as_of.year, as_of.year - _YEARS_BACK, -1):
        n = sum(_fits(year, *f) and (least > 1 or (year, f[0], f[1]) <= (as_of.year, as_of.month, as_of.day)) for f in found)
        if n > votes:
            best, votes = year, n
    return best if votes >= least and 2 * votes > len(found) else None


def weekdays_refute(texts: Iterable[str], year: int) -> bool:
    """Whether the `M月D日(曜)` dates of `texts` (normalized) are against `year`: some are written and at most half
    of them fall on their weekdays in it."""
    found = _found(texts)
    return bool(found) and 2 * sum(_fits(year, *f) for f in found) <= len(found)

