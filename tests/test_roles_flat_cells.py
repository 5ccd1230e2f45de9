"""A table flattened one cell per line, names first and figures after (issue 21): the k-th figure is the k-th name's; paired
with an account's name it is that account's budget and sums it (total_of). Lines in the style of municipal web pages."""
from __future__ import annotations

import pytest

from extract.tables import budget_records

from .helpers import text_deck_outline

LEAD = "平成21年度北中城村の一般会計歳入歳出予算の総額は、47億1,525万8千円となりました。"


def run(*texts: str):
    mentions, _ = text_deck_outline(texts)
    return [m for m in mentions if m.kind == "amount"]


def at(found, line):
    return next(m for m in found if m.line == line)


@pytest.mark.parametrize("names", [
    ("一般会計 |", "国民健康保険 特別会計 |", "老人保健 特別会計 |"),
    ("一般会計 |", "国民健康保険特別会計 |", "水道事業会計 |"),
])
def test_figures_pair_with_the_account_names_above_them(names):
    found = run(LEAD, *names, "47億1,525万8千円 |", "21億4,676万9千円 |", "405万9千円 |")
    for k, name in enumerate(names):
        m = at(found, 2 + len(names) + k)
        assert (m.role, m.total_of) == ("budget", "".join(name.rstrip(" |").split()))
    assert budget_records([m.record() for m in found if m.line > 1]) == []  # accounts: totals, no programme rows


@pytest.mark.parametrize("lines", [
    # not as many figures as names: no pairing
    ("一般会計 |", "国民健康保険 特別会計 |", "老人保健 特別会計 |", "47億円 |", "21億円 |"),
    # names that are no accounts (a list of revenues)
    ("村税 |", "地方交付税 |", "県支出金 |", "12億円 |", "15億円 |", "3億円 |"),
    # a change is no account's budget
    ("一般会計 |", "特別会計 |", "△2億円 |", "△1億円 |"),
])
def test_near_miss_no_account_budget(lines):
    found = run(LEAD, *lines)
    first = min(m.line for m in found if m.line > 1)  # right under its name cell: the name line's figure (older rule)
    assert all(m.role != "budget" for m in found if m.line > first)


@pytest.mark.parametrize("name, figure, role", [
    ("収益的支出 |", "48億2,100万円 |", "budget"),  # a public enterprise's spending side: its budget, a whole
    ("資本的支出 |", "12億500万円 |", "budget"),
    ("収益的収入 |", "51億3,000万円 |", "other"),  # its income side: revenue
    ("資本的収入 |", "6億8,000万円 |", "other"),
])
def test_a_public_enterprises_spending_cell_is_its_budget(name, figure, role):
    found = run("令和8年度 水道事業会計予算の概要", name, figure)
    m = at(found, 3)
    assert m.role == role
    assert role != "budget" or m.total_of
