"""Role by the side of the account a figure is listed under (issue 21, fourth pass). GUIDE: breakdowns are `other`;
fresh and fresh2 judgement calls: revenues (市税, 国庫支出金, 県債, 繰入金) and an account split by kind of expense
(`歳出予算の主な内訳`) are breakdowns, the items of a supplementary's expenditure side are its money. The side's line is
often a sibling of its items (HTML lists and tables flattened to text: a prefecture's `- 歳入予算の主な内訳` then
`- 県税 N千円`, a city's `一般会計補正予算(歳入)の主なもの` then `name |` / `N |` cells). Lines in the style of real decks."""
from __future__ import annotations

import pytest

from extract.context import account_sides
from extract.context.labels import LineInfo, budget_label
from extract.mentions import extract_lines_outline
from extract.model import Line
from extract.rules.engine import RuleContext

from .helpers import text_deck_outline


def run(*texts: str):
    mentions, _ = text_deck_outline(texts)
    return [m for m in mentions if m.kind == "amount"]


def role(found, text):
    return next(m.role for m in found if m.text == text)


TITLE = "令和6年度補正予算(専決)概要"


@pytest.mark.parametrize("side", [
    "- 歳入予算の主な内訳", "歳入予算の主な内訳", "▽歳入", "【歳入】", "一般会計補正予算(歳入)の主なもの", "■ 歳入の主なもの",
])
@pytest.mark.parametrize("items", [
    ("- 県税 3,560,000千円", "- 国庫支出金 △8,317,939千円"),
    ("内容 |", "金額 |", "県税 |", "3,560,000千円 |", "国庫支出金 |", "△8,317,939千円 |"),
])
def test_figures_under_the_revenue_side_are_other(side, items):
    found = run(TITLE, side, *items)
    assert role(found, "3,560,000千円") == "other"
    assert role(found, "△8,317,939千円") == "other"


@pytest.mark.parametrize("side, expected", [
    ("- 歳出予算の主な内訳", "other"),        # split by kind of expense: a breakdown
    ("歳出の内訳", "other"),
    ("一般会計補正予算(歳出)の主なもの", "supplementary_budget"),  # the supplementary's items: its money
    ("主な事業", "supplementary_budget"),  # no side named
    ("■歳出", "supplementary_budget"),  # the bare side over the supplementary's items
])
def test_the_expenditure_side_breaks_down_only_when_it_says_so(side, expected):
    found = run(TITLE, "- 歳入予算の主な内訳", "- 県税 3,560,000千円", side, "- 除雪費 774,526千円")
    assert role(found, "3,560,000千円") == "other"
    assert role(found, "774,526千円") == expected


def test_an_account_name_splits_the_side_and_keeps_it():
    found = run("12月補正予算の概要", "特別会計補正予算(歳入)の主なもの", "内容 |", "金額 |", "国民健康保険特別会計", "|",
                "療養給付費等交付金 |", "9,038万6千円 |", "特別会計補正予算(歳出)の主なもの", "国民健康保険特別会計", "|",
                "退職被保険者等療養給付費 |", "1,373万2千円 |")
    assert role(found, "9,038万6千円") == "other"
    assert role(found, "1,373万2千円") == "supplementary_budget"


# -- near misses: no side in force -------------------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    # the whole account (歳入歳出), not one side
    ("令和6年度補正予算の概要", "歳入歳出予算の総額", "- 道路維持事業 3,000万円"),
    # a heading of its own after the revenue side ends it
    ("令和6年度補正予算の概要", "▽歳入", "- 県税 5,000万円", "▽主な事業", "- 道路維持事業 3,000万円"),
    # a sentence that mentions revenue is no side's line
    ("令和6年度補正予算の概要", "歳入については、県税の最終見込額を計上する。", "- 道路維持事業 3,000万円"),
])
def test_near_miss_no_side(lines):
    found = run(*lines)
    assert role(found, "3,000万円") == "supplementary_budget"


def test_a_figures_own_label_wins_over_the_side():
    found = run("令和6年度補正予算の概要", "一般会計補正予算(歳入)の主なもの", "補正予算額 3,000万円")
    assert role(found, "3,000万円") == "supplementary_budget"


@pytest.mark.parametrize("texts, expected", [
    (["▽歳入", "県税 1億円"], [None, "revenue"]),
    (["歳出予算の主な内訳", "除雪費 1億円"], [None, "breakdown"]),
    (["歳出の主なもの", "除雪費 1億円"], [None, None]),
    (["▽歳入", "県税 1億円", "主な事業", "道路 1億円"], [None, "revenue", None, None]),
    (["歳入", "県税 1億円"], [None, "revenue"]),
])
def test_sides_per_line(texts, expected):
    found = run(*texts)
    infos = [LineInfo(t, [m for m in found if m.line == k + 1]) for k, t in enumerate(texts)]
    got = account_sides.sides(infos)
    # a side's own line takes its side; the figure lines under it are what the roles read
    assert [got[k] if infos[k].amounts else None for k in range(len(texts))] == expected


