"""Fiscal years of the ways decks are written (issue 21; context/cell_columns.py, fiscal_document.py, fiscal_marks.py,
fiscal_scope.py): tables flattened with spaces or one cell a line whose header states a year per column, a year a
change counts from or a sum is carried to, a request named by a relative year with its base year written, a web page
dated by its navigation, a year open at the top as a clause's topic, the writer's current year in a plan for the next,
a list flattened onto one line. Lines written for these tests in the style of real decks (other issuers, other
numbers, other eras); each shape with variants and near misses."""
from __future__ import annotations

import pytest

from .helpers import mentions


def fy_of(lines: tuple[str, ...], text: str, nth: int = 0) -> int | None:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    return found[nth].fy


SETTLED = ("令和5年度一般会計決算の状況", "歳入歳出決算額表", "区分 令和5年度 令和4年度 前年度増減 前年度対比",
           "歳入総額 6,708,881千円 7,037,601千円 △328,720千円 4.7%減少", "実質収支額 399,781千円 606,246千円 △206,465千円 34.1%減少")
INITIAL = ("2024年度 当初予算の概要", "会計別予算額", "会計名 2024年度 2023年度 増減 伸率",
           "国民健康保険 特別会計 56億3,583万円 58億1,048万円 △1億7,465万円 △3.0%")


@pytest.mark.parametrize("lines, text, fy", [
    (SETTLED, "7,037,601千円", 2022),   # the second year column's figure
    (SETTLED, "6,708,881千円", 2023),
    (SETTLED, "606,246千円", 2022),
    (INITIAL, "58億1,048万円", 2023),   # a row name of two words, a Western-year header
    (INITIAL, "56億3,583万円", 2024),
    (("平成30年度 予算の概要", "区分 H30 H29 比較", "一般会計 120億円 110億円 10億円"), "110億円", 2017),
    (("令和7年度 当初予算", "款 令和7年度 令和6年度 増減 増減率", "1 議会費 1億2,000万円 1億1,500万円 500万円 4.3%"),
     "1億1,500万円", 2024),
    # relative years and bracketed column marks in the header
    (("令和7年度 当初予算の概要", "区分 本年度 前年度 比較", "一般会計 120億円 110億円 10億円"), "110億円", 2024),
    (("令和7年度 当初予算の概要", "区分 本年度 前年度 比較", "一般会計 120億円 110億円 10億円"), "120億円", 2025),
    (("令和7年度 当初予算の概要", "区分 令和7年度 (A) 令和6年度 (B) 比較(A-B)", "一般会計 120億円 110億円 10億円"), "110億円", 2024),
    (("令和7年度 当初予算の概要", "区分 令和7年度当初 令和6年度当初 比較", "一般会計 120億円 110億円 10億円"), "110億円", 2024),
    # near miss: a change column named with the previous year (`前年度増減`) is the year's
    (SETTLED, "△328,720千円", 2023),
    # near miss: a header of one year names no columns: the title's year
    (("令和6年度 当初予算", "区分 令和6年度 増減", "一般会計 100億円 5億円"), "100億円", 2024),
    # near miss: a row with a cell more than the header is not read by column
    (("令和6年度 当初予算", "区分 令和6年度 令和5年度", "一般会計 注1 100億円 90億円 10億円"), "90億円", 2024),
])
def test_a_table_split_by_spaces_gives_each_column_its_year(lines, text, fy):
    assert fy_of(lines, text) == fy


STACKED = ("令和6年度当初予算総括表", "区分", "令和6年度(A)", "令和5年度(B)", "増減額(C:A-B)", "増減率", "一般会計",
           "241億5,010万円", "232億5,319万7千円", "8億9,690万3千円", "3.9%", "国民健康保険特別会計", "56億3,583万4千円",
           "58億1,048万9千円")


