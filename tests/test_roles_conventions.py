"""Role conventions by scope added in the second round of issue 21: grants only under a grant's word, pillar
totals, supplementary totals by their own label. Lines made up in the style of real decks (budget summaries,
statistics reports, speeches); each convention with variants and near misses."""
from __future__ import annotations

import pytest

from extract.tables import budget_records

from .helpers import text_deck_outline


def run(*texts: str):
    mentions, _ = text_deck_outline(texts)
    return [m for m in mentions if m.kind == "amount"]


def amount(found, text):
    (m,) = [m for m in found if m.text == text]
    return m


# -- a range, a cap or a yearly sum is a grant only under a grant's word --------------------------------------

@pytest.mark.parametrize("lines, text", [
    (("【補助上限額】", "従業員規模", "20人以下", "50万円～300万円"), "50万円～300万円"),   # a grant table's header above
    (("補助金額 100万円～500万円",), "100万円～500万円"),
    (("助成の内容", "1事業者につき年額30万円",), "30万円"),
    (("支援の内容", "最大500万円"), "500万円"),
])
def test_a_range_or_cap_under_a_grants_word_is_support(lines, text):
    found = run("事業者向け支援制度のご案内", *lines)
    assert amount(found, text).role == "support"


@pytest.mark.parametrize("lines, text", [
    (("所得金額階級別にみると、「100～200万円未満」が14.6%となっている。",), "100～200万円"),
    (("設備投資に伴い約40～100億円程度の経済効果が見込まれる。",), "40～100億円"),
    (("導入後は年額約3～5億円程度のコスト削減と試算された。",), "3～5億円"),
    (("年間収入が50万円未満の世帯の割合は5.1%である。",), "50万円"),
])
def test_near_miss_a_statistics_band_or_estimate_is_other(lines, text):
    found = run("国民生活の状況（調査結果の概要）", *lines)
    assert amount(found, text).role == "other"


def test_a_grants_word_above_counts_only_on_a_label_line_without_figures():
    found = run("令和2年度6月補正予算案について", "1 感染症対策 30億円", "(1)医療体制の整備 20億円",
                "(2)事業者の再建支援 10億円", "2 その他 5億円")
    assert amount(found, "5億円").role == "supplementary_budget"  # the line above is an item with its own figure
    found = run("事業概要", "【支援内容】", "500万円")
    assert amount(found, "500万円").role == "support"  # near miss: a label line of its own heads the figure


# -- pillars: a numbered heading that totals items, and its siblings ------------------------------------------

@pytest.mark.parametrize("marks", [("1⃣", "2⃣", "3⃣"), ("1\ufe0f\u20e3", "2\ufe0f\u20e3", "3\ufe0f\u20e3")])
def test_keycap_pillars_are_totals_and_their_items_programmes(marks):
    one, two, three = marks
    found = run("令和4年度12月補正予算の概要", f"{one} 物価高騰への対応 約260億円", "・中小企業応援事業 約8億円",
                "・賃金アップ応援補助金 約1億円", f"{two} 感染症緊急対策 約51億円", f"{three} 安心のまちづくり",
                "・子育て応援交付金 約5億円")
    rows = {r["text"]: r for r in budget_records([m.record() for m in found])}
    assert set(rows) == {"8億円", "1億円", "5億円"}
    assert rows["1億円"]["program"] == "賃金アップ応援補助金"  # `約` qualifies the figure, no part of the name
    assert amount(found, "51億円").role == "supplementary_budget" and amount(found, "51億円").total_of


def test_near_miss_keycap_headings_without_items_are_programmes():
    found = run("令和4年度12月補正予算の概要", "1⃣ 道路改良事業 10億円", "2⃣ 河川改修事業 5億円")
    assert sorted(r["text"] for r in budget_records([m.record() for m in found])) == ["10億円", "5億円"]


@pytest.mark.parametrize("other", ["2 その他 5億円", "2 予備費 5億円"])
def test_the_next_numbered_line_after_a_summing_pillar_is_a_pillar(other):
    found = run("令和2年度6月補正予算案について", "1 感染症対策 30億円", "(1)医療体制の整備 20億円",
                "(2)検査体制の強化 10億円", other)
    assert amount(found, "30億円").total_of and amount(found, "5億円").total_of
    assert sorted(r["text"] for r in budget_records([m.record() for m in found])) == ["10億円", "20億円"]


def test_near_miss_numbered_lines_that_sum_nothing_are_programmes():
    found = run("令和2年度6月補正予算案について", "1 道路改良事業 30億円", "2 河川改修事業 5億円")
    assert sorted(r["text"] for r in budget_records([m.record() for m in found])) == ["30億円", "5億円"]


