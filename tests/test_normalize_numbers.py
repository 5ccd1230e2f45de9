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


@pytest.mark.parametrize("raw, norm", [
    ("一般枠" + " " * 30 + "500万円", "一般枠" + " " * 8 + "500万円"),  # a padded column: the rules see 8 blanks
    ("予算額" + "\u3000" * 12 + "十九億円", "予算額" + " " * 8 + "19億円"),  # full-width blanks, a kanji figure after
    ("A" + " \t" * 6 + "B", "A" + " " * 8 + "B"),  # blanks of several kinds make one run
    ("A" + " " * 8 + "B", "A" + " " * 8 + "B"),  # near miss: 8 in a row stay as they are
    ("A" + " " * 9 + "B" + " " * 3 + "C", "A" + " " * 8 + "B   C"),
    ("事業費" + "・" * 30 + "500万円", "事業費" + "・" * 8 + "500万円"),  # a table of contents' leader
    ("第1章" + "．" * 12 + "3", "第1章" + "." * 8 + "3"), ("―" + "-" * 20, "―" + "-" * 8),
    ("A" + "・" * 8 + "B", "A" + "・" * 8 + "B"),  # near misses: 8 leaders stay, mixed marks are no run
    ("A" + "・." * 10 + "B", "A" + "・." * 10 + "B"), ("1" + "0" * 12 + "円", "1" + "0" * 12 + "円"),
])
def test_a_long_run_of_blanks_or_leaders_reads_as_eight(raw, norm):
    assert normalize(raw).text == norm


def test_a_figure_after_a_long_run_of_blanks_maps_back_to_what_was_written():
    raw = "予算額" + " " * 50 + "１９億円（" + "\u3000" * 20 + "前年度 18億円）"
    n = normalize(raw)
    start = n.text.index("19")
    assert n.raw_text(start, start + 4) == "１９億円"
    later = n.text.index("18億円")
    assert n.raw_text(later, later + 4) == "18億円" and n.raw_span(later, later + 4)[0] == raw.index("18億円")
