"""Roles on a local government's initial-budget summary (issue 21, the shape of fresh6a): the ways such a summary is
written, one rule each, in several issuers' wording, with the lines that look alike and must not change. GUIDE and the
local sets' calls: account totals are `budget`, revenues, changes, splits by kind of expense, per-resident figures,
prices and fees `other`, grant sizes `support`; an enterprise's expenditure 款・項 are its budget, its revenue `other`."""
from __future__ import annotations

import pytest

from extract.dictionary import load

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


# a programme list under a title that names the year's budget without a year (`今年度の予算は…`): the items are budgets,
# no year
@pytest.mark.parametrize("title", [
    "くらし 今年度の予算は…『地方創生』の推進に重点を置きました",
    "本年度予算のあらまし",
    "新年度予算(案)の主な事業",
])
@pytest.mark.parametrize("item", ["・駅前観光拠点整備事業 1,736万円", "・定住促進奨励金 100万円", "○ 公設塾開設事業 44万円"])
def test_items_under_a_yearless_budget_title_are_budgets(title, item):
    found = roles(title, "◇『新規事業』", item)
    assert list(found.values()) == [("budget", None)]


@pytest.mark.parametrize("title", ["くらし 今年度の決算は…", "地域の話題", "村の取組"])
def test_a_title_that_names_no_budget_gives_no_role(title):
    found = roles(title, "◇『新規事業』", "・駅前観光拠点整備事業 1,736万円")
    assert found["1,736万円"][0] == "other"


# a heading of two topics, the budget's size and the revenue side: the accounts' totals stay budgets
@pytest.mark.parametrize("heading", ["県の予算規模・歳入予算", "予算総額・歳入の内訳", "市の予算規模、歳入予算"])
def test_a_heading_naming_the_whole_budget_too_is_no_revenue_side(heading):
    found = roles(heading, "令和7年度の当初予算の規模は,一般会計において8,527億34百万円,特別会計において4,109億56百万円と"
                           "なっています。")
    assert found["8,527億34百万円"] == ("budget", 2025)
    assert found["4,109億56百万円"] == ("budget", 2025)


@pytest.mark.parametrize("heading", ["【歳入】", "■歳入予算", "一般会計 歳入"])
def test_a_revenue_side_alone_still_makes_sources(heading):
    found = roles("令和7年度当初予算の概要", heading, "・市税 80億円", "・地方交付税 48億5,000万円")
    assert found["80億円"][0] == "other"
    assert found["48億5,000万円"][0] == "other"


# a comparison that opens the sentence, then each account's change with its rate
@pytest.mark.parametrize("line, change", [
    ("令和7年度当初予算は一般会計8,527億円。前年度当初予算と比較して,一般会計において122億24百万円,1.5パーセントの増となっています。",
     "122億24百万円"),
    ("令和7年度当初予算は一般会計8,527億円。前年度と比べ、一般会計で122億円、1.5%の増加です。", "122億円"),
    ("令和6年度当初予算は一般会計241億円。前年度と比較すると、特別会計において3億2,000万円、2.0%の減となりました。", "3億2,000万円"),
])
def test_a_change_after_a_comparison_opening_the_sentence_is_other(line, change):
    assert roles("令和7年度当初予算の概要", line)[change][0] == "other"


def test_levels_of_a_comparison_free_sentence_stay_budgets():
    found = roles("令和7年度当初予算の概要", "令和7年度の当初予算の規模は、一般会計において8,527億円、特別会計において"
                                           "4,109億円となっています。")
    assert found["8,527億円"][0] == "budget"
    assert found["4,109億円"][0] == "budget"


# a public enterprise's budget table by 款 and 項
@pytest.mark.parametrize("title, kind", [
    ("令和7年度水道事業会計予算", "budget"), ("令和6年度下水道事業会計当初予算の概要", "budget"),
    ("令和7年度病院事業会計補正予算", "supplementary_budget"),
])
@pytest.mark.parametrize("header", ["| 款項 | 予定額 |", "| 款 | 予算額 |", "| 款・項 | 金額 |"])
def test_an_enterprise_table_expenditure_is_budget_revenue_other(title, kind, header):
    found = roles(title, header, "|---|---|", "| 水道事業収益 | 2,013,700千円 |", "| 営業収益 | 1,829,749千円 |",
                  "| 特別利益 | 30千円 |", "| 水道事業費用 | 2,119,500千円 |", "| 営業費用 | 2,068,907千円 |",
                  "| 予備費 | 10,000千円 |", header, "|---|---|", "| 資本的収入 | 1,985,700千円 |", "| 企業債 | 778,450千円 |",
                  "| 資本的支出 | 2,907,900千円 |", "| 企業債償還金 | 168,024千円 |")
    for other in ("2,013,700千円", "1,829,749千円", "30千円", "1,985,700千円", "778,450千円"):
        assert found[other][0] == "other", other
    for budget in ("2,119,500千円", "2,068,907千円", "10,000千円", "2,907,900千円", "168,024千円"):
        assert found[budget][0] == kind, budget