# -- the whole supplementary and the budget after it, by their own label --------------------------------------

@pytest.mark.parametrize("mark", ["☆", "◎", ""])
def test_supplementary_and_after_totals_take_their_own_label(mark):
    found = run("令和4年度12月補正予算の概要", f"{mark}補正額 378億円", f"{mark}補正後 4,326億円")
    sup, after = amount(found, "378億円"), amount(found, "4,326億円")
    assert (sup.role, sup.fy, after.role, after.fy) == ("supplementary_budget", 2022, "budget", 2022)
    assert sup.total_of and after.total_of
    assert budget_records([m.record() for m in found]) == []


def test_a_sum_line_closes_the_group_of_the_label_above():
    found = run("令和2年度6月補正予算案について", "補正額 | 30億円 |", "計 | 1,030億円 |", "1 感染症対策 30億円",
                "(1)医療体制の整備 20億円", "(2)検査体制の強化 10億円")
    assert amount(found, "20億円").role == "supplementary_budget"
    first = [m for m in found if m.text == "30億円"][-1]
    assert first.role == "supplementary_budget" and first.total_of  # a pillar summing its parts, not a share


@pytest.mark.parametrize("bracket", ["(令和3年度11月補正383億円)", "（前回補正 383億円）"])
def test_a_bracketed_figure_beside_a_total_is_a_total_too(bracket):
    found = run("令和4年度12月補正予算の概要", f"☆補正額 378億円{bracket}", "・道路改良事業 約5億円")
    assert amount(found, "383億円").role == "supplementary_budget" and amount(found, "383億円").total_of
    assert [r["text"] for r in budget_records([m.record() for m in found])] == ["5億円"]


# -- a change written with a sign after a comparison --------------------------------------------------------

@pytest.mark.parametrize("line, change", [
    ("一般会計当初予算額は、前年度当初予算と比べ+48.2億円(+8.2%)の636.5億円です。", "+48.2億円"),
    ("一般会計は、前年度と比較し△12億円の600億円となりました。", "△12億円"),
])
def test_a_signed_figure_after_a_comparison_is_a_change(line, change):
    found = run("■令和6年度当初予算の概要", line)
    assert amount(found, change).role == "other"


def test_near_miss_a_signed_figure_without_a_comparison_keeps_its_label():
    found = run("■令和6年度当初予算の概要", "一般会計予算額 +48.2億円")
    assert amount(found, "+48.2億円").role == "budget"


# -- a name line over a figure alone ------------------------------------------------------------------------

@pytest.mark.parametrize("name, programme", [
    ("議会映像配信事業費( 議 会 事 務 局 )", "議会映像配信事業費"),
    ("総合案内業務委託料（総務課）", "総合案内業務委託料"),
    ("財務会計システム関係経費", "財務会計システム関係経費"),
])
def test_a_figure_under_a_name_line_is_that_programmes_budget(name, programme):
    found = run("平成23年度 当初予算事業概要", "総務費", name, "5,304 千円", "庁舎での案内業務を委託します。")
    m = amount(found, "5,304 千円")
    assert (m.role, m.fy, m.program) == ("budget", 2011, programme)


@pytest.mark.parametrize("above", ["庁舎での案内業務を委託します。", "案内業務の委託について説明します"])
def test_near_miss_a_figure_under_a_sentence_is_no_programmes(above):
    found = run("平成23年度 当初予算事業概要", "総務費", "業務の概要", above, "5,304 千円")
    assert amount(found, "5,304 千円").role == "other"


# -- a threshold is never a grant; a budget named right after its figure ------------------------------------

@pytest.mark.parametrize("line, text", [
    ("共同研究の研究費受入額のうち1件当たり1,000万円以上のものは増加している。", "1,000万円"),
    # (a floor of the project a grant takes, `補助対象経費が100万円以上`, is the project's size: support, GUIDE 事業規模 and
    # fresh10a's blind gold; tests/test_grant_frame_outlines.py) — a statistic of the applicant is no grant
    ("前年度の売上高が1億円以上の事業者が対象です。", "1億円"),
])
def test_a_threshold_is_never_a_grant(line, text):
    found = run("産学連携の状況", line)
    assert amount(found, text).role == "other"


def test_near_miss_a_cap_under_a_grants_word_stays_a_grant():
    found = run("事業者向け支援制度のご案内", "補助上限額 1,000万円")
    assert amount(found, "1,000万円").role == "support"


