"""What citizens pay and what a fund holds or moves is no grant; a borrower's ceiling is a cap (issue 21:
bench/results/issue21_roles28.md).

A figure whose paragraph names, before it, a charge residents pay (`保険料`, `手数料`, `料金`, `保育料`: roles.json
prices.paid_topics) is what they pay, `other`, even where it is a sum per month (which alone reads as a grant's size), and
the lines after it no longer read as rows of a grant list; a figure whose sentence right before it names a balance or a
fund's move (`残高`, `取り崩し`, `繰入`, `積立`: roles.json fund_moves, balance_words) is the issuer's own stock or
transfer, `other`; a borrower's ceiling in a loan scheme (`融資限度額 3,000万円`, `1中小企業者6,000万円以内`) is a cap per
business, `support` (fresh20a's call). Near misses, which stay grants: a sentence that gives or relieves the charge (`保険料の一部を…助成`,
`基本料金を減免`, `…円を支給`), and money a fund pays out by a giving verb (`基金を取り崩して…3万円を支給`).
"""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


@pytest.mark.parametrize("lines, figure", [
    # care and health premiums told in prose (news reports, a town's plan), other issuers' wording
    (["北川市の国民健康保険料は、来年度から1人当たり月額8,200円となる見込みです。"], "8,200円"),
    (["65歳以上の後期高齢者医療保険料は、県平均で月額6,480円に上がった。"], "6,480円"),
    (["第10期の介護保険料の基準額を月額6,900円とし、据え置きとしました。"], "6,900円"),
    (["県内の介護保険料は市町ごとに差があり、最も高いのは南町で月額7,100円、最も低いのは西村で月額4,800円だった。"],
     "4,800円"),
    # other charges residents pay, per month or per use
    (["保育料は所得に応じて決まり、3歳未満児は月額最大42,000円です。"], "42,000円"),
    (["住民票の写しの交付手数料は1通300円です。"], "300円"),
    (["下水道の使用料金は、一般家庭で平均月額3,150円となっています。"], "3,150円"),
    # the prose after a premium's figure is no row of a grant list
    (["来年度からの介護保険料は、基準額が月額6,300円に改定されます。",
      "仮に据え置いた場合、3年間でおよそ3億円が不足する見込みです。"], "3億円"),
])
def test_a_charge_residents_pay_is_no_grant(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "other"


@pytest.mark.parametrize("lines, figure", [
    # a fund's balance or drawdown, the issuer's own money (after a grant's line: no row of a grant list)
    (["財政調整基金の取り崩しは12億3千万円となり、年度末残高は45億円となりました。"], "12億3千万円"),
    (["財政調整基金の取り崩しは12億3千万円となり、年度末残高は45億円となりました。"], "45億円"),
    (["災害見舞金として1世帯あたり3万円を支給します。", "見舞金基金の年度末残高は2億1千万円となりました。"], "2億1千万円"),
    (["奨学金は月額3万円を貸与します。", "奨学基金への積立は毎年500万円です。"], "500万円"),
    (["介護給付費準備基金については、残高2億4,000万円の全額を取り崩します。"], "2億4,000万円"),
])
def test_a_funds_stock_or_move_is_no_grant(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "other"


@pytest.mark.parametrize("lines, figure", [
    # the sentence gives or relieves: a grant whatever charge it names
    (["低所得の方には、介護保険料の一部として月額2,000円を助成します。"], "2,000円"),
    (["水道の基本料金の減免額は、一般家庭で月額1,100円です。"], "1,100円"),
    (["保育料の負担を軽くするため、第2子には1人当たり月額10,000円を支給します。"], "10,000円"),
    # a fund pays out by a giving verb
    (["子育て応援基金を取り崩して、1世帯あたり30,000円を支給します。"], "30,000円"),
    # no charge, no fund: a grant per month stays a grant
    (["ひとり親家庭に1人当たり月額5,000円を支給します。"], "5,000円"),
])
def test_near_misses_grants_stay_grants(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "support"



@pytest.mark.parametrize("lines, figure", [
    # a condition's upper bound under a list of caps is a threshold
    (["運転資金 1中小企業者3,000万円以内 5年以内", "設備資金 1中小企業者5,000万円以内 10年以内",
      "保証人 500万円以下で特別小口保証を利用する場合は不要"], "500万円"),
    (["小口資金 1事業者800万円以内", "借入額が50万円未満の場合は、保証料を町が全額負担します。"], "50万円"),
])
def test_a_conditions_upper_bound_is_no_grant(lines, figure):
    assert amounts_by_text(*lines)[figure].role != "support"

@pytest.mark.parametrize("lines, figure", [
    # a borrower's ceiling in a loan or guarantee scheme, other issuers' wording (GUIDE: a cap per business is support)
    (["中小企業振興資金のご案内", "融資限度額 3,000万円", "融資期間 7年以内"], "3,000万円"),
    (["創業支援資金", "運転資金と設備資金を合わせた貸付限度額は、2,500万円です。"], "2,500万円"),
    (["セーフティネット保証の概要", "| 保証限度額 | 2億8,000万円 |"], "2億8,000万円"),
    (["町は商工会とともに小口融資のあっせんを行っています。限度額は1事業者あたり700万円です。"], "700万円"),
    # one borrower right before a capped figure, a flattened scheme table's row
    (["経営安定資金 運転資金 1中小企業者6,000万円以内 5年以内 年1.8%"], "6,000万円"),
    (["設備近代化資金 設備資金 1組合8,000万円まで 10年以内"], "8,000万円"),
])
def test_a_borrowers_ceiling_is_a_cap(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "support"


@pytest.mark.parametrize("lines, figure", [
    # the body's own borrowing limit, a budget's debt burden, a loan between governments, a definition's threshold
    (["令和6年度病院事業会計予算", "一時借入金の限度額は、8億円と定める。"], "8億円"),
    (["債務負担行為", "中小企業融資制度損失補償 限度額 5,000万円"], "5,000万円"),
    (["円借款の供与", "日本政府は、上水道整備計画について供与限度額120億円の円借款を供与する。"], "120億円"),
    (["中小企業者の定義", "資本金の額が3億円以下の会社"], "3億円"),
    # an income limit is no loan's ceiling
    (["児童手当のご案内", "所得制限限度額は、扶養親族2人で736万円です。"], "736万円"),
])
def test_near_misses_of_a_borrowers_ceiling(lines, figure):
    assert amounts_by_text(*lines)[figure].role != "support"


@pytest.mark.parametrize("lines, figure", [
    # a bound `N円以下で、…` that caps a grant: the clause names the grant's amount, or the sentence gives what one gets
    (["若葉町 空き店舗活用補助金", "交付額は1店舗20万円以下で、予算の範囲内において交付する。"], "20万円"),
    (["北浜市 住宅改修助成", "助成金の額は1戸につき15万円以下で、工事完了後に支払います。"], "15万円"),
    (["緑ケ丘村 資格取得支援", "受講料は1人あたり3万円以下で助成します。"], "3万円"),
    # a borrower's ceiling on a line that also says the loans are made within the budget
    (["湖南市 小規模事業者応援資金", "融資限度額 900万円（予算の範囲内で貸し付けます）"], "900万円"),
    (["川端町 設備投資資金", "貸付限度額は1事業者1,800万円です。なお、予算の範囲内で融資を行います。"], "1,800万円"),
    # after a lending frame's total, the borrower's own ceiling
    (["港北県 経営安定資金", "融資枠の限度額は総額25億円です。", "1企業あたりの融資限度額は1,200万円です。"], "1,200万円"),
])
def test_a_grants_or_borrowers_cap_is_support(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "support"


@pytest.mark.parametrize("lines, figure", [
    # a condition on something else (`年収が…`), or one that goes on to `…の場合`, stays a threshold
    (["子育て応援給付金", "世帯の年収が400万円以下で、中学生以下の子がいる世帯に1人あたり5万円を支給します。"], "400万円"),
    (["店舗改装補助金", "1件あたり20万円以下で申請する場合は、見積書1通で足ります。"], "20万円"),
    (["設備導入補助金", "補助対象経費が30万円未満の場合は、補助の対象外です。"], "30万円"),
    # a lending or guarantee frame's whole is no borrower's ceiling
    (["港北県 経営安定資金", "融資枠の限度額は総額25億円です。", "1企業あたりの融資限度額は1,200万円です。"], "25億円"),
    (["創業応援融資制度", "制度全体の貸付限度額は、6億円とします。"], "6億円"),
    (["県信用保証協会との協調", "本制度の保証枠は、保証限度額の総額で80億円とする。"], "80億円"),
    # a figure that is a budget itself beside a ceiling word
    (["中小企業融資事業", "融資預託金 予算額 5億円（融資限度額 2,000万円）"], "5億円"),
])
def test_near_misses_of_a_cap_stay_no_grant(lines, figure):
    assert amounts_by_text(*lines)[figure].role != "support"
