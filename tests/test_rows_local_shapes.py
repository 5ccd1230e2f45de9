"""Years and programme names of local budget summaries written in ways earlier rules missed (issue 21, the shapes of
fresh7a/b): a 総括表 flattened one cell a line with its `|` kept, a lead-in that names the year's list of works, an
era-less year of an earlier clause, and names wrapped in mark boxes or a time clause. Lines written for these tests in
several issuers' styles, each with the near misses that must not change."""
from __future__ import annotations

import pytest

from extract.context.companions import bracketed_companions
from extract.context.inline_names import line_head, owner_before
from extract.context.labels import LineInfo
from extract.context.name_phrase import noun_phrase, uncut
from extract.model import Mention
from extract.normalize import normalize

from .helpers import amounts_by_text, mentions


def _found(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


def _piped(*cells: str) -> list[str]:
    """A `|` table flattened one cell a line: each cell closed by ` |`, an empty cell a `|` alone."""
    return [c if c in ("|", "---|---|---|---|---|---|") else f"{c} |" for c in cells]


# a 総括表 flattened one cell a line with its `|` kept: each cell takes its column's year, a change column the scope's
@pytest.mark.parametrize("lead, this, last, change, fy", [
    ("令和5年度における各会計の当初予算額は、次の表のとおりです。", "令和5年度(A)", "令和4年度(B)", "対前年度(A-B)", 2023),
    ("令和7年度当初予算総括表", "令和7年度", "令和6年度", "増減額", 2025),
    ("平成31年度 各会計当初予算の状況", "平成31年度当初", "平成30年度当初", "比較", 2019),
])
def test_a_piped_table_one_cell_a_line_gives_each_cell_its_column(lead, this, last, change, fy):
    found = _found(lead, *_piped(
        "会計名", this, last, change, "増減率", "|", "---|---|---|---|---|---|",
        "一般会計", "311億3,382万6千円", "302億8,047万9千円", "8億5,334万7千円増", "2.8%増", "|",
        "都市核地区土地区画整理事業特別会計", "16億3,950万7千円", "13億5,527万1千円", "2億8,423万6千円増", "21.0%増", "|", "|",
        "下水道事業会計", "15億 245万6千円", "12億4,652万8千円", "2億5,592万8千円増", "20.5%増"))
    assert found["311億3,382万6千円"] == ("budget", fy)
    assert found["302億8,047万9千円"] == ("previous_budget", fy - 1)
    assert found["8億5,334万7千円"][1] == fy  # a change: the scope year's
    assert found["16億3,950万7千円"] == ("budget", fy)  # a long account name is still a row's name
    assert found["13億5,527万1千円"] == ("previous_budget", fy - 1)
    assert found["12億4,652万8千円"] == ("previous_budget", fy - 1)


def test_a_piped_list_without_year_columns_is_left():
    found = _found("令和6年度当初予算の規模", *_piped("会計", "予算額", "|", "---|---|---|", "一般会計", "894億9,608万2千円",
                                                   "|", "特別会計", "312億1,420万4千円"))
    assert found["894億9,608万2千円"] == ("budget", 2024)
    assert found["312億1,420万4千円"] == ("budget", 2024)


def test_a_history_one_cell_a_line_dates_each_figure_by_the_year_above_it():
    found = _found("一般会計当初予算額の推移(南浦町)", "令和6年度 |", "52億3,000万円 |", "令和7年度 |", "54億1,000万円 |",
                   "令和8年度 |", "56億8,000万円 |")
    assert [found[t][1] for t in ("52億3,000万円", "54億1,000万円", "56億8,000万円")] == [2024, 2025, 2026]


# a lead-in that names the year's list of works states the year of every item below it
@pytest.mark.parametrize("lead", [
    "村が令和6年度に行う主な施策を紹介します。",
    "町の令和6年度の主な事業をお知らせします。",
    "令和6年度に取り組む重点施策は次のとおりです。",
])
def test_a_lead_in_naming_the_years_works_dates_its_items(lead):
    found = _found(lead, "■第1 持続可能な地域づくり", "1.未来を拓く村政", "▽特産品開発事業…500万円",
                   "地域の魅力発信を進めます。")
    assert found["500万円"][1] == 2024


def test_a_lead_in_that_names_no_list_of_works_gives_no_year():
    found = _found("令和6年度に村の人口は3,000人を下回りました。", "■第1 持続可能な地域づくり", "1.未来を拓く村政",
                   "▽特産品開発事業…500万円", "地域の魅力発信を進めます。")
    assert found["500万円"][1] != 2024


# an era-less year of an earlier clause dates that clause's work, not the figures after it
@pytest.mark.parametrize("year", ["21年度", "3年度"])
def test_an_eraless_year_of_an_earlier_clause_stays_there(year):
    found = _found("同村は14日、2022年度当初予算を示した。道路新設改良は工事費で1億5149万3000円を計上。",
                   "議会の説明によると、事業費は前年度並み。",
                   "道路の補修は例年どおり。",
                   f"{year}に設計を進めた北小は、工事費5861万9000円を計上。照明の改修工事を実施する。加えて、オイルタンク"
                   "設置工事を盛り込んだ。中学校整備では、防水修繕工事に向けて、工事費1500万4000円を確保している。")
    assert found["1500万4000円"][1] == 2022


def test_an_eraless_year_labelling_its_own_figure_still_dates_it():
    found = _found("県の令和6年度当初予算案がまとまった。",
                   "河川改修に6年度予算2億円を計上した。一方、5年度補正1億5千万円も執行する。")
    assert found["1億5千万円"] == ("supplementary_budget", 2023)


# mark boxes around a name: label boxes, not the programme's words
@pytest.mark.parametrize("written, name", [
    ("『新』魅力ある公園整備", "魅力ある公園整備"),
    ("《新》庁舎整備基本構想等策定", "庁舎整備基本構想等策定"),
    ("『レ』私道防犯灯工事補助の実施『3C』", "私道防犯灯工事補助の実施"),
    ("〈拡充〉放課後児童クラブ運営事業", "放課後児童クラブ運営事業"),
    ("【新】『拡』子育て支援事業", "子育て支援事業"),
    ("内水浸水想定区域図作成事業(新規)", "内水浸水想定区域図作成事業"),
    ("公民館改修事業（拡充）", "公民館改修事業"),
    ("【配水施設整備事業】事業費", "配水施設整備事業"),
    ("【地域水道整備事業】予算額:", "地域水道整備事業"),
    ("町道維持修繕事業(13路線)", "町道維持修繕事業"),  # a count in brackets after the name: a note
    ("防犯カメラ設置事業（4施設）", "防犯カメラ設置事業"),
])
def test_mark_boxes_are_no_part_of_a_name(written, name):
    assert noun_phrase(written) == name


@pytest.mark.parametrize("written", [
    "『絆』プロジェクト推進事業",  # a quoted word of the name, no label
    "《健康》ウォーキング事業",
    "（仮称）消防署手宮支署建設事業費",  # round brackets before a name stay
    "学校図書館整備費（小学校）",  # a bracket after the name that is no label word
    "大型巡視船1隻(3,500トン型)の新造",
    "【配水施設整備事業】水道管の布設替え",  # a box and a name of its own after it
    "【地域水道整備事業】総事業費",  # a plan's total over years after the box: no label of the year's figure
    "校舎改築事業(2期)",  # an ordinal, no count
    "大型巡視船(3,500トン型)",  # a type
])
def test_boxes_that_are_words_of_the_name_stay(written):
    assert noun_phrase(written) == written


# the time a sentence wraps around a name is no part of it
@pytest.mark.parametrize("written, name", [
    ("来年1月から再開する電気ガス料金への補助", "電気ガス料金への補助"),
    ("2019年1月から開始する収入保険制度に関係する予算", "収入保険制度に関係する予算"),
    ("令和7年度から開始する子育て支援事業", "子育て支援事業"),
    ("25年内に全部施行予定の競争促進法の迅速な運用", "競争促進法の迅速な運用"),
    ("会計年度任用職員の給与改定に伴う昨年4月からの遡及支給", "会計年度任用職員の給与改定に伴う遡及支給"),
])
def test_a_time_clause_before_a_name_is_cut(written, name):
    assert noun_phrase(written) == name


@pytest.mark.parametrize("written", [
    "令和6年能登半島地震に係る災害復旧事業",  # a year inside an event's name
    "2025年大阪・関西万博推進事業",
    "来年度新規事業",  # no clause: nothing is left to name
    "今年度から実施",
])
def test_a_year_of_the_name_itself_stays(written):
    assert noun_phrase(written) == written


def _programme(*texts: str) -> dict[str, str | None]:
    return {t: m.program for t, m in amounts_by_text(*texts).items() if m.role == "budget"}


# a heading that states its own figure, a label word and a quote around its name, a change bracket after the figure
@pytest.mark.parametrize("line, name", [
    ("■拡充 「こども医療費助成事業」 3億8,000万円(対前年度+4,500万円)", "こども医療費助成事業"),
    ("■新規 「GIGAスクール端末更新事業」 2億6,000万円(皆増)", "GIGAスクール端末更新事業"),
    ("◆継続 『地域公共交通確保事業』 8,000万円(前年度比+300万円)", "地域公共交通確保事業"),
])
def test_a_headings_label_word_and_quote_are_no_part_of_its_name(line, name):
    assert _programme("令和8年度 当初予算 主要施策 (北杜川市)", line)[line.split()[-1].split("(")[0]] == name


# a sheet's name field written with spaces instead of a colon (`事業名 X 予算額 N円`)
@pytest.mark.parametrize("line, figure, name", [
    ("事業名 公共施設LED化推進事業 予算額 6,300万円", "6,300万円", "公共施設LED化推進事業"),
    ("事業名 地域交通確保事業 要求額 1億2,000万円", "1億2,000万円", "地域交通確保事業"),
])
def test_a_spaced_name_field_names_the_sheets_figure(line, figure, name):
    assert _programme("令和8年度 当初予算 主な新規・拡充事業(三森市)", line)[figure] == name


def test_a_spaced_header_of_years_is_no_name_field():
    found = _programme("令和8年度 当初予算 主な新規・拡充事業(三森市)", "事業名 令和8年度 令和7年度",
                       "防災拠点整備 1億4,000万円 1億円")
    assert found["1億4,000万円"] == "防災拠点整備"


# news of a budget request names its works the way the list it flattens would
NEWS_LEAD = "農林水産省は、来年度(2025(令和7)年度)予算概算要求をまとめた。"


@pytest.mark.parametrize("line, names", [
    ("次いで、▽連続観測システムの高度化:7億2,200万円、▽地殻変動監視の推進:2億8,500万円、などとなっている。",
     {"7億2,200万円": "連続観測システムの高度化", "2億8,500万円": "地殻変動監視の推進"}),
    ("主な事業は、◇漁港の機能強化:30億円、◇藻場の保全:5億円となった。", {"30億円": "漁港の機能強化", "5億円": "藻場の保全"}),
])
def test_an_inline_items_name_sits_between_its_mark_and_colon(line, names):
    found = _programme(NEWS_LEAD, line)
    assert {t: found.get(t) for t in names} == names


@pytest.mark.parametrize("line, names", [
    ("既存の事業を「グリーン成長総合対策」(要求額は156億円)と「花粉症解決に向けた総合対策」(同35億円)に大括り化し、新規目玉事業として"
     "「森林の集約化モデル地域実証事業」(同3億円)を盛り込んだ。",
     {"156億円": "グリーン成長総合対策", "35億円": "花粉症解決に向けた総合対策", "3億円": "森林の集約化モデル地域実証事業"}),
    ("新たに「スマート漁業推進事業」(予算額 12億円)を計上した。", {"12億円": "スマート漁業推進事業"}),
])
def test_a_quote_with_its_labelled_bracket_names_the_figure(line, names):
    found = _programme(NEWS_LEAD, line)
    assert {t: found.get(t) for t in names} == names


@pytest.mark.parametrize("line, names", [
    ("一般公共事業の要求額は、森林整備事業が1,489億4,000万円、治山事業が740億7,300万円で、ともに18.8%増となっている。",
     {"1,489億4,000万円": "森林整備事業", "740億7,300万円": "治山事業"}),
    ("水産関係の要求額は、漁港整備事業が820億円、水産基盤整備交付金が110億円。",
     {"820億円": "漁港整備事業", "110億円": "水産基盤整備交付金"}),
])
def test_a_work_as_its_figures_subject_in_a_verbless_list_names_it(line, names):
    found = _programme(NEWS_LEAD, line)
    assert {t: found.get(t) for t in names} == names


def test_a_subject_that_is_no_work_names_no_figure():
    found = _programme(NEWS_LEAD, "要求総額は2兆6,389億円、公共事業が17.8%増の2,334億円となった。")
    assert found.get("2兆6,389億円") in (None, "")


@pytest.mark.parametrize("line, figure, name", [
    ("規制の改善にあたっては、研究事業に10億円(前年度当初予算額 9億円)と増額要求、また燃料デブリの臨界管理に係る評価手法の整備に"
     "7億5000万円(同 2億3300万円)を増額要求している。", "7億5000万円", "燃料デブリの臨界管理に係る評価手法の整備"),
    ("さらに、藻場の保全対策に3億円(同 2億円)を要求した。", "3億円", "藻場の保全対策"),
])
def test_a_figures_bracketed_note_does_not_hide_its_verb(line, figure, name):
    assert _programme(NEWS_LEAD, line)[figure] == name


# the object of an appropriating verb right after its figure names it (`Xを N円計上`)
@pytest.mark.parametrize("line, figure, name", [
    ("空き家対策の補助金を460万円計上。空き家のリフォームを助成します。", "460万円", "空き家対策の補助金"),
    ("原子力防災では緊急時安全対策交付金を236億6900万円要求して防災対策支援にあてる。", "236億6900万円", "緊急時安全対策交付金"),
    ("また、除雪車更新事業を2,400万円計上しました。", "2,400万円", "除雪車更新事業"),
])
def test_an_appropriating_verbs_object_names_its_figure(line, figure, name):
    assert _programme("令和6年度当初予算", line)[figure] == name


@pytest.mark.parametrize("line, figure", [
    ("なお、予算を3億円計上した。", "3億円"),  # the budget itself is no work
])
def test_an_object_that_names_no_work_names_no_figure(line, figure):
    assert _programme("令和6年度当初予算", line).get(figure) in (None, "")


# a clause that says what the work is (`…である`) is no part of its name
@pytest.mark.parametrize("written, name", [
    ("上皇ご夫妻が赤坂御用地に引っ越した後の住まいである仙洞御所の改修費", "仙洞御所の改修費"),
    ("本市の課題である子育て支援事業", "子育て支援事業"),
])
def test_an_apposition_before_a_name_is_cut(written, name):
    assert noun_phrase(written) == name


@pytest.mark.parametrize("written", ["拠点である公民館", "重要である"])
def test_an_apposition_before_no_work_stays(written):
    assert noun_phrase(written) == written


def _rows(*texts: str) -> set[str]:
    return {t for t, m in amounts_by_text(*texts).items() if m.role == "budget" and not m.total_of}


# an enterprise's side as its sentence's topic, however described before it, states the side's total: no programme's row
@pytest.mark.parametrize("line, figure", [
    ("事業の運営や施設の管理に関わる収益的支出は、49億7200万円を計上し、前年度より200万円の増額となります。", "49億7200万円"),
    ("施設の新設や改良に関わる資本的支出は、42億1300万円を計上しました。", "42億1300万円"),
    ("下水道の維持管理にかかる営業費用は、12億円を見込んでいます。", "12億円"),
])
def test_an_enterprise_sides_topic_gives_no_programme_row(line, figure):
    found = amounts_by_text("令和6年度 水道事業会計予算のあらまし", line)
    assert found[figure].role != "budget" or found[figure].total_of


def test_a_works_topic_still_gives_its_row():
    assert "3億2164万円" in _rows("令和6年度 水道事業会計予算のあらまし", "配水管の布設替え工事は、3億2164万円を計上しました。")


# a quoted purpose that opens an item names its figure, the figure's own change before it in the clause
@pytest.mark.parametrize("line, figure, name", [
    ("②「石油・天然ガスの安定供給確保」のため、上流開発の脱炭素化等として201.4億円増の2,588.8億円を要求。", "2,588.8億円",
     "石油・天然ガスの安定供給確保"),
    ("③「水素社会の実現」のため、技術開発実証に15億円減の120億円を要求。", "120億円", "水素社会の実現"),
])
def test_a_quoted_purpose_names_its_items_figure(line, figure, name):
    assert _programme("経産省来年度予算概算要求", "①令和5年度予算の概算要求を発表しました。", line)[figure] == name


def test_a_figure_before_the_change_keeps_its_own_clause():
    found = _programme("経産省来年度予算概算要求", "①令和5年度予算の概算要求を発表しました。",
                       "②「供給確保」のため、備蓄事業に30億円、技術開発に201.4億円増の588.8億円を要求。")
    assert found["30億円"] == "備蓄事業"


# a name some rule cut inside its purpose clause is read back to its clause's start
@pytest.mark.parametrize("before, name, whole", [
    ("「物価高への対応」には3兆円、ガソリンなどの価格を抑えるための補助事業に", "ための補助事業",
     "ガソリンなどの価格を抑えるための補助事業"),
    ("また、通学の安全を守るための防犯カメラ設置に", "ための防犯カメラ設置", "通学の安全を守るための防犯カメラ設置"),
])
def test_a_name_cut_inside_its_purpose_clause_is_made_whole(before, name, whole):
    assert uncut(before, name) == whole


@pytest.mark.parametrize("before, name", [("町内のため池の改修に", "ため池の改修"), ("ため池の改修に", "ため池の改修")])
def test_a_name_that_opens_with_a_word_of_its_own_stays(before, name):
    assert uncut(before, name) == name


# a sentence's topic written `Xについては` names its one figure
@pytest.mark.parametrize("line, figure, name", [
    ("橋梁維持事業については6141万9000円を計上している。", "6141万9000円", "橋梁維持事業"),
    ("消防団運営事業については、820万円を確保した。", "820万円", "消防団運営事業"),
])
def test_a_topic_written_with_nitsuitewa_names_its_figure(line, figure, name):
    assert _programme("同村は14日、2022年度当初予算を示した。", line)[figure] == name


def test_a_topic_of_two_figures_names_neither():
    found = _programme("同村は14日、2022年度当初予算を示した。", "道路事業については、改良に3000万円、補修に800万円を計上した。")
    assert found.get("3000万円") != "道路事業"


# a line that is a budget's label alone states the whole the document reports, no programme's row
@pytest.mark.parametrize("texts, figure", [
    (("令和7年度補正予算の概要 (○○庁)", "補正予算額 1,280億円", "(1)半導体サプライチェーン強靭化支援 620億円"), "1,280億円"),
    (("令和8年度 概算要求の概要", "令和8年度要求額 512億円", "・地方誘客促進事業 38億円", "・観光DX推進事業 12億円"), "512億円"),
    (("令和6年度 一般会計補正予算(第3号)の概要", "○補正予算額:3億2,000万円", "・道路維持補修事業 1億円"), "3億2,000万円"),
])
def test_a_label_alone_line_is_no_programmes_row(texts, figure):
    assert figure not in _rows(*texts)


@pytest.mark.parametrize("texts, figure", [
    (("事業費", "要求額:9,596千円 (前年度予算額 6,793千円)", "事業内容", "【目的】", "国と市町村との連絡調整に必要とする経費"),
     "9,596千円"),  # a one-programme sheet: its label line is the programme's figure
    (("日ASEAN科学技術・イノベーション協働連携", "事業実施期間 5年程度", "令和5年度補正予算額 146億円",
      "※このほか同基金に関連事業に係る570億円を計上。"), "146億円"),  # a slide's: a larger figure after it is no item
])
def test_a_label_line_with_no_items_under_it_keeps_its_row(texts, figure):
    assert figure in _rows(*texts) or figure in {t for t, m in amounts_by_text(*texts).items()
                                                 if m.role == "supplementary_budget" and not m.total_of}


@pytest.mark.parametrize("texts, figure", [
    (("令和8年度 地域公共交通確保維持改善事業", "予算額 208億円"), "208億円"),
    (("令和8年度 再生可能エネルギー導入加速化事業", "予算額 1,520億円（うちエネルギー対策特別会計 1,380億円、一般会計 140億円）",
      "補助上限：1件あたり 5億円", "前年度予算額 1,210億円"), "1,520億円"),
    (("令和８年度 観光DX推進事業", "要求額 45億円(前年度 38億円)", "補助率 1/2"), "45億円"),
])
def test_a_programme_sheets_label_line_is_its_row(texts, figure):
    assert figure in _rows(*texts)


def test_a_programme_sheets_label_line_keeps_its_row():
    found = amounts_by_text("令和8年度 当初予算 事業説明書", "事業名:地域交通確保事業", "予算額 1億2,000万円")
    assert found["1億2,000万円"].program == "地域交通確保事業" and not found["1億2,000万円"].total_of


# a programme that owns the figure after `の`, and an unmarked line that opens with a programme's name and its label boxes
def _line(text: str, figure: str) -> tuple[LineInfo, Mention]:
    amounts = [m for m in mentions("令和8年度 当初予算", text) if m.kind == "amount" and m.line_index == 1]
    return LineInfo(normalize(text).text, amounts), next(m for m in amounts if m.text == figure)


@pytest.mark.parametrize("line, figure, name", [
    ("主な事業は、認定こども園建設事業の8億円です。", "8億円", "認定こども園建設事業"),
    ("目玉は防災行政無線デジタル化事業の1億500万円。", "1億500万円", "防災行政無線デジタル化事業"),
])
def test_a_programme_owning_its_figure_after_no_names_it(line, figure, name):
    assert owner_before(*_line(line, figure)) == name


@pytest.mark.parametrize("line, figure", [("一般会計の予算の8億円", "8億円"), ("総額の12億円を計上", "12億円")])
def test_a_whole_owning_its_figure_names_nothing(line, figure):
    assert owner_before(*_line(line, figure)) is None


@pytest.mark.parametrize("line, figure, name", [
    ("若者定住家賃補助事業 【新規】 840万円 (月額上限2万円を最長3年間)", "840万円", "若者定住家賃補助事業"),
    ("空き家改修補助金 【拡充】 300万円 (1件あたり上限50万円)", "300万円", "空き家改修補助金"),
])
def test_an_unmarked_line_opening_with_a_programme_names_its_first_figure(line, figure, name):
    assert line_head(*_line(line, figure)) == name


@pytest.mark.parametrize("line, figure", [
    ("若者定住家賃補助事業 【新規】 840万円 (月額上限2万円を最長3年間)", "2万円"),  # not the line's first figure
    ("今年度は 【新規】 840万円を計上", "840万円"),  # no programme's name
])
def test_a_line_head_names_only_its_first_figure_after_a_programme(line, figure):
    assert line_head(*_line(line, figure)) is None


# the figure in brackets after a total is that total's companion (another year or stage), unless the bracket breaks it down
def _companion(text: str, total: str, figure: str) -> tuple[str | None, str | None]:
    info, first = _line(text, total)
    second = next(m for m in info.amounts if m.text == figure)
    first.total_of, first.role, second.total_of = "(whole)", "budget", None
    bracketed_companions([(first, None, None, 1), (second, None, None, 1)], [info, info])
    return second.role, second.total_of


@pytest.mark.parametrize("text, total, figure", [
    ("支出237億円(人件費47億円、維持管理費等95億円、公債費95億円)", "237億円", "47億円"),
    ("一般会計 412億円(民生費120億円、土木費60億円)", "412億円", "120億円"),
])
def test_a_bracket_that_breaks_a_total_down_holds_no_companion(text, total, figure):
    assert _companion(text, total, figure)[1] is None


@pytest.mark.parametrize("text, total, figure", [
    ("補正額 378億円(令和3年度11月補正383億円)", "378億円", "383億円"),
    ("当初予算額 412億円(前年度 398億円)", "412億円", "398億円"),
])
def test_a_bracket_of_another_year_or_stage_holds_its_companion(text, total, figure):
    assert _companion(text, total, figure)[1] == "(whole)"


def test_an_era_abbreviation_before_a_label_is_still_a_year():
    assert _found("宇宙関係予算について", "R5当初予算 3億円", "・衛星開発事業 2億円")["2億円"][1] == 2023


# a lead-in's year of a past result is no year of the budget it names
def test_a_results_year_in_a_sheets_lead_in_dates_no_budget():
    found = _found("文化芸術創造拠点形成事業", "予算額 28億円（26億円）", "採択件数（令和6年度実績）72件、交付決定額 計19億円")
    assert found["28億円"] == ("budget", None) and found["26億円"] == ("previous_budget", None)


def test_a_budgets_own_year_in_the_lead_in_still_dates_it():
    found = _found("令和8年度 文化芸術創造拠点形成事業", "予算額 28億円（26億円）", "採択件数（令和6年度実績）72件")
    assert found["28億円"] == ("budget", 2026)


# a line that is the year's label alone under a boxed work is that work's figure
@pytest.mark.parametrize("above, line, figure, name", [
    ("【浄水場更新事業】総事業費:120億円（令和8年度～令和14年度）", "令和8年度事業費:8億円", "8億円", "浄水場更新事業"),
    ("【下水道管渠改築事業】全体事業費 45億円", "予算額 3億2,000万円", "3億2,000万円", "下水道管渠改築事業"),
    ("【市民体育館改修事業】総事業費 12億円(令和8～10年度)", "本年度事業費 4億円", "4億円", "市民体育館改修事業"),
])
def test_a_label_line_under_a_boxed_work_is_its_figure(above, line, figure, name):
    assert _programme("令和8年度 水道事業の主な事業（西川市）", above, line)[figure] == name


# the budget a figure was appropriated in, named after it in its sentence, is the figure's year
@pytest.mark.parametrize("line, figure, fy", [
    ("なお、設計費1,500万円は令和7年度9月補正予算に計上済みです。", "1,500万円", 2025),
    ("用地取得費3億円は、既に令和7年度当初予算に計上しています。", "3億円", 2025),
    ("実施設計費2,000万円は令和7年度補正予算で措置済みです。", "2,000万円", 2025),
])
def test_the_budget_a_figure_was_appropriated_in_gives_its_year(line, figure, fy):
    assert _found("令和8年度 当初予算の概要（北里市）", "・学校プール改修事業 1億2,000万円", line)[figure][1] == fy


@pytest.mark.parametrize("line, figure", [
    ("工事費1億円は令和7年度に比べて増えています。", "1億円"),  # a comparison, no budget it was appropriated in
    ("補助金300万円は令和7年度から継続する。", "300万円"),
])
def test_a_year_after_a_figure_that_names_no_budget_it_is_in_gives_none(line, figure):
    assert _found("令和8年度 当初予算の概要（北里市）", line)[figure][1] == 2026


# a pillar numbered by a Roman numeral over numbered measures with smaller budgets sums them: no programme's row
@pytest.mark.parametrize("texts, pillar, item", [
    (("令和8年度 国土交通省関係予算（案）の概要", "Ⅰ 防災・減災、国土強靱化の推進 3,210億円",
      "　1. 流域治水対策の推進 1,250億円（1,180億円）", "　2. インフラ老朽化対策 860億円（792億円）", "Ⅱ 地域の活性化 540億円",
      "　1. 地方創生拠点整備交付金 300億円（新規）"),
     "3,210億円", "1,250億円"),
    (("令和8年度 農林水産予算の概要", "Ⅲ．農業の持続的発展 2,100億円", "(1) 担い手育成確保対策 420億円", "(2) 農地集積の加速化 180億円"),
     "2,100億円", "420億円"),
])
def test_a_roman_numbered_pillar_is_no_programmes_row(texts, pillar, item):
    rows = _rows(*texts)
    assert pillar not in rows and item in rows


def test_a_roman_numbered_programme_with_no_measures_under_it_keeps_its_row():
    rows = _rows("令和8年度 主要事業の概要", "Ⅰ 地方創生拠点整備交付金 300億円", "地域の拠点施設の整備を支援する。",
                 "Ⅱ 観光地域づくり推進事業 45億円")
    assert {"300億円", "45億円"} <= rows


# figures listed in one sentence, each with its previous year bracketed, share the sentence's verb
@pytest.mark.parametrize("line, names", [
    ("脱炭素先行地域づくりに420億円（360億円）、循環経済の推進に85億円（72億円）を要求。",
     {"420億円": "脱炭素先行地域づくり", "85億円": "循環経済の推進"}),
    ("漁港の機能強化に30億円（28億円）、藻場の保全に5億円（4億円）を計上。", {"30億円": "漁港の機能強化", "5億円": "藻場の保全"}),
])
def test_listed_figures_with_previous_brackets_share_the_verb(line, names):
    found = _programme("令和8年度 概算要求のポイント（環境省）", line)
    assert {t: found.get(t) for t in names} == names


# a name the line break cut in two is joined again where one word runs across the break
@pytest.mark.parametrize("above, line, figure, name", [
    ("うち青年就農給", "付金 122億円", "122億円", "青年就農給付金"),
    ("うち地域おこし協力隊交", "付金 3億円", "3億円", "地域おこし協力隊交付金"),
])
def test_a_name_broken_over_a_line_is_joined(above, line, figure, name):
    assert _programme("平成27年度 農林水産予算の重点事項", "農業経営者教育の強化", above, line)[figure] == name


@pytest.mark.parametrize("above, line, figure", [("森林の整備", "林業 122億円", "122億円"), ("■農業の強化", "・林業 8億円", "8億円")])
def test_a_short_name_under_a_whole_line_stays(above, line, figure):
    assert _programme("平成27年度 農林水産予算の重点事項", above, line)[figure] == "林業"


# a programme sheet's title that writes the year before the programme names its label line's figure
@pytest.mark.parametrize("title, line, figure, name", [
    ("令和8年度 地域公共交通確保維持改善事業", "予算額 208億円", "208億円", "地域公共交通確保維持改善事業"),
    ("2026年度 再生可能エネルギー導入加速化事業", "要求額 1,520億円", "1,520億円", "再生可能エネルギー導入加速化事業"),
])
def test_a_title_of_year_and_programme_names_its_sheet(title, line, figure, name):
    assert _programme(title, line)[figure] == name


def test_a_title_of_year_and_summary_names_no_programme():
    assert _programme("令和8年度 予算の概要", "予算額 208億円").get("208億円") in (None, "")


# a figure's label before it (`事業費 8億円`) is no name: the sheet's name field above names it
@pytest.mark.parametrize("field, line, figure", [
    ("事業名：県立病院電子カルテ更新事業", "事業費 8億4,000万円（前年度 2億1,000万円）", "8億4,000万円"),
    ("事業名:地域交通確保事業", "予算額 1億2,000万円(前年度 1億円)", "1億2,000万円"),
])
def test_a_label_before_the_figure_yields_to_the_name_field(field, line, figure):
    assert _programme("令和8年度 県の主要事業", field, line)[figure] == field.split("：")[-1].split(":")[-1]


# a budget figure of an earlier year bracketed beside the line's figure is set there for comparison: no row of its own
@pytest.mark.parametrize("texts, figure, companion", [
    (("令和7年度 11月補正予算（案）のポイント（丸山県）", "補正予算額 186億円（令和6年度11月補正 172億円）",
      "(1) 医療・介護施設等への支援金 42億円"), "42億円", "172億円"),
    (("省力化投資補助事業", "令和7年度補正予算額 3,000億円（令和6年度補正予算額 1,000億円）"), "3,000億円", "1,000億円"),
])
def test_an_earlier_years_figure_in_brackets_is_no_row(texts, figure, companion):
    rows = _rows(*texts) | {t for t, m in amounts_by_text(*texts).items() if m.role == "supplementary_budget" and not m.total_of}
    assert figure in rows and companion not in rows


def test_a_later_years_figure_in_brackets_keeps_its_row():
    texts = ("令和7年度 補正予算の概要", "・防災拠点整備事業 補正額 3億円（令和8年度当初予算 5億円）")
    found = amounts_by_text(*texts)
    assert not found["5億円"].total_of or found["5億円"].total_of != "(earlier year beside it)"
