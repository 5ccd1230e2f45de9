"""A count whose counter closes its line in a statistics row (`世帯票 60,791 世帯 40,471 世帯` / `所得票 7,430 世帯
4,674 世帯`): read on the line alone too. The rules read each line joined with the start of the next (a mention may break there), so a table
row's last counted noun runs into the next row's label (`世帯所得票`) and the open counter's word goes on past it."""
from __future__ import annotations

import re

from ..rules import count, tokens
from ..rules.engine import Candidate, RuleContext, candidates

#: a line that ends in a number and a word of kanji or katakana (the counted noun, maybe spaced from it)
_ENDS_COUNTED = re.compile(r"\d\s?[\u4e00-\u9fff\u30a1-\u30faー]{1,6}\s*\Z")
_OPEN = tuple(p for p in count.PATTERNS if p.name == "open_counter")
_KNOWN = tuple(p for p in count.PATTERNS if p.name == "counter")


def counted_at_end(text: str, boundary: int, ctx: RuleContext) -> list[Candidate]:
    """The open counters that end where the line ends, read on the line alone (nothing where the line ends
    otherwise): the joined reading keeps its own (longer) candidates where it has them."""
    line = text[:boundary]
    if boundary >= len(text) or not _ENDS_COUNTED.search(line):
        return []
    end = len(line.rstrip())
    return ([c for c in candidates(line, _OPEN, ctx) if c.end == end and _repeated(line, c)]
            + [c for c in candidates(line, _KNOWN, ctx) if c.end == end and line[c.start].isdigit()
               and _word_ends_at(line[c.start:end], text[boundary:boundary + 6])])


def _word_ends_at(count_text: str, after: str) -> bool:
    """A known counter closing its line (`（私立）498校` above `生徒数`) stays a count when Sudachi, reading the
    count with the next line's start, still ends a word at the line break (498/校/生徒数); not where the
    counter begins a longer word across it (`1,386回` / `答`: 1,386/回答)."""
    at = 0
    for surface, _ in tokens.tokens(count_text + after.strip()):
        at += len(surface)
        if at >= len(count_text):
            return at == len(count_text)
    return False


def _repeated(line: str, c: Candidate) -> bool:
    """A statistics row writes its counter after each of its cells (`60,791 世帯 40,526 世帯 40,471 世帯`): the
    counter closing the line stands after an earlier number too. A lone word after the last figure
    (`201,122 タイ`) is the next column's or row's label."""
    unit = c.parsed.unit or ""
    return bool(unit) and re.compile(rf"\d\s?{re.escape(unit)}").search(line, 0, c.start) is not None


def counted_above_column(text: str, reach: int, boundary: int, ctx: RuleContext) -> list[Candidate]:
    """Known counts read on the window cut where a mention may end (`reach`), where the short lines of a column
    below were added for qualifiers only: a counter closing the next line (`2007年 40` / `万人`) is not the start
    of a word with the column's text below it (`出所：…`, 人出)."""
    if reach >= len(text):
        return []
    return candidates(text[:reach], _KNOWN, ctx, boundary)
