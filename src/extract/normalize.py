"""NFKC plus the dash and wave variants NFKC leaves alone, with a map back to the raw characters.

Rules match on the normalized text; `Normalized.raw_span` turns a match back into the span of
the source line, so a mention's `text` is reported exactly as written.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from .charsets import any_of
from .kanji_figures import kanji_parts

# pdfplumber on non-embedded CID fonts yields 〜, − and ˜ where the deck has ～, － and ~
# (../shared/STACK.md); NFKC does not unify these, so map every variant ourselves.
_EXTRA = {
    "〜": "~", "〰": "~", "∼": "~", "～": "~", "˜": "~",
    "−": "-", "‐": "-", "‑": "-", "‒": "-", "–": "-", "－": "-", "ー": "ー",
    "\u3000": " ", "\t": " ", "\xa0": " ",
}


class Normalized(NamedTuple):
    """A normalized text with its map back to the raw one (a named tuple: built for every line read, and a tuple is
    made in one step where a frozen dataclass sets each field through object.__setattr__)."""

    text: str
    #: for each normalized character, the index of the raw character it came from (a range where one for one)
    src: Sequence[int]
    raw: str

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) for normalized [start, end)."""
        if start >= end:
            return (self.src[start] if start < len(self.src) else len(self.raw),) * 2
        return self.src[start], self.src[end - 1] + 1

    def raw_text(self, start: int, end: int) -> str:
        a, b = self.raw_span(start, end)
        return self.raw[a:b]


def insert_after(norm: Normalized, inserts: Sequence[tuple[int, str]]) -> tuple[Normalized, int]:
    """`norm` with each (end, text) of `inserts` (ascending ends) put in at `end`, and how many characters were put in;
    the inserted characters map back to the raw character before them, so a mention's text stays as written (a unit
    a table's header or a stacked line gives a bare figure)."""
    if not inserts:
        return norm, 0
    text, src = norm.text, norm.src
    parts: list[str] = []
    new_src: list[int] = []
    pos = added = 0
    for end, add in inserts:
        parts.extend((text[pos:end], add))
        new_src.extend(src[pos:end])
        new_src.extend([src[end - 1]] * len(add))
        added += len(add)
        pos = end
    parts.append(text[pos:])
    new_src.extend(src[pos:])
    return Normalized("".join(parts), tuple(new_src), norm.raw), added


def _keep(ch: str) -> bool:
    """Characters NFKC would turn into digits that are not quantities: ① (list marks), ¹ (footnotes)."""
    o = ord(ch)
    return (0x2460 <= o <= 0x24FF or 0x2776 <= o <= 0x2793 or 0x3251 <= o <= 0x325F
            or 0x32B1 <= o <= 0x32BF or o in (0xB2, 0xB3, 0xB9) or 0x2070 <= o <= 0x209F)


@lru_cache(maxsize=65536)
def _char(ch: str) -> str:
    """One character normalized (cached: decks use a few thousand distinct characters). Format characters
    (Unicode Cf: bidi overrides, zero-width spaces, soft hyphens) are dropped, so `1<RLO>9` reads 19 for every
    rule and check alike; validation holds back a mention whose text holds one (issue 24 #9)."""
    if _keep(ch):
        return ch
    if unicodedata.category(ch) == "Cf":
        return ""
    n = _EXTRA.get(ch)
    if n is None:
        n = "".join(_EXTRA.get(c, c) for c in unicodedata.normalize("NFKC", ch))
    return n


# vulgar fractions (½ ⅓ ¼ …): NFKC gives `1⁄2`, which would read 1½億円 as 11/2 and ½億円 as 2億円
_VULGAR = re.compile(r"[\u00bc-\u00be\u2150-\u215e\u2189]")


def _fraction(ch: str, after_digit: bool) -> str:
    """A vulgar fraction as a decimal where it has a finite one (`½` -> `0.5`, `1½` -> `1.5`); the others
    (`⅓`) keep NFKC's `1⁄3`, which no number pattern reads (a value that cannot be written exactly)."""
    v = Fraction(unicodedata.numeric(ch)).limit_denominator(10)
    d = v.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1 or v >= 1:
        return _char(ch)
    dec = str(float(v))[1:]  # `.5`, `.125`
    return dec if after_digit else "0" + dec


