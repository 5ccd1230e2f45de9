"""A figure's year from the deck's other figures (context/fiscal_scope.py), where no scope gave one: the year the deck
states where it writes the same figure again, and the one year all of a text deck's budget figures are stated for."""
from __future__ import annotations

from ..model import Mention
from .fiscal_marks import single
from .fiscal_marks import written as written_year
from .labels import LineInfo

#: a figure this precise (significant digits) is one figure wherever the deck writes it, not a coincidence
_PRECISE = 4


def _precise(m: Mention) -> bool:
    return m.min is not None and m.min == m.max and len(str(int(m.min)).rstrip("0")) >= _PRECISE


def figures_year(infos: list[LineInfo], blocked: set[int]) -> None:
    """A text deck whose title, lead-in and labels state no year, but whose budget figures are all stated for one year
    (`合計 令和5年度 79億5,109万円`, the year before as `令和4年度`, last year's) and that writes no other year: that year
    is the document's, for its figures no scope gave one (`●一般廃棄物処理施設整備事業 2億7,664万円`)."""
    years = {int(a.fy) for info in infos for a in info.amounts if a.role in ("budget", "supplementary_budget") and a.fy is not None}
    if len(years) != 1:
        return
    year = years.pop()
    written = {y for info in infos for f in info.fiscal_years if (y := single(f)) is not None and written_year(f)}
    if not written <= {year, year - 1}:
        return  # the deck writes other years too (a plan, a settlement, requests of two years): no one year is its own
    for info in infos:
        for a in info.amounts:
            if a.fy is None and id(a) not in blocked:
                a.fy = year - 1 if a.role == "previous_budget" else year


def restated(infos: list[LineInfo], blocked: set[int]) -> None:
    """A figure no scope gave a year takes the year the deck states where it writes the same figure again (`予算総額は
    79億5,109万円で…` and the table's `合計 令和5年度 79億5,109万円`): one figure, one year."""
    years: dict[int, set[int]] = {}
    for info in infos:
        for a in info.amounts:
            if a.fy is not None and _precise(a):
                years.setdefault(int(a.min), set()).add(int(a.fy))
    for info in infos:
        for a in info.amounts:
            if a.fy is None and id(a) not in blocked and _precise(a) and len(found := years.get(int(a.min), set())) == 1:
                a.fy = next(iter(found))
