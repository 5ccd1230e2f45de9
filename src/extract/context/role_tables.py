"""The role passes over a text deck's tables that the table's own layout decides (context/scope.py runs them once every
figure has its scope's role): an enterprise's 款項 table, the sum closing a list of accounts, a programme table with
one budget column; and a list of works led by a sentence that names the budget (led_lists.py). (A table's year
columns, `|`, spaced or one cell a line, are read once, by context/cell_columns.py and fiscal_columns.py, which give
the roles that follow from their years: the year before's column beside a budget.)"""
from __future__ import annotations

from collections.abc import Sequence

from . import account_levels, appropriation_tables, assessment_columns, led_lists, programme_tables
from .labels import LineInfo


def apply(infos: Sequence[LineInfo], kind: str | None) -> None:
    """`kind`: the role of the deck's budget scope (its title's, a kind-only title's), if any."""
    appropriation_tables.apply(infos, kind)  # `| 款項 | 予定額 |`: an enterprise's expenditure 款・項 its budget
    appropriation_tables.class_lines(infos)  # `支出` / `下水道事業費用 3,085,120千円`: the same without `|`, a class
    account_levels.sum_lines(infos)  # `一般会計 412億円` … `合計 759億円`: the sum closing the accounts, the whole budget
    programme_tables.apply(infos, kind)  # `| 事業名 | 予算額 | 概要 |`: each programme's money, of the deck's kind
    assessment_columns.apply(infos)  # `| 事業名 | 要求額 | 査定額 |`, `| 当初予算 | 120 | 130 |` under year columns: each stage's
    if kind is None:
        led_lists.apply(infos)  # `…補正予算については、…` then `民生費で` / `- …事業に N円`: the lead sentence's budget
