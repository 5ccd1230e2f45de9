"""The review of session 18's merged rules: near misses each rule let through, in other issuers' wording.

- a floor an appropriating verb takes (`…に3億円以上を計上した。`) is no threshold, but only kana may inflect the verb before its
  clause ends: `…以上を計上した県、市は…` modifies a noun, a threshold of the count (qualifiers._appropriated_floor);
- a floor named as a budget after its figure (`8億円を超える一般会計補正予算を提案`) is that budget, the label closing there: not
  `…を超える予算要求は…`, a threshold of the requests (roles._LABEL_AFTER);
- a slash pair's bare figure after a multiplication sign, spaced or not (`104,842 × 10 / 10千円`), is a rate's factor, no amount;
- a grant's bound word counts only where it opens its compound in a cost's clause (`推定額` holds no `定額`: a cost estimate);
- a budget told year by year stops at a year whose own clause names money spent so far (`…の支出済額`), as at a settlement.
"""
from __future__ import annotations

import pytest

from extract.context.cost_estimates import cost_estimate
from extract.context.qualifiers import threshold

from .helpers import amounts_by_text, mentions


@pytest.mark.parametrize("sentence, figure, is_threshold", [
    ("2億円以上を計上した町、村が目立った。", "2億円", True),  # a noun modified, then a comma
    ("5千万円超を確保した市、町は4割に上る。", "5千万円", True),
    ("1億円以上を計上した自治体は3割。", "1億円", True),
    # near misses: the verb closes its clause, inflected in kana only
    ("河川の復旧に3億円以上を計上した。", "3億円", False),
    ("道路の補修に4億円以上を計上しました、", "4億円", False),
    ("新たに6億円超を確保している。", "6億円", False),
])
def test_an_appropriated_floor_ends_with_the_verbs_kana(sentence, figure, is_threshold):
    assert threshold(sentence, amounts_by_text(sentence)[figure]) is is_threshold


@pytest.mark.parametrize("sentence, figure, role", [
    ("2,000万円を超える予算要求は個別に査定する。", "2,000万円", "other"),  # a threshold of the requests
    ("500万円を上回る予算執行については報告を求める。", "500万円", "other"),
    # near misses: the label closes at 予算 (案) before a particle or a stop
    ("○○村は、12億円を超える一般会計補正予算を提出する。", "12億円", "supplementary_budget"),
    ("県は30億円を上回る補正予算案が可決された。", "30億円", "supplementary_budget"),
    ("市は9億円を超える当初予算を編成した。", "9億円", "budget"),
])
def test_a_floor_names_a_budget_only_closing_the_label(sentence, figure, role):
    assert amounts_by_text(sentence)[figure].role == role


@pytest.mark.parametrize("line, amounts", [
    ("単価 104,842 × 10 / 10千円", ["10千円"]),  # a spaced rate: no bare `10`
    ("単価 5,000 ✕ 3/4千円", []),
    ("12 * 3 / 50万円", ["50万円"]),
    # near misses: a slash pair with no multiplication sign before it keeps its bare first figure
    ("残事業費 / 全体事業費 162 / 1,017 億円", ["162", "1,017 億円"]),
    ("残事業費/全体事業費 630/1,922億円", ["630", "1,922億円"]),
])
def test_a_rates_factor_is_no_slash_pairs_figure(line, amounts):
    assert [m.text for m in mentions(line) if m.kind == "amount"] == amounts


@pytest.mark.parametrize("clause, estimate", [
    ("会場建設費が推定額で最大", True),  # 推定額 holds 定額, not opening its compound
    ("施設整備費が予定額で最大", True),
    # near misses: a grant's word in the clause
    ("会場建設費が定額で最大", False),
    ("改修費は補助額が最大", False),
    ("整備費の補助限度額は", False),
])
def test_a_bound_grant_word_opens_its_compound(clause, estimate):
    assert cost_estimate(clause) is estimate


@pytest.mark.parametrize("sentence, figure, role", [
    # a year's figure whose own clause names money spent so far is no budget of that year (clause_roles.names_settled)
    ("○課長　本事業の予算は、令和5年度6億円、令和6年度は5億2,000万円の支出済額でございます。", "5億2,000万円", "other"),
    ("○課長　本事業の予算は、令和5年度6億円、令和6年度は5億2,000万円の決算見込みでございます。", "5億2,000万円", "other"),
    # near misses: the year's figure alone, and the year before it
    ("○課長　本事業の予算は、令和5年度6億円、令和6年度は5億2,000万円でございます。", "5億2,000万円", "budget"),
    ("○課長　本事業の予算は、令和5年度6億円、令和6年度は5億2,000万円の支出済額でございます。", "6億円", "budget"),
])
def test_a_year_by_year_budget_stops_at_money_spent(sentence, figure, role):
    assert amounts_by_text(sentence)[figure].role == role
