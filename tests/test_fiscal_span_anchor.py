"""An era-less year (`20年度第3次補正予算案`) read in the century a span of years fixes when nothing else does
(`(2021〜25年度)`, its end written short: context/elided_years.py `_span_anchor`). Variants; near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


@pytest.mark.parametrize("lines, figure, fy", [
    (["総事業費約15兆円の「5か年加速化対策」(2021〜25年度)の初年度分として、政府は20年度第3次補正予算案に国費ベースで1兆9656億円を計上した。"],
     "1兆9656億円", 2020),
    (["「防災・減災3か年緊急対策」(2018~20年度)のうち、政府は18年度補正予算案に7000億円を計上した。"], "7000億円", 2018),
])
def test_a_span_fixes_the_century_of_an_eraless_year(lines, figure, fy):
    assert amounts_by_text(*lines)[figure].fy == fy


def test_a_span_too_far_from_the_year_fixes_nothing():
    # 1990 is further from the span's start than a document's own span of years: no guess
    found = amounts_by_text("「長期計画」(2021〜30年度)の一環として、90年度補正予算に7000億円を計上した。")
    assert found["7000億円"].fy != 1990 and found["7000億円"].fy != 2090
