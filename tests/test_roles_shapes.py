"""Role and budgets rows by document shape (issue 21, third pass): each rule is a convention of the GUIDE or of the gold
READMEs' judgement calls, seen in decks of several issuers. Lines written for these tests in the style of real decks
(municipal supplementary notices, request lists, budget speeches); each shape with variants and near misses."""
from __future__ import annotations

import pytest

from extract.tables import budget_records

from .helpers import text_deck_outline


def run(*texts: str):
    mentions, _ = text_deck_outline(texts)
    return [m for m in mentions if m.kind == "amount"]


def amount(found, text, k=0):
    return [m for m in found if m.text == text][k]


def rows(found):
    return sorted(r["text"] for r in budget_records([m.record() for m in found]))


# -- a title that names the budget's kind but no year --------------------------------------------------------

@pytest.mark.parametrize("title, role", [
    ("9月補正予算についてお知らせします", "supplementary_budget"),
    ("議会報告 追加補正予算案 約12億円", "supplementary_budget"),
    ("10~12月に追加された補正予算の主なもの", "supplementary_budget"),
    ("各省の来年度予算概算要求がまとまりました。", "budget"),
])
@pytest.mark.parametrize("item", ["・学童保育支援事業(事業費 3,000万円)", "○学童保育支援事業 3,000万円", "▽学童保育支援事業 3,000万円"])
def test_a_kind_only_title_gives_its_items_that_role_and_no_year(title, role, item):
    found = run(title, "主な内容:", item, "放課後の居場所づくりを支援します。")
    m = amount(found, "3,000万円")
    assert (m.role, m.fy) == (role, None)
    assert "3,000万円" in rows(found)


@pytest.mark.parametrize("title", ["市政だより お知らせ", "補正予算額 3億円の内訳", "令和7年度補正予算の概要"])
def test_near_miss_no_kind_only_title(title):
    found = run(title, "・学童保育支援事業(事業費 3,000万円)")
    m = amount(found, "3,000万円")
    # a title with no kind word, or a figure's own label, gives no kind-only scope; a title with its year is a full label
    assert m.fy is None or title.startswith("令和")
    assert (m.role == "supplementary_budget") == title.startswith("令和")


# -- an item's cost on the line under its name; a grant's size in its name -----------------------------------

@pytest.mark.parametrize("item, cost, grant", [
    ("・65歳以上の方への生活支援として3000円の商品券を配布", "約2億1000万円 国費", "3000円"),
    ("・子育て世帯への臨時給付金 児童1人につき3万円", "約5400万円 国費", "3万円"),
    ("・家電買替え補助 購入者1人につき1万円", "約600万円", "1万円"),
])
def test_an_items_cost_stands_on_the_line_under_it(item, cost, grant):
    found = run("12月追加補正予算案", "〇物価高騰対策", item, cost)
    c = amount(found, cost.split()[0].lstrip("約"))
    assert c.role == "supplementary_budget" and c.total_of is None
    assert amount(found, grant).role == "support"
    assert rows(found) == [c.text]


@pytest.mark.parametrize("under", ["合計 2億円", "うち国費 2億円", "給付は年内に行う予定です。2億円規模。"])
def test_near_miss_a_line_that_is_no_figure_line(under):
    found = run("12月追加補正予算案", "・生活支援として3000円の商品券を配布", under)
    # no figure line under the item: the item's own figure stands for it
    assert amount(found, "3000円").role == "supplementary_budget"


# -- revenue and expenditure sides of an account: breakdowns ---------------------------------------------------

@pytest.mark.parametrize("side", ["▽歳入", "◇歳入", "▽歳出", "■歳出予算"])
def test_figures_under_a_side_of_the_account_are_a_breakdown(side):
    found = run("6月補正予算についてお知らせします", "■補正額", "1億2,000万円", side, "国庫支出金:8,000万円",
                "繰入金:4,000万円", "■主な事業", "▽商品券発行事業 9,000万円")
    assert {amount(found, t).role for t in ("8,000万円", "4,000万円")} == {"other"}
    total = amount(found, "1億2,000万円")
    assert total.role == "supplementary_budget" and total.total_of  # the heading names the whole supplementary
    assert rows(found) == ["9,000万円"]