@pytest.mark.parametrize("line, text, role, fy", [
    ("2024年度単年で約1,650億円のAI関連予算", "1,650億円", "budget", 2024),
    ("5年間で10億ドル（約1,120億円）の国家予算", "1,120億円", "budget", None),
    ("令和5年度に約300億円の補正予算を計上", "300億円", "supplementary_budget", 2023),
])
def test_a_budget_named_after_its_figure(line, text, role, fy):
    found = run("各国のAI戦略の比較", line)
    m = amount(found, text)
    assert (m.role, m.fy) == (role, fy)


@pytest.mark.parametrize("line", ["約1,650億円の予算比で1割の増加", "約1,650億円の支出を見込む"])
def test_near_miss_a_figure_compared_with_a_budget_or_spent_is_other(line):
    found = run("各国のAI戦略の比較", line)
    assert amount(found, "1,650億円").role == "other"


# -- the title's year for budget figures that state none; the final budget is a total --------------------------

@pytest.mark.parametrize("title, fy", [("令和6年度関係議案の概要", 2024), ("平成31年度関係議案について", 2019)])
def test_the_titles_year_dates_budget_figures_without_one(title, fy):
    found = run(title, "知事提案説明要旨", "一般会計の2月補正予算額は762億円の増額であり、最終予算額は1兆4,080億円となります。")
    sup, final = amount(found, "762億円"), amount(found, "1兆4,080億円")
    assert (sup.role, sup.fy, final.role, final.fy) == ("supplementary_budget", fy, "budget", fy)
    assert final.total_of and budget_records([m.record() for m in found]) == []


def test_near_miss_a_title_without_a_year_dates_nothing():
    found = run("関係議案の概要", "知事提案説明要旨", "一般会計の2月補正予算額は762億円の増額です。")
    assert amount(found, "762億円").fy is None


@pytest.mark.parametrize("total", ["合計 900万円", "(合計) 900万円", "計 | 900万円 |"])
def test_the_sum_closing_a_list_of_grants_is_no_grant(total):
    found = run("助成金のご案内", "・補助金A 500万円", "・補助金B 400万円", total)
    assert amount(found, "900万円").role == "other"


@pytest.mark.parametrize("total", ["合計 900万円", "(合計) 900万円", "計 | 900万円 |"])
def test_the_sum_closing_a_list_of_grants_made_is_a_grant_made(total):
    """Under a heading of grants MADE (`助成金の交付実績`), the sum is the grants given in all (fresh15b: a lottery's
    allocation `計 27億16百万円`, a grant-maker's `合計` of its results: support; context/award_lists.py)."""
    found = run("助成金の交付実績", "・補助金A 500万円", "・補助金B 400万円", total)
    assert amount(found, "900万円").role == "support"


def test_near_miss_a_row_after_grant_rows_is_a_grant():
    found = run("助成金の交付実績", "・補助金A 500万円", "・補助金B 400万円", "・補助金C 300万円")
    assert amount(found, "300万円").role == "support"


# -- a bracket that splits a budget's total by account holds that budget's accounts ---------------------------

@pytest.mark.parametrize("lines, total, parts", [
    (["総合経済対策の規模", "(注)国費は8.2兆円で、うち24年度2次補正予算は6.5兆円(一般会計6.1兆円、特別会計0.4兆円)。"], "6.5兆円",
     ["6.1兆円", "0.4兆円"]),  # an era-less year: no label but the figure's own
    (["経済対策の概要", "うち令和6年度補正予算は13.9兆円(一般会計13.1兆円、特別会計0.8兆円)。"], "13.9兆円", ["13.1兆円", "0.8兆円"]),
    (["令和7年度当初予算の概要", "予算総額は1,240億円(一般会計 820億円、特別会計 420億円)となった。"], "1,240億円",
     ["820億円", "420億円"]),
])
def test_an_account_split_in_brackets_keeps_the_totals_budget(lines, total, parts):
    found = run(*lines)
    whole = amount(found, total)
    assert whole.role in ("budget", "supplementary_budget")
    for text in parts:
        m = amount(found, text)
        assert (m.role, m.fy) == (whole.role, whole.fy) and m.total_of  # the account's whole: no programme's row


@pytest.mark.parametrize("lines, text", [
    # a revenue's split by account, or an account named outside a bracket, keeps its reading
    (["市の財政", "市税の収入済額は480億円(一般会計 300億円、特別会計 180億円)。"], "300億円"),
    (["市の財政", "市税収入は480億円(一般会計分)で、基金残高は90億円。"], "90億円"),
])
def test_near_misses_of_an_account_split(lines, text):
    m = amount(run(*lines), text)
    assert m.role not in ("budget", "supplementary_budget")
