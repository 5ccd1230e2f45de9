"""A fiscal year written as its months (issue 21): `昨年度(2017年4月ー18年3月)、1525億円の資金援助`, `2023年4月～2024年3月の
実績 3億円`: a span from April of one year to March of the next is that year's fiscal year (GUIDE: fiscal years start in
April). The context passes read it as a written fiscal year at its place (the figure it labels is that year's); the
published mentions keep the date and never hold it. Not such a span: other months (`2017年4月～2018年9月`: no one
fiscal year), a span over more years (`2017年4月～2019年3月`), a day in March (`～2018年3月31日`: a deadline's day is a
date's)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Line
from .elided_years import add, hidden
from .fiscal_marks import words
from .labels import LineInfo


@lru_cache(maxsize=1)
def _span() -> re.Pattern[str]:
    """The fiscal year's first month of a four-digit year (its day may be written), a dash, its last month of a year
    written in two or four digits (fiscal_scope.json fiscal_start_month: April to March)."""
    first = words().start_month
    last = (first - 2) % 12 + 1
    return re.compile(rf"((?:19|20)\d{{2}})\s*年\s*0?{first}\s*月\s*(?:\d{{1,2}}\s*日\s*)?[-－ー―〜~～]\s*((?:19|20)?\d{{2}})\s*年"
                      rf"\s*0?{last}\s*月(?!\s*\d)")


def read(lines: Sequence[Line], infos: Sequence[LineInfo]) -> None:
    """Add the fiscal year of each April-to-March span to its line's mentions for the context passes."""
    for line, info in zip(lines, infos):
        if "年" not in info.norm:
            continue
        added = []
        for e in _span().finditer(info.norm):
            year, last = int(e.group(1)), int(e.group(2))
            last = last if last >= 1000 else year // 100 * 100 + last
            if last == year + (words().start_month > 1):
                added.append(hidden(line, e.start(), e.end(), year, year, source="months"))
        add(info, added)
