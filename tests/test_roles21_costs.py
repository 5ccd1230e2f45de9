"""What a figure is when a deck states the COST of a thing and who pays it (issue 21, session 18: fresh16a's public works
evaluations, fresh16c's event hosting costs), each in wordings of other issuers, with the near misses that must not change:

- a project evaluation (再評価 / 事後評価 sheet, an evaluation committee's material or report) states a project's life costs:
  its budget readings (`全体事業費 (うち用地費)` pairs, `総費用`) are `other`, fy null, unless the figure's own sentence names
  a budget (context/document_kinds.py EVALUATION);
- a clause whose subject is a cost (`会場建設費が最大…`, `…にかかる費用は最大…`) with no grant's word is a cost estimate: its
  `最大` caps the estimate, no grant (grant_frame.cost_estimate); a grant's cap (`補助上限額は最大…`) stays support;
- a cost compared with a budget (`建設費が、当初の予算より…増の…`) is no budget; `前年度のN倍にあたる…` is this year's;
- a slash pair of amounts (`162 / 1,017 億円`) is two amounts, the bare first taking the second's unit;
- a budget told year by year after its label keeps the label's role, each figure its own year (topics.py);
- a bracket that revises the figure before it (`(8月に174億円に修正)`) is the same budget; a `同` bracket is the figure's right
  before it; a fund's stock named after its figure (`…億円の財政調整基金から`) is a balance.
"""
from __future__ import annotations

import pytest

from extract.context.cost_estimates import cost_estimate

from .helpers import amounts_by_text, mentions

EVALUATION_SHEET = [
    "令和5年度 北陸地方整備局 事業評価監視委員会 資料 河川事業 再評価 一級河川 手取川 改修事業",
    "全体事業費 (うち用地費) 執行済み額 (うち用地費) 前回評価時 全体事業費 (うち用地費)"
    " 412億円 (38億円) 275億円 (31億円) 380億円 (35億円)",
    "費用便益分析 総費用 530億円 総便益 1,120億円 B/C 2.1",
]
COMMITTEE_REPORT = [
    "県公共事業評価監視委員会 7事業の再評価を審議",
    "県は10日、委員会を開いた。○○バイパスは総費用312億円、総便益405億円でB/Cは1・3。残事業費は96億円。",
]


@pytest.mark.parametrize("lines, figure", [
    (EVALUATION_SHEET, "412億円"),  # the whole cost (X (Y) pair: not a budget and its previous year)
    (EVALUATION_SHEET, "38億円"),
    (EVALUATION_SHEET, "275億円"),  # spent so far
    (EVALUATION_SHEET, "380億円"),  # the previous evaluation's estimate
    (EVALUATION_SHEET, "530億円"),
    (COMMITTEE_REPORT, "312億円"),
    (COMMITTEE_REPORT, "96億円"),
])
def test_an_evaluations_costs_are_other_with_no_year(lines, figure):
    got = amounts_by_text(*lines)[figure]
    assert got.role == "other"


@pytest.mark.parametrize("lines, figure, role", [
    # near misses: a budget list's works line keeps its budget; a budget named in the figure's own sentence in an evaluation
    (["令和6年度 土木部当初予算の概要", "○ 道路整備事業費 12億3,000万円"], "12億3,000万円", "budget"),
    (["○○川改修事業 再評価 資料", "令和6年度予算では、護岸工事に4億円を計上した。"], "4億円", "budget"),
])
def test_budgets_beside_evaluations_stay_budgets(lines, figure, role):
    assert amounts_by_text(*lines)[figure].role == role


