"""A year written once over a block, 4-30 lines above its figures (issue 21, session 23, years29;
bench/results/issue21_years29.md): a caption written as a sentence (`令和2年度の公売実績は次の通りです。` over its table,
context/dated_scopes.py), a statement's caption that closes on its status date (`貸借対照表 (令和5年3月31日現在)`), a header
row of year columns over rows of counts before the row of money (context/cell_columns.py), and a company's business year
named by the month it ends (`2014年3月期`: the fiscal year that ends then, context/deck_years.py). Lines written for
these tests in other issuers' wording, other numbers and layouts; each with near misses that must not change."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _fy(lines: tuple[str, ...], text: str) -> int | None:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, [m.text for m in mentions(*lines, deck_year=None)]
    return found[0].fy


_TABLE = ("区分 | 件数 | 金額 |", "---|---|---|", "一般分 | 12件 | 4,560,000円 |")


@pytest.mark.parametrize("lines, text, fy", [
    # a sentence that announces the table under it captions it with its one year
    (("滞納処分の状況", "市税は自主納税が原則です。", "令和2年度の公売実績は次の通りです。", "自主納付分 | 公売実施分 | 合計 |",
      "---|---|---|", "収入額 | 3,852,929円 | 0円 |"), "3,852,929円", 2020),
    (("補助金の交付について", "町の補助制度を説明します。", "平成29年度の交付状況は下表のとおりです", *_TABLE), "4,560,000円", 2017),
    (("組合の概要", "組合の運営について説明します。", "本組合の2031年度における収支は、以下のとおりとなっています。",
      "(単位:千円)", "会費収入 8,250千円"), "8,250千円", 2031),
    (("基金の運用", "基金の運用を行っています。", "令和5年度の運用状況は次のとおり。", "運用益 | 210,000円 |"), "210,000円", 2023),
    # the next line after the lead, a sentence of its own, is what it announces
    (("事業の概要", "事業を実施しました。", "令和4年度の実績は次のとおりです。", "参加者負担金は 45,000円でした。"), "45,000円", 2022),
    # near misses: a comparison base, a span, two years, a quantity on the lead, no announcing words
    (("事業の概要", "事業を実施しました。", "令和元年度と比べた増減は次のとおりです。", *_TABLE), "4,560,000円", None),
    (("事業の概要", "事業を実施しました。", "令和3年度から令和5年度までの推移は次のとおりです。", *_TABLE), "4,560,000円", None),
    (("事業の概要", "事業を実施しました。", "令和3年度と令和4年度の実績は次のとおりです。", *_TABLE), "4,560,000円", None),
    (("事業の概要", "事業を実施しました。", "令和2年度は合計713件の差押を実施しました。内訳は次の通りです。", *_TABLE),
     "4,560,000円", None),
    (("事業の概要", "事業を実施しました。", "令和2年度に制度を見直しました。", *_TABLE), "4,560,000円", None),
    # a table after a sentence that follows the announced one is not in its block; a lead that states no year dates none
    (("滞納処分の状況", "市税は自主納税が原則です。", "令和2年度の公売実績は次の通りです。", "区分 | 金額 |", "---|---|",
      "収入額 | 3,852,929円 |", "不動産の差押えを続けています。", "事務費 | 98,000円 |"), "98,000円", None),
    (("事業の概要", "事業を実施しました。", "実績は次のとおりです。", *_TABLE), "4,560,000円", None),
    # a year in the figure's own row overrides the lead's
    (("事業の概要", "事業を実施しました。", "令和2年度の実績は次のとおりです。", "区分 | 金額 |", "---|---|",
      "令和元年度分 | 77,000円 |"), "77,000円", 2019),
])
def test_a_sentence_that_announces_a_table_captions_it(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a statement's name, then its status date in brackets: the fiscal year that day falls in (March 31: the year before)
    (("財務書類", "貸借対照表 (令和5年3月31日現在)", "町の資産と負債を示します。", "(単位 百万円)", "固定資産",
      "38,442百万円"), "38,442百万円", 2022),
    (("職員の給与", "職員の給料月額(平成30年4月1日現在)", "説明の文章です。", "一般行政職", "平均給料月額 312,400円"),
     "312,400円", 2018),
    # near misses: a page's stamp (no 現在), a fee list as of a day, a date in a sentence
    (("財務書類", "貸借対照表 (更新日 令和5年3月31日)", "町の資産と負債を示します。", "固定資産", "38,442百万円"),
     "38,442百万円", None),
    (("料金", "施設使用料金表 (令和6年4月1日現在)", "料金は次の額です。", "大会議室", "1時間 1,200円"), "1,200円", None),
])
def test_a_caption_closing_on_its_status_date(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a header row of years over rows of counts (one broken over lines by the page's text), then the row of money
    (("差押えの推移", "区分 令和元年度 令和2年度 令和3年度", "預貯金 648", "439", "365", "給与 41 22 18",
      "換価額 41,143,737円 28,867,746円 26,499,466円"), "28,867,746円", 2020),
    (("徴収の推移", "項目 2029年度 2030年度", "件数 15 21", "税収 5,200千円 6,100千円"), "6,100千円", 2030),
    # the previous year's column is the year before's
    (("徴収の推移", "項目 2029年度 2030年度", "件数 15 21", "税収 5,200千円 6,100千円"), "5,200千円", 2029),
    # near misses: a sentence between ends the table; a row with fewer figures than columns says no column
    (("差押えの推移", "区分 令和元年度 令和2年度 令和3年度", "件数は年々減っています。", "換価額 41,143,737円 28,867,746円 26,499,466円"),
     "28,867,746円", None),
    (("差押えの推移", "区分 令和元年度 令和2年度 令和3年度", "預貯金 648 439 365", "換価額 41,143,737円 28,867,746円"),
     "28,867,746円", None),
])
def test_year_columns_over_rows_of_counts(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a business year named by the month it ends: the fiscal year that ends then
    (("保証協会の業況", "北海道信用保証協会の2014年3月期は、保証承諾が前期比0.6%減の3988億円となった。", "代位弁済額は182億円。"),
     "182億円", 2013),
    (("令和6年3月期決算の概要", "売上高は 1,250億円となりました。"), "1,250億円", 2023),
    (("2029年12月期 決算短信", "営業利益は 85億円。"), "85億円", 2029),
    # near misses: a comparison base, a deadline, a deck that states no year at all
    (("保証協会の業況", "保証承諾は2013年3月期比で減少した。", "代位弁済額は182億円。"), "182億円", None),
    (("申請の受付", "2025年3月期限までに申請してください。", "補助金は 50万円です。"), "50万円", None),
    (("保証協会の業況", "保証承諾は前期比で減少した。", "代位弁済額は182億円。"), "182億円", None),
])
def test_a_business_year_named_by_its_closing_month(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # the business year the figure's own sentence names dates it before the opening's or the title's year
    (("港北バス、黒字を確保", "港北バスの2030年3月期決算は、運送収入が12億5,000万円だった。", "2031年3月期の運送収入は13億円を見込む。"),
     "13億円", 2030),
    (("令和9年度 青葉町 第三セクターの経営状況", "(株)青葉振興公社の2026年3月期決算は、売上高4億2,000万円、経常利益860万円でした。",
      "・経営改善支援補助金 1,200万円"), "860万円", 2025),
    # the nearest before the figure: a later period's forecast after this period's result in one sentence
    (("港北バス、黒字を確保", "2030年3月期は運送収入12億5,000万円、2031年3月期は13億円を見込む。"), "13億円", 2030),
    (("港北バスの業況", "港北バスの2031年3月期は、運送収入が13億円となった。", "当期利益は2億円と2030年3月期より4,000万円増えた。"),
     "4,000万円", 2030),
    # near misses: a comparison base stays the deck's; another sentence's business year dates nothing; the town's own
    # budget line under the title keeps the title's year
    (("令和9年度 青葉町 第三セクターの経営状況", "売上高は2026年3月期比で増え、4億5,000万円となった。"), "4億5,000万円", 2027),
    (("令和9年度 青葉町 第三セクターの経営状況", "(株)青葉振興公社は2026年3月期決算を公表した。", "売上高は4億2,000万円でした。"),
     "4億2,000万円", 2027),
    (("令和9年度 青葉町 第三セクターの経営状況", "(株)青葉振興公社の2026年3月期決算は、売上高4億2,000万円でした。",
      "・経営改善支援補助金 1,200万円"), "1,200万円", 2027),
])
def test_a_figures_own_business_year(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a row broken over lines goes on (its pieces fill its columns); a whole row with no name (a total's) goes on
    (("相談の推移", "区分 2028年度 2029年度 2030年度", "電話 120", "98 101", "来所 30 28 25", "150 126 126",
      "委託料 3,100千円 3,250千円 3,400千円"), "3,250千円", 2029),
    # near misses: a page's number (bare, between dashes, with 頁 or P.) under the header or a whole row ends the table
    (("相談の推移", "区分 2028年度 2029年度 2030年度", "12", "委託料 3,100千円 3,250千円 3,400千円"), "3,250千円", None),
    (("相談の推移", "区分 2028年度 2029年度 2030年度", "来所 30 28 25", "－7－", "委託料 3,100千円 3,250千円 3,400千円"),
     "3,250千円", None),
    (("相談の推移", "区分 2028年度 2029年度 2030年度", "来所 30 28 25", "7頁", "委託料 3,100千円 3,250千円 3,400千円"),
     "3,250千円", None),
    (("相談の推移", "区分 2028年度 2029年度 2030年度", "来所 30 28 25", "P.7", "委託料 3,100千円 3,250千円 3,400千円"),
     "3,250千円", None),
])
def test_a_page_number_ends_a_spaced_year_table(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a caption closing on its status date in brackets, either status word (fiscal_scope.json status_after)
    (("財務諸表", "当組合の財務の状況です。", "資金収支計算書 (2030年3月31日時点)", "事業収入 4,200千円"), "4,200千円", 2029),
    (("財務諸表", "当組合の財務の状況です。", "正味財産増減計算書（令和8年3月31日 現在）", "受取利息 910千円"), "910千円", 2025),
    # near miss: a bracketed day with no status word is no status caption
    (("財務諸表", "当組合の財務の状況です。", "資金収支計算書 (2030年3月31日)", "事業収入 4,200千円"), "4,200千円", None),
])
def test_a_status_caption_reads_its_words_from_the_dictionary(lines, text, fy):
    assert _fy(lines, text) == fy
