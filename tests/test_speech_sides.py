"""A governor's or mayor's speech on its own supplementary (context/kind_labels.py own_bill_words; context/speech_sides.py):
the bill it opens on (`今回の補正予算は、`, `議案第N号…の補正予算は、`) scopes the speech; its revenue-side sentences (`歳入は、`,
`…の財源としましては、`, `県税収入につきましては`) list sources (`other`); what its spending-side and account sentences add or cut
is the supplementary. Another body's bill (`国の補正予算は、`) scopes nothing; a total the supplementary leaves (`…となり`)
stays the budget."""
from __future__ import annotations

import pytest

from extract.context.kind_labels import own_bill_kind
from extract.context.labels import LineInfo
from extract.context.speech_sides import REVENUE, SPENDING, sentence_side

from .helpers import amounts_by_text

_LEAD = "ただいま提出いたしました補正予算8件、条例案2件の議案について、その概要を御説明いたします。"


def roles(*texts: str) -> dict[str, str | None]:
    return {t: m.role for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("opening", [
    "今回の補正予算は、今年度の執行状況を踏まえて編成したもので、一般会計で8億3,100万円を減額するものです。",
    "議案第12号から第18号までの補正予算は、歳入歳出の補正要因に対応するもので、一般会計で8億3,100万円を減額するものです。",
    "今般の補正予算案は、国の経済対策に対応するもので、一般会計で8億3,100万円を増額するものです。",
])
def test_a_speech_opening_on_its_own_bill_makes_the_accounts_change_the_supplementary(opening):
    assert roles(_LEAD, opening)["8億3,100万円"] == "supplementary_budget"


@pytest.mark.parametrize("top, kind", [
    ("今回の補正予算は、一般会計で", "supplementary_budget"),
    ("議案第3号から第9号までの補正予算案は、", "supplementary_budget"),
    ("このたびの当初予算は、", "budget"),
    ("国の補正予算は、総額13兆円の規模となりました。", None),  # another body's bill
    ("今回の補正予算について御説明いたします。", None),  # `について`: the topic opening's (kind_labels), no own bill's
    ("今回の議案は、条例案3件です。", None),  # no budget's kind
])
def test_the_own_bill_a_speech_opens_on(top, kind):
    assert own_bill_kind([LineInfo(top, [])]) == kind


_SPEECH = (_LEAD, "今回の補正予算は、一般会計で4億2,000万円を増額するものです。",
           "これにより、令和3年度の予算総額は、一般会計で612億5,000万円となります。")


@pytest.mark.parametrize("line, figure, role", [
    ("歳入の主なものは、市税について2億1,000万円を増額しています。", "2億1,000万円", "other"),
    ("歳入は、国庫支出金3億7,000万円、繰入金1億5,000万円をそれぞれ減額しています。", "1億5,000万円", "other"),
    ("以上の補正予算案の財源としましては、市債9,800万円を追加しています。", "9,800万円", "other"),
    ("また、県税収入につきましては、企業収益の改善から35億円の増額を計上いたしました。", "35億円", "other"),
    ("歳出の主なものは、道路維持費について1億2,300万円を増額しています。", "1億2,300万円", "supplementary_budget"),
    ("特別会計では、介護保険事業特別会計について6,400万円を減額しています。", "6,400万円", "supplementary_budget"),
])
def test_each_sides_figures_in_a_supplementarys_speech(line, figure, role):
    assert roles(*_SPEECH, line)[figure] == role


def test_the_side_holds_over_the_next_sentences_until_another_is_named():
    found = roles(*_SPEECH, "歳入の主なものは、市税について2億1,000万円を増額しています。",
                  "一方、地方譲与税について、8,700万円を減額しています。",
                  "歳出の主なものは、除雪費について3億円を増額しています。",
                  "一方、基金積立金について、施設整備基金に1億4,000万円を積み立てています。")
    assert (found["8,700万円"], found["3億円"], found["1億4,000万円"]) == ("other", "supplementary_budget", "supplementary_budget")


def test_a_fund_drawn_before_the_supplementarys_name_is_no_change_of_it():
    found = roles(*_SPEECH, "財政調整基金は約9億円を取り崩し、6月補正後の残高は40億円となる見込みです。")
    assert found["9億円"] != "supplementary_budget"


def test_the_total_the_supplementary_leaves_stays_the_budget():
    found = roles(*_SPEECH)
    assert (found["4億2,000万円"], found["612億5,000万円"]) == ("supplementary_budget", "budget")


@pytest.mark.parametrize("sentence, side", [
    ("歳入の主なものは、市税について", REVENUE),
    ("一方、財源としましては、市債", REVENUE),
    ("次に、特別会計及び企業会計のうち主なものについて、説明いたします。", SPENDING),
    ("歳出の主なものとして、公共事業について", SPENDING),
    ("一方、地方譲与税について、", None),  # names no side: the one before holds
    ("これにより、平成21年度の予算総額は、", SPENDING),  # the budget itself: no revenue
])
def test_the_side_a_sentence_opens_on(sentence, side):
    assert sentence_side(sentence) == side