@pytest.mark.parametrize("lines, text, fy", [
    (STACKED, "232億5,319万7千円", 2023),
    (STACKED, "241億5,010万円", 2024),
    (STACKED, "58億1,048万9千円", 2023),   # the last row, cut after its last year's cell
    (("2025年度 会計別予算", "会計", "2025年度", "2024年度", "一般会計", "80億円", "75億円", "介護保険", "20億円", "18億円"),
     "18億円", 2024),
    (("令和7年度 当初予算の概要", "区分", "本年度", "前年度", "比較", "一般会計", "120億円", "110億円", "10億円"), "110億円", 2024),
    # near miss: one year in the cells above: the title's year
    (("令和6年度 当初予算", "区分", "令和6年度", "増減", "一般会計", "100億円", "5億円"), "100億円", 2024),
    # near miss: a cell with two figures is no cell of the table: its row is not read
    (("令和6年度 当初予算", "区分", "令和6年度", "令和5年度", "一般会計", "100億円 90億円", "90億円"), "90億円", 2024),
])
def test_a_table_one_cell_a_line_gives_each_column_its_year(lines, text, fy):
    assert fy_of(lines, text) == fy


LEAD_SETTLED = "令和5年度の一般会計の決算がまとまりました。"


@pytest.mark.parametrize("line, text, fy", [
    ("一般会計の歳入は、1507億円で、令和4年度から約41億1026万円、2.8%の増加となりました。", "41億1026万円", 2023),
    ("歳出は、令和4年度決算から12億円の減少となりました。", "12億円", 2023),
    ("令和6年度への繰り越しを除いた実質収支は7億7013万円になりました。", "7億7013万円", 2023),
    ("翌年度に繰り越すべき財源を除き、令和6年度に繰越す額は3億円です。", "3億円", 2023),
    # near miss: a span from a year over years gives no single year
    ("令和5年度から3年間で総額12億円を投じます。", "12億円", None),
    # near miss: a year a budget is labelled by is the figure's own
    ("令和4年度決算額は、1466億円でした。", "1466億円", 2022),
])
def test_a_year_a_change_counts_from_or_a_sum_is_carried_to_is_no_figures_year(line, text, fy):
    assert fy_of((LEAD_SETTLED, "■一般会計", line), text) == fy


REQUEST = ("経産省来年度予算概算要求", "1.要求の概要")


@pytest.mark.parametrize("lines, text, fy", [
    (REQUEST + ("要求総額は令和3年度当初予算と比べ11.9%増の1兆4,026億円となりました。",), "1兆4,026億円", 2022),
    (REQUEST + ("資源・燃料関係は3,772億円。令和3年度当初予算から2割程度の増額です。", "2.主な施策",
                "・安定供給確保に2,588.8億円を要求。"), "2,588.8億円", 2022),
    (("農林水産省 来年度予算概算要求の概要", "1.総額", "要求額は平成28年度当初予算と比較して14.9%増の2兆6,000億円。"),
     "2兆6,000億円", 2017),
    # near miss: no base year written: the relative year reaches no year
    (REQUEST + ("要求総額は前年度と比べ11.9%増の1兆4,026億円となりました。",), "1兆4,026億円", None),
    # near miss: bases of two years name no one year
    (REQUEST + ("要求総額は令和3年度当初予算と比べ11.9%増、令和2年度当初予算と比べ15%増の1兆4,026億円となりました。",),
     "1兆4,026億円", None),
])
def test_a_request_named_by_a_relative_year_counts_from_its_written_base(lines, text, fy):
    assert fy_of(lines, text) == fy


CHROME = ("安全・安心情報", "トップページ > 知事記者会見 > 臨時記者会見[令和7年6月17日(火曜日)]", "更新日:2025年6月16日",
          "<発表項目>", "|")


