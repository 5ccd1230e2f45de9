"""Issue 21, years19: an era-less year in a text that fixes no era at all, read against the run's reference year
(context/elided_years.py `latest_era`), and a year a sum is carried over FROM (fiscal_scope.json carried_from_after).
Variants in other wordings, eras and numbers; near misses."""
from __future__ import annotations

import pytest

from extract.context.elided_years import latest_era
from extract.mentions import extract_lines_outline
from extract.rules.engine import RuleContext

from .helpers import amounts_by_text, lines_of


def _amounts(*texts: str, as_of_year: int | None) -> dict[str, object]:
    mentions, _ = extract_lines_outline("t", lines_of(texts), RuleContext(deck_year=None, as_of_year=as_of_year))
    return {m.text: m for m in mentions if m.kind == "amount"}


@pytest.mark.parametrize("n, reference, year", [
    (27, 2026, 2015),  # 令和27 is past the reference: 平成27
    (5, 2026, 2023),   # 令和5
    (9, 2026, 2027),   # 令和9: a plan's next year, within a document's reach
    (12, 2026, 2000),  # 令和12 too far ahead: 平成12
    (35, 2026, 1960),  # past 平成's 31 years: 昭和35
    (31, 2026, 2019),  # 平成31
    (5, 2005, 1993),   # a run dated 2005: 平成5
    (70, 2026, None),  # no era holds it (昭和 ended at 64)
])
def test_latest_era(n, reference, year):
    assert latest_era(n, reference) == year


@pytest.mark.parametrize("lines, figure, fy", [
    # a publisher's digest: the year era-less in its headline and story, the figures in running text
    (["26 年度 私立大学等経常費補助金 総額3,184 億円を交付 教育情報センター 26 年 4 月",
      "26 年度の私立大学等経常費補助金は、総額3,184 億円が交付された。"], "3,184 億円", 2014),
    (["ニュース解説 3年度の地方交付税は16兆2,000億円となった。"], "16兆2,000億円", 2021),
    (["30年度の県立病院事業会計予算は 212億円で、前年度より4億円の増額。"], "212億円", 2018),
])
def test_an_eraless_text_reads_in_the_latest_era_not_past_the_run(lines, figure, fy):
    assert _amounts(*lines, as_of_year=2026)[figure].fy == fy


@pytest.mark.parametrize("lines, figure", [
    (["26 年度の私立大学等経常費補助金は、総額3,184 億円が交付された。"], "3,184 億円"),
])
def test_with_no_reference_year_an_eraless_text_stays_unread(lines, figure):
    assert _amounts(*lines, as_of_year=None)[figure].fy is None


@pytest.mark.parametrize("lines, figure, fy", [
    # near misses: a text that writes one era or one four-digit year reads its era-less years under it, not the run's
    (["平成元年4月 広報", "3年度の地方交付税は15兆9,000億円となった。"], "15兆9,000億円", 1991),
    (["2019年の記事", "30年度の予算は 212億円で、前年度より4億円の増額。"], "212億円", 2018),
])
def test_a_written_era_wins_over_the_run(lines, figure, fy):
    assert _amounts(*lines, as_of_year=2026)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # a year a sum is carried over FROM: the figure is the receiving year's
    (["令和3年度財政状況の公表", "令和3年度予算の9月末現在の執行状況です。",
      "令和2年度から繰り越した予算の主なものは、市道改良事業(3億1,200万円)です。"], "3億1,200万円", 2021),
    (["平成27年度上半期の財政事情", "平成27年度の予算現額(当初予算額に補正予算額及び平成26年度繰越事業費を加えた額)は、"
      "412億5,600万円です。"], "412億5,600万円", 2015),
    (["令和6年度 下半期財政状況", "令和6年度予算の執行状況は次のとおりです。",
      "令和5年度よりの繰越額は、2億3,000万円です。"], "2億3,000万円", 2024),
])
def test_a_carried_from_year_is_no_figures_year(lines, figure, fy):
    assert amounts_by_text(*lines, deck_year=None)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # near misses: the year's own carry-forward appropriation, a carry-over TO a later year, a year the figure is of
    (["令和5年度補正予算の概要", "令和5年度繰越明許費 3億円"], "3億円", 2023),
    (["令和5年度決算の概要", "令和6年度への繰越額は1億2,000万円です。"], "1億2,000万円", 2023),
    (["令和4年度の予算現額は25億円です。"], "25億円", 2022),
])
def test_near_misses_of_a_carried_from_year(lines, figure, fy):
    assert amounts_by_text(*lines, deck_year=None)[figure].fy == fy
