"""The budgets table's shape rules of names18 (issue 21): a comparison row whose older columns come first keeps only the
plan year's figure as its row, paired with the previous year's; a figure a sheet repeats is one row; the parts a field's
aggregate adds up from are no programme's rows. Written in wordings no dev set uses, with their near misses."""
from __future__ import annotations

from typing import Any

import pytest

from extract.tables import budget_pairs, budget_records

from .test_roles_shapes import rows, run


def rec(text: str, role: str, fy: int | None, yen: int, *, line: int = 1, page: int | None = None,
        program: str | None = "林道整備事業", doc: str = "d") -> dict[str, Any]:
    return {"doc": doc, "kind": "amount", "text": text, "role": role, "fy": fy, "min": yen, "max": yen, "per": None,
            "qualifiers": [], "context": text, "program": program, "parent": None, "page": page, "line": line,
            "total_of": None, "ministry": None, "x0": None, "top": None, "x1": None, "bottom": None}


def table(*cells: tuple[str, str, int | None, int], program: str = "林道整備事業", line: int = 1) -> list[dict[str, Any]]:
    return [rec(t, role, fy, yen, line=line + k, program=program) for k, (t, role, fy, yen) in enumerate(cells)]


def years(rs: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["program"], r["fy"], r["budget_yen"], r["previous_budget_yen"]) for r in budget_records(rs)]


@pytest.mark.parametrize("records, expected", [
    # three years ascending (令和3 / 4 / 5年度当初): the oldest column is background, the middle one the plan year's previous
    (table(("5,210", "budget", 2021, 5_210), ("5,380", "previous_budget", 2022, 5_380), ("5,455", "budget", 2023, 5_455)),
     [("林道整備事業", 2023, 5_455, 5_380)]),
    # two rows of such a table, a settled column (other) after each
    (table(("41", "budget", 2018, 41), ("44", "previous_budget", 2019, 44), ("47", "budget", 2020, 47),
           ("39", "other", 2018, 39), program="港湾保安対策事業")
     + table(("2,310", "budget", 2018, 2_310), ("2,385", "previous_budget", 2019, 2_385), ("2,420", "budget", 2020, 2_420),
             program="港湾整備事業", line=10),
     [("港湾保安対策事業", 2020, 47, 44), ("港湾整備事業", 2020, 2_420, 2_385)]),
    # four years ascending: the two oldest are both background
    (table(("9", "budget", 2014, 9), ("10", "budget", 2015, 10), ("11", "previous_budget", 2016, 11),
           ("12", "budget", 2017, 12)),
     [("林道整備事業", 2017, 12, 11)]),
])
def test_a_comparison_rows_older_columns_are_no_rows(records, expected):
    assert years(records) == expected


@pytest.mark.parametrize("records, expected", [
    # newest first (the usual order): the budget takes the previous-year figure after it, as before
    (table(("5,455", "budget", 2023, 5_455), ("5,380", "previous_budget", 2022, 5_380)),
     [("林道整備事業", 2023, 5_455, 5_380)]),
    # successive years' figures each under its own year label, no previous-year figure: every one a row
    (table(("1,000億円", "budget", 2016, 10**11), ("1,000億円", "budget", 2017, 10**11), ("900億円", "budget", 2018, 9 * 10**10)),
     [("林道整備事業", 2016, 10**11, None), ("林道整備事業", 2017, 10**11, None), ("林道整備事業", 2018, 9 * 10**10, None)]),
    # an older budget and a previous-year figure, but no newer budget after them: nothing to be background of, kept
    (table(("5,210", "budget", 2021, 5_210), ("5,380", "previous_budget", 2022, 5_380)),
     [("林道整備事業", 2021, 5_210, None)]),
    # the previous-year figure's year unstated: paired as before
    (table(("5,210", "budget", 2021, 5_210), ("5,380", "previous_budget", None, 5_380), ("5,455", "budget", 2023, 5_455)),
     [("林道整備事業", 2021, 5_210, 5_380), ("林道整備事業", 2023, 5_455, None)]),
    # a newer budget of ANOTHER deck does not take the held previous-year figure
    (table(("5,210", "budget", 2021, 5_210), ("5,380", "previous_budget", 2022, 5_380))
     + [rec("700", "budget", 2023, 700, doc="e", program="治山事業")],
     [("林道整備事業", 2021, 5_210, None), ("治山事業", 2023, 700, None)]),
])
def test_near_misses_other_orders_stay_as_they_were(records, expected):
    assert years(records) == expected


