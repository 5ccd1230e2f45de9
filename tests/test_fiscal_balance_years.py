"""A balance's year from the line above that dates it (issue 21, years28; context/balance_years.py): on a page about
balances a year written once above (a year-end heading over a text table of the debt's parts, a news lead over its
story, a year's borrowing over the per-resident balance) dates the figures below it that every scope left with none.
Lines written for these tests in the style of town bulletins, debt pages and news digests (other bodies, other numbers
than fresh20b's gold), with near misses: no year at all, the year labelling another figure, two years or a comparison
base above, an event's or an audit's year, a year on the figure's own line, a flow of another year between, a
multi-year table."""
from __future__ import annotations

import pytest

from .helpers import mentions


def fy_of(lines: tuple[str, ...], text: str) -> int | None:
    found = [m for m in mentions(*lines) if m.kind == "amount" and m.text == text]
    assert found, text
    return found[0].fy


_TABLE = ("町債の状況", "町債残高(令和2年度末現在) 80億3,200万円", "| 公営住宅債 | 12億4,000万円 |", "| 教育債 | 9億1,500万円 |",
          "| 合計 | 80億3,200万円 |")


@pytest.mark.parametrize("lines, text, fy", [
    # a year-end heading over a text table of the balance's parts: the year whose end it is
    (_TABLE, "12億4,000万円", 2020),
    (_TABLE, "9億1,500万円", 2020),
    (("借入金の状況", "村債残高(H30年度末) 12億円", "| 財務省 |", "4億2,000万円 |", "| 銀行 |", "7億8,000万円 |"),
     "7億8,000万円", 2018),
    # a news lead that dates a statistic of balances, over the story's sentences (four-digit and era years)
    (("県内市町村の住民一人当たり基金残高(2019年度末)について、県がまとめた。",
      "最も多いのは北山村で52万3000円、最も少ないのは南町の3万1200円だった。"), "3万1200円", 2019),
    # a day of the story on the lead line (no year of its own) does not stop it; a dated lead's year does (below)
    (("市町村の住民一人当たり地方債残高(令和3年度末)について、5月10日、県が公表しました。", "最も多いのは西島村で980万円。"),
     "980万円", 2021),
    (("全国の自治体の地方債残高(平成20年度末)を総務省がまとめた。", "離島の村では残高が80億円に達した。",
      "最も少ない町は2億円余りだった。"), "2億円", 2008),
    # a year's borrowing over the balance; its previous year's figure the year before
    (("■町の借入金", "令和4年度は道路整備などに3億円を借り入れました。", "▽町の借入金残高は…", "95億円(前年は90億円でした)"),
     "95億円", 2022),
    (("■町の借入金", "令和4年度は道路整備などに3億円を借り入れました。", "▽町の借入金残高は…", "95億円(前年は90億円でした)"),
     "90億円", 2021),
])
def test_the_line_above_dates_a_balance(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text", [
    # a page of balances that writes no year: no year
    (("市債の状況", "市債残高 250億円", "| 教育債 | 47億円 |"), "47億円"),
    (("お知らせ", "基金の残高は 1,200万円です。"), "1,200万円"),
    # the year on the line above labels another figure there (`(令和5年度末残高見込…)` after `[年度末現在高…]`)
    (("基金の状況", "○減債基金[年度末現在高3億3,517万円] (令和5年度末残高見込5億5,412万円)", "○特定目的基金[年度末現在高33億6,154万円]"),
     "33億6,154万円"),
    # two years above (a comparison of two year-ends), or a year only compared with
    (("基金残高の推移(令和4年度末・令和5年度末)", "財政調整基金の残高は 12億円"), "12億円"),
    (("令和4年度末と比べた基金残高の状況", "現在の残高は 12億円"), "12億円"),
    # the year above an event's (a fund set up, a centre opened), not the balance's
    (("基金の状況", "本会の基金は令和2年度に創設された。", "年度末残高は7,300,000円です。"), "7,300,000円"),
    (("積立金の状況", "この積立金は2008年度に設置されたものです。", "現在高は 1,250万円"), "1,250万円"),
    # a lead that writes a dated day with its year besides the year-end: which year's, the rule does not guess
    (("地方債残高(令和3年度末)について、令和4年5月10日、県が公表しました。", "最も多いのは西島村で980万円。"), "980万円"),
    # an audit's own year (when the vouchers were audited), not the balance's
    (("令和3年度 例月出納検査結果報告", "基金の現在高 3,210,000円"), "3,210,000円"),
    # a year-end balance above, a flow of the next year on the line between: it names no balance (no year for the table)
    (("町債の状況", "町債残高(令和2年度末現在) 80億円", "令和3年度の借入額 5億円", "| 教育債 | 9億円 |"), "9億円"),
])
def test_no_year_for_a_balance(lines, text):
    assert fy_of(lines, text) is None


