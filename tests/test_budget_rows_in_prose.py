"""Budget figures in running text (issue 21, row selection): a sentence's figure is a programme's row when the
sentence names what it is spent on (`…に`, `…には`, `…として`, a noun right before the figure an appropriating verb
takes); a budget figure of a sentence that names no such work states the whole of its subject (an account, a
ministry over years, the budget before or after a supplementary, a cumulated total) and is no row. Lines written
for these tests in the style of real decks of several issuers: newspaper summaries of a town's or a prefecture's
budget, a minister's press conference, a Diet explanation, an essay."""
from __future__ import annotations

import pytest

from .test_roles_shapes import amount, rows, run

SUPPLEMENTARY, BUDGET = "令和4年度一般会計補正予算案の概要", "令和5年度当初予算案の概要"


@pytest.mark.parametrize("title, line, figure", [
    # the budget after a supplementary, the budget before it, a cumulated total (news, a city's bill)
    (SUPPLEMENTARY, "市は10日、補正予算案を発表した。補正後の予算額は608億7985万2千円となる。", "608億7985万2千円"),
    (SUPPLEMENTARY, "歳入歳出予算は、予算現計額382億5,049万7千円に、歳入歳出それぞれ7億円を追加するものです。",
     "382億5,049万7千円"),
    (SUPPLEMENTARY, "3月補正予算との累計額は329億円規模となる。", "329億円"),
    # a ministry's budget over several years (an essay), a ministry's total (a Diet explanation)
    (BUDGET, "外務省当初予算は、令和3年度7097億円(デジタル関係予算を除く)、令和4年度6904億円となっている。", "6904億円"),
    (BUDGET, "農林省所管合計といたしましては、二千二百二十九億円となっておりますが、これに総理府所管を加えた", "二千二百二十九億円"),
    # a national class the sentence appropriates: its name is a side of the account, no programme
    (BUDGET, "地方交付税繰入れを除いた一般歳出には、5,819億円を計上しました。", "5,819億円"),
])
def test_an_unnamed_budget_figure_in_a_sentence_is_no_row(title, line, figure):
    found = run(title, line)
    assert figure not in rows(found)


@pytest.mark.parametrize("title, line, figure, name", [
    # `…には N円`, `…として N円が/を`, `…への負担金 N円を計上` (newspaper summaries of three issuers)
    (BUDGET, "同町初の地域おこし協力隊の採用にかかる費用には1001万円を計上した。", "1001万円",
     "同町初の地域おこし協力隊の採用にかかる費用"),
    ("令和5年度農林水産予算概算要求", "また、収入保険制度に関係する予算として531億円が要求されている。", "531億円",
     "収入保険制度に関係する予算"),
    (SUPPLEMENTARY, "このほか、市総合医療センターへの運営費負担金5千万円を計上。", "5千万円", "市総合医療センターへの運営費負担金"),
    (SUPPLEMENTARY, "新たに、市立病院への繰出金3億円を計上しました。", "3億円", "市立病院への繰出金"),
])
def test_a_sentence_that_names_the_work_makes_a_named_row(title, line, figure, name):
    found = run(title, line)
    assert figure in rows(found)
    assert amount(found, figure).program == name


@pytest.mark.parametrize("lines, figure", [
    # the sentence began on the line above, which names what the figure is for: not a whole
    (("令和5年度当初予算の概要", "○ 国際共同研究推進事業", "※このほか、令和5年度予算にて基金補助金", "として１億円を計上。"), "１億円"),
    # an item line is no sentence: its name stays the item's
    (("令和5年度当初予算の概要", "■主な事業", "学校給食費無償化事業:841万2千円"), "841万2千円"),
])
def test_near_misses_of_an_unnamed_prose_figure_stay_rows(lines, figure):
    found = run(*lines)
    assert figure in rows(found)


@pytest.mark.parametrize("line, figure", [
    # `…経費として N円の増額補正`: the share of a supplementary a class of expenses makes, no named subject or object
    ("国の補正予算に伴う経費として566億4,700万円の増額補正等を行うものであります。", "566億4,700万円"),
    # a target that names the whole (`補正後の予算額に`, `一般会計には`)
    ("一般会計には、総額で120億円を計上しました。", "120億円"),
])
def test_near_misses_of_a_prose_target_name_no_programme(line, figure):
    found = run(SUPPLEMENTARY, line)
    assert amount(found, figure).program is None
