"""A chart legend or table header wrapped onto two lines (PDF decks): a span's bucket `4～6` printed over its unit
`日間`, the unit standing alone on the next line under it (`3日間 4～6 7～13 21日以上` over `以内 日間 日間`).
Each unit word of such a line of words goes to the bare number or range printed right above it, found by the
characters' boxes; the mention's text stays the number as written (as stacked units do for amounts)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load, words
from ..model import Line
from ..normalize import Normalized

_TOKEN = re.compile(r"\S+")
#: a bucket's bare bound or range: 4～6, 7-13, 14 (a year or a figure with a decimal is no bucket)
_BARE = re.compile(r"\d{1,3}(?:\s?[~～〜\-－]\s?\d{1,3})?")


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    # spelled units of two characters or more: a lone 年 or 日 under a number is as often a date's
    return frozenset(w for w in words(load("durations")["spellings"]) if len(w) >= 2)


def _span(line: Line, a: int, b: int) -> tuple[float, float] | None:
    boxes = [bx for bx in (line.boxes or ())[a:b] if bx is not None]
    return (min(bx[0] for bx in boxes), max(bx[2] for bx in boxes)) if boxes else None


#: lines below a legend's row where its words may stand (a wrapped row's words come out a line or two apart)
_ROWS_BELOW = 3


def rows_below(lines: list[Line], i: int) -> list[Line]:
    """The lines under line i that continue a wrapped legend row: of its page, with boxes, without a digit."""
    out: list[Line] = []
    for nxt in lines[i + 1:i + 1 + _ROWS_BELOW]:
        if nxt.page != lines[i].page or not nxt.boxes or any(ch.isdigit() for ch in nxt.text):
            break
        out.append(nxt)
    return out


def units_under(lines: list[Line], i: int) -> list[tuple[int, str]]:
    """(raw end of a bare bucket on line i, the unit printed under it), left to right: the units of the next
    lines of its page that hold words and no digit (a wrapped legend row)."""
    line = lines[i]
    if not line.boxes:
        return []
    below = [(t, _span(nxt, t.start(), t.end())) for nxt in rows_below(lines, i) for t in _TOKEN.finditer(nxt.text)]
    if not any(t.group() in _units() for t, _ in below):
        return []
    above = [(t, _span(line, t.start(), t.end())) for t in _TOKEN.finditer(line.text)]
    out: list[tuple[int, str]] = []
    for t, xs in below:
        if t.group() not in _units() or xs is None:
            continue
        over = [a for a, ax in above if ax is not None and min(xs[1], ax[1]) - max(xs[0], ax[0]) > 0.5 * (xs[1] - xs[0])]
        if len(over) == 1 and _BARE.fullmatch(over[0].group()):
            out.append((over[0].end(), t.group()))
    return sorted(set(out))


def attach(norm: Normalized, boundary: int, found: list[tuple[int, str]]) -> tuple[Normalized, int]:
    """`norm` with each unit put after its bucket; the inserted characters map back to the bucket's last one."""
    if not found:
        return norm, boundary
    text, src = norm.text, list(norm.src)
    parts: list[str] = []
    new_src: list[int] = []
    pos = 0
    for raw_end, unit in found:
        k = next((j for j, s in enumerate(src) if s >= raw_end), len(text))
        if k > boundary or k < pos:
            continue
        parts.append(text[pos:k])
        new_src.extend(src[pos:k])
        parts.append(unit)
        new_src.extend([src[k - 1]] * len(unit))
        boundary += len(unit)
        pos = k
    parts.append(text[pos:])
    new_src.extend(src[pos:])
    return Normalized("".join(parts), tuple(new_src), norm.raw), boundary