def test_near_miss_a_heading_that_names_expenditure_programmes_is_no_side():
    found = run("6月補正予算についてお知らせします", "■主な歳出事業", "▽商品券発行事業 9,000万円", "▽防災無線更新事業 3,000万円")
    assert rows(found) == ["3,000万円", "9,000万円"]


# -- a request list nested by indentation: a ministry's total over its items ----------------------------------

@pytest.mark.parametrize("bullet", ["•", "・"])
def test_an_indented_list_nests_and_its_parent_figure_is_a_total(bullet):
    found = run("各省の来年度予算概算要求が発表されました。", f"  {bullet} 一般会計 90兆円(2.0%)",
                f"    {bullet} 一般歳出 50兆円(0.5%)", f"  {bullet} 防衛省 5兆円(1.2%)", f"    {bullet} 沿岸監視対策 800億円(5.4%)",
                f"    {bullet} 次期レーダー整備 300億円", f"      {bullet} 元利払い。残高は3月末で500兆円に達する見込み。")
    assert amount(found, "5兆円").total_of and amount(found, "90兆円").total_of and amount(found, "50兆円").total_of
    assert rows(found) == ["300億円", "800億円"]
    assert {amount(found, t).role for t in ("800億円", "300億円", "5兆円")} == {"budget"}


def test_near_miss_one_sub_item_makes_no_total():
    # (a parent named by a programme: a ministry's name alone is its total whatever the nesting, test_names14_shapes.py)
    found = run("各省の来年度予算概算要求が発表されました。", "  • 防衛力整備事業 5兆円", "    • 沿岸監視対策 800億円")
    assert amount(found, "5兆円").total_of is None


# -- the figure's own sentence: changes, per-inhabitant conversions, appropriations ---------------------------

@pytest.mark.parametrize("text, figure", [
    ("一般会計予算は120億円で、前年度より5億円削減しています。", "5億円"),
    ("公債金は35兆円と前年より1兆3,000億円圧縮しています。", "1兆3,000億円"),
    ("税収は、前年度の税収を4兆円上回る、69兆円を計上しています。", "4兆円"),
    ("社会保障関係費は、36兆円で前年対比6,000億円増となっています。", "6,000億円"),
    ("当初予算で1人当たりの単価を500円増額した補助金について、さらに500円増額します。", "500円"),
])
def test_a_change_is_other(text, figure):
    found = run("令和7年度予算の概要", text)
    assert all(m.role == "other" for m in found if m.text == figure)


def test_near_miss_a_supplementarys_own_increase_is_no_change():
    found = run("令和7年度関係議案の概要", "一般会計の2月補正予算額は60億円の増額であり、"
                "国の補正予算に伴う経費として40億円の増額補正等を行います。")
    assert amount(found, "60億円").role == "supplementary_budget" and amount(found, "40億円").role == "supplementary_budget"


@pytest.mark.parametrize("lines", [
    ("◆市民1人当たり換算額", "・民生費", "21万円"),
    ("■町民一人あたりに計算すると", "合計 2,500,000円"),
])
def test_a_per_inhabitant_conversion_is_other(lines):
    found = run("令和7年度予算の概要", *lines)
    assert {m.role for m in found} == {"other"} and rows(found) == []


def test_near_miss_the_budget_a_conversion_starts_from_stays_a_budget():
    found = run("令和7年度予算の概要", "◆市民1人当たり換算額",
                "一般会計予算額339億円を市民1人当たりに換算すると、予算額は41万円になります。")
    assert amount(found, "339億円").role == "budget" and amount(found, "41万円").role == "other"


