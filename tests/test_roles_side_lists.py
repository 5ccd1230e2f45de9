"""The expenditure side of a budget listed inline, name then figure (`(2) 歳出 507,454千円 人件費 △ 45,970 千円 財政調整基金
造成費 551,390 千円 …`): the side's figure and its lines are the deck's budget, of its kind; a class of expenditure by nature
stays other; the revenue side is not read (issue 21, context/side_lists.py). Variants; near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, figures, role, fy", [
    (["平成 26 年度牧之原市一般会計補正予算案(第5号)について 補正額は、5億745万4千円の増額である。",
      "(2) 歳出 507,454千円 人件費 △ 45,970 千円 財政調整基金造成費 551,390 千円 減債基金造成費 100,000 千円 "
      "児童手当費 △ 28,439 千円 津波防災まちづくり事業 71,400 千円 その他 △ 165,774 千円"],
     ["507,454千円", "551,390 千円", "100,000 千円", "△ 28,439 千円", "71,400 千円", "△ 165,774 千円"],
     "supplementary_budget", 2014),
    (["令和6年度一般会計補正予算(第3号)の概要 補正額は3億2,000万円の増額です。",
      "歳出 3億2,000万円 道路維持補修事業 1億2,000万円 学校施設改修事業 1億5,000万円 防災備蓄品購入事業 5,000万円"],
     ["1億2,000万円", "1億5,000万円", "5,000万円"], "supplementary_budget", 2024),
])
def test_an_inline_expenditure_list_is_the_decks_budget(lines, figures, role, fy):
    found = roles(*lines)
    assert all(found[f] == (role, fy) for f in figures)


def test_a_class_by_nature_and_the_revenue_side_stay_other():
    found = roles("令和6年度一般会計補正予算(第3号)の概要 補正額は3億2,000万円の増額です。",
                  "歳入 市税 1億円 国庫支出金 2億2,000万円 歳出 3億2,000万円 人件費 △ 4,000万円 道路維持補修事業 3億6,000万円")
    assert found["1億円"][0] == "other" and found["2億2,000万円"][0] == "other"
    assert found["△ 4,000万円"][0] == "other"
    assert found["3億6,000万円"] == ("supplementary_budget", 2024)


def test_prose_after_the_side_ends_the_list():
    found = amounts_by_text("令和6年度一般会計補正予算(第3号)の概要 補正額は3億2,000万円の増額です。",
                            "歳出 3億2,000万円 道路維持補修事業 1億2,000万円 なお、市債の残高は前年度より8億円減る見込みです。")
    assert found["8億円"].role_source != "side_list"


def test_the_sides_whole_and_the_rest_are_no_rows():
    found = amounts_by_text("令和6年度一般会計補正予算(第3号)の概要 補正額は3億2,000万円の増額です。",
                            "歳出 3億2,100万円 道路維持補修事業 1億2,000万円 学校施設改修事業 1億5,000万円 その他 5,100万円")
    assert found["3億2,100万円"].total_of == "歳出"
    assert found["5,100万円"].total_of and not found["1億2,000万円"].total_of


def test_under_a_supplementarys_title_the_rest_is_no_row_either():
    found = amounts_by_text("令和6年度補正予算 総額 5億円",
                            "(2) 歳出 507,454千円 人件費 △ 45,970 千円 財政調整基金造成費 551,390 千円 その他 △ 165,774 千円")
    assert found["△ 165,774 千円"].total_of and found["507,454千円"].total_of
    assert not found["551,390 千円"].total_of
