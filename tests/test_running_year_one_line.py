"""The running year of several figures on one line (context/running_year.py, issue 24 #11): the calendar-year dates of a
line are found once per line and bisected per figure, so each figure still sees only the dates written BEFORE it. Lines
written for this test in the style of a city's tourism and market summaries (other bodies, other numbers than the
gold's); the near misses keep the running fiscal year where no calendar year precedes the figure."""
from __future__ import annotations

import pytest

from .helpers import mentions

_LEAD = ("観光の動向", "本市の令和4年度の取組をまとめた。")


def _years(*lines: str) -> list[tuple[str, int | None]]:
    return [(m.text, m.fy) for m in mentions(*lines, deck_year=None) if m.kind == "amount"]


@pytest.mark.parametrize("line, expected", [
    # a calendar year between two figures dates the one after it only
    ("宿泊客の消費額は約80億円、2021年に日帰り客の消費額は約40億円となった。", [("80億円", 2022), ("40億円", None)]),
    ("物産館の売上は1億2千万円、2019年に道の駅の売上は9千万円、直売所は3千万円だった。",
     [("1億2千万円", 2022), ("9千万円", None), ("3千万円", None)]),
    # near miss: no calendar year on the line: every figure keeps the running fiscal year
    ("宿泊客の消費額は約80億円、日帰り客の消費額は約40億円となった。", [("80億円", 2022), ("40億円", 2022)]),
    # near miss: a report's year (`2021年分`) is no calendar year's date
    ("宿泊客の消費額は約80億円、2021年分の日帰り客の消費額は約40億円となった。", [("80億円", 2022), ("40億円", 2022)]),
])
def test_a_calendar_year_dates_only_the_figures_after_it(line, expected):
    assert _years(*_LEAD, line) == expected


def test_a_calendar_year_on_the_line_above_dates_the_next_lines_figures():
    # (the line above is searched whole: its calendar year is before every figure below)
    assert _years(*_LEAD, "2021年の調査では、", "宿泊客の消費額は約80億円、日帰り客の消費額は約40億円となった。") \
        == [("80億円", None), ("40億円", None)]
