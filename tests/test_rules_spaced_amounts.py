"""An amount written spaced (`339 万 5 千円`, as PDF text spaces it) is one amount even where a chart's unit word
stands a few lines below: only a bare number (no multiplier or unit after it) takes a unit printed apart
(rules/stacked.py)."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _amounts(*texts: str) -> list[tuple[str, object]]:
    return [(m.text, m.min) for m in mentions(*texts) if m.kind == "amount"]


@pytest.mark.parametrize("lines, expect", [
    (["最も低いのは「29 歳以下」の 339 万 5 千円となっている。", "", "万円"], [("339 万 5 千円", 3_395_000)]),
    (["「50～59 歳」が 309 万 4 千円で最も高く", "万円"], [("309 万 4 千円", 3_094_000)]),
    (["平均は 1 億 2,000 万円", "万円"], [("1 億 2,000 万円", 120_000_000)]),
    # near misses: a bare number still takes the unit printed below it
    (["9,000", "基準年度", "万円"], [("9,000", 90_000_000)]),
    (["339", "", "万円"], [("339", 3_390_000)]),
])
def test_a_spaced_amount_takes_no_unit_from_below(lines: list[str], expect: list[tuple[str, object]]) -> None:
    assert _amounts(*lines) == expect


@pytest.mark.parametrize("lines, expect", [
    (["211,089", "円／人", "億円"], [("211,089", 211_089)]),  # the nearest unit below is per person: yen
    (["1,605", "円/人"], [("1,605", 1_605)]),
    # near misses
    (["17,635", "億円"], [("17,635", 1_763_500_000_000)]),
    (["211,089", "人/km2"], []),  # a density is no amount
])
def test_a_per_person_unit_printed_apart(lines: list[str], expect: list[tuple[str, object]]) -> None:
    assert _amounts(*lines) == expect


@pytest.mark.parametrize("line, expect", [
    # a supplementary's table set with a space after the triangle (牧之原市 style) and other issuers' spellings
    ("子育て世帯臨時特例給付金 △ 13,408 千円", [("△ 13,408 千円", -13_408_000)]),
    ("治山事業費 ▲ 2,500万円 の減額", [("▲ 2,500万円", -25_000_000)]),
    ("減額補正 △ 1億2,000万円", [("△ 1億2,000万円", -120_000_000)]),
    ("繰越金 △9,112千円", [("△9,112千円", -9_112_000)]),
    # near misses: a triangle bullet before words, a sign two spaces away, a plus sign stays positive
    ("△ 道路改良 5,000千円", [("5,000千円", 5_000_000)]),
    ("△  5,000千円", [("5,000千円", 5_000_000)]),
    ("+ 300万円", [("300万円", 3_000_000)]),
])
def test_a_triangle_one_space_before_its_number_is_its_sign(line: str, expect: list[tuple[str, object]]) -> None:
    assert _amounts(line) == expect


def test_a_spaced_triangle_signs_a_percent_too() -> None:
    assert [(m.text, m.min) for m in mentions("前年度比 △ 2.5%") if m.kind == "percent"] == [("△ 2.5%", -2.5)]
