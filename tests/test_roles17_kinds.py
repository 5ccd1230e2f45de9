"""Roles of money figures no label beside them names, from the document's kind and structure (issue 21,
bench/results/issue21_roles17.md), each in wordings no dev set uses, with near misses:

- an enterprise account's budget bill: under its spending side named alone (`支 出`, `◇支出`), the 款 and 項 are its
  budget, each a total of the side (no programme's row); the revenue side's stay `other`, also where a 款's label stands
  on the line above its figure; an article's heading over both sides (`(資本的収入及び支出)`) ends the side
  (context/account_sides.py, scope._spending);
- a supplementary bill's total after the addition (`…を追加し、歳入歳出それぞれ…と定める`) is the budget as it stands
  (open_figures);
- sizes listed in parallel before a giving verb, with a long recipient's label between them that is a noun phrase by its
  parts of speech (grant_frame.parallel_gap);
- a benefit guide (its title names what a resident receives; no budget label): a heading naming the amount given heads the
  sizes under it, `support`; a heading naming what the resident pays or earns gives nothing (context/document_kinds.py).
"""
from __future__ import annotations

import pytest

from extract.context import document_kinds
from extract.context.grant_frame import parallel_gap

from .helpers import amounts_by_text

HOSPITAL = ["令和7年度北杜市病院事業会計予算", "(総則)", "第1条 令和7年度北杜市病院事業会計の予算は、次に定めるところによる。",
            "(収益的収入及び支出)", "第3条 収益的収入及び支出の予定額は、次のとおりと定める。", "収 入", "第1款 病院事業収益",
            "2,345,678 千円", "第1項 医業収益", "2,100,000 千円", "支 出", "第1款 病院事業費用", "2,401,234 千円",
            "第1項 医業費用 2,300,000千円", "第2項 医業外費用", "95,000 千円", "(企業債)", "第5条 起債の限度額は 3億1,000万円とする。"]
WATER = ["令和8年度日高川町簡易水道事業会計予算", "(資本的収入及び支出)", "第4条 資本的収入及び支出の予定額は次のとおり定める。",
         "◇収入", "第1款 資本的収入 | 88,800千円 |", "第2項 他会計出資金 | 40,000千円 |", "◇支出",
         "第1款 資本的支出 | 131,500千円 |", "第1項 建設改良費 | 99,700千円 |", "(資本的収入及び支出の不足額)",
         "不足する額 42,700千円は、損益勘定留保資金で補てんする。"]


def _roles(lines: list[str]) -> dict[str, tuple[str | None, object]]:
    return {t: (m.role, m.total_of) for t, m in amounts_by_text(*lines).items()}


@pytest.mark.parametrize("lines, figure", [
    (HOSPITAL, "2,401,234 千円"),
    (HOSPITAL, "2,300,000千円"),
    (HOSPITAL, "95,000 千円"),
    (WATER, "131,500千円"),
    (WATER, "99,700千円"),
])
def test_an_enterprise_bills_spending_side_states_its_budget(lines, figure):
    role, total = _roles(lines)[figure]
    assert role == "budget"
    assert total is not None  # a side's 款 or 項: a total, no programme's row


@pytest.mark.parametrize("lines, figure, role", [
    (HOSPITAL, "2,345,678 千円", "other"),  # the revenue side
    (HOSPITAL, "2,100,000 千円", "other"),  # the revenue side, its label on the line above
    (HOSPITAL, "3億1,000万円", "other"),  # a bond's limit under the article after the side
    (WATER, "88,800千円", "other"),
    (WATER, "40,000千円", "other"),
    (WATER, "42,700千円", "other"),  # the shortfall, after the next article's heading
    # a settlement's two sides: no budget label scopes them
    (["令和5年度 緑ヶ丘自治会 収支決算書", "支 出", "事務費 120,000円", "行事費 340,000円"], "120,000円", "other"),
])
def test_near_misses_of_the_spending_side(lines, figure, role):
    assert _roles(lines)[figure][0] == role


