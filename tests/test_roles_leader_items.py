"""A list of the year's items printed like a table of contents, each name led to its figure by dots (`出会い応援事業・・・・
502 万円`): under a budget scope each is an item of the scope's kind (issue 21, context/inline_items.py leader_item).
Variants in other issuers' leaders and eras; near misses that must not change."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, figures, role, fy", [
    (["平成28年度当初予算の概要", "平成 28 年度の主な新規事業 出会い応援事業・・・・・・・・502 万円 (39 ページに掲載) "
      "西鉄沿線活性化促進・・・・・・247 万円 環境プラザの運営管理委託・・ 1,299 万円"],
     ["502 万円", "247 万円", "1,299 万円"], "budget", 2016),
    (["令和6年度補正予算（第3号）の概要", "主な事業 道路維持補修事業……1,200万円 防犯カメラ設置事業……350万円"],
     ["1,200万円", "350万円"], "supplementary_budget", 2024),
    (["令和7年度予算案について", "・子育て応援給付事業 ........ 8,400万円", "・学校給食費無償化事業 ........ 2億1,000万円"],
     ["8,400万円", "2億1,000万円"], "budget", 2025),
    # a department in brackets after the name, the items bulleted with a middle dot (a prefecture's supplementary summary)
    (["平成26年度2月補正予算(臨時議会)の概要",
      "2 主な事業 ・とっとりふるさと旅行券発行事業 (商工政策課) ………………………… 100百万円 観光客誘致のため発行する。"
      " ・多子世帯応援クーポン券発行事業 (子育て応援課) …………………… 190百万円"], ["100百万円", "190百万円"], "supplementary_budget", 2014),
])
def test_a_dot_leader_item_is_the_scopes_budget(lines, figures, role, fy):
    found = roles(*lines)
    assert all(found[f] == (role, fy) for f in figures)


@pytest.mark.parametrize("lines, figure, role", [
    # a cap led to its figure is a grant's size
    (["令和7年度予算案について", "補助上限額・・・・・・50万円"], "50万円", "budget"),
    # no budget scope: a price list printed with leaders
    (["施設利用のご案内", "大ホール使用料・・・・・・3万円"], "3万円", "budget"),
])
def test_near_misses_are_no_budget_items(lines, figure, role):
    assert roles(*lines)[figure][0] != role