@pytest.mark.parametrize("lines, fy", [
    (CHROME + ("本日は、追加提案予定の6月補正予算案についてご説明申し上げます。", "補正予算案の規模は、6億21万円ということになります。"),
     2025),
    (("市長定例記者会見", "ホーム > 市政 > 市長会見 > 2024年2月9日", "<案件>", "本日は、3月補正予算案について説明します。",
      "補正予算案の規模は、6億21万円です。"), 2023),
    # near miss: the opening names no budget: the date names no year of the figures
    (CHROME + ("本日は、県内の観光についてご説明申し上げます。", "誘客事業の規模は、6億21万円ということになります。"), None),
])
def test_a_web_pages_navigation_dates_the_supplementary_its_text_names(lines, fy):
    assert fy_of(lines, "6億21万円") == fy


GRANT = ("2025年度 地球環境基金 募集案内", "■助成金額")


@pytest.mark.parametrize("lines, text, fy", [
    (GRANT + ("発展型 200 万円~600 万円(2026 年度以降は 200 万円~800 万円)",), "200 万円~800 万円", 2026),
    (GRANT + ("発展型 200 万円~600 万円(2026 年度以降は 200 万円~800 万円)",), "200 万円~600 万円", 2025),
    (GRANT + ("上限300万円(令和8年度以降は上限500万円)",), "500万円", 2026),
    # near miss: a year open at the top that dates an event, not the figure's topic
    (GRANT + ("2026年度以降に実施する活動に上限300万円",), "300万円", 2025),
])
def test_a_year_open_at_the_top_as_the_clauses_topic_is_the_figures(lines, text, fy):
    assert fy_of(lines, text) == fy


PLAN = "国土地理院は12月25日、平成26年度予算の政府案を受けて予算概要を発表した。"


@pytest.mark.parametrize("lines, text, fy", [
    ((PLAN, "予算総額は99億円。今年度の95億4,100万円より3億9,300万円の増となっている。", "2013年12月23日~2013年12月29日"),
     "95億4,100万円", 2013),
    ((PLAN, "予算総額は99億円。今年度の95億4,100万円より3億9,300万円の増となっている。", "2013年12月23日~2013年12月29日"),
     "99億円", 2014),
    (("2024年2月15日", "令和6年度当初予算案を発表しました。", "予算総額は210億円で、本年度は 200億円でした。"), "200億円", 2023),
    # near miss: no date: the writer's year is not known, the document's stays
    ((PLAN, "予算総額は99億円。今年度の95億4,100万円より3億9,300万円の増となっている。"), "95億4,100万円", 2014),
])
def test_the_writers_current_year_in_a_plan_for_the_next_is_the_dates(lines, text, fy):
    assert fy_of(lines, text) == fy


REVENUE = ("今年の予算-令和6年度-", "歳入の特徴")


@pytest.mark.parametrize("line, text, fy", [
    ("- 地方交付税 56億円 (対前年度比 +3億円) 令和5年度実績及び地方財政対策による増 - 国庫支出金 48億6,708万円", "48億6,708万円", 2024),
    ("- 市税 87億円 令和5年度決算見込みによる増 － 地方譲与税 3億2,800万円", "3億2,800万円", 2024),
    # near miss: with no hyphen the year stands in the figure's own words
    ("令和5年度実績 48億6,708万円", "48億6,708万円", 2023),
])
def test_a_list_flattened_with_hyphens_starts_each_items_words_at_its_hyphen(line, text, fy):
    assert fy_of(REVENUE + (line,), text) == fy


SUPPLEMENTARY = ("令和7年度補正予算案の概要", "■主な事業")