def test_a_work_row_of_the_enterprise_is_its_budget_and_other_tables_are_left():
    found = roles("令和7年度水道事業会計予算", "| 業務項目 | 予定量 |", "|---|---|", "| 主要な建設改良事業 | 2,315,697千円 |",
                  "| 性質 | 金額 |", "|---|---|", "| 人件費 | 52億円 |", "| 物件費 | 32億円 |")
    assert found["2,315,697千円"][0] == "budget"
    assert found["52億円"][0] == "other"  # no 款・項 header: a split by kind of expense
    assert found["32億円"][0] == "other"


# a 総括表 flattened one cell a line, its year columns first
@pytest.mark.parametrize("this, last, change, fy", [
    ("令和6年度(A)", "令和5年度(B)", "増減額(C:A-B)", 2024), ("令和7年度", "令和6年度", "比較増減", 2025),
    ("平成31年度当初", "平成30年度当初", "増減", 2019),
])
def test_flattened_columns_give_each_cell_its_column(this, last, change, fy):
    found = roles("当初予算総括表", "区分", this, last, change, "増減率", "一般会計", "241億5,010万円", "232億5,319万7千円",
                  "8億9,690万3千円", "3.9%", "国民健康保険特別会計", "56億3,583万4千円", "58億1,048万9千円")
    assert found["241億5,010万円"] == ("budget", fy)
    assert found["232億5,319万7千円"] == ("previous_budget", fy - 1)
    assert found["8億9,690万3千円"][0] == "other"
    assert found["58億1,048万9千円"] == ("previous_budget", fy - 1)


def test_flattened_columns_without_years_are_left():
    found = roles("令和6年度当初予算の概要", "区分", "予算額", "構成比", "一般会計", "241億5,010万円", "60.1%")
    assert found["241億5,010万円"][0] != "previous_budget"


# an account as the sentence's topic, its level closing the statement
@pytest.mark.parametrize("line, figure", [
    ("特別会計は4会計で総額88億円。企業会計は、2会計で35億1,451万円となりました", "35億1,451万円"),
    ("特別会計は、5会計で120億円です。", "120億円"),
    ("なお、水道事業会計は12億4,000万円となっています。", "12億4,000万円"),
])
def test_an_account_topic_states_its_budget(line, figure):
    assert roles("くらし 令和7年度市の予算", line)[figure][0] == "budget"


@pytest.mark.parametrize("line, figure", [
    ("企業会計の収入は、2会計で35億円となりました", "35億円"),  # the accounts' revenue side
    ("企業会計は、前年度比で3億円の減となりました", "3億円"),  # a change
    ("特別会計は、うち国保が56億円です。", "56億円"),  # a share
])
def test_an_account_topic_with_another_subject_or_a_change_is_left(line, figure):
    assert roles("くらし 令和7年度市の予算", line)[figure][0] != "budget"


# the budget per resident
@pytest.mark.parametrize("line", ["市民1人当たりの予算額:44.8万円", "町民一人あたりの予算 約60万円", "県民1人当たりの予算規模は、38万円"])
def test_a_budget_per_resident_is_other(line):
    found = roles("令和7年度当初予算の概要", line)
    assert [r for r, _ in found.values()] == ["other"]


def test_a_grant_per_resident_is_still_support():
    found = roles("令和7年度当初予算の概要", "・町民1人当たり5万円を支給します。")
    assert found["5万円"][0] == "support"


# the expenditure split by kind of expense (性質別, 目的別)
@pytest.mark.parametrize("heading", ["歳出(性質別)の特徴", "▽歳出(目的別)", "【歳出・性質別】"])
def test_items_under_an_expenditure_split_are_other(heading):
    found = roles("今年の予算-令和6年度-", heading, "- 人件費 52億6,485万円(対前年度比 +5億7,271万円、12.2%の増)",
                  "職員退職手当の皆増など - 物件費 32億5,681万円")
    assert found["52億6,485万円"][0] == "other"
    assert found["32億5,681万円"][0] == "other"


# prices, unit values and fees inside a programme's description
@pytest.mark.parametrize("line, figure, role", [
    ("・育児・母乳相談の利用を助成券(2,000円×5枚)にて補助します。", "2,000円", "support"),
    ("・タクシー利用券(500円×24枚)を助成します。", "500円", "support"),
    ("・記念品(3,000円×1個)を贈呈します。", "3,000円", "other"),
    ("・小中学校の給食費は1食あたり、小学校360円、中学校390円を見込んで", "360円", "other"),
    ("・入浴料は1回当たり400円です。", "400円", "other"),
    ("・3歳以上児の副食費は月4,800円に対して、保護者負担を月2,000円に減免します。", "4,800円", "other"),
    ("・3歳以上児の副食費は月4,800円に対して、保護者負担を月2,000円に減免します。", "2,000円", "other"),
])
def test_prices_and_fees_in_a_programme_list(line, figure, role):
    found = roles("くらし 令和7年度 町の予算", "【令和7年度 重点施策】", "1.子育て支援事業 289万円", line)
    assert found[figure][0] == role
    assert found["289万円"][0] == "budget"


