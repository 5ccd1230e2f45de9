"""Apply the rule tables to one normalized line: candidates, filters, then non-overlapping picks.

Priority is explicit: the longest candidate wins; among equal lengths the kind with the lower
priority number (fiscal_year before date before amount ...: `registry.RuleKind.priority`) wins.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from ..charsets import any_of
from .prefilter import required, starts


@dataclass(frozen=True)
class RuleContext:
    """What a rule may know beyond its line: the deck's own year (for year-less dates)."""

    deck_year: int | None = None
    #: the month and day of the deck's own date where it writes one near its top (a report's or speech's date):
    #: days anchored by 先月/今月/来月 and 去る count from it (issue 23)
    deck_month: int | None = None
    deck_day: int | None = None
    #: the month a news item's day-only date falls in (`宇都宮市は18日、`): the deck's own month, else the month the
    #: budget it reports is announced in (anchors.json announced; mentions.deck_date)
    lead_month: int | None = None
    #: the deck's year-less January to March fall in the year after deck_year (a deck dated by the budget it
    #: compiles: mentions.deck_date), unless a sequence already rolled into them
    fiscal_start: bool = False
    #: the run's reference year (its as-of date's): a deck that writes no era and no four-digit year reads its era-less
    #: years (`27 年度`) in the latest era not past it (context/elided_years.py); None (no run date): they stay unread
    as_of_year: int | None = None
    #: the first four-digit year the deck writes (`2016年`), for a deck with no year of its own (deck_year None): the
    #: year its era-less two-digit years (`15年は…、16年は…`) are read near (rules/short_years.py)
    year_written: int | None = None
    #: the start of the sentence the line goes on with, on the lines above (running text broken mid-clause: a
    #: speech's `…剰余金でありますが、五百十二億で、` / `合計いたしますと二兆百七十五億`): what a bare figure's money words
    #: may stand in (rules/amount.py parse_implied); empty where the line starts its sentence
    lead: str = ""
    #: the nearest line above (on its page) that writes a 億/兆 figure writes it in yen (`効果額:6億円` over
    #: `平成8年度 22.8億`): the document's running unit for the bare 億/兆 figures below it (rules/amount.py)
    yen_above: bool = False
    #: skip a rule for a text that lacks the characters its regex needs (rules/prefilter.py); off only to
    #: check that the skipping changes nothing
    prefilter: bool = True


@dataclass
class Parsed:
    """A rule's reading of its match: the normalized interval, unit and qualifiers it implies."""

    min: Any
    max: Any
    unit: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    #: where the mention ends when the rule decides it shorter than its regex match (an open counter)
    end: int | None = None
    #: where the mention starts when the rule's match opens with an anchor word that is no number or unit (`去る`)
    start: int | None = None
    #: a date whose year is the deck's, not written (`４月10日`): a later month in a sequence may roll over
    from_deck_year: bool = False
    #: both ends written with their floor and cap words (`5%以上10%未満`): the cap after it adds no qualifier
    closed: bool = False
    #: the end(s) a strict bound word excludes in a closed range (`5%以上10%未満`: max)
    strict: str | None = None


@dataclass(frozen=True, eq=False)  # hashed by identity: a table is looked up once per line
class Pattern:
    """One row of a rule table: a regex (built lazily from fragments), how to read a match, and the
    characters a text must hold for the regex to have a chance (a cheap test before the regex)."""

    kind: str
    name: str
    regex: Callable[[], str]
    parse: Callable[[re.Match[str], RuleContext], Parsed | None]
    needs: str | Callable[[], str] = ""  # any one of these characters (or a builder of them); empty: always try


@dataclass
class Candidate:
    kind: str
    start: int
    end: int
    parsed: Parsed
    pattern: str
    #: characters of the match before `start` (an anchor word left out of the span): they still count for its length
    anchor: int = 0


@cache
def compiled(pattern: Pattern) -> re.Pattern[str]:
    return re.compile(pattern.regex())


#: a table row: the pattern, its regex, the class its matches start with (None: any), and as bit masks (see `Table`) the
#: character sets a text must hold (own `needs` and derived), its own only
Row = tuple[Pattern, re.Pattern[str], re.Pattern[str] | None, int, int]


_TRIED_MAX = 4096


