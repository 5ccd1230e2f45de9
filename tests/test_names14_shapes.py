"""Ministries' totals in government-wide compilations (issue 21: totals are not programmes): a list that gives each ministry
its figure (`▽内閣府295億円▽文科省3523億円`), and a sentence whose figure no work names but whose subject is a ministry
(`文部科学省が最大の598億円`). Lines written for these tests in several issuers' and papers' styles, each with the near misses
that must stay programmes' rows."""
from __future__ import annotations

import pytest

from extract.context.labels import LineInfo
from extract.context.ministry_names import ministry_subject, named_ministry
from extract.context.noted_items import between_figures
from extract.mentions.label_names import stage_heading
from extract.normalize import normalize

from .helpers import amounts_by_text, mentions


def _named(*texts: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {t: (m.program, m.ministry, m.total_of) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("name, whole", [
    ("内閣府", "内閣府"), ("内閣官房", "内閣官房"), ("こども家庭庁", "こども家庭庁"), ("【総務省】", "総務省"),
    ("文科省", "文部科学省"), ("厚労省", "厚生労働省"), ("国交省", "国土交通省"), ("農水省", "農林水産省"),
    ("経産省", "経済産業省"), ("▽防衛省", "防衛省"),
])
def test_a_ministrys_name_alone_is_the_ministry(name, whole):
    assert named_ministry(name) == whole


@pytest.mark.parametrize("name", ["文部科学省の事業", "国際省", "文科", "教育委員会", "県庁", "水害対策", "国土", "市民課"])
def test_a_name_that_is_more_or_other_than_a_ministry_is_none(name):
    assert named_ministry(name) is None


@pytest.mark.parametrize("title, line", [
    ("2019年度 国土強靱化関係予算の概算要求", "府省別の要求額は次の通り。 ▽内閣官房2億円▽内閣府295億円▽文科省3523億円▽国交省3兆5192億円"),
    ("令和8年度 防災関係予算案", "府省庁別の予算額は、内閣府237億円、文部科学省1426億円、国土交通省3兆6601億円。"),
    ("平成30年度 宇宙関係予算", "・内閣府 295億円 ・文部科学省 3523億円 ・国土交通省 3兆5192億円"),
])
def test_a_list_of_each_ministrys_figure_states_totals_no_rows(title, line):
    found = _named(title, line)
    for figure, ministry in (("3523億円", "文部科学省"), ("1426億円", "文部科学省"), ("3兆5192億円", "国土交通省"),
                             ("3兆6601億円", "国土交通省")):
        if figure in found:
            assert found[figure] == (None, ministry, ministry)


def test_a_programme_listed_with_its_ministry_keeps_its_row():
    found = _named("令和7年度 防災関係予算の概要", "▽河川改修事業300億円▽学校施設の防災機能強化80億円")
    assert found["300億円"][0] == "河川改修事業" and found["300億円"][2] is None
    assert found["80億円"][0] == "学校施設の防災機能強化"


@pytest.mark.parametrize("clause, whole", [
    ("文部科学省が最大の", "文部科学省"), ("経済産業省が", "経済産業省"), ("防衛省は前年度比6%増の", "防衛省"),
    ("最大は国土交通省の", "国土交通省"), ("厚労省が", "厚生労働省"), ("こども家庭庁は", "こども家庭庁"),
    ("令和6年度予算案では観光庁が", "観光庁"), ("今回の要求で文科省は", "文部科学省"),
])
def test_a_clause_whose_subject_is_a_ministry_names_its_total(clause, whole):
    assert ministry_subject(clause) == whole


@pytest.mark.parametrize("clause", ["水害対策は", "子育て支援事業の", "文部科学省の事業は", "市民課が", "県が", "最大は"])
def test_a_clause_whose_subject_is_no_ministry_names_none(clause):
    assert ministry_subject(clause) is None


@pytest.mark.parametrize("line, figure, ministry", [
    ("内訳を見ると、文部科学省が最大の598億円、厚生労働省が474億円を計上。", "474億円", "厚生労働省"),
    ("府省別では、農水省が3008億円を要求した。", "3008億円", "農林水産省"),
    ("府省別に見ると、最大は国土交通省の3兆6601億円(前年度3兆6245億円)。", "3兆6601億円", "国土交通省"),
    ("防衛省は監視システムの整備費などに同6・7%増の413億円を計上した。", "413億円", "防衛省"),
])
def test_a_sentences_figure_no_work_names_is_its_ministrys_total(line, figure, ministry):
    found = _named("政府の宇宙関係予算、概算要求で3550億円に", line)
    assert found[figure][0] is None and found[figure][2] == ministry


@pytest.mark.parametrize("line, figure, program", [
    ("文部科学省は、学校施設の耐震化事業に3143億円を計上した。", "3143億円", "学校施設の耐震化事業"),
    ("国土交通省が「流域治水対策事業」に5273億円を要求した。", "5273億円", "流域治水対策事業"),
])
def test_a_ministrys_sentence_that_names_its_work_keeps_the_programme(line, figure, program):
    found = _named("2019年度 国土強靱化関係予算の概算要求", line)
    assert found[figure][0] == program and found[figure][2] is None


@pytest.mark.parametrize("line, figure, program", [
    ("台風で被災した自治体への見舞金200万円と町内の被災者への見舞金70万円を計上した。", "70万円", "町内の被災者への見舞金"),
    ("道路改良工事に3億円、とちぎ未来人材育成事業に2億円を計上した。", "2億円", "とちぎ未来人材育成事業"),
])
def test_a_lists_conjunction_is_cut_and_a_names_own_kana_stays(line, figure, program):
    assert _named("令和7年度 一般会計補正予算", line)[figure][0] == program


@pytest.mark.parametrize("row, figure, program", [
    ("| 道路改良事業 | 市道の拡幅 | 3億円 | 2億円 |", "2億円", "道路改良事業"),
    ("｜ 道路改良事業 ｜ 市道の拡幅 ｜ 3億円 ｜", "3億円", "道路改良事業"),
    ("| 国土交通省 | 河川改修事業 | 300億円 |", "300億円", "河川改修事業"),
])
def test_a_rows_first_cell_names_each_figure_of_the_row(row, figure, program):
    assert _named("令和7年度 当初予算の概要", "| 事業名 | 内容 | 予算額 | 前年度 |", row)[figure][0] == program


# a clause that makes a work its topic right before the figure names that work (a paper's account of a budget's fields)
@pytest.mark.parametrize("line, figure, program", [
    ("また、国連などへの分担金・義務的拠出金は1214億円(45億円増)、任意拠出金は274億円(37億円増)。", "274億円", "任意拠出金"),
    ("また、国連などへの分担金・義務的拠出金は1214億円(45億円増)、任意拠出金は274億円(37億円増)。", "1214億円",
     "国連などへの分担金・義務的拠出金"),
    ("住宅再建・復興まちづくり分野は675億円で前年度当初比145億円増となった。", "675億円", "住宅再建・復興まちづくり"),
    ("このうち福島県の復興に直結する原子力災害からの復興・再生分野は3355億円で、前年度から増加した。", "3355億円",
     "原子力災害からの復興・再生"),
    ("研究開発や施設整備に向けた事業を含む創造的復興分野は224億円で、前年度から減った。", "224億円", "創造的復興"),
    ("令和7年度予算案のうち、農地の大区画化は320億円(前年度310億円)、担い手の育成は85億円。", "320億円", "農地の大区画化"),
])
def test_a_clauses_topic_right_before_its_figure_names_it(line, figure, program):
    assert _named("令和7年度 復興関係予算案の概要", line)[figure][0] == program


@pytest.mark.parametrize("line, figure", [
    ("令和6年度予算のうち、非公共は1,096億円で前年度に比べ10億円の減、公共は814億円で1億円増。", "1,096億円"),
    ("令和6年度予算のうち、非公共は1,096億円で前年度に比べ10億円の減、公共は814億円で1億円増。", "814億円"),
    ("一般会計の総額は1248億円と、前年度比で2.7%の増額となった。", "1248億円"),
    ("外務省の政府開発援助(ODA)予算は4238億円で、前年度から微増した。", "4238億円"),
    ("内閣府は237億円で、前年度から増えた。", "237億円"),
    ("扶助費は68億円で、前年度より2億円増えた。", "68億円"),  # a local class of expense: its total
    ("民生費は、40億円となりました。", "40億円"),
    ("新潟県は5億円を計上した。", "5億円"),  # a body's own sentence: the figure is its object, no topic's
])
def test_a_topic_that_is_a_whole_a_class_a_label_or_a_ministry_names_no_work(line, figure):
    program, _, whole = _named("令和6年度 水産関係予算の概要", line)[figure]
    assert program is None or whole is not None  # no programme's row


# a list's item line closes with its figure and a bracketed note: the words before the figure name it
@pytest.mark.parametrize("line, figure, program", [
    ("H3ロケット 340億円(149億円増)", "340億円", "H3ロケット"),
    ("イプシロンロケット高度化 16億円( 3億円増)", "16億円", "イプシロンロケット高度化"),
    ("・農地中間管理機構事業 120億円（10億円減）", "120億円", "農地中間管理機構事業"),
    ("次世代航空科学技術の研究開発 37億円( 4億円増)", "37億円", "次世代航空科学技術の研究開発"),
])
def test_an_items_figure_with_a_change_note_is_named_by_the_words_before_it(line, figure, program):
    assert _named("平成30年度 概算要求の主な項目", line)[figure][0] == program


# a gloss line under its name, and a name the line break cut before a conjunction
@pytest.mark.parametrize("lines, figure, program", [
    (("首都空港等の機能強化", "(羽田空港の飛行経路見直し等) 191億円( 1億円)"), "191億円", "首都空港等の機能強化"),
    (("商用画像衛星・気象衛星の利用", "(超小型地球観測衛星や", "JAXAのALOS-2の利用等) 112億円"), "112億円",
     "商用画像衛星・気象衛星の利用"),
    (("地域公共交通の確保維持", "（バス路線の維持、離島航路の確保等） 207億円（3億円増）"), "207億円", "地域公共交通の確保維持"),
])
def test_a_gloss_under_its_name_is_no_name(lines, figure, program):
    assert _named("平成30年度 概算要求の主な項目", *lines)[figure][0] == program


@pytest.mark.parametrize("lines, figure", [
    (("事業の概要", "(羽田空港の飛行経路見直し等) 191億円( 1億円)"), "191億円"),  # a heading of the sheet, no name
    (("支援内容", "（上限1,000万円） 5億円"), "5億円"),
    (("合計 340億円(149億円増)",), "340億円"),  # a total's label
])
def test_look_alike_items_name_no_programme(lines, figure):
    program, _, whole = _named("平成30年度 概算要求の主な項目", *lines)[figure]
    assert program not in ("事業の概要", "支援内容", "合計") or whole is not None


@pytest.mark.parametrize("lines, figure, program", [
    (("①オールジャパンでの医薬品創出", "321億円<AMED246億円、インハウス74億円>"), "321億円", "オールジャパンでの医薬品創出"),
    (("(2)地域医療介護総合確保基金", "1,029億円（うち医療分 751億円）"), "1,029億円", "地域医療介護総合確保基金"),
])
def test_a_figure_opening_its_line_before_a_note_is_named_by_the_line_above(lines, figure, program):
    assert _named("平成29年度 概算要求の概要", *lines)[figure][0] == program


@pytest.mark.parametrize("line, figure, program", [
    ("詳細は、訪日旅行促進事業が19億4700万円、広域観光周遊ルート形成促進事業が14億円など。", "14億円", "広域観光周遊ルート形成促進事業"),
    ("内訳は、森林整備事業が1,489億円、治山事業が740億円等。", "740億円", "治山事業"),
])
def test_the_last_work_of_a_list_closed_by_nado_is_named(line, figure, program):
    assert _named("平成27年度 概算要求の概要", line)[figure][0] == program


# a heading that names a stage of the budget's making (a local compilation's 要求 / 査定 pages) names no work
@pytest.mark.parametrize("heading", ["市長復活査定", "財務部長復活査定", "最終市長査定", "各部局の予算要求", "知事査定"])
def test_a_label_figure_under_a_stage_heading_is_the_whole(heading):
    program, _, _ = _named("平成23年度 当初予算の編成過程", heading, "各部局からの要求について検討しました。",
                           "平成23年度当初予算額 158億8,200万円")["158億8,200万円"]
    assert program is None
    assert stage_heading(heading)


@pytest.mark.parametrize("heading", ["子育て支援事業", "査定の考え方について", "要求基準の設定"])
def test_a_heading_that_is_no_stage_name(heading):
    assert not stage_heading(heading)


@pytest.mark.parametrize("heading, program", [("子育て支援拠点整備事業", "子育て支援拠点整備事業"),
                                              ("■ 道路新設改良事業", "道路新設改良事業")])
def test_a_label_figure_under_a_works_heading_is_that_works(heading, program):
    assert _named("平成23年度 当初予算の概要", heading, "平成23年度当初予算額 3億円")["3億円"][0] == program


@pytest.mark.parametrize("line, names", [
    ("(2) 歳出 507,454千円 児童手当費 △ 28,439 千円 財政調整基金造成費 551,390 千円 津波防災まちづくり事業 71,400 千円",
     [None, "児童手当費", "財政調整基金造成費", "津波防災まちづくり事業"]),
    ("当初予算額 55 億 4,800 万円 平成 28 年度の主な新規事業 出会い応援事業・・・・・・502 万円 (39 ページに掲載) "
     "西鉄沿線活性化促進・・・・247 万円 (33 ページに掲載) 町税等のコンビニ収納システム導入事業 ・・・499 万円",
     [None, "出会い応援事業", "西鉄沿線活性化促進", "町税等のコンビニ収納システム導入事業"]),
    ("・道路新設改良工事 1億5149万円 ・学校給食センター改修工事 9291万円", [None, "学校給食センター改修工事"]),
])
def test_an_inline_lists_figure_is_named_by_the_words_since_the_figure_before(line, names):
    found = mentions(line)
    info = LineInfo(normalize(line).text, found)
    assert [between_figures(info, m) for m in info.amounts] == names


@pytest.mark.parametrize("line", [
    "市税は3億円増えて、前年度から2億円増の25億円となった。",  # a sentence between the figures
    "補正前の額 19,225,044千円 補正額 507,454千円",  # a label between them
    "令和6年度 3億円 令和5年度 2億円",  # a year
])
def test_words_between_figures_that_read_as_no_name_name_none(line):
    info = LineInfo(normalize(line).text, mentions(line))
    assert all(between_figures(info, m) is None for m in info.amounts)


def test_a_block_line_in_the_press_short_form_gives_its_items_the_ministry():
    found = _named("平成30年度 概算要求の主な項目", "文部科学省", "H3ロケット 340億円(149億円増)", "国交省",
                   "首都空港等の機能強化 191億円( 1億円)", "経産省", "宇宙産業振興事業費 13億円 (3億円増)")
    assert [found[f][1] for f in ("340億円", "191億円", "13億円")] == ["文部科学省", "国土交通省", "経済産業省"]


@pytest.mark.parametrize("title, line, figure", [
    ("観光業における受入環境整備や人手不足対策事業", "一方、令和6年度予算案では観光庁が670億4700万円を計上し、前年度から増えた。",
     "670億4700万円"),
    ("地域公共交通確保維持改善事業", "令和7年度予算では国土交通省が3兆円を要求した。", "3兆円"),
])
def test_a_ministrys_sentence_figure_with_no_title_over_it_is_its_total(title, line, figure):
    program, ministry, whole = _named(line, title)[figure]  # (the title-like line comes after the sentence: it names none)
    assert program is None and whole == ministry


def test_a_ministrys_sentence_under_a_sheets_title_is_the_titles_programme():
    program, _, whole = _named("介護テクノロジー導入支援事業", "厚生労働省が令和8年度概算要求で80億円を要求。")["80億円"]
    assert program == "介護テクノロジー導入支援事業" and whole is None


# a heading that breaks a programme down by recipient body: each body's share, no row
@pytest.mark.parametrize("lines, figure", [
    (("【電源立地地域対策交付金内訳】", "鳥取市(佐治町):19,277千円", "三朝町:51,540千円"), "51,540千円"),
    (("【電源立地地域対策交付金内訳】", "鳥取市(佐治町):19,277千円", "三朝町:51,540千円"), "19,277千円"),
    (("■ 交付金の内訳", "・中央区 3億円", "・港区 2億円"), "2億円"),
])
def test_recipients_under_a_breakdown_heading_are_shares_no_rows(lines, figure):
    program, _, whole = _named("令和元年度 予算要求の概要", "電源立地地域対策交付金 70,949千円", *lines)[figure]
    assert program is None and whole == "(breakdown)"


@pytest.mark.parametrize("lines, figure, program", [
    (("【主な事業】", "道路改良事業:19,277千円"), "19,277千円", "道路改良事業"),
    (("■ 観光予算の内訳", "・観光地の再生・高付加価値化 150億円", "・インバウンド受入環境整備 105億円"), "105億円",
     "インバウンド受入環境整備"),  # a theme broken into works: rows
])
def test_figures_under_other_headings_stay_rows(lines, figure, program):
    assert _named("令和元年度 予算要求の概要", *lines)[figure][0] == program


# a PR page sets the programme's budget in a label box after its name
@pytest.mark.parametrize("line, figure, program", [
    ("(1)地域における受入環境整備促進事業【令和6年度要求額 18億9600万円】", "18億9600万円", "地域における受入環境整備促進事業"),
    ("・観光DX推進事業【令和7年度予算案 12億円】", "12億円", "観光DX推進事業"),
    ("②地域脱炭素移行・再エネ推進交付金【2024年度概算要求額 400億円】", "400億円", "地域脱炭素移行・再エネ推進交付金"),
])
def test_a_label_box_after_a_name_holds_its_budget(line, figure, program):
    assert _named("令和6年度 観光庁予算の概要", "観光業における受入環境整備や人手不足対策事業", line)[figure][0] == program


@pytest.mark.parametrize("line, figure", [
    ("一般会計【令和6年度予算額 240億円】", "240億円"),  # an account's box: no work
    ("総額【令和6年度予算額 670億円】", "670億円"),  # a whole's
])
def test_a_label_box_after_a_whole_names_no_work(line, figure):
    program, _, whole = _named("令和6年度 観光庁予算の概要", line)[figure]
    assert program not in ("一般会計", "総額") or whole is not None


# a one-programme PR sheet's bureau box names the ministry it is of
@pytest.mark.parametrize("box, ministry", [
    ("国土交通省 総合政策局 地域交通課", "国土交通省"),
    ("厚生労働省 医政局", "厚生労働省"),
    ("観光庁 観光地域振興部 観光資源課", "観光庁"),
    ("総務省 国際戦略局 技術政策課 研究推進室", "総務省"),
])
def test_a_sheets_bureau_box_is_its_ministry(box, ministry):
    found = _named("令和8年度概算要求 地域公共交通確保維持改善事業", box, "令和8年度概算要求額 265億円（前年度予算額 207億円）",
                   "事業概要 地域の足を守る")
    assert found["265億円"][1] == ministry


@pytest.mark.parametrize("box", [
    "鳥取県 地域振興部 交通政策課",  # a local body's office: no national ministry
    "国土交通省 総合政策局 地域交通課 / 厚生労働省 医政局",  # two ministries: a compilation's
    "担当：国土交通省の地域交通課まで",  # a sentence
])
def test_a_box_of_no_single_ministry_gives_none(box):
    found = _named("令和8年度概算要求 地域公共交通確保維持改善事業", box, "令和8年度概算要求額 265億円（前年度予算額 207億円）")
    assert found["265億円"][1] is None


def test_a_pr_sheets_label_line_is_no_noted_items_name():
    # (the near miss of noted_item: a budget label before the figure is the page's label, the title names the figure)
    found = _named("地域公共交通確保維持改善事業", "令和8年度概算要求額 265億円（前年度予算額 207億円）")
    assert found["265億円"][0] == "地域公共交通確保維持改善事業"


@pytest.mark.parametrize("line, figure", [
    ("市税は前年度より2億円増の182億円、地方交付税は38億円。", "38億円"),  # a revenue's topic
    ("うち一般財源 5,120億円（前年度 5,000億円）", "5,120億円"),  # a share
    ("要求総額 8,950億円（前年度 8,800億円）", "8,950億円"),  # a request's whole
])
def test_near_misses_of_the_topic_and_noted_rules_are_no_rows(line, figure):
    program, _, whole = _named("令和8年度 予算の概要", line)[figure]
    assert program is None or whole is not None


# a PR sheet whose label boxes stand on the line over its name: the boxes are no part of the name, the ministry's is its ministry
@pytest.mark.parametrize("lines, program, ministry", [
    (("【文部科学省】", "GIGAスクール運営支援センター整備事業"), "GIGAスクール運営支援センター整備事業", "文部科学省"),
    (("【新規】【厚生労働省】", "介護テクノロジー導入支援事業"), "介護テクノロジー導入支援事業", "厚生労働省"),
    (("【新規】", "観光DX推進事業"), "観光DX推進事業", None),
])
def test_label_boxes_over_a_sheets_name_are_peeled(lines, program, ministry):
    found = _named(*lines, "令和8年度概算要求額 12億円（前年度予算額 10億円）")["12億円"]
    assert found[:2] == (program, ministry)


@pytest.mark.parametrize("line, figure, program", [
    ("最大の事業は市民会館の建替えで、12億円を計上した。", "12億円", "市民会館の建替え"),
    ("目玉となる事業は学校給食費の無償化で、3億円を盛り込んだ。", "3億円", "学校給食費の無償化"),
    ("保育所整備事業は、1,200万円を計上した。", "1,200万円", "保育所整備事業"),  # no copula: the topic itself
])
def test_a_topic_that_points_at_the_work_its_copula_names(line, figure, program):
    assert _named("令和7年度 当初予算の概要", line)[figure][0] == program


def test_a_change_before_the_figure_is_no_copulas_work():
    program, _, _ = _named("令和7年度 当初予算の概要", "子育て支援事業は前年度比3%増で、120億円を計上した。")["120億円"]
    assert program != "前年度比3%増"


def test_the_budget_a_figure_is_stated_in_is_no_copulas_work():
    program, _, _ = _named("宮内庁の概算要求", "宮内庁は、来年度予算の概算要求で約215億円を計上すると発表した。")["215億円"]
    assert program != "来年度予算の概算要求"


@pytest.mark.parametrize("title, heading, program", [
    ("地域公共交通確保維持改善事業", "■事業の概要", "地域公共交通確保維持改善事業"),  # a section heading: the sheet's title names it
    ("令和8年度 予算の概要", "■事業の概要", None),  # a title that is no programme names none
    ("令和6年度 予算の概要", "■ 道路新設改良事業", "道路新設改良事業"),  # a programme's heading names it
])
def test_a_label_line_with_its_companion_is_named_by_its_heading_or_the_sheets_title(title, heading, program):
    assert _named(title, heading, "令和8年度予算額 82億円（前年度 80億円）")["82億円"][0] == program


def test_a_ministrys_sentence_under_a_sheets_title_gives_the_row_its_ministry():
    assert _named("介護テクノロジー導入支援事業", "厚生労働省が令和8年度概算要求で80億円を要求。")["80億円"][:2] == \
        ("介護テクノロジー導入支援事業", "厚生労働省")


@pytest.mark.parametrize("line, figure, program, ministry", [
    ("文部科学省は基幹ロケット高度化に180億円を計上した。", "180億円", "基幹ロケット高度化", "文部科学省"),
    ("国交省は流域治水対策事業に5273億円を要求した。", "5273億円", "流域治水対策事業", "国土交通省"),
    ("市は、道路改良事業に3億円を計上した。", "3億円", "道路改良事業", None),  # a local body: no ministry
])
def test_a_sentences_ministry_subject_is_its_named_works_ministry(line, figure, program, ministry):
    assert _named("令和8年度 関係予算の概要", line)[figure][:2] == (program, ministry)


@pytest.mark.parametrize("line, program", [
    ("地域公共交通確保事業 予算額：1,200万円（国土交通省補助）", "地域公共交通確保事業"),
    ("道路改良事業 当初予算額 3,000万円（前年度 2,500万円）", "道路改良事業"),
])
def test_a_name_then_the_figures_label_names_it(line, program):
    found = _named("主要事業（南谷町）", line)
    assert next(iter(found.values()))[0] == program
