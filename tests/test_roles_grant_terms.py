"""A grant's terms as sections: a cap's or a threshold's section holds sizes per recipient, `support` (issue 21,
context/grant_terms.py). Inline numbered sections of a flattened PDF line and label lines of their own; near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


@pytest.mark.parametrize("lines, figures", [
    (["地方創生推進交付金(平成 29 年度)の運用方針",
      "(1)新規申請事業数 最大5事業 (2)交付上限額 28 年度 29 年度 都道府県 〔先 駆〕国費:2億円 〔横展開〕国費:0.5 億円 "
      "(3)ハード事業割合 概ね半分以下"], ["2億円", "0.5 億円"]),
    (["水産基盤整備事業の概要", "- 採択基準:", "計画事業費5億円超。1漁港あたりの属地陸揚金額が1億円以上のもの。"], ["5億円"]),
    (["令和7年度 創業支援補助金 募集要項", "（３）補助上限額 200万円 （４）補助率 2/3以内"], ["200万円"]),
])
def test_a_grant_terms_section_holds_sizes(lines, figures):
    found = amounts_by_text(*lines)
    assert all(found[f].role == "support" for f in figures)


@pytest.mark.parametrize("lines, figure", [
    # a statistic in the label's second sentence
    (["水産基盤整備事業の概要", "- 採択基準:", "計画事業費5億円超。1漁港あたりの属地陸揚金額が1億円以上のもの。"], "1億円"),
    # a section on the programme's budget, not a term of the grant
    (["令和7年度 創業支援補助金 募集要項", "（１）予算額 3億円 （２）補助上限額 200万円"], "3億円"),
])
def test_near_misses_are_no_grant_terms(lines, figure):
    assert amounts_by_text(*lines)[figure].role_source != "grant_term"


_REQUEST = ("令和8年度 当初予算要求 漁船リース支援事業", "要求額:30,000千円 (前年度予算額 0千円)")


@pytest.mark.parametrize("lines, figure, role", [
    # a grant's amount named by its own words under a request's title, and the base it is computed from (a prefecture's and
    # a town's shares of a lease): the grant's, whatever budget scope the deck has
    ((*_REQUEST, "・県補助総額:60百万円(200百万円 × 3/10)"), "60百万円", "support"),
    ((*_REQUEST, "・県補助総額:60百万円(200百万円 × 3/10)"), "200百万円", "support"),
    ((*_REQUEST, "・市町村助成総額:24百万円(200百万円 × 3/25)"), "24百万円", "support"),
    (("令和7年度 予算要求状況", "地域交通確保事業", "・県補助総額 9百万円"), "9百万円", "support"),
    # near misses: a cost's calculation, a cost's whole, an item's budget beside them
    ((*_REQUEST, "・事業費:80百万円(40百万円 × 2年)"), "40百万円", "budget"),
    ((*_REQUEST, "・施設整備費 30百万円"), "30百万円", "budget"),
    # a grant's amount word in a revenue's note of a settlement: the revenue's change, no grant given
    (("令和7年度 決算報告書", "(注3)補助金等収入については、交付決定額の減額2百万円により、予算金額に比して決算金額が少額となった。"),
     "2百万円", "other"),
])
def test_a_grants_own_amount_keeps_its_reading_under_a_budget_scope(lines, figure, role):
    assert amounts_by_text(*lines)[figure].role == role
