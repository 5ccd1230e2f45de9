"""Counts written with a letter multiplier (issue 23): `35Mパラメータ`, `130K軌道`, `12B/55Bパラメータ` (the first of
a slashed pair takes the second's counted noun). The letters are data (`dictionary/count_multipliers.json`)."""
from __future__ import annotations

import re
from decimal import Decimal

from ..dictionary import load, words
from . import tokens
from ._interval import interval, number
from .engine import Parsed, Pattern, RuleContext

_WORD = r"[\u30a1-\u30fa\u4e00-\u9fff]"


def _letters() -> str:
    return "".join(words(load("count_multipliers")))


def _regex() -> str:
    si = f"[{_letters()}]"
    # the number, its letter, then the counted noun, or a slash and the pair's second figure before it
    return (rf"(?<![\dA-Za-z.,])(?P<one>\d{{1,4}}(?:\.\d+)?)(?P<si>{si})"
            rf"(?=(?P<pair>/\d{{1,4}}(?:\.\d+)?{si})?{_WORD})")


def parse(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    digits = m.group("one").split(".")[0]
    if m.group("si") == "K" and len(digits) < 2:
        return None  # 4K, 8K: a picture's resolution
    after = m.end() + len(m.group("pair") or "")
    word = tokens.counter_after("5", m.string[after:after + 8])
    if word is None or len(word) < 2:
        return None  # 3B棟: a one-character counter after a letter is a label (building 3B), no count
    v = number(m.group("one"))
    iv = interval(v, v, Decimal(words(load("count_multipliers"))[m.group("si")]))
    if iv is None:
        return None
    end = m.end() if m.group("pair") else after + len(word)
    return Parsed(*iv, word, end=end)


PATTERNS: list[Pattern] = [Pattern("count", "scaled_count", _regex, parse, needs=_letters)]
