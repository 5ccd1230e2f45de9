"""Budget figures no programme owns, read from the figure's own words after no_programme's rules (issue 21, the
budgets table's traps): an account's balance (`…の黒字予算`), the rest of a figure broken down in its sentence
(`…事業費は3億円で、A経費5千万円、その他事業費2億5千万円`), an unnamed figure labelled by an account's class
(`建設改良費155億円を計上`). Probe lines in other issuers' wording, each with near misses that stay rows."""
from __future__ import annotations

import pytest

from .test_roles_shapes import rows, run

ENTERPRISE, CITY = "令和7年度水道事業会計予算の概要", "令和7年度当初予算の概要"


@pytest.mark.parametrize("title, line, figure", [
    (ENTERPRISE, "支出では、前年度に比べ2,100万円増の8億4,000万円を計上しました。"
                 "これにより収支は、6,320万円(税込み)の黒字予算となりました。", "6,320万円"),
    (ENTERPRISE, "病院事業会計は、収益的収支で3億1,200万円の赤字を見込んでいます。", "3億1,200万円"),
    (ENTERPRISE, "下水道事業会計の収支差引は4,800万円の黒字となる見込みです。", "4,800万円"),
])
def test_an_accounts_balance_is_no_row(title, line, figure):
    assert figure not in rows(run(title, line))


@pytest.mark.parametrize("title, line, figure", [
    (CITY, "地域公共交通の赤字路線維持に5,000万円の予算を計上しました。", "5,000万円"),  # the deficit before the figure
    (CITY, "バス事業者への赤字補填として2,400万円の赤字補填事業費を計上。", "2,400万円"),
    (ENTERPRISE, "配水管更新事業に4億2,000万円を計上しました。", "4億2,000万円"),
])
def test_a_programme_near_a_deficits_word_stays_a_row(title, line, figure):
    assert figure in rows(run(title, line))


@pytest.mark.parametrize("line, rest", [
    ("計上された子育て支援事業費は4億円で、病児保育の拡充に要する経費6,000万円、その他事業費3億4,000万円です。",
     "3億4,000万円"),
    ("道路維持事業は2億5,000万円で、うち舗装補修工事に1億2,000万円、橋梁点検に3,000万円、その他経費1億円を充てる。", "1億円"),
])
def test_the_rest_of_a_figure_broken_down_is_no_row(line, rest):
    found = rows(run(CITY, line))
    assert rest not in found


@pytest.mark.parametrize("line, figure", [
    ("(5)「その他」に134.6億円(同29億円増)", "134.6億円"),  # a list's own item, no whole before it in its sentence
    ("新規事業は子育て支援事業に4億円、その他事業に3億円です。", "3億円"),  # siblings: the first is no whole of the rest
    ("防災事業費は5億円で、防火水槽その他の整備に1億円を計上しました。", "1億円"),  # `その他` inside a name
])
def test_a_rest_that_completes_no_whole_stays_as_it_was(line, figure):
    assert figure in rows(run(CITY, line))


def test_the_parts_beside_a_rest_stay_rows():
    found = rows(run(CITY, "計上された子育て支援事業費は4億円で、病児保育の拡充に要する経費6,000万円、その他事業費3億4,000万円です。"))
    assert "6,000万円" in found and "4億円" in found


@pytest.mark.parametrize("title, line, figure", [
    (ENTERPRISE, "総事業費120億5,000万円、建設改良費42億3千万円(対前年度比1.2%増)を計上し、収支は黒字を見込む。", "42億3千万円"),
    (CITY, "歳入のうち、町税は前年度比2%増、地方交付税18億円を見込む。", "18億円"),
])
def test_an_unnamed_figure_labelled_by_a_class_is_no_row(title, line, figure):
    assert figure not in rows(run(title, line))


@pytest.mark.parametrize("title, line, figure", [
    (ENTERPRISE, "建設改良事業として42億3千万円を計上し、老朽管の更新を進める。", "42億3千万円"),
    (CITY, "地域交通確保事業費2億円を計上しました。", "2億円"),
])
def test_a_programmes_figure_beside_class_words_stays_a_row(title, line, figure):
    assert figure in rows(run(title, line))


# -- a budget's label closing a paragraph its programme opens (tests of context/inline_names.paragraph_head) --------------

def _named(found, text):
    return next(m.program for m in found if m.text == text)


