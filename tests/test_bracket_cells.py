"""A figure in a bracket of labelled cells right after the programme it funds (`…交付金(国費:1,000億円、事業費:2,000億円)`)
is that programme's (issue 21, context/bracketed_names.py), and a PDF's spaced year before a name is no part of it
(`平成 29 年度の…交付金`: context/name_phrase.py). In a cabinet office's guideline, a ministry's release and a prefecture's
page; near misses: a bracket that holds a cap, and a name whose number is its own (`100年の森づくり事業`)."""
from __future__ import annotations

import pytest

from extract.context.name_phrase import noun_phrase

from .helpers import amounts_by_text


@pytest.mark.parametrize("line, figure, name", [
    ("平成29年度の地方創生推進交付金(国費:1,000億円、事業費:2,000億円)の運用について。", "1,000億円", "地方創生推進交付金"),
    ("令和6年度は、観光地域づくり推進事業(予算額:12億円、うち新規:3億円)を実施する。", "12億円", "観光地域づくり推進事業"),
    ("また、河川整備事業費補助金(国費：45億円)を計上した。", "45億円", "河川整備事業費補助金"),
])
def test_a_labelled_cell_in_a_bracket_takes_the_programme_before_it(line, figure, name):
    m = amounts_by_text("令和6年度当初予算の概要", line)[figure]
    assert (m.role, m.program) == ("budget", name)


def test_near_miss_a_cap_in_a_bracket_is_no_budget():
    m = amounts_by_text("令和6年度当初予算の概要", "空き家改修支援事業(上限:50万円、補助率:1/2)を行う。")["50万円"]
    assert m.role != "budget"


@pytest.mark.parametrize("text, name", [
    ("平成 29 年度の地方創生推進交付金", "地方創生推進交付金"),
    ("令和 6 年度の観光振興事業", "観光振興事業"),
    ("2024 年度の子育て支援事業", "子育て支援事業"),
    ("100年の森づくり事業", "100年の森づくり事業"),  # a number of its own name
])
def test_a_spaced_year_before_a_name_is_no_part_of_it(text, name):
    assert noun_phrase(text) == name
