"""A cost's topic that the figure closes, under a budget's scope (issue 21, context/clause_roles.py `closing_class`):
`建設改良費は73億6千万円(同11億2千万円増)となっている`, `科学技術振興費は一兆六三一五億円で、…の増額であった` in a budget's
digest or request. The figure is that cost's budget, a class of the account (no programme's row); with no budget's
scope, a settlement's, a part's, a change's, an estimate's or a revenue's clause, it keeps its reading. Paraphrases of
other bodies, accounts and numbers than the dev sets' lines."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

_WATER = "令和7年度 水道事業会計予算の概要"
_SCIENCE = "平成21年度 科学技術関係予算案"
_HOSPITAL = "令和8年度 病院事業会計予算案について"


# a cost's topic, the figure closing its clause (a bracketed change at most between): the budget of that class
@pytest.mark.parametrize("title, line, figure, cost", [
    (_WATER, "浄水場の更新費は25億円で、前年度から5億円増える。", "25億円", "更新費"),
    (_WATER, "下水道事業の建設改良費は96億円。", "96億円", "建設改良費"),
    (_WATER, "工業用水道事業の建設改良費は12億4千万円(同1億円減)。", "12億4千万円", "建設改良費"),
    (_SCIENCE, "一般会計のうち、宇宙開発費は3,210億円(対前年度比2.1%増)。", "3,210億円", "宇宙開発費"),
    (_SCIENCE, "科学技術振興費は一兆三千六百億円で、四百億円の増額であった。", "一兆三千六百億円", "科学技術振興費"),
    (_HOSPITAL, "病院事業の資本的支出は18億円で、建設改良費は9億円となっている。", "9億円", "建設改良費"),
])
def test_a_costs_topic_the_figure_closes_is_its_budget_and_no_row(title, line, figure, cost):
    m = amounts_by_text(title, line)[figure]
    assert (m.role, m.total_of) == ("budget", cost)


def test_a_programmes_cost_so_stated_keeps_its_row():
    m = amounts_by_text(_WATER, "水道管の耐震化事業費は30億円で、")["30億円"]
    assert (m.role, m.total_of, m.program) == ("budget", None, "水道管の耐震化事業費")


# near misses: the same clause with no budget's scope, or a clause that says the figure is something else
@pytest.mark.parametrize("title, line, figure", [
    ("第3回定例会 本会議 会議録", "建設改良費は84億円となっている。", "84億円"),  # no budget's scope
    ("第3回定例会 本会議 会議録", "一般会計のうち、文教施設費は2,310億円で、", "2,310億円"),
    (_WATER, "決算では、建設改良費は84億円となった。", "84億円"),  # a settlement's
    (_WATER, "建設改良費は3億円の増。", "3億円"),  # a change
    (_WATER, "資本的支出は120億円で、このうち建設改良費は84億3千万円となっている。", "84億3千万円"),  # a part of a figure before
    (_WATER, "工事費は当初80億円で、その後増えた。", "80億円"),  # `at first`: no topic touching the figure
    (_HOSPITAL, "人件費は29億4,000万円で、前年度とほぼ同額。", "29億4,000万円"),  # a class splitting the account by nature
    (_HOSPITAL, "総事業費は40億円で、令和9年度の完成を目指す。", "40億円"),  # a multi-year cost
    (_HOSPITAL, "医業収益は55億円で、前年度並み。", "55億円"),  # a revenue
    (_SCIENCE, "研究開発の市場規模は2兆円となっている。", "2兆円"),  # a market, no cost
])
def test_near_misses_keep_their_reading(title, line, figure):
    assert amounts_by_text(title, line)[figure].role == "other"


# a programme's name closed by `など` / `等` as the topic of its figure, in a news page on a request (no label over it):
# the programme's money of the page's kind, named with its `など` (fresh15a's `JICA運営費交付金などは1,574億円の要求`)
_LEAD = "国土交通省は28日、来年度予算の概算要求を発表した。総額は6兆9千億円。"


@pytest.mark.parametrize("line, figure, programme", [
    ("内訳を見ると、防災・減災対策事業などは320億円の要求、一般的な経費は90億円となる。", "320億円", "防災・減災対策事業など"),
    ("このほか、港湾整備事業等は85億円で、前年並みとなった。", "85億円", "港湾整備事業等"),
    ("国際機関への拠出金などは1,050億円の要求となった。", "1,050億円", "国際機関への拠出金など"),
])
def test_a_programme_closed_by_nado_owns_its_figure(line, figure, programme):
    m = amounts_by_text(_LEAD, line)[figure]
    assert (m.role, m.program) == ("budget", programme)


@pytest.mark.parametrize("line, figure", [
    ("人件費などは120億円の要求。", "120億円"),  # an expense class
    ("国の交付金などは4億円で、残りは市債で賄う。", "4億円"),  # money coming in
    ("観光消費額などは約320億円となった。", "320億円"),  # a statistic
    ("事業費などは3億円の減。", "3億円"),  # a change
    ("総事業費などは400億円の見込み。", "400億円"),  # a multi-year cost
])
def test_near_misses_closed_by_nado_keep_their_reading(line, figure):
    assert amounts_by_text(_LEAD, line)[figure].role == "other"


# an enterprise's result of the year, no money appropriated, whatever budget's words stand before: its profit or loss
# named before the figure (`予算の概況としましては、営業損益を1億100万円、…`; roles.json balance_words), or a surplus or
# deficit named right after it (`…1億5,928万円(税込み)の黒字予算`; totals.json no_programme.balance_words)
@pytest.mark.parametrize("title, line, figure", [
    ("令和8年度 下水道事業会計予算の概要", "予算の概況としましては、営業損益を2億300万円、経常損益を1億1,000万円の黒字とし、",
     "2億300万円"),
    ("令和7年度 病院事業会計当初予算", "予算の概要としては、経常損益を5億4千万円の赤字と見込んでいます。", "5億4千万円"),
    ("令和7年度 病院事業会計当初予算", "予算案では、当年度損益を1億2千万円の黒字としています。", "1億2千万円"),
    ("令和8年度 交通事業会計予算の概要", "バス事業の予算では、営業損益を8,700万円の黒字としました。", "8,700万円"),
    ("令和8年度 下水道事業会計予算の概要", "これにより収支は、2億3,100万円(税込み)の黒字予算となりました。", "2億3,100万円"),
    ("令和7年度 水道事業会計予算案", "収益的収支は、8,400万円の赤字予算となる見込みです。", "8,400万円"),
    ("令和7年度 水道事業会計予算案", "予算では、収支差し引き1億2千万円の黒字を見込んでいます。", "1億2千万円"),
])
def test_a_profit_loss_surplus_or_deficit_is_no_budget(title, line, figure):
    assert amounts_by_text(title, line)[figure].role == "other"


# near misses: the spending side and a work's money in the same enterprise's budget stay budgets
@pytest.mark.parametrize("line, figure", [
    ("収益的支出は45億6千万円を計上しました。", "45億6千万円"),
    ("管渠の更新に12億円を計上しました。", "12億円"),
])
def test_an_enterprises_spending_stays_a_budget(line, figure):
    assert amounts_by_text("令和8年度 下水道事業会計予算の概要", line)[figure].role == "budget"