@pytest.mark.parametrize("lines, figure, name", [
    (["国際交流推進事業 海外の姉妹都市との青少年交流を行い、", "国際感覚を持った人材を育てる。予算額(3,500千円)"], "3,500千円",
     "国際交流推進事業"),
    (["農業後継者育成事業", "新規就農者に研修の機会を提供し、", "地域農業の担い手を確保する。", "事業費 1,200万円"], "1,200万円",
     "農業後継者育成事業"),
])
def test_a_label_closing_a_paragraph_names_the_programme_that_opens_it(lines, figure, name):
    assert _named(run("令和7年度 協会事業計画の概要", *lines), figure) == name


@pytest.mark.parametrize("lines, figure", [
    # another figure's paragraph stands between: the label is not this programme's
    (["国際交流推進事業 青少年交流を行う。予算額(3,500千円)", "留学生の生活相談に応じる。予算額(800千円)"], "800千円"),
    # the paragraph opens with no programme's name
    (["海外の姉妹都市と交流を行い、", "国際感覚を持った人材を育てる。予算額(3,500千円)"], "3,500千円"),
])
def test_a_label_under_no_programmes_opening_takes_no_name_from_above(lines, figure):
    found = _named(run("令和7年度 協会事業計画の概要", *lines), figure) or ""
    assert not any(found and line.startswith(found) for line in lines)  # (the title's default, as before the rule)


# -- a figure its appropriating verb follows with no `を` (minutes: `…補助金600万計上となっております`) ------------------

@pytest.mark.parametrize("line, figure, name", [
    ("次に12ページ、4款1項2目の保育所運営費補助金1,200万計上となっておりますが、その内容を伺います。", "1,200万",
     "保育所運営費補助金"),
    ("道路維持補修事業費2,500万円確保しており、例年並みの規模です。", "2,500万円", "道路維持補修事業費"),
    ("空き家対策事業に800万円を計上しております。", "800万円", "空き家対策事業"),  # the `を` form, as before
])
def test_a_figure_its_verb_follows_without_wo_is_the_noun_befores(line, figure, name):
    assert name in (_named(run("令和7年度 予算審査特別委員会", line), figure) or "")


@pytest.mark.parametrize("line, name", [
    ("次に8ページ、こちらのほうに地域おこし協力隊活動補助金450万計上となっております。", "地域おこし協力隊活動補助金"),
    ("ここに防犯灯LED化事業費450万円を計上しております。", "防犯灯LED化事業費"),
])
def test_a_pointer_to_the_books_place_is_no_part_of_the_name(line, name):
    assert _named(run("令和7年度 予算審査特別委員会", line), "450万" if "450万計上" in line else "450万円") == name


@pytest.mark.parametrize("line, figure", [
    ("前年度と比べ600万円増となっております。", "600万円"),  # a change: no verb of appropriation after it
    ("町税は1億2,000万円減の見込みです。", "1億2,000万円"),
])
def test_a_figure_no_appropriating_verb_follows_takes_no_name_before(line, figure):
    found = run("令和7年度 予算審査特別委員会", line)
    assert figure not in rows(found) or not _named(found, figure)


# -- an account's figure under a share's topic that names a work ----------------------------------------------------------

SHARES = ("2026年度の予算規模は、水道事業が88億円、下水道事業が120億円となっている。"
          "このうち、建設改良事業は水道事業が31億円、下水道事業が45億円。")

@pytest.mark.parametrize("line, figure, name", [
    (SHARES,
     "31億円", "水道事業 建設改良事業"),
    (SHARES,
     "45億円", "下水道事業 建設改良事業"),
])
def test_an_accounts_share_of_a_named_work_is_that_works_row(line, figure, name):
    found = run("市上下水道局 懇話会を開催", line)
    assert figure in rows(found) and _named(found, figure) == name


@pytest.mark.parametrize("line, figure", [
    (SHARES, "88億円"),
    (SHARES, "120億円"),
    ("2026年度の予算規模は病院事業が64億円で、このうち、一般会計は病院事業が9億円を負担する。", "9億円"),  # no work
])
def test_an_accounts_total_stays_out(line, figure):
    assert figure not in rows(run("市上下水道局 懇話会を開催", line))


# -- an unnamed figure labelled by a budget's label alone --------------------------------------------------------------

@pytest.mark.parametrize("lines, figure", [
    (["財政演説の記録", "その欄に掲げましたのは、当初", "予算三兆六千五百八十億を提出いたしましたときに見込みました歳入は"],
     "三兆六千五百八十億"),
    (["本会議の記録", "昨年の予算八千二百億を組みましたときの見通しは甘かった。"], "八千二百億"),
])
def test_an_unnamed_figure_a_label_alone_heads_is_the_whole(lines, figure):
    assert figure not in rows(run(*lines))


