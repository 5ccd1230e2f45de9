"""Counts with their counter: `31か国`, `約１万人`, `１～２チーム`; and `10の政策分野` (the counted noun)."""
from __future__ import annotations

import re

from ..dictionary import load
from ._interval import interval, number
from .engine import Parsed, Pattern, RuleContext
from .fragments import NUM, RANGE, SP, counter

_BIG = r"(?:\s?[万億])?"
# a counter followed by these is something else: 2つ目 (ordinal), 1人あたり (per capita), 人口 ...
_NOT_AFTER = r"(?!目|あたり|当たり|当り|口|間|前|後)"
# nouns that follow 「Nの」 without being what is counted
_NOT_COUNTED = ("場合", "通り", "ため", "うち", "内", "中", "方", "時", "際", "他", "ほか")


def _regex() -> str:
    c = counter()
    return (rf"(?P<lo>{NUM}{_BIG})(?:{SP}(?P<lounit>{c}))?{RANGE}(?P<hi>{NUM}{_BIG}){SP}(?P<unit>{c}){_NOT_AFTER}"
            rf"|(?P<one>{NUM}{_BIG}){SP}(?P<unit1>{c}){_NOT_AFTER}")


def _noun_regex() -> str:
    # 10の政策分野: a small number, の, then a noun compound (kanji/katakana) that is what is counted
    return r"(?<![\d.,])(?P<one>\d{1,2})の(?P<noun>[\u4e00-\u9fff\u30a1-\u30faー]{2,8}?)(?=[をにがはとでもの、。・)]|$)"


def parse(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    counters = load("counters")
    if m.group("one") is not None:
        v = number(m.group("one").replace(" ", ""))
        iv = interval(v, v)
        return Parsed(*iv, counters[m.group("unit1")]) if iv else None
    iv = interval(number(m.group("lo").replace(" ", "")), number(m.group("hi").replace(" ", "")))
    return Parsed(*iv, counters[m.group("unit")]) if iv else None


def parse_noun(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    noun = m.group("noun")
    if noun in _NOT_COUNTED or noun[0] in "年月日度":
        return None
    v = number(m.group("one"))
    return Parsed(*interval(v, v), noun)  # type: ignore[misc]


PATTERNS: list[Pattern] = [
    Pattern("count", "counter", _regex, parse),
    Pattern("count", "counted_noun", _noun_regex, parse_noun),
]
