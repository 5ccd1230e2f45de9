"""The role passes over a text deck's tables that the table's own layout decides (context/scope.py runs them once every
figure has its scope's role): an enterprise's 款項 table, the sum closing a list of accounts, a programme table with
one budget column, a table of bare year columns. (A table flattened with spaces or one cell a line: its columns are
read once, by context/cell_columns.py, and their roles given with their years, context/fiscal_columns.py.)"""
from __future__ import annotations

from collections.abc import Sequence

from . import account_levels, appropriation_tables, programme_tables, year_columns
from .labels import LineInfo


def apply(infos: Sequence[LineInfo], kind: str | None) -> None:
    """`kind`: the role of the deck's budget scope (its title's, a kind-only title's), if any."""
    appropriation_tables.apply(infos, kind)  # `| 款項 | 予定額 |`: an enterprise's expenditure 款・項 its budget
    appropriation_tables.class_lines(infos)  # `支出` / `下水道事業費用 3,085,120千円`: the same without `|`, a class
    account_levels.sum_lines(infos)  # `一般会計 412億円` … `合計 759億円`: the sum closing the accounts, the whole budget
    programme_tables.apply(infos, kind)  # `| 事業名 | 予算額 | 概要 |`: each programme's money, of the deck's kind
    year_columns.apply(infos, kind)  # `| 会計区分 | 令和7年度 | 令和6年度 |`: last year's column beside the year's budgets
