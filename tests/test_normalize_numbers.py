"""Normalization keeps a map back to the raw text; numerals parse as written."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.normalize import normalize
from extract.numbers import parse_compound, parse_kanji


@pytest.mark.parametrize("raw, norm", [
    ("１９億円", "19億円"), ("５５％", "55%"), ("15百万～30百万円", "15百万~30百万円"),
    ("5百万円〜1億円", "5百万円~1億円"), ("資料１－１", "資料1-1"), ("1−3", "1-3"), ("⼆国間", "二国間"),
    ("①最大", "①最大"),  # list marks stay: NFKC would make ① a digit
])
def test_normalize(raw, norm):
    assert normalize(raw).text == norm


def test_raw_span_maps_back_to_what_was_written():
    n = normalize("予算額：１，９５０百万円です")
    start = n.text.index("1,950")
    end = n.text.index("円") + 1
    assert n.raw_text(start, end) == "１，９５０百万円"


@pytest.mark.parametrize("text, value, last", [
    ("1,950百万", Decimal(1_950_000_000), "百万"), ("40兆9,056億", Decimal(40_905_600_000_000), "億"),
    ("3億5千万", Decimal(350_000_000), "千万"), ("9.2億", Decimal("920000000.0"), "億"), ("数千万", None, "千万"),
])
def test_parse_compound(text, value, last):
    assert parse_compound(text) == (value, last)


@pytest.mark.parametrize("text, value", [("三", 3), ("十五", 15), ("二百三十", 230), ("一〇", 10), ("億", None)])
def test_parse_kanji(text, value):
    assert parse_kanji(text) == value