# a decimal point between digits of two widths (`10．１`, `１０.5`): two numbers set side by side, not a decimal
_MIXED_POINT = re.compile(r"(?<=[0-9])[.．](?=[０-９])|(?<=[０-９])[.．](?=[0-9])")


@lru_cache(maxsize=1)
def _item_point() -> re.Pattern[str]:
    """The period ending a question or item label's number (`問10．１万円` is question 10, then 1万円)."""
    from .dictionary import stopwords

    labels = "|".join(map(re.escape, sorted(stopwords("fused")["item_labels"], key=len, reverse=True)))
    return re.compile(rf"(?<![A-Za-z])(?:{labels})\s?[0-9０-９]{{1,3}}([.．])(?=\s?[0-9０-９])")


def _fused_points(raw: str) -> list[int]:
    """Positions of periods that end a label's number rather than start a decimal (issue 23)."""
    if "." not in raw and "．" not in raw:
        return []
    out = [m.start() for m in _MIXED_POINT.finditer(raw)]
    out += [m.start(1) for m in _item_point().finditer(raw)]
    return out


#: a space a PDF put after a thousands comma (`120, 000, 000 円`, `6, 090, 000 円`: fresh13a's audit sheets): dropped
#: where the figure leads with 1-3 digits, every group after it is three digits and 円 closes it (`1, 2, 3`, `10, 20 年`,
#: `1234, 567円` stay as written)
_SPACED_FIGURE = re.compile(
    r"(?<![\d,，.])(?<![,，][ \u3000])\d{1,3}(?:[,，][ \u3000]?\d{3})+(?![\d.])(?=\s*(?:百万|千|万|億)?円)")
_GROUP_SEP = re.compile(r"[,，]([ \u3000]?)")
#: a group that could be a price on its own (`200`, `150`: no leading 0, a round figure)
_PRICE_GROUP = re.compile(r"[1-9]\d0")


def _lists_prices(figure: str) -> bool:
    """`100, 200, 300円`: three or more round prices rising, each standing alone, no one figure's groups (a figure's
    groups hold a `000` or an odd digit: `45, 600, 000 円`, `1, 234, 567円`)."""
    items = _GROUP_SEP.split(figure)[::2]
    rising = all(int(a) < int(b) for a, b in zip(items, items[1:]))
    return len(items) >= 3 and rising and all(_PRICE_GROUP.fullmatch(g) for g in items[1:])


def _spaced_groups(raw: str) -> list[int]:
    """Positions of the spaces inside one figure's comma groups (see _SPACED_FIGURE)."""
    if "円" not in raw:
        return []
    return [m.start() + g.start(1) for m in _SPACED_FIGURE.finditer(raw) if not _lists_prices(m.group())
            for g in _GROUP_SEP.finditer(m.group()) if g.group(1)]


#: an ideographic comma written as the thousands separator of a yen figure (the trade press's `補正額1、446億円`): read as `,`
#: where the figure leads with 1-2 digits, every group after it is three digits and 円 closes it; not a list of round prices
#: (`300、500円`: every part a round figure), nor a list of numbers (`1、2、3`, `10、20年`), nor a list sharing its unit
#: (`それぞれ112、125、138億円`: a lead of three digits, rev31)
_IDEOGRAPHIC_FIGURE = re.compile(r"(?<![\d,，.、])\d{1,2}(?:、\d{3})+(?![\d.、])(?=\s*(?:百万|千|万|億)?円)")


def _ideographic_groups(raw: str) -> list[int]:
    """Positions of the ideographic commas inside one yen figure's groups (see _IDEOGRAPHIC_FIGURE)."""
    if "、" not in raw or "円" not in raw:
        return []
    return [m.start() + k for m in _IDEOGRAPHIC_FIGURE.finditer(raw)
            if not all(_PRICE_GROUP.fullmatch(g) for g in m.group().split("、")) for k, ch in enumerate(m.group()) if ch == "、"]


