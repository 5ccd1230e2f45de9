"""Near misses of issue 21's disaster money and enterprise results (lines written for these tests, other issuers'
wording, none from a gold deck):

- consolation money the issuer RECEIVED (`義援金・見舞金の受入状況`, roles.json award_revenue_words) frames no grant:
  the figures under such a heading are other, while a heading of sizes given keeps them support;
- a damage amount a 専決処分 settles with a party (`損害の額として…を専決処分`, roles.json supplementary_acts_not_of) is a
  compensation, no supplementary, while a supplementary's figure the act takes stays one;
- a balance word (`損益`, `残高`: roles.json balance_words) inside a programme's name (`…損益改善支援事業`) is no result
  of the year: the programme keeps its budget and its row, while a label the word heads stays other."""
from __future__ import annotations

import pytest

from extract.word_lists import names_balance

from .test_roles_shapes import amount, rows, run


@pytest.mark.parametrize("heading, line, text", [
    ("義援金・見舞金の受入状況（△△町）", "各地から寄せられた豪雨災害見舞金は、累計で2,450万円に達しました。", "2,450万円"),
    ("災害見舞金の受領状況", "災害見舞金 870万円", "870万円"),
    ("見舞金の受け入れについて", "企業・団体からの見舞金は合計3,100万円です。", "3,100万円"),
])
def test_consolation_money_received_is_no_grant(heading: str, line: str, text: str) -> None:
    assert amount(run(heading, line), text).role == "other"


def test_near_miss_consolation_money_given_stays_support() -> None:
    found = run("災害見舞金（一世帯あたり）", "全壊世帯 80,000円", "半壊世帯 40,000円")
    assert [amount(found, t).role for t in ("80,000円", "40,000円")] == ["support", "support"]


@pytest.mark.parametrize("line, text", [
    ("市道の陥没による車両損傷事故について、相手方に支払う損害の額として27万3,000円を専決処分した。", "27万3,000円"),
    ("公用車の接触事故に係る損害額として9万8,000円を専決処分しました。", "9万8,000円"),
    ("施設の漏水事故について、和解により36万円を支払うことを専決処分した。", "36万円"),
])
def test_a_damage_amount_settled_by_senketsu_is_no_supplementary(line: str, text: str) -> None:
    assert amount(run("専決処分の報告（△△町）", line), text).role == "other"


def test_near_miss_a_supplementary_the_senketsu_takes_stays_one() -> None:
    found = run("専決処分の報告", "豪雨災害の応急復旧に要する経費として2億1,000万円を専決処分した。")
    assert amount(found, "2億1,000万円").role == "supplementary_budget"


@pytest.mark.parametrize("title, line, text, program", [
    ("令和7年度 当初予算 主要事業（△△県 商工部）", "・中小企業損益改善対策事業　2,300万円", "2,300万円", "中小企業損益改善対策事業"),
    ("平成31年度 当初予算 主要事業（△△市）", "・経営損益分析支援事業　640万円", "640万円", "経営損益分析支援事業"),
])
def test_a_programme_named_with_a_balance_word_keeps_its_budget_row(title: str, line: str, text: str,
                                                                     program: str) -> None:
    found = run(title, line)
    assert (amount(found, text).role, amount(found, text).program) == ("budget", program)
    assert rows(found) == [text]


@pytest.mark.parametrize("text, expected", [
    ("経常損益は", True), ("・営業損益", True), ("当年度純利益", True), ("基金残高の見込み", True),
    ("・農業経営損益改善支援事業", False), ("損益改善対策費", False), ("残高確認システム導入事業", False),
])
def test_a_balance_word_heads_a_label_not_a_programmes_name(text: str, expected: bool) -> None:
    assert names_balance(text) is expected


_SETTLED = "令和6年度 下水道事業会計 決算の概要"


@pytest.mark.parametrize("line, text, role", [
    # an account's result as the sentence's topic, after its adverb: last year's figure it is compared with is a result too
    ("また、当年度純損益については、8億円の黒字となり、前年度(11億円)に比べ3億円の減益となった。", "11億円", "other"),
    ("なお、経常損益は、前年度(4億2,000万円)に比べ6,000万円改善した。", "4億2,000万円", "other"),
    ("さらに、決算では、歳出総額は前年度(52億円)を上回った。", "52億円", "other"),
    # near misses: a budget's sentence after the adverb, a programme named with the word
    ("また、令和7年度予算では、前年度(12億円)を上回る15億円を計上した。", "12億円", "previous_budget"),
    ("また、経営損益分析支援事業については、前年度(640万円)と同額を計上した。", "640万円", "previous_budget"),
])
def test_a_results_topic_settles_last_years_figure(line: str, text: str, role: str) -> None:
    assert amount(run(_SETTLED, line), text).role == role
