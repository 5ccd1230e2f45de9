"""The budgets table's shape rules of names19 (issue 21): what makes a prose figure a whole (no programme's row) read from
the sentence's structure: a part of a whole named before it (`…のうち`), a field label alone (`予算額(…)`), a speech's
topic that is a work and no class of the budget, a `計` that is a word of its own; and a comparison row's held
previous-year figure pairs only with its own row's budget figure. Written in wordings no dev set uses, with near misses."""
from __future__ import annotations

import pytest

from extract.context.prose_totals import names_whole

from .test_budgets_names18 import rec, years
from .test_roles_shapes import rows, run


@pytest.mark.parametrize("title, line, figure", [
    # a part of a whole the sentence names first: the part's own figure, not the whole
    ("令和7年度予算概算要求について", "総額2兆4000億円程度のうち、行政システムの刷新には3812億400万円を充てた。", "3812億400万円"),
    ("平成30年度予算案のポイント", "予算総額315億円のうち、港湾施設の長寿命化対策には12億円を充てる。", "12億円"),
    ("令和4年度当初予算の概要", "歳出総額88億円のうち、新庁舎建設事業に9億5千万円を計上した。", "9億5千万円"),
])
def test_a_part_of_a_whole_named_before_it_is_no_whole(title, line, figure):
    assert figure in rows(run(title, line))


@pytest.mark.parametrize("title, line, figure", [
    # near misses: the whole itself, stated with no part after it, stays a total
    ("令和7年度予算概算要求について", "要求の総額は2兆4000億円程度となった。", "2兆4000億円"),
    ("令和4年度当初予算の概要", "一般会計の歳出総額は88億円で、前年度を上回った。", "88億円"),
])
def test_near_misses_the_whole_itself_stays_a_total(title, line, figure):
    assert figure not in rows(run(title, line))


@pytest.mark.parametrize("texts, figure", [
    # a field label alone as the sentence, after the item's description under its heading
    (("令和5年度 事業計画", "3.青少年海外研修事業", "県内の高校生8名を派遣し、現地の学校と交流する。予算額(3,450千円)"), "3,450千円"),
    (("平成26年度 事業計画書", "(2)留学生交流推進事業", "留学生と地域住民の交流会を年4回開催する。予算額(1,200千円)"), "1,200千円"),
])
def test_a_field_label_alone_is_no_whole(texts, figure):
    assert figure in rows(run(*texts))


@pytest.mark.parametrize("title, line, figure", [
    # a speech's topic that is a work or a facility: the figure is spent on it
    ("令和5年度 予算特別委員会 答弁", "駅前に新設する交流センターについては、8200万円を計上いたしました。", "8200万円"),
    ("平成29年度当初予算について(市長説明)", "老朽化した第二小学校の体育館につきましては、改築に2億3千万円を計上しております。",
     "2億3千万円"),
])
def test_a_speech_topic_that_is_a_work_is_no_class(title, line, figure):
    assert figure in rows(run(title, line))


@pytest.mark.parametrize("title, line, figure", [
    # near misses: a class of the budget as the speech's topic stays its total
    ("令和7年度予算の説明", "防衛関係費につきましては、8兆7000億円を計上しております。", "8兆7000億円"),
    ("平成20年度予算の説明", "文教及び科学振興費については、5兆3000億円を計上しております。", "5兆3000億円"),
])
def test_near_misses_a_class_as_the_speech_topic_stays_a_total(title, line, figure):
    assert figure not in rows(run(title, line))


@pytest.mark.parametrize("target, whole", [
    ("部計", True), ("事業計", True), ("計", True), ("合計", True), ("一般会計", True),
    # a word that merely ends in 計 is no total's label
    ("体育館改修工事実施設計", False), ("観光統計", False), ("家計", False), ("アンケート集計", False),
])
def test_a_total_word_of_one_character_is_a_word_of_its_own(target, whole):
    assert names_whole(target) is whole


def test_a_held_previous_year_figure_pairs_with_the_next_cell_whatever_its_name():
    # one cell a line, years ascending (`27年度 | 28年度 | 29年度`), each column's name read from another header
    records = [rec("1,650,000", "budget", 2015, 1_650_000, line=16, program="交通安全施設整備事業"),
               rec("1,663,694", "previous_budget", 2016, 1_663_694, line=19, program="特定交通安全施設等整備事業"),
               rec("1,666,194", "budget", 2017, 1_666_194, line=22, program="交通安全施設の整備")]
    assert years(records)[-1] == ("交通安全施設の整備", 2017, 1_666_194, 1_663_694)


@pytest.mark.parametrize("between", [
    # near misses: another programme's budget figure further on (a figure or a count between) is another row's
    [rec("12", "other", None, 12, line=3, program=None)],
    [{**rec("3", "other", None, 3, line=3), "kind": "count"}],
])
def test_near_miss_a_held_figure_does_not_chain_to_another_programme(between):
    records = [rec("3億円", "budget", 2022, 3 * 10**8, program="道路維持事業"),
               rec("4億円", "previous_budget", 2023, 4 * 10**8, line=2, program="河川改修事業"), *between,
               rec("5億円", "budget", 2024, 5 * 10**8, line=5, program="砂防事業")]
    assert years(records) == [("道路維持事業", 2022, 3 * 10**8, None), ("砂防事業", 2024, 5 * 10**8, None)]


def test_near_miss_a_held_figure_pairs_with_its_own_programme_further_on():
    records = [rec("3億円", "budget", 2022, 3 * 10**8, program="河川改修事業"),
               rec("4億円", "previous_budget", 2023, 4 * 10**8, line=2, program="河川改修事業"),
               rec("12", "other", None, 12, line=3, program=None),
               rec("5億円", "budget", 2024, 5 * 10**8, line=5, program="河川改修事業")]
    assert years(records) == [("河川改修事業", 2024, 5 * 10**8, 4 * 10**8)]