@pytest.mark.parametrize("lines, added, total", [
    (["令和7年度美浜町一般会計補正予算(第2号)",
      "第1条 歳入歳出予算の総額に歳入歳出それぞれ3億2,100万円を追加し、歳入歳出予算の総額を歳入歳出それぞれ215億6,700万円とする。"],
     "3億2,100万円", "215億6,700万円"),
    (["令和8年度 東山村国民健康保険特別会計補正予算(第1号)",
      "第1条 歳入歳出予算の総額から歳入歳出それぞれ12,345千円を減額し、歳入歳出予算の総額を歳入歳出それぞれ4,567,890千円と定める。"],
     "12,345千円", "4,567,890千円"),
])
def test_a_supplementary_bills_total_after_the_addition_is_the_budget(lines, added, total):
    got = _roles(lines)
    assert got[added][0] == "supplementary_budget"
    assert got[total][0] == "budget"


@pytest.mark.parametrize("lines, figure, role", [
    # an initial budget's bill: its total is the budget it enacts
    (["令和7年度西原村一般会計予算", "第1条 歳入歳出予算の総額は、歳入歳出それぞれ5,432,100千円と定める。"], "5,432,100千円", "budget"),
    # an addition alone stays the supplementary
    (["令和7年度北浜町一般会計補正予算(第3号)", "第1条 歳入歳出予算の総額に歳入歳出それぞれ8,000千円を追加する。"], "8,000千円",
     "supplementary_budget"),
])
def test_near_misses_of_the_total_after(lines, figure, role):
    assert _roles(lines)[figure][0] == role


@pytest.mark.parametrize("line, figure", [
    ("妊娠届出時に第1子3万円、第2子(2歳未満)1人当たり5万円を支給します。", "3万円"),
    ("初回(申請時)2万円、2回目以降(更新時)世帯当たり1万円を給付する。", "2万円"),
])
def test_sizes_listed_before_a_giving_verb_over_a_long_label(line, figure):
    assert _roles([line])[figure][0] == "support"


@pytest.mark.parametrize("gap, parallel", [
    ("、第3子以降", True),
    ("、2回目(出産後)子ども1人あたり", True),
    ("、2回目以降(更新時)世帯当たり", True),
    ("、対象となる世帯には1人あたり", False),  # a clause with its own verb
    ("、ただし前年の所得が一定以上の世帯には", False),
    ("。第2子", False),
])
def test_a_parallel_gap_is_a_noun_phrase(gap, parallel):
    assert parallel_gap(gap) is parallel


def _guide(title: str, heading: str, *rows: str) -> list[str]:
    return [title, "■対象者", "市内に住所を有する方", heading, *rows, "■申請方法", "申請書を提出してください。"]


@pytest.mark.parametrize("lines, figure", [
    (_guide("ひとり親家庭等奨学金貸付制度のご案内", "■貸付月額", "・高校生 18,000円以内", "・大学生 36,000円以内"), "18,000円"),
    (_guide("ひとり親家庭等奨学金貸付制度のご案内", "■貸付月額", "・高校生 18,000円以内", "・大学生 36,000円以内"), "36,000円"),
    (_guide("就学援助手当について", "【手当の額】", "小学生 3,000円", "中学生 4,500円"), "4,500円"),
    (_guide("出産応援給付金のお知らせ", "■給付金の額", "・妊娠時 50,000円", "・出生時 50,000円"), "50,000円"),
])
def test_a_benefit_guides_heading_of_the_amount_given_makes_support(lines, figure):
    got = amounts_by_text(*lines)[figure]
    assert got.role == "support"
    assert got.role_source == document_kinds.SOURCE


@pytest.mark.parametrize("lines, figure", [
    # an income limit, a repayment, a fee: what the resident earns or pays
    (_guide("ひとり親家庭等奨学金貸付制度のご案内", "■所得制限限度額", "・扶養親族1人 622万円"), "622万円"),
    (_guide("ひとり親家庭等奨学金貸付制度のご案内", "■貸付金の返還額", "・大学生 総額 432,000円"), "432,000円"),
    (_guide("就学援助手当について", "■給食費(月額)", "小学生 4,200円"), "4,200円"),
    # a statistic of the benefit
    (_guide("出産応援給付金のお知らせ", "■支給実績", "・昨年度の支給総額 1億2,000万円"), "1億2,000万円"),
    # no benefit in the title: a sports centre's fees
    (_guide("市民体育館のご利用について", "■利用料金", "・一般 300円"), "300円"),
    # a giving verb alone in the title: a revenue the body receives, a grant's settlement (rev17's near misses)
    (_guide("特別交付税の交付額の決定について", "■交付額", "・本町の特別交付税 3億4,000万円"), "3億4,000万円"),
    # the body's own people: a staff or member allowance is pay, no resident's benefit
    (_guide("職員の特殊勤務手当の見直しについて", "■手当の額", "・夜間看護手当 1回 2,900円"), "2,900円"),
    (_guide("議員の期末手当の改定について", "■手当の額", "・議長 年額 120万円"), "120万円"),
])
def test_near_misses_of_a_benefit_guides_heading(lines, figure):
    assert amounts_by_text(*lines)[figure].role != "support"


