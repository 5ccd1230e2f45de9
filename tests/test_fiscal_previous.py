"""Last year's figure against a change and the year's figure (issue 21, fifth pass; GUIDE `X（Y）` pairs, changes are
`other` of the budget's year, a request is the budget of the requested year). Lines written for these tests in the
style of real decks (a ministry's request chart flattened to text, a prefecture's list, a city's summary); each shape
with variants and near misses."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines_outline
from extract.model import Line
from extract.rules.engine import RuleContext


def run(*texts: str):
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    mentions, _ = extract_lines_outline("t", lines, RuleContext(deck_year=None))
    return [m for m in mentions if m.kind == "amount"]


def got(found, text, k=0):
    m = [m for m in found if m.text == text][k]
    return m.role, m.fy


REQUEST = "平成29年度外務省所管予算概算要求の概要"
BUDGET = "令和6年度当初予算の概要"


# -- a signed figure in brackets is a change, never last year's figure -----------------------------------------

@pytest.mark.parametrize("lines, text, want", [
    ((BUDGET, "■道路整備事業", "1億2,000万円", "(+2,000万円)"), "+2,000万円", ("other", 2024)),
    ((BUDGET, "■道路整備事業", "1億2,000万円", "(▲300万円)"), "▲300万円", ("other", 2024)),
    ((BUDGET, "○道路整備事業 12,000千円(△500千円)"), "△500千円", ("other", 2024)),
    ((REQUEST, "無償資金協力", "1,869億円", "(+240億円)"), "+240億円", ("other", 2017)),
    # near miss: an unsigned bracketed figure under the year's is last year's (GUIDE)
    ((BUDGET, "■道路整備事業", "1億2,000万円", "(1億円)"), "1億円", ("previous_budget", 2023)),
    ((BUDGET, "○道路整備事業 12,000千円(11,500千円)"), "11,500千円", ("previous_budget", 2023)),
])
def test_a_signed_bracketed_figure_is_a_change_of_the_years_figure(lines, text, want):
    assert got(run(*lines), text) == want


# -- the arithmetic of a flattened comparison chart finds last year's figure ------------------------------------

@pytest.mark.parametrize("lines, text, want", [
    # year's figure, change, then last year's under the item's name again
    ((REQUEST, "無償資金協力", "1,869億円", "(+240億円)", "無償資金協力", "1,629億円"), "1,629億円", ("previous_budget", 2016)),
    # last year's written first, the change after the year's figure
    ((REQUEST, "一般的な政策経費", "2,379億円", "一般的な政策経費", "2,566億円", "(+187億円)"), "2,379億円",
     ("previous_budget", 2016)),
    # a decrease, and a chart that rounds each cell (386 - 101 = 285 against 284)
    ((REQUEST, "分担金", "1,197億円", "(▲15億円)", "1,212億円"), "1,212億円", ("previous_budget", 2016)),
    ((REQUEST, "任意拠出金 386億円", "(+101億円)", "任意拠出金 284億円"), "284億円", ("previous_budget", 2016)),
    ((BUDGET, "■道路整備事業", "5,300万円", "(+300万円)", "5,000万円"), "5,000万円", ("previous_budget", 2023)),
    # the year's figure keeps its role and year
    ((REQUEST, "無償資金協力", "1,869億円", "(+240億円)", "無償資金協力", "1,629億円"), "1,869億円", ("budget", 2017)),
    # near miss: a figure the change does not account for keeps its role
    ((BUDGET, "■道路整備事業", "5,300万円", "(+300万円)", "■橋梁補修事業", "4,200万円"), "4,200万円", ("budget", 2024)),
])
def test_the_change_finds_last_years_figure_by_arithmetic(lines, text, want):
    assert got(run(*lines), text) == want


@pytest.mark.parametrize("lines", [
    (BUDGET, "■道路整備事業", "5,300万円", "(+300万円)", "5,000万円", "■橋梁補修事業", "5,000万円"),
    (REQUEST, "無償資金協力", "1,869億円", "(+240億円)", "1,629億円", "1,629億円"),
])
def test_near_miss_two_figures_that_fit_the_arithmetic_are_neither_last_years(lines):
    found = run(*lines)
    assert not any(m.role == "previous_budget" for m in found)


# -- a request is the budget of the requested year, on a label line too ------------------------------------------

@pytest.mark.parametrize("lines, text, want", [
    ((REQUEST, "■総額", "平成29年度概算要求", "7,730億円"), "7,730億円", ("budget", 2017)),
    (("外務省予算の概要", "■総額", "令和7年度概算要求", "8,100億円"), "8,100億円", ("budget", 2025)),
    # near miss: a label line of last year's budget under the request
    ((REQUEST, "■総額", "平成28年度当初予算", "7,140億円", "平成29年度概算要求", "7,730億円", "(+590億円)"), "7,140億円",
     ("previous_budget", 2016)),
])
def test_a_request_label_line_heads_its_figure(lines, text, want):
    assert got(run(*lines), text) == want


# -- a legend of the bracketed figures names their year, not the year of the figures under it -------------------

TITLE_2015 = "平成27年度農林水産予算の重点事項"


@pytest.mark.parametrize("legend", [
    "(※)各事項の下段( )内は、平成26年度当初予算額",
    "※( )内は平成26年度当初予算額",
    "注:[ ]内は平成26年度予算額",
    "(注)( )内の計数は、平成26年度当初予算額",
])
@pytest.mark.parametrize("item, text, want", [
    (("①", "農地中間管理機構の本格稼働", "190億円", "(305億円)"), "190億円", ("budget", 2015)),
    (("①", "農地中間管理機構の本格稼働", "190億円", "(305億円)"), "305億円", ("previous_budget", 2014)),
    (("○新規就農総合支援事業 195億円(218億円)",), "195億円", ("budget", 2015)),
    (("・担い手経営発展支援事業 5億円",), "5億円", ("budget", 2015)),
])
def test_a_legend_of_the_bracketed_figures_is_no_label_of_the_figures_under_it(legend, item, text, want):
    assert got(run(TITLE_2015, legend, "■担い手の育成", *item), text) == want


@pytest.mark.parametrize("label, want", [
    # near miss: a label line (no legend) heads the figures under it with its year
    ("平成26年度補正予算", ("supplementary_budget", 2014)),
    ("平成28年度当初予算", ("budget", 2016)),
])
def test_near_miss_a_label_line_without_a_legend_heads_the_figures_under_it(label, want):
    assert got(run(TITLE_2015, label, "○農地中間管理機構の本格稼働 190億円"), "190億円") == want
