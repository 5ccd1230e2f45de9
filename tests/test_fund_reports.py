"""Local funds' and tax revenue reports (issue 21, fresh18c / fresh18e shapes): a fund's balances, deposits and drawdowns
are neither grants nor budgets (GUIDE: fund balances `other`, fy the year whose end it is); last year's tax collected is
no previous budget; a header's year sets its column's fy. Paraphrased from other towns, funds and taxes; each rule with
its near misses (a grant's cap, a budget's transfer to a fund, a year's budget, a plain header of years)."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline

NEWS = "町の話題をお知らせします。"


def run(*texts: str) -> list[tuple[str, str | None, int | None]]:
    mentions, _ = text_deck_outline(texts)
    return [(m.text, m.role, m.fy) for m in mentions if m.kind == "amount"]


# -- a label line naming a fund frames its figures as the fund's, whatever grant word its name holds ----------------------

@pytest.mark.parametrize("lines", [
    ("町の基金", "体育振興助成基金", "1200万円", "300万円", "福祉基金", "800万円"),
    ("基金の状況", "スポーツ少年団育成助成基金", "45万円", "12万円", "57万円"),
    ("基金の状況", "育英奨学資金貸付基金", "500万円", "20万円", "480万円"),
    ("各基金の残高", "住宅新築補助基金:", "2,000万円"),
])
def test_a_funds_name_over_its_figures_frames_no_grant(lines):
    assert {role for _t, role, _fy in run(*lines)} == {"other"}


@pytest.mark.parametrize("lines, expected", [
    ((NEWS, "補助上限額", "50万円"), ("50万円", "support", None)),  # a grant's cap heading its figure
    ((NEWS, "地域振興基金助成事業", "助成額 30万円"), ("30万円", "support", None)),  # a grant paid from a fund
    (("令和6年度当初予算の概要", "■主な事業", "・財政調整基金積立金 5億円"), ("5億円", "budget", 2024)),  # a budget's transfer
])
def test_near_misses_keep_their_reading(lines, expected):
    assert expected in run(*lines)


# -- a figure per inhabitant is a statistic, no grant's size; it makes no grant of the figures after it -------------------

@pytest.mark.parametrize("lines, figure", [
    (("令和5年度決算の概要", "市債残高は市民一人当たり35万円増加しました。", "財政調整基金の年度末残高は12億円となりました。"), "12億円"),
    (("歳入の概要", "町税は町民1人あたり14万円です。", "基金繰入金は3億円でした。"), "3億円"),
])
def test_a_per_inhabitant_figure_leaves_the_next_lines_other(lines, figure):
    assert next(role for text, role, _fy in run(*lines) if text == figure) == "other"


def test_a_benefit_per_inhabitant_given_stays_support():
    assert run(NEWS, "町民1人当たり3万円を給付します。") == [("3万円", "support", None)]


# -- last year's collected tax beside this year's is no previous budget ---------------------------------------------------

@pytest.mark.parametrize("lines, pairs", [
    (("令和5年度9月末現在の町税収納済額", "(カッコ内は前年同月額)", "町民税 12億3000万円(11億8000万円)",
      "固定資産税 8億円(7億9000万円)", "事業所税 1億2000万円(1億1000万円)"),
     [("11億8000万円", 2022), ("7億9000万円", 2022), ("1億1000万円", 2022)]),
])
def test_last_years_collected_tax_in_brackets_is_other(lines, pairs):
    found = {text: (role, fy) for text, role, fy in run(*lines)}
    assert all(found[text] == ("other", fy) for text, fy in pairs)
    assert found["1億2000万円"][0] == "other"  # 事業所税 a local tax collected as the others are


def test_a_budget_and_last_years_budget_in_brackets_stay_a_pair():
    assert run("令和6年度予算の概要", "予算額 19億円(前年度予算額 18億円)") == [("19億円", "budget", 2024),
                                                                        ("18億円", "previous_budget", 2023)]


# -- a header of years alone closing on an open year: that column is its first year's -----------------------------------

@pytest.mark.parametrize("header, later", [("令和6年度 令和7年度以降", 2025), ("令和6年度 令和7年度以後", 2025),
                                           ("令和6年度 令和7年度", 2025)])  # the last: a plain header, read as before
def test_an_open_years_column(header, later):
    found = run("国民健康保険税の改正", header, "医療分均等割 2万円 2万2千円", "支援分 8,000円", "合計 2万8,000円 3万円")
    assert ("2万2千円", "other", later) in found and ("3万円", "other", later) in found
    assert ("2万8,000円", "other", 2024) in found


# -- a fund table one cell a line: the first figure of a row is the earlier year-end's, the rest the next year's ----------

FUND_TABLE = ("基金の状況", "基金名", "令和4年度末", "現在高", "令和5年度中増減", "積立額", "取崩額", "令和5年度末", "現在高")


@pytest.mark.parametrize("rows, years", [
    (("財政調整基金", "3億2000万円", "5000万円", "1億円", "2億7000万円"), [2022, 2023, 2023, 2023]),
    (("減債基金", "8000万円", "8001万円"), [2022, 2023]),  # no deposit, no drawdown: a shorter row
    (("ふるさと応援基金", "1200万円", "300万円", "1500万円", "小計", "4億1200万円", "300万円", "1億円", "3億1500万円"),
     [2022, 2023, 2023, 2022, 2023, 2023, 2023]),
])
def test_a_fund_tables_rows(rows, years):
    assert [fy for _t, _r, fy in run(*FUND_TABLE, *rows)] == years


def test_a_header_of_years_column_by_column_is_read_as_before():
    found = run("予算の推移", "区分", "令和4年度", "令和5年度", "令和6年度", "一般会計", "120億円", "125億円", "130億円")
    assert [fy for _t, _r, fy in found] == [2022, 2023, 2024]


# -- a fund drawn or moved into an account right after its figure: a drawdown, no budget, its year kept -----------------

@pytest.mark.parametrize("lines, expected", [
    (("市の財政について", "令和6年度予算では、8億円の財政調整基金を取り崩して予算を編成しました。"), ("8億円", "other", 2024)),
    (("市の財政について", "令和5年度予算は、2億5000万円の減債基金を一般会計に繰り入れて編成した。"), ("2億5000万円", "other", 2023)),
    # near misses: a fund set up by a supplementary, a budget's deposit into a fund
    (("令和6年度補正予算の概要", "補正予算で3億円の基金を造成します。"), ("3億円", "supplementary_budget", 2024)),
    (("令和6年度予算の概要", "予算額 12億円を計上し、財政調整基金に積み立てます。"), ("12億円", "budget", 2024)),
])
def test_a_funds_drawdown_is_no_budget(lines, expected):
    assert run(*lines) == [expected]


@pytest.mark.parametrize("line, figure", [
    ("基金残高は20億円台に落ち込み、物価高への各種支援策の財源も細っている。", "20億円"),  # a level's band, no grant's range
    ("町の貯金は5億円台となり、子育て支援に充てる余裕がない。", "5億円"),
])
def test_a_levels_band_near_a_grants_word_is_no_grant(line, figure):
    assert next(role for text, role, _fy in run(NEWS, line) if text == figure) == "other"


def test_a_grants_range_under_its_word_stays_support():
    assert next(role for text, role, _fy in run(NEWS, "補助上限額", "10万円～50万円") if text.startswith("10万")) == "support"