@pytest.mark.parametrize("line, figure", [
    ("・1人当たり月額2万円を支給します。", "2万円"), ("・1世帯あたり3万円を補助します。", "3万円"),
    ("・対象経費の8割(上限35,000円)を町が負担します。", "35,000円"),
])
def test_grants_per_recipient_are_still_support(line, figure):
    found = roles("くらし 令和7年度 町の予算", "【令和7年度 重点施策】", "1.子育て支援事業 289万円", line)
    assert found[figure][0] == "support"


# `前年度に引き続き` opens `as last year`: no previous-year figure
@pytest.mark.parametrize("line, figure", [
    ("前年度に引き続き、保育料の軽減に2,000万円を計上しました。", "2,000万円"),
    ("昨年度から引き続き、道路の補修に1億円を計上。", "1億円"),
])
def test_continued_from_last_year_is_no_previous_budget(line, figure):
    found = roles("令和7年度当初予算の概要", line)
    assert found[figure][0] != "previous_budget"


def test_a_previous_year_label_still_names_the_previous_budget():
    found = roles("令和7年度当初予算の概要", "・道路補修事業 1億円(前年度 9,000万円)")
    assert found["9,000万円"] == ("previous_budget", 2024)


# a sentence listing works with their costs in brackets after its topic
@pytest.mark.parametrize("line, figures", [
    ("今年度に実施する予算規模の大きな建設事業は、総務費のセンターの大規模改修(1億3千万円)、土木費の町道改良工事(1億7千万円)や"
     "町営住宅の改修工事(7千万円)などがあります。", ("1億7千万円", "7千万円")),
    ("今年度の主な建設事業は、消防費の消防車両の更新(5,000万円)、教育費の体育館の改修(2億円)や給食センターの改修(8,000万円)などです。",
     ("2億円", "8,000万円")),
])
def test_works_listed_with_bracketed_costs_are_budgets(line, figures):
    found = roles("くらし 令和7年度 当初予算の概要", "◇支出", line)
    for f in figures:
        assert found[f][0] == "budget", f


# a budget named after its figure, a bracketed note between
@pytest.mark.parametrize("line, figure", [
    ("寒川町は総額262億6844万1千円(対前年度1・4%増)の新年度予算を発表した。", "262億6844万1千円"),
    ("市は総額120億円(前年度比2.0%減)の当初予算を編成した。", "120億円"),
])
def test_a_budget_named_after_a_bracketed_note(line, figure):
    assert roles("総額の新年度予算 税収減も積極的編成", line)[figure][0] == "budget"


# a statistic per head in a summary's box, not a grant
@pytest.mark.parametrize("line, figure", [
    ("[納税額(町税)]1人当たり:11万円・1世帯当たり:25万円", "11万円"),
    ("[使用する費用(一般会計)]1人当たり:176万円・1世帯当たり:386万円", "176万円"),
    ("町税 1世帯あたり：25万円", "25万円"),
])
def test_a_statistic_per_head_is_other(line, figure):
    assert roles("くらし 令和7年度 当初予算の概要", "町民1人当たり・1世帯当たり", line)[figure][0] == "other"


@pytest.mark.parametrize("line, figure", [("・出産祝金 1人当たり:5万円", "5万円"), ("・1世帯当たり:3万円を支給します。", "3万円"),
                                          ("・補助額 1人当たり:5万円", "5万円")])
def test_a_grant_per_head_stays_support(line, figure):
    assert roles("くらし 令和7年度 当初予算の概要", "◆子育て支援", line)[figure][0] == "support"


# `昨年度同額の` is as last year: the year's figure
@pytest.mark.parametrize("line, figure", [
    ("地方交付税は、昨年度同額の40億円を見込んでいます。", "40億円"),
    ("道路維持費は前年度並みの2億円を計上しました。", "2億円"),
])
def test_the_same_as_last_year_is_no_previous_budget(line, figure):
    assert roles("くらし 令和7年度 当初予算の概要", line)[figure][0] != "previous_budget"


# a town's two sides under bare `◇収入` / `◇支出` lines
@pytest.mark.parametrize("revenue, spending", [("◇収入", "◇支出"), ("【収入】", "【支出】"), ("■収入の部", "■支出の部")])
def test_bare_income_and_spending_lines_are_sides(revenue, spending):
    found = roles("くらし 令和7年度 当初予算の概要", revenue, "・ふるさと納税寄附金 3億円", spending, "・道路改良事業 1億円")
    assert found["3億円"][0] == "other"
    assert found["1億円"][0] == "budget"


def test_an_income_word_inside_a_heading_is_no_side():
    found = roles("くらし 令和7年度 当初予算の概要", "■収入確保の取組", "・ふるさと納税推進事業 500万円")
    assert found["500万円"][0] == "budget"


# a news lead that reports the cabinet's decision on a supplementary bill scopes the article
@pytest.mark.parametrize("lead", ["政府が今年度の補正予算案を閣議決定。", "政府は今年度の補正予算案を閣議決定した。"])
def test_a_cabinet_decision_lead_scopes_the_article(lead):
    found = roles(lead + "「成長」には5兆7505億円を計上した。中小企業の支援に3400億円。")
    assert found["3400億円"][0] == "supplementary_budget"


