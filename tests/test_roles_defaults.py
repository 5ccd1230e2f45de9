"""Amount roles by general conventions of a budget summary (issue 21, fourth pass): what a figure is when no word of
its own line says otherwise. Lines written for these tests in the style of municipal budget notices; variants and
near misses for each convention."""
from __future__ import annotations

import pytest

from tests.test_roles_shapes import amount, rows, run

#: a lead-in sentence (a change of the total), no budget title
LEAD = ("当初予算の総額は、前年度と比べて約17億円の減額になりました。", "■一般会計 歳出の特徴", "歳出:町が支払うお金",
        "目的別:「仕事の内容」で区分")


# -- a marked line without a figure heads the lines under it ------------------------------------------------

@pytest.mark.parametrize("heading", [
    "●令和6年度に行う主な事業と予算額",
    "○令和6年度の主な事業と予算",
    "・令和6年度当初予算の主な事業",
])
@pytest.mark.parametrize("item", ["学校給食支援事業:1億970万円", "高齢者等外出支援タクシー助成事業:1,955万5千円"])
def test_a_marked_line_without_figure_scopes_the_items_under_it(heading, item):
    found = run(*LEAD, heading, "多目的グラウンド整備事業:4億5,098万円", "電子マネー応援クーポン事業:8,983万円",
                "DX推進事業:1,096万円", item, "問い合わせ:財政課")
    m = found[-1]
    assert (m.role, m.fy) == ("budget", 2024)
    assert m.text in rows(found)


# (a marked line with a figure of its own, `●令和6年度に行う主な事業と予算額 4億円`, is no near miss since the
# fiscal-year pass: its stated year scopes the lines under it, so they read (budget, 2024) whichever rule fires;
# since the dated-scope pass (issue 21, scope18) a dated marked line with no figure, `●令和6年度の主な行事`, is
# also the innermost dated scope of its items: it gives them its year, never a role)
@pytest.mark.parametrize("heading, fy", [("●主な事業", None), ("●令和6年度の主な行事", 2024)])
def test_near_miss_a_marked_line_with_no_label_or_its_own_figure(heading, fy):
    found = run(*LEAD, heading, "多目的グラウンド整備事業:4億5,098万円", "DX推進事業:1,096万円", "学校給食支援事業:1億970万円")
    m = amount(found, "1億970万円")
    undated = amount(run(*LEAD, "●主な事業", "学校給食支援事業:1億970万円"), "1億970万円")
    # the marked line is no budget label: the item's role is the one it has under an undated heading
    assert (m.role, m.fy) == (undated.role, fy)


# -- a level after its percent change is the budget as it stands, not the change -----------------------------

TITLE = "令和6年度当初予算の概要"


@pytest.mark.parametrize("line, text", [
    ("一般会計の予算規模は、前年度に比べて 2.9%増の 2,574 億円となりました。", "2,574 億円"),
    ("市予算案、前年度比4.8%の総額449億7000万円", "449億7000万円"),
    ("歳出のうち、計画事業予算は、前年度に比べて 6.2%増の 601 億円です。", "601 億円"),
    ("町の予算総額は前年度比3.1%減の88億円です。", "88億円"),
])
def test_a_level_after_its_change_is_the_budget(line, text):
    found = run(TITLE, line)
    m = amount(found, text)
    assert m.role == "budget"
    assert text not in rows(found)  # a summary's total, no programme's row


@pytest.mark.parametrize("line, text", [
    ("歳入は、市税が前年度比1.3%増の160億9735万円。", "160億9735万円"),  # a revenue's level
    ("特別区税の合計は、前年度に比べて 1.0%増の 1,383 億円と見込みました。", "1,383 億円"),
    ("一般会計は前年度と比べて2,590万9千円の増額です。", "2,590万9千円"),  # the change itself
])
def test_near_miss_a_level_or_change_that_is_no_budget(line, text):
    assert amount(run(TITLE, line), text).role == "other"


# -- a whole-budget label on the line above a figure that opens its line; an account's name alone -------------

@pytest.mark.parametrize("above, line", [
    ("- 一般会計は、 27億270万円の追加、補正後の予算規模は", "1,134億1,446万円、前年同期比では 3.5%の増となりました。"),
    ("- 全会計では 29億4,204万円の追加、補正後の予算規模は", "1,936億7,693万円となりました。"),
])
def test_a_wrapped_whole_budget_label_reaches_the_figure(above, line):
    found = run("令和7年度9月補正予算の概要をお知らせします", "2 補正予算の規模", above, line)
    m = found[-1]
    assert m.role == "budget" and m.total_of
    assert m.text not in rows(found)


