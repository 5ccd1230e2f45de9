"""A ministry's figure in a government-wide compilation's prose (`文部科学省が最大の598億円`, `最も多いのは文部科学省の…`): the
deck's budget, of its kind and year (issue 21, context/ministry_figures.py). Variants in other papers' wording; near
misses that must keep their roles."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, figures, role, fy", [
    (["政府は2015年度の医療分野の研究開発関連予算をまとめた。総額は1248億円を計上した。",
      "内訳を見ると、文部科学省が最大の598億円、厚生労働省が474億円を計上。"], ["598億円", "474億円"], "budget", 2015),
    (["内閣府は平成二十年度科学技術関係予算の概算要求額を公表した。平成二十年度要求額は四兆三三二億円であった。",
      "最も多いのは文部科学省の二兆六四八六億円(全体の六五・八%)。続いて、経済産業省が五七一四億円(一四・一%)。"],
     ["二兆六四八六億円", "五七一四億円"], "budget", 2008),
    (["政府は令和2年度第3次補正予算案に国土強靱化の関係経費1兆9656億円を計上した。",
      "府省庁別では国土交通省が最も多い1兆3685億円。農林水産省が13・3%増の3008億円。"],
     ["1兆3685億円", "3008億円"], "supplementary_budget", 2020),
])
def test_a_ministrys_figure_is_the_decks_budget(lines, figures, role, fy):
    found = roles(*lines)
    assert all(found[f] == (role, fy) for f in figures)


@pytest.mark.parametrize("lines, figure", [
    # a local body's department is no ministry
    (["令和6年度当初予算の概要。総額は120億円を計上した。", "学校の統合について、教育委員会が3億円の削減を示した。"], "3億円"),
    # a ministry's figure of another year (a past settlement) keeps its year's role
    (["令和6年度予算案の概要。総額は1兆円を計上した。", "令和4年度の決算では、文部科学省が1200億円を執行した。"], "1200億円"),
    # a ministry named, but a statistic of the world owns the figure
    (["令和6年度予算案の概要。総額は1兆円を計上した。", "経済産業省の試算では市場規模が3兆円に達する。"], "3兆円"),
])
def test_near_misses_are_no_ministrys_budget(lines, figure):
    assert amounts_by_text(*lines)[figure].role_source != "ministry"


@pytest.mark.parametrize("line, figure, total", [
    ("内訳を見ると、文部科学省が最大の598億円、厚生労働省が474億円を計上。", "598億円", True),
    ("府省庁別では国土交通省が最も多い1兆3685億円。", "1兆3685億円", True),
    # a measure as the sentence's topic: the figure is that measure's (a programme row), not the ministry's whole
    ("インフラの老朽化対策では、国土交通省が21・6%増の5440億円を求めた。", "5440億円", False),
    ("道路の防災対策については、国土交通省が3000億円を要求。", "3000億円", False),
])
def test_a_ministrys_whole_share_is_no_row_but_a_measures_figure_is(line, figure, total):
    found = amounts_by_text("中央省庁が2019年度当初予算の概算要求に盛り込んだ関連予算は、4兆8951億円だった。", line)
    assert found[figure].role == "budget" and bool(found[figure].total_of) == total
