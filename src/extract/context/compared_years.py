"""The year a deck compares to, stated only in its comparison table's header (`平成27年度 平成28年度 比 較`): a summary of
a budget's changes by class (`【民生費】…事業費が約5億8200万円の増…全体で約8億8900万円の増`) often writes its year nowhere but
in the header of the table it summarises, two consecutive years side by side and then the column of their difference.
The changes (also where another pass read them as of the header's first year, the base) are of the later year: the one the deck's budget is
(GUIDE: a change is `other` with the year of the figure it changes; the header scopes its table's deck).

Read only where the deck has one such header (two consecutive fiscal years with nothing but spaces between them, a
change column's word right after: roles.json column_change_words), and only changes (`…の増`, `…の皆減`) with no year
or the base's take it; other figures keep theirs. A deck with two such headers of different years is left alone.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..dictionary import load
from .fiscal_marks import single
from .labels import LineInfo

#: how far after the later year the change column's word may stand (its letters may be spaced: `比 較`)
_AFTER = 12
#: a change written right after its figure (`約5億8200万円の増`, `約2億1100万円の皆増`, `3億円減`)
_CHANGE = re.compile(r"\s*(?:\(.{0,12}?\))?\s*の?\s*皆?(?:増|減)")


def _header_year(info: LineInfo) -> set[int]:
    """The later year of each `YEAR YEAR+1 比較` header of the line."""
    words = tuple(load("roles")["column_change_words"])
    out: set[int] = set()
    for a, b in pairwise(sorted(info.fiscal_years, key=lambda f: f.start)):
        ya, yb = single(a), single(b)
        if ya is None or yb != ya + 1 or info.norm[a.end:b.start].strip():
            continue
        if re.sub(r"\s", "", info.norm[b.end:b.end + _AFTER]).startswith(words):
            out.add(yb)
    return out


def apply(infos: Sequence[LineInfo]) -> None:
    """Give the year-less figures of a deck with one comparison header its later year (see the module's docstring)."""
    years: set[int] = set()
    for info in infos:
        if len(info.fiscal_years) >= 2:
            years |= _header_year(info)
    if len(years) != 1:
        return
    year = years.pop()
    for info in infos:
        for m in info.amounts:
            change = m.role == "other" and _CHANGE.match(info.norm, m.end) is not None
            if change and m.fy in (None, year - 1):
                m.fy = year  # a change read as of the base year (the header's first) is of the year it changes to
