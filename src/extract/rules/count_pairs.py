"""A count and a bracketed second count before one counter (issue 23): `45(38)団体` is 45 団体 and 38 団体 (a total
and its part, or this year's and last year's, as tables write them); both take the counter after the bracket."""
from __future__ import annotations

import re

from ..dictionary import load, words
from ._interval import interval, number
from .engine import Parsed, Pattern, RuleContext
from .fragments import AT_NUM, N, counter


def _regex() -> str:
    # the figure before the bracket, or the one inside it right after a figure (（２）校務 is a list number);
    # the known counter after the bracket
    return (rf"{AT_NUM}(?P<one>{N})(?=\(\s?{N}\s?\)\s?(?P<u1>{counter()}))"
            rf"|(?:(?<=\d\()|(?<=\d\s\())\s?(?P<two>{N})\s?(?=\)\s?(?P<u2>{counter()}))")


#: a table of contents' page number before the bracket: ・・・９（２）校務系 is page 9 and item (2)
_PAGE_BEFORE = re.compile(r"(?:\.{2,}|・{2,}|…)\s?\d+\s?\(\s?\Z")


def parse(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if m.group("two") and _PAGE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    figure, unit = (m.group("one"), m.group("u1")) if m.group("one") else (m.group("two"), m.group("u2"))
    v = number(figure)
    iv = interval(v, v)
    return Parsed(*iv, str(words(load("counters")).get(unit, unit))) if iv else None


PATTERNS: list[Pattern] = [Pattern("count", "bracket_pair", _regex, parse, needs="(")]
