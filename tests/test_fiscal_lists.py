"""The scopes a reader sees in running text (issue 21; the outline's bracket headings; a list announced by the sentence
before it: test_list_lead.py): a heading
in `《…》`, `〈…〉` or `＜…＞` brackets closes the lead-in as `【…】` does, and a date written with `昨年` is no
previous-year label. Lines written for these tests in the styles of a council member's notice, a town's settlement
and a prefecture's summary; each with variants and near misses."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _amount(lines: tuple[str, ...], text: str) -> tuple[str | None, int | None]:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, [m.text for m in mentions(*lines, deck_year=None)]
    return found[0].role, found[0].fy


SETTLEMENT = ("■一般会計", "令和6年度一般会計の決算額は、歳入が72億円で、歳出は70億円となりました。")


@pytest.mark.parametrize("heading", ["《歳出》", "〈歳出〉", "＜歳出＞", "【歳出】"])
def test_a_bracket_heading_closes_the_lead_in(heading):
    # the lead-in's one year reaches the sections under it, a later carry-over's year (`令和7年度へ`) is no second year
    lines = (*SETTLEMENT, heading, "残りの3500万円は令和7年度へ繰り越しました。", "▽土木費", "町道維持補修事業 3941万3千円")
    assert _amount(lines, "3941万3千円")[1] == 2024
    assert _amount(lines, "3500万円")[1] == 2024


def test_a_bracketed_sentence_is_no_heading():
    # near miss: a bracketed sentence with more after it on the line stays text: the lead-in runs on to the item
    # (a carry-over's year, `令和7年度へ繰り越し`, is no second year: the lead-in's second year is an event's)
    lines = (*SETTLEMENT, "《歳出》は前年度を下回り、残りの3500万円は令和7年度の改修工事に充てます。", "▽土木費",
             "町道維持補修事業 3941万3千円")
    assert _amount(lines, "3941万3千円")[1] is None


TOWN = ("本文", "一般会計と特別会計を合わせた予算総額は79億5,109万円で前年度比5.7%の減となりました。", "●一般会計 42億9,932万円",
        "新年度を迎え、町政へのご理解をお願い申し上げます。")
TABLE = ("一般会計 令和5年度 42億9,932万円 令和4年度 49億4,221万円 前年度比13.0%減",
         "合計 令和5年度 79億5,109万円 令和4年度 84億2,951万円 前年度比5.7%減")


@pytest.mark.parametrize("lines, text, fy", [
    # a figure no scope gave a year takes the year stated where the deck writes the same figure again
    ((*TOWN, *TABLE), "79億5,109万円", 2023),
    ((*TOWN, *TABLE), "42億9,932万円", 2023),
    # near miss: a round figure is no restatement (two figures can be 5億円)
    (("本文", "新しい図書館の整備に5億円を計上します。", "体育館改修 令和5年度 5億円 令和4年度 4億円"), "5億円", None),
    # near miss: a figure restated with two years names neither
    (("本文", "事業費は42億9,932万円です。", "令和5年度 42億9,932万円", "令和4年度 42億9,932万円"), "42億9,932万円", None),
])
def test_a_figure_restated_with_its_year(lines, text, fy):
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert found[0].fy == fy


@pytest.mark.parametrize("lines, text, role, fy", [
    # a row of one thing's figures for two consecutive years, in a budget document: the budget and last year's
    ((*TOWN, "介護保険 令和5年度 14億5,898万円 令和4年度 14億7,017万円 前年度比0.8%減"), "14億5,898万円", "budget", 2023),
    ((*TOWN, "介護保険 令和5年度 14億5,898万円 令和4年度 14億7,017万円 前年度比0.8%減"), "14億7,017万円", "previous_budget", 2022),
    ((*TOWN, "水道事業 | R4: 7億3,746万円 | R5: 8億806万円 |"), "8億806万円", "budget", 2023),
    ((*TOWN, "水道事業 | R4: 7億3,746万円 | R5: 8億806万円 |"), "7億3,746万円", "previous_budget", 2022),
    # near miss: a settlement's lead-in (決算) makes no budget of its rows
    (("本文", "令和5年度の決算額は、歳入72億円、歳出70億円となりました。", "●主な増減",
      "介護保険 令和5年度 14億5,898万円 令和4年度 14億7,017万円"), "14億7,017万円", "other", 2022),
    # near miss: two years apart are no budget and its previous year
    ((*TOWN, "介護保険 令和5年度 14億5,898万円 令和3年度 14億7,017万円"), "14億7,017万円", "other", 2021),
])
def test_a_row_of_two_years_in_a_budget_document(lines, text, role, fy):
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert (found[0].role, found[0].fy) == (role, fy)


@pytest.mark.parametrize("lines, fy", [
    # a deck that states its year only for its budget figures: that year is the deck's
    ((*TOWN, *TABLE, "●一般廃棄物処理施設整備事業 2億7,664万円"), 2023),
    # near misses: a deck that writes another year too names no one year; a deck with no year at all stays without
    ((*TOWN, *TABLE, "●一般廃棄物処理施設整備事業 2億7,664万円", "令和8年度の完成を目指します。"), None),
    (("本文", "来年度の予算総額は79億5,109万円となる見込みです。", "●一般廃棄物処理施設整備事業 2億7,664万円"), None),
])
def test_a_deck_s_year_from_its_budget_figures(lines, fy):
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == "2億7,664万円"]
    assert found[0].fy == fy
