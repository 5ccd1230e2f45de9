"""Closed ranges written with a floor and a cap: `５％以上10％未満` -> 5..10, `1年超3年以下`, `10人以上20人以内`.

The rules find the two ends as two mentions of one kind and unit; a floor word between them and a cap word
after the second make them one range (GUIDE: a closed range carries no qualifier). The words are data
(`qualifiers.json`, `bounded_range`); like every qualifier they may be written with spaces between characters.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..dictionary import load
from .engine import Candidate


def spaced(word: str) -> str:
    """A regex of a word whose characters may stand apart (`以 上`, as PDF text often spaces them)."""
    return r"\s?".join(re.escape(ch) for ch in word)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load("qualifiers")["bounded_range"]

    def alt(ws: list[str]) -> str:
        return "(?:" + "|".join(spaced(w) for w in sorted(ws, key=len, reverse=True)) + ")"

    return re.compile(r"\s?" + alt(table["floor"]) + r"\s?\Z"), re.compile(r"\s?" + alt(table["cap"]))


def reset() -> None:
    _words.cache_clear()


def _strict(words: str, end: str) -> bool:
    """A strict bound word (qualifiers.json `strict`) for this end starts `words` (spaces between letters too)."""
    squeezed = words.replace(" ", "")
    return any(squeezed.startswith(w) for w, e in load("qualifiers")["strict"].items() if e == end)


def join_bounded(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Merge each `floor-ended mention, cap-ended mention` pair of one kind and unit into one closed range."""
    if len(chosen) < 2:
        return chosen
    floor, cap = _words()
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        b = chosen[i + 1] if i + 1 < len(chosen) else None
        if (b is not None and a.kind == b.kind and a.parsed.unit == b.parsed.unit and a.kind != "date"
                and b.start - a.end <= 8 and floor.fullmatch(text, a.end, b.start)
                and cap.match(text, b.end) and a.parsed.min is not None and b.parsed.max is not None
                and a.parsed.min < b.parsed.max):
            ends = {e for e, w in (("min", text[a.end:b.start]), ("max", text[b.end:b.end + 4])) if _strict(w, e)}
            out.append(Candidate(a.kind, a.start, b.end,
                                 replace(a.parsed, min=a.parsed.min, max=b.parsed.max, end=None, closed=True,
                                         strict="both" if len(ends) == 2 else (ends.pop() if ends else None)),
                                 a.pattern))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
