"""A programme's year and stage written as a label opening its line (`28補正地方創生拠点整備交付金` / `900億円(…)`): the figure
under it or after it is that stage's, of that year (issue 21, context/stage_lines.py; era-less years read by
elided_years.py). Variants in other eras and marks; near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, figure, role, fy", [
    (["平成30年11月 内閣府地方創生推進事務局", "地方創生関係交付金の概要", "28補正地方創生拠点整備交付金",
      "900億円(事業費ベース1,800億円)"],
     "900億円", "supplementary_budget", 2016),
    (["平成30年11月 内閣府地方創生推進事務局", "地方創生関係交付金の概要", "29当初地方創生推進交付金",
      "1,000億円(事業費ベース2,000億円)"],
     "1,000億円", "budget", 2017),
    (["令和6年度 観光庁予算の概要", "R5補正 観光DX推進事業", "12億円"], "12億円", "supplementary_budget", 2023),
    (["令和6年度 観光庁予算の概要", "R6当初 観光地域づくり法人支援事業 8億円"], "8億円", "budget", 2024),
])
def test_a_stage_label_line_gives_its_figure_the_stage_and_year(lines, figure, role, fy):
    assert roles(*lines)[figure] == (role, fy)


def test_the_project_size_after_it_is_of_the_same_year():
    found = roles("平成30年11月 内閣府", "28当初地方創生推進交付金", "1,000億円(事業費ベース2,000億円)")
    assert found["2,000億円"] == ("support", 2016)


@pytest.mark.parametrize("lines, figure", [
    # a month's supplementary session names no year of its own
    (["令和6年度 一般会計補正予算", "12月補正 道路維持事業", "3,000万円"], "3,000万円"),
    # a sentence that names a stage, not a label opening the line
    (["令和6年度予算の概要", "なお、R5補正で措置した事業は", "12億円"], "12億円"),
])
def test_near_misses_are_no_stage_lines(lines, figure):
    assert amounts_by_text(*lines)[figure].role_source != "stage_line"


@pytest.mark.parametrize("lines, figure", [
    (["令和6年度当初予算の総額は、前年度と比べて約17億4,718万5千円の減額になりました。"], "17億4,718万5千円"),
    (["令和6年度当初予算 一般会計 72億500万円"], "72億500万円"),
])
def test_a_budgets_label_or_sentence_is_no_stage_line(lines, figure):
    assert amounts_by_text(*lines)[figure].role_source != "stage_line"


@pytest.mark.parametrize("line, figure", [
    # a review sheet's execution table flattened: each figure has its own label, only the label's own figure is read
    ("令和6年度 当初予算 52億円 補正予算 30億円 前年度から繰越し 12億円 計 94億円 執行額 81億円", "81億円"),
    ("令和6年度 当初予算 52億円 補正予算 30億円 前年度から繰越し 12億円 計 94億円 執行額 81億円", "94億円"),
    ("R6当初 観光DX推進事業 52億円 R6補正 30億円 執行額 81億円", "81億円"),
])
def test_only_the_labels_own_figure_takes_its_stage(line, figure):
    assert amounts_by_text("行政事業レビューシート", line)[figure].role_source != "stage_line"


@pytest.mark.parametrize("lines, figure, role", [
    # a bracketed note under a lone figure names the stage it is (to be) put in
    (["町独自の生活支援策", "主な施策 概要 事業費", "灯油購入費助成事業", " 住民税非課税世帯に1世帯5,000円を助成します。", "18,200千円",
      "(※12月補正予定)"], "18,200千円", "supplementary_budget"),
    (["物価高騰対策の取組", "■学校給食費の支援", "給食の質を保つため材料費の上昇分を公費で負担します。", "2,400万円", "(6月補正)"],
     "2,400万円", "supplementary_budget"),
    (["市の子育て支援", "■子育て応援給付金", "18歳以下の子ども1人につき1万円を給付します。", "1億2,000万円", "(補正予算で対応)"],
     "1億2,000万円", "supplementary_budget"),
])
def test_a_stage_note_under_a_lone_figure_gives_its_stage(lines, figure, role):
    assert roles(*lines)[figure][0] == role


@pytest.mark.parametrize("lines, figure", [
    # near misses: a note of another kind, a figure with words before it on its line, a note holding a figure of its own
    (["町独自の生活支援策", "■灯油購入費助成事業", "18,200千円", "(補正後の額)"], "18,200千円"),
    (["町独自の生活支援策", "■灯油購入費助成事業", "1世帯あたり5,000円", "(※12月補正予定)"], "5,000円"),
    (["町独自の生活支援策", "■灯油購入費助成事業", "18,200千円", "(うち補正分 2,000千円)"], "18,200千円"),
])
def test_near_misses_of_a_stage_note(lines, figure):
    assert roles(*lines)[figure][0] != "supplementary_budget"
