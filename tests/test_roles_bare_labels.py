"""A grant's outline or call lists its sections as headings, the value on the line under each (`2. 予算額` / `3億円`,
`【補助上限額】` / `500万円`): a bare budget label over a figure makes it the budget, its year the document's (issue 21,
context/stage_marks.py bare_label). Variants in other numberings and boxes; near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, figure, fy", [
    (["令和6年度 地域DX推進事業 公募要領", "1. 補助金の額", "1事業者あたり100万円を上限とする。", "2. 予算額", "3億円"], "3億円", 2024),
    (["令和7年度 観光振興補助金 募集案内", "【予算額】", "1億2,000万円"], "1億2,000万円", 2025),
    (["令和5年度 事業概要", "（２）予算規模", "45億円"], "45億円", 2023),
    (["令和8年度 創業支援補助金のご案内", "■予算額：", "8,000万円", "■補助上限額：", "200万円"], "8,000万円", 2026),
])
def test_a_bare_budget_heading_labels_the_figure_under_it(lines, figure, fy):
    assert roles(*lines)[figure] == ("budget", fy)


@pytest.mark.parametrize("lines, figure, role", [
    # a cap's heading: the grant's size, not the budget
    (["令和8年度 創業支援補助金のご案内", "■補助上限額：", "200万円"], "200万円", "budget"),
    # a heading that says more than the bare label: a sentence, no label line
    (["令和6年度 公募要領", "予算額は前年度から大きく増えています", "なお昨年度の実績は3億円でした。"], "3億円", "budget"),
])
def test_near_misses_are_not_the_budget(lines, figure, role):
    assert roles(*lines)[figure][0] != role


def test_a_bare_request_label_on_a_request_sheet_is_the_budget():
    found = roles("令和元年度予算 予算編成過程の公開", "事業費", "要求額:", "70,949千円", "(前年度予算額 73,536千円) 財源:国10/10")
    assert found["70,949千円"] == ("budget", 2019) and found["73,536千円"] == ("previous_budget", 2018)


def test_a_request_beside_its_assessment_stays_other():
    found = roles("令和8年度予算 要求・査定状況", "事業名 地域交通確保事業", "要求額", "12,000千円", "査定額", "10,500千円")
    assert found["10,500千円"][0] == "budget"
    assert found["12,000千円"][0] != "budget"
