"""A budget figure's programme is the noun phrase the figure is for (issue 21, programme names): no particle that ties it
to the figure (`…として`, `…には`), no budget kind used as an adverb (`…に当初`), no rounding (`…として約`), no verb of
the sentence (`…を計上しました`), and the deck's quote where words of the sentence precede it; and a quoted name that is
the subject of a figure's clause names the figure. Probe lines written in the style of other issuers (a prefecture's
press release, a village bulletin, a trade newspaper), with near misses that must keep their words."""
from __future__ import annotations

import pytest

from extract.context.name_phrase import noun_phrase

from .test_roles_shapes import amount, run


@pytest.mark.parametrize("phrase, name", [
    ("学校給食費の無償化に係る経費として", "学校給食費の無償化に係る経費"),
    ("河川の浚渫工事には", "河川の浚渫工事"),
    ("道路の舗装補修にも", "道路の舗装補修"),
    ("林道整備事業に当初", "林道整備事業"),
    ("農業用ため池の改修に補正で", "農業用ため池の改修"),
    ("・ 職員の給与改定に伴う差額支給として約", "職員の給与改定に伴う差額支給"),
    ("- 防災行政無線のデジタル化として", "防災行政無線のデジタル化"),
    ("特別職の期末手当を計上しました", "特別職の期末手当"),  # an appropriating verb: the object alone
    ("消防団の小型ポンプ車を購入します", "消防団の小型ポンプ車の購入"),  # another action: kept as its noun
    ("集中豪雨の被害を受け「農地災害復旧事業」に", "農地災害復旧事業"),  # a quote after words of the sentence
    ("「観光振興プロジェクト」には補正", "観光振興プロジェクト"),
])
def test_the_words_that_tie_a_name_to_its_figure_are_cut(phrase, name):
    assert noun_phrase(phrase) == name


@pytest.mark.parametrize("phrase", [
    "一時預かり", "病児・病後児の預かり", "社会人の学び直し", "放課後の子どもの見守り",  # a verb's noun form ends the name
    "子どもを守る", "子どもの学びを支える",  # a heading's plain verb: its own words, as printed
    "道路台帳の補正",  # a kind word after `の` is a noun of the name
    "子ども食堂支援事業",  # `も` of a noun, no particle
    "こども家庭センター運営事業など",  # an adverbial particle belongs to the name (`…など`, as printed)
    "りんご「ふじ」",  # a quote after a noun: a brand, part of the name
    "空き家の解体工事",
    "中小企業の省エネ設備導入を支援する経費",  # a verb inside the phrase modifies its noun
    "地域医療介護総合確保基金",
])
def test_a_noun_phrase_keeps_its_words(phrase):
    assert noun_phrase(phrase) == phrase


@pytest.mark.parametrize("phrase", ["新規予算", "当初", "今回補正予算", "に", "を計上しました", "を支援します"])
def test_a_budget_label_or_no_noun_is_no_name(phrase):
    assert noun_phrase(phrase) is None


TITLE = "令和7年度 県当初予算案の概要"


@pytest.mark.parametrize("line, figure, name", [
    ("「地域公共交通再編事業」は利用者の減少を受けて、3億2000万円(前年度2億円)と増額された。", "3億2000万円", "地域公共交通再編事業"),
    ("また「スマート農業推進プロジェクト」も1億5000万円と拡充。", "1億5000万円", "スマート農業推進プロジェクト"),
    ("目玉として「県産木材の海外販路開拓」の8000万円を計上した。", "8000万円", "県産木材の海外販路開拓"),
])
def test_a_quoted_subject_names_the_figure_of_its_clause(line, figure, name):
    assert amount(run(TITLE, line), figure).program == name


