"""The fiscal year of each amount by scope (issue 21; context/fiscal_scope.py, context/fiscal_document.py): its own
words, its item, heading, title, the document's lead-in, its budget labels, a supplementary's date. Lines written
for these tests in the style of real decks (city summaries, a council member's page, a programme sheet); each shape
with variants and near misses."""
from __future__ import annotations

import pytest

from .helpers import boxed_lines, mentions, mentions_of

LEAD_2024 = "令和6年度予算は、「次の10年への挑戦」をテーマに掲げ、重点を置いた予算編成を行いました。"


def fy_of(lines: tuple[str, ...], text: str, nth: int = 0) -> int | None:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    return found[nth].fy


@pytest.mark.parametrize("lines, text, fy", [
    # a lead-in that states the year and the budget reaches every section under it
    ((LEAD_2024, "■過去最大の予算でまちづくりを推進", "一般会計当初予算額 610億8,000万円"), "610億8,000万円", 2024),
    ((LEAD_2024, "■特別会計・企業会計", "特別会計…予算額 292億1,000万円"), "292億1,000万円", 2024),
    # the year in one sentence of the lead-in, the budget word in the next
    (("令和6年度は、市の将来像の実現に向けて諸施策を着実に推進していきます。", "当初予算は、直面する行政課題への対応を反映しています。",
      "■予算規模", "一般会計当初予算額は、過去最大となる3963億円となりました。"), "3963億円", 2024),
    # the lead-in under a first heading (a town's page that opens with its slogan)
    (("■誰一人取り残さないまちづくり", "まちづくりの柱となる令和6年度当初予算が可決されました。", "◇主な事業",
      "・農業基盤整備事業 1億8,618万円"), "1億8,618万円", 2024),
    # near miss: a lead-in with two years names no one year of the deck
    (("令和5年度の決算と令和6年度の事業計画をお知らせします。予算は議会で審議中です。", "■主な事業", "・道路整備事業 1億円"),
     "1億円", None),
    # near miss: a lead-in with a year but no budget, and no budget label anywhere
    (("令和6年度は、まちづくりを進めます。", "■主な取組", "・道路整備事業 1億円"), "1億円", None),
    # near miss: a year inside a law number is no fiscal year
    (("令和三年法律第三十六号に基づく取組について", "■主な取組", "・道路整備事業 1億円"), "1億円", None),
])
def test_the_lead_in_gives_the_year_of_the_deck(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("line, text, fy", [
    ("一般会計当初予算額は、3963億円で、令和5年度に比べて68億円(1.7%)の増となりました。", "68億円", 2024),
    ("一般会計当初予算額は、3963億円で、令和5年度に比べて68億円(1.7%)の増となりました。", "3963億円", 2024),
    ("一般会計は、49億2,140万円で令和5年度比1.8%減、全会計では65億6,860万円となっています。", "49億2,140万円", 2024),
    ("一般会計は、49億2,140万円で令和5年度比1.8%減、全会計では65億6,860万円となっています。", "65億6,860万円", 2024),
    ("所得税等の収入は、令和4年度税収を4兆2,050億円上回る、69兆4,400億円を計上しています。", "4兆2,050億円", 2024),
    ("所得税等の収入は、令和4年度税収を4兆2,050億円上回る、69兆4,400億円を計上しています。", "69兆4,400億円", 2024),
    ("歳入歳出総額9,182億円で、対前年度当初予算比で449億円、5.1%増となりました。", "449億円", 2024),
    ("特例公債は、29兆650億円となっていて、昨年度予算より1兆6,100億円削減しています。", "1兆6,100億円", 2024),
    # near miss: a year that is the topic of the figure's sentence is its own year, a comparison after it or not
    ("令和2年度はコロナ対策のため90兆円の赤字国債発行額に比較すれば3分の1です。", "90兆円", 2020),
    # near miss: a year bracketed right after the figure is the figure's
    ("計算機資源の整備・拡充に400億円以上(R5年度)の投入", "400億円", 2023),
])
def test_a_comparison_base_is_not_the_figures_year(line, text, fy):
    assert fy_of((LEAD_2024, "■予算規模", line), text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a span over years gives the figure, and what stands under it, no single year
    ((LEAD_2024, "■市債残高を削減", "○平成20年度から16年間で市債残高を約371.2億円削減", "公債費も約26億円の削減が図られています。"),
     "371.2億円", None),
    ((LEAD_2024, "■市債残高を削減", "○平成20年度から16年間で市債残高を約371.2億円削減", "公債費も約26億円の削減が図られています。"),
     "26億円", None),
    ((LEAD_2024, "■平成20年度から16年間で財政調整基金残高を約35.5億円増加"), "35.5億円", None),
    # near miss: the next section is the deck's year again
    ((LEAD_2024, "○平成20年度から16年間で市債残高を約371.2億円削減", "■特別会計", "特別会計…予算額 292億1,000万円"),
     "292億1,000万円", 2024),
])
def test_a_span_over_years_gives_no_year(lines, text, fy):
    assert fy_of(lines, text) == fy