# the figure a supplementary adds (`…N円を増額し、総額をN円とする`) is the supplementary's; the total it makes is the budget
@pytest.mark.parametrize("line, added, total", [
    ("令和6年度一般会計補正予算(第2号)は、既定の予算に5億円を増額し、総額を200億円とするものです。", "5億円", "200億円"),
    ("今回の補正予算は、歳入歳出それぞれ3,000万円を追加し、予算の総額を98億円とするものです。", "3,000万円", "98億円"),
])
def test_what_a_supplementary_adds(line, added, total):
    found = roles("議会の概要", line)
    assert found[added][0] == "supplementary_budget"
    assert found[total][0] == "budget"


def test_an_addition_without_a_supplementary_is_left():
    found = roles("令和6年度当初予算の概要", "令和6年度一般会計予算は、道路の補修に3億円を追加した120億円です。")
    assert found["3億円"][0] != "supplementary_budget"


# a balance of revenue over spending and a settled figure are no budgets
@pytest.mark.parametrize("title, line, figure", [
    ("令和5年度決算の概要", "全特別会計の実質収支の合計は20億4272万円になりました。", "20億4272万円"),
    ("令和6年度補正予算の概要", "歳入歳出の収支差額608万9千円については予備費に留保します。", "608万9千円"),
    ("令和5年度決算の概要", "決算の状況ですが、一般会計の歳出総額は39億4,028万円と前年比16.2%の増額となっています。", "39億4,028万円"),
    ("令和6年度当初予算の概要", "・道路補修事業 5億円(前年度実績 4億円)", "4億円"),
    ("令和6年度当初予算の概要", "前年度決算額 48億円", "48億円"),
])
def test_balances_and_settled_figures_are_other(title, line, figure):
    assert roles(title, line)[figure][0] == "other"


@pytest.mark.parametrize("line, figure, role", [
    ("令和5年度決算見込みを踏まえ、令和6年度予算は120億円としました。", "120億円", "budget"),
    ("・道路補修事業 5億円(前年度予算額 4億円)", "4億円", "previous_budget"),
    ("・道路補修事業 5億円(前年度予算額 4億円)", "5億円", "budget"),
])
def test_budgets_beside_a_settlement_word_stay(line, figure, role):
    assert roles("令和6年度当初予算の概要", line)[figure][0] == role


# a bulleted list flattened into one sentence of a news article
@pytest.mark.parametrize("line, figures", [
    ("次いで、▽GNSS連続観測システムの高度化:7億2,200万円、▽地殻変動監視の推進:2億8,500万円、などとなっている。",
     ("7億2,200万円", "2億8,500万円")),
    ("主な事業は、・道路改良:1億円、・橋りょう長寿命化：5,000万円など。", ("1億円", "5,000万円")),
])
def test_inline_marked_items_are_budgets(line, figures):
    found = roles("国土地理院は、平成26年度予算の政府案を受けて予算概要を発表した。", line)
    for f in figures:
        assert found[f][0] == "budget", f


@pytest.mark.parametrize("line, figure", [
    ("次いで、▽補助上限:50万円、などとなっている。", "50万円"),  # a cap, no item
    ("国・地方の負担:5億円となっている。", "5億円"),  # `・` inside a name is no mark
])
def test_inline_near_misses_are_left(line, figure):
    found = roles("国土地理院は、平成26年度予算の政府案を受けて予算概要を発表した。", line)
    assert found[figure][0] != "budget"


# a request TO the state names what the issuer asks for, no budget of its own
@pytest.mark.parametrize("title, line, figure", [
    ("令和7年度当初予算の概要", "国に対し、道路整備予算として50億円の確保を要望しました。", "50億円"),
    ("令和7年度当初予算の概要", "県は国に対して、港湾整備に120億円の予算措置を要求した。", "120億円"),
    ("市長会見", "市長は国土交通省を訪れ、道路予算として100億円の確保を要請した。", "100億円"),
    ("令和7年度 国の施策・予算に対する要望", "・国土強靱化予算 5兆円の確保", "5兆円"),
])
def test_a_request_to_the_state_is_other(title, line, figure):
    assert roles(title, line)[figure][0] == "other"


@pytest.mark.parametrize("title, line, figure", [
    ("令和7年度当初予算の概要", "全国に先駆けて、子育て支援に5億円を計上し、国に制度化を求めていきます。", "5億円"),
    ("令和7年度当初予算の概要", "省エネに3億円を計上し、設備更新を進めます。", "3億円"),
    ("令和7年度当初予算の概要", "子育て支援に5億円を計上し、国へも財政支援を要望していきます。", "5億円"),
    ("令和7年度当初予算の概要", "住民の要望を受け、道路補修に5億円を計上しました。", "5億円"),
    ("令和8年度概算要求の概要", "経済産業省は財務省に対し、1兆4,026億円を要求した。", "1兆4,026億円"),
    ("令和8年度概算要求の概要", "・デジタル基盤整備事業 420億円を要求", "420億円"),
])
def test_own_budgets_beside_a_petition_word_stay(title, line, figure):
    assert roles(title, line)[figure][0] == "budget"


