"""A PDF page's characters regrouped by position into tokens: rows of characters sharing a centre line, split at
gaps; labels printed edge to edge split apart; characters printed over one another marked scrambled (charts.py)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..model import Line


@dataclass(slots=True, eq=False)
class Glyph:
    ch: str
    x0: float
    top: float
    x1: float
    bottom: float
    line_index: int
    h: float = field(init=False)
    cy: float = field(init=False)

    def __post_init__(self) -> None:
        self.h = max(self.bottom - self.top, 0.1)
        self.cy = (self.top + self.bottom) / 2


@dataclass
class Token:
    """Characters of one row with no gap between them: a word, a label, a unit label (its text and box are
    computed once, after its characters are all in)."""

    glyphs: list[Glyph]
    scrambled: bool = False

    @cached_property
    def text(self) -> str:
        return unicodedata.normalize("NFKC", "".join(g.ch for g in self.glyphs))

    @cached_property
    def raw(self) -> str:
        return "".join(g.ch for g in self.glyphs)

    @cached_property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs)

    @cached_property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @cached_property
    def top(self) -> float:
        return min(g.top for g in self.glyphs)

    @cached_property
    def bottom(self) -> float:
        return max(g.bottom for g in self.glyphs)

    @cached_property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @cached_property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @cached_property
    def h(self) -> float:
        return max(self.bottom - self.top, 0.1)


#: gap between two characters of one token, in character heights; bar labels stand further apart
GAP = 0.3


#: two characters overlapping by more than this share of the narrower one are printed over each other
OVERLAP = 0.35


def page_glyphs(lines: list[Line]) -> dict[int, list[Glyph]]:
    """Every boxed, non-space character of the PDF lines, by page."""
    out: dict[int, list[Glyph]] = {}
    seen: set[tuple[Any, ...]] = set()
    for line in lines:
        if line.page is None or not line.boxes:
            continue
        for ch, bx in zip(line.text, line.boxes):
            if bx is None or ch.isspace():
                continue
            key = (line.page, ch, *(round(v, 1) for v in bx))
            if key not in seen:  # a character drawn twice (fake bold, a table row and a line over one label): once
                seen.add(key)
                out.setdefault(line.page, []).append(Glyph(ch, bx[0], bx[1], bx[2], bx[3], line.index))
    return out


def tokens(glyphs: list[Glyph]) -> list[Token]:
    """Rows of characters sharing a centre line (within a third of their height), split at gaps wider than
    `GAP` heights; characters overlapping within a row make one token marked scrambled."""
    rows: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: g.cy):
        for row in reversed(rows[-8:]):
            r0 = row[0]
            if abs(g.cy - r0.cy) <= 0.3 * min(g.h, r0.h) and abs(g.h - r0.h) <= 0.3 * max(g.h, r0.h):
                row.append(g)
                break
        else:
            rows.append([g])
    out: list[Token] = []
    for row in rows:
        row.sort(key=lambda g: g.x0)
        cur = Token([row[0]])
        for g in row[1:]:
            prev = cur.glyphs[-1]
            width = min(g.x1 - g.x0, prev.x1 - prev.x0)
            if prev.x1 - g.x0 > OVERLAP * max(width, 0.1):
                cur.glyphs.append(g)
                cur.scrambled = True
            elif g.x0 - prev.x1 <= GAP * max(g.h, prev.h):
                cur.glyphs.append(g)
            else:
                out.append(cur)
                cur = Token([g])
        out.append(cur)
    tenths = _tenths_only(out)
    out = [piece for t in out for piece in _split_run(t, tenths)]
    _fragments(out)
    return out


def _tenths_only(toks: list[Token]) -> bool:
    """Every decimal label of the page that stands alone has one decimal digit (`35.7`, `0.4`)."""
    alone = [t.text for t in toks if not t.scrambled and re.fullmatch(r"[+\-‐−▲△]?\d{1,3}\.\d+%?", t.text)]
    return bool(alone) and all(re.fullmatch(r"[+\-‐−▲△]?\d{1,3}\.\d%?", x) for x in alone)


def _split_run(t: Token, tenths: bool = False) -> list[Token]:
    """Decimal labels printed edge to edge (`4.04.0`, `30.629.7`, `-0.4-1.7`): split where the one- or two-decimal
    pattern says a label ends, but only where the characters show a break there too (a gap, or another baseline:
    each label is its own text object); otherwise the token stays as it is (and reads as no number). On a page
    whose labels all have one decimal (`tenths`), a run of them (`10.27.05.82.1`) splits after each label's decimal
    digit with no break to see: that split is the only one."""
    chars = [unicodedata.normalize("NFKC", g.ch) for g in t.glyphs]
    if t.scrambled or len(t.glyphs) < 6 or any(len(c) != 1 for c in chars):
        return [t]
    text = "".join(chars)
    for d in (1, 2):
        piece = rf"[+\-‐−▲△]?\d{{1,3}}\.\d{{{d}}}"
        if not re.fullmatch(rf"(?:{piece}){{2,}}", text):
            continue
        ends = [m.end() for m in re.finditer(piece, text)][:-1]
        if (tenths and d == 1) or all(_break(t.glyphs[k - 1], t.glyphs[k]) for k in ends):
            bounds = [0, *ends, len(text)]
            return [Token(t.glyphs[a:b]) for a, b in zip(bounds, bounds[1:])]
    return [t]


def _break(a: Glyph, b: Glyph) -> bool:
    return b.x0 - a.x1 > 0.4 or abs(a.top - b.top) > 0.05


def _fragments(toks: list[Token]) -> None:
    """Two integer fragments a character's width apart on one row (`20` `4`: the `.` of `20.4` is missing from the
    text layer) are parts of one label that cannot be read with certainty: both are marked scrambled."""
    for a, b in zip(toks, toks[1:]):
        if abs(a.cy - b.cy) > 0.3 * min(a.h, b.h) or not (a.glyphs[-1].ch.isdigit() or a.glyphs[-1].ch == "."):
            continue
        if not (b.glyphs[0].ch.isdigit() or b.glyphs[0].ch == ".") or "." in a.text + b.text or len(b.text) > 2:
            continue  # two whole decimals side by side (`5.9 6.5`) are two labels
        width = max(g.x1 - g.x0 for g in a.glyphs[-1:] + b.glyphs[:1])
        if 0 <= b.x0 - a.x1 <= 1.3 * width:
            a.scrambled = b.scrambled = True