@pytest.mark.parametrize("title", ["令和7年第1回町議会で当初予算が可決されました。", "令和7年度当初予算の概要"])
def test_an_appropriation_in_prose_is_the_scopes_budget(title):
    found = run(title, "主な事業は、「農地整備事業補助金」に1530万円、林道の改良工事に5770万円を計上しました。"
                "また、財政調整基金から2億円の繰り入れを計上しました。")
    assert amount(found, "1530万円").role == "budget" and amount(found, "5770万円").role == "budget"
    assert amount(found, "2億円").role == "other"  # drawn from a fund: no appropriation


def test_near_miss_a_figure_after_ni_without_an_appropriation():
    found = run("令和7年第1回町議会で当初予算が可決されました。", "全ての世帯に3万円を支給します。")
    assert amount(found, "3万円").role != "budget"


# -- totals by their own words ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("一般会計当初予算額は、過去最大となる3963億円で、前年度に比べて68億円の増となりました。", "3963億円"),
    ("また、特別会計、企業会計を含めた全会計合計では、6980億円となりました。", "6980億円"),
    ("4特別会計と2事業会計を合わせた全会計総額では71億円となりました。", "71億円"),
    ("一般会計当初予算額は、新庁舎整備事業などにより、前年度当初予算と比べ+48.2億円(+8.2%)の636.5億円で、過去最高です。",
     "636.5億円"),
])
def test_an_accounts_total_is_a_budget_but_no_row(text, figure):
    found = run("■予算規模", text)
    m = amount(found, figure)
    assert m.role == "budget" and m.total_of
    assert figure not in rows(found)


# -- programme names: the owning item or the prose phrase, without markers, notes or a figure's bracket ------

@pytest.mark.parametrize("item, name", [
    ("・高齢者への生活支援として3000円の商品券を配布", "高齢者への生活支援として3000円の商品券を配布"),
    ("・ひとり親家庭への臨時給付金 児童1人につき3万円", "ひとり親家庭への臨時給付金"),
    ("・公衆浴場への燃料費支援 R6.4月からR7.3月", "公衆浴場への燃料費支援"),
])
def test_a_figure_lines_programme_is_its_item_up_to_the_first_space(item, name):
    found = run("12月追加補正予算案", item, "約2400万円 国費")
    assert amount(found, "2400万円").program == name


@pytest.mark.parametrize("text, figure, name", [
    ("主な事業は、「町有林造林事業」に4097万円を計上しました。", "4097万円", "町有林造林事業"),
    ("林道整備では、林道の改良・開設工事に5770万円、有害鳥獣駆除費に1625万円を計上しました。", "5770万円", "林道の改良・開設工事"),
    ("林道整備では、林道の改良・開設工事に5770万円、有害鳥獣駆除費に1625万円を計上しました。", "1625万円", "有害鳥獣駆除費"),
    ("住宅関連では町営住宅の改善工事などに4250万円を計上しました。", "4250万円", "町営住宅の改善工事など"),
])
def test_an_appropriations_programme_is_what_it_is_spent_on(text, figure, name):
    found = run("令和7年度当初予算の概要", text)
    assert amount(found, figure).program == name


def test_a_name_never_ends_inside_the_figures_bracket():
    found = run("12月補正予算の主なもの", "・住民税非課税世帯給付金(事業費 5億2,156万円)")
    assert amount(found, "5億2,156万円").program == "住民税非課税世帯給付金"


# -- a programme sheet restates its figure: one programme, one row ---------------------------------------------

def test_a_sheets_restated_figure_is_its_budget_but_no_second_row():
    found = run("事業費", "要求額:9,596千円 (前年度予算額 6,793千円)", "事業内容", "【目的】",
                "国と市町村との連絡調整に必要とする経費である。", "【事業費】", "9,596千円(全額国費)",
                "7,676千円(人件費)+1,920千円(事務費)", "=9,596千円", "| 事業費 | 連絡調整費 |", "計 | 4,623,000千円 | 9,596千円 |")
    assert [m.role for m in found if m.text == "9,596千円"] == ["budget"] * 4
    assert rows(found) == ["9,596千円"]


