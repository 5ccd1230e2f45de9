"""GUIDE.md "Conventions settled on more real documents", one table per phenomenon: lines written for
these tests (not copied from a deck), in several spellings (full-width, spaces, line breaks), and the
near misses that must stay non-mentions."""
from __future__ import annotations

import pytest

from .helpers import mentions


def of_kind(kind: str, *texts: str, deck_year: int | None = 2024) -> list[tuple[str, object, object]]:
    return [(m.text, m.min, m.max) for m in mentions(*texts, deck_year=deck_year) if m.kind == kind]


# ---- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expect", [
    ("公表日 2021.7.15", [("2021.7.15", "2021-07-15", "2021-07-15")]),
    ("公表日 ２０２１．７．１５", [("２０２１．７．１５", "2021-07-15", "2021-07-15")]),
    ("（2021.7）", [("2021.7", "2021-07", "2021-07")]),
    ("施行 2020.04.01から", [("2020.04.01", "2020-04-01", "2020-04-01")]),
    ("2024/6/3 公開", [("2024/6/3", "2024-06-03", "2024-06-03")]),
    # the ISO date a post or a news item is stamped with (only with its day)
    ("  • 2018-01-17(水) 18:24", [("2018-01-17", "2018-01-17", "2018-01-17")]),
    ("掲載日:2024-4-1", [("2024-4-1", "2024-04-01", "2024-04-01")]),
    ("更新 2015-01-01T10:00", [("2015-01-01", "2015-01-01", "2015-01-01")]),
    # near misses: codes and numbers with dashes
    ("問合せ 0120-2018-12", []),
    ("事業番号 2020-12-01-3", []),
    ("ISBN 978-4-2020-1-1", []),
    ("更新：2024／6／3", [("2024／6／3", "2024-06-03", "2024-06-03")]),
    # schedules: year-less M/D takes the deck's year
    ("6/3 説明会", [("6/3", "2024-06-03", "2024-06-03")]),
    ("説明会 6/3（月） 締切 6/28（金）", [("6/3", "2024-06-03", "2024-06-03"), ("6/28", "2024-06-28", "2024-06-28")]),
    ("4/25 7/1 7/25", [("4/25", "2024-04-25", "2024-04-25"), ("7/1", "2024-07-01", "2024-07-01"),
                       ("7/25", "2024-07-25", "2024-07-25")]),
    # on a line stating a rate as a fraction, a later small fraction is a rate too; the schedule's dates stay
    ("助成率：2/3（中小企業の場合は 4/5）", []),
    ("補助率 1/2 説明会 6/3 締切 6/28", [("6/3", "2024-06-03", "2024-06-03"), ("6/28", "2024-06-28", "2024-06-28")]),
    ("4/5 説明会 4/25 締切", [("4/5", "2024-04-05", "2024-04-05"), ("4/25", "2024-04-25", "2024-04-25")]),
    ("負担割合 2/3、公募開始 5/7、締切 6/30", [("5/7", "2024-05-07", "2024-05-07"), ("6/30", "2024-06-30", "2024-06-30")]),
    # a pair glued inside a bracket stays no date (a share, a code): 式典(10/5金山中学校で) would be dated by the
    # last written year before it (roll_over), which a deck's list of its fiscal year's events does not mean
    ("負担(1/2補助)", []),
    ("(3/4国庫)", []),
    ("(2/5以上)", []),
    ("(10/5)", []),
    # era and Gregorian together are one date
    ("令和３年（2021年）９月１日に施行", [("令和３年（2021年）９月１日", "2021-09-01", "2021-09-01")]),
    ("2025年（令和７年）３月", [("2025年（令和７年）３月", "2025-03", "2025-03")]),
    ("2025年 (令和7年) 3月", [("2025年 (令和7年) 3月", "2025-03", "2025-03")]),
    ("2023（令和５）年６月１日現在", [("2023（令和５）年６月１日", "2023-06-01", "2023-06-01")]),
    ("1986(昭和61)年を初年", [("1986(昭和61)年", "1986", "1986")]),
    # decades and approximate years
    ("1990年代半ばから", [("1990年代", "1990", "1999")]),
    ("２０１０年代後半", [("２０１０年代", "2010", "2019")]),
    # author-year citations
    ("出典：文部科学省（2021）", [("2021", "2021", "2021")]),
    ("OECD (2023) によれば", [("2023", "2023", "2023")]),
])
def test_date_forms(text, expect):
    assert of_kind("date", text) == expect


