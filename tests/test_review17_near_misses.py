"""Near misses the review of session 17 found: a zero-padded year under an era, a lead's subject inside a common word,
a resident's one that is a count."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext

from .helpers import mentions


def _fy(lines: tuple[str, ...], text: str) -> int | None:
    found = [m.fy for m in mentions(*lines) if m.kind == "amount" and m.text == text]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("lines, text, fy", [
    # under an era, a zero-padded year is the era's count as systems print it (令和06年度)
    (("令和5年度 予算の状況", "06年度予算額 1,000万円", "07年度予算額 2,000万円"), "2,000万円", 2025),
    (("平成20年度 決算の概要", "08年度決算額 3億円"), "3億円", 2008),
    (("令和6年度 事業計画", "05年度決算額 450万円"), "450万円", 2023),
    # near misses: under a four-digit year it is the Western year's last two digits
    (("2008年度 助成の実績", "09年度は15億円"), "15億円", 2009),
    (("2023年度 予算の概要", "05年度決算 7億円"), "7億円", 2005),
])
def test_a_zero_padded_year_reads_in_its_anchors_calendar(lines, text, fy):
    assert _fy(lines, text) == fy


def _days(text: str) -> list[tuple[str, object]]:
    ctx = RuleContext(deck_year=2025, deck_month=2, deck_day=20, lead_month=2)
    return [(m.text, m.min) for m in extract_lines("t", [Line(text=text, page=None, line=1, index=0)], ctx)
            if m.kind == "date"]


@pytest.mark.parametrize("line, expect", [
    # a common word that ends as a post or a body does, a bracketed note: a span's は, no news lead
    ("入院は3日、通院は5日まで補助する", []),
    ("会期の延長は3日、本会議で議決した", []),
    ("所要日数(目安)は3日、その後審査", []),
    ("対象地区は4日、順次拡大する", []),
    ("延長は三日、議決により決定", []),
    # near misses: a place, a body, a post, a post in brackets after its holder, in Arabic or kanji figures
    ("高崎市は12日、新年度予算案を発表した", [("12日", "2025-02-12")]),
    ("政府は7日、概要を示した", [("7日", "2025-02-07")]),
    ("世田谷区は14日、予算案を公表", [("14日", "2025-02-14")]),
    ("衆院は6日、本会議を開いた", [("6日", "2025-02-06")]),
    ("会計検査院長は5日、報告した", [("5日", "2025-02-05")]),
    ("南牧村(山田村長)は10日、会見した", [("10日", "2025-02-10")]),
    ("市長は十三日、会見を開いた", [("十三日", "2025-02-13")]),
])
def test_a_leads_subject_is_a_whole_word(line, expect):
    assert _days(line) == expect


def _counts(text: str) -> list[tuple[str, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    return [(m.text, m.min) for m in extract_lines("t", lines, RuleContext(deck_year=2024)) if m.kind == "count"]


@pytest.mark.parametrize("line, expect", [
    # a resident's one with nothing divided by it: the one counted
    ("市民1人が重傷を負った。", [("1人", 1)]),
    ("県民1人が表彰された", [("1人", 1)]),
    # near misses: a share per resident, a yen figure per resident
    ("区民1人の負担額は3万円", []),
    ("町民1人に使われるお金", []),
    ("●村民1人が納めた税金…88,000円", []),
    ("教育費 (町民1人)", []),
])
def test_a_residents_one_is_per_capita_only_before_a_share(line, expect):
    assert _counts(line) == expect
