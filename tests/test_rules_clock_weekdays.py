"""Issue 23, schedules and the size words of news: clock times are no spans (`10時00分`), a schedule that writes no
year is dated by its weekdays (`11月24日(金曜日)`), the second end of `XよりYまで` is a point like that of
`XからYまで`, a place in an ordering by size names the measure before its size word (`2番目に面積が小さい`), and
`N桁` measures a number, counting nothing. Lines written for these tests in the style of council schedules,
municipal blogs and ministry notes (not copied from any deck), each with the near misses that stay as they are."""
from __future__ import annotations

import datetime as dt

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
    # minutes that are spans are no mention either (durations.json unpublished_units: the GUIDE's units stop at
    # hour); hours stay
    ("説明は30分以内とします。", []),
    ("休憩（10分間）をはさみます", []),
    ("所要時間は約45分、", []),
    ("説明は1時間以内とします。", [("1時間", None, 1)]),
])
def test_clock_minutes_are_no_span(line, expected):
    assert found(line, "duration") == expected


@pytest.mark.parametrize("line, expected", [
    ("本町は県内で2番目に面積が小さい町です。", [("2番目", 2, 2)]),
    ("全国で3番目に人口が多い政令市", [("3番目", 3, 3)]),
    ("過去5番目に予算額が大きい補正", [("5番目", 5, 5)]),
    ("2番目に大きい規模となった", [("2番目", 2, 2)]),
    ("県内で4番目に人口の多い市", [("4番目", 4, 4)]),
    ("管内で2番目に出荷額が多く、", [("2番目", 2, 2)]),
    ("道内で3番目に面積が広かった", [("3番目", 3, 3)]),
    ("県内で2番目に高額な事業", [("2番目", 2, 2)]),
    ("全国で3番目に大規模な補正", [("3番目", 3, 3)]),
    # near misses: an order of turns or items, not of size
    ("2番目に発言した委員は", []),
    ("3番目に議題が移った。", []),
    ("2番目の議題は条例改正です", []),
    # near misses: a verb made a noun by のが, then a name whose first kanji is a size word (no adjective closes it)
    ("2番目に手を挙げたのが高校生だった。", []),
    ("3番目に発表したのが長野県の代表だった。", []),
    ("4番目に登壇したのが高橋市長で、", []),
    ("2番目にゴールしたのが多田選手だった。", []),
    ("2番目に多田選手が入った", []),
    ("3番目に広島の代表が登壇", []),
    ("2番目に高田議員が質問", []),
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
    # near misses: より compares or starts a count; without まで the number after it is no day of the month
    ("桜は平年の4月2日より6日遅れて満開となった。", []),
    ("開花は例年の3月1日より5日早い。", []),
    ("申込みは6月1日より7日以内に行うこと。", [("6月1日", "2023-06-01", "2023-06-01")]),
    ("工期は10月1日より90日間とする。", [("10月1日", "2023-10-01", "2023-10-01")]),
    ("受付は5月7日より10日後に締め切る", [("5月7日", "2023-05-07", "2023-05-07")]),
])
def test_the_second_end_after_yori_is_a_day_of_the_same_month(line, expected):
    assert found(line, "date", Y2023) == expected


@pytest.mark.parametrize("line, expected", [
    # after より a number of days with 以内/間 is a duration (its cap kept), not the second end of a range
    ("申込みは6月1日より7日以内に行うこと。", [("7日", None, 7)]),
    ("工期は10月1日より90日間とする。", [("90日間", 90, 90)]),
    ("納期は契約日より30日以内とする。", [("30日", None, 30)]),
    # near miss: まで closes a range of two dates, no duration
    ("受付期間は5月7日より10日までです。", []),
])
def test_a_count_of_days_after_yori_stays_a_duration(line, expected):
    assert found(line, "duration", Y2023) == expected


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


@pytest.mark.parametrize("texts, as_of, expected", [
    # a council's session schedule: every weekday fits 2023 (and 2017, further back); the reference date bounds it, not the clock
    (["11月24日(金曜日) 10時00分", "12月1日(金曜日) 9時20分", "12月5日(火曜日) 15時00分"], dt.date(2026, 12, 5), 2023),
    (["11月24日(金曜日)", "12月1日(金曜日)"], dt.date(2022, 12, 5), 2017),
    # short weekdays, full-width brackets normalized, a holiday mark
    (["5月3日(水・祝) 休館", "5月8日(月) 開館", "5月13日(土)"], dt.date(2026, 12, 5), 2023),
    # a schedule over New Year: the January dates are outvoted, the December ones decide
    (["12月4日(月)", "12月11日(月)", "12月18日(月)", "1月9日(火)"], dt.date(2026, 12, 5), 2023),
    # near misses: one dated day only, weekdays that agree on no year, dates without weekdays
    (["11月24日(金曜日)"], dt.date(2026, 12, 5), None),
    (["11月24日(金)", "11月25日(金)"], dt.date(2026, 12, 5), None),
    (["11月24日 本会議", "12月1日 委員会"], dt.date(2026, 12, 5), None),
])
def test_a_schedule_without_a_year_is_dated_by_its_weekdays(texts, as_of, expected):
    assert weekday_year(texts, as_of) == expected


@pytest.mark.parametrize("line, expected", [
    ("2022年9月、政府は、同年3月の大統領令を受けて方針を示した。", [("2022年9月", "2022-09", "2022-09"), ("3月", "2022-03", "2022-03")]),
    ("令和5年4月に開始し、同年10月1日に改定した。", [("令和5年4月", "2023-04", "2023-04"), ("10月1日", "2023-10-01", "2023-10-01")]),
    ("平成30年7月豪雨の後、同年9月に補正予算を編成", [("9月", "2018-09", "2018-09")]),
    # near misses: no year written before it, a fiscal year before it (同年 names no calendar year there)
    ("同年3月に公表された", []),
    ("2021年度に着手し、同年4月に", []),
    ("計画期間は2020年から2024年度までで、同年4月には見直しを行う。", [("2020年", "2020", "2020")]),
    ("2019年に策定し、3年間の計画で、同年5月に", [("2019年", "2019", "2019"), ("5月", "2019-05", "2019-05")]),  # 3年間 names no year
    ("1998年創業。同年6月に株式を公開した。", [("1998年", "1998", "1998"), ("6月", "1998-06", "1998-06")]),
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