@pytest.mark.parametrize("line, figure", [
    # another quote stands between the subject and the figure: no guess
    ("「地域公共交通再編事業」は「交通空白地」の解消を掲げ、3億2000万円を計上。", "3億2000万円"),
    # the quote is in another sentence
    ("県は「観光立県」を掲げる。総額では3億2000万円となった。", "3億2000万円"),
])
def test_a_quote_that_is_not_the_clauses_subject_names_nothing(line, figure):
    m = amount(run(TITLE, line), figure)
    assert m.program not in ("地域公共交通再編事業", "交通空白地", "観光立県")


@pytest.mark.parametrize("before, cut, name", [
    # a comma inside the name's own brackets or figures (a trade paper writing `,` for `、`)
    ("▷護岸改修2か所(延長1,200m,県単独)の設計に", "県単独)の設計", "護岸改修2か所(延長1,200m,県単独)の設計"),
    ("新規として,2,500トン型の給水船1隻に", "500トン型の給水船1隻", "2,500トン型の給水船1隻"),
    # near misses: a whole name, a name after a clause's comma
    ("子育て支援事業に", "子育て支援事業", "子育て支援事業"),
    ("市は、道路の舗装補修に", "道路の舗装補修", "道路の舗装補修"),
])
def test_a_name_cut_inside_its_brackets_or_figures_is_made_whole(before, cut, name):
    from extract.context.name_phrase import uncut

    assert noun_phrase(uncut(before, cut)) == name


@pytest.mark.parametrize("name, alone", [
    ("補正予算額(第1号)", True), ("第2次補正予算", True), ("補正予算(第3号):", True),
    ("子育て支援事業(第2期)", False), ("第1号議案", False),
])
def test_a_budgets_own_number_leaves_its_label_alone(name, alone):
    from extract.mentions.label_names import label_only

    assert label_only(name) is alone


def test_a_quoted_topic_with_nitsuite_names_a_bracketed_cost():
    line = "高齢者の移動を支える「デマンド交通運行事業」について、利用の増加に対応するため、予算を増額します(1,800万円)。"
    assert amount(run("12月補正予算の概要", line), "1,800万円").program == "デマンド交通運行事業"


BULLETIN = "令和7年度 当初予算の概要"


@pytest.mark.parametrize("line, figure, name", [
    # works listed with their cost in brackets under a topic (a town's bulletin, a mayor's speech)
    ("今年度の主な建設事業は、民生費の老人福祉センターの空調改修(8千万円)などです。", "8千万円", "老人福祉センターの空調改修"),
    ("主な事業として、学校体育館の照明LED化(約2,400万円)を予定しています。", "2,400万円", "学校体育館の照明LED化"),
])
def test_a_bracketed_cost_is_named_by_the_work_before_it(line, figure, name):
    assert amount(run(BULLETIN, line), figure).program == name


def test_a_list_closed_by_no_hoka_names_its_last_item():
    line = ("主な歳出の補正内容は増額予算が、防犯灯設置工事費310万円、小学校給食配膳室改修工事費151万円等の他、"
            "人事院勧告に伴う人件費の補正です。")
    found = run("議会だより", "◆令和6年度一般会計補正予算(第5号)", line)
    assert amount(found, "151万円").program == "小学校給食配膳室改修工事費"


@pytest.mark.parametrize("line, figure, name", [
    # the budget's kind between the particle and the figure (a trade paper's summary of a ministry's budget)
    ("道路の舗装補修には当初8億円、補正3億円を計上した。", "8億円", "道路の舗装補修"),
    ("道路の舗装補修には当初8億円、補正3億円を計上した。", "3億円", "道路の舗装補修"),
    ("河川監視カメラの増設に当初で1億2千万円を計上する。", "1億2千万円", "河川監視カメラの増設"),
    # a programme before `に` whose figure a bracketed note and `と増額要求` follow
    ("地域防災無線更新事業に2億円(前年度当初予算額 1億円)と増額要求した。", "2億円", "地域防災無線更新事業"),
])
def test_the_work_before_a_particle_names_the_figure_after_the_budgets_kind(line, figure, name):
    assert amount(run("令和7年度予算案の概要", line), figure).program == name