# -- every figure an appropriating verb takes is appropriated (the object, the items listed by name before it) ------

SPEECH_LEAD = "令和七年度予算につきましては、大臣から説明いたしましたとおりであります。"


ROW = ("14 建設課 ６．１．５ 市単独農道水路維持管理費 77,500 67,500 10,000 53,000 24,500 農道水路及び揚水施設の維持・修繕費"
       "30,000千円、草刈り等の委託料15,000千円及び田役土砂処理委託料10,000千円等を計上。")


@pytest.mark.parametrize("line, figure", [
    # a unit-less number in an earlier sentence, or one that is itself a mention, is no row's cost
    ("受付番号 12,345。道路維持補修事業として3億2,000万円、橋梁補修事業として1億円を計上しました。", "3億2,000万円"),
    ("利用者12,345人。道路維持補修事業として3億2,000万円、橋梁補修事業として1億円を計上しました。", "1億円"),
    ("社会保障関係費につきましては、年金給付費十三兆六千九百十六億円、医療給付費十二兆三千二百八億円等、合計三十八兆二千七百七十八億円を計上しております。",
     "十二兆三千二百八億円"),
    ("文教関係費につきましては、義務教育費国庫負担金一兆六千二百十億円等、合計四兆一千二百七十五億円を計上しております。",
     "四兆一千二百七十五億円"),
    ("また、科学技術振興費につきましては、一兆四千二百二十一億円を計上しております。", "一兆四千二百二十一億円"),
    ("道路維持補修事業として3億2,000万円、橋梁補修事業として1億円を計上しました。", "3億2,000万円"),
    ("町道の改良舗装に3億1700万円を、住宅関連では個別改善工事などに4250万円を計上しました。", "3億1700万円"),  # one verb, two objects
    ("学習支援事業に5,645万円を新たに計上しました。", "5,645万円"),
])
def test_figures_an_appropriating_verb_takes_are_budget(line, figure):
    found = run(SPEECH_LEAD, line)
    assert role(found, figure) == "budget"


@pytest.mark.parametrize("line, figure", [
    # revenue sentences: sources, whatever verb
    ("歳入では、市税100億円、地方交付税50億円を計上しております。", "100億円"),
    # no appropriating verb after the figure
    ("年金給付費十三兆六千九百十六億円、医療給付費十二兆円となっております。", "十二兆円"),
    # the verb comes before the figure: it takes another object
    ("計上した事業の執行残は3億円、不用額は1億円です。", "3億円"),
    # a change, not the object
    ("前年度に比べ3億円増の10億円を計上しております。", "3億円"),
    # a grant's size: the object of another verb, or a per-head rate
    ("対象世帯に5万円を給付するための経費として3億円を計上しております。", "5万円"),
    ("1人当たり5万円、合計3億円を計上しております。", "5万円"),
    # a budget table row: its own cost in unit-less cells, its description listing what that cost is made of
    (ROW, "15,000千円"),
    (ROW, "10,000千円"),  # the verb's object, also part of the row's cost
])
def test_near_miss_no_appropriation(line, figure):
    found = run(SPEECH_LEAD, line)
    assert role(found, figure) != "budget"


def test_an_expense_class_sentences_parts_are_no_rows():
    from extract.tables import budget_records
    found = run(SPEECH_LEAD, "社会保障関係費につきましては、年金給付費十三兆六千九百十六億円、医療給付費十二兆三千二百八億円等、"
                             "合計三十八兆二千七百七十八億円を計上しております。")
    assert all(m.total_of for m in found)
    assert budget_records([m.record() for m in found]) == []


# -- a lead-in sentence naming the budget and its year scopes the deck ---------------------------------------------

@pytest.mark.parametrize("lead, expected", [
    ("総額170億円の令和6年度一般会計当初予算を編成しました。", "budget"),
    ("令和6年度当初予算は、次のとおり編成しました。", "budget"),
    # no budget named: the verb that can only budget still makes a named programme's figure a budget, no year (fresh7b's
    # 関川村 page, open_figures.py); an appropriated programme's cost is no grant (issue 21), whatever its name
    ("町の話題をお知らせします。", "budget"),
])
def test_a_lead_in_sentence_scopes_the_decks_appropriations(lead, expected):
    found = run(lead, "[人づくり]", "各小中学校への学習支援事業に5,645万円を計上しました。")
    assert role(found, "5,645万円") == expected


def test_an_accounts_topic_is_its_budget_under_a_lead_in():
    found = run("令和6年度当初予算は、重点施策を盛り込みました。", "■予算の概要",
                "一般会計当初予算額は、前年度当初予算と比べ+48.2億円(+8.2%)の636.5億円で、過去最高となります。")
    assert role(found, "636.5億円") == "budget"
    assert role(found, "+48.2億円") == "other"