def format_free(text: str) -> bool:
    """No format character (Cf) inside: what a reader sees is what the rules read."""
    return not any(unicodedata.category(ch) == "Cf" for ch in text)


class _Table(dict[int, str]):
    """`str.translate`'s table of `_char`, filled on each character's first sight; `odd` holds the characters
    that do not become exactly one (dropped, or NFKC's several), after which a text needs the index map."""

    def __init__(self) -> None:
        super().__init__()
        self.odd: set[str] = set()
        self._odd_class: re.Pattern[str] | None = None

    def __missing__(self, o: int) -> str:
        n = self[o] = _char(chr(o))
        if len(n) != 1:
            self.odd.add(chr(o))
            self._odd_class = None
        return n

    def has_odd(self, raw: str) -> bool:
        """`raw` holds a character that does not become exactly one (a class search, rebuilt as `odd` grows)."""
        if not self.odd:
            return False
        if self._odd_class is None:
            self._odd_class = any_of(self.odd)
        return self._odd_class.search(raw) is not None


@lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table()


#: the most blanks (or leader marks: `・・・`, `……`, `－－－`) in a row the rules see: a PDF's layout text pads columns with
#: hundreds of spaces, and a pattern with optional marks between blanks (`\s*[)）]?\s*の`) backtracks over every split of
#: such a run (a line `一般枠 500万円` + 400 spaces took 10 s to read). A longer run keeps its first MAX_BLANKS in the
#: normalized text; the raw text keeps all.
MAX_BLANKS = 8
_LONG_RUN = re.compile(rf"\s{{{MAX_BLANKS + 1},}}|([・…‥.．\-－ー─_＿=＝])\1{{{MAX_BLANKS},}}")
_LEADERS = re.compile(rf"([・…‥.．\-－ー─_＿=＝])\1{{{MAX_BLANKS},}}")


def _surplus(raw: str) -> list[int]:
    """Positions of the blanks (or leader marks) past the first MAX_BLANKS of each longer run."""
    return [i for m in _LONG_RUN.finditer(raw) for i in range(m.start() + MAX_BLANKS, m.end())]


def normalize(raw: str) -> Normalized:
    """Normalize character by character so every output character knows its raw origin."""
    table = _table()
    text = raw.translate(table)  # one C pass; the common line needs nothing more
    fused = _fused_points(raw)
    kanji = kanji_parts(raw)
    spaced = _spaced_groups(raw)
    if " " * (MAX_BLANKS + 1) in text or _LEADERS.search(raw):  # (every blank is a space by now: the C search first)
        spaced += _surplus(raw)
    commas = _ideographic_groups(raw)
    if not fused and not kanji and not spaced and not commas and not table.has_odd(raw):  # one character for one (a vulgar
        return Normalized(text, range(len(raw)), raw)  # fraction is odd)
    return _normalize_parts(raw, fused, kanji, spaced, commas)


def _normalize_parts(raw: str, fused: list[int], kanji: dict[int, str], spaced: list[int], commas: list[int]) -> Normalized:
    parts = list(map(_char, raw))
    for i in fused:
        parts[i] = " "
    for i in commas:
        parts[i] = ","
    for i in spaced:
        parts[i] = ""
    for i, digits in kanji.items():  # 八五億ニニ九万円, 三三、三%: a kanji figure read as digits
        parts[i] = digits
    if _VULGAR.search(raw):
        for m in _VULGAR.finditer(raw):
            i = m.start()
            parts[i] = _fraction(raw[i], i > 0 and parts[i - 1][-1:].isdigit())
    text = "".join(parts)
    # the common case: one character for one (not merely as long: `百七十五` -> `175` and `一千` -> `1000` together are)
    if len(text) == len(raw) and all(len(p) == 1 for p in parts):
        return Normalized(text, range(len(raw)), raw)
    src: list[int] = []
    for i, n in enumerate(parts):
        src.extend([i] * len(n))
    return Normalized(text, tuple(src), raw)
