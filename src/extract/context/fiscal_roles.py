"""The previous-year role where it follows from the figure's year (issue 21): the last step of the role pass
(context/scope.py), once the year pass (context/fiscal_scope.py) has settled every figure's year and reported what it
read of each figure left open or read as last year's (`YearFacts`); every other role is decided by context/roles.py
and scope.py:

- a table figure in a year's column (`| 区分 | 令和6年度 | 令和5年度 |`, spaced, one cell a line: context/cell_columns.py)
  read as a budget is no budget of the scope's year where its column is another year's (the year before's: the
  previous year's budget; a plan's later year, a change's or a settlement's column: `other`); in a budget deck a row's
  figure no label named in the column of the year before its budget's is that budget's previous year's
  (context/fiscal_columns.py column_role, previous_in_rows);
- a figure read as the previous year's (`previous_budget`) whose own words make it a change (`昨年度と比べ…(5億7千万円)
  の減少`) is the scope year's: it is no previous-year figure but a change, `other` (a level whose words name the
  previous year only as its base, `前年度を上回る32億円`, keeps the role roles.py gave it; its year is the scope's);
- a figure no label named (role `other` from the fallback) that its own words date to the year before the scope's
  (`2022年度の4600億円から2割増えた`, `昨年度の113億円から大幅に増加し165億円に`) and that is the base of a change
  (`…から` after it), in a request (whose compared figures are budgets; a city's summary compares revenues too), is
  the previous year's budget (GUIDE: the previous year's figures beside a request are `previous_budget` of the year
  before); not a settlement's (`決算`) figure.
The words are data (dictionary/fiscal_scope.json change_base_after, budget_document.settlement)."""
from __future__ import annotations

import re
from typing import NamedTuple

from ..dictionary import load
from ..model import Mention
from .assessment_columns import REQUEST
from .cell_columns import Column
from .fiscal_columns import column_role, previous_in_rows
from .labels import LineInfo

_OPEN = ("fallback", "under", "")


class YearFacts(NamedTuple):
    """What the year pass read of a figure: its own words before it (`head`), the year its scope (or the document) states,
    and whether its own words make it a change, the scope year's (`this_years`)."""
    m: Mention
    info: LineInfo
    head: str
    year: int | None
    this_years: bool
    #: a table figure's column (context/cell_columns.py, fiscal_columns.py), whose year the year pass gave it
    column: Column | None = None


def apply(facts: list[YearFacts], request: bool, rows: bool) -> None:
    """Correct the previous-year roles from the settled years, in reading order: first the roles a table's columns give
    (fiscal_columns.column_role; `rows`: the deck is a budget's, whose rows pair a budget with its previous year's,
    fiscal_columns.previous_in_rows), then the others'; `request`: the deck is a request's."""
    cells = [(f.m, f.column, f.year) for f in facts if f.column is not None]
    for m, col, scope in cells:
        if m.role_source != REQUEST:  # (a request's column is its requested year's budget, not a later year's plan)
            column_role(m, col, scope)
    if rows:
        previous_in_rows([(m, col) for m, col, _ in cells])
    for f in facts:
        if f.column is None:
            settle(f.m, f.info, f.head, f.year, f.this_years, request)


def settle(m: Mention, info: LineInfo, head: str, year: int | None, this_years: bool, request: bool) -> None:
    """Correct the figure's previous-year role from its settled year. `head`: its own words before it; `year`: the
    year its scope (or the document) states; `this_years`: its own words make it a change, the scope year's;
    `request`: the deck is a request's (its compared figures are budgets, not revenues)."""
    if m.role == "previous_budget" and this_years and m.fy is not None and m.fy == year:
        m.role, m.role_source = "other", "change"
        return
    if not request or m.role != "other" or m.role_source not in _OPEN or year is None or m.fy != year - 1:
        return
    if any(w in head for w in load("fiscal_scope")["budget_document"]["settlement"]):
        return
    if re.match(load("fiscal_scope")["change_base_after"], info.norm[m.end:]):
        m.role, m.role_source = "previous_budget", "scope"
