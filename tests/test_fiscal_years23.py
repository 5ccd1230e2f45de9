"""The fiscal year of a figure (issue 21, round 23): a deck whose prose states no year takes its comparison table's newer
year (context/deck_years.py `compared_year`); a header whose cells the text layer ran together dates its rows' figures
run together (context/cell_columns.py `glued_years`); prose dated by a calendar year has no fiscal year
(context/running_year.py); `当初` opens an initial budget only where a budget word follows it
(context/fiscal_document.py); `迄` caps a year as `まで` does (dictionary/qualifiers.json). Lines written for these tests in
the style of city pages, council reports and study-group summaries (other bodies, other numbers than the gold's), each
with near misses."""
from __future__ import annotations

import pytest

from .helpers import mentions


def fy_of(lines: tuple[str, ...], text: str, deck_year: int | None = None) -> int | None:
    found = [m for m in mentions(*lines, deck_year=deck_year) if m.kind == "amount" and m.text == text]
    assert found, text
    return found[0].fy


_SETTLED = "歳出総額は、148億2,301万円で、前年度に比べて3億1,200万円(2.1%)の増となりました。"
_TABLE = ("款 | 令和4年度 | 令和3年度 | 増減 | 伸び率 |", "---|---|---|---|---|", "議会費 | 201,332 | 199,870 | 1,462 | 0.7 |")


@pytest.mark.parametrize("lines, text, fy", [
    # prose with no year over a table comparing this year's column with last year's: the newer column's year
    ((_SETTLED, *_TABLE), "148億2,301万円", 2022),
    ((_SETTLED, *_TABLE), "3億1,200万円", 2022),  # a change from last year is the year's
    (("町税収入は32億4,100万円で、前年度から8,200万円の増となりました。", "区分 2019年度 2018年度 比較",
      "町税 3,241,000 3,159,000 82,000"), "32億4,100万円", 2019),
    # near misses: the prose states its own year (it dates the figure); years not one after the other; no change column
    (("令和2年度の歳出総額は、148億2,301万円となりました。", *_TABLE), "148億2,301万円", 2020),
    ((_SETTLED, "款 | 令和4年度 | 令和2年度 | 増減 |", "議会費 | 201,332 | 199,870 | 1,462 |"), "148億2,301万円", None),
    ((_SETTLED, "款 | 令和4年度 | 令和3年度 |", "議会費 | 201,332 | 199,870 |"), "148億2,301万円", None),
])
def test_a_comparison_tables_newer_year_dates_prose_with_none(lines, text, fy):
    assert fy_of(lines, text) == fy


_GLUED = ("手数料総額令和5年度令和4年度前年度比", "〔需用費〕消耗品費1,204,500円1,180,000円2.1%",
          "〔役務費〕通信運搬費", "55,000円皆増", "〔委託料〕発送業務3,300,000円2,970,000円11.1%")


@pytest.mark.parametrize("lines, text, fy", [
    # a header whose cells ran together: each row's figures run together take the years in order
    (_GLUED, "1,204,500円", 2023),
    (_GLUED, "1,180,000円", 2022),
    # a label line and a row with an empty cell keep the table open
    (_GLUED, "3,300,000円", 2023),
    (_GLUED, "2,970,000円", 2022),
    (("収支の状況 2022年度2021年度 増減", "寄附額 8,120,000円7,400,000円 9.7%"), "7,400,000円", 2021),
])
def test_a_glued_headers_years_date_its_rows(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text", [
    # near misses: a sentence ends the table; a row of figures apart (a sentence's) is no row of it
    (("手数料総額令和5年度令和4年度前年度比", "以上のとおり、経費は増えました。", "発送業務3,300,000円2,970,000円"), "2,970,000円"),
    (("手数料総額令和5年度令和4年度前年度比", "発送業務は3,300,000円、通信費は2,970,000円"), "2,970,000円"),
    # a header of one year only is no header of columns
    (("手数料総額令和5年度 前年度比", "発送業務3,300,000円2,970,000円"), "2,970,000円"),
])
def test_no_glued_column_outside_such_a_table(lines, text):
    assert fy_of(lines, text) != 2022


_REPORT = "環境産業の市場規模に関する報告書"


