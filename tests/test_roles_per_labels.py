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
