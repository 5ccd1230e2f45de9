"""A fiscal year written as its months (issue 21): `昨年度(2017年4月ー18年3月)、1525億円の資金援助`, `2023年4月～2024年3月の
実績 3億円`: a span from April of one year to March of the next is that year's fiscal year (GUIDE: fiscal years start in
April). The context passes read it as a written fiscal year at its place (the figure it labels is that year's); the
published mentions keep the date and never hold it. Not such a span: other months (`2017年4月～2018年9月`: no one
fiscal year), a span over more years (`2017年4月～2019年3月`), a day in March (`～2018年3月31日`: a deadline's day is a
date's)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Line
from .elided_years import add, hidden
from .labels import LineInfo

#: April of a four-digit year (its day may be written), a dash, March of the next year written in two or four digits
_SPAN = re.compile(r"((?:19|20)\d{2})\s*年\s*0?4\s*月\s*(?:\d{1,2}\s*日\s*)?[-－ー―〜~～]\s*((?:19|20)?\d{2})\s*年\s*0?3\s*月(?!\s*\d)")


def read(lines: Sequence[Line], infos: Sequence[LineInfo]) -> None:
    """Add the fiscal year of each April-to-March span to its line's mentions for the context passes."""
    for line, info in zip(lines, infos):
        if "4" not in info.norm or "3" not in info.norm:
            continue
        added = []
        for e in _SPAN.finditer(info.norm):
            year, last = int(e.group(1)), int(e.group(2))
            last = last if last >= 1000 else year // 100 * 100 + last
            if last == year + 1:
                added.append(hidden(line, e.start(), e.end(), year, year, source="months"))
        add(info, added)