@dataclass(frozen=True)
class Table:
    """A compiled rule table. Each character set a row needs is one bit; `bits` maps a character to the bits of the
    sets holding it, so a text's characters give at once every set it meets, and a row is tried only where its mask
    lacks none of them (one integer test per row, not a set test per needed set)."""

    rows: tuple[Row, ...]
    bits: dict[str, int]
    #: any character of any needed set (a class search finds the few a line holds, in C)
    chars: re.Pattern[str]
    #: the rows to try for a set of present bits (lines hold few distinct sets: each is worked out once)
    _tried: dict[tuple[int, bool], tuple[Row, ...]] = field(default_factory=dict, compare=False, repr=False)

    def tried(self, have: int, prefilter: bool) -> tuple[Row, ...]:
        """The rows whose needed sets (their own only, without the prefilter) all meet the present bits."""
        rows = self._tried.get((have, prefilter))
        if rows is None:
            if len(self._tried) >= _TRIED_MAX:
                self._tried.clear()
            lack = ~have
            rows = self._tried[(have, prefilter)] = tuple(r for r in self.rows if not (r[3] if prefilter else r[4]) & lack)
        return rows

    def present(self, text: str) -> int:
        """The bits of the needed sets the text holds a character of."""
        have = 0
        bits = self.bits
        for ch in set(self.chars.findall(text)):
            have |= bits[ch]
        return have


@lru_cache(maxsize=8)
def compiled_all(patterns: tuple[Pattern, ...]) -> Table:
    """The compiled table with the characters each row needs (once per table: hashing a pattern per line
    and per rule adds up): the row's own `needs`, then the sets its regex requires (rules/prefilter.py)."""
    index: dict[frozenset[str], int] = {}

    def mask(sets: tuple[frozenset[str], ...]) -> int:
        out = 0
        for chars in sets:
            out |= 1 << index.setdefault(chars, len(index))
        return out

    rows = []
    for p in patterns:
        chars = p.needs() if callable(p.needs) else p.needs
        own = (frozenset(chars),) if chars else ()
        rx = compiled(p)
        rows.append((p, rx, starts(rx), mask(own + tuple(s for s in needed(p) if s not in own)), mask(own)))
    bits: dict[str, int] = {}
    for charset, k in index.items():
        for ch in charset:
            bits[ch] = bits.get(ch, 0) | 1 << k
    return Table(tuple(rows), bits, any_of(bits))


@cache
def needed(pattern: Pattern) -> tuple[frozenset[str], ...]:
    """The sets of characters a text must hold one of each for the row's regex to match (derived from it)."""
    return required(compiled(pattern))


_NUMERAL = re.compile(r"[0-9〇一二三四五六七八九十数元]")  # 元: 平成元年度


def may_match(text: str) -> bool:
    """Whether any rule may match in the text: every rule starts from a numeral."""
    return _NUMERAL.search(text) is not None


def candidates(text: str, patterns: tuple[Pattern, ...] | list[Pattern], ctx: RuleContext,
               before: int | None = None) -> list[Candidate]:
    """Every row's readings of the text; with `before`, only matches starting before it (a row's later matches
    start later still, so its scan stops at the first one past it; the earlier ones are the same)."""
    out: list[Candidate] = []
    stop = len(text) if before is None else before
    if not _NUMERAL.search(text):
        return out  # every rule starts from a numeral
    table = compiled_all(patterns if isinstance(patterns, tuple) else tuple(patterns))
    on = ctx.prefilter
    for pat, rx, first, _needs, _own in table.tried(table.present(text), on):  # the sets present, once per text
        for m in _matches(rx, first if on else None, text, stop):
            parsed = pat.parse(m, ctx)
            if parsed is not None:
                end = parsed.end if parsed.end is not None else m.end()
                start = parsed.start if parsed.start is not None else m.start()
                out.append(Candidate(pat.kind, start, end, parsed, pat.name, start - m.start()))
    return out


def _matches(rx: re.Pattern[str], first: re.Pattern[str] | None, text: str, stop: int) -> list[re.Match[str]]:
    """The regex's non-empty matches starting before `stop`, as `finditer` finds them. With `first` (the class
    every match starts with, and no match is empty) the regex is tried only where that class stands: the
    leftmost match from a position is the first of those tries that matches, as a search would find it. (Such a
    match's `pos` is where it was tried: a parse reads the match's string and spans, never its `pos`.)"""
    out = []
    if first is None:
        for m in rx.finditer(text):
            if m.start() >= stop:
                break
            if m.end() != m.start():
                out.append(m)
        return out
    pos = 0
    while (at := first.search(text, pos)) is not None and (p := at.start()) < stop:
        hit = rx.match(text, p)
        if hit is None:
            pos = p + 1
        else:
            out.append(hit)
            pos = hit.end()
    return out


def pick(cands: list[Candidate], priority: Mapping[str, int]) -> list[Candidate]:
    """Greedy non-overlapping choice: longest first, then kind `priority` (lower first), then leftmost.

    The chosen spans are disjoint, so a sorted list of them answers "does this overlap?" by bisection
    (a line of 10^5 characters has thousands of candidates)."""
    chosen: list[Candidate] = []
    starts: list[int] = []
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start + c.anchor), priority[c.kind], c.start)):
        i = bisect.bisect_left(starts, c.end)  # spans starting before c ends
        if i > 0 and ends[i - 1] > c.start:
            continue  # the last of them reaches into c
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
