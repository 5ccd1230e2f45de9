"""What the issuer pays its own people and contractors is no grant, nor is the level of a charge named after its figure
(issue 21, roles30: bench/results/issue21_roles30.md).

A figure whose own label, right before it, names pay, an allowance, travel or lodging, wages, or a contract's or a
purchase's price (roles.json own_outlays: `費用弁償 日額1,500円`, `現地調査委託費 2,687,000円`, `駅長の報酬180万円(月額15万円
×12か月)`) is the issuer's outlay, `other`, though a sum per day or month alone reads as a grant's size and a row under a
grant's row is chained as one (the blind-time outputs of fresh13a, fresh15c, fresh20c, fresh22b). Near misses, which stay
grants: a cap (`運転手の報酬 1日12,500円以内`: what the public pays at most), a grant named after the outlay's word (`灯油購入費
助成金`), a grant's own words (`1件あたり上限`), and grants given in the lines above the outlays.
"""
from __future__ import annotations

import time

import pytest

from .helpers import amounts_by_text


@pytest.mark.parametrize("lines, figure", [
    # a council's or a committee's allowances, one row each, under a grant's row (other issuers' wording and numbers)
    (["政務活動費 一人当たり 月額30,000円", "費用弁償 日額2,200円", "日当 2,500円", "宿泊料 県外 12,000円"], "2,200円"),
    (["政務活動費 一人当たり 月額30,000円", "費用弁償 日額2,200円", "日当 2,500円", "宿泊料 県外 12,000円"], "2,500円"),
    (["政務活動費 一人当たり 月額30,000円", "費用弁償 日額2,200円", "日当 2,500円", "宿泊料 県外 12,000円"], "12,000円"),
    (["審議会委員の報酬は日額9,800円、旅費は実費を支給します。"], "9,800円"),
    # pay told with its monthly breakdown in brackets
    (["町は、管理組合に委託料として年間420万円、管理人の報酬240万円(月額20万円×12か月)を支払っている。"], "20万円"),
    (["町は、管理組合に委託料として年間420万円、管理人の報酬240万円(月額20万円×12か月)を支払っている。"], "420万円"),
    # a fund's uses after a grant's line: contracts and wages are the town's own works
    (["間伐を行う森林所有者に1ヘクタール当たり80,000円を補助しました。", "測量業務委託料 1,350,000円",
      "臨時職員賃金 520,000円"], "1,350,000円"),
    (["間伐を行う森林所有者に1ヘクタール当たり80,000円を補助しました。", "測量業務委託料 1,350,000円",
      "臨時職員賃金 520,000円"], "520,000円"),
    (["林業担い手の研修に1人当たり月額5万円を助成しました。", "境界確認調査委託費 3,140,000円"], "3,140,000円"),
    # an audit's findings on contracts and purchases
    (["(1)観光PR業務委託費(1,320千円)について、随意契約の理由が不十分である。"], "1,320千円"),
    (["(2)備品購入費(3品:1,980千円)について、分割して購入している。"], "1,980千円"),
])
def test_the_issuers_own_outlay_is_no_grant(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "other"


@pytest.mark.parametrize("lines, figure", [
    # a cap of what the public pays (election expenses): the outlay's word, but capped
    (["選挙運動用自動車の公費負担の限度額", "●運転手の報酬 1日12,500円以内"], "12,500円"),
    # the outlay's word goes on as a grant's name, or the clause names the grant's own words
    (["物価高騰対策として、灯油購入費助成金 1世帯5,000円を支給します。"], "5,000円"),
    (["住宅の改修費を補助します。補助額は1件あたり上限20万円です。"], "20万円"),
    # grants in the lines above stay grants
    (["間伐を行う森林所有者に1ヘクタール当たり80,000円を補助しました。", "測量業務委託料 1,350,000円"], "80,000円"),
    (["政務活動費 一人当たり 月額30,000円", "費用弁償 日額2,200円"], "30,000円"),
])
def test_near_misses_grants_stay_grants(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "support"


@pytest.mark.parametrize("lines, figure", [
    # school lunches, nursery fees and base charges a town covers: the charge's level, listed or alone
    (["北山町は4月から小学校で月4,700円、中学校で月5,200円の給食費を無償にした。"], "4,700円"),
    (["北山町は4月から小学校で月4,700円、中学校で月5,200円の給食費を無償にした。"], "5,200円"),
    (["西村では、園児1人あたり月2万円ほどかかる保育料を村が全て負担する。"], "2万円"),
    (["物価高騰対策として、1か月1,200円の水道基本料金の全額を、6か月間免除します。"], "1,200円"),
    # a tax per head
    (["県民税に上乗せして1人当たり年額500円の課税を行っています。"], "500円"),
])
def test_a_charges_level_named_after_it_is_no_grant(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "other"


@pytest.mark.parametrize("lines, figure", [
    # a voucher's face value, and sums a giving verb gives, stay grants
    (["物価高騰対策として、全世帯に5,000円分の商品券を配布します。"], "5,000円"),
    (["給食費の保護者負担を軽くするため、1人当たり月額2,000円を補助します。"], "2,000円"),
    (["3歳未満児の保育料として1人当たり月額1万円を助成します。"], "1万円"),
])
def test_near_misses_charges_grants_stay_grants(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "support"


@pytest.mark.parametrize("text, figure", [
    # the recipient named between the money and its giving verb (other issuers, other grants)
    ("総務省は、政党交付金30億円を9党に交付した。", "30億円"),
    ("市は、1人につき現金2万円を対象児童の保護者に支給する。", "2万円"),
    ("県は、1ヘクタール当たり6万円を各地区の森林組合に補助しました。", "6万円"),
    ("町は、見舞金5万円を被災した世帯に対して支給しました。", "5万円"),
    ("市は、1ヘクタール当たり38,000円(上限2,000千円)を市内の森林組合に補助しました。", "38,000円"),
])
def test_what_a_giving_verb_gives_a_named_recipient_is_a_grant(text, figure):
    assert amounts_by_text(text)[figure].role == "support"


@pytest.mark.parametrize("text, figure", [
    # the issuer's own transfers, returns and requests: no gift to a recipient
    ("市は、2億円を財政調整基金に積み立てた。", "2億円"),
    ("町は、500万円を一般会計に繰り入れた。", "500万円"),
    ("村は、未使用額80万円を国に返還した。", "80万円"),
    ("町は、整備費1億円を県に補助申請した。", "1億円"),
])
def test_near_misses_money_moved_or_asked_for_is_no_grant(text, figure):
    assert amounts_by_text(text)[figure].role == "other"


@pytest.mark.parametrize("lines, figure, role", [
    # a research commission's cap per project is a grant's cap; a contract's price, or its cap with no project, is not
    (["技術開発委託事業 公募要領", "委託費:上限2,000万円(1課題・1年度あたり)"], "2,000万円", "support"),
    (["実証事業 公募のご案内", "委託費 上限800万円(1件あたり)"], "800万円", "support"),
    (["プロポーザル実施要領", "業務委託費上限額 9,800,000円"], "9,800,000円", "other"),
    (["令和6年度 監査結果", "調査業務委託費 3,300,000円"], "3,300,000円", "other"),
])
def test_a_commissions_cap_per_project_against_a_contracts_price(lines, figure, role):
    assert amounts_by_text(*lines)[figure].role == role


@pytest.mark.parametrize("lines, figure, role", [
    # a scheme's total beside the benefit per household: the total is no grant's size, the benefit is
    (["子育て応援事業の総事業費は1億2,000万円で、対象の1世帯あたり3万円を支給します。"], "1億2,000万円", "other"),
    (["子育て応援事業の総事業費は1億2,000万円で、対象の1世帯あたり3万円を支給します。"], "3万円", "support"),
    # money the town receives and banks
    (["国の臨時交付金として3,000万円が交付され、基金に積み立てた。"], "3,000万円", "other"),
    # a programme sheet's cost breakdown: its contract and its `…補助金` line are the programme's costs
    (["事業費の内訳", "委託料 1,200千円", "森林整備補助金 3,400千円"], "1,200千円", "other"),
    (["事業費の内訳", "委託料 1,200千円", "森林整備補助金 3,400千円"], "3,400千円", "other"),
])
def test_near_misses_totals_receipts_and_cost_breakdowns(lines, figure, role):
    assert amounts_by_text(*lines)[figure].role == role


@pytest.mark.parametrize("text, figure, role", [
    # money the issuer asks another government to give it: the giving verb is requested, no grant made
    ("村は国に対し、8,000万円を本村に交付するよう要望しました。", "8,000万円", "other"),
    ("市長は県に、整備費3億円を市に補助するよう求めた。", "3億円", "other"),
    ("町は国に2億4,000万円の交付を要請した。", "2億4,000万円", "other"),
    ("協議会は、4,500万円の交付を国に陳情しました。", "4,500万円", "other"),
    # near misses: a grant given, with a request or a plan in a later clause or after a plain purpose
    ("町は被災世帯に5万円を支給し、国に追加の支援を要望した。", "5万円", "support"),
    ("市は、1世帯3万円を支給するよう準備を進めている。", "3万円", "support"),
    ("県は、1ヘクタール当たり4万円を森林組合に補助しました。", "4万円", "support"),
])
def test_money_asked_of_another_government_is_no_grant(text, figure, role):
    assert amounts_by_text(text)[figure].role == role


def test_a_charge_after_a_long_parallel_list_is_read_in_bounded_time():
    """A charge named after a list of figures is read over a few figures only: a one-line list of hundreds of sums
    (`予算額 100万円、101万円、…`) backtracked over every split of each figure's digits (roles30 made it >120 s)."""
    text = "予算額 " + "、".join(f"{100 + k}万円" for k in range(60)) + "の使用料"
    start = time.perf_counter()
    roles = amounts_by_text(text)
    assert time.perf_counter() - start < 20
    assert roles["159万円"].role == "other"
