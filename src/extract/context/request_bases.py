"""The budget a request is compared with (issue 21): in a request's deck, a figure its own words label as the budget of the
year before the request's (`平成22年度予算額 1兆1,585億円` on a slide of `平成23年度概算要求・要望額 1兆1,909億円`, `令和6年度当初
予算額 3億円` beside `令和7年度要求額 3億5千万円`) is the request's previous year's budget (GUIDE: the previous year's figures
beside a request are `previous_budget` of the year before), whatever the deck's other labels made of it. Only where the deck
requests one year; a budget of that year's own (`平成23年度予算額`) or of an earlier year is left alone."""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from .fiscal_marks import labels_budget, labels_request, single, written
from .labels import LineInfo


def request_year(infos: Sequence[LineInfo]) -> int | None:
    """The one year the deck's request labels name (`平成23年度概算要求`), else None."""
    years = {y for info in infos for f in info.fiscal_years if labels_request(info, f) and (y := single(f)) is not None}
    return years.pop() if len(years) == 1 else None


def apply(infos: Sequence[LineInfo], head: object) -> None:
    """Make the figures labelled as the budget of the year before the deck's request the previous year's (module docstring).
    `head(info, m)`: where the figure's own words start (fiscal_scope._head)."""
    year = request_year(infos)
    if year is None:
        return
    for info in infos:
        for m in info.amounts:
            if m.role != "budget" or m.fy != year - 1:
                continue
            start = head(info, m)  # type: ignore[operator]
            starts = info.fiscal_starts
            own = info.fiscal_years[bisect.bisect_left(starts, start):bisect.bisect_right(starts, m.start)]
            if any(single(f) == year - 1 and written(f) and labels_budget(info, f) and not labels_request(info, f) for f in own):
                m.role, m.role_source = "previous_budget", "request_base"
