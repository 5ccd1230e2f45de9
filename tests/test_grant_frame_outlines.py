"""A grant outline's caps, floors and per-year caps where the grant's word or the cap's label stands away from the figure
(issue 21, fresh10a: rules written on one issuer's wording missed another's). The meaning classes, not one deck's words:

- a cap word of any form in the figure's clause (`限度額`, `上限額`, not only `補助限度額`) frames a cap;
- the deck's title names the grant (`企業立地促進制度補助金`): its sections (`事業要件`, `補助金額`) need not name it again;
- a floor of the applicant's PROJECT (its cost or investment: `取得額`, `投下固定資産総額`, `設備投資費用`) is the size of
  what the grant takes (GUIDE: 事業規模 is support); a statistic of the applicant (`年商`, `売上高`, `研究費受入額`) is not;
- a list's or table's label line that names the cap (`税相当額年間上限額`, `補助金額(1事業年度当たりの補助上限額)`) frames
  the rows under it as caps, and a rate's word right before the cap word gives them `per`.
Several issuers' wordings each, and the near misses that must not change."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline


def run(*texts: str):
    mentions, _ = text_deck_outline(texts)
    return [m for m in mentions if m.kind == "amount"]


def get(found, text):
    return next(m for m in found if m.text == text)


GRANT_TITLE = "企業立地促進制度補助金"
SUPPLEMENTARY = "令和5年度補正予算「省エネルギー設備導入補助事業」"
NO_GRANT = "町の話題をお知らせします。"


# -- a cap word of any form -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, lines, figure", [
    (GRANT_TITLE, ("補助金額", "・ 固定資産税相当額5年分(限度額6億円)"), "6億円"),
    ("創業支援奨励金のご案内", ("奨励金の額", "・ 賃借料の2分の1(限度額 月額5万円)"), "5万円"),
    ("空き家改修助成制度", ("助成内容", "改修費の3分の1 (上限額 80万円)"), "80万円"),
])
def test_a_cap_word_of_any_form_frames_a_cap(title, lines, figure):
    assert get(run(title, *lines), figure).role == "support"


# -- floors of the applicant's project, not of its statistics ----------------------------------------------------------

@pytest.mark.parametrize("title, lines, figure", [
    (GRANT_TITLE, ("事業要件", "• 中小企業", "1. 生産等設備取得額が「1,000万円以上」"), "1,000万円"),
    ("企業立地促進条例に基づく奨励措置", ("• 1~4の奨励措置の場合", "投下固定資産総額が1億円(中小企業者:3千万円)以上"),
     "3千万円"),
    ("企業立地促進条例に基づく奨励措置", ("• 1~4の奨励措置の場合", "投下固定資産総額が1億円(中小企業者:3千万円)以上"),
     "1億円"),
    ("設備導入補助金の募集", ("対象", "設備投資額が500万円以上であること"), "500万円"),
    ("ものづくり助成事業", ("要件", "補助対象経費の合計が100万円以上の事業"), "100万円"),
])
def test_a_floor_of_the_project_a_grant_takes_is_support(title, lines, figure):
    assert get(run(title, *lines), figure).role == "support"


@pytest.mark.parametrize("title, lines, figure", [
    ("創業者支援補助金制度", ("対象", "・チェーン店を営む小売業法人で、11店舗未満または年商10億円未満のもの"), "10億円"),
    ("設備導入補助金の募集", ("対象", "前年度の売上高が1億円以上の事業者"), "1億円"),
    (NO_GRANT, ("研究費受入額が1,000万円以上の機関",), "1,000万円"),
    (NO_GRANT, ("事業費が1億円以上の公共事業を対象に評価を行う。",), "1億円"),  # a project's size with no grant anywhere
])
def test_a_statistic_or_a_floor_outside_a_grant_is_no_grant(title, lines, figure):
    assert get(run(title, *lines), figure).role == "other"


# -- a list's or table's label that names the cap ---------------------------------------------------------------------

@pytest.mark.parametrize("lines, figures, per", [
    (("(常時雇用者の増加数により,年間上限額有り)", "常時雇用者の増加数 税相当額年間上限額", "4人以下 0円", "5〜9人 1,250万円",
      "10〜19人 2,500万円"), ("0円", "1,250万円", "2,500万円"), "year"),
    (("区分 各年度の交付限度額", "A型 300万円", "B型 500万円"), ("300万円", "500万円"), "year"),
    (("補助金額(1事業年度当たりの補助上限額)", "○オンサイト方式…22,000,000円", "○移動式…26,000,000円"),
     ("22,000,000円", "26,000,000円"), "year"),
    (("補助上限額", "○ 大規模型 1,000万円", "○ 小規模型 300万円"), ("1,000万円", "300万円"), None),
])
@pytest.mark.parametrize("title", [GRANT_TITLE, SUPPLEMENTARY])
def test_rows_under_a_cap_label_are_caps(title, lines, figures, per):
    found = run(title, *lines)
    for figure in figures:
        m = get(found, figure)
        assert (m.role, m.per) == ("support", per), figure


@pytest.mark.parametrize("title, lines, figure, role, per", [
    # a cap over three years is no rate per year
    (GRANT_TITLE, ("区分 3年間の補助上限額", "A型 900万円"), "900万円", "support", None),
    # a budget list under a label that names grants but no grant's amount: the items' budgets
    ("令和6年度補正予算の概要", ("補助金一覧", "○ 設備導入補助金 30,000千円", "○ 商店街支援事業 12,000千円"), "30,000千円",
     "supplementary_budget", None),
    # a yearly statistic's header names no cap: no grant, no rate
    (NO_GRANT, ("業種 年間出荷額", "製造業 300億円"), "300億円", "other", None),
    (GRANT_TITLE, ("業種 年間出荷額", "製造業 300億円"), "300億円", "other", None),
])
def test_near_misses_of_cap_labels(title, lines, figure, role, per):
    m = get(run(title, *lines), figure)
    assert (m.role, m.per) == (role, per)


@pytest.mark.parametrize("line, figure", [
    ("国が低所得世帯に3万円の支給を決定した。", "3万円"),  # 所得 inside the recipients' name labels no statistic
    ("売上減少の事業者に一律20万円を支給する。", "20万円"),
])
def test_a_statistics_word_inside_a_recipients_name_labels_no_statistic(line, figure):
    assert get(run(NO_GRANT, line), figure).role == "support"


# -- an amount per unit, written with a slash ---------------------------------------------------------------------------

@pytest.mark.parametrize("title, line, figure", [
    ("令和5年度補正予算 省エネ補助金一覧", "・蓄電システム 5万円/kWh(上限:50万円)", "5万円"),
    ("太陽光発電設備設置費補助金", "補助額 2万円／kW", "2万円"),
    ("雨水タンク設置助成のご案内", "・雨水タンク 2,000円/台", "2,000円"),
])
def test_an_amount_per_unit_in_a_grants_frame_is_support(title, line, figure):
    assert get(run(title, line), figure).role == "support"


@pytest.mark.parametrize("line, figure", [
    ("・レギュラーガソリン 170円/L", "170円"),  # a price: no grant frames it
    ("・電気料金の平均単価 31円/kWh", "31円"),
])
def test_an_amount_per_unit_outside_a_grant_is_no_grant(line, figure):
    assert get(run("物価の動向", line), figure).role != "support"


# -- what a giving verb gives, with an adverb between, or received -----------------------------------------------------

@pytest.mark.parametrize("line, figure", [
    ("約100件は一時金20万円を受給しており、県は増額分の10万円を追加で交付する。", "10万円"),
    ("約100件は一時金20万円を受給しており、県は増額分の10万円を追加で交付する。", "20万円"),
    ("対象の世帯には5万円を別途支給する。", "5万円"),
    ("申請済みの事業者には差額の3万円を改めて給付する。", "3万円"),
])
def test_what_a_giving_verb_gives_past_an_adverb_is_support(line, figure):
    assert get(run(NO_GRANT, line), figure).role == "support"


@pytest.mark.parametrize("line, figure", [
    ("県は基金から10億円を追加で交付税の精算に充てる。", "10億円"),  # a noun that begins with the verb: no gift
])
def test_near_misses_of_giving_verbs(line, figure):
    assert get(run(NO_GRANT, line), figure).role != "support"


# -- a flattened table's label cell ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, figure", [
    ("補助率 ・2/3以内 補助限度額 ・500万円 ・交流事業については、700万円。 ・復興事業は、100万円。 算定方法 ・次のとおり", "700万円"),
    ("補助率 ・2/3以内 補助限度額 ・500万円 ・交流事業については、700万円。 ・復興事業は、100万円。 算定方法 ・次のとおり", "100万円"),
    ("対象者 ・町内の事業者 交付上限額 ・法人 30万円 ・個人事業主 20万円 申請期間 ・随時", "20万円"),
])
def test_a_flattened_tables_cap_cell_frames_its_values(line, figure):
    assert get(run(NO_GRANT, line), figure).role == "support"


def test_a_flattened_tables_other_cells_frame_nothing():
    found = run(NO_GRANT, "事業名 ・商店街活性化事業 事業費 ・総額 3,000万円 補助限度額 ・500万円")
    assert get(found, "3,000万円").role != "support"


# -- the review's findings: a floor read by its cost noun's class, the applicant's size, totals, mixed headers ------------

@pytest.mark.parametrize("title, line, figure", [
    ("企業立地奨励金のご案内", "・投下固定資産額が5,000万円以上であること", "5,000万円"),
    ("住宅リフォーム助成制度", "・改修工事費が50万円以上の工事", "50万円"),
    ("観光施設整備補助金", "・施設の建設費が1億円以上", "1億円"),
    ("省力化機器導入補助金", "・設備の導入費用が100万円以上", "100万円"),
    ("工場新増設奨励制度", "・3,000万円以上の設備投資を伴う新増設", "3,000万円"),
])
def test_a_floor_of_any_cost_noun_is_the_projects_size(title, line, figure):
    assert get(run(title, "要件", line), figure).role == "support"


@pytest.mark.parametrize("title, line, figure", [
    ("ものづくり補助金の公募", "・資本金3億円以下又は従業員300人以下の会社", "3億円"),
    ("創業支援補助金", "・資本金5,000万円以下の法人", "5,000万円"),
    ("奨励金のご案内", "・出資金1,000万円以下の組合", "1,000万円"),
])
def test_the_applicants_capital_is_no_grant(title, line, figure):
    assert get(run(title, "対象者", line), figure).role == "other"


def test_a_total_given_to_many_is_no_grants_size():
    found = run("観光施設魅力向上補助金の概要", "昨年度は45件、総額1億8,000万円を交付しました。")
    assert get(found, "1億8,000万円").role != "support"


def test_a_header_that_also_names_a_budget_column_is_no_cap_label():
    found = run("令和7年度 補助事業一覧", "事業名 | 補助上限額 | 予算額", "商店街支援 | 100万円 | 5,000万円")
    assert get(found, "5,000万円").role != "support"


@pytest.mark.parametrize("lines, figure, role", [
    (("区分 補助上限額 予算額", "にぎわい創出 100万円 5,000万円"), "100万円", "support"),  # the cap column stays a cap
    (("区分 補助上限額 予算額", "にぎわい創出 100万円 5,000万円"), "5,000万円", "other"),  # the budget column: none
    (("補助上限額", "100万円"), "100万円", "support"),  # a label of one cell
])
def test_near_misses_of_a_mixed_header(lines, figure, role):
    assert get(run("令和7年度 補助事業一覧", *lines), figure).role == role


@pytest.mark.parametrize("title, line, figure", [
    ("ものづくり補助金 公募要領", "機械装置費以外の経費は、総額で500万円までを補助上限額とします。", "500万円"),  # a cap's total
    ("令和7年度 WAM助成 募集", "助成総額:約6億円(モデル事業の予算を含みます。)", "6億円"),  # the grant's whole, no count
])
def test_a_total_with_no_count_of_recipients_stays_a_grants(title, line, figure):
    assert get(run(title, line), figure).role == "support"


# -- a grant's amount by any compound, and the base of its calculation --------------------------------------------------

@pytest.mark.parametrize("lines, figure", [
    (("漁業者向けリース事業の概要", "(補助額のシミュレーション)", "・県補助総額:80百万円(300百万円 × 4/15)"), "80百万円"),
    (("漁業者向けリース事業の概要", "(補助額のシミュレーション)", "・県補助総額:80百万円(300百万円 × 4/15)"), "300百万円"),
    (("事業者向け制度のご案内", "・市の助成総額 50万円"), "50万円"),
    (("移住支援制度", "・支給上限額 100万円"), "100万円"),
])
def test_a_grants_amount_of_any_compound_is_support(lines, figure):
    assert get(run(*lines), figure).role == "support"


@pytest.mark.parametrize("lines, figure, role", [
    # a bracket with a year's label is still last year's figure
    (("令和7年度予算の概要", "・道路改良事業 1億円(前年度 9,000万円)"), "9,000万円", "previous_budget"),
    # a calculation's bracket is no previous year's
    (("令和7年度予算の概要", "・道路改良事業 1億円(2,000万円 × 5か所)"), "2,000万円", None),
])
def test_a_calculations_bracket_is_no_previous_years_figure(lines, figure, role):
    m = get(run(*lines), figure)
    assert m.role == role if role else m.role != "previous_budget"


def test_a_budget_columns_cells_under_a_mixed_header_take_no_grant_from_the_rows_above():
    found = run("令和8年度 住宅支援事業の概要", "| 事業名 | 補助上限額 | 予算額 |", "| 空き家改修支援 | 100万円 | 5,000万円 |",
                "| 耐震改修補助 | 150万円 | 3,000万円 |")
    assert [get(found, f).role for f in ("100万円", "150万円")] == ["support", "support"]
    assert "support" not in [get(found, f).role for f in ("5,000万円", "3,000万円")]


@pytest.mark.parametrize("line, figure", [
    ("・純資産額が1億円以上の法人であること", "1億円"),  # the applicant's net assets (the review's probe)
    ("・総資産額が10億円以下の事業者", "10億円"),
])
def test_the_applicants_assets_are_no_project(line, figure):
    assert get(run("中小企業設備投資補助金の公募", "対象者", line), figure).role == "other"


def test_a_floor_of_the_projects_assets_written_with_no():
    found = run("企業立地促進奨励金", "要件", "・新たに取得する固定資産の額が5億円以上であること")
    assert get(found, "5億円").role == "support"
