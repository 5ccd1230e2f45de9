"""The previous-year role where it follows from the figure's year (issue 21; context/fiscal_roles.py): a figure whose
own words make it the scope year's (a change, a comparison's base only) is no previous-year figure; in a request, a
figure its own words date to the year before and that is the base of a change (`…から`) is the previous year's
budget. Lines written for these tests in the style of ministry request summaries and town newsletters (none copied
from a deck); near misses: a settlement's figure, a city's revenue, a change."""
from __future__ import annotations

import pytest

from .helpers import mentions

LEAD = "令和6年度予算は、「次の10年への挑戦」をテーマに掲げ、重点を置いた予算編成を行いました。"
REQUEST = ("令和8年度概算要求の概要", "■主な事業")


def role_fy(lines: tuple[str, ...], text: str) -> tuple[str | None, int | None]:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1
    return found[0].role, found[0].fy


@pytest.mark.parametrize("line, text, expected", [
    # the base of a change, dated the year before the request's: the previous year's budget
    ("デジタル基盤の整備は420億円を要求した。令和7年度の350億円から2割増える。", "350億円", ("previous_budget", 2025)),
    ("観光振興は昨年度の80億円から大きく増え、120億円を要求した。", "80億円", ("previous_budget", 2025)),
    # near miss: a settlement's figure is no budget
    ("観光振興は令和6年度の決算額80億円から大きく増え、120億円を要求した。", "80億円", ("other", 2024)),
    # near miss: a change is the request year's, no previous-year figure
    ("観光振興は前年度比で10億円増の120億円を要求した。", "10億円", ("other", 2026)),
])
def test_a_requests_base_of_change_is_last_years_budget(line, text, expected):
    assert role_fy(REQUEST + (line,), text) == expected


@pytest.mark.parametrize("line, text, expected", [
    # a change or a sameness is the year's, whatever read it as the previous year's
    ("町税は前年度と比べ2.0%(3千万円)の減少となりました。", "3千万円", ("other", 2024)),
    ("地方交付税は前年度と同額の30億円を見込みました。", "30億円", ("other", 2024)),
    # near miss: a row's next cell labelled `増減` makes no change of the figure before it
    ("予算額 300億円 前年度 290億円 増減 10億円", "290億円", ("other", 2023)),
    # near miss: a city's revenue compared with last year's is no previous-year budget (not a request)
    ("市債は令和5年度の20億円から3億円減って17億円となります。", "20億円", ("other", 2023)),
])
def test_a_change_is_no_previous_year_figure(line, text, expected):
    assert role_fy((LEAD, "■歳入", line), text) == expected