@pytest.mark.parametrize("line, figure, wrong", [
    ("来年度に当初で5億円を見込む。", "5億円", "来年度"),  # a date before `に`
    ("県に2億円(前年度1億円)と増額要求した。", "2億円", "県"),  # no programme's word, no kind
])
def test_a_date_or_a_plain_noun_before_the_particle_names_nothing(line, figure, wrong):
    assert amount(run("令和7年度予算案の概要", line), figure).program != wrong


@pytest.mark.parametrize("phrase, name", [
    ("「未来へつなぐ宅地循環促進事業」拡充事業・", "未来へつなぐ宅地循環促進事業"),
    ("【新規】「子ども食堂支援事業」", "子ども食堂支援事業"),
    ("「A地区排水路整備事業」と「B地区排水路整備事業」", "「A地区排水路整備事業」と「B地区排水路整備事業」"),  # two quotes: both
    ("新規「観光振興事業」の拡充", "新規「観光振興事業」の拡充"),  # words of the name outside the quote
])
def test_a_quote_with_label_words_beside_it_is_the_name(phrase, name):
    assert noun_phrase(phrase) == name


def test_expenses_listed_with_toshite_under_one_verb_are_each_named():
    line = "主な事業は、まず、公民館2階の改修に係る設計業務委託料として85万円、工事請負費として2,300万円を計上しております。"
    found = run("令和6年度6月補正予算の概要", line)
    assert amount(found, "85万円").program == "公民館2階の改修に係る設計業務委託料"


def test_an_expense_named_with_toshite_but_given_names_nothing():
    found = run("令和6年度6月補正予算の概要", "謝礼として5万円を支給しました。")
    assert amount(found, "5万円").program != "謝礼"


@pytest.mark.parametrize("phrase, name", [
    ("国の支援経費の補正", "国の支援経費の補正"),  # `の` + a kind word: a noun phrase, kept
    ("(2)地域交通の確保", "地域交通の確保"),  # a list number set before the name
    ("②地域交通の確保", "地域交通の確保"),
    ("1.5倍化事業", "1.5倍化事業"),  # a decimal, no list number
])
def test_list_numbers_go_and_a_kind_after_no_stays(phrase, name):
    assert noun_phrase(phrase) == name


@pytest.mark.parametrize("line, name", [
    ("◆ 文化財の保存・活用の推進 要求額 180億円（前年度 165億円）", "文化財の保存・活用の推進"),
    ("○ 港湾施設の老朽化対策 予算額 12億円", "港湾施設の老朽化対策"),
    ("■ 子育て支援事業 5,000万円", "子育て支援事業"),  # no label: the name as it stands
])
def test_a_budget_label_set_apart_after_the_name_is_no_part_of_it(line, name):
    found = run("令和7年度概算要求の概要", line)
    assert [m for m in found if m.role == "budget"][0].program == name


@pytest.mark.parametrize("line", ["河川改修事業 当初 12億円 補正 8億円", "河川改修事業　当初　12億円　補正　8億円"])
def test_an_items_name_before_its_kinds_names_both_figures(line):
    found = run("令和7年度当初予算の概要", line)
    assert [m.program for m in found if m.kind == "amount"] == ["河川改修事業", "河川改修事業"]


def test_a_year_before_a_kind_names_nothing():
    found = run("令和7年度当初予算の概要", "令和7年度 当初 12億円")
    assert amount(found, "12億円").program is None


@pytest.mark.parametrize("phrase, name", [
    ("道路維持補修事業は、前年度を上回る", "道路維持補修事業"),
    ("学校施設の改修については、前年度比2割増の", "学校施設の改修"),
    ("はじめての子育て応援事業", "はじめての子育て応援事業"),  # `は` of a word, no topic
])
def test_a_topic_and_its_comma_leave_the_topic(phrase, name):
    assert noun_phrase(phrase) == name
