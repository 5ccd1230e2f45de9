"""Issue 23, schedules and the size words of news: clock times are no spans (`10時00分`), a schedule that writes no
year is dated by its weekdays (`11月24日(金曜日)`), the second end of `XよりYまで` is a point like that of
`XからYまで`, a place in an ordering by size names the measure before its size word (`2番目に面積が小さい`), and
`N桁` measures a number, counting nothing. Lines written for these tests in the style of council schedules,
municipal blogs and ministry notes (not copied from any deck), each with the near misses that stay as they are."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.mentions.weekdays import weekday_year
from extract.rules.engine import RuleContext

from .helpers import lines_of, mentions


def found(line: str, kind: str, ctx: RuleContext | None = None) -> list[tuple[str, object, object]]:
    ms = extract_lines("t", lines_of([line]), ctx) if ctx is not None else mentions(line)
    return [(m.text, m.min, m.max) for m in ms if m.kind == kind]


@pytest.mark.parametrize("line, expected", [
    # a clock time's minutes: no duration (GUIDE: clock times are no mention)
    ("| 12月1日(金曜日) | 9時20分 | 議会運営委員会 |", []),
    ("午後1時30分から受付を開始します。", []),
    ("開会 10時 00分 本会議", []),
    ("１４時３０分～１６時００分　説明会", []),
    # near misses: minutes that are spans stay
    ("説明は30分以内とします。", [("30分", None, 30)]),
    ("休憩（10分間）をはさみます", [("10分間", 10, 10)]),
    ("所要時間は約45分、", [("45分", 45, 45)]),
])
def test_clock_minutes_are_no_span(line, expected):
    assert found(line, "duration") == expected


@pytest.mark.parametrize("line, expected", [
    ("本町は県内で2番目に面積が小さい町です。", [("2番目", 2, 2)]),
    ("全国で3番目に人口が多い政令市", [("3番目", 3, 3)]),
    ("過去5番目に予算額が大きい補正", [("5番目", 5, 5)]),
    ("2番目に大きい規模となった", [("2番目", 2, 2)]),
    # near misses: an order of turns or items, not of size
    ("2番目に発言した委員は", []),
    ("3番目に議題が移った。", []),
    ("2番目の議題は条例改正です", []),
])
def test_a_place_by_size_names_its_measure(line, expected):
    assert found(line, "rank") == expected


Y2023 = RuleContext(deck_year=2023)


@pytest.mark.parametrize("line, expected", [
    ("3月3日より14日までの日程で開催された定例会", [("3月3日", "2023-03-03", "2023-03-03"), ("14日", "2023-03-14", "2023-03-14")]),
    ("6月1日(木)より9日(金)まで受け付けます", [("6月1日", "2023-06-01", "2023-06-01"), ("9日", "2023-06-09", "2023-06-09")]),
    ("11月20日から27日まで", [("11月20日", "2023-11-20", "2023-11-20"), ("27日", "2023-11-27", "2023-11-27")]),
    # near misses: a span of days after the date, a day before the first one (no later day of that month)
    ("3月3日より14日間の会期", [("3月3日", "2023-03-03", "2023-03-03")]),
    ("3月13日より2日まで", [("3月13日", "2023-03-13", "2023-03-13")]),
])
def test_the_second_end_after_yori_is_a_day_of_the_same_month(line, expected):
    assert found(line, "date", Y2023) == expected


@pytest.mark.parametrize("line, expected", [
    ("相談件数は３桁の伸びとなった", []),
    ("短縮ダイヤルの3桁化を進める", []),
    ("成長率は１桁台にとどまる", []),
    # near misses: counts stay
    ("相談は3件、", [("3件", 3, 3)]),
    ("2桁の増加で120件となった", [("120件", 120, 120)]),
])
def test_digits_of_a_number_count_nothing(line, expected):
    assert found(line, "count") == expected


@pytest.mark.parametrize("texts, latest, expected", [
    # a council's session schedule: every weekday fits 2023 (and 2017, further back)
    (["11月24日(金曜日) 10時00分", "12月1日(金曜日) 9時20分", "12月5日(火曜日) 15時00分"], 2026, 2023),
    (["11月24日(金曜日)", "12月1日(金曜日)"], 2022, 2017),
    # short weekdays, full-width brackets normalized, a holiday mark
    (["5月3日(水・祝) 休館", "5月8日(月) 開館", "5月13日(土)"], 2026, 2023),
    # a schedule over New Year: the January dates are outvoted, the December ones decide
    (["12月4日(月)", "12月11日(月)", "12月18日(月)", "1月9日(火)"], 2026, 2023),
    # near misses: one dated day only, weekdays that agree on no year, dates without weekdays
    (["11月24日(金曜日)"], 2026, None),
    (["11月24日(金)", "11月25日(金)"], 2026, None),
    (["11月24日 本会議", "12月1日 委員会"], 2026, None),
])
def test_a_schedule_without_a_year_is_dated_by_its_weekdays(texts, latest, expected):
    assert weekday_year(texts, latest) == expected


@pytest.mark.parametrize("line, expected", [
    ("2022年9月、政府は、同年3月の大統領令を受けて方針を示した。", [("2022年9月", "2022-09", "2022-09"), ("3月", "2022-03", "2022-03")]),
    ("令和5年4月に開始し、同年10月1日に改定した。", [("令和5年4月", "2023-04", "2023-04"), ("10月1日", "2023-10-01", "2023-10-01")]),
    ("平成30年7月豪雨の後、同年9月に補正予算を編成", [("9月", "2018-09", "2018-09")]),
    # near misses: no year written before it, a fiscal year before it (同年 names no calendar year there)
    ("同年3月に公表された", []),
    ("2021年度に着手し、同年4月に", []),
])
def test_same_year_keeps_the_year_written_before(line, expected):
    assert found(line, "date") == expected


@pytest.mark.parametrize("line, expected", [
    ("2021年7月・8月に実施", [("2021年7月", "2021-07", "2021-07"), ("8月", "2021-08", "2021-08")]),
    ("令和4年6月及び9月に開催", [("令和4年6月", "2022-06", "2022-06"), ("9月", "2022-09", "2022-09")]),
    ("訴訟 2022年12月 2023年2月、3月訴追（係属中）", [("2022年12月", "2022-12", "2022-12"), ("2023年2月", "2023-02", "2023-02"),
                                           ("3月", "2023-03", "2023-03")]),
    # near misses: a month's share, a fiscal year's month (the fiscal rules' business), no year before the list
    ("2023年2月、3月分の手当", [("2023年2月", "2023-02", "2023-02")]),
    ("2023年度・4月", []),
    ("4月・5月", []),
])
def test_a_month_listed_after_a_dated_month_takes_its_year(line, expected):
    assert found(line, "date") == expected
