"""`support` by the figure's frame, not by a grant's word near it (issue 21, Build: roles by meaning). A grant's size per
recipient, a cap, a rate, a per-unit amount or a figure whose clause names a grant's amount is `support`; a programme's
name that holds 支援/補助/助成 frames the programme's cost: an item of a budget list or an appropriation takes the scope's
kind, and with no budget scope it is `other`. Lines in the style of real decks (a supplementary's item list, a city's
policy prose, a subsidy call's caps, MEXT's `支援額：最大 …／年・課題`)."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline


def run(*texts: str):
    mentions, _ = text_deck_outline(texts)
    return [m for m in mentions if m.kind == "amount"]


def role(found, text):
    return next(m.role for m in found if m.text == text)


SUPPLEMENTARY = "令和6年度補正予算の概要"
HEADING = "■主な事業"
NO_BUDGET = "町の話題をお知らせします。"


# -- a grant's frame keeps a figure support, whatever programme it stands under ----------------------------------------

@pytest.mark.parametrize("lines, figure", [
    (("○ 子育て支援事業", "補助上限 50万円"), "50万円"),  # a cap under a programme named …支援事業
    (("■中小企業支援事業", "1件当たり 100万円を補助"), "100万円"),  # a per-unit amount
    (("支援額：最大 １億円／年・課題",), "１億円"),  # MEXT's per-project-year grant
    (("● 設備導入補助金", "助成額 300万円"), "300万円"),  # the clause names the grant's amount
    (("補助率1/2、上限額 200万円",), "200万円"),
    (("支援タイプ", "⚫ 国際共同研究： 2百万円（1年間）"), "2百万円"),  # a header of its own naming the grant's kind
    (("事業継続のため支援金を給付する。(中小企業20万円、個人事業主10万円)",), "20万円"),  # sizes noted after the grant
    (("資金繰り支援のため、40億円規模の融資枠を確保する。",), "40億円"),  # a support's scale (GUIDE: 支援規模)
    (("物価高騰の影響を受けた市民の生活を支援するため、全ての世帯に3万円を支給。",), "3万円"),  # what a giving verb gives
    (("補助金額 500万円",), "500万円"),
])
@pytest.mark.parametrize("title", [NO_BUDGET, SUPPLEMENTARY])
def test_a_grants_frame_is_support(title, lines, figure):
    assert role(run(title, HEADING, *lines), figure) == "support"


def test_what_a_giving_verb_gives_is_support_where_no_item_owns_it():
    # under a budget title an item's only figure stands for the item's cost (test_roles_shapes); with no budget, the grant
    found = run(NO_BUDGET, HEADING, "・65歳以上の高齢者への生活支援として5000円の商品券の配布")
    assert role(found, "5000円") == "support"


# -- a programme's name that holds a grant's word frames its cost -------------------------------------------------------

@pytest.mark.parametrize("line, figure", [
    ("○ 子育て支援事業 1,200万円", "1,200万円"),
    ("○ 中小企業設備導入補助金 30,000千円", "30,000千円"),
    ("・ 地域交通助成費 5,000千円", "5,000千円"),
    ("（１）商店街活性化支援事業 8億円", "8億円"),
])
def test_a_budget_lists_item_named_for_a_grant_takes_the_scopes_kind(line, figure):
    assert role(run(SUPPLEMENTARY, HEADING, line), figure) == "supplementary_budget"


# with no budget named anywhere, a verb that can only budget (計上, 盛り込む) still makes a NAMED programme's figure a budget,
# no year (fresh7b's 関川村 page, blind gold and audit: `…交付金に7,900万円…を計上` is budget; context/open_figures.py); a bare
# purpose (`中小企業支援に`) names no programme and keeps `other`
@pytest.mark.parametrize("line, figure, unscoped", [
    ("中小企業支援に5億円を計上しました。", "5億円", "other"),
    ("各小中学校への学習支援事業に5,645万円を計上しました。", "5,645万円", "budget"),
    ("商店街への補助事業として3億円を盛り込みました。", "3億円", "budget"),
    ("文教関係費は、教育振興助成費二兆三千百七十三億円等、合計四兆一千二百七十五億円を計上しております。", "二兆三千百七十三億円",
     "budget"),
])
@pytest.mark.parametrize("title", [SUPPLEMENTARY, NO_BUDGET])
def test_an_appropriated_programme_named_for_a_grant_is_no_grant(title, line, figure, unscoped):
    expected = "supplementary_budget" if title == SUPPLEMENTARY else unscoped
    assert role(run(title, HEADING, line), figure) == expected


@pytest.mark.parametrize("lines, figure", [
    # prose above that merely names a kind of programme frames no grant (a long line, no grant's amount words)
    (("これに基づき統合型校務支援システムの導入が進められ、各自治体で整備が行われてきたところである", "（単年度1,805億円）"),
     "1,805億円"),
    (("子育て支援事業", "1,200万円"), "1,200万円"),  # a programme's name above its figure
])
def test_a_programmes_name_above_frames_no_grant(lines, figure):
    assert role(run(NO_BUDGET, *lines), figure) != "support"


# -- near misses: the frame words that are no grant's --------------------------------------------------------------------

@pytest.mark.parametrize("line, figure, expected", [
    ("研究費受入額が1,000万円以上の機関", "1,000万円", "other"),  # a threshold, never a grant's size
    ("１件当たり1,000万円以上の案件", "1,000万円", "other"),  # a per-unit threshold
    ("助成額の上限は300万円、下限は原則50万円とする。", "50万円", "support"),  # a grant's floor is its size
    ("助成額の上限は300万円、下限は原則50万円とする。", "300万円", "support"),
])
def test_near_misses(line, figure, expected):
    assert role(run(NO_BUDGET, line), figure) == expected


def test_a_budgets_scale_is_no_supports_scale():
    found = run(NO_BUDGET, "5億円規模の補正予算を編成し、中小企業を支援します。")
    assert role(found, "5億円") != "support"
