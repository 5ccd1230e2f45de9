"""Issue 21's long tail: ranges and bounds written with words. `X以上Y以下` is one closed range (fresh5b, dev10c), `X以上Y未満`
two mentions (wild); `N円台` a band; an amount written in parts (`5億円2700万円`) one amount; `あまり` a floor
(fresh2, fresh6b); a record (`過去最大`) no cap; `/年度` a rate per year that a qualifier may follow."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def found(text: str) -> list[tuple[str, str, object, object, list[str]]]:
    return [(m.kind, m.text, m.min, m.max, m.qualifiers)
            for m in extract_lines("t", [Line(text=text, page=None, line=1, index=0)], RuleContext(deck_year=2026))
            if m.kind in ("amount", "count", "duration", "percent")]


@pytest.mark.parametrize("line, expected", [
    ("助成額は2百万円以上3千万円以下です。", [("amount", "2百万円以上3千万円", 2000000, 30000000, [])]),
    ("従業員50人以上300人以下の事業者", [("count", "50人以上300人", 50, 300, [])]),
    # near misses: an end 未満 excludes stays two mentions, and 以内 (tests/test_rules_wild.py); one bound alone; a word between
    ("事業費は500万円以上2億円以内", [("amount", "500万円", 5000000, None, ["at_least"]),
                           ("amount", "2億円", None, 200000000, ["at_most"])]),
    ("3%以上8%未満", [("percent", "3%", 3, None, ["at_least"]), ("percent", "8%", None, 8, ["at_most"])]),
    ("20万円以上の効果", [("amount", "20万円", 200000, None, ["at_least"])]),
    ("100万円以上、交付額は50万円以下", [("amount", "100万円", 1000000, None, ["at_least"]),
                               ("amount", "50万円", None, 500000, ["at_most"])]),
])
def test_closed_ranges(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("歳出総額は8000億円台で推移", [("amount", "8000億円", 800000000000, 899999999999, [])]),
    ("要求総額は113兆円台後半", [("amount", "113兆円", 113000000000000, 113999999999999, [])]),
    ("1990年代の1兆円台", [("amount", "1兆円", 1000000000000, 1999999999999, [])]),  # the step of its last digit, as 年代
    ("2.5兆円台に", [("amount", "2.5兆円", 2500000000000, 2599999999999, [])]),
    # near miss: 台 as a counter
    ("公用車3,000台", [("count", "3,000台", 3000, 3000, [])]),
])
def test_bands(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("予算額は3億円4500万円です。", [("amount", "3億円4500万円", 345000000, 345000000, [])]),
    ("補正額は7億8211万円5千円。", [("amount", "7億8211万円5千円", 782115000, 782115000, [])]),
    # near misses: two cells glued or spaced, the second no part of the first
    ("300万円500万円", [("amount", "300万円", 3000000, 3000000, []), ("amount", "500万円", 5000000, 5000000, [])]),
    ("3億円 4500万円", [("amount", "3億円", 300000000, 300000000, []), ("amount", "4500万円", 45000000, 45000000, [])]),
])
def test_parts(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("繰越金が52億円あまりある", [("amount", "52億円", 5200000000, None, ["at_least"])]),
    ("過去最大の92.4億円", [("amount", "92.4億円", 9240000000, 9240000000, [])]),
    ("史上最高 1兆2千億円", [("amount", "1兆2千億円", 1200000000000, 1200000000000, [])]),
    ("1件あたり2,000万円/年度程度", [("amount", "2,000万円", 20000000, 20000000, ["approx"])]),
    # near misses: the adverb あまり after a share (no sum of yen), a cap's 最大 with nothing of a record before it
    ("満足 40.2%あまり満足していない 9.8%", [("percent", "40.2%", 40.2, 40.2, []), ("percent", "9.8%", 9.8, 9.8, [])]),
    ("最大92.4億円", [("amount", "92.4億円", None, 9240000000, ["at_most"])]),
])
def test_floor_words(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("受付期間 2026.5.11～2026.6.30", [("2026.5.11～2026.6.30", "2026-05-11", "2026-06-30")]),
    ("公募期間:2025/4/1(火)~5/30(金)17時", [("2025/4/1(火)~5/30", "2025-04-01", "2025-05-30")]),
    # near misses: a window written backwards is two points; a full date alone is a point
    ("2026.6.30～2026.5.11", [("2026.6.30", "2026-06-30", "2026-06-30"), ("2026.5.11", "2026-05-11", "2026-05-11")]),
    ("掲載 2021.7.15", [("2021.7.15", "2021-07-15", "2021-07-15")]),
])
def test_dotted_windows(line, expected):
    got = extract_lines("t", [Line(text=line, page=None, line=1, index=0)], RuleContext(deck_year=2026))
    assert [(m.text, m.min, m.max) for m in got if m.kind == "date"] == expected
