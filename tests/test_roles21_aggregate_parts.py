"""A field's part of a budget aggregate (issue 21, context/prose_wholes.py part_roles): a white paper states a field's
budget summed over ministries (`…関係予算を見ると、令和4年度においては22兆9,749億円`) and splits it by field right after
(`これを各分野別に見ると、就業・所得分野13兆2,242億円、…`). Each field's figure is budgeted as the whole is (fresh12d's
gold), with its year, and is no programme's row. Parts that do not add up to the whole, a programme's own money and a
settlement's split keep their reading. Other white papers' wordings and numbers than the dev sets'."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

_PAPER = "令和6年版 男女共同参画白書"
_WHOLE = "一般会計予算における男女共同参画関係予算を見ると、令和5年度においては9兆8,000億円となっている。"


@pytest.mark.parametrize("title, line, figures, year", [
    (_PAPER, _WHOLE + "これを分野別に見ると、雇用分野5兆1,000億円、教育分野3兆2,000億円、健康分野1兆5,000億円となっている。",
     ("5兆1,000億円", "3兆2,000億円", "1兆5,000億円"), 2023),
    ("第2章 科学技術の振興", "科学技術関係予算は、令和4年度は4兆2,000億円である。これを分野別に見ると、ライフサイエンス分野1兆1,000億円、"
     "情報通信分野9,000億円、環境エネルギー分野2兆2,000億円となっている。", ("1兆1,000億円", "9,000億円"), 2022),
])
def test_a_fields_part_of_a_budget_aggregate_is_budgeted_as_the_whole(title, line, figures, year):
    found = amounts_by_text(title, line)
    for figure in figures:
        m = found[figure]
        assert (m.role, m.fy, m.program) == ("budget", year, None)
        assert m.total_of  # no programme's row


@pytest.mark.parametrize("title, line, figure", [
    # the parts do not add up to the whole: no split of it
    (_PAPER, _WHOLE + "これを分野別に見ると、雇用分野5兆1,000億円、教育分野1兆2,000億円となっている。", "1兆2,000億円"),
    # a settlement's aggregate, split by field: no budget
    (_PAPER, "男女共同参画関係予算の決算額を見ると、令和4年度においては9兆8,000億円となっている。これを分野別に見ると、"
     "雇用分野5兆1,000億円、教育分野3兆2,000億円、健康分野1兆5,000億円となっている。", "3兆2,000億円"),
])
def test_near_misses_keep_their_reading(title, line, figure):
    assert amounts_by_text(title, line)[figure].role == "other"
