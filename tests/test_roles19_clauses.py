"""The role of a figure no label scoped, read from its clause: the noun it fills and the verb that governs it (issue 21,
context/clause_roles.py; its own line's noun in context/roles.py). Speech and running prose in wordings no dev set uses
(other bodies, other numbers, other eras), with the lines that look alike and must keep their reading."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

#: a minutes page: no budget label, no budget deck
_TITLE = "第3回定例会 本会議 会議録"


def roles(*texts: str) -> dict[str, str | None]:
    return {t: m.role for t, m in amounts_by_text(_TITLE, *texts).items()}


# a cost named by the noun the figure fills, in a clause that goes on: the year's budget
@pytest.mark.parametrize("line, figure", [
    ("第二は保健所運営費二億三千四百万円でございまして、これは検査体制の強化に充てるものでございます。", "二億三千四百万円"),
    ("次に、施設維持管理費4,560万円につきましては、老朽化した空調設備を更新するものであります。", "4,560万円"),
    ("庁舎清掃の委託経費は、980万円でございます。", "980万円"),
    ("まず、浄化槽修繕費六百五十万円については、老朽化した浄化槽を更新するものです。", "六百五十万円"),
])
def test_a_cost_named_by_its_noun_is_a_budget(line, figure):
    assert roles(line)[figure] == "budget"


# the verb that governs the figure puts money into a budget or plans it: its object is the year's budget
@pytest.mark.parametrize("line, figure", [
    ("図書館の改修費として二億円を予定しております。", "二億円"),
    ("その経費は、一千二百万円という額を計上してございます。", "一千二百万円"),
    ("学童保育の運営経費として、630万円の計上をいたしました。", "630万円"),
    ("収支計画では、事業収入として1億2,000万円を、管理運営支出として8,400万円を予定しています。", "8,400万円"),
])
def test_a_budget_verb_makes_its_object_a_budget(line, figure):
    assert roles(line)[figure] == "budget"


def test_a_previous_years_figure_said_by_its_verb():
    found = roles("前年度は、文化振興費として3,000万円を計上しておりました。")
    assert found["3,000万円"] == "previous_budget"


# a change or money spent so far, named by the noun the figure fills: other, whatever label stands further back
@pytest.mark.parametrize("lines, figure", [
    (("予算額に比して決算額が多額となったのは、補助金の追加交付による増額25百万円によるものです。",), "25百万円"),
    (("使用料収入増:約120万円",), "120万円"),
    (("9月末現在の収入済額は、50億円で、予算額の48.0%です。また支出済額は42億円で、予算額の40.3%です。",), "42億円"),
])
def test_a_change_or_money_spent_so_far_is_other(lines, figure):
    assert roles(*lines)[figure] == "other"


# a programme's cost whose name holds a grant's word (`研究費`, `助成`): the cost, no grant's size
@pytest.mark.parametrize("line, figure", [
    ("国庫補助金は、若手研究費助成事業費210億円です。", "210億円"),
    ("このうち、奨励研究費補助事業費は、43億円となっています。", "43億円"),
])
def test_a_programmes_cost_with_a_grants_word_inside_is_a_budget(line, figure):
    assert roles("令和8年度 予算の概要", line)[figure] == "budget"


# near misses: the clause looks alike but the figure is no budget of the year
@pytest.mark.parametrize("line, figure, role", [
    ("決算では、施設維持管理費として2億円を計上しました。", "2億円", "other"),  # a settlement's
    ("歳入は、市税として50億円を計上しています。", "50億円", "other"),  # a revenue's
    ("特別損失として12億円を計上いたしました。", "12億円", "other"),  # a company's booking
    ("観光消費額は約320億円を見込んでおります。", "320億円", "other"),  # a statistic of the economy
    ("国内の市場規模は2兆円と見込まれております。", "2兆円", "other"),  # a market
    ("人件費を1億2,000万円減額いたしました。", "1億2,000万円", "other"),  # a change, no cost named by the figure
    ("委託料は当初800万円で、その後の変更で増えた。", "800万円", "other"),  # `at first`: no copula of the year's cost
    ("医療給付費十二兆円、介護給付費三兆円となっております。", "三兆円", "other"),  # no copula, no budget verb
    ("職員の出張旅費として、30万円分の航空券を購入した。", "30万円", "other"),  # a cost a verb spends
    ("改修費用5億円のうち一部を盛り込んだ。", "5億円", "other"),  # the verb takes the part, not the whole
    ("事業全体の収支は、3億2,000万円の純損失を計上しました。", "3億2,000万円", "other"),  # the verb takes the loss
    ("退職給付引当金として2億4千万円を計上しています。", "2億4千万円", "other"),  # an accrual statement's allowance
    ("運営費交付金収益として87億円を計上しています。", "87億円", "other"),  # a revenue booked
    ("金融機関からの借入金として8,000万円を予定しております。", "8,000万円", "other"),  # a loan planned
    ("会費収入として62万円を予定しています。", "62万円", "other"),  # a revenue planned
    ("病院事業収益は54億2,000万円、病院事業費用は56億円を計上しました。", "54億2,000万円", "other"),  # a revenue listed
    ("年会費は3,000円です。", "3,000円", "other"),  # a member's fee
    ("人件費は9億4,000万円、扶助費は7億円です。", "9億4,000万円", "other"),  # a class splitting the account
    ("統合校を新築する場合の事業費は約31億円と試算されます。", "31億円", "other"),  # an estimate
    ("前年度よりも九億五千万円ふえておりますが、", "九億五千万円", "other"),  # a change said in speech's kana
    ("多子世帯には1世帯あたり3万円を助成いたします。", "3万円", "support"),  # a grant's size per recipient
    ("公共交通の維持に2億円を計上した。", "2億円", "other"),  # a purpose, no programme or cost named
    ("・防災無線デジタル化事業 1億500万円", "1億500万円", "other"),  # an item line: its scope's, none here
])
def test_near_misses_keep_their_reading(line, figure, role):
    assert roles(line)[figure] == role


def test_a_programme_label_keeps_its_grant_reading():
    found = roles("令和8年度 予算の概要", "研究費 300万円", "1課題あたり研究費 500万円")
    assert found["300万円"] == "support"
    assert found["500万円"] == "support"
