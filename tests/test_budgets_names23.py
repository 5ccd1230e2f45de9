"""The budgets table's programme names of rows23 (issue 21): a paragraph that opens with the work it is about
(`…事業として、`, `…事業は`) and gives that work's figure further on by a label alone (`事業費は約…`, `事業費…を計上`):
the label points back to the paragraph's topic. Written in other issuers' wordings, with near misses (a body as the
topic, a budget's other figure between, a label with more words, a total)."""
from __future__ import annotations

import pytest

from .test_roles_shapes import amount, rows, run

TITLE = "令和6年度一般会計補正予算案の概要"


@pytest.mark.parametrize("line, figure, name", [
    ("子ども食堂運営支援事業として、市内で食堂を開く団体に上限30万円を助成する。事業費約480万円を計上する。",
     "480万円", "子ども食堂運営支援事業"),
    ("路線バス維持確保事業は今年で3年目。赤字路線の運行を支える。事業費は2億3千万円。", "2億3千万円", "路線バス維持確保事業"),
    ("さらに、空き家改修補助事業として、1件あたり最大50万円を補助し、移住者の住まいを確保する。事業費は約1200万円。",
     "1200万円", "空き家改修補助事業"),
    ("省エネ家電買替促進事業では、購入額の2割(上限5万円)を還元する。予算額は3,600万円。", "3,600万円", "省エネ家電買替促進事業"),
])
def test_a_label_alone_takes_the_paragraphs_topic(line, figure, name):
    assert amount(run(TITLE, line), figure).program == name


@pytest.mark.parametrize("line, figure, topic", [
    # near misses: a body or a person as the topic names no programme
    ("市長は、物価高騰への対応を最優先とした。事業費は約8000万円。", "8000万円", "市長"),
    ("本市としては、国の交付金を活用する。事業費は約8000万円。", "8000万円", "本市"),
    # a budget's other figure stands between: the label may be that one's
    ("防災倉庫整備事業は、備蓄品購入に700万円を計上。事業費は約8000万円。", "8000万円", "防災倉庫整備事業"),
    # the label clause holds more words: that clause names its own figure
    ("防犯カメラ設置事業として、通学路に20台を設ける。消耗品の購入費は約90万円。", "90万円", "防犯カメラ設置事業"),
])
def test_near_misses_keep_the_topic_off(line, figure, topic):
    assert amount(run(TITLE, line), figure).program != topic


def test_a_total_stays_out():
    found = amount(run(TITLE, "今回の補正予算は総額3億5千万円。事業費は約3億5千万円となる。"), "3億5千万円")
    assert found.program is None or "補正予算" not in found.program


# -- a breakdown's quoted items, each with its level after its change (`「A」が同91%増の162億円、「B」が…`) ---------------------

LIST = ("文化庁の要求の内訳は、「文化財の保存活用と継承」が同12%増の418億5千万円、「芸術文化の振興」が前年度比8%増の"
        "206億円、「国立文化施設の機能強化」が同3%増の112億4千万円など。")


@pytest.mark.parametrize("figure, name", [
    ("418億5千万円", "文化財の保存活用と継承"), ("206億円", "芸術文化の振興"), ("112億4千万円", "国立文化施設の機能強化"),
])
def test_each_quoted_item_of_a_breakdown_is_its_own_row(figure, name):
    found = run("令和7年度 文化庁予算概算要求の概要", LIST)
    assert figure in rows(found)
    assert amount(found, figure).program == name


@pytest.mark.parametrize("line, figure", [
    # near misses: an account or a ministry as the subject of its level stays a whole
    ("一般会計は前年度比3%増の412億円となった。", "412億円"),
    ("文化庁の要求額は同9%増の1,350億円。", "1,350億円"),
])
def test_near_misses_a_whole_as_the_subject_stays_out(line, figure):
    assert figure not in rows(run("令和7年度 予算概算要求の概要", line))


def test_a_quoted_name_with_a_change_keeps_only_the_name():
    from extract.context.owned_figures import quoted_level
    assert quoted_level("内訳は、「観光統計の整備」が同7%増の") == "内訳は、「観光統計の整備」"
    assert quoted_level("「観光統計の整備」に") == "「観光統計の整備」に"  # no level: as given
    assert quoted_level("「観光統計」の整備費は同7%増の") == "「観光統計」の整備費は同7%増の"  # the quote is no subject


# -- a named work's level after its change, said `…について`: its own figure (`…経費について411%増の3143億円の確保`) -----------

@pytest.mark.parametrize("line, figure, name", [
    ("厚生労働省は、水道管の更新を加速するため、上水道施設の耐震化に関する経費について同58%増の912億円を要求した。",
     "912億円", "上水道施設の耐震化に関する経費"),
    ("農林水産省は、ため池の防災工事等推進事業については前年度比21%増の140億円の確保を目指す。", "140億円", "ため池の防災工事等推進事業"),
    # a comma after について changes nothing (`…事業について、前年度比…`)
    ("環境省は、脱炭素先行地域づくり支援事業について、前年度比40%増の18億円を要求した。", "18億円", "脱炭素先行地域づくり支援事業"),
    ("国土交通省は、流域治水対策事業については、同12%増の760億円を要求した。", "760億円", "流域治水対策事業"),
])
def test_a_named_works_level_said_about_it_takes_its_name(line, figure, name):
    found = run("令和7年度予算概算要求の概要", line)
    assert figure in rows(found)
    assert name in (amount(found, figure).program or "")


@pytest.mark.parametrize("line, figure", [
    # near misses: a revenue or a whole said `について` is no work of the budget's
    ("市税収入について前年度比2%増の312億円を見込む。", "312億円"),
    ("一般会計については前年度比3%増の412億円となった。", "412億円"),
    ("個人住民税について、前年度比4%増の95億円を見込む。", "95億円"),
])
def test_near_misses_a_revenue_or_a_whole_said_about_stays_unnamed(line, figure):
    found = amount(run("令和7年度予算概算要求の概要", line), figure)
    assert found.program is None or found.program not in ("市税収入", "一般会計")


# -- an expense class alone as the figure's clause, the sentence's topic the work (`…は工事費で1億円を計上`) --------------------

@pytest.mark.parametrize("line, figure, name", [
    ("町道新設改良は工事費で2億3400万円を計上した。", "2億3400万円", "町道新設改良"),
    ("体育館改修では、屋根の防水と照明の更新に向けて、委託料850万円を確保している。", "850万円", "体育館改修"),
    ("また、消防団詰所整備は用地購入費として1200万円を盛り込んだ。", "1200万円", "消防団詰所整備"),
])
def test_an_expense_class_alone_takes_the_sentences_topic(line, figure, name):
    assert amount(run("令和5年度当初予算の概要", line), figure).program == name


@pytest.mark.parametrize("line, figure, topic", [
    # near misses: a body, an account or another class as the topic; a second figure in the sentence
    ("村は工事費で3億円を計上した。", "3億円", "村"),
    ("一般会計は工事費で3億円を計上した。", "3億円", "一般会計"),
    ("道路橋りょう費は工事費で3億円、委託料で4000万円を計上した。", "3億円", "道路橋りょう費"),
])
def test_near_misses_keep_the_class_topic_off(line, figure, topic):
    assert amount(run("令和5年度当初予算の概要", line), figure).program != topic
