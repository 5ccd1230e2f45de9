"""The long tail of dates, durations and counts (kinds20): a bulletin's issue date, a chart's axis of bracketed years,
the first 31 March after a birthday and every year's March (no dates), an anniversary and a law's revision year (no
durations), 法人 as a counter. Paraphrases in other issuers' wording, and the near misses that must stay mentions."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def read(text: str, kind: str, year: int = 2024) -> list[tuple[str, object, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    return [(m.text, m.min, m.max) for m in extract_lines("t", lines, RuleContext(deck_year=year)) if m.kind == kind]


@pytest.mark.parametrize("line, expect", [
    # a bulletin's issue names the issue, not a day (GUIDE: edition labels)
    ("市報さくら 令和6年5月1日号", []),
    ("広報みなと 2023年12月15日号 特集:予算", []),
    ("議会だより 2022年 8月号", []),
    # near misses: the same date as a day something happens, a law number's 号 is no issue either way
    ("広報紙は2015年1月15日に発行した。", [("2015年1月15日", "2015-01-15", "2015-01-15")]),
    ("令和6年5月1日から号外を配布", [("令和6年5月1日", "2024-05-01", "2024-05-01")]),
])
def test_a_bulletin_issue_is_no_date(line, expect):
    assert read(line, "date") == expect


@pytest.mark.parametrize("line, expect", [
    # a chart's axis: a run of bracketed years, spaced or glued
    ("(年度)(2015)(2020) (2025)(2030)(2035)", []),
    ("費用推計 (2020) (2030) (2040) (2050)", []),
    # near misses: author-year citations, one at a time, stay dates
    ("文部科学省(2021)によれば、OECD (2023)も同じ", [("2021", "2021", "2021"), ("2023", "2023", "2023")]),
    ("田中(2019)、鈴木(2020)を参照", [("2019", "2019", "2019"), ("2020", "2020", "2020")]),
])
def test_a_run_of_bracketed_years_is_an_axis(line, expect):
    assert read(line, "date") == expect


@pytest.mark.parametrize("line, expect", [
    # the first 31 March after a birthday: whichever year that is
    ("18歳に達する日以後の最初の3月31日までの児童", []),
    ("15歳到達後最初の3月31日まで支給します。", []),
    # every year's March: a recurring window, no date
    ("毎年、3月1日~31日に申請してください", []),
    ("受付は毎年4月1日~30日", []),
    # near misses: the deck's own March, a written year
    ("申請は3月1日~31日です。", [("3月1日~31日", "2024-03-01", "2024-03-31")]),
    ("令和7年3月31日までに申請", [("令和7年3月31日", None, "2025-03-31")]),
])
def test_a_recurring_or_open_month_day_is_no_date(line, expect):
    assert read(line, "date") == expect


@pytest.mark.parametrize("line, expect", [
    # an anniversary (GUIDE: 50周年) and the year a law was revised are no spans
    ("明治維新150年記念事業に40万円", []),
    ("市制施行70年記念式典", []),
    ("22年改正刑法により創設", []),
    # near misses: spans of years stay durations
    ("記念事業は3年かけて行う", [("3年", 3, 3)]),
    ("計画期間は5年です。改正は毎年行う", [("5年", 5, 5)]),
])
def test_an_anniversary_or_revision_year_is_no_duration(line, expect):
    assert [(t, float(a), float(b)) for t, a, b in read(line, "duration")] == expect


@pytest.mark.parametrize("line, expect", [
    ("国立86大学・4研究機構(90 法人)に交付", [("90 法人", 90)]),
    ("対象は独立行政法人等 12法人", [("12法人", 12)]),
    ("計 7 法人が応募した", [("7 法人", 7)]),
    # near misses: 法人 in a name, no number before it
    ("社会福祉法人の数が増えた", []),
    ("国立大学法人運営費交付金", []),
])
def test_corporations_are_counted(line, expect):
    assert [(t, v) for t, v, _ in read(line, "count") if "法人" in t] == expect
