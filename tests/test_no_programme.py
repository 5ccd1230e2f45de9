"""Budget figures no programme owns are no budgets rows (issue 21, totals convention): a financing source or an
expenditure class named as the figure's item, a headline's figure, a page of balances, an aggregate of a field or a
nation. Probe lines written in the style of other issuers (a town's bulletin, a prefecture's summary, a news headline, a
council's fund table), each with near misses that stay rows."""
from __future__ import annotations

import pytest

from extract.context.no_programme import _balance_pages, financing_or_class
from extract.model import Line

from .test_roles_shapes import rows, run

SUPPLEMENTARY, BUDGET = "令和7年度一般会計補正予算(第3号)の概要", "令和7年度当初予算の概要"


@pytest.mark.parametrize("title, lines, figure", [
    (SUPPLEMENTARY, ["■歳入", "・一般財源 3億2,000万円"], "3億2,000万円"),
    (BUDGET, ["◆歳入の主なもの", "▽町債 1億4,500万円"], "1億4,500万円"),
    (BUDGET, ["○県支出金 8,200万円"], "8,200万円"),
    (BUDGET, ["●目的別の主な増減", "▽土木費 2億6,000万円"], "2億6,000万円"),
    (BUDGET, ["・民生費 12億円"], "12億円"),
])
def test_a_financing_source_or_an_expenditure_class_is_no_row(title, lines, figure):
    assert figure not in rows(run(title, *lines))


@pytest.mark.parametrize("title, lines, figure", [
    (SUPPLEMENTARY, ["・財源確保対策事業 1,000万円"], "1,000万円"),  # a programme about financing
    (SUPPLEMENTARY, ["・公共下水道事業繰出金 5,000万円"], "5,000万円"),  # a transfer out is spending
    (BUDGET, ["・土木費の道路維持補修工事 2億6,000万円"], "2億6,000万円"),  # a work under its class
])
def test_a_programme_near_a_source_or_class_stays_a_row(title, lines, figure):
    assert figure in rows(run(title, *lines))


@pytest.mark.parametrize("lines, figure", [
    (["〇〇町の補正予算案まとまる 過去最大の12億円", "町は10日、補正予算案を発表した。", "・道路の舗装補修に1億円"], "12億円"),
    (["県が新年度予算案 総額8,200億円", "県は5日、当初予算案を発表した。", "○県立病院の建替えに42億円を計上した。"], "8,200億円"),
])
def test_a_headlines_figure_is_the_whole_it_reports(lines, figure):
    assert figure not in rows(run(*lines))


@pytest.mark.parametrize("lines", [
    ["町補正予算案 学校給食費無償化事業 1億円", "町は10日、補正予算案を発表した。", "・調理員の人件費に2,000万円"],
    # a one-programme sheet whose first line states its budget: nothing smaller follows but its breakdown
    ["令和7年度当初予算 地域の公共交通を守る 1億円", "・運行委託料 8,000万円(内訳)"],
    # the headline names the work its figure goes to
    ["町が補正予算案、子ども医療費助成の拡充に1億円", "町は10日、補正予算案を発表した。", "・システム改修に2,000万円"],
])
def test_a_headline_that_names_a_programme_or_heads_its_sheet_keeps_its_row(lines):
    assert "1億円" in rows(run(*lines))


@pytest.mark.parametrize("line, figure", [
    ("政府全体のAI関連予算は約1,600億円に上る。", "1,600億円"),
    ("令和7年度単年で約900億円の脱炭素関係予算を確保した。", "900億円"),
    ("5年間で20億ユーロ(約3,200億円)の国家予算を投じる。", "3,200億円"),
])
def test_an_aggregate_of_a_field_or_a_nation_is_no_row(line, figure):
    assert figure not in rows(run(BUDGET, line))


def test_a_programme_that_an_aggregates_name_only_frames_stays_a_row():
    found = run(BUDGET, "AI関連予算の中核となる計算資源整備事業に400億円を計上した。")
    assert "400億円" in rows(found)


@pytest.mark.parametrize("first, balance", [
    ("基 金 現 在 高 調", True),
    ("3．基金残高一覧", True),
    ("令和8年度当初予算の概要", False),
    ("財政調整基金の残高は年度末に20億円となる見込みで、取崩しを抑えて健全な財政運営を図ります。", False),  # a sentence, no title
])
def test_a_page_titled_by_a_balance_holds_no_budget(first, balance):
    lines = [Line(first, 2, None, 0), Line("土地開発基金 180,452千円", 2, None, 1)]
    assert (_balance_pages(lines) == {2}) is balance


@pytest.mark.parametrize("name, no_programme", [
    ("一般財源", True), ("自主財源", True), ("繰入金", True), ("村債", True), ("総務費", True), ("▽教育費", True),
    ("子ども医療費助成事業", False), ("教育費負担軽減事業", False), ("ふるさと納税推進事業", False), (None, False),
])
def test_financing_or_class_by_name(name, no_programme):
    assert financing_or_class(name) is no_programme


@pytest.mark.parametrize("name, no_programme", [
    ("市民税", True), ("固定資産税", True), ("国庫補助金", True), ("県補助金", True),
    ("地方特例交付金", False),  # the state pays it out: a programme of the national budget
    ("２款 総務費", True), ("３項 児童福祉費", True), ("1目 一般管理費", True),  # a budget book's numbered classes
    ("3項目の支援事業", False), ("2款目", False),
    ("臨時財政対策債", True), ("除雪車購入事業債", True), ("公債費", True), ("国債整理基金繰入", False),
    ("商店街活性化補助金", False), ("住宅リフォーム補助金", False), ("地域公共交通確保交付金", False),
])
def test_revenue_items_named_like_programmes(name, no_programme):
    assert financing_or_class(name) is no_programme


@pytest.mark.parametrize("line, figure", [
    ("国の交付金のうち本市への配分額は12億円程度と見込んでいます。", "12億円"),
    ("県からの交付見込額は3,000万円です。", "3,000万円"),
])
def test_a_sum_another_body_allots_is_no_row(line, figure):
    assert figure not in rows(run("令和7年度11月補正予算案について", line))


def test_a_programme_funded_by_an_allotment_stays_a_row():
    found = run("令和7年度11月補正予算案について", "交付金の配分を受け、学校給食費の支援に12億円を計上しました。")
    assert "12億円" in rows(found)


@pytest.mark.parametrize("first", ["基金積立金と残高の見込み", "残高照会システム更新事業", "地方債残高を減らす取組"])
def test_a_title_that_only_mentions_a_balance_is_no_balance_page(first):
    lines = [Line(first, 3, None, 0), Line("○ 公共施設整備基金積立金 2億円", 3, None, 1)]
    assert _balance_pages(lines) == set()


@pytest.mark.parametrize("first", ["地方債残高の状況", "４．基金現在高一覧"])
def test_a_title_that_is_a_statement_of_balances_is_one(first):
    assert _balance_pages([Line(first, 5, None, 0)]) == {5}


def test_an_allotment_with_a_bracketed_note_is_no_row():
    found = run("令和7年度11月補正予算案について", "国の重点支援地方交付金の本市への配分額（見込み） 4億2,000万円")
    assert "4億2,000万円" not in rows(found)


@pytest.mark.parametrize("line, row", [
    ("○ 介護保険特別会計繰出金 3億円", True),  # a payment to an account: spending
    ("○ 下水道事業会計負担金 1億2,000万円", True),
    ("○ 介護保険特別会計 30億円", False),  # the account itself: its total
])
def test_a_payment_to_an_account_is_no_accounts_total(line, row):
    assert (line.split()[-1] in rows(run(BUDGET, line))) is row
