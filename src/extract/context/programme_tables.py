"""A text table that lists programmes with one budget column (`| 事業名 | 予算額 | 概要 |`, then `| 道路改良事業 |
1億円 | 市道の改良 |`): each row's figure is that programme's money, of the deck's budget kind (GUIDE: an
amount in a budget document's item line is a budget figure of the scope's kind). The header names
the programme column (roles.json programme_heads: `事業名`, `主な事業`…; not `区分`, which heads a revenue
table too) and exactly one column that a budget label names (`予算額`, `当初予算額`), or bare year columns
(`| 事業名 | 令和7年度 | 令和6年度 |`: the latest year's column; context/fiscal_columns.py then reads
the year before's); tables with two role columns are read by context/label_columns.py. Only figures no other
rule gave a role (left by the fallback) are read."""
from __future__ import annotations

from collections.abc import Sequence

from ..dictionary import load
from .column_header import PipeRow, under_headers
from .fiscal_columns import year_header
from .labels import BUDGET_ROLES, LineInfo, label_role


def _header(row: PipeRow) -> list[bool] | None:
    """Per cell, whether it is the budget column, for a programme table's header row; else None."""
    cells = [c.label for c in row.cells]
    money = [bool(c) and len(c) <= 8 and (found := label_role(c)) is not None and found[0] in BUDGET_ROLES for c in cells]
    if not any(money) and (years := year_header(row)) is not None:  # `| 事業名 | 令和7年度 | 令和6年度 |`: the latest year's
        money = [y is not None and y == max(x for x in years if x is not None) for y in years]
    named = any(c in load("roles")["programme_heads"] for c in cells)
    return money if named and sum(money) == 1 else None


def apply(infos: Sequence[LineInfo], kind: str | None) -> None:
    """Give the budget column's figures of programme tables the deck's budget kind (module docstring)."""
    if kind not in BUDGET_ROLES or kind == "previous_budget":
        return
    for m, money in under_headers(infos, _header):
        if money and m.role == "other" and m.role_source == "fallback" and m.text.lstrip()[:1] not in "+＋△▲-":
            m.role, m.role_source = kind, "column"
