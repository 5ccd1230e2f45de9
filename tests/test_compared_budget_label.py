"""A budget label in a clause that names the year before, then a comparison and the figure (`前年度の当初予算額を上回る
213億円を計上`, `…を下回る`): the figure is THIS year's budget compared with last year's (context/stage_marks.py
compared_with), not last year's. Near misses: the same label right before its own figure (`前年度の当初予算額64億円`),
a comparison whose figure is the change (`…に比べ3億円増`), a label of this year's budget before `上回る`."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

CASES = [
    (("令和7年度 市政だより（12月号）", "子育て支援の予算は、前年度の当初予算額を上回る213億円を計上しました。"),
     "213億円", ("budget", 2025)),
    (("令和8年度 市政だより（12月号）", "令和8年度の補正後の予算額は、前年度の最終予算額を上回る1,142億円となります。"),
     "1,142億円", ("budget", 2026)),
    (("令和6年度 町の予算", "道路維持の予算は、昨年度の予算額を下回る2億4,000万円となりました。"), "2億4,000万円", ("budget", 2024)),
    (("令和7年度 市政だより", "教育費は前年度の当初予算を超える45億円を計上しました。"), "45億円", ("budget", 2025)),
]


@pytest.mark.parametrize("lines, figure, expected", CASES)
def test_a_budget_compared_with_last_years(lines: tuple[str, ...], figure: str, expected: tuple[str, int | None]) -> None:
    m = amounts_by_text(*lines)[figure]
    assert (m.role, m.fy) == expected


#: near misses (the role only: their years are the fiscal-year rules'): last year's own figure, a change, the figure after it
NEAR_MISSES = [
    (("令和7年度 市政だより", "前年度の当初予算額64億円と比べて増えました。"), "64億円", "previous_budget"),
    (("令和7年度 市政だより", "福祉の予算は、前年度の当初予算額に比べ3億円増の45億円です。"), "3億円", "other"),
    (("令和7年度 市政だより", "福祉の予算は、前年度の当初予算額に比べ3億円増の45億円です。"), "45億円", "budget"),
    (("令和7年度 市政だより", "前年度の当初予算額は64億円で、今年度はこれを上回りました。"), "64億円", "previous_budget"),
]


@pytest.mark.parametrize("lines, figure, role", NEAR_MISSES)
def test_last_years_own_figure_stays(lines: tuple[str, ...], figure: str, role: str) -> None:
    assert amounts_by_text(*lines)[figure].role == role
