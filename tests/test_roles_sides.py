"""Role by the side of the account a figure is listed under (issue 21, fourth pass). GUIDE: breakdowns are `other`;
fresh and fresh2 judgement calls: revenues (市税, 国庫支出金, 県債, 繰入金) and an account split by kind of expense
(`歳出予算の主な内訳`) are breakdowns, the items of a supplementary's expenditure side are its money. The side's line is
often a sibling of its items (HTML lists and tables flattened to text: a prefecture's `- 歳入予算の主な内訳` then
`- 県税 N千円`, a city's `一般会計補正予算(歳入)の主なもの` then `name |` / `N |` cells). Lines in the style of real decks."""
from __future__ import annotations

import pytest

from extract.context import account_sides
from extract.context.labels import LineInfo
from extract.mentions import extract_lines_outline
from extract.model import Line
from extract.rules.engine import RuleContext


def run(*texts: str):
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    mentions, _ = extract_lines_outline("t", lines, RuleContext(deck_year=2025))
    return [m for m in mentions if m.kind == "amount"]


def role(found, text):
    return next(m.role for m in found if m.text == text)


TITLE = "令和6年度補正予算(専決)概要"


@pytest.mark.parametrize("side", [
    "- 歳入予算の主な内訳", "歳入予算の主な内訳", "▽歳入", "【歳入】", "一般会計補正予算(歳入)の主なもの", "■ 歳入の主なもの",
])
@pytest.mark.parametrize("items", [
    ("- 県税 3,560,000千円", "- 国庫支出金 △8,317,939千円"),
    ("内容 |", "金額 |", "県税 |", "3,560,000千円 |", "国庫支出金 |", "△8,317,939千円 |"),
])
def test_figures_under_the_revenue_side_are_other(side, items):
    found = run(TITLE, side, *items)
    assert role(found, "3,560,000千円") == "other"
    assert role(found, "△8,317,939千円") == "other"


@pytest.mark.parametrize("side, expected", [
    ("- 歳出予算の主な内訳", "other"),        # split by kind of expense: a breakdown
    ("歳出の内訳", "other"),
    ("一般会計補正予算(歳出)の主なもの", "supplementary_budget"),  # the supplementary's items: its money
    ("主な事業", "supplementary_budget"),  # no side named
    ("■歳出", "supplementary_budget"),  # the bare side over the supplementary's items
])
def test_the_expenditure_side_breaks_down_only_when_it_says_so(side, expected):
    found = run(TITLE, "- 歳入予算の主な内訳", "- 県税 3,560,000千円", side, "- 除雪費 774,526千円")
    assert role(found, "3,560,000千円") == "other"
    assert role(found, "774,526千円") == expected


def test_an_account_name_splits_the_side_and_keeps_it():
    found = run("12月補正予算の概要", "特別会計補正予算(歳入)の主なもの", "内容 |", "金額 |", "国民健康保険特別会計", "|",
                "療養給付費等交付金 |", "9,038万6千円 |", "特別会計補正予算(歳出)の主なもの", "国民健康保険特別会計", "|",
                "退職被保険者等療養給付費 |", "1,373万2千円 |")
    assert role(found, "9,038万6千円") == "other"
    assert role(found, "1,373万2千円") == "supplementary_budget"


# -- near misses: no side in force -------------------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    # the whole account (歳入歳出), not one side
    ("令和6年度補正予算の概要", "歳入歳出予算の総額", "- 道路維持事業 3,000万円"),
    # a heading of its own after the revenue side ends it
    ("令和6年度補正予算の概要", "▽歳入", "- 県税 5,000万円", "▽主な事業", "- 道路維持事業 3,000万円"),
    # a sentence that mentions revenue is no side's line
    ("令和6年度補正予算の概要", "歳入については、県税の最終見込額を計上する。", "- 道路維持事業 3,000万円"),
])
def test_near_miss_no_side(lines):
    found = run(*lines)
    assert role(found, "3,000万円") == "supplementary_budget"


def test_a_figures_own_label_wins_over_the_side():
    found = run("令和6年度補正予算の概要", "一般会計補正予算(歳入)の主なもの", "補正予算額 3,000万円")
    assert role(found, "3,000万円") == "supplementary_budget"


@pytest.mark.parametrize("texts, expected", [
    (["▽歳入", "県税 1億円"], [None, "revenue"]),
    (["歳出予算の主な内訳", "除雪費 1億円"], [None, "breakdown"]),
    (["歳出の主なもの", "除雪費 1億円"], [None, None]),
    (["▽歳入", "県税 1億円", "主な事業", "道路 1億円"], [None, "revenue", None, None]),
    (["歳入", "県税 1億円"], [None, "revenue"]),
])
def test_sides_per_line(texts, expected):
    found = run(*texts)
    infos = [LineInfo(t, [m for m in found if m.line == k + 1]) for k, t in enumerate(texts)]
    got = account_sides.sides(infos)
    # a side's own line takes its side; the figure lines under it are what the roles read
    assert [got[k] if infos[k].amounts else None for k in range(len(texts))] == expected
