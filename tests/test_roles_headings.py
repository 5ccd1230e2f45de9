"""Headings over items scope their figures' roles (context/heading_roles.py): a revenue side's heading makes the items'
figures sources of money (`other`), a heading that names a change from last year makes them changes (`other`). Probe
lines made up in the styles of a town's newsletter, a prefecture's summary and a city's list; near misses keep budgets."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text as _found

_TITLE = "令和8年度 当初予算の概要"


@pytest.mark.parametrize("heading, item, figure", [
    ("■一般会計 歳入", "・町税", "8億3,200万円"),
    ("◇歳入", "○地方交付税", "21億円"),
    ("◆歳入の主な内訳", "・ふるさと納税寄附金", "1億2,000万円"),
])
def test_items_under_a_revenue_heading_are_sources(heading: str, item: str, figure: str) -> None:
    found = _found(_TITLE, heading, item, figure)
    assert found[figure].role == "other"


@pytest.mark.parametrize("heading, item, figure", [
    ("●歳出の主な前年比増減の理由", "▽民生費", "2億4,100万円、6.2%の増"),
    ("■前年度との差引", "・土木費", "8,300万円"),
])
def test_items_under_a_change_heading_are_changes(heading: str, item: str, figure: str) -> None:
    amount = figure.split("、")[0]
    assert _found(_TITLE, heading, item, figure)[amount].role == "other"


@pytest.mark.parametrize("heading, item, figure", [
    ("■一般会計 歳出", "・民生費", "12億5,000万円"),  # the spending side: the year's budget
    ("■主な事業", "・学校給食費の無償化", "6,800万円"),
    ("■歳入歳出予算の総額", "・一般会計", "58億円"),  # both sides: the whole account
])
def test_near_miss_items_under_other_headings_stay_budgets(heading: str, item: str, figure: str) -> None:
    assert _found(_TITLE, heading, item, figure)[figure].role == "budget"


@pytest.mark.parametrize("lines, figure", [
    (("令和8年度 当初予算の概要", "■歳入確保の取組", "・ふるさと納税の返礼品拡充", "1,500万円"), "1,500万円"),  # a work's heading
    (("令和8年度予算 前年度比較", "■主な事業", "・道路の新設", "2億円"), "2億円"),  # a title names no change of its items
])
def test_near_miss_a_work_named_for_the_revenue_or_a_title_naming_a_comparison(lines: tuple[str, ...], figure: str) -> None:
    assert _found(*lines)[figure].role == "budget"


@pytest.mark.parametrize("line, figure, role", [
    ("- 収入総額 21億4,000万円(前年度比+2,100万円)", "21億4,000万円", "other"),  # an account's income side
    ("・歳入合計 64億円", "64億円", "other"),
    ("- 支出総額 23億1,000万円(前年度比+1,800万円)", "23億1,000万円", "budget"),  # its spending side
    ("・農業振興費 2億円", "2億円", "budget"),
])
def test_an_accounts_income_label_makes_revenue(line: str, figure: str, role: str) -> None:
    assert _found("令和8年度 予算の概要", "下水道事業会計", line)[figure].role == role


@pytest.mark.parametrize("heading, item, figure", [
    ("■ 人口の社会増減の改善に向けた取組", "○ 移住定住促進事業", "3,000万円"),  # 増減 inside a noun phrase
    ("◆ 増減築工事の計画的な実施", "○ 学校校舎の増築", "4億円"),
])
def test_near_miss_a_change_word_inside_a_works_heading(heading: str, item: str, figure: str) -> None:
    assert _found(_TITLE, heading, f"{item} {figure}")[figure].role == "budget"


def test_a_settlements_level_is_no_budget() -> None:
    found = _found("令和5年度決算の概要", "人件費関係費は前年度比2億円増の48億円となった。")
    assert found["48億円"].role != "budget"


@pytest.mark.parametrize("line, figure", [
    ("住宅リフォーム補助の上限額を5万円増額し、20万円とする。", "20万円"),
    ("保育料の軽減では、1人当たりの補助単価を2,000円引き上げ、8,000円とした。", "8,000円"),
])
def test_a_caps_change_makes_the_new_cap(line: str, figure: str) -> None:
    assert _found("令和7年度6月補正予算の概要", line)[figure].role == "support"