def test_near_miss_a_finished_sentence_above_gives_no_label():
    found = run("令和7年度9月補正予算の概要をお知らせします", "補正後の予算規模は次のとおりです。", "1,134億1,446万円")
    assert amount(found, "1,134億1,446万円").role_source != "scope" or amount(found, "1,134億1,446万円").total_of is None


@pytest.mark.parametrize("line", ["一般会計 72億500万円", "特別会計 48億円"])
def test_an_accounts_name_alone_labels_its_budget(line):
    found = run(line, "今年度の当初予算が決まりました。町全体の予算総額は120億円です。")
    m = found[0]
    assert (m.role, bool(m.total_of)) == ("budget", True)


@pytest.mark.parametrize("line", ["一般会計の繰越金 72億500万円", "一般会計から 5億円"])
def test_near_miss_more_than_an_accounts_name(line):
    found = run(line, "決算の状況をお知らせします。")
    assert found[0].role == "other"


# -- a supplementary session's name alone labels its whole --------------------------------------------------

@pytest.mark.parametrize("label", ["10月補正:", "12月補正予算 ", "6月補正額:"])
def test_a_session_name_labels_the_whole_supplementary(label):
    found = run("令和7年度一般会計補正予算が議会で承認されました。", f"{label}5,500万円", "□土木施設災害復旧事業 2,900万円",
                "□空き家対策事業に要する経費 150万円")
    assert amount(found, "5,500万円").role == "supplementary_budget"
    assert rows(found) == ["150万円", "2,900万円"]


@pytest.mark.parametrize("label", ["10月補正の除雪事業:", "土木施設災害復旧事業 "])
def test_near_miss_a_programme_of_a_session(label):
    found = run("令和7年度一般会計補正予算が議会で承認されました。", f"{label}5,500万円", "□空き家対策事業に要する経費 150万円")
    assert "5,500万円" in rows(found)


# -- a heading that states a budget per resident heads per-inhabitant conversions ----------------------------

@pytest.mark.parametrize("heading", ["◇町民1人に使われるお金", "■市民一人に使われる予算", "◆区民１人あたりの歳出"])
def test_a_per_resident_heading_heads_conversions(heading):
    found = run("令和6年度当初予算のあらまし", "■歳出", heading, "総務費:役場の管理運営など 281,411円", "民生費:社会福祉など 201,928円")
    assert [m.role for m in found] == ["other", "other"]
    assert rows(found) == []


@pytest.mark.parametrize("heading", ["◇町民の暮らしを支える事業", "◇1人1台端末の整備"])
def test_near_miss_a_heading_with_no_resident_per_head(heading):
    found = run("令和6年度当初予算のあらまし", "■歳出", heading, "地域振興事業 281,411円", "福祉支援事業 201,928円")
    assert [m.role for m in found] == ["budget", "budget"]


# -- an appropriation written with 盛り込む, as with 計上 ----------------------------------------------------

@pytest.mark.parametrize("verb", ["を盛り込んだ。", "を計上した。"])
def test_an_appropriation_verb_makes_the_figure_a_budget(verb):
    found = run("2023年度一般会計当初予算案を発表した。", f"本庁舎整備では、移転先候補の改修と、空いた庁舎の解体工事に5億5040万円{verb}")
    assert amount(found, "5億5040万円").role == "budget"


def test_near_miss_a_figure_not_after_ni():
    found = run("2023年度一般会計当初予算案を発表した。", "本庁舎整備では、解体費用5億5040万円のうち一部を盛り込んだ。")
    assert amount(found, "5億5040万円").role != "budget"


# -- last year's budget named in the figure's clause; a threshold; a grant's floor; 総額 after a supplementary ----

@pytest.mark.parametrize("line, text, role", [
    ("うち一般会計当初予算額が72億円となりました。前年度の当初予算額64億円に比べ、8億円の増額です。", "64億円", "previous_budget"),
    ("一般会計予算額は72億円、前年度予算額は64億円です。", "64億円", "previous_budget"),
    ("一般会計予算額は72億円、前年度比で予算額8億円の増です。", "8億円", "other"),  # near miss: a comparison
    ("一般会計の当初予算額は72億円です。", "72億円", "budget"),  # near miss: no year before
])
def test_last_years_budget_by_its_clause(line, text, role):
    assert amount(run(line), text).role == role