# a table of bare year columns: last year's column beside the year's budgets
@pytest.mark.parametrize("header, fy", [
    ("| 会計区分 | 令和7年度 | 令和6年度 | 増減額 | 伸び率 |", 2025), ("| 区分 | R6年度 | R5年度 | 比較 | 率 |", 2024),
    ("| 会計 | 2025年度 | 2024年度 | 差引 | 増減率 |", 2025),
])
def test_last_years_column_of_a_budget_table(header, fy):
    found = roles(f"令和{fy - 2018}年度 当初予算の概要", header, "|---|---|---|---|---|",
                  "| 一般会計 | 123億4,567万円 | 120億円 | 3億4,567万円 | 2.9% |",
                  "| 国民健康保険特別会計 | 30億円 | 31億円 | △1億円 | △3.2% |")
    assert found["123億4,567万円"] == ("budget", fy)
    assert found["120億円"] == ("previous_budget", fy - 1)
    assert found["31億円"] == ("previous_budget", fy - 1)
    assert found["3億4,567万円"][0] == "other"


def test_a_revenue_rows_last_year_stays_other():
    found = roles("令和7年度 当初予算の概要", "■歳入", "| 区分 | 令和7年度 | 令和6年度 |", "|---|---|---|",
                  "| 市税 | 80億円 | 78億円 |", "| 地方交付税 | 50億円 | 49億円 |")
    assert found["78億円"][0] == "other"
    assert found["49億円"][0] == "other"


def test_a_year_table_outside_a_budget_deck_is_left():
    found = roles("令和6年度決算の概要", "| 会計区分 | 令和6年度 | 令和5年度 |", "|---|---|---|", "| 一般会計 | 118億円 | 115億円 |")
    assert found["115億円"][0] != "previous_budget"


# expense classes (the account's 款) under the expenditure side named alone split the account by function
@pytest.mark.parametrize("side", ["歳出", "■歳出", "【歳出】"])
def test_expense_classes_under_the_expenditure_side_are_other(side):
    found = roles("令和7年度 当初予算のあらまし", "【一般会計】", side, "総務費 8億円", "民生費:15億円", "・道の駅整備事業 3億円")
    assert found["8億円"][0] == "other"
    assert found["15億円"][0] == "other"
    assert found["3億円"][0] == "budget"  # a programme under the side keeps its scope's role


def test_a_per_resident_label_line_over_its_figure():
    found = roles("令和7年度 予算の概要", "市民一人当たりの予算額", "約45万円")
    assert found["45万円"][0] == "other"



# a bill's `(案)` names no kind: a yearless supplementary bill stays supplementary
@pytest.mark.parametrize("title", ["12月補正予算(案)の概要", "補正予算(案)", "追加補正予算(案)", "6月補正予算案について"])
def test_a_yearless_supplementary_bill_stays_supplementary(title):
    assert roles(title, "・除雪対策事業 8,000万円")["8,000万円"][0] == "supplementary_budget"


# a grant per unit, or a grant's cap on a fee, is the grant's size
@pytest.mark.parametrize("line, figure", [
    ("町内の宿泊施設に泊まる方に1泊あたり最大5,000円を助成", "5,000円"), ("タクシー料金のうち1回あたり500円を補助", "500円"),
    ("苗木1本あたり300円を補助", "300円"), ("遠距離通学費は月額5,000円を上限に補助", "5,000円"),
])
def test_grants_per_unit_are_support(line, figure):
    found = roles("くらし 令和7年度 町の予算", "【令和7年度 重点施策】", "1.子育て支援事業 289万円", "・" + line)
    assert found[figure][0] == "support"


# a settlement's table flattened one cell a line holds settled figures
def test_a_settlements_flattened_table_is_other():
    found = roles("令和6年度 一般会計決算の状況", "区分", "令和6年度", "令和5年度", "増減", "歳入総額", "58億2,000万円",
                  "55億1,000万円", "3億1,000万円")
    assert [r for r, _ in found.values()] == ["other", "other", "other"]


# a level named after the comparison is the year's budget, its rate after it notwithstanding
@pytest.mark.parametrize("line, figure", [
    ("前年度と比べ、一般会計の予算額は186億4,000万円、5.2%の増となりました。", "186億4,000万円"),
    ("前年度と比較して、予算総額が320億円、3.1%の増です。", "320億円"),
])
def test_a_level_after_a_comparison_is_budget(line, figure):
    assert roles("令和7年度当初予算の概要", line)[figure][0] == "budget"


# a side's heading that names programmes lists them whatever the cut
@pytest.mark.parametrize("heading", ["■歳出(目的別)の主な事業", "▽歳出(性質別)の主要事業"])
def test_programmes_under_a_cut_heading_are_budgets(heading):
    found = roles("令和7年度当初予算の概要", heading, "・児童館改修事業 8,000万円", "・市道舗装改良事業 1億2,000万円")
    assert found["8,000万円"][0] == "budget"
    assert found["1億2,000万円"][0] == "budget"