@pytest.mark.parametrize("text, expect, quals", [
    ("2010年前後に", ("2010年", "2010", "2010"), ["approx"]),
    ("10月まで受付", ("10月", None, "2024-10"), ["at_most"]),
    ("１０月末までに提出", ("１０月", None, "2024-10"), ["at_most"]),
    ("７月１日以降に開始", ("７月１日", "2024-07-01", None), ["at_least"]),
    ("2025年4月から", ("2025年4月", "2025-04", "2025-04"), []),
])
def test_date_deadlines_and_starts(text, expect, quals):
    (m,) = [m for m in mentions(text) if m.kind == "date"]
    assert ((m.text, m.min, m.max), m.qualifiers) == (expect, quals)


def test_year_less_months_roll_over_into_the_next_year():
    lines = ["11月 公募開始", "12月 審査", "2月 採択", "3月10日 交付決定"]
    got = [m.min for m in mentions(*[f"{l.split()[0]}下旬 {l.split()[1]}" if "日" not in l else l for l in lines])
           if m.kind == "date"]
    assert got == ["2024-11", "2024-12", "2025-02", "2025-03-10"]


def test_a_written_year_sets_the_year_of_the_schedule_after_it():
    got = [m.min for m in mentions("2025年11月 公募", "12/5 締切", "1/20 採択") if m.kind == "date"]
    assert got == ["2025-11", "2025-12-05", "2026-01-20"]


def test_dates_far_apart_are_no_sequence():
    lines = ["12/5 締切"] + ["本文"] * 15 + ["3/1 説明会"]
    assert [m.min for m in mentions(*lines) if m.kind == "date"] == ["2024-12-05", "2024-03-01"]


@pytest.mark.parametrize("text", [
    "令和3年法律第36号", "令和３年法律第三十六号", "平成30年国土交通省告示第5号", "平成30年 告示第5号",
    "「令和2年度 産業調査報告書」による", "『２０２５年の崖』を克服", "令和4年版 白書", "令和4年度版",
    "補助率１／２", "補助率 1/2", "負担割合 1/3", "2/3 51人以上", "1/2以上", "3/4", "コード A1/23",
    "報告年の2月までに", "直前２月までの決算", "毎年4月から", "2021.75億円",
])
def test_not_dates(text):
    assert [(m.kind, m.text) for m in mentions(text) if m.kind in ("date", "fiscal_year")] == []


def test_a_date_after_a_quoted_title_is_a_date():
    assert of_kind("date", "「白書」2024年5月公表") == [("2024年5月", "2024-05", "2024-05")]


# ---- fiscal years -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expect", [
    ("H29実績", [("H29", 2017, 2017)]),
    ("R4当初予算", [("R4", 2022, 2022)]),
    ("Ｒ３補正", [("Ｒ３", 2021, 2021)]),
    ("R2FY 実績", [("R2FY", 2020, 2020)]),
    ("H30 FY", [("H30 FY", 2018, 2018)]),
    ("平成26 平成27 平成28", [("平成26", 2014, 2014), ("平成27", 2015, 2015), ("平成28", 2016, 2016)]),
    ("H25 H26 H27", [("H25", 2013, 2013), ("H26", 2014, 2014), ("H27", 2015, 2015)]),
    ("H25～H27", [("H25～H27", 2013, 2015)]),
    ("平成30～令和2", [("平成30～令和2", 2018, 2020)]),
    ("令和４年度（2022年度）", [("令和４年度", 2022, 2022), ("2022年度", 2022, 2022)]),
    ("1986(昭和61)年'89(平成元) '92( ４)", []),  # glosses of calendar years, not fiscal years
    ("FY2023 results", [("FY2023", 2023, 2023)]),
])
def test_fiscal_year_forms(text, expect):
    assert of_kind("fiscal_year", text) == expect


