"""The budgets table's shape rules of names18 (issue 21): a comparison row whose older columns come first keeps only the
plan year's figure as its row, paired with the previous year's; the parts a field's
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


def test_near_miss_an_older_figure_of_another_programme_stays():
    # `1 道路維持事業 / 令和4年度予算額 3億円 / 2 河川改修事業 / 前年度予算額 4億円 / 令和6年度予算額 5億円` (rev18): the first
    # figure is another programme's, no older column of the second's row
    records = [rec("3億円", "budget", 2022, 3 * 10**8, program="道路維持事業"),
               rec("4億円", "previous_budget", 2023, 4 * 10**8, line=2, program="河川改修事業"),
               rec("5億円", "budget", 2024, 5 * 10**8, line=3, program="河川改修事業")]
    assert years(records) == [("道路維持事業", 2022, 3 * 10**8, None), ("河川改修事業", 2024, 5 * 10**8, 4 * 10**8)]


def test_the_pairs_follow_the_rows():
    rs = table(("5,210", "budget", 2021, 5_210), ("5,380", "previous_budget", 2022, 5_380), ("5,455", "budget", 2023, 5_455))
    assert budget_pairs(rs) == [(0, None), (2, 1)]


@pytest.mark.parametrize("texts, parts", [
    # a field's money over ministries, then the same split by field (its parts add up to it exactly)
    (("令和6年度 子ども関係予算の概要", "", "子ども・子育て関係予算を見ると、令和6年度予算は5兆2,300億円となっている。"
      "分野別の予算額は、保育分野3兆1,000億円、教育分野1兆5,300億円、医療分野6,000億円である。"),
     ("3兆1,000億円", "1兆5,300億円")),
    # an `約` whole and its `約` parts (a sum a little off the rounded whole)
    (("令和6年度予算", "", "防災関係予算は、総計約3兆1,000億円を計上し、その内訳は、研究開発分野に約500億円、"
      "災害予防分野に約1兆2,000億円、国土保全分野に約1兆8,450億円を計上している。"),
     ("500億円", "1兆2,000億円", "1兆8,450億円")),
])
def test_the_parts_a_fields_aggregate_adds_up_from_are_no_rows(texts, parts):
    got = rows(run(*texts))
    assert not set(parts) & set(got)


@pytest.mark.parametrize("texts, kept", [
    # parts that do not add up to the aggregate
    (("令和6年度予算", "", "防災関係予算は、総計約3兆1,000億円を計上し、その内訳は、研究開発分野に約500億円、"
      "災害予防分野に約1兆2,000億円、国土保全分野に約1兆1,500億円を計上している。"),
     ("500億円", "1兆2,000億円", "1兆1,500億円")),
    # a part a programme's name owns
    (("令和6年度予算", "", "治水関係予算は、総額1兆円を計上し、うち河川改修事業に6,000億円、砂防事業に4,000億円を計上している。"),
     ("4,000億円",)),
    # measures (no field's word) after a field's aggregate, adding up to it (rev18)
    (("令和6年度 〇〇県 脱炭素関連予算",
      "脱炭素関連予算は総額120億円で、住宅用太陽光発電設備導入支援に80億円、EV充電設備整備に40億円を計上。"),
     ("80億円", "40億円")),
    (("令和6年度 〇〇市 防災関係予算", "防災関係予算は総額30億円。内訳は、避難所環境整備に12億円、河川改修に18億円。"),
     ("12億円", "18億円")),
    (("令和6年度 子ども関係予算", "子ども関係予算は総額3,000億円で、保育所等整備に1,800億円、放課後児童対策に1,200億円を計上した。"),
     ("1,800億円", "1,200億円")),
    # the document's own budget (no field's aggregate) split by field
    (("令和6年度予算の概要", "", "予算総額は1兆円で、その内訳は、福祉分野に6,000億円、教育分野に4,000億円である。"),
     ("6,000億円", "4,000億円")),
])
def test_near_misses_parts_that_stay_rows(texts, kept):
    assert set(kept) <= set(rows(run(*texts)))


def _programme(found, text: str) -> str | None:
    return next(m.program for m in found if m.kind == "amount" and m.text == text)


@pytest.mark.parametrize("texts, figure, name", [
    # a body's plan: a numbered section, sentences under it, then its bare `事業予算額` label over the figure; the article
    # the section cites in brackets is no part of its name
    (("令和5年度事業計画", "1.育英奨学金の貸与(寄附行為第5条第2号)", "(1)新たに大学生20名を採用し、奨学金を貸与する。",
      "(2)返還の状況を確認する。", "事業予算額", "15,300千円"), "15,300千円", "育英奨学金の貸与"),
    (("平成31年度 事業計画書", "3.文化財保存への助成(定款第4条第3号)", "(1)指定文化財の修理に助成金を交付する。", "予算額",
      "2,450千円"), "2,450千円", "文化財保存への助成"),
    # near miss: a sub-item that IS a name stays the figure's programme
    (("令和5年度事業計画", "1.地域振興事業", "(1)商店街活性化支援事業", "事業予算額", "4,000千円"), "4,000千円",
     "商店街活性化支援事業"),
])
def test_a_sections_label_figure_takes_the_heading_over_its_sentences(texts, figure, name):
    assert _programme(run(*texts), figure) == name


@pytest.mark.parametrize("line, names", [
    # a list of programmes, each the subject of its own segment, what it pays for between it and its figure
    ("歳出は、花火大会開催事業が会場警備と運営で980万円、広報宣伝事業が120万円、協会運営費が300万円などとした。",
     {"980万円": "花火大会開催事業", "120万円": "広報宣伝事業", "300万円": "協会運営費"}),
    ("支出の内訳は、移住相談事業が相談会とセミナーで450万円、空き家バンク運営事業が80万円となった。",
     {"450万円": "移住相談事業", "80万円": "空き家バンク運営事業"}),
])
def test_a_list_segments_subject_names_its_figure(line, names):
    found = run("令和6年度当初予算の概要", line)
    assert {t: _programme(found, t) for t in names} == names


@pytest.mark.parametrize("line, figure", [
    # a body as the subject (who pays) names no programme
    ("市が1億円を計上し、県が負担する5千万円と合わせて実施する。", "1億円"),
    ("国が2億円を負担する。", "2億円"),
])
def test_near_misses_a_subject_that_is_no_programme(line, figure):
    assert _programme(run("令和6年度当初予算の概要", line), figure) in (None, "")

