"""This year's figure or last year's (issue 21, prev27): which year a figure beside the year before belongs to, and
when a previous year's figure is no `previous_budget` (GUIDE: `previous_budget` is last year's budget, `前年度予算額` and
the bracketed figure of a budget pair). Lines written for these tests in the style of several issuers (a city's grant
page, a prefecture's settlement, a waterworks' annual report, a charity's report, a news item); each shape with
variants and near misses."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines_outline
from extract.model import Line
from extract.rules.engine import RuleContext


def got(lines: tuple[str, ...], text: str) -> tuple[str | None, int | None]:
    found = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(lines)]
    mentions, _ = extract_lines_outline("t", found, RuleContext(deck_year=None))
    m = next(m for m in mentions if m.kind == "amount" and m.text == text)
    return m.role, m.fy


# -- a sum carried over between years: carried TO a year is the year before's, FROM a year the year after's -------------

@pytest.mark.parametrize("lines, text, fy", [
    (("令和6年度地方創生臨時交付金の状況", "令和5年度分(確定額) | 40,000,000円 |", "うち令和6年度への繰越分 | 12,500,000円 |"),
     "12,500,000円", 2023),
    (("平成30年度 一般会計決算の概要", "歳出総額は120億円で、このうち平成31年度への繰越額は3億2,000万円となりました。"),
     "3億2,000万円", 2018),
    (("令和4年度 補助金の執行状況", "令和5年度に繰り越した額 8,200千円"), "8,200千円", 2022),
    (("令和3年度 予算の執行状況", "現計予算額は80億円(令和2年度からの繰越額2億5,000万円を含む)となっています。"), "2億5,000万円", 2021),
    (("平成27年度の上半期財政状況", "平成26年度から繰り越した事業費は、1億3,000万円です。"), "1億3,000万円", 2015),
    # near misses: the year's own figure beside the carry, a comparison base, a plain budget label
    (("令和6年度地方創生臨時交付金の状況", "令和5年度分(確定額) | 40,000,000円 |", "うち令和6年度への繰越分 | 12,500,000円 |"),
     "40,000,000円", 2023),
    (("令和6年度当初予算の概要", "道路整備事業 12億円(令和5年度に比べ1億円の増)"), "1億円", 2024),
    (("令和6年度当初予算の概要", "令和6年度予算額 50億円"), "50億円", 2024),
])
def test_a_carried_sum_belongs_to_the_year_it_leaves_and_comes_into(lines, text, fy):
    assert got(lines, text)[1] == fy


# -- last year's money that comes in as this year's revenue labels no previous budget ---------------------------------

REVENUE = ("令和5年度 収支決算", "収入内訳 | 金額 |")


@pytest.mark.parametrize("line, text, want", [
    ("前年度繰越額 | 1,234,567円 |", "1,234,567円", ("other", 2023)),
    ("前年度返還金 | 45,000円 |", "45,000円", ("other", 2023)),
    ("前年度配分戻し入金 | 88,000円 |", "88,000円", ("other", 2023)),
    ("前年度剰余金 | 300,000円 |", "300,000円", ("other", 2023)),
    # near miss: last year's budget itself
    ("前年度予算額 | 2,000,000円 |", "2,000,000円", ("previous_budget", 2022)),
])
def test_last_years_money_received_this_year_is_this_years(line, text, want):
    assert got((*REVENUE, line), text) == want


# -- a previous year's figure that is no budget is `other`, of last year -----------------------------------------------

@pytest.mark.parametrize("lines, text, want", [
    (("令和5年度 国際協力の実績", "前年度のODA貸付金は820億円で、15%増加した。"), "820億円", ("other", 2022)),
    (("令和5年度 ふるさと納税の状況", "昨年度の寄付額は3億2,000万円でした。"), "3億2,000万円", ("other", 2022)),
    (("令和2年度 下水道事業会計決算",
      "下水道事業の経常損益では12億3,000万円の黒字となりましたが、減価償却費の増加により、前年度(14億円)に比べ1億7,000万円の収支悪化となりました。"),
     "14億円", ("other", 2019)),
    (("令和2年度 ガス事業会計決算", "ガス事業の純利益は5億円となり、前年度(6億2,000万円)を下回りました。"), "6億2,000万円",
     ("other", 2019)),
    # near misses: last year's budget, named so (or its size), in prose or in a budget's sentence
    (("令和6年度予算の概要", "前年度の当初予算額は64億円でした。"), "64億円", ("previous_budget", 2023)),
    (("令和6年度予算の概要", "前年度の予算規模は64億円でした。"), "64億円", ("previous_budget", 2023)),
    (("令和6年度 水道事業予算", "水道事業の予算では、建設改良費を30億円とし、前年度(28億円)に比べ2億円の増としました。"),
     "28億円", ("previous_budget", 2023)),
])
def test_a_previous_years_figure_that_is_no_budget_is_other(lines, text, want):
    assert got(lines, text) == want


@pytest.mark.parametrize("lines, text, want", [
    # the year's own result beside it keeps its year
    (("令和2年度 下水道事業会計決算",
      "下水道事業の経常損益では12億3,000万円の黒字となりましたが、減価償却費の増加により、前年度(14億円)に比べ1億7,000万円の収支悪化となりました。"),
     "12億3,000万円", ("other", 2020)),
    (("令和5年度 国際協力の実績", "昨年度に続き、今年度は1,200億円の資金援助を行った。"), "1,200億円", ("other", 2023)),
    # a change against last year is this year's
    (("令和2年度 下水道事業会計決算",
      "下水道事業の経常損益では12億3,000万円の黒字となりましたが、減価償却費の増加により、前年度(14億円)に比べ1億7,000万円の収支悪化となりました。"),
     "1億7,000万円", ("other", 2020)),
])
def test_this_years_figure_beside_last_years_keeps_this_year(lines, text, want):
    assert got(lines, text) == want
