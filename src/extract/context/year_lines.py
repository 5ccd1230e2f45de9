"""A year on a line of its own heads the lines indented under it (issue 21): a list of a fund's or a programme's money by
year writes most years with their figure (`平成27年度   808,268,000円`), but a year of two parts on a line of its own, its
parts indented below it (`平成28年度` / `    通常分  1,140,068,000円` / `  経済対策分   723,301,000円`). Each figure of the
indented lines is that year's, as a table's row of a year is (GUIDE: the innermost scope that states a year gives it).
Only a line that is the year alone (a marker or a box around it may stand) heads; the run ends at the first line indented
no deeper than it; only figures no other pass gave a year take it. Each line is read once.

A list of a programme's totals by year, one row a year, its row label a bare four-digit year (`2011 1,600,802,000円` /
`2012 998,681,000円` / …: no mention, GUIDE bare years in tables) gives each row's figure its row's year, over any scope's
(`2022年度の…採択事業一覧` above it): at least `_ROW_RUN` such rows, the years one apart in order."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .fiscal_marks import single
from .labels import LineInfo

#: what may stand around a heading year on its line: spaces, a marker, a box or a bracket, a colon
_AROUND = re.compile(r"[\s\u3000・●○◯■□◆◇▼▽【】\[\]［］(（)）:：]*")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \u3000\t"))


def _heading_year(info: LineInfo) -> int | None:
    """The year a line states and nothing else (`平成28年度`, `【令和6年度】`), else None."""
    if len(info.fiscal_years) != 1 or info.amounts:
        return None
    f = info.fiscal_years[0]
    rest = info.norm[:f.start] + info.norm[f.end:]
    return single(f) if _AROUND.fullmatch(rest) else None


#: a row of a list by year: a bare four-digit year, then its figure alone
_YEAR_ROW = re.compile(r"[\s\u3000・●■]*((?:19|20)\d{2})[\s\u3000:：|｜]+(?=\S)")
#: how many rows one year apart make a list by year
_ROW_RUN = 3


def _row_year(info: LineInfo) -> int | None:
    """The bare year that labels a row of one figure (`2011 1,600,802,000円`), else None."""
    found = _YEAR_ROW.match(info.norm)
    if found is None or len(info.amounts) != 1 or info.fiscal_years or info.amounts[0].start != found.end() \
            or info.norm[info.amounts[0].end:].strip(" \u3000|｜"):
        return None
    return int(found.group(1))


def year_rows(infos: Sequence[LineInfo]) -> None:
    """Give each row of a list by bare year its year (module docstring)."""
    run: list[tuple[int, LineInfo]] = []
    for info in [*infos, None]:
        y = _row_year(info) if info is not None else None
        if y is not None and (not run or y == run[-1][0] + 1):
            run.append((y, info))  # type: ignore[arg-type]
            continue
        if len(run) >= _ROW_RUN:
            for year, row in run:
                row.amounts[0].fy = year
        run = [(y, info)] if y is not None and info is not None else []


def apply(infos: Sequence[LineInfo]) -> None:
    """Give the figures of the lines indented under a year alone on its line that year (module docstring)."""
    year: int | None = None
    depth = 0
    for info in infos:
        if not info.norm.strip():
            year = None  # a blank line ends the run
            continue
        if year is not None and _indent(info.norm) <= depth:
            year = None
        if year is None:
            if (found := _heading_year(info)) is not None:
                year, depth = found, _indent(info.norm)
            continue
        if info.fiscal_years:
            year = None  # a line that states a year of its own: the list goes on by its own years
            continue
        for m in info.amounts:
            if m.fy is None:
                m.fy = year
