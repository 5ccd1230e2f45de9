"""Which year a table's figures are of (issue 21): a status date over a pay table (`平成19年4月1日現在`: the fiscal year that
day falls in), a caption year over a table of awards, a one-cell-a-line table's row label, a list of totals by bare year;
a web page's stamp is never a scope's year nor the era its short years are read in (context/status_dates.py,
dated_scopes.py captioned, page_stamps.py, year_lines.py year_rows, elided_years.py). Lines written for these tests in the
styles of other issuers' disclosures (a city's 特別職 table, a town's council pay, a foundation's award list, a paper's
short years), each with its near misses."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext

from .helpers import lines_of, mentions


def _fy(lines: tuple[str, ...], text: str, deck_year: int | None = None) -> int | None:
    found = [m for m in mentions(*lines, deck_year=deck_year) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, [m.text for m in mentions(*lines, deck_year=deck_year)]
    return found[0].fy


PAY_TABLE = ("| 区分 | 給料月額 |", "|---|---|", "| 市長 | 98万円 |", "| 副市長 | 79万5000円 |")


@pytest.mark.parametrize("lines, text, fy", [
    # a status date in the title or over the table: the fiscal year of that day (April to March)
    (("特別職の給料の状況(令和5年4月1日現在)", *PAY_TABLE), "98万円", 2023),
    (("特別職の給料の状況(令和5年4月1日現在)", *PAY_TABLE), "79万5000円", 2023),
    (("職員給与の公表", "■特別職の給料", "(平成28年4月1日現在)", *PAY_TABLE), "98万円", 2016),
    (("議員報酬等の状況", "令和6年3月31日現在", "議長 月額 45万円"), "45万円", 2023),
    (("職員数と給与の状況 (平成24年9月末現在)", "平均給料月額 312,400円"), "312,400円", 2012),
    (("市長等の給料(2021年4月1日時点)", *PAY_TABLE), "98万円", 2021),
    # the rows' own dates (since when a rate applies) are no scope: the status date is
    (("特別職の給与について(平成30年4月1日現在)", "区分 | 給料 | 適用年月日 |", "---|---|---|",
      "市長 | 月額 | 105万円 | 平成26年4月1日 |"), "105万円", 2018),
    # a caption year over an award table; a one-cell-a-line table's row label under a heading
    (("助成事業のご案内", "令和5年度 助成金交付一覧", "| 団体名 | 交付額 |", "|---|---|", "| 〇〇スポーツ少年団 | 350,000円 |"),
     "350,000円", 2023),
    (("(1)人件費の状況(普通会計決算)", "区分", "歳出額", "令和4年度", "9,876,543千円"), "9,876,543千円", 2022),
    # a caption of each year's programme in a flat page: the nearest one, not the first (a cover's)
    (("補助金の活用実績", "令和4年度事業", "体育館空調整備", "補助金額:8,200,000円", "令和元年度事業", "プール改修",
      "補助金額:12,500,000円"), "12,500,000円", 2019),
    (("補助金の活用実績", "令和4年度事業", "体育館空調整備", "補助金額:8,200,000円", "令和元年度事業", "プール改修",
      "補助金額:12,500,000円"), "8,200,000円", 2022),
    # an era-less status date read in the era the title fixed, on a heading with nothing under it right over the table's
    (("平成25年 職員給与の公表", "1 給与の状況", "(1)平均給料月額の状況(25年4月1日現在)", "(1)一般行政職", "本町 301,200円"),
     "301,200円", 2013),
])
def test_a_status_date_or_caption_dates_the_table(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a plan's own fiscal year wins over the day its figures were counted
    (("令和6年度 事業計画書", "(令和6年3月31日現在)", "会費収入 80万円"), "80万円", 2024),
    (("令和7年度予算の概要(令和7年2月1日現在)", "歳出総額 1,234億円"), "1,234億円", 2025),
    # a page whose only date is its update stamp: no year
    (("議員報酬", "更新日:2023年8月7日", "議長 月額 38万2000円"), "38万2000円", None),
    (("議員報酬", "[掲載日:2022年5月1日]", "議員 月額 28万3000円"), "28万3000円", None),
    # a recurring day (no year written) and a sentence's note on one column are no status date
    (("ラスパイレス指数の状況(各年4月1日現在)", "平均給料月額 30万1000円"), "30万1000円", None),
    (("職員給与費の状況", "(注)職員数は、平成19年4月1日現在の人数である。", "一人当たり給与費 5,385千円"), "5,385千円", None),
    # an era-less status date where the text fixes no era: no year
    (("職員給与の公表", "1 給与の状況", "(1)平均給料月額の状況(25年4月1日現在)", "(1)一般行政職", "本町 301,200円"), "301,200円", None),
    # a status-dated heading with its own figures under it heads no later heading
    (("平成25年 職員給与の公表", "(1)初任給の状況(25年4月1日現在)", "大学卒 172,200円", "(2)一般行政職", "本町 301,200円"),
     "301,200円", None),
    # a status date with two different years in one caption: no one year
    (("給料月額(令和5年4月1日現在・令和6年4月1日現在の比較)", "市長 98万円"), "98万円", None),
])
def test_near_misses_of_a_status_date(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a price or fee list as of a day: the prices in force, no year's money (fiscal_scope.json status_not)
    (("体育施設使用料金一覧(令和5年4月1日現在)", "体育館 1時間 1,800円"), "1,800円", None),
    (("各種証明の手数料（2024年10月1日時点）", "税務証明 1件 400円"), "400円", None),
    # a body's profile: what it holds, on its caption's line or the figure's own
    (("法人概要(令和6年4月1日現在)", "出資金 5,000万円"), "5,000万円", None),
    (("公益財団法人△△記念会", "令和5年7月1日現在", "基本財産 1億5,000万円"), "1億5,000万円", None),
    (("組合の状況(平成30年3月31日現在)", "会費 年額 12,000円"), "12,000円", None),
    # a running total under the date: many years' sum
    (("貸付の状況(令和4年3月31日現在)", "・事業開始以来の累計 3,200件 約12億円"), "12億円", None),
    # what still takes the date's year: a stock counted at that day under the same kind of caption
    (("貸付の状況(令和4年3月31日現在)", "・貸付残高 約4億円"), "4億円", 2021),
    (("組合の状況(平成30年3月31日現在)", "職員給与 月額 28万円"), "28万円", 2017),
])
def test_a_status_date_dates_no_price_profile_or_running_total(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a list entry stating its own rate of a year is no label of what follows it
    (("特別職の報酬(令和2年4月1日現在)", "期末手当", "- 市長:令和元年度支給割合 4.45月分", "退職手当",
      "| 区分 | 手当額 |", "|---|---|", "| 市長 | 1980万円 |"), "1980万円", 2020),
    # a list entry that is a label (no value of its own) still heads the items under it
    (("活動報告", "・令和4年度 会費の使われ方", "・6,585,964円"), "6,585,964円", 2022),
])
def test_an_entry_with_its_own_value_labels_nothing(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a page's stamp under a title of another era: the short years are read in the title's era
    (("平成22年 給与・定員管理等について", "[2014年11月17日]", "21年度人件費の状況", "21年度 6,961,033千円"), "6,961,033千円", 2009),
    (("平成23年 職員の給与について", "最終更新日:2019年3月1日", "22年度 1,234,567千円"), "1,234,567千円", 2010),
    # near miss: a stamp that is the page's only year still fixes the era of its short years
    (("基金の状況", "[2019年4月1日]", "30年度 5億円"), "5億円", 2018),
])
def test_a_page_stamp_is_no_era_anchor(lines, text, fy):
    assert _fy(lines, text) == fy


def _unanchored(*texts: str) -> dict[str, int | None]:
    lines: list[Line] = lines_of(texts)
    return {m.text: m.fy for m in extract_lines("t", lines, RuleContext(deck_year=None, as_of_year=2026)) if m.kind == "amount"}


def test_a_zero_padded_year_is_a_western_years_digits():
    got = _unanchored("センターによる09年度の助成財源額は127億円、08年度は15億円だった。")
    assert got["15億円"] == 2008
    # near miss: without the zero the reading stays open (平成18 or 2018, the text does not say)
    assert _unanchored("18年度の助成額は127億円、17年度は15億円だった。")["15億円"] is None


@pytest.mark.parametrize("lines, text, fy", [
    # a list of totals by bare year: each row its year, over the caption's
    (("2022年度の補助事業 採択一覧", "補助総額の推移", "2018 1,200,000円", "2019 1,350,000円", "2020 1,410,000円"), "1,350,000円", 2019),
    (("補助総額の推移", "2015 3億円", "2016 3億2000万円", "2017 3億5000万円", "2018 3億1000万円"), "3億1000万円", 2018),
])
def test_a_list_by_bare_year_dates_each_row(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text", [
    # two rows only, or years not one apart, or a row with words besides its figure: no list by year
    (("補助総額", "2019 1,350,000円", "2020 1,410,000円"), "1,350,000円"),
    (("補助総額", "2015 3億円", "2018 3億2000万円", "2021 3億5000万円"), "3億2000万円"),
    (("沿革", "2015 設立 出資金 3億円", "2016 増資 出資金 4億円", "2017 増資 出資金 5億円"), "4億円"),
])
def test_near_misses_of_a_list_by_bare_year(lines, text):
    assert _fy(lines, text) is None


def _per(lines: tuple[str, ...], text: str) -> str | None:
    found = [m for m in mentions(*lines) if m.kind == "amount" and m.text == text]
    assert len(found) == 1
    return found[0].per


@pytest.mark.parametrize("lines, text, per", [
    # a `|` row's cell that is the rate alone, right before the figure's cell
    (("区分 | 報酬 | 適用年月日 |", "---|---|---|", "教育委員 | 月額 | 9万4800円 | 平成20年4月1日 |"), "9万4800円", "month"),
    (("| 役職 | 報酬 |", "|---|---|", "| 委員 | 年額 | 36万円 |"), "36万円", "year"),
    # a rate per year written `1年あたり` before a cap
    (("所管事務調査事業補助", "・常任委員会 一人当たり 1年あたり100,000円以内"), "100,000円", "year"),
])
def test_a_rate_cell_or_word_gives_the_figure_its_per(lines, text, per):
    assert _per(lines, text) == per


@pytest.mark.parametrize("lines, text", [
    # a word of a label cell is no rate cell; a one-character period names no rate
    (("| 区分 | 金額 |", "|---|---|", "| 基本料金月額分 | 1,000円 |"), "1,000円"),
    (("| 月 | 金額 |", "|---|---|", "| 4 | 月 | 2,000円 |"), "2,000円"),
    # a day rate in a cell: the GUIDE has no day per (fresh15c's 補充員), whatever the row (qualifiers.json cell_per_none)
    (("| 区分 | 報酬 |", "|---|---|", "| 補充員 | 日額 | 9,600円 |"), "9,600円"),
    (("職名 | 種別 | 額 |", "---|---|---|", "開票立会人 | 日額 | 8,900円 |"), "8,900円"),
    # `月額` in prose far above another table reaches no cell of it
    (("議員報酬は月額で定めています。", "", "費用弁償", "| 区分 | 金額 |", "|---|---|", "| 日当 | 3,000円 |"), "3,000円"),
])
def test_near_misses_of_a_rate_cell(lines, text):
    assert _per(lines, text) is None


GLUED = ("議員報酬一覧", "職名委員報酬(月額)期末手当(6月)期末手当(12月)年額", "委員長312,000円812,400円812,400円5,368,800円")


@pytest.mark.parametrize("text, per", [
    # a header glued with no space, cut after its brackets: each figure of a row of as many figures takes its cell's rate
    ("312,000円", "month"), ("5,368,800円", "year"),
])
def test_a_glued_header_gives_each_column_its_rate(text, per):
    assert _per(GLUED, text) == per


def test_near_misses_of_a_glued_header():
    # a bonus column names no rate (`(6月)` is its month); a row of another count of figures is left alone
    assert {m.per for m in mentions(*GLUED) if m.text == "812,400円"} == {None}
    assert _per((*GLUED[:2], "委員長312,000円5,368,800円"), "312,000円") is None


def test_a_rate_per_period_is_no_duration():
    kinds = {(m.kind, m.text) for m in mentions("・常任委員会 一人当たり 1年あたり100,000円以内", "・給食 1日当たり3000食")}
    assert ("duration", "1年") not in kinds and ("duration", "1日") not in kinds
    assert ("duration", "1年") in {(m.kind, m.text) for m in mentions("任期は1年です。")}  # near miss: a term


@pytest.mark.parametrize("lines, text, fy", [
    # a fiscal year written as its months, April to March of the next year: the figure it labels is that year's
    (("援助の実績", "日本は、昨年度(2019年4月ー20年3月)、842億円の資金援助を行った。"), "842億円", 2019),
    (("事業の実績", "2023年4月～2024年3月の交付額は3億2000万円でした。"), "3億2000万円", 2023),
])
def test_a_span_of_april_to_march_is_a_fiscal_year(lines, text, fy):
    assert _fy(lines, text) == fy
    assert not [m for m in mentions(*lines) if m.kind == "fiscal_year"]  # the date stays the mention


@pytest.mark.parametrize("lines, text", [
    # other months, more years: no one fiscal year
    (("事業の実績", "2023年4月～2024年9月の交付額は3億2000万円でした。"), "3億2000万円"),
    (("事業の実績", "2023年4月～2025年3月の交付額は3億2000万円でした。"), "3億2000万円"),
    # a span of the calendar year (January to December) is no fiscal year where fiscal years start in April
    (("事業の実績", "2023年1月～2023年12月の交付額は3億2000万円でした。"), "3億2000万円"),
    (("事業の実績", "2023年3月～2024年4月の交付額は3億2000万円でした。"), "3億2000万円"),
])
def test_near_misses_of_a_span_of_months(lines, text):
    assert _fy(lines, text) is None


AWARDS = ("財団、地域団体へ助成", "みどり財団は、5月10日、2021年度の助成金の配分額を発表した。総額は12億円となった。",
          "2019年度の助成額は、総額15億円だった。", "内訳は以下のとおり。", "- 地域活動助成 3億2000万円(120件)",
          "- 人材育成助成 1億5000万円(40件)")


@pytest.mark.parametrize("text, fy", [
    # a lead sentence that announces a year's awards with that year: the document's year, for the list under it
    ("3億2000万円", 2021), ("1億5000万円", 2021),
])
def test_an_awards_announcement_dates_its_list(text, fy):
    assert _fy(AWARDS, text) == fy


def test_near_miss_of_an_awards_announcement():
    # a lead that names no award of that year (a review of the year's activities): no document year for the list
    lines = ("財団だより", "みどり財団は、2021年度の活動を振り返った。", "2019年度の助成額は、総額15億円だった。",
             "内訳は以下のとおり。", "- 地域活動助成 3億2000万円(120件)")
    assert _fy(lines, "3億2000万円") is None
