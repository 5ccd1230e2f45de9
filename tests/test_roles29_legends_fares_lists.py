"""A note that says what a deck's brackets hold is read once for the deck; a fare is what riders pay; figures listed
before a supplementary's verb are all its objects (issue 21: bench/results/issue21_roles29.md).

- A legend of the bracketed figures naming an earlier result of the same kind and no budget (`（　）は前年度実績`,
  `括弧内は前年度実績`, `カッコ内は前年同月額`: roles.json bracket_legend, legend_result_words, settlement_words) makes
  `X(Y)` a result beside last year's: both `other`, above or below the legend (a note under its table). A budget's
  heading above keeps X its budget; a bracket that names a budget (`（前年度 N）` on a budget line), a legend naming a
  budget (`（　）は前年度予算額`) and a deck with no legend keep the budget pair (context/change_pairs.py legend_changes).
- A fare (`運賃は1回200円`) is a charge riders pay, `other`; a sentence that relieves or pays part of it is a grant
  (roles.json prices.paid_topics, fee_labels).
- `一般会計の補正ではそのほか、A N円、B M円、C L円などを追加`: every listed figure is the supplementary's
  (context/stage_marks.py added_by); near misses: a list not naming a supplementary, a list the verb does not take.
Lines written for these tests in several issuers' styles (a town's tax page, a water bureau, a city's bus guide, news).
"""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def _roles(lines: list[str], *figures: str) -> list[str | None]:
    found = amounts_by_text(*lines)
    return [found[f].role for f in figures]


@pytest.mark.parametrize("lines, figures", [
    # a note under the table (read for the lines above it), other issuers and layouts
    (["差押えの状況", "預金 120件(98件) 8,300千円(7,950千円)", "合計 130件(110件) 9,100千円(8,600千円)", "（　）は前年度実績"],
     ("8,300千円", "7,950千円", "9,100千円", "8,600千円")),
    (["町税の収納状況", "（　）は前年度実績", "収納額 12億3千万円（11億9千万円）"], ("12億3千万円", "11億9千万円")),
    (["国民健康保険税の状況", "括弧内は前年度実績", "現年課税分 4億1,200万円(3億9,800万円)"], ("4億1,200万円", "3億9,800万円")),
    (["水道事業の状況 ※カッコ内は前年同期", "給水収益 8億円(7億8千万円)"], ("8億円", "7億8千万円")),
    (["市税の調定状況", "固定資産税 52億円(51億4千万円)", "注:( )内は令和4年度決算額"], ("52億円", "51億4千万円")),
])
def test_a_results_legend_makes_each_pair_a_result_and_last_years(lines, figures):
    assert _roles(lines, *figures) == ["other"] * len(figures)


def test_the_legend_names_the_brackets_year():
    found = amounts_by_text("差押えの状況", "預金 120件(98件) 8,300千円(7,950千円)", "注1:( )は令和4年度実績")
    assert found["7,950千円"].fy == 2022


@pytest.mark.parametrize("lines, figures, roles", [
    # a budget's heading above: its figures stay its budget, the bracket is last year's settlement
    (["令和5年度当初予算の概要", "道路維持費 8,300千円(7,950千円)", "（　）は前年度決算額"], ("8,300千円", "7,950千円"),
     ["budget", "other"]),
    # a legend naming a budget, and no legend: the budget pair
    (["主な事業", "（　）は前年度予算額", "道路維持費 8,300千円(7,950千円)"], ("8,300千円", "7,950千円"),
     ["budget", "previous_budget"]),
    (["令和6年度予算案", "道路維持費 3億円（前年度 2億8千万円）"], ("3億円", "2億8千万円"), ["budget", "previous_budget"]),
    # a legend of counts or shares says nothing of the money pair
    (["主な事業", "（　）は件数", "道路維持費 8,300千円(7,950千円)"], ("8,300千円", "7,950千円"), ["budget", "previous_budget"]),
])
def test_near_misses_keep_their_pair(lines, figures, roles):
    assert _roles(lines, *figures) == roles


def test_a_result_line_with_a_year_in_brackets_is_no_budget():
    found = amounts_by_text("市税の徴収実績", "徴収額 12億3千万円（令和4年度 11億9千万円）")
    assert (found["12億3千万円"].role, found["11億9千万円"].role) == ("other", "other")