# an enterprise's 款・項 lines without `|` under bare `収入` / `支出` lines: the expenditure is its budget
def test_an_enterprises_class_lines_without_bars():
    found = roles("令和7年度下水道事業会計予算", "収入", "下水道事業収益 3,120,000千円", "営業収益 2,500,000千円", "支出",
                  "下水道事業費用 3,085,120千円", "営業費用 2,900,000千円", "予備費 10,000千円")
    assert found["3,120,000千円"][0] == "other"
    assert found["2,500,000千円"][0] == "other"
    assert found["3,085,120千円"][0] == "budget"
    assert found["10,000千円"][0] == "budget"
    classes = amounts_by_text("令和7年度下水道事業会計予算", "支出", "下水道事業費用 3,085,120千円", "予備費 10,000千円")
    assert classes["3,085,120千円"].total_of == "下水道事業費用"  # a 款 is a class, no programme's row



def test_a_general_accounts_class_table_is_left_to_the_breakdowns():
    found = roles("令和7年度 当初予算の概要", "| 科目 | 予算額 |", "|---|---|", "| 諸収入 | 120,000千円 |",
                  "| 総務費 | 420,000千円 |", "| 地域振興事業 | 50,000千円 |")
    assert [r for r, _ in found.values()] == ["other", "other", "other"]  # as the figures' own words make them


def test_an_account_topic_with_its_revenue_side_is_left():
    found = roles("くらし 令和7年度市の予算", "企業会計は、収益的収入8億2,000万円、収益的支出7億9,000万円です。")
    assert found["8億2,000万円"][0] != "budget"


# a figure under a revenue side stays a source, whatever verb takes it later
@pytest.mark.parametrize("line, figure", [
    ("市債は、大型事業の進捗により28億円を計上しています。", "28億円"), ("繰入金は、基金から5億円を計上しました。", "5億円"),
])
def test_a_source_under_the_revenue_side_stays_other(line, figure):
    found = roles("令和7年度当初予算の概要", "2 歳入", "市税は、前年度比1.2%増の98億円を見込んでいます。", line)
    assert found[figure][0] == "other"


# balances: a label line of its own over the fund's figure, a topic that names the debt
@pytest.mark.parametrize("lines, figure", [
    (("基金残高の見込み", "財政調整基金 35億円"), "35億円"),
    (("市の借金(市債残高)は、令和7年度末で420億円となる見込みです。",), "420億円"),
])
def test_balances_in_a_budget_summary_are_other(lines, figure):
    assert roles("令和7年度 当初予算(案)の概要", *lines)[figure][0] == "other"


# the sum closing a list of accounts is the whole budget
@pytest.mark.parametrize("total", ["合計 759億円", "総計 759億円", "■全会計 759億円"])
def test_the_sum_closing_the_accounts_is_the_whole_budget(total):
    found = amounts_by_text("令和7年度 予算のあらまし", "○ 予算規模", "一般会計 412億円", "特別会計 238億円", "企業会計 109億円", total)
    assert found["759億円"].role == "budget"
    assert found["759億円"].total_of  # a total, no programme's row


@pytest.mark.parametrize("lines", [
    ("■歳入", "市税 80億円", "地方交付税 50億円", "合計 130億円"),  # sources
    ("■主な事業", "・道路改良事業 1億円", "・公園整備事業 29億円", "合計 30億円"),  # a sum of programmes, not of accounts
])
def test_a_sum_of_other_lines_is_left(lines):
    assert amounts_by_text("令和7年度 予算のあらまし", *lines)[lines[-1].split()[-1]].role == "other"  # as before


# a programme table with one budget column
@pytest.mark.parametrize("title, kind", [("令和7年度 当初予算の主な事業", "budget"),
                                         ("令和6年度12月補正予算の概要", "supplementary_budget")])
@pytest.mark.parametrize("header", ["| 事業名 | 予算額 | 概要 |", "| 主な事業 | 予算額 |", "| 事業名 | 当初予算額 | 内容 |"])
def test_a_programme_table_with_one_budget_column(title, kind, header):
    cells = header.count("|") - 1
    row = "| 道路改良事業 | 1億円 |" + " 市道の改良 |" * (cells - 2)
    found = roles(title, header, "|" + "---|" * cells, row)
    assert found["1億円"][0] == kind


def test_a_revenue_table_with_one_budget_column_is_left():
    found = roles("令和7年度 当初予算の概要", "| 区分 | 予算額 |", "|---|---|", "| 市税 | 80億円 |")
    assert found["80億円"][0] == "other"


# a revenue item's name as the figure's own label
@pytest.mark.parametrize("line, figure", [
    ("国庫支出金 45億円 (前年度比 3億円増)", "45億円"), ("県補助金 3億円", "3億円"), ("ふるさと納税寄附金 8億円(前年度 6億円)", "8億円"),
])
def test_a_revenue_items_figure_is_other(line, figure):
    assert roles("令和7年度当初予算の概要", line)[figure][0] == "other"