@pytest.mark.parametrize("lines, text, fy", [
    # a year on the figure's own line is its own (a flow of the year below a year-end's balance)
    (("市債残高(令和2年度末現在) 80億円", "令和3年度の借入額 5億円"), "5億円", 2021),
    # a multi-year table of year-end balances: each column its year (fiscal_columns.py), not the line above's
    (("基金の状況", "| 区分 | 令和4年度末 | 令和5年度末 |", "|---|---|---|", "| 財政調整基金 | 12億円 | 10億円 |"), "12億円", 2022),
    (("基金の状況", "| 区分 | 令和4年度末 | 令和5年度末 |", "|---|---|---|", "| 財政調整基金 | 12億円 | 10億円 |"), "10億円", 2023),
    # a year-end's balance and a flow of the same year under their headings (the outline's scopes, kept)
    (("令和5年度末の基金残高", "財政調整基金 12億円"), "12億円", 2023),
    (("令和5年度の基金の取崩し", "財政調整基金から 3億円"), "3億円", 2023),
])
def test_years_the_scopes_give_are_kept(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text", [
    # a later section's heading that names no balance: its figures are no year-end's (a gift total, a sponsor's money)
    (("町債の状況", "町債残高(令和3年度末現在) 64億円", "| 教育債 | 8億円 |", "■ふるさと納税の寄附", "寄附総額 3,200万円"),
     "3,200万円"),
    (("基金の状況", "基金残高(令和4年度末) 12億円", "(2)イベントの開催", "協賛金 50万円"), "50万円"),
    (("村の財政", "村債残高(H29年度末) 18億円", "第3 施設の利用", "会議室の貸出 2,100円"), "2,100円"),
    # a price, a fee, a unit's value under a year-end's balance: what someone pays
    (("借入金の状況", "村債残高(R2年度末) 30億円", "参加費 500円"), "500円"),
    (("借入金の状況", "村債残高(R2年度末) 30億円", "記念誌 1冊800円"), "800円"),
    (("市債の状況", "市債残高(令和5年度末) 300億円", "ごみ処理手数料の価格は 1袋40円"), "40円"),
])
def test_a_balance_year_stops_at_a_section_or_a_price(lines, text):
    assert fy_of(lines, text) is None


@pytest.mark.parametrize("lines, text, fy", [
    # a heading between that names a balance is the same section's: the year above still dates its figures
    (("財政の状況", "令和3年度末の状況", "■基金残高", "財政調整基金 9億円"), "9億円", 2021),
    (("町債の状況", "町債残高(令和3年度末現在) 64億円", "(1)借入先別の残高", "| 財務省 | 21億円 |"), "21億円", 2021),
    # a part of the balance (no price, no section between)
    (("基金の状況", "基金残高(令和4年度末) 12億円", "| 減債基金 | 3億円 |"), "3億円", 2022),
    (("借入金の状況", "村債残高(R2年度末) 30億円", "| 10本の借入 | 30億円 |"), "30億円", 2020),
    # a fee word far before the figure, no label of it (a balance net of what fees repay)
    (("■村の借入金", "令和5年度は道路整備に2億円を借り入れました。",
      "使用料などで返済される部分を除いた実質的な村民1人当たりの残高は41万円となります。"), "41万円", 2023),
])
def test_a_balance_year_crosses_a_balance_heading(lines, text, fy):
    assert fy_of(lines, text) == fy