def test_fiscal_year_deadline():
    (m,) = [m for m in mentions("2027年度末までに達成") if m.kind == "fiscal_year"]
    assert (m.text, m.min, m.max, m.qualifiers) == ("2027年度", None, 2027, ["at_most"])


@pytest.mark.parametrize("text", [
    "2015 2016 2017 2021（年）", "H2O", "R&D", "Type-R3", "SR3", "CH4", "H29年", "R4年8月", "Amazon S3に保存",
])
def test_not_fiscal_years(text):
    assert [m for m in mentions(text) if m.kind == "fiscal_year"] == []


# ---- counts -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, lo, hi, unit", [
    ("新たに5棟を整備", "5棟", 5, 5, "棟"),
    ("全３科目を履修", "３科目", 3, 3, "科目"),
    ("県内12市町村で", "12市町村", 12, 12, "市町村"),
    ("20品目の輸出", "20品目", 20, 20, "品目"),
    ("バス 3路線で運行", "3路線", 3, 3, "路線"),
    ("４コースを用意", "４コース", 4, 4, "コース"),
    ("全国5か所", "5か所", 5, 5, "か所"),
    ("全国5ヵ所", "5ヵ所", 5, 5, "か所"),
    ("全国５ケ所", "５ケ所", 5, 5, "か所"),
    ("全国5箇所", "5箇所", 5, 5, "か所"),
    ("審査項目の１つ", "１つ", 1, 1, "つ"),
    ("柱の一つとして", "一つ", 1, 1, "つ"),
    ("1～3棟", "1～3棟", 1, 3, "棟"),
])
def test_open_counters(text, span, lo, hi, unit):
    (m,) = [m for m in mentions(text) if m.kind == "count"]
    assert (m.text, m.min, m.max, m.unit) == (span, lo, hi, unit)


def test_counts_with_qualifiers_and_closed_ranges():
    (m,) = [m for m in mentions("最低月2回の開催") if m.kind == "count"]
    assert (m.text, m.min, m.max, m.qualifiers) == ("2回", 2, None, ["at_least"])
    (m,) = [m for m in mentions("80億～1,200億トークンまで学習") if m.kind == "count"]
    assert (m.text, m.min, m.max, m.unit, m.qualifiers) == ("80億～1,200億トークン", 8e9, 1.2e11, "トークン", [])


@pytest.mark.parametrize("text", [
    "一人一人に寄り添う", "一度も", "二国間協定", "6色定理は", "インパクトファクター5以上", "3倍に増加",
    "65歳以上", "第3条", "2025大阪・関西万博", "4K放送", "一部の地域", "3D", "5G",
])
def test_not_counts(text):
    assert [(m.kind, m.text) for m in mentions(text) if m.kind == "count"] == []


def test_a_counter_is_never_the_next_lines_first_word():
    assert [m for m in mentions("ステップ３", "公募開始") if m.kind == "count"] == []


# ---- percents and durations -------------------------------------------------------------------

@pytest.mark.parametrize("text, span, lo, hi, quals", [
    ("２割引で提供", "２割", 20, 20, []),
    ("最大４割引", "４割", None, 40, ["at_most"]),
    ("4割以下", "4割", None, 40, ["at_most"]),
    ("前年比120％", "120％", 120, 120, []),
    ("150%増", "150%", 150, 150, []),
])
def test_percents(text, span, lo, hi, quals):
    (m,) = [m for m in mentions(text) if m.kind == "percent"]
    assert (m.text, m.min, m.max, sorted(m.qualifiers)) == (span, lo, hi, quals)


