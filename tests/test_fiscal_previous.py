"""Last year's figure against a change and the year's figure (issue 21, fifth pass; GUIDE `X（Y）` pairs, changes are
`other` of the budget's year, a request is the budget of the requested year). Lines written for these tests in the
style of real decks (a ministry's request chart flattened to text, a prefecture's list, a city's summary); each shape
with variants and near misses."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines_outline
from extract.model import Line
from extract.rules.engine import RuleContext


def run(*texts: str):
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    mentions, _ = extract_lines_outline("t", lines, RuleContext(deck_year=None))
    return [m for m in mentions if m.kind == "amount"]


def got(found, text, k=0):
    m = [m for m in found if m.text == text][k]
    return m.role, m.fy


REQUEST = "平成29年度外務省所管予算概算要求の概要"
BUDGET = "令和6年度当初予算の概要"


# -- a signed figure in brackets is a change, never last year's figure -----------------------------------------

@pytest.mark.parametrize("lines, text, want", [
    ((BUDGET, "■道路整備事業", "1億2,000万円", "(+2,000万円)"), "+2,000万円", ("other", 2024)),
    ((BUDGET, "■道路整備事業", "1億2,000万円", "(▲300万円)"), "▲300万円", ("other", 2024)),
    ((BUDGET, "○道路整備事業 12,000千円(△500千円)"), "△500千円", ("other", 2024)),
    ((REQUEST, "無償資金協力", "1,869億円", "(+240億円)"), "+240億円", ("other", 2017)),
    # near miss: an unsigned bracketed figure under the year's is last year's (GUIDE)
    ((BUDGET, "■道路整備事業", "1億2,000万円", "(1億円)"), "1億円", ("previous_budget", 2023)),
    ((BUDGET, "○道路整備事業 12,000千円(11,500千円)"), "11,500千円", ("previous_budget", 2023)),
])
def test_a_signed_bracketed_figure_is_a_change_of_the_years_figure(lines, text, want):
    assert got(run(*lines), text) == want


# -- the arithmetic of a flattened comparison chart finds last year's figure ------------------------------------

@pytest.mark.parametrize("lines, text, want", [
    # year's figure, change, then last year's under the item's name again
    ((REQUEST, "無償資金協力", "1,869億円", "(+240億円)", "無償資金協力", "1,629億円"), "1,629億円", ("previous_budget", 2016)),
    # last year's written first, the change after the year's figure
    ((REQUEST, "一般的な政策経費", "2,379億円", "一般的な政策経費", "2,566億円", "(+187億円)"), "2,379億円",
     ("previous_budget", 2016)),
    # a decrease, and a chart that rounds each cell (386 - 101 = 285 against 284)
    ((REQUEST, "分担金", "1,197億円", "(▲15億円)", "1,212億円"), "1,212億円", ("previous_budget", 2016)),
    ((REQUEST, "任意拠出金 386億円", "(+101億円)", "任意拠出金 284億円"), "284億円", ("previous_budget", 2016)),
    ((BUDGET, "■道路整備事業", "5,300万円", "(+300万円)", "5,000万円"), "5,000万円", ("previous_budget", 2023)),
    # the year's figure keeps its role and year
    ((REQUEST, "無償資金協力", "1,869億円", "(+240億円)", "無償資金協力", "1,629億円"), "1,869億円", ("budget", 2017)),
    # near miss: a figure the change does not account for keeps its role
    ((BUDGET, "■道路整備事業", "5,300万円", "(+300万円)", "■橋梁補修事業", "4,200万円"), "4,200万円", ("budget", 2024)),
])
def test_the_change_finds_last_years_figure_by_arithmetic(lines, text, want):
    assert got(run(*lines), text) == want


@pytest.mark.parametrize("lines", [
    (BUDGET, "■道路整備事業", "5,300万円", "(+300万円)", "5,000万円", "■橋梁補修事業", "5,000万円"),
    (REQUEST, "無償資金協力", "1,869億円", "(+240億円)", "1,629億円", "1,629億円"),
])
def test_near_miss_two_figures_that_fit_the_arithmetic_are_neither_last_years(lines):
    found = run(*lines)
    assert not any(m.role == "previous_budget" for m in found)


# -- a request is the budget of the requested year, on a label line too ------------------------------------------

@pytest.mark.parametrize("lines, text, want", [
    ((REQUEST, "■総額", "平成29年度概算要求", "7,730億円"), "7,730億円", ("budget", 2017)),
    (("外務省予算の概要", "■総額", "令和7年度概算要求", "8,100億円"), "8,100億円", ("budget", 2025)),
    # near miss: a label line of last year's budget under the request
    ((REQUEST, "■総額", "平成28年度当初予算", "7,140億円", "平成29年度概算要求", "7,730億円", "(+590億円)"), "7,140億円",
     ("previous_budget", 2016)),
])
def test_a_request_label_line_heads_its_figure(lines, text, want):
    assert got(run(*lines), text) == want


# -- a legend of the bracketed figures names their year, not the year of the figures under it -------------------

TITLE_2015 = "平成27年度農林水産予算の重点事項"


@pytest.mark.parametrize("legend", [
    "(※)各事項の下段( )内は、平成26年度当初予算額",
    "※( )内は平成26年度当初予算額",
    "注:[ ]内は平成26年度予算額",
    "(注)( )内の計数は、平成26年度当初予算額",
])
@pytest.mark.parametrize("item, text, want", [
    (("①", "農地中間管理機構の本格稼働", "190億円", "(305億円)"), "190億円", ("budget", 2015)),
    (("①", "農地中間管理機構の本格稼働", "190億円", "(305億円)"), "305億円", ("previous_budget", 2014)),
    (("○新規就農総合支援事業 195億円(218億円)",), "195億円", ("budget", 2015)),
    (("・担い手経営発展支援事業 5億円",), "5億円", ("budget", 2015)),
])
def test_a_legend_of_the_bracketed_figures_is_no_label_of_the_figures_under_it(legend, item, text, want):
    assert got(run(TITLE_2015, legend, "■担い手の育成", *item), text) == want


@pytest.mark.parametrize("label, want", [
    # near miss: a label line (no legend) heads the figures under it with its year
    ("平成26年度補正予算", ("supplementary_budget", 2014)),
    ("平成28年度当初予算", ("budget", 2016)),
])
def test_near_miss_a_label_line_without_a_legend_heads_the_figures_under_it(label, want):
    assert got(run(TITLE_2015, label, "○農地中間管理機構の本格稼働 190億円"), "190億円") == want


# -- a deck of prose that states no year of its own: the year its running text is about ------------------------

@pytest.mark.parametrize("lines, text, fy", [
    # a white paper's section: the year in the first paragraph, the figure in the next ("なお、…")
    (("平成22年版 消防白書", "ア 消防費の決算状況", "平成20年度の消防費歳出決算額は1兆7,996億円で、前年度に比べ202億円の減少となっている。",
      "なお、市町村の普通会計歳出決算額48兆5,638億円に占める割合は3.7%となっている。"), "48兆5,638億円", 2008),
    # a change compared with last year takes the year of the paragraph, not the year before
    (("平成22年版 消防白書", "ウ 経費の性質別内訳", "平成20年度消防費決算額1兆7,996億円の性質別内訳は、人件費1兆3,705億円となっている。",
      "これを前年度と比較すると、人件費が137億円(1.0%)減少している。"), "137億円", 2008),
    # a city's summary: the topic year, a comparison base after it skipped
    (("広島県の市の当初予算", "令和5年度は、災害復旧事業が大幅な減額となりました。それにより、一般会計当初予算額は299億6万円となり、"
      "平成30年度以来5年ぶりに300億円を下回りました。"), "300億円", 2023),
    # a speech that compares with last year's budget in the same sentence: the change is the speech's year
    (("○政府委員", "昭和三十七年度農林関係予算案について御説明申し上げます。",
      "農林関係予算合計は二千二百五十九億円となり、これは昭和三十六年度当初予算一千八百七十二億円に比較すると五百八十七億円の増加となっております。"),
     "五百八十七億円", 1962),
    # near miss: the deck's own title states its year: a year in its prose is an event's
    (("令和7年度当初予算の概要", "■特別会計", "令和6年度に法適用となり、下水道事業が企業会計に移行しました。",
      "特別会計の予算の合計は11億1950万円、前年度比1960万円(1・8%)の増となりました。"), "1960万円", 2025),
    # near miss: a year that starts a span gives the figures after it no year
    (("財政の状況", "平成20年度から16年間で職員数を削減しました。", "この結果、人件費は371.2億円削減されました。"), "371.2億円", None),
    # near miss: no year written before the figure in its section
    (("財政の状況", "ア 歳出", "人件費は1兆円となっている。", "イ 歳入", "令和2年度は税収が増えた。"), "1兆円", None),
])
def test_prose_with_no_year_of_its_own_states_its_year_once(lines, text, fy):
    assert got(run(*lines), text)[1] == fy


@pytest.mark.parametrize("line, text, fy", [
    ("平成30年度予算政府案については、臨時財政対策債については、前年度から0.1兆円の減に抑制することができました。", "0.1兆円", 2018),
    ("平成30年度予算政府案では、一般歳出は前年度から120億円の増となりました。", "120億円", 2018),
    # near miss: last year's budget named by its words is the year before
    ("平成30年度予算政府案では、前年度予算額は5,000億円でした。", "5,000億円", 2017),
])
def test_a_change_from_last_year_is_the_years(line, text, fy):
    assert got(run("総務大臣閣議後記者会見の概要", "(平成30年度予算政府案)", line), text)[1] == fy


@pytest.mark.parametrize("lines, text", [
    # a figure alone on its line (a slide's, a chart's) after a paragraph that states a year
    (("消防白書", "ア 災害の状況", "平成20年度は災害の多い年であった。", "", "科研費・国際先導研究", "", "1,950百万円(1,878百万円)"),
     "1,950百万円"),
    # a label-value list (`開始年度: 平成27年度`) is no running text
    (("科学技術の国際展開", "開始年度: 平成27年度", "交付先: 大学等", "", "支援額: 40百万円程度", ""), "40百万円"),
])
def test_near_miss_slides_and_lists_are_no_running_text(lines, text):
    assert got(run(*lines), text)[1] is None


# -- a figure's own year wins over its scope's; a bracket holds the figure's year only when it holds the year alone ---

@pytest.mark.parametrize("lines, text, fy", [
    (("令和6年度予算のポイント", "令和3年度7097億円、令和4年度6904億円、令和5年度7,000億円と推移しています。"), "6904億円", 2022),
    (("令和6年度予算のポイント", "令和3年度7097億円、令和4年度6904億円、令和5年度7,000億円と推移しています。"), "7,000億円", 2023),
    (("令和6年度予算のポイント", "■ODA予算", "政府全体では令和5年度に5,709億円を計上しました。"), "5,709億円", 2023),
    (("令和6年度予算のポイント", "○先端研究基盤 400億円以上(R5年度)の投入"), "400億円", 2023),
    # near miss: a bracket that labels another figure (`(令和3年度11月補正383億円)`) gives the figure before it nothing
    (("令和4年度12月補正予算の概要", "☆補正額 378億円(令和3年度11月補正383億円)"), "378億円", 2022),
    # near miss: a comparison base before the figure is not its year
    (("令和6年度予算のポイント", "■総額", "一般会計は、令和5年度に比べて68億円の増となりました。"), "68億円", 2024),
])
def test_the_figures_own_year_wins_over_its_scopes(lines, text, fy):
    assert got(run(*lines), text)[1] == fy


# -- a settlement states its year for its figures, as a budget label does -----------------------------------------

@pytest.mark.parametrize("lines, text, fy", [
    (("令和4年度決算の概要", "■一般会計", "歳入総額は120億円、歳出総額は115億円となりました。"), "115億円", 2022),
    (("令和4年度一般会計決算について", "歳入総額は120億円となりました。"), "120億円", 2022),
    (("村の広報", "■令和5年度の決算", "一般会計の歳出は39億4,028万円でした。"), "39億4,028万円", 2023),
    (("財政状況の公表", "平成30年度 決算", "・実質収支 2億円"), "2億円", 2018),
    # near miss: a settlement named as a comparison base (`令和4年度決算に比べ`) gives no year
    (("財政の状況", "■歳出", "歳出は令和4年度決算に比べ3億円の減となりました。"), "3億円", None),
])
def test_a_settlement_states_its_year(lines, text, fy):
    assert got(run(*lines), text)[1] == fy


# -- a bracketed figure labelled with the year before the year's figure is last year's -----------------------------

@pytest.mark.parametrize("lines, text, want", [
    ((BUDGET, "○道路整備事業 1億円(令和5年度 9,000万円)"), "9,000万円", ("previous_budget", 2023)),
    ((BUDGET, "○道路整備事業 1億円(R5: 9,000万円)"), "9,000万円", ("previous_budget", 2023)),
    ((BUDGET, "○道路整備事業 1億円(令和5年度当初予算額 9,000万円)"), "9,000万円", ("previous_budget", 2023)),
    ((BUDGET, "○道路整備事業 1億円", "(令和5年度 9,000万円)"), "9,000万円", ("previous_budget", 2023)),
    (("平成29年度予算の概要", "・橋梁補修事業 5,000千円", "(H28: 4,500千円)"), "4,500千円", ("previous_budget", 2016)),
    # the year's figure stays the year's
    ((BUDGET, "○道路整備事業 1億円(令和5年度 9,000万円)"), "1億円", ("budget", 2024)),
    # near miss: a change from last year is the year's
    ((BUDGET, "○道路整備事業 1億円(対前年度 1,000万円増)"), "1,000万円", ("other", 2024)),
])
def test_a_bracketed_figure_of_the_year_before_is_last_years(lines, text, want):
    assert got(run(*lines), text) == want


@pytest.mark.parametrize("lines, text", [
    # near miss: a year two years back, or a supplementary of last year, is no previous budget of the pair
    ((BUDGET, "○道路整備事業 1億円(令和4年度 8,000万円)"), "8,000万円"),
    ((BUDGET, "○道路整備事業 1億円(令和5年度補正 3,000万円)"), "3,000万円"),
    ((BUDGET, "○道路整備事業 1億円", "(令和4年度 8,000万円)"), "8,000万円"),
])
def test_near_miss_a_bracketed_figure_of_another_year_is_not_last_years(lines, text):
    assert got(run(*lines), text)[0] != "previous_budget"


# -- 新年度 in a dated speech: the budget of the fiscal year the date's spring starts --------------------------------

@pytest.mark.parametrize("lines, fy", [
    (("市長施政方針(令和7年2月)", "新年度予算の一般会計は500億円となりました。"), 2025),
    (("令和7年3月 町長所信表明", "新年度予算の一般会計は500億円となりました。"), 2025),
    (("町長所信表明(2024年2月20日)", "新年度予算の一般会計は500億円となりました。"), 2024),
    # near miss: no date, no year
    (("市長施政方針", "新年度予算の一般会計は500億円となりました。"), None),
])
def test_the_new_fiscal_year_of_a_dated_speech(lines, fy):
    assert got(run(*lines), "500億円")[1] == fy


# -- a lead-in that names a call for proposals or a settlement of one year gives the deck that year ----------------

@pytest.mark.parametrize("lines, text, fy", [
    (("助成金・支援制度", "名称 2017年度 防災教育チャレンジプラン募集", "■助成金額", "・プランの実践にかかる経費 上限 30万円"),
     "30万円", 2017),
    (("令和6年度 地域づくり活動支援事業の公募について", "■補助金額", "・1団体あたり上限 50万円"), "50万円", 2024),
    (("小川村の広報", "令和5年度の決算がまとまりました。", "■歳出", "・災害復旧費 9億8,663万円"), "9億8,663万円", 2023),
    # near miss: a lead-in that states a year but names no budget, settlement or call
    (("助成金・支援制度", "名称 2017年度 防災教育フォーラムの開催", "■参加費", "・一般 上限 3,000円"), "3,000円", None),
])
def test_a_lead_in_call_or_settlement_gives_the_deck_its_year(lines, text, fy):
    assert got(run(*lines), text)[1] == fy


# -- the budget a change of the next year is compared with is last year's -------------------------------------------

COMPARED = "一般会計は令和5年度当初予算100億円と比べ、10億円の増となりました。"

@pytest.mark.parametrize("lines, text, want", [
    (("○政府委員", "昭和三十七年度農林関係予算案について御説明申し上げます。",
      "予算合計は二千二百五十九億円となり、これは昭和三十六年度当初予算一千八百七十二億円に比較すると五百八十七億円の増加となっております。"),
     "一千八百七十二億円", ("previous_budget", 1961)),
    ((BUDGET, "■一般会計", COMPARED), "100億円", ("previous_budget", 2023)),
    # the change stays the year's
    ((BUDGET, "■一般会計", COMPARED), "10億円", ("other", 2024)),
])
def test_the_budget_a_change_is_compared_with_is_last_years(lines, text, want):
    assert got(run(*lines), text) == want


@pytest.mark.parametrize("lines, text", [
    # near miss: compared with a figure of the same year (another account), it stays the year's
    (("令和6年度予算の概要", "■特別会計", "特別会計予算は一般会計予算100億円と比べ、10億円多くなっています。"), "100億円"),
    # near miss: the year's figure, then its change from last year
    (("令和6年度予算の概要", "■一般会計", "一般会計は110億円で、前年度に比べ10億円の増となりました。"), "110億円"),
])
def test_near_miss_a_figure_not_compared_with_the_next_years_stays_the_years(lines, text):
    assert got(run(*lines), text)[0] != "previous_budget"


# -- a text table's header of role labels gives each column's figures their role --------------------------------

@pytest.mark.parametrize("header", [
    "| 事業名 | 予算額 | 前年度予算額 | 比較増減 |",
    "| 事業名 | 令和6年度予算額 | 前年度予算額 | 増減 |",
    "| 区分 | 当初予算額 | 前年度予算額 | 増減額 |",
])
@pytest.mark.parametrize("k, want", [(0, ("budget", 2024)), (1, ("previous_budget", 2023)), (2, ("other", 2024))])
def test_a_header_of_role_labels_gives_each_column_its_role(header, k, want):
    found = run(BUDGET, header, "| 道路整備事業 | 1億円 | 9,000万円 | 1,000万円 |")
    assert (found[k].role, found[k].fy) == want


@pytest.mark.parametrize("header", [
    # near miss: one role only (the other columns are counts or notes): no header of roles
    "| 事業名 | 予算額 | 箇所数 | 備考 |",
    # near miss: a row of a different width is no row of the table
    "| 事業名 | 予算額 | 前年度予算額 |",
])
def test_near_miss_a_header_without_two_roles_or_another_width_sets_nothing(header):
    found = run(BUDGET, header, "| 道路整備事業 | 1億円 | 9,000万円 | 1,000万円 |")
    assert found[1].role != "previous_budget"
