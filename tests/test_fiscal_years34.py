"""A year's portion written by its last two digits (issue 21, session 27, years34).

News write a contract's or a works' yearly portions as `23年度分が1289万4000円`, `08年度分の投資額`, `24年度分として3億円`:
the portion of that fiscal year, read in the century or era the text fixed before it (context/elided_years.py). Only
a number of one numeral before `年度分` is a count of years (`3年度分の費用`, `三年度分`: no year), and several years
joined by `・` (`24・25年度分がそれぞれ868万円`) are a span, no single year for the figure after them. Lines written for
these tests in other issuers' wording (a town's facility contract, a city's school works, a prefecture's port)."""
from __future__ import annotations

import pytest

from .helpers import mentions

_CONTRACT = ("2022-11-23", "現在の指定管理は2020~22年度までの3年契約で運営している。")
_WORKS = ("2024年3月5日", "町は体育館の改修を計画している。")


def _fy(lines: tuple[str, ...], text: str) -> int | None:
    found = [m.fy for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("lines, text, fy", [
    # a two-digit year's portion is its year
    ((*_CONTRACT, "指定管理料の上限は、23年度分が1289万4000円、24・25年度分がそれぞれ868万2000円。"), "1289万4000円", 2023),
    ((*_CONTRACT, "今回の公募では、23年度分の上限を2017万2000円に設定した。"), "2017万2000円", 2023),
    ((*_WORKS, "体育館の改修工事費に24年度分として3億101万円を計上した。"), "3億101万円", 2024),
    (("港湾計画(2008年度改訂)", "総事業費のうち、08年度分の投資額は計42億円。"), "42億円", 2008),
    # near misses: several years joined (a span), a count of years in one numeral
    ((*_CONTRACT, "指定管理料の上限は、23年度分が1289万4000円、24・25年度分がそれぞれ868万2000円。"), "868万2000円", None),
    ((*_WORKS, "24・25年度分の工事費として計6億円を見込む。"), "6億円", None),
    ((*_WORKS, "改修には3年度分の費用として6億円を見込む。"), "6億円", None),
    (("後期高齢者医療保険料（令和6・7年度）", "均等割額（年額）", "47,300円"), "47,300円", None),  # (a list after an era)
    ((*_WORKS, "改修には三年度分の費用として6億円を見込む。"), "6億円", None),
])
def test_a_years_portion(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # an open span's written bound (`2017年度までの`, `令和8年度まで`) fixes the century or era of the years after it
    (("村は2017年度までの指定管理期間を短縮し、本年度末で撤退する。",
      "冠着荘では、13年度に5700万円だった売上高が15年度には4400万円に減少。"), "5700万円", 2013),
    (("市は2026年度までの計画期間を1年延ばす。", "同施設の利用料収入は24年度に1200万円だった。"), "1200万円", 2024),
    (("町は令和8年度までの計画期間を1年延ばす。", "同施設の利用料収入は5年度に1200万円だった。"), "1200万円", 2023),
    # near misses: a bound too far from the short year, no written year at all
    (("市は2040年度までに温室効果ガスを半減する。", "同施設の利用料収入は13年度に1200万円だった。"), "1200万円", None),
    (("同施設の利用料収入は24年度に1200万円だった。",), "1200万円", None),
])
def test_an_open_spans_bound_fixes_the_century(lines, text, fy):
    assert _fy(lines, text) == fy