@pytest.mark.parametrize("line", ["(補助金計) 9,596千円 (補助金計) 9,596千円", "事務費は9,596千円を見込む。", "人件費 9,596千円"])
def test_near_miss_a_breakdown_that_equals_the_figure_is_no_restatement(line):
    found = run("事業費", "要求額:9,596千円", "事業内容", "連絡調整に必要とする経費である。", "【内訳】", line)
    assert [m.role for m in found if m.text == "9,596千円"][1:] == ["other"] * (len(found) - 1)


# -- the national budget's expense classes in a speech: budgets of the year, no programme's row --------------

@pytest.mark.parametrize("text, figure", [
    ("そのうち、社会保障関係費は、36兆円で前年対比6,000億円増となっています。", "36兆円"),
    ("社会保障関係費以外は30兆円で、内訳では防衛関係費が6兆円と大きく伸びています。", "6兆円"),
    ("防衛関係費につきましては、8兆円を計上しております。", "8兆円"),
])
def test_a_national_expense_class_is_a_budget_but_no_row(text, figure):
    found = run("令和5年度予算の概要", "歳出のうち、一般歳出は72兆円で前年度より5兆円増となっています。", text)
    m = amount(found, figure)
    assert m.role == "budget" and m.total_of and rows(found) == []


def test_near_miss_a_local_function_class_in_prose_is_no_expense_class():
    found = run("令和5年度予算の概要", "民生費は、40億円となりました。")
    # no national class, and no whole: nothing in the sentence names one (prose_totals.unnamed_total needs evidence); the
    # sentence's topic is a local class alone (prose_totals: a class's total), no programme's row
    assert amount(found, "40億円").total_of.startswith("民生費") and amount(found, "40億円").role == "budget"


def test_near_miss_the_change_before_an_accounts_total_stays_a_change():
    found = run("■予算の概要", "一般会計当初予算額は、前年度当初予算と比べ+48.2億円(+8.2%)の636.5億円で、過去最高です。")
    assert amount(found, "+48.2億円").role == "other" and amount(found, "636.5億円").role == "budget"


# -- a supplementary's points block: portions (…分) and the 計 that adds them up ------------------------------

@pytest.mark.parametrize("second", ["(うち震災対応分 259.2億円) - 通常分 ▲574.0億円", "- 通常分 ▲574.0億円"])
def test_portions_are_no_rows_and_their_sum_is_supplementary(second):
    found = run("平成30年度2月補正予算について", "1 補正予算のポイント", "- 国の補正予算への対応分 494.9億円", second,
                "計 ▲79.1億円", "2 補正の主な内容", "- 地域道路改築費 3,140百万円", "- 河川改修事業費 1,462百万円")
    assert amount(found, "▲79.1億円").role == "supplementary_budget"
    assert amount(found, "494.9億円").total_of and amount(found, "▲574.0億円").total_of
    assert rows(found) == ["1,462百万円", "3,140百万円"]


@pytest.mark.parametrize("name", ["事務区分", "施設の一部分"])
def test_near_miss_a_word_ending_in_bun_that_is_no_portion(name):
    found = run("令和7年度当初予算の概要", f"- {name} 300百万円", "- 河川改修事業費 1,462百万円")
    assert "300百万円" in rows(found)


def test_near_miss_a_total_after_a_budget_and_its_supplementary_stays_the_budget():
    found = run("令和2年度6月補正予算の概要", "補正前の額 | 25,060,000千円 |", "補正額 | 1,000,000千円 |", "計 | 26,060,000千円 |")
    assert amount(found, "26,060,000千円").role == "budget"


# -- a programme sheet's (合計) row: the rightmost column is the adopted budget -----------------------------

def test_a_sheets_grand_total_row_gives_the_adopted_column_as_budget():
    found = run("令和3年度当初予算 都市小河川改良費", "要求額を見る 査定額を見る (単位 千円)", "本年度要求",
                "(補助金計) 70,000千円 (補助金計) 70,000千円", "(合計) 70,000千円 (合計) 70,000千円")
    assert [m.role for m in found if m.line == 5] == ["other", "budget"]
    assert [m.role for m in found if m.line == 4] == ["other", "other"]