SHEET = ("事業費", "要求額:9,596千円 (前年度予算額 6,793千円) 財源:国庫10/10", "【事業費】", "7,676千円(人件費)+1,920千円(事務費)",
         "【平成20年度実績】", "| 事業費 | 連絡調整費 | 比率 |", "計 | 1,593,190千円 | 5,068千円 | |", "↓", "【平成22年度要求】",
         "| 事業費 | 連絡調整費 | 比率 |", "計 | 4,623,000千円 | 9,596千円 | |",
         "平成21年度の実績が不明のため、平成20年度の実績をもとに、平成22年度の要求金額を算出した。")


@pytest.mark.parametrize("text, nth, fy", [
    ("9,596千円", 0, 2010),      # the sheet's one request year, stated below the figure
    ("6,793千円", 0, 2009),      # its previous year's budget
    ("7,676千円", 0, 2010),      # a cost split of the request
    ("1,593,190千円", 0, 2008),  # a table under a bare fiscal-year heading: that year
    ("5,068千円", 0, 2008),
    ("4,623,000千円", 0, 2010),  # the next table's heading states the request year
    ("9,596千円", 1, 2010),
])
def test_a_programme_sheet_takes_its_request_year_and_its_tables_their_headings(text, nth, fy):
    assert fy_of(SHEET, text, nth) == fy


def test_near_miss_a_sheet_with_two_request_years_names_no_year():
    sheet = SHEET[:-1] + ("令和元年度要求と平成22年度要求を比べた。",)
    assert fy_of(sheet, "7,676千円") is None


