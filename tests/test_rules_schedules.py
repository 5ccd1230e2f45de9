"""Issue 23, second pass: year-less months of a schedule, era-letter months, return periods, counted nouns before
a suffix, years glued to a disaster's name. Lines made up in the style of real decks, variants and near misses."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line, Mention
from extract.rules.engine import RuleContext


def mentions(*texts: str, year: int | None = 2016) -> list[Mention]:
    lines = [Line(text=t, page=1, line=i + 1, index=i) for i, t in enumerate(texts)]
    return extract_lines("t", lines, RuleContext(deck_year=year))


def found(*texts: str, kind: str, year: int | None = 2016) -> list[tuple[str, object, object]]:
    return [(m.text, m.min, m.max) for m in mentions(*texts, year=year) if m.kind == kind]


@pytest.mark.parametrize("line, expected", [
    ("2.第1回概算払(7月~12月)", [("7月~12月", "2016-07", "2016-12")]),
    ("4.交付(10月~1月)", [("10月~1月", "2016-10", "2017-01")]),
    ("10~12月までに追加された補正予算", [("10~12月", "2016-10", "2016-12")]),
    ("受付 4月 ～ 6月", [("4月 ～ 6月", "2016-04", "2016-06")]),
    ("9.確定検査(4月)", [("4月", "2016-04", "2016-04")]),
    # near misses: a year written before (one date), a day after, a month's share, a year left open, no bracket
    ("令和6年3~11月", [("令和6年3~11月", "2024-03", "2024-11")]),
    ("4月分～6月分", [("4月分～6月分", "2016-04", "2016-06")]),
    ("その年の4月～5月です", []),
    ("毎年4月～5月に実施", []),
    ("確定検査 4月", []),
    ("(4月号)", []),
])
def test_year_less_months_of_a_schedule(line, expected):
    assert found(line, kind="date") == expected


@pytest.mark.parametrize("line, expected", [
    ("11月 公募開始、12月 審査、1月 交付決定、3月 実績報告",
     [("11月", "2016-11", "2016-11"), ("12月", "2016-12", "2016-12"), ("1月", "2017-01", "2017-01"),
      ("3月", "2017-03", "2017-03")]),
    ("スケジュール: 4月 募集開始 / 6月 採択通知", [("4月", "2016-04", "2016-04"), ("6月", "2016-06", "2016-06")]),
    ("7月  説明会", [("7月", "2016-07", "2016-07")]),
    # near misses: a table's month columns, a month heading no step, a recurring month, a written year (one date)
    ("4月 5月 6月 7月", []),
    ("3月 実績 見込", []),
    ("毎年4月 公募", []),
    ("令和6年4月 公募開始", [("令和6年4月", "2024-04", "2024-04")]),
])
def test_a_month_heading_a_step_of_a_schedule(line, expected):
    assert found(line, kind="date") == expected


@pytest.mark.parametrize("line, expected", [
    # the span's text runs to its second end's part as it holds its first's (issue 21's leftover, session 13)
    ("受付 4月中旬～5月下旬", [("4月中旬～5月下旬", "2016-04", "2016-05")]),
    ("11月下旬～1月上旬に審査", [("11月下旬～1月上旬", "2016-11", "2017-01")]),
    ("4月中旬～5月", [("4月中旬～5月", "2016-04", "2016-05")]),
    # near misses: one month's part to another part of it, a lone month pinned by its part, a recurring month
    ("5月中旬~下旬", [("5月", "2016-05", "2016-05")]),
    ("10月下旬頃", [("10月", "2016-10", "2016-10")]),
    ("毎年4月中旬～5月下旬", []),
])
def test_months_pinned_by_their_parts_make_a_span(line, expected):
    assert found(line, kind="date") == expected


def test_a_day_after_the_second_month_is_no_month_range():
    assert all(t != "4月～5月" for t, *_ in found("4月～5月2日", kind="date"))


def test_year_less_months_need_a_deck_year():
    assert found("(7月~12月)", kind="date", year=None) == []


def test_overlapping_steps_roll_over_on_their_starts():
    lines = ["1.概算払(7月~12月)", "2.交付(10月~1月)", "3.変更申請(12月~1月)", "4.調査(1月~2月)", "5.検査(4月)", "6.返納(5月)"]
    got = [(m.min, m.max) for m in mentions(*lines) if m.kind == "date"]
    assert got == [("2016-07", "2016-12"), ("2016-10", "2017-01"), ("2016-12", "2017-01"),
                   ("2017-01", "2017-02"), ("2017-04", "2017-04"), ("2017-05", "2017-05")]


@pytest.mark.parametrize("line, expected", [
    ("R4.4月からR5.3月", [("R4.4月", "2022-04", "2022-04"), ("R5.3月", "2023-03", "2023-03")]),
    ("H30.10月 開始", [("H30.10月", "2018-10", "2018-10")]),
    # near misses: a decimal before 月 with no era, and a full dotted date
    ("4.5月", []),
    ("2022.10.06", [("2022.10.06", "2022-10-06", "2022-10-06")]),
])
def test_era_letter_months(line, expected):
    assert found(line, kind="date") == expected


@pytest.mark.parametrize("line, expected", [
    ("1000年に一度の大津波", [("1000年", 1000, 1000)]),
    ("100年に1回の豪雨", [("100年", 100, 100)]),
    # near misses: a four-digit calendar year stays a date
    ("2000年に開業", []),
    ("1000年の歴史", []),
])
def test_return_periods_are_spans(line, expected):
    assert [(t, int(lo), int(hi)) for t, lo, hi in found(line, kind="duration")] == expected


@pytest.mark.parametrize("line, expected", [
    ("街路整備事業費(高森線4車線化)", [("4車線", 4, 4)]),
    ("3地区内の施設", [("3地区", 3, 3)]),
    ("4車線の道路", [("4車線", 4, 4)]),
    # near miss: a noun that goes on past the suffix-less counted noun is a name
    ("6色定理", []),
])
def test_counted_noun_ends_before_a_suffix(line, expected):
    assert [(t, int(lo), int(hi)) for t, lo, hi in found(line, kind="count")] == expected


@pytest.mark.parametrize("line, expected", [
    ("平成28年熊本地震への対応分", []),
    ("平成23年東日本大震災の復興", []),
    # near misses: a month or の between year and name keeps the date
    ("平成28年4月の熊本地震", [("平成28年4月", "2016-04", "2016-04")]),
    ("2011年の東日本大震災", [("2011年", "2011", "2011")]),
])
def test_year_glued_to_a_disaster_name(line, expected):
    assert found(line, kind="date") == expected


@pytest.mark.parametrize("line, expected", [
    ("人口1億1千万人相当", [("1億1千万人", 110_000_000)]),
    ("約1億2,000万人", [("1億2,000万人", 120_000_000)]),
    ("これら3県分を除いた", [("3県", 3)]),
    ("3市2町1村で構成", [("3市", 3), ("2町", 2), ("1村", 1)]),
    ("100市町村を選定", [("100市町村", 100)]),
    # near misses: one device unified (一台化) is no count; an ordinary compound stays
    ("端末を一台化し", []),
    ("2万1,959件", [("2万1,959件", 21_959)]),
])
def test_counts_of_places_and_compound_numbers(line, expected):
    assert [(t, int(lo)) for t, lo, _ in found(line, kind="count")] == expected


@pytest.mark.parametrize("lines, expected", [
    (("本年6月時点で400自治", "体を超えた"), [(400, 1)]),
    (("総数は６万１千世", "帯である"), [(61_000, 1)]),
    # near misses: a number ending its line before a word is no count with the next line's word
    (("対象は5", "校務の改善"), []),
])
def test_a_counted_noun_broken_by_a_line_break(lines, expected):
    assert [(int(m.min), m.line) for m in mentions(*lines) if m.kind == "count"] == expected


@pytest.mark.parametrize("line, expected", [
    ("前年度一年間に実施した研修", [("一年間", 1)]),
    ("過去二年間の実績", [("二年間", 2)]),
    ("今後三年間で整備", [("三年間", 3)]),
    # near misses: a kanji numeral inside another word, a school year
    ("統一年間計画", []),
    ("年度一年生", []),
])
def test_kanji_numeral_spans_glued_to_a_time_word(line, expected):
    assert [(t, int(lo)) for t, lo, _ in found(line, kind="duration")] == expected


@pytest.mark.parametrize("line, expected", [
    ("本年6月時点で400自治体(人口1億1千万人相当)を超えた", [(400, None, ["at_least"]), (110_000_000, 110_000_000, [])]),
    ("参加は300人(前回の集計による)を超え", [(300, None, ["at_least"])]),
    # near miss: a note with no bound after it leaves the count exact
    ("400自治体(人口1億1千万人相当)が宣言", [(400, 400, []), (110_000_000, 110_000_000, [])]),
])
def test_a_floor_after_a_note_in_brackets(line, expected):
    got = [(m.min, m.max, m.qualifiers) for m in mentions(line) if m.kind == "count"]
    assert [(int(lo), hi if hi is None else int(hi), q) for lo, hi, q in got] == expected