@pytest.mark.parametrize("item, role", [
    ("- 300万円以上の契約差金の減額", "other"),  # a threshold
    ("- 道路維持補修事業 300万円", "supplementary_budget"),  # near miss: an item's own figure
])
def test_a_threshold_takes_no_scope_role(item, role):
    found = run("令和7年度9月補正予算の概要をお知らせします", "1 補正予算の要点", "- 本年度中に事業化が必要な政策的経費",
                "- 国、県補助事業の内示に伴う経費", item)
    assert amount(found, "300万円").role == role


@pytest.mark.parametrize("line, text, role", [
    ("| 補助上限額 | 交付額の上限は原則2,000万円、下限は原則50万円です。 |", "50万円", "support"),
    ("補助金の上限は2,000万円、下限は50万円以上です。", "50万円", "support"),
    ("交付額の上限は原則2,000万円、下限は原則50万円です。補助率は2分の1以内です。", "50万円", "support"),
    ("研究費受入額が1,000万円以上の機関", "1,000万円", "other"),  # near miss: a threshold, no floor
])
def test_a_grants_floor_is_its_size(line, text, role):
    assert amount(run("伝統的工芸品産業支援補助金の解説", line), text).role == role


@pytest.mark.parametrize("title, role", [
    ("令和5年度補正予算の主要事業", "budget"),
    ("令和5年度当初予算の主要事業", "other"),  # near miss: a sum of the items under a regular budget stays other
])
def test_a_total_after_a_supplementary_is_the_budget(title, role):
    found = run(title, "◎令和5年度一般会計", "補正額 3億1,311万4千円", "総額 45億5,709万4千円")
    m = amount(found, "45億5,709万4千円")
    assert m.role == role
    assert "45億5,709万4千円" not in rows(found)


# -- the budget before and after a supplementary: 既定額, 追加額, 総額 ------------------------------------------

@pytest.mark.parametrize("lines, roles", [
    (("既定額 100億円", "追加額 3億円", "総額 103億円"), ["budget", "supplementary_budget", "budget"]),
    (("既定額 100億円", "補正額 3億円", "補正後 103億円"), ["budget", "supplementary_budget", "budget"]),
])
def test_before_and_after_a_supplementary(lines, roles):
    found = run("令和6年度12月補正予算の概要", "一般会計", *lines)
    assert [m.role for m in found] == roles
    assert rows(found) == []  # the budget as it stood, the whole supplementary and the budget after it: no programmes


def test_near_miss_an_item_of_the_supplementary_is_a_row():
    found = run("令和6年度12月補正予算の概要", "一般会計", "既定額 100億円", "・道路維持補修事業 3億円")
    assert rows(found) == ["3億円"]


# -- a name line ending as a programme or an expense is no grant's label -------------------------------------

@pytest.mark.parametrize("name", ["障害者自立支援給付費 |", "子育て支援事業", "移住支援経費"])
def test_a_programme_name_above_its_figure_is_no_grant(name):
    found = run("議会だより", name, "1億2,000万円 |")
    assert found[0].role != "support"


@pytest.mark.parametrize("name", ["補助上限額", "研究費", "支援額 |"])
def test_near_miss_a_grants_label_above_its_figure(name):
    found = run("議会だより", name, "500万円")
    assert found[0].role == "support"


# -- a description closed by its cost in brackets ------------------------------------------------------------

@pytest.mark.parametrize("line", ["道路を整備する(1億2,000万円)。", "子どもの医療費を無料にする（1億2,000万円）、",
                                  "市営住宅の改修工事(約1億2,000万円)"])
def test_a_description_closed_by_its_cost(line):
    found = run("令和5年度当初予算案を発表", "主な事業は次のとおり。", line)
    m = amount(found, line.split("(")[-1].split("（")[-1].split(")")[0].split("）")[0].lstrip("約"))
    assert (m.role, m.fy) == ("budget", 2023)


