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
