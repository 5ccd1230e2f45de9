"""Issue 23, the long tail on decks nobody annotated: rates, strict bounds, open buckets, counters, durations,
dates, broken text and what is no quantity. Lines written for these tests in the style of real decks, each
phenomenon in several spellings with the near misses that must stay as they are."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line, Mention
from extract.rules.engine import RuleContext


def mentions(*texts: str, year: int = 2024) -> list[Mention]:
    lines = [Line(text=t, page=1, line=i + 1, index=i) for i, t in enumerate(texts)]
    return extract_lines("t", lines, RuleContext(deck_year=year))


def found(*texts: str, kind: str | None = None) -> list[tuple[str, str, object, object]]:
    return [(m.kind, m.text, m.min, m.max) for m in mentions(*texts) if kind in (None, m.kind)]


# ---- rates: the period an amount is given per --------------------------------------------------------

@pytest.mark.parametrize("line, text, per", [
    ("月額200,000円を支給", "200,000円", "month"),
    ("月額 最大20万円", "20万円", "month"),
    ("年間 50万円", "50万円", "year"),
    ("年額：120万円", "120万円", "year"),
    ("日額 8,000円", "8,000円", "day"),
    ("時給 1,200円", "1,200円", "hour"),
    ("1回あたり 3万円", "3万円", "occasion"),
    ("一人当たり10万円", "10万円", "person"),
    ("1課題あたり500万円", "500万円", "project"),
    ("研究費 200,000円（月額）", "200,000円", "month"),
    ("3万円/月", "3万円", "month"),
    ("100百万円／年・課題程度", "100百万円", "project_year"),  # the GUIDE's own rate stays
    # near misses: a month's or year's figure is no rate
    ("令和6年4月 1万円", "1万円", None),
    ("2024年 5万円", "5万円", None),
    ("予算額 19億円", "19億円", None),
    ("月末までに 5万円", "5万円", None),
])
def test_rates_written_before_or_after_an_amount(line, text, per):
    (m,) = [m for m in mentions(line) if m.kind == "amount"]
    assert (m.text, m.per) == (text, per)


# ---- strict and non-strict bounds in a column of their own ---------------------------------------------

@pytest.mark.parametrize("line, kind, lo, hi, quals, strict", [
    ("10人未満", "count", None, 10, ["at_most"], "max"),
    ("10人以下", "count", None, 10, ["at_most"], None),
    ("3年超", "duration", 3, None, ["at_least"], "min"),
    ("3年以上", "duration", 3, None, ["at_least"], None),
    ("3年を超える", "duration", 3, None, ["at_least"], "min"),
    ("5%以上10%未満", "percent", 5, 10, [], "max"),
    ("5%超10%未満", "percent", 5, 10, [], "both"),
    ("5%超10%以下", "percent", 5, 10, [], "min"),
    ("5%以上10%以下", "percent", 5, 10, [], None),
    ("200～300万円未満", "amount", 2_000_000, 3_000_000, [], "max"),
    ("1,000万円以内", "amount", None, 10_000_000, ["at_most"], None),
    ("最大1億円", "amount", None, 100_000_000, ["at_most"], None),
])
def test_strict_bounds_are_kept_apart_and_qualifiers_stay_as_the_guide_has_them(line, kind, lo, hi, quals, strict):
    (m,) = mentions(line)
    assert (m.kind, m.min, m.max, m.qualifiers, m.strict) == (kind, lo, hi, quals, strict)


def test_strict_is_published_in_every_table_of_mentions():
    from extract.schema import TABLES
    from extract.tables import tables_of

    recs = [m.record() for m in mentions("10人未満", "3年超", "5万円未満")]
    frames = tables_of(recs)
    for name in ("mentions", "amounts", "durations", "counts"):
        assert "strict" in TABLES[name].names
        assert list(frames[name]["strict"]) == [r["strict"] for r in recs if name == "mentions" or r["kind"] == name[:-1]]


# ---- open-ended buckets ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lines, expect", [
    (["250万円～"], [("amount", "250万円", 2_500_000, None)]),
    (["100万円～", "200万円～", "300万円～"],
     [("amount", "100万円", 1_000_000, None), ("amount", "200万円", 2_000_000, None), ("amount", "300万円", 3_000_000, None)]),
    (["～100万円", "100万円～200万円", "200万円以上"],
     [("amount", "100万円", 1_000_000, 1_000_000), ("amount", "100万円～200万円", 1_000_000, 2_000_000),
      ("amount", "200万円", 2_000_000, None)]),
    # near misses: a range broken by the line break stays a range; a closed range is closed
    (["5百万円～", "1億円の補助"], [("amount", "5百万円～", 5_000_000, 100_000_000)]),
    (["250万円～300万円"], [("amount", "250万円～300万円", 2_500_000, 3_000_000)]),
])
def test_open_buckets(lines, expect):
    assert found(*lines, kind="amount") == expect