def test_a_budget_document_is_no_benefit_guide():
    lines = _guide("令和7年度 奨学金貸付事業 当初予算", "■貸付金額", "・事業費 2,400万円")
    assert amounts_by_text(*lines)["2,400万円"].role_source != document_kinds.SOURCE


@pytest.mark.parametrize("text, names", [
    ("【貸付金額】", True), ("■支給月額", True), ("給付金の額", True), ("■手当額", True),
    ("■所得制限限度額", False), ("■貸付金の返還額", False), ("■保険料額", False), ("■支給実績", False),
])
def test_a_heading_names_the_amount_given(text, names):
    assert document_kinds.names_amount_given(text) is names


@pytest.mark.parametrize("lines, figure, role", [
    # a label wrapped onto two lines of a chart: read whole
    (["令和7年度予算の要求基準", "前年度", "予算額", "95.2兆円"], "95.2兆円", "previous_budget"),
    (["令和8年度 子ども施策の概要", "補正", "予算額", "1,200億円"], "1,200億円", "supplementary_budget"),
    # near misses: a fragment that changes nothing, a long line above
    (["令和7年度予算の要求基準", "概要", "予算額", "95.2兆円"], "95.2兆円", "budget"),
    (["令和7年度予算の要求基準", "前年度の実績を踏まえて見直しを行う", "予算額", "95.2兆円"], "95.2兆円", "budget"),
])
def test_a_label_wrapped_over_two_lines(lines, figure, role):
    assert _roles(lines)[figure][0] == role


@pytest.mark.parametrize("line, figure, role", [
    ("第2回臨時会 総額312億4,500万円余の令和6年度補正予算を可決", "312億4,500万円", "supplementary_budget"),
    ("知事は総額5,870億円程度の令和8年度当初予算を編成した。", "5,870億円", "budget"),
    # near miss: a sum that is no budget
    ("総額120億円余の寄附が寄せられた。", "120億円", "other"),
])
def test_a_budget_named_after_a_rounded_figure(line, figure, role):
    assert _roles([line])[figure][0] == role


@pytest.mark.parametrize("lines, figure, fy", [
    (["広域連合議会定例会提出議案の説明", "(令和7年8月1日提出)", "今回の補正予算は、令和6年度決算に伴う精算が主なものです。",
      "一般会計補正予算(第1号)は、補正額約2,150万円です。"], "2,150万円", 2025),
])
def test_a_settlements_year_that_causes_a_budget_scopes_nothing(lines, figure, fy):
    assert amounts_by_text(*lines)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, role", [
    (["防災関係予算の推移", "◆ 2015年度の約1.2兆円から2024年度には約2.0兆円に増加。"], "1.2兆円", "budget"),
    (["防災関係予算の推移", "◆ 2015年度の約1.2兆円から2024年度には約2.0兆円に増加。"], "2.0兆円", "budget"),
    # near misses: the year labels another subject; no budget in the title
    (["防災関係予算の推移", "◆ 2024年度は2015年度比で約8,000億円の増加。"], "8,000億円", "other"),
    (["防災関係の統計", "◆ 2015年度の約1.2兆円から2024年度には約2.0兆円に増加。"], "1.2兆円", "other"),
])
def test_a_budgets_trend_by_year(lines, figure, role):
    assert _roles(lines)[figure][0] == role