@pytest.mark.parametrize("lines, text, fy", [
    # an in-year supplementary without a year takes the fiscal year of the date it is dated by
    (("新着情報 / 活動報告", "2022.10.06", "議会運営委員会 追加補正予算案 約25億7000万円", "具体的には、",
      "〇国の支援経費の補正 約18億4630万円 国費"), "18億4630万円", 2022),
    (("6月補正予算についてお知らせします", "令和5年第2回市議会定例会で、一般会計補正予算が次のように決まりました。", "■補正額",
      "6億7,620万7,000円(補正後の予算総額179億737万8,000円)"), "6億7,620万7,000円", 2023),
    # a February supplementary closes the fiscal year that began the April before
    (("活動報告", "2024.02.20", "追加補正予算案 約5億円", "■主な内容", "・除雪対策 1億円"), "1億円", 2023),
    # near miss: no year written anywhere (a month range is no date of a year)
    (("10~12月までに追加された補正予算の主なものをお知らせします。", "◆物価高騰支援事業", "・住民税非課税世帯給付金(事業費 5億2,156万円)"),
     "5億2,156万円", None),
    # an initial budget is the year that starts in the April after its February session
    (("活動報告", "2024.02.20", "当初予算案の審議が始まりました", "■主な内容", "・除雪対策 1億円"), "1億円", 2024),
    (("令和6年第1回町議会定例会が3月6日から開催され、当初予算が可決されました。", "■主な事業", "・除雪対策 1億円"), "1億円", 2024),
    # near miss: a dated page about a budget of no named kind: the date does not give its year
    (("活動報告", "2024.02.20", "予算の審議が始まりました", "■主な内容", "・除雪対策 1億円"), "1億円", None),
])
def test_a_supplementary_takes_the_fiscal_year_of_its_date(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # own words win over the scope: a previous-year figure, a year on the figure's line
    (("令和6年度当初予算の概要", "○道路整備事業 1億円(前年度予算額 9,000万円)"), "9,000万円", 2023),
    (("令和6年度当初予算の概要", "○道路整備事業 令和5年度補正予算 1億円"), "1億円", 2023),
    # a section with its own year scopes its figures, the title's year the others
    (("令和6年度当初予算の概要", "■令和5年度補正予算", "○道路整備事業 1億円", "■主な事業", "○橋梁補修事業 2億円"), "1億円", 2023),
    (("令和6年度当初予算の概要", "■主な事業", "○橋梁補修事業 2億円", "■令和5年度補正予算", "○道路整備事業 1億円"), "2億円", 2024),
    # a section's own year overrules a year the lines before it left in force
    (("令和6年度当初予算の概要", "■令和5年度補正予算", "○道路整備事業 1億円", "■【令和7年度実績】", "○橋梁補修事業 2億円"), "2億円", 2025),
])
def test_the_innermost_scope_that_states_a_year_wins(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("second, fy", [
    ("目標を設定(令和5年度)", 2023),                  # the item's wrapped line states the year of its figure
    ("\uf06c 目標を設定(令和5年度)", None),            # near miss: a bullet of its own is another item
    ("目標を設定", None),                              # near miss: the wrapped line states no year
])
def test_a_symbol_font_bullets_wrapped_line_gives_its_figure_the_year(second, fy):
    lines = boxed_lines(["\uf0a7 SBIR制度にてAI含む研究開発スタートアップへ約1100億円の支出", second], x=[0.0, 16.0])
    (m,) = [m for m in mentions_of(lines, deck_year=None) if m.kind == "amount"]
    assert m.fy == fy


@pytest.mark.parametrize("lines, fy", [
    (("活動報告", "2005.08.31", "日本の各省庁の来年度予算概算要求が発表されました。", "・一般会計 85兆2700億円(3.7%)"), 2006),
    (("活動報告", "2024.05.10", "本年度予算の概要をお知らせします。", "・一般会計 85兆2700億円(3.7%)"), 2024),
    # near miss: no date written in the text: the relative year reaches no year
    (("日本の各省庁の来年度予算概算要求が発表されました。", "・一般会計 85兆2700億円(3.7%)"), None),
    # near miss: a relative year that names no budget
    (("活動報告", "2005.08.31", "来年度の方針が発表されました。", "・一般会計 85兆2700億円(3.7%)"), None),
])
def test_a_relative_year_counts_from_the_date_of_the_page(lines, fy):
    assert fy_of(lines, "85兆2700億円") == fy


@pytest.mark.parametrize("lines, fy", [
    # a request is written the year before the one it requests: its `昨年度` is two years before that
    (SHEET + ("これまでの取組状況", "昨年度は、5,068千円の認証があった。"), 2008),
    # near miss: an initial budget's summary: `昨年度` is the year before the budget's
    (("令和6年度当初予算の概要", "■これまでの取組", "昨年度は、5,068千円の認証があった。"), 2023),
    # near miss: `前年度` is the year before the budget's in a request too
    (SHEET + ("これまでの取組状況", "前年度は、5,068千円の認証があった。"), 2009),
])
def test_last_year_counts_from_when_the_document_was_written(lines, fy):
    assert fy_of(lines, "5,068千円", nth=-1) == fy


TABLE = ("市の財政", "■令和6年度予算の状況", "| 区分 | 令和5年度 | 令和6年度 |", "| 一般会計 | 100億円 | 120億円 |",
         "特別会計 | 50億円 | 60億円 |")


@pytest.mark.parametrize("lines, text, fy", [
    (TABLE, "100億円", 2023),   # a column's year header is its figures' year, not the section's
    (TABLE, "120億円", 2024),
    (TABLE, "50億円", 2023),    # a row written without its leading bar
    # near miss: a header of words, not years: the section's year
    (("市の財政", "■令和6年度予算の状況", "| 区分 | 当初 | 補正後 |", "| 一般会計 | 100億円 | 120億円 |"), "100億円", 2024),
    # near miss: a row with a cell more than the header is not read by column
    (("市の財政", "■令和6年度予算の状況", "| 区分 | 令和5年度 | 令和6年度 |", "| 一般会計 | 注 | 100億円 | 120億円 |"),
     "100億円", 2024),
])
def test_a_tables_year_columns_give_their_figures_the_year(lines, text, fy):
    assert fy_of(lines, text) == fy