def test_a_column_total_of_the_previous_year_is_no_programmes_previous_figure():
    # a list of new programmes, then a table of the account's years flattened after them: the year's column total
    records = [rec("14万円", "budget", 2016, 140_000, program="献血推進奨励金"),
               {**rec("54億円", "previous_budget", 2015, 54 * 10**8, line=2, program=None), "total_of": "(2015年度の列)"}]
    assert years(records) == [("献血推進奨励金", 2016, 140_000, None)]


@pytest.mark.parametrize("budget_total, previous_total, paired", [
    # near misses: a whole with the whole's previous year, a programme with its own previous year, stay paired
    ("一般会計", "一般会計", True),
    (None, None, True),
    # a whole's budget figure with a programme's previous-year figure after it: paired as before (the whole is no row)
    ("一般会計", None, True),
])
def test_near_misses_previous_year_figures_of_a_like_kind_stay_paired(budget_total, previous_total, paired):
    from extract.tables import budget_pairs
    records = [{**rec("60億円", "budget", 2016, 60 * 10**8), "total_of": budget_total},
               {**rec("58億円", "previous_budget", 2015, 58 * 10**8, line=2), "total_of": previous_total}]
    assert (budget_pairs(records) == [(0, 1)]) is paired


@pytest.mark.parametrize("title, line, figure", [
    # near misses: a `うち` under a whole with no figure of its own (a class after it), or a count's `うち`: as before
    ("令和6年度予算の概要(水産)", "令和6年度予算のうち、非公共は1,096億円で前年度に比べ10億円の減。", "1,096億円"),
    ("令和7年度当初予算 知事査定", "査定では、要求のあったおよそ900件の事業のうち、新規の5件、およそ3億円分を含めた40件が説明される。",
     "3億円"),
])
def test_near_misses_a_part_with_no_whole_figure_before_it(title, line, figure):
    assert figure not in rows(run(title, line))


@pytest.mark.parametrize("title, line, figure", [
    # a programme's name then a budget label, in a plan's running text: that programme's budget, no whole
    ("平成30年度 事業計画書", "Ⅱ. 収益事業別事業計画 2. 地域交流推進事業 (公益目的事業2) 予算総額 48,200 千円 (人件費を除く) を見込む。",
     "48,200 千円"),
    ("令和2年度 事業計画", "第3 事業の内容 3. 会員支援交付金 (継続) 当初予算額 6,500千円 を充て、会員の研修を助成する。", "6,500千円"),
])
def test_a_programmes_name_then_a_budget_label_is_its_own_budget(title, line, figure):
    assert figure in rows(run(title, line))


@pytest.mark.parametrize("line, name", [
    # the name is the list's last item before the label, its number and the bracketed note aside
    ("Ⅱ. 収益事業別事業計画 2. 地域交流推進事業 (公益目的事業2) 予算総額 48,200 千円 (人件費を除く) を見込む。", "地域交流推進事業"),
    ("第3 事業の内容 (3) 会員支援交付金 (継続) 当初予算額 6,500千円 を充て、会員の研修を助成する。", "会員支援交付金"),
])
def test_a_programmes_label_names_its_figure(line, name):
    assert [m.program for m in run("令和2年度 事業計画書", line)][:1] == [name]


@pytest.mark.parametrize("title, line, figure", [
    # near misses: a class of the budget, or an account, before the label stays a whole
    ("令和2年度当初予算の概要", "本年度は、公共事業予算総額 320億円 を計上し、前年度を上回った。", "320億円"),
    ("令和2年度当初予算の概要", "本年度は、一般会計予算総額 4,500億円 となり、過去最大となった。", "4,500億円"),
])
def test_near_misses_a_class_or_an_account_before_the_label_stays_a_whole(title, line, figure):
    assert figure not in rows(run(title, line))


@pytest.mark.parametrize("title, line, name", [
    # the work a speech's topic names is the figure's programme
    ("令和5年度 予算特別委員会 答弁", "駅前に新設する交流センターについては、8200万円を計上いたしました。", "駅前に新設する交流センター"),
    ("令和3年度 第2回定例会 一般質問", "学校給食センターの空調更新につきましては、4,600万円を予算計上しております。",
     "学校給食センターの空調更新"),
])
def test_a_speech_topic_that_is_a_work_names_its_figure(title, line, name):
    assert [m.program for m in run(title, line)] == [name]


@pytest.mark.parametrize("title, line, topic", [
    # near misses: a referring word or a ministry as the topic is no work's name
    ("令和3年度 農道整備事業 答弁", "本事業については、3,000万円を計上いたしました。", "本事業"),
    ("令和3年度 予算の説明", "国土交通省については、5兆8000億円を計上しております。", "国土交通省"),
])
def test_near_misses_a_speech_topic_that_names_no_work(title, line, topic):
    assert all(m.program != topic for m in run(title, line))


@pytest.mark.parametrize("title, line, figure", [
    # near misses: the label goes on as a clause (a particle): the level a change starts from is no row, as before
    ("令和6年度 9月補正予算の概要", "子ども医療費助成事業の予算を8,000万円から1億円に増額しました。", "8,000万円"),
    ("令和5年度 6月補正予算の概要", "放課後児童クラブ運営事業の予算を2,400万円から3,100万円に増額する。", "2,400万円"),
])
def test_near_misses_a_label_that_goes_on_as_a_clause(title, line, figure):
    assert figure not in rows(run(title, line))