# grant sizes listed in parallel before the giving verb
@pytest.mark.parametrize("line, figures", [
    ("第1子5万円、第2子10万円、第3子以降20万円を支給します。", ("5万円", "10万円", "20万円")),
    ("小学生1万円、中学生2万円を給付します。", ("1万円", "2万円")),
])
def test_grant_sizes_in_parallel_are_support(line, figures):
    found = roles("令和7年度当初予算の概要", "【子育て支援】", "出産祝金支給事業 1,500万円", line)
    assert all(found[f][0] == "support" for f in figures)
    assert found["1,500万円"][0] == "budget"


def test_amounts_in_parallel_before_an_appropriation_are_left():
    found = roles("令和7年度当初予算の概要", "道路改良に5億円、橋りょう補修に3億円を計上しました。")
    assert found["5億円"][0] != "support"


@pytest.mark.parametrize("line, figure, role", [
    ("ごみ袋を1枚あたり50円で販売します。", "50円", "other"), ("乗車1回あたり100円の運賃で運行します。", "100円", "other"),
    ("利用料は月額3,000円です。", "3,000円", "other"), ("1食あたり300円を助成します。", "300円", "support"),
    ("保育料は月額3,000円を上限に補助します。", "3,000円", "support"), ("商品券(1,000円×10枚)を配布します。", "1,000円", "support"),
])
def test_a_price_is_other_and_a_grant_per_unit_support(line, figure, role):
    assert roles("令和7年度当初予算の概要", "◆主な事業", "・地域交通事業 2,000万円", "・" + line)[figure][0] == role


# a signed figure beside an account's total is its change, whatever pass paired it with the total
@pytest.mark.parametrize("line, change", [
    ("(1) 一般会計 214億5,000万円 (対前年度 +8億2,000万円 +4.0%)", "+8億2,000万円"),
    ("(2) 特別会計 98億円 (対前年度 △1億円 △1.0%)", "△1億円"),
])
def test_a_signed_companion_of_a_total_is_a_change(line, change):
    assert roles("令和7年度 当初予算案の概要", "1 予算規模", line)[change][0] == "other"


def test_a_supplementary_cut_keeps_its_role():
    found = roles("令和6年度12月補正予算の概要", "・道路維持事業 △500万円")
    assert found["△500万円"][0] == "supplementary_budget"


# a programme line with a bracketed cap in its name is the programme's budget; the cap alone is support
@pytest.mark.parametrize("line, cap, figure", [
    ("・空き家改修補助金(1件あたり上限50万円) 150万円", "50万円", "150万円"),
    ("・子ども医療費助成事業(1人あたり月額上限500円の自己負担) 1億2,000万円", "500円", "1億2,000万円"),
])
def test_a_programme_line_with_a_bracketed_cap(line, cap, figure):
    found = roles("令和7年度当初予算の概要", "■主な事業", line)
    assert found[figure][0] == "budget"
    assert found[cap][0] == "support"


# a title that presents the year's programmes names its budget
@pytest.mark.parametrize("title, fy", [
    ("令和7年度 重点施策の概要", 2025), ("令和7年度 主な施策", 2025), ("令和7年度 新規・拡充事業", 2025), ("令和8年度 主な新規事業", 2026),
    ("主な事業の紹介", None),
])
def test_a_programme_list_title_names_the_budget(title, fy):
    assert roles(title, "・道路改良事業 1億円")["1億円"] == ("budget", fy)


@pytest.mark.parametrize("title, role", [
    ("令和5年度 主な事業の成果", "other"), ("第5次総合計画 主な施策", "other"), ("補正予算 主な事業", "supplementary_budget"),
])
def test_programme_list_near_misses(title, role):
    assert roles(title, "・道路改良事業 1億円")["1億円"][0] == role


# a petition by its label, a statistic of the economy: no budget of the issuer's
@pytest.mark.parametrize("line, figure", [
    ("国・県への要望額 15億円", "15億円"), ("観光消費額 約320億円", "320億円"), ("製造品出荷額等は1,200億円", "1,200億円"),
])
def test_a_petition_or_a_statistic_by_its_label_is_other(line, figure):
    assert roles("令和7年度当初予算の概要", line)[figure][0] == "other"


@pytest.mark.parametrize("line, figure", [("・所得向上支援事業 500万円", "500万円"), ("・要望対応道路補修事業 300万円", "300万円")])
def test_programmes_named_with_those_words_stay_budgets(line, figure):
    assert roles("令和7年度当初予算の概要", line)[figure][0] == "budget"


def test_an_enterprises_table_headed_by_its_classes():
    found = roles("令和7年度 病院事業会計予算の概要", "収益的収入及び支出", "| 区分 | 予定額 |", "|---|---|",
                  "| 病院事業収益 | 4,500,000千円 |", "| 病院事業費用 | 4,650,000千円 |")
    assert found["4,500,000千円"][0] == "other"
    assert found["4,650,000千円"][0] == "budget"


def test_a_programme_table_with_year_columns():
    found = roles("令和7年度 当初予算の概要", "| 事業名 | 令和7年度 | 令和6年度 |", "|---|---|---|",
                  "| 道路改良事業 | 120,000千円 | 100,000千円 |")
    assert found["120,000千円"] == ("budget", 2025)
    assert found["100,000千円"] == ("previous_budget", 2024)