@pytest.mark.parametrize("line, text, fy", [
    ("8年度予算概算要求の一部を前倒しして,大型巡視船2隻に59億円", "59億円", 2025),
    ("令和8年度当初予算を前倒しし、学校施設の改修に12億円を計上", "12億円", 2025),
    ("2026年度予定の事業を前倒しで実施するため、道路改良に3億円", "3億円", 2025),
    # near miss: a later year's budget the figure is written for is its own
    ("令和8年度当初予算に12億円を計上する予定", "12億円", 2026),
])
def test_a_budget_a_figure_is_brought_forward_from_is_no_figures_year(line, text, fy):
    assert fy_of(SUPPLEMENTARY + (line,), text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # near misses: the supplementary a figure is brought forward IN (`で前倒し`) is its own year
    (("H30当初予算 主要施策", "・H29補正予算で前倒し 800万円"), "800万円", 2017),
    (("令和8年度 当初予算の概要", "※国の経済対策に伴い令和7年度12月補正予算で前倒し計上 9,000万円"), "9,000万円", 2025),
    (("令和8年度 当初予算 主な事業", "令和7年度3月補正予算で前倒しして計上した 1億円"), "1億円", 2025),
])
def test_near_miss_the_budget_a_figure_is_brought_forward_in_is_its_own(lines, text, fy):
    assert fy_of(lines, text) == fy


INITIAL_R8 = ("令和8年度当初予算の概要", "■主な事業")


@pytest.mark.parametrize("line, text, fy", [
    ("・令和7年度から開始した給食費無償化事業 9,800万円", "9,800万円", 2026),
    ("・令和7年度から対象を拡大した医療費助成事業は2,000万円増の1億4,000万円", "1億4,000万円", 2026),
    ("・2025年度から導入した地域交通システム運行事業 3,200万円", "3,200万円", 2026),
    # near miss: a year a figure is stated for stays its own
    ("・令和7年度補正予算で措置した防災事業 5,000万円", "5,000万円", 2025),
    # near miss: a span from a year over years gives no single year
    ("・令和7年度から5年間で整備する道路改良事業 総額12億円", "12億円", None),
])
def test_a_year_a_programme_started_from_is_no_figures_year(line, text, fy):
    assert fy_of(INITIAL_R8 + (line,), text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    (("令和8年2月13日", "令和8年度当初予算案を発表しました。", "一般会計は252億円で、今年度の当初予算245億円と比較し7億円の増です。"),
     "245億円", 2025),
    (("令和8年2月13日", "令和8年度当初予算案を発表しました。", "一般会計は252億円で、今年度の当初予算245億円と比較し7億円の増です。"),
     "252億円", 2026),
    # near miss: an April newsletter: the writer's current year is the document's
    (("2025年4月1日 広報", "令和7年度当初予算が成立しました。", "今年度の当初予算は245億円です。"), "245億円", 2025),
])
def test_the_writers_current_year_labelling_a_budget_is_the_dates(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a year range written with a spaced hyphen is one range, no item break: no single year
    (INITIAL_R8 + ("2020 - 2024年度の計画 総額5億円",), "5億円", None),
    # a year open at the top that only continues (`以降も`) is no topic of the figure: the scope's
    (INITIAL_R8 + ("令和9年度以降も継続して毎年2億円程度",), "2億円", 2026),
    (INITIAL_R8 + ("令和9年度以降は毎年2億円程度",), "2億円", 2027),
])
def test_near_misses_of_hyphens_and_open_years(lines, text, fy):
    assert fy_of(lines, text) == fy


TREND = ("令和8年度 当初予算 財政の推移", "区分 令和6年度決算 令和7年度予算 令和8年度予算",
         "一般会計 31億2,000万円 33億5,000万円 34億1,000万円")


def _role_fy(lines: tuple[str, ...], text: str) -> tuple[str | None, int | None]:
    (m,) = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    return m.role, m.fy