@pytest.mark.parametrize("text, span, lo, hi, unit", [
    ("期間は二年間とする", "二年間", 2, 2, "year"),
    ("15開庁日以内", "15開庁日", None, 15, "day"),
    ("１５ 開庁日", "１５ 開庁日", 15, 15, "day"),
    ("週2日勤務", "2日", 2, 2, "day"),
    ("週 ３日", "３日", 3, 3, "day"),
    ("24時間対応", "24時間", 24, 24, "hour"),
])
def test_durations(text, span, lo, hi, unit):
    (m,) = [m for m in mentions(text) if m.kind == "duration"]
    assert (m.text, m.min, m.max, m.unit) == (span, lo, hi, unit)


@pytest.mark.parametrize("text", ["65歳以上", "40歳代", "０歳６か月", "2年生", "3年目", "「平成27年産業連関表」",
                                  "35年 40年 45年 55年", "２．2030年に向けた"])
def test_ages_and_ordinals_are_not_durations(text):
    assert [m for m in mentions(text) if m.kind == "duration"] == []


# ---- labels split over lines (charts and two-line ticks) ---------------------------------------

@pytest.mark.parametrize("lines, kind, expect", [
    (["9,000", "基準年度", "万円"], "amount", [("9,000", 90_000_000, 90_000_000)]),
    (["支 6,000 6,000 6,100 万円", "給", "総 万円 万円 万円"], "amount",
     [("6,000", 60_000_000, 60_000_000), ("6,000", 60_000_000, 60_000_000), ("6,100 万円", 61_000_000, 61_000_000)]),
    (["８，０００", "万円"], "amount", [("８，０００", 80_000_000, 80_000_000)]),
    (["2025 2026 2027", "年度 年度 年度"], "fiscal_year", [("2025", 2025, 2025), ("2026", 2026, 2026), ("2027", 2027, 2027)]),
    (["2025", "4/25 7/1"], "date", [("2025", "2025-04-25", "2025-04-25"), ("7/1", "2025-07-01", "2025-07-01")]),
    (["2023年", "１月9日訴追"], "date", [("2023年", "2023-01-09", "2023-01-09")]),
])
def test_units_and_years_printed_apart(lines, kind, expect):
    assert of_kind(kind, *lines) == expect


@pytest.mark.parametrize("lines", [
    ["64 72 83", "単位：万円"],          # a unit in a note is no chart label
    ["64 72 83", "（万円）"],             # nor one in brackets
    ["12 34", "基準", "万円"],             # two digits: axis ticks and list numbers, not bars
    ["1,000", "", "", "", "", "万円"],     # too far below
    ["8,500 万円", "万円"],               # a number with its own unit takes no other
    ["100 200 300 400 500", "（件数）", "万円"],  # axis ticks in even steps
])
def test_no_unit_from_below(lines):
    got = of_kind("amount", *lines)
    assert got == ([("8,500 万円", 85_000_000, 85_000_000)] if lines[0] == "8,500 万円" else [])


@pytest.mark.parametrize("lines", [["CO", "2", "の電気・熱"], ["2", "組の夫婦"]])
def test_a_lone_number_line_is_no_count_with_the_next_line(lines):
    assert of_kind("count", *lines) == []


def test_open_counters_from_many_threads():
    """SudachiPy is not thread-safe: each thread tokenizes with its own tokenizer (rules/tokens.py)."""
    from concurrent.futures import ThreadPoolExecutor

    from extract.rules import tokens

    tokens.reset()
    texts = [f"県内{n}市町村と{n + 1}品目、{n + 2}路線" for n in range(40)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: [m.unit for m in mentions(t) if m.kind == "count"], texts))
    assert got == [["市町村", "品目", "路線"]] * 40
