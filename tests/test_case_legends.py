"""A cap table whose header says its bracketed cells are the cap under a condition (context/case_legends.py; roles.json
case_legend, cap_terms): `X(Y)` rows under it are caps, support, of one year; no budget pair.

- The header's bracket legend names a case (`※カッコ内は大幅賃上げを行う場合`) or the header's own bracket does
  (`補助上限額 (大幅な賃上げを行う場合)`, cells on lines of their own under it).
- Near misses: a legend naming last year's budget, a case header naming no cap, a cap header naming no case, and a
  budget pair written after the table's prose ends keep their budget pairs.
Lines written for these tests in the styles of a ministry's grant page and a consultant's explainer.
"""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def _read(lines: list[str], *figures: str) -> list[tuple[str | None, int | None]]:
    found = amounts_by_text(*lines)
    return [(found[f].role, found[f].fy) for f in figures]


_S = ("support", None)


@pytest.mark.parametrize("lines, figures, want", [
    # a bracket legend in the header naming a case
    (["事業再構築支援補助金", "| 補助上限額 従業員数ごと ※カッコ内は賃上げ特例を適用する場合 |",
      "10人以下: 600万円(900万円) |", "11〜50人: 1,200万円(1,600万円) |"],
     ("600万円", "900万円", "1,200万円", "1,600万円"), [_S] * 4),
    (["設備導入補助金(一般枠)", "補助限度額 ※( )内は最低賃金引上げの場合", "小規模事業者 350万円(450万円)",
      "", "補助率 1/2"],
     ("350万円", "450万円"), [_S] * 2),
    # the header's own bracket names the case; cells on lines of their own
    (["省エネ設備補助金の補助額", "従業員数", "補助率", "補助上限額 (大幅な賃上げを行う場合)", "5人以下", "1/2以下",
      "200万円(300万円)", "6~20人以下", "1/2以下", "500万円以下(750万円)"],
     ("200万円", "300万円", "500万円", "750万円"), [_S] * 4),
    (["■ 上限額（事業場内最低賃金を50円以上引き上げる場合）", "・中小企業 100万円（150万円）"],
     ("100万円", "150万円"), [_S] * 2),
])
def test_a_cap_header_naming_a_case_makes_its_rows_caps(lines, figures, want):
    assert _read(lines, *figures) == want


@pytest.mark.parametrize("lines, figures, want", [
    # the legend names last year's budget: a budget pair
    (["令和6年度 当初予算", "※カッコ内は前年度予算額", "・中小企業支援事業 3,000万円(2,800万円)"],
     ("3,000万円", "2,800万円"), ["budget", "previous_budget"]),
    # a case named, but no cap: a budget list
    (["令和6年度 当初予算", "事業費 ※カッコ内は補正後の場合", "・道路整備事業 5,000万円(4,600万円)"],
     ("5,000万円", "4,600万円"), ["budget", "previous_budget"]),
    # a cap header naming no case
    (["令和6年度 当初予算", "補助上限額の見直し", "・商店街支援事業 1,000万円(900万円)"],
     ("1,000万円", "900万円"), ["budget", "previous_budget"]),
])
def test_near_misses_keep_their_budget_pairs(lines, figures, want):
    found = amounts_by_text(*lines)
    assert [found[f].role for f in figures] == want


def test_the_table_ends_at_prose():
    lines = ["令和6年度 当初予算", "補助上限額 ※カッコ内は賃上げを行う場合", "5人以下: 750万円(1,000万円)",
             "本事業の予算額は、3億円(2億5,000万円)です。"]
    found = amounts_by_text(*lines)
    assert [found[f].role for f in ("750万円", "1,000万円", "3億円", "2億5,000万円")] == \
        ["support", "support", "budget", "previous_budget"]


# a cap as its sentence's topic makes a unit value the grant's cap per unit, no price (context/prices.py _cap_topic)
@pytest.mark.parametrize("lines, figure, role", [
    (["観光需要喚起事業の概要", "割引率は35%で、上限額は1人1泊当たり1万4千円、日帰り旅行は7千円。"], "1万4千円", "support"),
    (["修学支援制度の概要", "授業料等減免の上限額は、入学金が26万円、授業料が70万円(年額)。"], "70万円", "support"),
    (["宿泊キャンペーンの概要", "限度額は1泊あたり5,000円とします。"], "5,000円", "support"),
    # near misses: prices whose sentence makes no cap its topic
    (["学校給食の案内", "給食費は1食当たり300円で、上限の見直しは行いません。"], "300円", "other"),
    (["市民プールの案内", "入場料は1回当たり500円です。"], "500円", "other"),
])
def test_a_cap_as_topic_makes_a_unit_value_a_cap(lines, figure, role):
    assert amounts_by_text(*lines)[figure].role == role