@pytest.mark.parametrize("lines, text, fy", [
    # a calendar year after the running fiscal year dates the statistic: no fiscal year
    ((_REPORT, "平成26年度市場規模推計等委託業務", "調査の結果、県内の市場規模は、2013 年に全体で 3,250 億円となった。"),
     "3,250 億円", None),
    (("観光の動向", "本市の令和4年度の取組をまとめた。", "市の観光客の消費額は、2021年に約120億円となった。"), "120億円", None),
    # near misses: no calendar year in the prose: the running fiscal year stands (and a commission's year, for want of any)
    (("観光の動向", "本市の令和4年度の取組をまとめた。", "市の観光客の消費額は約120億円となった。"), "120億円", 2022),
    ((_REPORT, "平成26年度市場規模推計等委託業務", "調査の結果、県内の市場規模は、全体で 3,250 億円となった。"), "3,250 億円", 2014),
])
def test_calendar_year_prose_has_no_fiscal_year(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # `当初` of a cost comparison names no budget: the lead-in's date gives the figure no year
    (("庁舎整備の検討状況", "令和5年10月1日", "当初の実質的な負担額で比較すると、建替えの場合は4億円の差となります。"), "4億円", None),
    # near miss: `当初予算` with the same date is the date's calendar year's budget
    (("庁舎整備の検討状況", "令和5年10月1日", "当初予算では、庁舎の改修に4億円を計上しました。"), "4億円", 2023),
])
def test_an_initial_word_names_a_budget_only_with_its_budget_word(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("line, text, lo, hi", [
    ("工事着手 H23迄 C= 91.0億円", "H23", None, 2011),
    ("整備期間は令和3年度迄とする", "令和3年度", None, 2021),
    ("整備期間は令和3年度までとする", "令和3年度", None, 2021),  # the same cap written in kana
    ("整備は令和3年度から始める", "令和3年度", 2021, 2021),  # near miss: a start is a point
])
def test_a_year_capped_by_made(line, text, lo, hi):
    found = [m for m in mentions(line, deck_year=None) if m.kind == "fiscal_year" and m.text == text]
    assert found and (found[0].min, found[0].max) == (lo, hi)


_BALANCES = ("令和6年度 上半期の財政状況", "基金現在高(単位:万円)", "項目 |", "前期(3月)末 |", "取崩額 |", "積立額 |",
             "当期(9月)末 |", "財政調整基金 |", "12億4,100 |", "0 |", "300 |", "12億4,400 |")


@pytest.mark.parametrize("lines, text, fy", [
    # a column of the balance at the end of March is the fiscal year that ended then; September's, the running year
    # (the cells bare under the unit of the table's caption: the figure's span holds the unit the caption gave)
    (_BALANCES, "12億4,100", 2023),
    (_BALANCES, "12億4,400", 2024),
    (("令和5年度 決算の概要", "区分 |", "令和5年3月末 |", "令和6年3月末 |", "減債基金 |", "3億1,000万円 |", "3億5,500万円 |"),
     "3億1,000万円", 2022),
    # near miss: a month that ends no balance (`9月補正`) is no column's year
    (("令和6年度 補正予算", "区分 |", "6月補正 |", "9月補正 |", "道路維持費 |", "1,200万円 |", "800万円 |"), "1,200万円", 2024),
])
def test_a_month_end_column_dates_its_balances(lines, text, fy):
    assert fy_of(lines, text, deck_year=2024) == fy  # (a year-less month is dated by the deck's year)


_COUNTED = ("| 区分 | 令和5年度 | 令和6年度 | 増減 |", "|---|---|---|---|", "| 公園数 | 214か所 | 218か所 | 4か所 |")


@pytest.mark.parametrize("lines, text, fy", [
    # near misses of a comparison table's year: a span's total in the prose; a table of counts (not money) over the years
    (("今後30年間の維持管理費は約85億円と見込まれます。", *_TABLE), "85億円", None),
    (("整備費の累計は12億4,000万円となりました。", *_TABLE), "12億4,000万円", None),
    (("公園の維持管理費は、2億3,500万円で、前年度から1,200万円の増となりました。", *_COUNTED), "2億3,500万円", None),
    # the same prose over a money table keeps the newer column's year
    (("公園の維持管理費は、2億3,500万円で、前年度から1,200万円の増となりました。", *_TABLE), "2億3,500万円", 2022),
])
def test_a_span_total_or_a_table_of_counts_takes_no_compared_year(lines, text, fy):
    assert fy_of(lines, text) == fy