@pytest.mark.parametrize("lines, figure, role", [
    # a fare after a grant's line is no row of the grant list (the fare with `料金`'s own words already was)
    (["コミュニティバスのご案内", "高齢者には1人あたり年間5,000円分の回数券を交付します。", "運賃は1回200円です。"], "200円", "other"),
    (["デマンドタクシー", "利用登録をした方に、1世帯あたり3万円を支給します。", "運賃は1回200円です。"], "200円", "other"),
    (["循環バスの運行", "運行経費の一部として、事業者に1便あたり2万円を補助します。", "大人の運賃は250円、小学生は120円となります。"],
     "120円", "other"),
    (["乗合タクシー", "運行事業者に年間300万円を補助します。", "運賃 1回 300円"], "300円", "other"),
    # near misses: a sentence that relieves or pays part of the fare is a grant
    (["高齢者の外出支援", "高齢者の運賃負担を軽減するため、1人あたり年間5,000円を助成します。"], "5,000円", "support"),
    (["通院の支援", "バス運賃の半額を市が負担し、1回あたり最大300円を補助します。"], "300円", "support"),
])
def test_a_fare_is_what_riders_pay(lines, figure, role):
    assert amounts_by_text(*lines)[figure].role == role


@pytest.mark.parametrize("lines, figures", [
    (["【北町】北町補正案に庁舎改修費",
      "一般会計の補正ではそのほか、消防施設整備費3,200万円、基金積立金1億500万円、公園整備費980万円などを追加。"],
     ("3,200万円", "1億500万円", "980万円")),
    (["12月補正予算の概要を発表した。", "補正予算では、橋梁点検委託料1,400万円、除雪機械購入費2,300万円等を増額した。"],
     ("1,400万円", "2,300万円")),
])
def test_figures_listed_before_a_supplementarys_verb_are_its_own(lines, figures):
    assert _roles(lines, *figures) == ["supplementary_budget"] * len(figures)


@pytest.mark.parametrize("lines, figure", [
    # near misses: the sentence names no supplementary; the list ends in another verb
    (["市の決算", "歳出では、消防施設整備費3,200万円、公園整備費980万円などを支出した。"], "3,200万円"),
    (["補正予算の審議", "補正では、消防施設整備費3,200万円、公園整備費980万円などが議論となった。"], "3,200万円"),
])
def test_a_list_no_supplementary_takes_is_not_its(lines, figure):
    assert amounts_by_text(*lines)[figure].role != "supplementary_budget"


@pytest.mark.parametrize("lines, figure", [
    # a statement's or a result's figure with its change in brackets: the change makes no budget pair of it
    (["連結財務書類の概要", "資産…1315億1千万円(前年度比+28億5千万円)"], "1315億1千万円"),
    (["財務書類4表のポイント", "純資産 872億円（対前年度 25億円増）"], "872億円"),
    (["一般会計等の財務状況", "負債総額は、442億円(前年度比▲2億6千万円)です。"], "442億円"),
])
def test_a_figure_beside_its_change_is_no_budget_by_the_pair(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "other"


@pytest.mark.parametrize("lines, figure, role", [
    # near misses: a budget's heading or a plain bracketed figure keeps the budget
    (["令和6年度予算の概要", "道路維持費 3億円（前年度比 2,000万円増）"], "3億円", "budget"),
    (["令和7年度予算の概要", "当初予算の概要", "一般会計", "- 185億2,000万円(前年度比 +6億1,000万円、+3.4%)"], "185億2,000万円", "budget"),
    (["主な事業", "道路維持費 3億円（2億8,000万円）"], "3億円", "budget"),
    (["主な事業", "道路維持費 3億円（2億8,000万円）"], "2億8,000万円", "previous_budget"),
])
def test_a_budget_beside_its_change_stays_a_budget(lines, figure, role):
    assert amounts_by_text(*lines)[figure].role == role


@pytest.mark.parametrize("lines, figure, role", [
    # a financial statement's spending total is a result (roles.json settlement_words: 収支計算書, 財務書類)
    (["資金収支計算書(令和4年度)", "人件費 12億3,000万円", "支出合計 45億6,000万円"], "45億6,000万円", "other"),
    (["一般会計等財務書類(令和5年度)", "業務支出 38億円", "支出合計 52億円"], "52億円", "other"),
    # near miss: an enterprise's or an association's spending side in a budget stays its budget
    (["令和6年度 収支予算書", "事業費 3,200万円", "支出合計 4,500万円"], "4,500万円", "budget"),
])
def test_a_statements_spending_total_is_a_result(lines, figure, role):
    assert amounts_by_text(*lines)[figure].role == role