@pytest.mark.parametrize("lines, figure", [
    (["2026年アジア競技大会の経費を巡り、国と県、市が3分の1ずつ負担する選手村整備費が最大640億円に膨らむ見通し。"
      "関連する選手の強化支援は別枠とした。"], "640億円"),
    (["第80回国民スポーツ大会の開催に向け、主会場の改修にかかる費用は最大215億円と県が試算した。大会運営への補助も検討する。"],
     "215億円"),
    (["博覧会の会場建設費の総額は当初想定の1・5倍の最大1880億円まで膨らんだ。出展者への支援策も示した。"], "1880億円"),
])
def test_a_cost_estimates_cap_is_no_grant(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "other"


@pytest.mark.parametrize("lines, figure", [
    # near misses: a grant's cap and size keep their support
    (["中小企業設備導入支援補助金", "補助上限額は最大500万円(補助率1/2)とする。"], "500万円"),
    (["省エネ改修への支援", "改修費用の補助は1件当たり最大100万円を交付する。"], "100万円"),
])
def test_a_grants_cap_stays_support(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "support"


@pytest.mark.parametrize("clause, cost", [
    ("の3分の1ずつ負担する会場建設費が最大", True),
    ("にかかる費用は最大", True),
    ("建設費の総額は当初想定の1・9倍の最大", True),
    ("補助対象経費は最大", False),  # a grant's word: the grant's frame
    ("1件当たりの経費は最大", False),  # a per-unit size
    ("補助上限額は最大", False),  # no cost subject
])
def test_cost_estimate(clause, cost):
    assert cost_estimate(clause) is cost


def test_a_cost_compared_with_the_budget_is_no_budget():
    got = amounts_by_text("2028年に開かれる博覧会の会場整備費が、当初の予算より2割増の288億円となる見込みだ。")
    assert got["288億円"].role == "other"


def test_a_figure_a_multiple_of_last_years_is_this_years_budget():
    got = amounts_by_text("県の2025年度当初予算案では、国際大会関連費を含めると前年度の2・1倍にあたる56億円を計上した。")
    assert got["56億円"].role == "budget"


@pytest.mark.parametrize("text, pairs", [
    ("総費用 総便益 88 / 540 億円 210 / 1,305 億円", [("88", 8_800_000_000), ("540 億円", 54_000_000_000),
                                                  ("210", 21_000_000_000), ("1,305 億円", 130_500_000_000)]),
    ("時間短縮便益:412/1,650億円 事故減少便益: 12/40億円", [("412", 41_200_000_000), ("1,650億円", 165_000_000_000),
                                                 ("12", 1_200_000_000), ("40億円", 4_000_000_000)]),
])
def test_a_slash_pair_is_two_amounts(text, pairs):
    got = [(m.text, m.min) for m in mentions(text) if m.kind == "amount"]
    assert got == pairs


@pytest.mark.parametrize("text", [
    "補助率 1/2 以内",  # a fraction, no unit
    "維持管理費: 39/ 55",  # no unit written on the pair: bare numbers
    "2024/3/31 現在",  # a date
    "学校給食費物価高騰対策事業 104,842×10/10千円",  # a rate multiplying the figure before it (a budget book's cell)
    "事業費 2,400×1/2 千円",
])
def test_no_slash_pair_without_a_unit(text):
    assert [m.text for m in mentions(text) if m.kind == "amount"] == []


def test_a_budget_told_year_by_year_keeps_its_label():
    got = amounts_by_text("国体関連予算ですが、令和4年度3,200万円、令和5年度は1億2,400万円、令和6年度は2億100万円となっております。")
    assert [(got[t].role, got[t].fy) for t in ("3,200万円", "1億2,400万円", "2億100万円")] == \
        [("budget", 2022), ("budget", 2023), ("budget", 2024)]


@pytest.mark.parametrize("line", ["予算額：令和3年度 45百万円、令和2年度 40百万円",
                                  "当該事業の予算は、令和7年度1億2,000万円、令和6年度は9,800万円です。"])
def test_near_miss_a_year_before_the_budgets_is_no_item_of_its_series(line):
    later, earlier = (m for m in mentions("事業概要\n" + line) if m.kind == "amount")
    assert later.role == "budget" and earlier.role != "budget"


def test_a_year_by_year_list_of_no_budget_stays_other():
    got = amounts_by_text("来場者の消費額は、令和4年度3,200万円、令和5年度は1億2,400万円と推計される。")
    assert got["1億2,400万円"].role != "budget"


def test_a_revised_figure_keeps_the_role_of_the_one_it_revises():
    got = amounts_by_text("大会の当初予算は98億円(6月に112億円に修正)。入場料収入で30億円(同41億円に修正)を賄う。")
    assert (got["98億円"].role, got["112億円"].role) == ("budget", "budget")
    assert (got["30億円"].role, got["41億円"].role) == ("other", "other")  # a revenue and its revision


def test_a_funds_stock_named_after_its_figure_is_a_balance():
    got = amounts_by_text("県は2月14日、総額が1兆2000億円の2025年度当初予算案を発表した。また、県の貯金に当たる約640億円の"
                          "財政調整基金から約120億円を取り崩す。")
    assert got["640億円"].role == "other"
    assert got["1兆2000億円"].role == "budget"  # a budget named after its figure, its year between


@pytest.mark.parametrize("text, year", [
    # an era-less two-digit year, the time an event happened or the year an event or estimate is named by
    ("26年に全国植樹祭を開く岡山県は、18年に前回大会の経費をまとめた。", "18年"),
    ("26年に全国植樹祭を開く岡山県は、18年に前回大会の経費をまとめた。", "26年"),
    ("34年札幌冬季五輪の経費", "34年"),
    ("27年世界選手権の開催経費", "27年"),
    ("経費は22年試算の900億円から圧縮した。", "22年"),
    ("総会では、西中学校の山田花子さん(2年)が発表した。", "2年"),  # a pupil's grade
])
def test_an_era_less_year_is_no_span(text, year):
    assert year not in [m.text for m in mentions(text) if m.kind == "duration"]


@pytest.mark.parametrize("text, span", [
    # near misses: spans of years stay
    ("施設は10年に1度大規模改修を行う。", "10年"),
    ("建設から30年が経過した。", "30年"),
    ("事業は15年にわたり続いた。", "15年"),
    ("償還期間を20年に延長する。", "20年"),
    ("各年の補助額:4百万円(20年リースの場合)", "20年"),
    ("この4箇年合計で12億円となっております。", "4箇年"),
    ("この3ヵ年合計で5億円", "3ヵ年"),
    ("改修は(3年)で完了する。", "3年"),
])
def test_spans_of_years_stay(text, span):
    assert span in [m.text for m in mentions(text) if m.kind == "duration"]


@pytest.mark.parametrize("text, figure, role", [
    ("実行委員会の事業費は約4億2000万円を予定していたが、約1500万円少ない約4億500万円になった。", "4億2000万円", "other"),
    ("大会の運営経費は3億円を予定していたものの、実際は2億8千万円だった。", "3億円", "other"),
    # near miss: money planned for the year stays the year's budget
    ("啓発事業の経費として5,498万円を予定しております。", "5,498万円", "budget"),
])
def test_a_plan_set_against_its_result_is_no_budget(text, figure, role):
    assert amounts_by_text(text)[figure].role == role


def test_an_evaluations_figures_have_no_year():
    got = amounts_by_text("令和6年度 県公共事業再評価結果",
                          "○○線道路改良事業 平成20年度から令和9年度(予定) 全体事業費 約86.5億円 進捗率 約62%")
    assert (got["86.5億円"].role, got["86.5億円"].fy) == ("other", None)


@pytest.mark.parametrize("text, deck_year, dates", [
    # a lead's day whose month the deck does not fix takes the deck's year alone (docs/judgement_calls.md, call 1;
    # fresh16a's numbered meetings were the first case of it)
    ("熊本県は18日、令和3年度第1回公共事業評価監視委員会を開いた。", 2021, [("18日", "2021")]),
    ("長野市は3日、2019年度 第 4 回上下水道事業審議会を開催した。", 2019, [("3日", "2019")]),
    ("富山市水道局は14日、令和6年度水道事業会計予算案を公表した。", 2024, [("14日", "2024")]),
    ("会計検査院長は8日、令和5年度決算検査報告を内閣総理大臣に提出した。", 2024, [("8日", "2024")]),
    ("高松市は16日、令和4年度第3号補正予算案を発表した。", 2022, [("16日", "2022")]),
    ("小松市は9日、実施計画(2025年度から27年度)を公表した。", 2025, [("9日", "2025")]),
    ("宇部市は21日、第5回経営審議会を開いた。", 2024, [("21日", "2024")]),
    # near miss: a deck of no year: no value can be written, the day stays unread
    ("熊本県は18日、令和3年度第1回委員会を開いた。", None, []),
])
def test_a_leads_day_with_no_month_takes_the_decks_year(text, deck_year, dates):
    assert [(m.text, m.min) for m in mentions(text, deck_year=deck_year) if m.kind == "date"] == dates
