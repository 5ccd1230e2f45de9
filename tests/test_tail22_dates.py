"""A news item's lead day (`宇都宮市は18日、`) in more of its shapes: a comma after the subject's は, a subject with its
head's name in brackets or with が, and a day followed by a time of day, a meeting's verb or `に` (fresh16a, fresh16c,
fresh17b's news items). Its month is the item's (RuleContext.lead_month); near misses stay spans or nothing."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def dates(text: str, month: int | None = 9) -> list[tuple[str, str, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    ctx = RuleContext(deck_year=2023, lead_month=month)
    return [(m.kind, m.text, m.min) for m in extract_lines("t", lines, ctx) if m.kind in ("date", "duration")]


@pytest.mark.parametrize("text, day", [
    ("東北地方整備局は、21日に開いた事業評価監視委員会で", "21日"),
    ("富山市は、4日に開会する市議会定例会に補正予算案を提出する。", "4日"),
    ("審議会(会長・佐藤一郎東大教授)が7日、都内で開かれ", "7日"),
    ("部会(部会長=鈴木花子氏)は15日、新規事業化を了承した。", "15日"),
    ("政府は26日午前の閣議で予備費の使用を決めた。", "26日"),
    ("内閣府は12日の記者会見で概要を示した。", "12日"),
    ("知事は9日に県庁で会見し", "9日"),
    ("町は18日開会の定例会に提案する。", "18日"),
    ("実行委員会の総会が3日、市役所で開かれた。", "3日"),
    ("福岡市は20日、補正予算案を発表した。", "20日"),
])
def test_a_lead_day_in_the_items_month(text, day):
    assert dates(text) == [("date", day, f"2023-09-{int(day[:-1]):02d}")]


def test_a_lead_day_whose_month_nothing_fixes_takes_the_decks_year():
    # docs/judgement_calls.md, call 1: still a date, valued with the year alone
    assert dates("東北地方整備局は、21日に開いた委員会で", month=None) == [("date", "21日", "2023")]


@pytest.mark.parametrize("text", [
    "県は3日に1回の頻度で点検する。",  # a rate
    "町は3日にわたり調査した。",  # a span
    "都市は5日に一度の収集",  # 都市: no body
    "期間は、10日に延長した。",  # no subject
    "市は5日の猶予を設けた。",  # の and no meeting
    "工期が10日に短縮された。",
    "所要日数(目安)は3日、",
])
def test_near_misses_are_no_lead_day(text):
    assert [d for d in dates(text) if d[0] == "date"] == []


def read(*texts: str) -> list[tuple[str, str, object, object]]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.kind, m.text, m.min, m.max) for m in extract_lines("t", lines, RuleContext(deck_year=2015))]


@pytest.mark.parametrize("texts, expect", [
    # a KPI sheet's target date in its own cell, before the next cell's label; a timeline's month and span of months
    (("目標値", "120", "人", "R2.3", "指標②"), ("R2.3", "2020-03", "2020-03")),
    (("達成時期 H30.12",), ("H30.12", "2018-12", "2018-12")),
    (("H15.4~10 社会実験を実施",), ("H15.4~10", "2003-04", "2003-10")),
    (("(R4.7)",), ("R4.7", "2022-07", "2022-07")),
])
def test_an_era_letter_year_and_month_joined_by_a_dot_is_a_date(texts, expect):
    assert [d[1:] for d in read(*texts) if d[0] == "date"] == [expect]


@pytest.mark.parametrize("text", [
    "R6.3版",  # a version
    "伸び率 H28.3%",
    "第H28.3",
    "H28.3億円",
    "H28.13",  # no month
    "H12.9~3",  # a span going back
])
def test_an_era_letter_dotted_figure_that_names_no_month_is_no_date(text):
    assert [d for d in read(text) if d[0] == "date"] == []
