"""How far a legend of a deck's brackets reaches, and which year its bracketed figure is of (context/change_pairs.py
deck_legends, legend_changes; roles.json legend_result_words, legend_same_year_words).

- A note under a table (`（　）は前年度実績` below its rows) explains the table right above it only: its rows up to a
  heading, a blank line or a row marked otherwise; a budget list above that table keeps its `X（Y）` budget pairs.
- A budget's heading keeps X a budget under a results legend, until a heading that names results (`■ 参考：事業実績`);
  a budget heading after a results legend starts a section the legend does not speak of.
- A legend naming a same year's figure (`（　）内は調定額`: assessed beside received) gives the bracket X's year; one that
  names an earlier year (`（　）は前年度収納額`) or a year of its own keeps that year.
Lines written for these tests in the styles of a ward's welfare page, a prefecture's tax office and a town's water works.
"""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def _roles(lines: list[str], *figures: str) -> list[str | None]:
    found = amounts_by_text(*lines)
    return [found[f].role for f in figures]


@pytest.mark.parametrize("lines, figures, roles", [
    # the note under the results table says nothing of the budget list above a heading, a blank line, a row marked otherwise
    (["令和7年度 北川区 健康福祉部の予算", "○ 高齢者見守り事業 2,400万円(2,100万円)", "【利用実績】",
      "訪問件数 3,100件(2,900件) 委託料 910万円(870万円)", "注:( )は前年度実績"],
     ("2,400万円", "2,100万円", "910万円", "870万円"), ["budget", "previous_budget", "other", "other"]),
    (["南浜町 水道課の事業", "◆ 配水管更新事業 1億5,000万円(1億3,000万円)", "",
      "給水戸数 4,210戸(4,180戸) 給水収益 3億1,000万円(3億400万円)", "※括弧内は前年度実績"],
     ("1億5,000万円", "1億3,000万円", "3億1,000万円", "3億400万円"), ["budget", "previous_budget", "other", "other"]),
    (["令和7年度 東野市 主な事業", "・子育て応援事業 6,800万円（6,200万円）",
      "相談件数 640件（610件） 貸付額 1,450万円（1,380万円）", "（　）は前年度実績"],
     ("6,800万円", "6,200万円", "1,450万円", "1,380万円"), ["budget", "previous_budget", "other", "other"]),
])
def test_a_note_under_a_table_explains_that_table_only(lines, figures, roles):
    assert _roles(lines, *figures) == roles


@pytest.mark.parametrize("lines, figures, roles", [
    # a results heading ends the budget's heading: the results under their own legend are no budget
    (["令和7年度 西岡市 当初予算の概要", "（　）は前年度予算額", "・公園管理費 5,200万円（4,900万円）", "■ 参考：管理実績",
      "（　）は前々年度実績", "委託料 760万円（720万円）"],
     ("5,200万円", "4,900万円", "760万円", "720万円"), ["budget", "previous_budget", "other", "other"]),
    (["令和7年度 西岡市 予算の概要", "令和5年度予算の執行実績", "（　）は前年度実績", "修繕費 430万円（410万円）"],
     ("430万円", "410万円"), ["other", "other"]),
    # a budget heading after a results legend: a budget list the legend does not speak of
    (["■ 令和6年度の貸付実績", "（　）は前年度実績", "貸付額 2,300万円（2,050万円）", "令和7年度 当初予算",
      "・奨学金貸付事業 3,000万円（2,800万円）"],
     ("2,300万円", "2,050万円", "3,000万円", "2,800万円"), ["other", "other", "budget", "previous_budget"]),
])
def test_headings_bound_a_results_legend(lines, figures, roles):
    assert _roles(lines, *figures) == roles


@pytest.mark.parametrize("lines, fys", [
    # a same year's figure in the bracket: X's year
    (["令和5年度 県税の収入状況", "※( )内は調定額", "個人県民税 収入額 41億円(42億5,000万円)"], (2023, 2023)),
    (["令和5年度 市の収入状況", "( )内は調定額", "保育料 収入済額 4億1,000万円(4億3,800万円)"], (2023, 2023)),
    (["令和6年度 国保税の徴収状況", "カッコ内は徴収すべき額", "現年度分 3億2,000万円(3億3,500万円)"], (2024, 2024)),
    # near misses: an earlier year named, or a year of its own
    (["令和5年度 市の収入状況", "( )は前年度収納額", "保育料 収入済額 4億1,000万円(3億9,800万円)"], (2023, 2022)),
    (["令和5年度 市の収入状況", "( )は令和3年度調定額", "保育料 収入済額 4億1,000万円(3億9,800万円)"], (2023, 2021)),
])
def test_a_same_year_legend_gives_the_bracket_the_figures_year(lines, fys):
    found = amounts_by_text(*lines)
    figures = [m for m in found.values() if m.line == len(lines)]
    assert tuple(m.fy for m in figures) == fys
    assert {m.role for m in figures} == {"other"}
