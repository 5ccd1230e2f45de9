"""An appropriation in prose named as an expense (`…を図るための経費として71.2億円(対前年度2.6億円増)を計上`): under any budget
label the figure is the budget of the label's kind (context/prose_roles.appropriated), a bracketed note right after the
figure left aside; the programme is the aim the expense serves (`図る` only says it is aimed at). Near miss: a grant's size
set before the expense."""
from __future__ import annotations

import pytest

from extract.tables import budget_records

from .helpers import mentions


def _rows(*texts: str) -> list[tuple[str | None, str, int | None]]:
    return [(r["program"], r["role"], r["fy"]) for r in budget_records([m.record() for m in mentions(*texts)])]


@pytest.mark.parametrize("texts, expected", [
    # a ministry's news note: the note on the change in brackets between the figure and を
    (("令和7年度予算の概要", "消防庁は、地域防災力の強化を図るための経費として45.3億円(対前年度当初予算1.2億円増)を計上した。"),
     [("地域防災力の強化", "budget", 2025)]),
    # a prefecture's supplementary, no bracket: the expense's name as written
    (("令和6年度11月補正予算", "県は、県産品の販路を拡大する経費として、3億円を計上した。"),
     [("県産品の販路を拡大する経費", "supplementary_budget", 2024)]),
])
def test_expense_appropriations(texts: tuple[str, ...], expected: list[tuple[str, str, int]]) -> None:
    assert _rows(*texts) == expected


@pytest.mark.parametrize("texts", [
    # a grant's size before the expense: the cap, not the appropriation
    ("令和7年度予算の概要", "1世帯当たり5万円を給付するための経費として計上した。"),
])
def test_near_miss_no_expense_row(texts: tuple[str, ...]) -> None:
    assert _rows(*texts) == []
