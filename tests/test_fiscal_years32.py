"""A figure's own day and a label after the deck's first figure (issue 21, session 25, years32).

- A day the figure's own clause states it as of (`令和4年3月31日の残高は82.8億円`, `7年3月末現在高は`, `平成30年9月末現在の
  一時借入金の残高`) gives it the fiscal year that day falls in (March: the year before; context/status_dates.py own_year),
  nearer than a scope's or the deck's budget year. Near misses: a deadline (`3月末までに`), a comparison's base
  (`3月末に比べ`), a day that dates an event (`3月31日に廃止した`), a running total (`…現在の累計額`), a point in the year
  naming no balance (`9月末時点で約14億円の活用が可能`), a fiscal year of the clause's own (it stays first).
- A title's later parts and a lead-in heading scope the whole deck only before its first figure (counted from the title's
  line: a news headline above it is no body figure): a heading after a balance report's figures (`■令和7年度当初予算の
  概要`) labels its own part, not the balances above it.
- A balance under a status date (`基金の状況(平成30年3月31日現在)` over `基金残高 27億円`) is that day's: the year of a
  drawdown row above it (`平成24年度 …出資金 2億円`) is the row's (context/running_year.py). Near misses: a figure that
  names no balance, a page with no status date.
Lines written for these tests in other issuers' wording (a fund notice, a finance bulletin, a half-year report)."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _amounts(lines: tuple[str, ...]) -> list[tuple[str, str | None, int | None]]:
    return [(m.text, m.role, m.fy) for m in mentions(*lines, deck_year=None) if m.kind == "amount"]


def _fy(lines: tuple[str, ...], text: str) -> int | None:
    found = [fy for t, _role, fy in _amounts(lines) if t == text]
    assert len(found) == 1, _amounts(lines)
    return found[0]


@pytest.mark.parametrize("lines, text, fy", [
    # the day the figure is as of, in its own clause: that day's fiscal year
    (("基金のお知らせ", "財政調整基金の令和4年3月31日の残高は82.8億円となりました。"), "82.8億円", 2021),
    (("基金のお知らせ", "基金の令和6年3月末現在高は12億3,400万円です。"), "12億3,400万円", 2023),
    (("財政のあらまし", "平成30年9月末現在の一時借入金の残高は1,200万円です。"), "1,200万円", 2018),
    (("基金のお知らせ", "令和6年4月1日現在の基金残高は20億円です。"), "20億円", 2024),
    (("令和6年度 予算の概要", "令和7年3月末の残高見込みは15億円です。"), "15億円", 2024),
    # era-less, in the era the text fixed before it
    (("令和6年度下半期の財政状況", "7年3月末の市債現在高は、336億円となりました。"), "336億円", 2024),
    # the clause's own fiscal year stays first
    (("令和6年度 予算の概要", "令和5年度末(令和6年3月31日現在)の残高は10億円です。"), "10億円", 2023),
    # near misses: a deadline, a comparison's base, an event's day, a running total
    (("基金のお知らせ", "令和7年3月末までに3億円を返済します。"), "3億円", None),
    (("基金のお知らせ", "残高は令和6年3月末に比べ8億円の減となりました。"), "8億円", None),
    (("基金のお知らせ", "令和6年3月31日に廃止した基金の残額1億円を一般会計に繰り入れました。"), "1億円", None),
    (("基金のお知らせ", "令和6年3月末現在の累計額は5億円です。"), "5億円", None),
    (("議会だより", "基金は令和5年9月末時点で約14億円の活用が可能である。"), "14億円", None),
    (("基金のお知らせ", "令和6年4月1日時点の基金残高は20億円です。"), "20億円", 2024),
])
def test_the_day_a_figure_is_as_of(lines, text, fy):
    assert _fy(lines, text) == fy


_HALF_YEAR = ("区の財政状況をお知らせします", "■基金", "年度:令和6年度", "積立基金現在高:1015億円", "■令和7年度当初予算の概要",
              "一般会計は2456億円となりました。")
_LEAD_FIRST = ("市の財政", "■令和7年度当初予算の概要", "一般会計は2456億円となりました。", "■基金",
               "令和6年度の運用利子額は1億円です。")
_HEADLINE = ("2次補正の総額120億円 来年度予算案も", "水道管の工事現場",
             "政府は11日、2018年度第2次補正予算案の概要を示した。総額は120億円。", "水道施設の整備に66億円を配分した。")
_SUBTITLE = ("区の財政", "(令和7年度当初予算)", "■福祉", "・高齢者の見守り事業 5億円", "■教育", "・学校の改築 20億円")


@pytest.mark.parametrize("lines, text, role", [
    # a budget heading after the deck's first figure labels its own part only
    (_HALF_YEAR, "1015億円", "other"),
    (_HALF_YEAR, "2456億円", "budget"),
    # near misses: the heading or the title's subtitle before the first figure still labels the deck
    (_LEAD_FIRST, "2456億円", "budget"),
    (_SUBTITLE, "5億円", "budget"),
    (_SUBTITLE, "20億円", "budget"),
    (_HEADLINE, "66億円", "supplementary_budget"),
])
def test_a_label_after_the_first_figure_is_a_parts(lines, text, role):
    assert [r for t, r, _fy in _amounts(lines) if t == text] == [role]


_FUND_PAGE = ("基金の状況(平成30年3月31日現在)", "財政調整基金", "財源の不足を補うための基金です。", "基金を活用した主な事業 金額",
              "平成24年度 水道事業統合に伴う出資金 2億9,000万円", "基金残高 27億3,957万円", "減債基金",
              "町債の償還に備えるための基金です。", "平成20年度 繰上償還 1億3,000万円", "基金の残高は5億3,029万円です。",
              "取崩しの主な使途は、道路の補修で、その額は4,000万円でした。")
_NO_STATUS = ("基金の状況", "財政調整基金", "財源の不足を補うための基金です。", "平成24年度に、水道事業統合に伴い出資しました。",
              "基金残高 27億3,957万円", "以上のとおりです。")


@pytest.mark.parametrize("lines, text, fy", [
    # a balance under a status date: that day's fiscal year, not the drawdown row's above it
    (_FUND_PAGE, "27億3,957万円", 2017),
    (_FUND_PAGE, "5億3,029万円", 2017),
    # near misses: the row's own year stays; a figure that names no balance keeps the prose's year; no status date
    (_FUND_PAGE, "2億9,000万円", 2012),
    (_FUND_PAGE, "1億3,000万円", 2008),
    (_FUND_PAGE, "4,000万円", 2008),
    (_NO_STATUS, "27億3,957万円", 2012),
])
def test_a_balance_under_a_status_date(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a benefit's or a grant's reference day names no stock: the title's year stays (fixy25, review of years32)
    (("令和8年度 子育て支援の拡充", "令和8年1月1日現在において18歳以下の子がいる世帯には、1世帯1万円を加算します。"), "1万円", 2026),
    (("令和8年度 予算の概要", "令和8年1月1日現在で市内に住所を有する方に、1人5万円を支給します。"), "5万円", 2026),
    (("令和7年度 予算のあらまし", "令和7年3月31日現在の対象者に対し、事業費3,000万円を計上。"), "3,000万円", 2025),
    # near misses: a stock word in the clause, however written, still dates it by the day
    (("令和8年度 予算の概要", "令和8年1月1日現在において基金の残高は12億円です。"), "12億円", 2025),
    (("令和8年度 予算の概要", "令和7年3月31日現在の積立額は3億円です。"), "3億円", 2024),
    (("令和8年度 予算の概要", "令和7年9月30日現在の保有額は8,000万円です。"), "8,000万円", 2025),
    (("令和8年度 予算の概要", "市税の令和7年3月31日現在の収入済額は45億円です。"), "45億円", 2024),
    (("令和8年度 財政のお知らせ", "令和7年3月31日現在の市には8つの基金があり、その総額は60億円です。"), "60億円", 2024),
])
def test_a_reference_day_that_names_no_stock_dates_nothing(lines, text, fy):
    assert _fy(lines, text) == fy
