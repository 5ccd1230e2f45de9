"""A budget's stages side by side (issue 21, context/assessment_columns.py): a local compilation's request beside its
assessment (the assessed figure is the budget, the request `other`), a request's table with last year's budget, an
evaluation sheet's rows over year columns. Each shape in several issuers' wording, with the near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, asked, assessed, year", [
    (["令和8年度当初予算 査定状況の公開", "| 事業名 | 要求額 | 査定額 |", "| 道路維持補修事業 | 12,000千円 | 10,500千円 |"],
     "12,000千円", "10,500千円", 2026),
    (["令和9年度予算編成過程の公開", "| 事業名 | 令和9年度要求額 | 令和9年度査定額 |",
      "| 子育て支援拠点運営事業 | 3,400万円 | 3,100万円 |"],
     "3,400万円", "3,100万円", 2027),
    (["令和8年度予算 要求・査定状況", "地域交通確保事業 要求額 12,000千円 査定額 10,500千円"], "12,000千円", "10,500千円", 2026),
    (["令和8年度予算 要求・査定状況", "事業名 地域交通確保事業", "要求額 12,000千円", "査定額 10,500千円"],
     "12,000千円", "10,500千円", 2026),
    (["令和7年度当初予算 内示状況", "防災行政無線更新事業 要求額 8,500万円 内示額 7,900万円"], "8,500万円", "7,900万円", 2025),
])
def test_the_assessed_figure_is_the_budget_and_the_request_other(lines, asked, assessed, year):
    found = roles(*lines)
    assert found[asked][0] == "other"
    assert found[assessed] == ("budget", year)


def test_a_requests_table_with_last_years_budget():
    found = roles("令和8年度 概算要求の概要", "| 事業名 | 令和8年度要求額 | 令和7年度予算額 |", "| 地域交通確保事業 | 12億円 | 10億円 |")
    assert (found["12億円"], found["10億円"]) == (("budget", 2026), ("previous_budget", 2025))


@pytest.mark.parametrize("lines, figure, role", [
    # a request alone keeps its reading: the proposed budget
    (["令和8年度 概算要求の概要", "地域交通確保事業 要求額 12億円"], "12億円", "budget"),
    # a request and an assessment parted by a line without figures are no pair
    (["令和8年度予算", "A事業 要求額 1,200万円", "■B事業", "査定額 900万円"], "1,200万円", "budget"),
])
def test_near_misses_of_a_request_beside_its_assessment(lines, figure, role):
    assert roles(*lines)[figure][0] == role


def test_an_evaluation_sheets_rows_take_their_labels_roles():
    found = roles("行政事業レビューシート 令和7年度",
                  "| 予算の状況 | 令和5年度 | 令和6年度 | 令和7年度 |",
                  "| 当初予算 | 120 百万円 | 130 百万円 | 140 百万円 |",
                  "| 補正予算 | 10 百万円 | 5 百万円 | 8 百万円 |",
                  "| 執行額 | 118 百万円 | 125 百万円 | 70 百万円 |")
    assert found["140 百万円"] == ("budget", 2025)
    assert found["8 百万円"][0] == "supplementary_budget"
    assert found["70 百万円"][0] == "other"  # what was spent, no budget



def test_an_evaluation_sheets_request_column_is_the_requested_years_budget():
    found = roles("行政事業レビューシート 令和7年度",
                  "| 予算の状況 | 令和5年度 | 令和6年度 | 令和7年度 | 令和8年度要求 |",
                  "| 当初予算 | 120 百万円 | 130 百万円 | 140 百万円 | 150 百万円 |")
    assert found["150 百万円"] == ("budget", 2026)
    assert found["140 百万円"] == ("budget", 2025)
    assert found["130 百万円"] == ("previous_budget", 2024)  # the year before the sheet's (fiscal_columns.column_role)


def test_the_last_of_several_assessments_is_the_adopted_budget():
    found = roles("令和8年度予算 査定状況", "| 事業名 | 要求額 | 一次査定額 | 市長査定額 |",
                  "| 図書館運営事業 | 5,000千円 | 4,800千円 | 4,700千円 |")
    assert (found["5,000千円"][0], found["4,800千円"][0], found["4,700千円"]) == ("other", "other", ("budget", 2026))


@pytest.mark.parametrize("lines, total", [
    (["令和8年度当初予算 査定状況", "| 事業名 | 要求額 | 査定額 |", "| 商店街活性化支援事業 | 12,000千円 | 9,500千円 |",
      "| 部計 | 45,700千円 | 38,300千円 |"], "38,300千円"),
    (["令和8年度当初予算 査定状況", "| 事業名 | 要求額 | 査定額 |", "| 市民部 計 | 7,600万円 | 7,050万円 |"], "7,050万円"),
    (["令和8年度当初予算 知事査定の概要", "一般会計 要求総額 7,412億円、査定後 7,185億円"], "7,185億円"),
])
def test_an_assessed_total_is_the_budget_and_no_programmes_row(lines, total):
    found = amounts_by_text(*lines)
    assert found[total].role == "budget" and found[total].total_of


def test_a_grants_notice_beside_a_petition_is_no_assessment():
    found = roles("令和7年度予算", "国への要望額 4,000万円に対し、交付金の内示額 2,400万円")
    assert found["2,400万円"][0] != "budget"


def test_a_sheets_settled_columns_are_other_and_its_budget_column_the_budget():
    found = roles("事務事業評価シート(令和6年度)", "| 区分 | R4決算 | R5決算 | R6予算 |",
                  "| 事業費 | 1.2億円 | 1.3億円 | 1.5億円 |", "| 一般財源 | 0.5億円 | 0.6億円 | 0.9億円 |")
    assert (found["1.2億円"][0], found["1.3億円"][0], found["0.6億円"][0]) == ("other", "other", "other")
    assert found["1.5億円"] == ("budget", 2024)


@pytest.mark.parametrize("lines, asked, final, last_year, year", [
    (["平成25年度一般会計 予算編成状況 土木費", "土木費 | 予算要求額 | 中間調整額 | 最終調整額 | 前年度当初予算額 |",
      "---|---|---|---|---|",
      "事業経費 | 3,195,500千円 | 2,729,917千円 | 2,973,197千円 | 2,582,165千円 |"],
     "3,195,500千円", "2,973,197千円", "2,582,165千円", 2013),
    (["令和6年度一般会計 予算編成状況 民生費", "民生費 | 予算要求額 | 最終調整額 | 前年度当初予算額 |", "---|---|---|---|",
      "事業経費 | 12,000千円 | 10,500千円 | 9,800千円 |"],
     "12,000千円", "10,500千円", "9,800千円", 2024),
])
def test_last_years_column_beside_the_stages_is_the_previous_budget(lines, asked, final, last_year, year):
    found = roles(*lines)
    assert found[asked][0] == "other"
    assert found[final] == ("budget", year)
    assert found[last_year] == ("previous_budget", year - 1)


@pytest.mark.parametrize("lines, figures", [
    (["令和8年度当初予算 編成状況", "| 事業名 | 要求額 | 財政課長内示額 |", "| 道路維持補修事業 | 12,000千円 | 10,500千円 |"],
     ("12,000千円", "10,500千円")),
    (["令和8年度当初予算 編成状況", "道路維持補修事業 要求額 12,000千円 財政局内示額 10,500千円"], ("12,000千円", "10,500千円")),
    (["令和8年度当初予算 編成状況", "事業名 公園管理事業", "要求額 3,400万円", "財政課内示額 3,100万円"], ("3,400万円", "3,100万円")),
])
def test_the_finance_offices_naiji_is_a_step_beside_the_request(lines, figures):
    found = roles(*lines)
    assert [found[f][0] for f in figures] == ["other", "other"]


def test_the_finance_offices_naiji_before_the_heads_assessment_is_a_step():
    found = roles("令和8年度当初予算 査定状況", "| 事業名 | 要求額 | 財政課長内示額 | 市長査定額 |",
                  "| 図書館運営事業 | 5,000千円 | 4,800千円 | 4,700千円 |")
    assert (found["5,000千円"][0], found["4,800千円"][0], found["4,700千円"]) == ("other", "other", ("budget", 2026))
