"""A table flattened column by column onto one line: each column's year heads the run of its figures; the latest year's
run is the budget, the year before's the previous budget (issue 21, context/year_runs.py). Variants in other issuers'
eras and wording; near misses that must keep what the other passes gave them."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, old, new, years", [
    # a town's PDF: accounts' names, then each year's column with its letter mark, then the change column
    (["町の予算規模", "一般会計 国民健康保険特別会計 平成 27 年度 (A) 54 億 5,400 万円 20 億 5,907 万円 "
      "平成 28 年度 (B) 55 億 4,800 万円 20 億 8,810 万円 増 減 額 9,400 万円 2,903 万円"],
     ["54 億 5,400 万円", "20 億 5,907 万円"], ["55 億 4,800 万円", "20 億 8,810 万円"], (2015, 2016)),
    # a city's summary in Reiwa years, three accounts, no column marks
    (["各会計の予算額", "一般会計 下水道事業会計 水道事業会計 令和5年度 312億円 48億円 27億円 令和6年度 325億円 51億円 29億円"],
     ["312億円", "48億円", "27億円"], ["325億円", "51億円", "29億円"], (2023, 2024)),
    # four-digit years, units in 千円, full-width marks
    (["会計別予算", "2024年度（Ａ） 1,200,000千円 350,000千円 2025年度（Ｂ） 1,260,000千円 362,000千円"],
     ["1,200,000千円", "350,000千円"], ["1,260,000千円", "362,000千円"], (2024, 2025)),
])
def test_each_years_run_is_that_years_column(lines, old, new, years):
    found = roles(*lines)
    assert all(found[f] == ("previous_budget", years[0]) for f in old)
    assert all(found[f] == ("budget", years[1]) for f in new)


@pytest.mark.parametrize("lines, figure", [
    # runs of different lengths: a row read across, not columns
    (["予算の推移", "令和5年度 312億円 48億円 27億円 令和6年度 325億円 51億円"], "27億円"),
    # a year before each single figure: year_pairs.py reads it, this pass does not
    (["令和6年度予算の概要", "一般会計 令和6年度 42億円 令和5年度 49億円 前年度比13%減"], "49億円"),
    # prose between the year and its figures
    (["令和6年度予算の概要", "令和5年度は決算で 312億円 48億円、令和6年度は予算で 325億円 51億円"], "48億円"),
])
def test_near_misses_are_not_runs(lines, figure):
    assert amounts_by_text(*lines)[figure].role_source != "year_run"


def test_a_signed_cell_of_a_run_keeps_its_role():
    found = roles("会計別予算", "令和5年度 312億円 △48億円 令和6年度 325億円 △51億円")
    assert found["325億円"] == ("budget", 2024)
    assert found["△51億円"][0] != "budget"


def test_a_runs_cells_are_no_budgets_rows():
    found = amounts_by_text("会計別予算", "令和5年度 312億円 48億円 令和6年度 325億円 51億円")
    assert found["325億円"].total_of and found["51億円"].total_of


def test_a_settlements_runs_are_no_budgets():
    found = amounts_by_text("主要施策の成果説明書（令和6年度決算）", "令和5年度 3,210千円 1,600千円 令和6年度 3,480千円 1,740千円")
    assert all(m.role_source != "year_run" for m in found.values())


def test_a_settlements_runs_take_their_years_only():
    found = amounts_by_text("主要施策の成果説明書（令和6年度決算）", "令和5年度 3,210千円 1,600千円 令和6年度 3,480千円 1,740千円")
    assert (found["1,600千円"].role, found["1,600千円"].fy) == ("other", 2023)
    assert (found["1,740千円"].role, found["1,740千円"].fy) == ("other", 2024)
