"""A rate named at the head of a figure's label (`各年の補助額:4百万円`, `1件当たりの補助上限額:500万円`): the figure's `per`,
and the lone variant on the line under it shares it (issue 21, context/per_labels.py). Variants; near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


@pytest.mark.parametrize("lines, figure, per", [
    (["(補助額のシミュレーション)", "各年の補助額:4百万円(20年リースの場合)", "5.4百万円(15年リースの場合)"], "4百万円", "year"),
    (["(補助額のシミュレーション)", "各年の補助額:4百万円(20年リースの場合)", "5.4百万円(15年リースの場合)"], "5.4百万円", "year"),
    (["令和6年度 創業支援補助金", "・年間の委託料:120万円"], "120万円", "year"),
    (["令和7年度 公募要領", "1件当たりの補助上限額:500万円"], "500万円", "project"),
    (["事業概要", "毎月の支給額：3万円"], "3万円", "month"),
])
def test_a_rate_at_the_head_of_the_label_is_the_figures_per(lines, figure, per):
    assert amounts_by_text(*lines)[figure].per == per


@pytest.mark.parametrize("lines, figure", [
    # the rate's words name a time, not the figure's period
    (["令和6年度予算の概要", "各年度の予算額の推移は次のとおり。", "令和6年度:120億円"], "120億円"),
    # a sentence, no label: the words are far from the figure
    (["事業概要", "各年の状況を見ると、補助額は年々増え、昨年度は4百万円となった。"], "4百万円"),
    # only the line right under the label shares its rate: the rate goes no further down
    (["(補助額のシミュレーション)", "各年の補助額:4百万円(20年リースの場合)", "5.4百万円(15年リースの場合)", "3億円"], "3億円"),
    (["(補助額のシミュレーション)", "各年の補助額:4百万円", "5.4百万円", "3億円", "12億円"], "12億円"),
])
def test_near_misses_take_no_rate(lines, figure):
    assert amounts_by_text(*lines)[figure].per is None


# a header that names a rate (`上限額(月額)`, `| 保険料(年額) |`, `支給日額 |`) gives it to its column's figures, and a rate in
# brackets closing a figure's own label does too (issue 21: a `(月額)` header did not reach the cells under it)
@pytest.mark.parametrize("lines, figure, per", [
    (["利用料の区分", "区分 対象となる世帯 負担額(年額)", "A 市民税非課税の世帯 12,000円"], "12,000円", "year"),
    (["利用料の区分", "区分 対象となる世帯 負担額(年額)", "A 市民税非課税の世帯 12,000円", "B 所得割(8万円未満)の世帯 24,000円"],
     "24,000円", "year"),
    (["| 段階 | 保険料(月額) | 対象となる方 |", "|---|---|---|", "| 第1段階 | 3,000円 | 年金収入80万円以下の方 |"], "3,000円", "month"),
    (["支給日額 |", "5,000円 |"], "5,000円", "day"),
    # a `|` row broken over lines: its cells are counted on from the line before
    (["| 区分 | 対象となる方 | 利用料(月額) |", "| 第1区分 |", "・市民税非課税の方 |", "1,500円 (減免前:3,000円) |", "| 第2区分 |",
      "年収200万円以下の方 |", "4,000円 |"], "4,000円", "month"),
    (["| 区分 | 対象となる方 | 利用料(月額) |", "| 第1区分 |", "・市民税非課税の方 |", "1,500円 (減免前:3,000円) |"], "3,000円", "month"),
    (["【助成額】", "通所(日額) 1,200円", "入所(月額) 30,000円以内"], "30,000円", "month"),
    (["【助成額】", "通所(日額) 1,200円", "入所(月額) 30,000円以内"], "1,200円", "day"),
    (["利用料のご案内", "所得区分 | 利用料（月額）", "非課税世帯 | 0円", "所得割 48,600円未満 | 19,500円"], "19,500円", "month"),
    (["使用料", "区分 | 使用料(年額)", "一般 | 12,000円", "所得 200万円以下 | 6,000円"], "6,000円", "year"),
])
def test_a_header_or_bracket_that_names_a_rate_gives_its_figures_per(lines, figure, per):
    assert amounts_by_text(*lines)[figure].per == per


@pytest.mark.parametrize("lines, figure", [
    # another column's words in the row: the rate's column is the row's last figure, a bracketed note is none
    (["利用料の区分", "区分 対象となる世帯 負担額(年額)", "B 所得割(8万円未満)の世帯 24,000円"], "8万円"),
    (["| 段階 | 保険料(月額) | 対象となる方 |", "|---|---|---|", "| 第1段階 | 3,000円 | 年金収入80万円以下の方 |"], "80万円"),
    (["| 区分 | 対象となる方 | 利用料(月額) |", "| 第1区分 |", "・市民税非課税の方 |", "1,500円 |", "| 第2区分 |",
      "年収200万円以下の方 |", "4,000円 |"], "200万円"),
    # a header that names no rate; a month in brackets is a date, no rate
    (["区分 対象となる世帯 負担額", "A 市民税非課税の世帯 12,000円"], "12,000円"),
    (["【日程】", "説明会(4月) 3,000円"], "3,000円"),
    # a sentence ends the table: the figures after it are no column's
    (["区分 対象 負担額(月額)", "A 一般 2,000円", "なお、手数料は別途かかります。", "B 一般 5,000円"], "5,000円"),
    # a heading of words alone ends the rate's block (rev17's near misses of the header reading)
    (["手当のご案内", "支給月額", "3歳未満 15,000円", "所得制限限度額", "扶養親族0人 622万円"], "622万円"),
    (["貸付のご案内", "区分 貸付額(月額)", "大学生 40,000円", "申込手数料", "1件 500円"], "500円"),
    # a header with no outer bars: each line is a row of its own, its first cell another column's words
    (["利用料のご案内", "所得区分 | 利用料（月額）", "非課税世帯 | 0円", "所得割 48,600円未満 | 19,500円"], "48,600円"),
    (["使用料", "区分 | 使用料(年額)", "一般 | 12,000円", "所得 200万円以下 | 6,000円"], "200万円"),
])
def test_near_misses_of_a_rate_header_take_no_rate(lines, figure):
    assert amounts_by_text(*lines)[figure].per is None
