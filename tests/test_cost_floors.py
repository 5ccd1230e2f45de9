"""A floor of what a grant takes is a term of the scheme, `support` (issue 21, roles32; fresh22a's and fresh23c's calls):
an item's price floor under a lead that names the costs the grant takes (`対象となる経費` over `・50万円以上の林業機械`), a
purchase's price or amount as the floor's label (`購入価格が40万円以上`, `購入金額が20万円以上`), a floor before the purchase
it bounds (`1点あたり15万円以上の購入`). Near misses: the same floor under a lead of EXCLUDED costs (`【対象外経費】`), a floor
with no grant on the page, an applicant's sales, a cap."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline


def role_of(texts: tuple[str, ...], figure: str) -> str | None:
    mentions, _ = text_deck_outline(texts)
    return next(m for m in mentions if m.kind == "amount" and m.text == figure).role


@pytest.mark.parametrize("texts, figure", [
    (("林業関係の補助金について", "対象となる経費", "次の林業機械等の導入費用が対象となります。",
      "・30万円以上の林業機械", "・8万円以上の刈払機"), "8万円"),
    (("林業関係の補助金について", "対象となる経費", "次の林業機械等の導入費用が対象となります。",
      "・30万円以上の林業機械", "・8万円以上の刈払機"), "30万円"),
    (("農業機械導入支援事業補助金", "補助対象経費", "・40万円以上の農業用機械", "・25万円以上の乾燥機"), "25万円"),
    (("新規就農者支援補助金", "■対象経費", "農業用ハウス、20万円以上の農業機械の導入に要する費用"), "20万円"),
    (("初妊牛導入補助金", "◆対象牛", "家畜市場で購入した乳用牛(購入価格が35万円以上のもの)"), "35万円"),
    (("機械導入補助事業", "補助額:購入費の2分の1以内(20万円を上限)", "※購入金額が10万円以上"), "10万円"),
    (("漁業就業者支援事業", "漁具の購入に対して2/3の補助金(上限300万円で1点あたり5万円以上の購入)を交付します。"), "5万円"),
])
def test_a_floor_of_what_the_grant_takes_is_a_term(texts, figure):
    assert role_of(texts, figure) == "support"


@pytest.mark.parametrize("texts, figure", [
    # the same floor under a lead of the costs the grant does NOT take (dev10c: other)
    (("山の日記念事業補助金", "<補助対象経費>", "事業に必要な経費", "【対象外経費】", "・団体の運営に係る経費",
      "・備品購入費(1件の金額が3万円以上の物品購入)"), "3万円"),
    (("農業機械導入補助金", "補助の対象外となる経費", "・10万円以上の汎用機械"), "10万円"),
    # no grant on the page: a contract's threshold
    (("入札制度の見直し", "対象となる工事", "予定価格1千万円以上の建設工事"), "1千万円"),
    # an applicant's sales, not what the grant takes
    (("農業振興補助金", "対象者", "・農産物販売額が50万円以上の農業者"), "50万円"),
])
def test_near_misses_stay_other(texts, figure):
    assert role_of(texts, figure) == "other"


def test_a_cap_before_an_item_stays_a_cap():
    texts = ("林業機械導入補助金", "対象となる経費", "・50万円以内の林業機械")
    assert role_of(texts, "50万円") == "support"


@pytest.mark.parametrize("texts, figure", [
    # the floor's label closes with a bracketed note on what the cost leaves out (fresh24d's 住宅改修, same class)
    (("住宅改修促進助成金", "改修工事費用の1/5の額 ※補助限度額20万円 | 改修工事であって工事費用(消費税及び地方消費税に相当する額を除く)が"
      "10万円以上のもの"), "10万円"),
    (("住宅改修促進助成金", "耐震改修工事 | ※補助限度額50万円 | 耐震改修及びこれに伴う附帯工事であって、"
      "それに要する費用(消費税相当額を除く。)が80万円以上のもの"), "80万円"),
    (("設備導入補助金", "補助上限100万円。設備投資額(土地の取得費を除く)が300万円以上であること"), "300万円"),
])
def test_a_floor_whose_label_carries_a_note(texts, figure):
    assert role_of(texts, figure) == "support"


@pytest.mark.parametrize("texts, figure", [
    # near misses: a noted label that names no cost of the project (an applicant's sales, a statistic), or no grant
    (("設備導入補助金", "補助上限100万円。年間売上高(前年度の実績)が300万円以上であること"), "300万円"),
    (("入札制度の見直し", "対象となる工事", "予定価格(税込み)が1千万円以上の建設工事"), "1千万円"),
])
def test_a_noted_label_near_misses(texts, figure):
    assert role_of(texts, figure) == "other"