@pytest.mark.parametrize("line, role", [
    ("補助金は1世帯あたり(上限5万円)。", "support"),  # a grant's cap in brackets
    ("道路を整備する(1億2,000万円)。", "other"),  # no budget label over it
])
def test_near_miss_bracketed_figures_that_are_no_description_cost(line, role):
    title = "議会だより" if role == "other" and "整備" in line else "令和5年度当初予算案を発表"
    found = run(title, "主な事業は次のとおり。", line)
    assert found[-1].role == role


# -- items with their own figures under a side's breakdown heading (`歳出予算の主な内訳`) ----------------------

@pytest.mark.parametrize("heading", ["■歳出予算の主な内訳", "◆歳出の内訳", "■歳入予算の内訳"])
def test_items_under_a_sides_breakdown_heading_are_other(heading):
    found = run("令和4年度2月補正予算(専決)の概要", "補正の内容", heading, "- 除雪費 10億円", "- 退職手当 3億円")
    assert [m.role for m in found] == ["other", "other"]
    assert rows(found) == []


@pytest.mark.parametrize("heading", ["■歳出", "■主な歳出事業", "■補正予算の主な内容"])
def test_near_miss_items_under_a_side_or_programme_heading(heading):
    found = run("令和4年度2月補正予算(専決)の概要", "補正の内容", heading, "- 道路整備事業 10億円", "- 除雪事業 3億円")
    assert [m.role for m in found] == ["supplementary_budget", "supplementary_budget"]


# -- a supplementary's items in a speech: `…経費として、N円を増額` ------------------------------------------------

SPEECH = ("知事提案説明", "今回提案しました補正予算案について説明します。")


@pytest.mark.parametrize("line", ["まず、送迎バスの安全確保を促進する経費として、3億2,000万円を増額します。",
                                  "次に、観光振興を図る費用として3億2,000万円を追加します。",
                                  "また、道路の復旧工事に3億2,000万円を計上しました。"])
def test_a_supplementary_speechs_items(line):
    found = run(*SPEECH, line)
    assert amount(found, "3億2,000万円").role == "supplementary_budget"
    assert rows(found) == ["3億2,000万円"]


@pytest.mark.parametrize("title, line, role", [
    ("市長施政方針", "送迎バスの安全確保を促進する経費として、3億2,000万円を増額します。", "other"),  # no budget's kind
    (SPEECH[1], "送迎バスの運行経費として、利用者1人あたり3,000円を増額します。", "support"),  # a grant per head
    (SPEECH[1], "送迎バスの経費は、前年度から3億2,000万円を増額しました。", "other"),  # a change, not an item
])
def test_near_miss_speech_figures_that_are_no_item(title, line, role):
    found = run("知事提案説明", title, line)
    assert found[-1].role == role


# -- a flattened table: the name's cell on one line, its figure's cell on the next ----------------------------

@pytest.mark.parametrize("name, figure", [("障害者自立支援給付費 |", "1億2,000万円 |"), ("医療扶助費 |", "-4,570万円 |"),
                                          ("土地区画整理事業 ｜", "9,600万円 ｜")])
def test_a_flattened_tables_name_cell_owns_the_figure_below(name, figure):
    found = run("令和6年度一般会計補正予算(歳出)の主なもの", name, figure)
    assert found[0].role == "supplementary_budget"
    assert rows(found) == [found[0].text]


@pytest.mark.parametrize("name, figure", [("説明は次のとおりです。 |", "1億2,000万円 |"),
                                          ("障害者自立支援給付費 |", "1億2,000万円 | 2億円 |")])
def test_near_miss_no_name_cell_or_no_lone_figure(name, figure):
    found = run("令和6年度一般会計補正予算(歳出)の主なもの", name, figure)
    assert rows(found) != [found[0].text]


# -- a change in brackets beside a total is a change, not the total of another year ---------------------------

@pytest.mark.parametrize("line, change", [("一般会計 25億3,000万円(前年度比 1億2,000万円増)", "1億2,000万円"),
                                          ("総額は449億円(前年度比20億円増)。", "20億円")])
def test_a_bracketed_change_beside_a_total(line, change):
    assert amount(run("令和7年度当初予算", line), change).role == "other"


def test_near_miss_a_bracketed_total_of_another_stage():
    found = run("令和3年度補正予算の概要", "☆補正額 378億円(令和3年度11月補正383億円)")
    assert amount(found, "383億円").role == "supplementary_budget"