@pytest.mark.parametrize("lines, figure", [
    (["令和7年度 地域交通確保事業", "予算額 3,000万円"], "3,000万円"),  # the title names the programme
    (["本会議の記録", "道路整備事業の予算八千二百億円を計上しました。"], "八千二百億円"),  # a programme's budget
    # the line above names the work whose budget the label opens the line with
    (["本会議の記録", "前年度の繰越分を加えますので、実質上の港湾整備", "予算は百二十一億四千余万円となりまして"], "百二十一億四千余万円"),
])
def test_a_labelled_figure_a_programme_owns_stays_a_row(lines, figure):
    assert figure in rows(run(*lines))


# a sheet's label alone on the line above its figure, the figure alone on its own: the title's (or heading's) cell, a row
@pytest.mark.parametrize("lines, figure", [
    (["地域公共交通再構築支援事業", "事業の概要：路線の再編を支援する。", "令和7年度予算額", "4億5,000万円"], "4億5,000万円"),
    (["国土交通省", "空き家対策総合支援事業", "予算額", "32億円"], "32億円"),
    (["文化芸術振興費補助金", "事業内容：公演を支援する。", "令和8年度概算要求額", "1,200百万円", "前年度予算額", "1,100百万円"],
     "1,200百万円"),
])
def test_a_figure_alone_under_a_label_alone_is_the_sheets_row(lines, figure):
    assert figure in rows(run(*lines))


@pytest.mark.parametrize("lines, figure", [
    # the label above goes on into the figure's own line (`当初` / `予算…`): the whole budget, still out
    (["財政演説の記録", "ここに掲げましたのは、当初", "予算二兆八千億を提出いたしましたときの見込みであります"], "二兆八千億"),
    (["予算委員会の記録", "申し上げましたのは、当初", "予算九千六百億円を編成いたしましたときの歳入見積りであります"], "九千六百億円"),
])
def test_a_label_that_goes_on_into_the_figures_line_stays_the_whole(lines, figure):
    assert figure not in rows(run(*lines))


# -- a statement's lines read aloud: `②の…費支出として N円` (tests of prose_roles.appropriation_name) --------------------

STATEMENT = "令和7年度 公益財団法人 収支予算"


@pytest.mark.parametrize("line, figure, name", [
    ("事業活動支出のうち、①の公園管理受託事業費支出として1億2,400万円を、②の研修事業費支出として860万円を予定しております。",
     "1億2,400万円", "公園管理受託事業費"),
    ("事業活動支出のうち、①の公園管理受託事業費支出として1億2,400万円を、②の研修事業費支出として860万円を予定しております。",
     "860万円", "研修事業費"),
    ("(2)の施設修繕事業費支出として420万円を計上しました。", "420万円", "施設修繕事業費"),
])
def test_a_statements_line_read_aloud_is_named_by_its_expense(line, figure, name):
    assert _named(run(STATEMENT, line), figure) == name


@pytest.mark.parametrize("line, figure, name", [
    ("②の地域交流事業として300万円を計上しました。", "300万円", "地域交流事業"),  # no statement's tail: the name as written
    ("国庫支出金返還金として120万円を計上しました。", "120万円", "国庫支出金返還金"),  # `支出` inside a name stays
])
def test_a_name_without_a_statements_tail_stays_whole(line, figure, name):
    assert _named(run(STATEMENT, line), figure) == name


# -- a speech's figure closed by its copula: `第一は…調査費千四百万円でございますが` ------------------------------------------

SPEECH = "昭和三十六年度予算要求事項の説明"


@pytest.mark.parametrize("line, figure, name", [
    ("第二は港湾施設整備費二億三千万円でございますが、これは主要港湾の岸壁の改良に要する経費であります。", "二億三千万円",
     "港湾施設整備費"),
    ("次に結核対策費四億一千万円であります。", "四億一千万円", "結核対策費"),
    ("第三は消防施設整備費八千五百万円でございまして、", "八千五百万円", "消防施設整備費"),  # stated_by's other copula forms
])
def test_a_speechs_figure_its_copula_closes_is_the_noun_befores(line, figure, name):
    assert _named(run(SPEECH, line), figure) == name


@pytest.mark.parametrize("line, figure, name", [
    ("予算総額は二十億円でございます。", "二十億円", "予算総額"),  # a topic's `は`: no noun right before the figure
    ("前年度に比べて三千万円の増加でございます。", "三千万円", "前年度に比べて"),
])
def test_a_copula_after_no_noun_names_nothing_new(line, figure, name):
    assert _named(run(SPEECH, line), figure) != name
