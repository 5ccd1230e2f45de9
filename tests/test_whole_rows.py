"""Figures that name the whole budget, not a programme, are no budgets rows (context/totals.py): a whole-budget label set
before its figure by a dot leader (`補正前の予算額…805億円`, `3月補正予算計上額…15億円`), and a figure that names nothing
under a line of its own naming an account or the whole (`一般会計` then `- 222億円(前年度比…)`). Near misses: a
programme's own line with a leader, a figure under a programme's name line, a figure with a name of its own."""
from __future__ import annotations

import pytest

from extract.tables import budget_records

from .helpers import mentions


def _programmes(*texts: str) -> list[str | None]:
    return [r["program"] for r in budget_records([m.record() for m in mentions(*texts)])]


@pytest.mark.parametrize("texts", [
    # a city's notice of its supplementary: before, the supplementary's own, after, each after a leader
    ("令和6年度12月補正予算の概要", "補正前の予算額…512億3,000万円", "12月補正予算計上額…8億1,200万円", "補正後の予算額…520億4,200万円"),
    ("令和5年度9月補正予算", "補正後の予算額‥‥ 98億円"),
    # a town's summary: account lines, each over its figure on a dash line
    ("令和7年度予算の概要", "全体", "- 120億円(前年度比 +3億円、+2.5%)", "一般会計", "- 80億円(前年度比 +2億円)",
     "国民健康保険特別会計", "- 25億円(前年度比 △1億円)"),
])
def test_whole_figures_are_no_rows(texts: tuple[str, ...]) -> None:
    assert _programmes(*texts) == []


@pytest.mark.parametrize("texts, expected", [
    # a programme's line with a leader: its name is its own
    (("令和6年度当初予算の概要", "地域公共交通確保事業…3,200万円"), ["地域公共交通確保事業"]),
    # a programme's name line over its figure: the programme's row
    (("令和7年度予算の概要", "学校給食無償化事業", "- 1億2,000万円(前年度比 +2,000万円)"), ["学校給食無償化事業"]),
])
def test_near_miss_programme_rows_stay(texts: tuple[str, ...], expected: list[str]) -> None:
    assert _programmes(*texts) == expected