# -- a lead-in naming the issuer's account budget (`平成21年度北中城村の一般会計歳入歳出予算`) is a budget label ----------

@pytest.mark.parametrize("lead, expected", [
    ("平成21年度北中城村の一般会計歳入歳出予算の総額は、47億1,525万8千円となりました。", ("budget", 2009)),
    ("令和6年度大和町の一般会計当初予算は、170億円です。", ("budget", 2024)),
    # near misses: a settlement (決算), a year far from its budget word
    ("平成21年度北中城村の一般会計歳入歳出決算の総額は、47億1,525万8千円となりました。", None),
    ("平成21年度に村が実施した住民アンケート調査の結果では、防災関係予算の拡充を求める声が多く", None),
])
def test_a_lead_in_names_the_issuers_account_budget(lead, expected):
    mentions, _ = extract_lines_outline("t", [Line(text=lead, page=None, line=1, index=0)], RuleContext(deck_year=2025))
    assert budget_label(LineInfo(lead, list(mentions)), loose=True) == expected


# -- what the figure's own sentence says, over its scope ------------------------------------------------------------

BUDGET_TITLE = "令和6年度当初予算の概要"
SUPPLEMENTARY_LEAD = "12月定例会において、市一般会計・特別会計補正予算が原案どおり可決されました。"
SESSION = "平成16年度一般会計予算案の審議が始まりました"


@pytest.mark.parametrize("lead, line, figure, expected", [
    # a balance is a stock held or owed, no money appropriated
    (BUDGET_TITLE, "⑶ 財政の健全性 区分 財政調整基金残高 市債残高 平成26年度末見込 約74億円 725億6,305万円", "725億6,305万円", "other"),
    (BUDGET_TITLE, "■ 市債残高 令和6年度末見込 120億円", "120億円", "other"),
    (BUDGET_TITLE, "国債発行残高は06年3月末で538兆円に達する見込み。", "538兆円", "other"),
    (BUDGET_TITLE, "市債残高の縮減に努め、公債費10億円を計上しました。", "10億円", "budget"),  # a balance in another clause
    (BUDGET_TITLE, "- 一般会計 120億円", "120億円", "budget"),
    # the total after a supplementary, under a lead-in that names the kind but no year
    (SUPPLEMENTARY_LEAD, "一般会計は、既定額222億9,600万円に2億2,270万円を追加し、総額225億1,870万円となりました。",
     "225億1,870万円", "budget"),
    (SUPPLEMENTARY_LEAD, "特別会計は、既定額149億円に841万円を追加し、総額149億841万円、", "149億841万円", "budget"),
    (SUPPLEMENTARY_LEAD, "一般会計は、既定額222億円に2億円を追加し、総額224億円となりました。", "2億円", "supplementary_budget"),
    (SUPPLEMENTARY_LEAD, "主な事業の合計 3億円", "3億円", "other"),  # a sum of the items above, not the budget as it stands
    # a budget named after its figure
    ("町の話題", "総額170億7,300万円の令和6年度一般会計当初予算を編成しました。", "170億7,300万円", "budget"),
    ("町の話題", "総額1,780億円の平成16年度一般会計予算案を始めとする計34議案が提案されました。", "1,780億円", "budget"),
    ("町の話題", "前年度より5億円の令和6年度一般会計当初予算比の増となりました。", "5億円", "other"),  # a comparison
    # a label is read within the figure's sentence when that sentence names its own subject
    (SESSION, "実質は1,632億円の前年度対比0.8%増となります。特別会計は、1,118億円の同4.4%増です。", "1,118億円", "budget"),
    (SESSION, "追加の補正予算案が議会に提出されました。総額約25億7000万円です。", "25億7000万円", "supplementary_budget"),
])
def test_role_by_the_figures_own_sentence(lead, line, figure, expected):
    found = run(lead, line)
    assert role(found, figure) == expected




# -- a year the figure is compared with is not its year ---------------------------------------------------------------

@pytest.mark.parametrize("line, figure, fy", [
    ("一般会計の予算規模は、前年度に比べて 2.9%増の 2,574 億円となりました。", "2,574 億円", 2016),
    ("歳出のうち、計画事業予算は、前年度比6.2%増の 601 億円です。", "601 億円", 2016),
    # near misses: the figure's own words name the year before
    ("前年度予算額 2,500億円", "2,500億円", 2015),
    ("昨年度は、5,068千円でした。", "5,068千円", 2015),
])
def test_a_comparison_base_is_not_the_figures_year(line, figure, fy):
    found = run("平成28年度予算編成概要", "○", line)
    assert next(m.fy for m in found if m.text == figure) == fy