# a multi-year cost is other, the year's part its budget
@pytest.mark.parametrize("line, whole, part", [
    ("総事業費12億円のうち、令和7年度分として3億円を計上しました。", "12億円", "3億円"),
    ("来年度予算には、秋篠宮邸の改修費、約34億円のうちの8億8000万円が計上されている。", "34億円", "8億8000万円"),
    ("・新庁舎建設事業 5億円(総事業費 40億円)", "40億円", "5億円"),
    ("全体事業費8億円のうち、本年度は2億円を予算化。", "8億円", "2億円"),
])
def test_a_multi_year_cost_and_the_years_part(line, whole, part):
    found = roles("令和7年度当初予算の概要", line)
    assert found[whole][0] == "other"
    assert found[part][0] == "budget"


@pytest.mark.parametrize("line, whole", [
    ("予算額12億円のうち、国庫補助金は4億円です。", "12億円"),
    ("令和7年度の一般会計予算は、412億円のうち民生費が150億円を占めます。", "412億円"),
    ("一般会計412億円のうち、民生費は150億円。", "412億円"),
])
def test_the_years_budget_split_into_parts_stays(line, whole):
    assert roles("令和7年度当初予算の概要", line)[whole][0] == "budget"


# a charge by its label, under a programme-list title
@pytest.mark.parametrize("title, lines, fee", [
    ("令和7年度 重点施策の概要", ("中学生海外派遣事業 450万円", "参加者負担金 1人3万円"), "3万円"),
    ("令和8年度 主な事業", ("・高齢者生きがいバス事業 300万円", "参加費 1人500円"), "500円"),
    ("令和7年度当初予算の概要", ("・市民プール運営事業 1,200万円", "利用料1回300円"), "300円"),
])
def test_a_participants_charge_is_other(title, lines, fee):
    found = roles(title, *lines)
    assert found[fee][0] == "other"
    assert found[lines[0].split()[-1]][0] == "budget"


@pytest.mark.parametrize("line, figure, role", [
    ("・奨学金返還支援補助金 1人あたり年額12万円", "12万円", "support"), ("・施設利用料助成事業 200万円", "200万円", "budget"),
])
def test_charge_words_inside_a_grant_or_a_programme(line, figure, role):
    assert roles("令和7年度 重点施策の概要", line)[figure][0] == role


# an enterprise's spending side in prose is its budget; revenues written as subjects, a fund drawn on, an enterprise's
# income items are sources
@pytest.mark.parametrize("title, line, figure, role", [
    ("令和7年度水道事業会計予算", "収益的収入 4億5,000万円、収益的支出 4億1,800万円", "4億1,800万円", "budget"),
    ("令和7年度水道事業会計予算", "資本的支出は2億4,500万円です。", "2億4,500万円", "budget"),
    ("令和7年度水道事業会計予算", "収益的収入 4億5,000万円、収益的支出 4億1,800万円", "4億5,000万円", "other"),
    ("令和7年度当初予算の概要", "歳入は、町税が8億1,200万円、地方交付税が22億4,000万円です。", "22億4,000万円", "other"),
    ("令和7年度当初予算の概要", "財政調整基金取崩し 9億円", "9億円", "other"),
    ("令和7年度水道事業会計予算", "長期前受金戻入 5,000万円", "5,000万円", "other"),
])
def test_spending_sides_and_sources_in_prose(title, line, figure, role):
    assert roles(title, line)[figure][0] == role


# per-head statistics; a grant per resident given
@pytest.mark.parametrize("line, figure, role", [
    ("1世帯当たりの予算額 約148万円", "148万円", "other"), ("村民1人あたり 約186万円", "186万円", "other"),
    ("・町民1人あたり 5万円を支給", "5万円", "support"),
])
def test_per_head_statistics_and_grants(line, figure, role):
    assert roles("令和7年度当初予算の概要", line)[figure][0] == role


def test_an_enterprises_spending_side_in_prose_is_a_total():
    found = amounts_by_text("令和7年度水道事業会計予算", "収益的収入 4億5,000万円、収益的支出 4億1,800万円",
                            "資本的支出は2億4,500万円です。")
    assert found["4億1,800万円"].total_of == "収益的支出"  # an account's side: no programme's row
    assert found["2億4,500万円"].total_of == "資本的支出"


def test_a_continuing_expenditures_total_is_a_multi_year_cost():
    found = roles("令和7年度当初予算の概要", "・文化ホール改修事業 3億円(継続費総額 9億6,000万円)")
    assert found["9億6,000万円"][0] == "other"
    assert found["3億円"][0] == "budget"


def test_a_programme_list_title_is_a_list_title_of_the_year_pass():
    """roles.json list_titles: one concept read by the role pass (`programmes`) and the year pass (`words`): every title
    that names the year's programmes is also a title the year pass reads for its year."""
    titles = load("roles")["list_titles"]
    assert all(any(w in t for w in titles["words"]) for t in titles["programmes"])