def test_the_pairs_follow_the_rows():
    rs = table(("5,210", "budget", 2021, 5_210), ("5,380", "previous_budget", 2022, 5_380), ("5,455", "budget", 2023, 5_455))
    assert budget_pairs(rs) == [(0, None), (2, 1)]


@pytest.mark.parametrize("records, expected", [
    # a request sheet states its figure in its table of years and again on its `要求額:` line with last year's beside it
    ([rec("84,120千円", "budget", 2024, 84_120_000, line=5, program="地域交通確保事業"),
      rec("84,120千円", "budget", 2024, 84_120_000, line=20, program="地域交通確保事業"),
      rec("80,004千円", "previous_budget", 2023, 80_004_000, line=21)],
     [("地域交通確保事業", 2024, 84_120_000, 80_004_000)]),
    # repeated with no previous-year figure: the first kept
    ([rec("3億円", "budget", 2025, 3 * 10**8, line=2, program="創業支援事業"),
      rec("3億円", "budget", 2025, 3 * 10**8, line=9, program="創業支援事業")],
     [("創業支援事業", 2025, 3 * 10**8, None)]),
])
def test_a_figure_a_sheet_repeats_is_one_row(records, expected):
    assert years(records) == expected


@pytest.mark.parametrize("records", [
    # unnamed figures: maybe two programmes' equal sums
    [rec("3億円", "budget", 2025, 3 * 10**8, program=None), rec("3億円", "budget", 2025, 3 * 10**8, line=4, program=None)],
    # two pages of a PDF (a summary page and the programme's own page): kept as the deck states them
    [rec("3億円", "budget", 2025, 3 * 10**8, page=1), rec("3億円", "budget", 2025, 3 * 10**8, page=4)],
    # another year, another value
    [rec("3億円", "budget", 2025, 3 * 10**8), rec("3億円", "budget", 2024, 3 * 10**8, line=3)],
    [rec("3億円", "budget", 2025, 3 * 10**8), rec("4億円", "budget", 2025, 4 * 10**8, line=3)],
])
def test_near_misses_figures_that_are_not_repeats_stay(records):
    assert len(budget_records(records)) == 2


@pytest.mark.parametrize("texts, parts", [
    # a field's money over ministries, then the same split by field (its parts add up to it exactly)
    (("令和6年度 子ども関係予算の概要", "", "子ども・子育て関係予算を見ると、令和6年度予算は5兆2,300億円となっている。"
      "分野別の予算額は、保育分野3兆1,000億円、教育分野1兆5,300億円、医療分野6,000億円である。"),
     ("3兆1,000億円", "1兆5,300億円")),
    # an `約` whole and its `約` parts (a sum a little off the rounded whole)
    (("令和6年度予算", "", "防災関係予算は、総計約3兆1,000億円を計上し、その内訳は、科学技術の研究に約500億円、"
      "災害予防に約1兆2,000億円、国土保全に約1兆8,450億円を計上している。"),
     ("500億円", "1兆2,000億円", "1兆8,450億円")),
])
def test_the_parts_a_fields_aggregate_adds_up_from_are_no_rows(texts, parts):
    got = rows(run(*texts))
    assert not set(parts) & set(got)


@pytest.mark.parametrize("texts, kept", [
    # parts that do not add up to the aggregate
    (("令和6年度予算", "", "防災関係予算は、総計約3兆1,000億円を計上し、その内訳は、科学技術の研究に約500億円、"
      "災害予防に約1兆2,000億円、国土保全に約1兆1,500億円を計上している。"),
     ("500億円", "1兆2,000億円", "1兆1,500億円")),
    # a part a programme's name owns
    (("令和6年度予算", "", "治水関係予算は、総額1兆円を計上し、うち河川改修事業に6,000億円、砂防事業に4,000億円を計上している。"),
     ("4,000億円",)),
    # the document's own budget (no field's aggregate) split by field
    (("令和6年度予算の概要", "", "予算総額は1兆円で、その内訳は、福祉分野に6,000億円、教育分野に4,000億円である。"),
     ("6,000億円", "4,000億円")),
])
def test_near_misses_parts_that_stay_rows(texts, kept):
    assert set(kept) <= set(rows(run(*texts)))
