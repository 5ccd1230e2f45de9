"""Ranges written with words, not with `～` (issue 21's long tail).

- `1千万円以上5億円以下`, `300人以上5,000人以下`: both ends written with 以上 and 以下, which INCLUDE them, close one range,
  as `～` does (fresh5b, dev10c). `5%以上10%未満` stays two mentions, each with its own bound (wild gold): an end that
  未満 excludes is no end of a closed min..max.
- `5億円2700万円`, `12億9439万円3千円`: a sum of yen written in parts, each with its 円, the next part smaller than the
  last written digit of the one before: one amount (a glued table cell's `100万円200万円` is two: 200万 is no part).
- `7000億円台`, `34兆円台(後半)`: a band of amounts, from the figure to just below the next step of its last written
  digit (7000億..7999億9999万9999円; 34兆..34兆9999億…), as `1990年代` is 1990..1999.
"""
from __future__ import annotations

import re

from ..model import Mention

#: the floor word that includes its end, between the two figures; the cap word that includes its, after the second (以上…以下, as
#: the gold reads it; `１０人以上２０人以内` stays two, as tests/test_rules_wild.py reads it)
_BETWEEN = re.compile(r"\s?以上\s?")
_CAP_AFTER = re.compile(r"\s?以下")
_BAND = re.compile(r"\s?台")


def close_ranges(found: list[Mention], written: list[tuple[object, object, bool]], text: str, raw: str) -> None:
    """Fold `X以上Y以下` (two mentions of one kind and unit, on normalized `text`) into one closed range X..Y; `raw` is
    the line's own text (the folded mention's `text` runs from X to Y)."""
    k = 0
    while k + 1 < len(found):
        a, b = found[k], found[k + 1]
        lo, hi = written[k][0], written[k + 1][1]
        if a.kind == b.kind and a.unit == b.unit and a.kind in ("amount", "count", "duration", "percent") \
                and _BETWEEN.fullmatch(text, a.end, b.start) and _CAP_AFTER.match(text, b.end) \
                and isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo < hi:
            a.min, a.max, a.strict = lo, hi, None
            a.qualifiers = [q for q in a.qualifiers if q not in ("at_least", "at_most")]
            a.text = raw[a.raw_start:b.raw_start + len(b.text)].strip()
            a.end = b.end
            written[k] = (lo, hi, written[k + 1][2])
            del found[k + 1], written[k + 1]
        k += 1


def band(m: Mention, text: str) -> None:
    """`7000億円台`: the amount's band, up to the next step of its last non-zero digit."""
    if m.kind != "amount" or not isinstance(m.min, int) or m.min != m.max or m.min <= 0 or m.qualifiers:
        return
    if _BAND.match(text, m.end) is None:
        return
    m.max = m.min + _step(m.min) - 1


def _step(v: int) -> int:
    """The place of the last non-zero digit of v (7000億 -> 1000億)."""
    step = 1
    while v % (step * 10) == 0:
        step *= 10
    return step


def join_parts(found: list[Mention], written: list[tuple[object, object, bool]], raw: str) -> None:
    """Fold an amount written in parts (`5億円2700万円`) into one: the next part glued to it, below its last digit."""
    k = 0
    while k + 1 < len(found):
        a, b = found[k], found[k + 1]
        if a.kind == b.kind == "amount" and b.start == a.end and not a.qualifiers and not b.qualifiers \
                and isinstance(a.min, int) and isinstance(b.min, int) and a.min == a.max and b.min == b.max \
                and 0 < b.min < _step(a.min):
            a.min = a.max = a.min + b.min
            a.end = b.end
            a.text = raw[a.raw_start:b.raw_start + len(b.text)].strip()
            written[k] = (a.min, a.max, written[k + 1][2])
            del found[k + 1], written[k + 1]
            continue
        k += 1
