"""The fiscal year a status date gives the figures under it (issue 21; GUIDE: the title is a label for the whole
document, and so is a heading or a table's caption for its part). A disclosure as of a day (`特別職の給与について
(平成31年4月1日現在)`, a pay table's caption `職員の給料月額(令和5年4月1日現在)`, a line of its own `(平成19年4月1日現在)` over
the table) states its figures for the fiscal year that day falls in (April to March: 2019-04-01 -> FY2019, 2020-03-31 ->
FY2019), though the rows write the days since when each rate applies (`平成26年4月1日`: a row's own date, no scope).

Read last (context/dated_scopes.py captioned), only where no scope above the figure, no cover and no `本年度` state a fiscal year:
a plan's or a budget's own year wins over the day its figures were counted (`令和6年度事業計画` over `(令和6年3月31日現在)`).
Not a status date: a web page's stamp (`更新日 令和1年10月11日`, `[掲載日:2023年8月7日]`: no `現在` after it), a day with no
month (`2023年現在`: which fiscal year is not said), a recurring day (`(各年4月1日現在)`: no year written), a date in a
sentence (`職員数は、平成19年4月1日現在の人数である。`: a note on one column) and two different years in one scope.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import cast

from ..dictionary import eras, load
from ..model import Mention
from .elided_years import reading_at
from .fiscal_document import WRITTEN_YEAR
from .fiscal_marks import words
from .labels import LineInfo


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    return re.compile(load("fiscal_scope")["status_after"])


def fiscal_of(d: Mention) -> int | None:
    """The fiscal year of a dated day or month (`2019-04-01`, `2012-09`), else None."""
    if WRITTEN_YEAR.search(d.text) is None:
        return None  # (`(各年4月1日現在)`, `4月1日現在`: the deck's year lent to a day, no year the writer states)
    iso = str(d.min or "")
    found = re.match(r"(\d{4})-(\d{2})", iso)
    if found is None or d.max not in (None, d.min):
        return None
    year, month = int(found.group(1)), int(found.group(2))
    return year - 1 if month < words().start_month else year


def status_year(info: LineInfo, start: int, end: int) -> int | None:
    """The one fiscal year the status dates of the line's raw span start..end (a node's segment) give (None: none, or
    two, or a sentence's)."""
    if "。" in info.norm or not dates_stock(info.norm):
        return None  # a sentence's date tells when something was counted, a note on one column, not the scope's
    dates = [d for d in info.mentions if d.kind == "date" and start <= d.raw_start < end]
    years = {y for d in dates if _after().match(info.norm, d.end) is not None and (y := fiscal_of(d)) is not None}
    if not dates:  # (`…の状況(22年4月1日現在)`: an era-less day, no mention, read in the era the text fixed before it)
        found = _eraless().finditer(info.norm, start, min(end, len(info.norm)))
        years = {y - 1 if int(e.group(2)) < words().start_month else y for e in found
                 if (y := reading_at(info, int(e.group(1)))) is not None}
    return years.pop() if len(years) == 1 else None


@lru_cache(maxsize=256)
def dates_stock(text: str) -> bool:
    """Whether a status date may date the figures of a caption or figure line `text`: not a fee list's, a body's profile's
    or a running total's (fiscal_scope.json status_not: `使用料金表`, `会社概要`, `基本財産`, `累計`). Cached: every figure
    of a line asks, and a scan per figure is quadratic on a long line."""
    return not any(w in text for w in load("fiscal_scope")["status_not"])


@lru_cache(maxsize=1)
def _eraless() -> re.Pattern[str]:
    """An era-less status date: a year of one or two digits with no era (its name's first or last letter, eras.json) or
    digit before it, its month (and day)."""
    marks = "".join(sorted({k[0] for k in eras()} | {k[-1] for k in eras()}))
    return re.compile(rf"(?<![\d{re.escape(marks)}.,])(\d{{1,2}})\s?年\s?(\d{{1,2}})\s?月(?:\s?\d{{1,2}}\s?日)?"
                      + load("fiscal_scope")["status_after"])


def own_year(info: LineInfo, start: int, end: int) -> int | None:
    """The fiscal year of the day the figure's own clause (start..end, the figure's start) states it as of, the nearest
    (`令和4年3月31日の残高は82.8億円`: FY2021; `7年3月末現在高は、7762億円`, era-less, read in the era the text fixed: fiscal_scope.json
    status_own); None where its clause names no such day, no stock (status_own_stock: `令和8年1月1日現在において…1万円を加算`, a
    grant's reference day) or a running total (`…現在の累計額は`: status_not)."""
    clause = info.norm[start:end]
    if "月" not in clause or not dates_stock(clause) or not _names_stock(clause):
        return None  # (the common clause names no day: stays cheap)
    days = [d for d in (_nearest_day(info, start, end), _nearest_eraless(info, start, end)) if d is not None]
    return max(days)[1] if days else None


def _own_days(info: LineInfo) -> tuple[list[int], list[tuple[int, int, int]]]:
    """The line's dated days a status_own follows ((start, end, fiscal year), by start), once per line: each figure
    bisects them, as a scan of the line's mentions per figure made a long line quadratic."""
    key = "status_dates.own_days"
    if key not in info.memo:
        own = _own()
        days = sorted((d.start, d.end, y) for d in info.mentions if d.kind == "date"
                      and own.match(info.norm, d.end) is not None and (y := fiscal_of(d)) is not None)
        info.memo[key] = ([s for s, _e, _y in days], days)
    return cast("tuple[list[int], list[tuple[int, int, int]]]", info.memo[key])


def _nearest_day(info: LineInfo, start: int, end: int) -> tuple[int, int] | None:
    starts, days = _own_days(info)
    for k in range(bisect_right(starts, end) - 1, bisect_left(starts, start) - 1, -1):
        if days[k][1] <= end:
            return days[k][0], days[k][2]
    return None


def _nearest_eraless(info: LineInfo, start: int, end: int) -> tuple[int, int] | None:
    """The nearest era-less day (`7年3月末現在高`) in start..end, its lookahead within end as finditer(start, end) saw it."""
    key = "status_dates.own_eraless"
    if key not in info.memo:
        every = list(_own_eraless().finditer(info.norm))
        info.memo[key] = ([e.start() for e in every], every)
    starts, found = cast("tuple[list[int], list[re.Match[str]]]", info.memo[key])
    own = _own()
    for k in range(bisect_right(starts, end) - 1, bisect_left(starts, start) - 1, -1):
        e = found[k]
        if e.end() <= end and own.match(info.norm, e.end(), end) is not None \
                and (y := reading_at(info, int(e.group(1)))) is not None:
            return e.start(), y - 1 if int(e.group(2)) < words().start_month else y
    return None


@lru_cache(maxsize=256)
def _names_stock(clause: str) -> bool:
    return any(w in clause for w in load("fiscal_scope")["status_own_stock"])


@lru_cache(maxsize=1)
def _own() -> re.Pattern[str]:
    return re.compile(load("fiscal_scope")["status_own"])


@lru_cache(maxsize=1)
def _own_eraless() -> re.Pattern[str]:
    """An era-less day (`7年3月末`) the figure's own clause states it as of (as _eraless, with status_own after it)."""
    marks = "".join(sorted({k[0] for k in eras()} | {k[-1] for k in eras()}))
    return re.compile(rf"(?<![\d{re.escape(marks)}.,])(\d{{1,2}})\s?年\s?(\d{{1,2}})\s?月(?:\s?\d{{1,2}}\s?日)?"
                      rf"(?=(?:{load('fiscal_scope')['status_own']}))")