@pytest.mark.parametrize("lines, text, role, fy", [
    # a budget document's year-before column is the previous year's budget, its change column `other`
    (("令和8年度 当初予算の概要", "■主な事業", "事業名 R8当初 R7当初 増減", "消防車両更新事業 4,800万円 3,900万円 900万円"),
     "3,900万円", "previous_budget", 2025),
    (("令和8年度 当初予算の概要", "■主な事業", "事業名 R8当初 R7当初 増減", "消防車両更新事業 4,800万円 3,900万円 900万円"),
     "900万円", "other", 2026),
    (("令和8年度 当初予算の概要", "■主な事業", "事業名 R8当初 R7当初 増減", "消防車両更新事業 4,800万円 3,900万円 900万円"),
     "4,800万円", "budget", 2026),
    (STACKED, "232億5,319万7千円", "previous_budget", 2023),
    # a plan's later year in a budget document is no budget of the document's year
    (("令和8年度 当初予算の概要", "■計画事業", "事業名 令和8年度 令和9年度 令和10年度", "庁舎改修事業 1億円 2億円 3億円"),
     "2億円", "other", 2027),
    # a header row is no scope of its figures: the title's year is the budget's, a settlement's column `other`
    (TREND, "34億1,000万円", "budget", 2026),
    (TREND, "33億5,000万円", "previous_budget", 2025),
    (TREND, "31億2,000万円", "other", 2024),
    (TREND[:1] + ("区分 R6決算 R7当初 R8当初",) + TREND[2:], "34億1,000万円", "budget", 2026),
    # near miss: a settlement's columns stay `other`
    (SETTLED, "7,037,601千円", "other", 2022),
    # near miss: a row of revenue (no budget figure beside it) keeps its `other` in the year before's column
    (("令和7年度当初予算の概要", "歳入", "区分", "令和7年度", "令和6年度", "比較", "市税", "45億円", "44億円", "1億円"),
     "44億円", "other", 2024),
])
def test_a_year_columns_figure_takes_the_role_its_year_gives(lines, text, role, fy):
    assert _role_fy(lines, text) == (role, fy)


def test_near_miss_a_period_written_with_spaces_is_no_header():
    lines = ("令和8年度 当初予算の概要", "■計画", "計画期間 令和7年度 ～ 令和11年度", "総事業費 1億円 2億円 3億円")
    assert [fy_of(lines, t) for t in ("1億円", "2億円", "3億円")] == [2026, 2026, 2026]


@pytest.mark.parametrize("line, text, fy", [
    # a period written after the figure (a multi-year project's) gives it none of its years: the scope's
    ("○庁舎建設事業 3億円（総事業費 30億円、令和6～9年度）", "3億円", 2025),
    ("○GIGAスクール端末更新事業 1億2,000万円（令和7～8年度の2か年事業）", "1億2,000万円", 2025),
    ("・学校改修事業 8,000万円 (R6-R8)", "8,000万円", 2025),
    # near miss: one year bracketed right after the figure is the figure's
    ("○庁舎建設事業 3億円（令和6年度）", "3億円", 2024),
    # near miss: a period before the figure gives it no single year
    ("○令和6～9年度 債務負担分 7,800万円", "7,800万円", None),
])
def test_a_period_written_after_a_figure_gives_it_none_of_its_years(line, text, fy):
    assert fy_of(("令和7年度 当初予算の概要", "■主な事業", line), text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a title of a list of the year's programmes or grants labels its figures with its year
    (("令和7年度 重点施策の概要", "■子育て", "・保育料軽減事業 1,200万円"), "1,200万円", 2025),
    (("令和8年度 主な新規事業", "・地域交通再編事業 3,000万円"), "3,000万円", 2026),
    (("令和7年度 移住支援のご案内", "支援金 最大100万円"), "100万円", 2025),
    # a title about the year's activities dates its figures as any dated title does (context/dated_scopes.py: scope18,
    # the year, not a budget's role); a sentence first labels nothing
    (("令和6年度の取組について", "■主な取組", "・道路整備事業 1億円"), "1億円", 2024),
    (("令和6年度は、まちづくりを進めます。", "■主な事業", "・道路整備事業 1億円"), "1億円", None),
    # the supplementary a figure is brought forward in (`に前倒し計上`) is its own year
    (("令和8年度 当初予算 主な事業", "令和7年度補正予算に前倒し計上した 3億円"), "3億円", 2025),
])
def test_a_title_of_the_years_list_labels_its_figures(lines, text, fy):
    assert fy_of(lines, text) == fy
