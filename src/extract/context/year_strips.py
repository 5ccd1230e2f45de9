"""A programme sheet's strip of years on one row (an evaluation sheet's `予算額 令和4年度 令和5年度 令和6年度` over `当初予算
1,200千円 1,350千円 1,500千円`): the row's budget is the figure of the sheet's year (the title's, else the latest column),
last year's the previous budget, older ones history (`other`); a later year's (a request column) that year's budget.
Read after the columns gave each figure its year
(fiscal_scope.py): only the roles change, so the row lands on the sheet's year, not the first column's."""
from __future__ import annotations

from collections.abc import Sequence

from .labels import LineInfo, label_role

#: how many year columns make a strip
_STRIP = 3


def _strip_years(info: LineInfo) -> list[int] | None:
    """The years of a row's figures where they step by one year each way (a strip), else None."""
    years = [m.fy for m in info.amounts]
    if len(years) < _STRIP or any(y is None for y in years) or info.fiscal_years:
        return None  # (`令和3年度7097億円、令和4年度6904億円…`: each figure its own year written, a history in prose)
    steps = {b - a for a, b in zip(years, years[1:])}  # type: ignore[operator]
    return years if steps in ({1}, {-1}) else None  # type: ignore[return-value]


def apply(infos: Sequence[LineInfo], title_year: int | None) -> None:
    """Give the figures of each year strip whose row is labelled a budget (`当初予算`, `予算額`) the roles of the sheet's year
    (see the module's docstring)."""
    for info in infos:
        years = _strip_years(info)
        if years is None:
            continue
        label = label_role(info.norm[:info.amounts[0].start])
        if label is None or label[0] not in ("budget", "supplementary_budget"):
            continue  # `執行額`, `決算額`, `事業費` rows: what was spent, no budget's strip
        year = title_year if title_year in years else max(years)
        for m, y in zip(info.amounts, years):
            if m.per is not None or "at_most" in m.qualifiers:
                continue  # a rate or a cap in the strip keeps its role
            # a later year's column (`令和8年度要求` on a 令和7年度 sheet) is that year's budget asked for
            role = label[0] if y >= year else "previous_budget" if y == year - 1 else "other"
            if role != m.role:
                m.role, m.role_source = role, "strip"
