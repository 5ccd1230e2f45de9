"""A one-programme sheet's cost table (a prefecture's budget-database sheet: the programme's cost beside its staff cost
and the two together, a row a stage or a year), flattened a row a line:

    事業費(A) 人件費(B) トータルコスト
    (A+B)
    19年度予算計上額 201,174千円 19,497千円 220,671千円 2.38人 …
    19年度予算要求額 201,174千円 19,829千円 221,003千円 2.38人 …
    18年度予算額 6,759千円 5,989千円 7,421千円 …

The header line names what each column is (roles.json cost_tables): only the programme's own cost column holds its
budget; the staff cost and the total with staff are `other` (dev10c, where the same table stands one cell a line), with
their row's year (the year the row's cost figure got from its label). The rows are the stages of the programme's
compilation: where one row is the adopted stage (`…予算計上額`, `…当初予算額(最終)`), a request's row is a step on the
way, `other` (GUIDE: the assessment is the budget, the request other; compilation_stages.py tells stages under headings).

The sheet is ONE programme's: its budget is the adopted row's cost. A budget figure written further down the sheet with
another value is a step or a part of it (`要求額:665千円` / `計上額:665千円` of an adjustment, a 積算 line `(1)報酬
1,805千円`): `other`; one with the same value restates it and keeps its role.
Text decks only: a PDF's table is read from its cells."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import BUDGET_ROLES, LineInfo

#: how far under its header a table's first row may start (the header's wrapped cells and a staff header between)
_REACH = 6
#: a header line is short
_HEADER_MAX = 60
SOURCE = "cost_table"


@dataclass
class _Table:
    columns: list[str]  # "cost" or "apart", in order
    rows: list[int]  # line indexes
    end: int  # the first line after the table


@lru_cache(maxsize=1)
def _words() -> dict[str, object]:
    return dict(load("roles")["cost_tables"])


def _columns(info: LineInfo) -> list[str] | None:
    """The kinds of a header line's columns (`事業費(A) 人件費(B) トータルコスト`), or None: every cell a column word, one
    of them the programme's cost and one not."""
    text = info.norm.strip()
    if info.amounts or not text or len(text) > _HEADER_MAX:
        return None
    words = _words()
    cells = [re.sub(str(words["marks"]), "", c) for c in text.split()]
    kinds = ["cost" if c in words["cost"] else "apart" if c in words["apart"] else "" for c in cells if c]  # type: ignore[operator]
    if "" in kinds or "cost" not in kinds or "apart" not in kinds:
        return None
    return kinds


def _table(infos: Sequence[LineInfo], i: int, columns: list[str]) -> _Table | None:
    """The rows under header line i: lines opening with a label and holding a figure a column."""
    rows: list[int] = []
    k = i + 1
    while k < len(infos) and (rows or k <= i + _REACH):
        info = infos[k]
        if len(info.amounts) >= len(columns) and info.norm[:info.amounts[0].start].strip():
            rows.append(k)
        elif rows:
            break
        k += 1
    return _Table(columns, rows, k) if rows else None


def _label(info: LineInfo) -> str:
    return info.norm[:info.amounts[0].start]


def apply(infos: Sequence[LineInfo]) -> None:
    """Read every cost table of the deck (see the module's docstring)."""
    for i, info in enumerate(infos):
        columns = _columns(info)
        table = _table(infos, i, columns) if columns else None
        if table is not None:
            _read(infos, table)


def _read(infos: Sequence[LineInfo], table: _Table) -> None:
    words = _words()
    requested = tuple(load("roles")["assessment"]["requested"])
    adopted = [r for r in table.rows if any(w in _label(infos[r]) for w in words["adopted"])]  # type: ignore[attr-defined]
    cost = table.columns.index("cost")
    for r in table.rows:
        cells = infos[r].amounts[:len(table.columns)]
        year = cells[cost].fy
        request = bool(adopted) and r not in adopted and any(w in _label(infos[r]) for w in requested)
        for kind, m in zip(table.columns, cells, strict=True):
            if kind == "apart" or request:
                _other(m)
                m.fy = year if year is not None else m.fy
    if len(adopted) == 1:
        _restated(infos, table.end, infos[adopted[0]].amounts[cost])


def _restated(infos: Sequence[LineInfo], start: int, budget: Mention) -> None:
    """Below the table, a budget figure with another value than the adopted cost is a step or a part of it."""
    if budget.role not in BUDGET_ROLES or budget.role == "previous_budget":
        return
    for info in infos[start:]:
        for m in info.amounts:
            if m.role in BUDGET_ROLES and m.role != "previous_budget" and (m.min, m.max) != (budget.min, budget.max):
                _other(m)


def _other(m: Mention) -> None:
    m.role, m.role_source = "other", SOURCE
