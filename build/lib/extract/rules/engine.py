"""Apply the rule tables to one normalized line: candidates, filters, then non-overlapping picks.

Priority is explicit: the longest candidate wins; among equal lengths the kind with the lower
`PRIORITY` number (fiscal_year before date before amount ...) wins.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

PRIORITY = {"fiscal_year": 0, "date": 1, "amount": 2, "percent": 3, "rank": 4, "duration": 5, "count": 6}


@dataclass(frozen=True)
class RuleContext:
    """What a rule may know beyond its line: the deck's own year (for year-less dates)."""

    deck_year: int | None = None


@dataclass
class Parsed:
    """A rule's reading of its match: the normalized interval, unit and qualifiers it implies."""

    min: Any
    max: Any
    unit: str | None = None
    qualifiers: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Pattern:
    """One row of a rule table: a regex (built lazily from fragments), how to read a match, and the
    characters a text must hold for the regex to have a chance (a cheap test before the regex)."""

    kind: str
    name: str
    regex: Callable[[], str]
    parse: Callable[[re.Match[str], RuleContext], Parsed | None]
    needs: str = ""  # any one of these characters; empty: always try


@dataclass
class Candidate:
    kind: str
    start: int
    end: int
    parsed: Parsed
    pattern: str


@cache
def compiled(pattern: Pattern) -> re.Pattern[str]:
    return re.compile(pattern.regex())


@lru_cache(maxsize=8)
def compiled_all(patterns: tuple[Pattern, ...]) -> tuple[tuple[Pattern, re.Pattern[str]], ...]:
    """The compiled table, once per table (hashing a pattern per line and per rule adds up)."""
    return tuple((p, compiled(p)) for p in patterns)


_NUMERAL = re.compile(r"[0-9〇一二三四五六七八九十数元]")  # 元: 平成元年度


def candidates(text: str, patterns: tuple[Pattern, ...] | list[Pattern], ctx: RuleContext) -> list[Candidate]:
    out: list[Candidate] = []
    if not _NUMERAL.search(text):
        return out  # every rule starts from a numeral
    for pat, rx in compiled_all(patterns if isinstance(patterns, tuple) else tuple(patterns)):
        if pat.needs and not any(ch in text for ch in pat.needs):
            continue
        for m in rx.finditer(text):
            if m.end() == m.start():
                continue
            parsed = pat.parse(m, ctx)
            if parsed is not None:
                out.append(Candidate(pat.kind, m.start(), m.end(), parsed, pat.name))
    return out


def pick(cands: list[Candidate]) -> list[Candidate]:
    """Greedy non-overlapping choice: longest first, then kind priority, then leftmost.

    The chosen spans are disjoint, so a sorted list of them answers "does this overlap?" by bisection
    (a line of 10^5 characters has thousands of candidates)."""
    chosen: list[Candidate] = []
    starts: list[int] = []
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), PRIORITY[c.kind], c.start)):
        i = bisect.bisect_left(starts, c.end)  # spans starting before c ends
        if i > 0 and ends[i - 1] > c.start:
            continue  # the last of them reaches into c
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
