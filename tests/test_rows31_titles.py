"""Two budgets-row losses of the reviewer's probes (sessions 24-25: para26_bizyear, para26_target, para27_railway,
para27_grantguide, para27_tourism) that sit on the rows' own side (issue 21, rows31):

- a title that writes a space between the issuer and the budget's name (`令和8年度 白鷺市 当初予算の概要`,
  `令和7年度 北浦町 地域鉄道関係予算の概要`) is the same budget label as the title without it: its item lines are the
  year's budget, each a row (context/labels.py `_AFTER_FY_LOOSE`); a settlement or a result between the year and the
  budget word still makes no label;
- a sentence that labels the budget of the scheme the deck is about by a word pointing back to it (`本事業の予算額は…`,
  `同事業の当初予算額は…`) or by the scheme's kind alone (`助成金の予算額は…`) is that scheme's budget, a row, not a whole
  (context/whole_clauses.py own_scheme_budget); an organisation's, an account's or several schemes' budget stays a whole.
Lines written for these tests in several issuers' styles (a city, a town, a prefecture, a university, an association)."""
from __future__ import annotations

import pytest

from extract.context.whole_clauses import own_scheme_budget

from .test_roles_shapes import amount, rows, run

ITEM = "・道路橋りょう維持補修事業 1,800万円"


@pytest.mark.parametrize("title, role, fy", [
    ("令和8年度 白鷺市 当初予算の概要", "budget", 2026),
    ("令和7年度 北浦町 地域鉄道関係予算の概要", "budget", 2025),
    ("令和8年度 千鳥県 出資法人関係予算の概要", "budget", 2026),
    ("令和6年度　若葉市　補正予算の概要", "supplementary_budget", 2024),
    ("平成30年度 朝凪村 一般会計予算", "budget", 2018),
    # written without the space, as before
    ("令和8年度 白鷺市当初予算の概要", "budget", 2026),
    ("令和8年度白鷺市当初予算の概要", "budget", 2026),
])
def test_a_title_with_a_space_before_the_budgets_name_labels_its_items(title, role, fy):
    found = run(title, ITEM)
    m = amount(found, "1,800万円")
    assert (m.role, m.fy) == (role, fy)
    assert rows(found) == ["1,800万円"]


@pytest.mark.parametrize("title", [
    "令和6年度 白鷺市 決算 予算との比較",  # a settlement between the year and the budget word
    "令和6年度 白鷺市 事業実績 予算執行状況",
])
def test_a_settlement_or_result_between_the_year_and_the_budget_word_is_no_label(title):
    found = run(title, ITEM)
    assert amount(found, "1,800万円").role != "budget"


@pytest.mark.parametrize("topic", [
    "本事業の予算額は", "6. 本事業の予算額は", "同事業の当初予算額は", "この補助金の予算額は", "当該事業の予算総額は",
    "助成金の予算額は", "補助金の予算は", "事業の予算額は", "(3) 本制度の予算額は",
])
def test_a_word_pointing_back_to_the_scheme_labels_its_own_budget(topic):
    assert own_scheme_budget(topic)


@pytest.mark.parametrize("topic", [
    "補正後の予算額は",  # an account's whole after a supplementary
    "本学術振興会(学振)の予算額は",  # an organisation's budget
    "本市の予算額は", "各事業の予算額は", "両事業の予算額は",  # a body's whole; several schemes
    "現在の予算額は", "一般会計の予算額は", "外務省の予算は",
    "本事業の補助上限額は",  # a cap, no budget label
])
def test_an_organisations_or_accounts_budget_is_no_scheme_of_its_own(topic):
    assert not own_scheme_budget(topic)


@pytest.mark.parametrize("lines, figure", [
    (("令和8年度 北浦町観光協会 教育旅行誘致助成金のご案内", "町内に宿泊する学校団体に、生徒1人1泊につき1,000円を助成します。",
      "助成金の予算額は600万円で、予算がなくなり次第終了します。"), "600万円"),
    (("朝凪大学 学内研究助成 公募要領（令和8年度）", "1. 助成額 1件あたり年間300万円以内", "6. 本事業の予算額は4,500万円です。"),
     "4,500万円"),
    (("令和7年度 若葉県 移住支援金のご案内", "移住した世帯に100万円を支給します。", "同事業の当初予算額は3,200万円です。"), "3,200万円"),
])
def test_the_schemes_own_budget_sentence_makes_a_row(lines, figure):
    found = run(*lines)
    m = amount(found, figure)
    assert m.role == "budget" and m.total_of is None
    assert figure in rows(found)


@pytest.mark.parametrize("lines, figure", [
    (("令和6年度 白鷺市 9月補正予算の概要", "補正後の予算額は612億3,000万円となりました。"), "612億3,000万円"),
    (("令和6年度 日本学術振興会の予算", "本学術振興会の予算額は、2,663億円です。"), "2,663億円"),
])
def test_a_whole_labelled_in_a_sentence_stays_out_of_the_rows(lines, figure):
    found = run(*lines)
    assert figure not in rows(found)


# -- a body's 収支予算 whose lines carry the side's name before the item (`収入　構成市町負担金 1,260万円`) ---------------
# (holdout21 h21_shushi_kyogikai: with the spaced title read as a label, its revenue line became a budget row; the same
# deck written without the title's spaces read it so on main: context/account_sides._own_side)

@pytest.mark.parametrize("title, revenue, spending", [
    ("令和7年度 ○○観光推進協議会 収支予算", "収入　構成市町負担金 1,260万円", "支出　誘客宣伝事業 840万円"),
    ("令和7年度○○観光推進協議会収支予算", "収入　構成市町負担金 1,260万円", "支出　誘客宣伝事業 840万円"),
    ("令和8年度 朝凪市観光協会 収支予算", "収入 会費収入 1,260万円", "支出 イベント開催事業 840万円"),
    ("令和8年度 北浦町商工会 収支予算書", "◇収入 町補助金 1,260万円", "◇支出 地域振興事業 840万円"),
])
def test_a_line_that_opens_with_the_revenue_side_is_no_budget_row(title, revenue, spending):
    found = run(title, revenue, spending)
    assert amount(found, "1,260万円").role == "other"
    assert rows(found) == ["840万円"]


@pytest.mark.parametrize("line", [
    "収入役室運営事業 1,260万円",  # a work whose name begins with the word, no side before a space
    "・収入証紙販売事業 1,260万円",
])
def test_a_name_that_begins_with_the_sides_word_keeps_its_scope(line):
    found = run("令和8年度 白鷺市 当初予算の概要", line)
    assert amount(found, "1,260万円").role == "budget"
    assert rows(found) == ["1,260万円"]
