"""Vague quantities: `数年`, `数社`, `数％` (several years, companies, percent) are mentions of their kind with both
ends unknown and `approx` (wild gold, judgement call 8). 数 must start a word of its own (Sudachi): `件数`, `複数社`,
`人数` are not, `今後数年` is; nor may its unit begin a longer word (`一定数回復`: 回復, no 数回)."""
from __future__ import annotations

import re

from ..dictionary import duration_spellings, load, words
from . import tokens
from .engine import Parsed, Pattern, RuleContext
from .fragments import counter, duration_unit, not_after

_START = r"数\s?"


def _own_word(m: re.Match[str]) -> bool:
    """数 starts a token where Sudachi reads the words before it (`今後|数|年`, not `件数|社`)."""
    before = m.string[max(0, m.start() - 6):m.start()]
    if not before or not re.search(r"[\u4e00-\u9fff々\u30a1-\u30fa]$", before):
        return True
    if m.group(0)[1:2].isspace():
        return False  # 調査客体数 回収客体数: 数 ends the word before it, the unit starts the next one
    # read a few letters past the unit too: 一定数回復 is 一定|数|回復, whose 回 is no counter of its own
    toks = tokens.tokens(before + m.string[m.start():m.end() + 3])
    at, pos, end = 0, len(before), len(before) + m.end() - m.start()
    starts = False
    for word, _ in toks:
        if at == pos:
            starts = word.startswith("数") and not word.startswith(("数字", "数値", "数量"))
        at += len(word)
        if at == end:
            return starts
        if at > end:
            return False
    return False


def _duration() -> str:
    return rf"{_START}(?P<unit>{duration_unit()}){not_after('duration')}(?!度)"


def _parse_duration(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if not _own_word(m):
        return None
    unit = duration_spellings().get(m.group("unit").replace(" ", ""))
    return Parsed(None, None, str(unit), ["approx"]) if unit else None


def _count() -> str:
    return rf"{_START}(?P<unit>{counter()}){not_after('count')}"


def _parse_count(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if not _own_word(m):
        return None
    return Parsed(None, None, str(words(load("counters")).get(m.group("unit"), m.group("unit"))), ["approx"])


def _percent() -> str:
    return rf"{_START}(?:%|パーセント)"


def _parse_percent(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if not _own_word(m):
        return None
    return Parsed(None, None, "percent", ["approx"])


PATTERNS: list[Pattern] = [
    Pattern("duration", "vague_duration", _duration, _parse_duration, needs="数"),
    Pattern("count", "vague_count", _count, _parse_count, needs="数"),
    Pattern("percent", "vague_percent", _percent, _parse_percent, needs="数"),
]