@pytest.mark.parametrize("lines, figure, fy", [
    # a white paper's edition year fixes the era of its era-less years, also after a date of another year in its text
    (["令和3年版 交通安全白書|第1部 第2章", "(1)交通安全教育の推進", "令和元年5月10日の決定に基づき、教育を推進する。", "3年度予算額",
      "210百万円"], "210百万円", 2021),
    (["平成26年版 消費者白書", "(2)相談体制の強化", "平成16年6月の法改正を踏まえ、体制を整える。", "26年度予算額", "1,230百万円"],
     "1,230百万円", 2014),
])
def test_an_editions_year_fixes_the_era_of_a_label(lines, figure, fy):
    got = amounts_by_text(*lines)[figure]
    assert (got.role, got.fy) == ("budget", fy)


def test_near_miss_no_edition_no_era():
    # no era anywhere: the era-less year stays unread, its label a budget's with no year
    got = amounts_by_text("交通安全の取組", "(1)交通安全教育の推進", "3年度予算額", "210百万円")["210百万円"]
    assert got.fy != 2021


def test_the_documents_kind_is_published_on_its_outline_and_report():
    from extract.report.outline import outline_section

    from .helpers import text_deck_outline

    _, tree = text_deck_outline(_guide("ひとり親家庭等奨学金貸付制度のご案内", "■貸付月額", "・高校生 18,000円以内"))
    rows = tree.rows("d")
    title = next(r for r in rows if r["kind"] == "title")
    assert "document:benefit_guide" in (title["labels"] or "")
    assert "document:benefit_guide" in outline_section(rows)
    _, budget = text_deck_outline(["令和7年度 奨学金貸付事業 当初予算", "■貸付金額", "・事業費 2,400万円"])
    assert not any("document:" in (r["labels"] or "") for r in budget.rows("d"))


_BILL = ["議案第12号", "令和7年度南風町一般会計予算", "(歳入歳出予算)",
         "第1条 歳入歳出予算の総額は、歳入歳出それぞれ4,812,000千円と定める。"]


@pytest.mark.parametrize("line, figure", [
    # a bill's ceilings: temporary borrowing, a debt burden, a bond: limits, no money of the year
    ("第3条 地方自治法第235条の3第2項の規定による一時借入金の借入れの最高額は、5億円と定める。", "5億円"),
    ("第4条 債務負担行為をすることができる事項、期間及び限度額は、庁舎改修事業 令和8年度まで 限度額 3,200万円とする。", "3,200万円"),
    ("第5条 起債の目的、限度額は、臨時財政対策債 限度額 1億5,000万円とする。", "1億5,000万円"),
])
def test_near_misses_a_bills_limits_stay_other(line, figure):
    got = _roles([*_BILL, line])
    assert got["4,812,000千円"][0] == "budget"
    assert got[figure][0] == "other"


@pytest.mark.parametrize("line, figure, role", [
    ("令和6年度補正予算では、農林水産物の輸出目標2兆円の達成に向けて、輸出支援に120億円を計上した。", "2兆円", "other"),
    ("県の当初予算では、観光消費目標額1,500億円を掲げ、誘客に8億円を計上。", "1,500億円", "other"),
    # near misses: the budget beside the target keeps its role; a target that is no statistic's is left as it was
    ("令和6年度補正予算では、農林水産物の輸出目標2兆円の達成に向けて、輸出支援に120億円を計上した。", "120億円", "supplementary_budget"),
])
def test_a_target_of_a_statistic_is_no_budget(line, figure, role):
    assert _roles([line])[figure][0] == role


@pytest.mark.parametrize("line, figure, role", [
    ("特別会計は前年度比1.5倍の45億円となった。", "45億円", "budget"),
    ("防災関係は前年度比で2割増の18億円を計上した。", "18億円", "budget"),
    ("観光振興は昨年度比約3.1倍の9億円に拡充。", "9億円", "budget"),
    # near misses: the change itself, a change stated after the figure
    ("特別会計は前年度比12億円の増となった。", "12億円", "other"),
    ("特別会計は45億円で、前年度比1.5倍となった。", "45億円", "budget"),
    ("市税は前年度比2.4%増の31億円を見込む。", "31億円", "other"),  # a source's level
    ("決算額を見ると、歳出は前年度比3.5%増の210億円です。", "210億円", "other"),  # a settlement's
])
def test_a_rate_of_change_before_the_figure_leaves_it_this_years(line, figure, role):
    assert _roles(["令和7年度 当初予算の概要", line])[figure][0] == role
