"""Calendar-year accounts (issue 21; context/report_years.py, roles.json settlement_words): a report of political funds or a
tax return states the year it covers as `<year>年分`, and its figures that state no year of their own are that year's; the
report is settled (its spending total no budget). Lines written for these tests
in the styles of other issuers (a prefecture's election board, a city's notice, a paper's short years, a tax office),
each with its near misses (years' worth, no accounts named, a year the text fixed no era for)."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _fy(lines: tuple[str, ...], text: str) -> int | None:
    found = [m for m in mentions(*lines) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, [m.text for m in mentions(*lines)]
    return found[0].fy


@pytest.mark.parametrize("lines, text, fy", [
    # the year the report covers, with its era, in four digits, or in a title's brackets
    (("県選挙管理委員会は15日、令和4年分の政治資金収支報告書を公表した。収入総額は12億3400万円だった。",),
     "12億3400万円", 2022),
    (("市選管は、2019年分の政治団体の収支報告書の要旨を公表した。", "支出総額は3億1200万円で、前年比5%減った。"),
     "3億1200万円", 2019),
    (("【平成30年分】政治資金収支報告書の概要", "1 収入の状況", "本年収入額は1,234,567千円でした。"), "1,234,567千円", 2018),
    (("所得税の確定申告(令和5年分)について", "納付税額の合計は45億6000万円となった。"), "45億6000万円", 2023),
    # era-less, in the era the dateline fixed (平成30 under a 2019 dateline)
    (("2019年11月29日付", "30年分の政治資金収支報告", "支出総額は8億7600万円だった。"), "8億7600万円", 2018),
    # a change on the year: the report year's too
    (("選管は令和2年分の収支報告書を公表した。収入総額は前年に比べて2,310万円減った。",), "2,310万円", 2020),
])
def test_a_report_year_dates_the_accounts(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text", [
    # years' worth, no accounts named: no year
    (("企業立地促進助成のご案内", "固定資産税相当額5年分(限度額6億円)を助成します。"), "6億円"),
    (("議員報酬等の概要", "交付方法:5月に1年分を交付(月額5万円)"), "5万円"),
    # a `年分` that names no accounts (a stock's worth), though it states a year
    (("市の備蓄", "令和4年分の備蓄品として1,200万円を購入した。"), "1,200万円"),
    # era-less with no era fixed anywhere before it: no guess
    (("30年分の政治資金収支報告", "支出総額は8億7600万円だった。"), "8億7600万円"),
])
def test_no_report_year(lines, text):
    assert _fy(lines, text) is None


def test_a_year_the_figure_states_wins():
    lines = ("市選管は令和3年分の政治資金収支報告書を公表した。", "令和3年度の補助金は500万円だった。")
    assert _fy(lines, "500万円") == 2021
    lines = ("市選管は令和3年分の政治資金収支報告書を公表した。", "令和2年度の補助金は500万円だった。")
    assert _fy(lines, "500万円") == 2020


@pytest.mark.parametrize("lines, text, role", [
    # a report of a year's income and spending is settled: its spending total is no budget
    (("県選管は、令和4年分の政治資金収支報告書を公表した。収入総額は9億8000万円、支出総額は7億1200万円だった。",),
     "7億1200万円", "other"),
    (("市選管は2019年分の収支報告書を公表し、支出総額は3億4500万円で前年より減った。",), "3億4500万円", "other"),
    # near miss: an enterprise's plan names its spending side, its budget
    (("令和6年度 下水道事業会計予算", "収益的支出 7億4,306万円"), "7億4,306万円", "budget"),
])
def test_a_report_of_income_and_spending_is_settled(lines, text, role):
    found = [m for m in mentions(*lines) if m.kind == "amount" and m.text == text]
    assert len(found) == 1 and found[0].role == role, [(m.text, m.role) for m in found]
