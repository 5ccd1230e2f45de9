"""NFKC plus the dash and wave variants NFKC leaves alone, with a map back to the raw characters.

Rules match on the normalized text; `Normalized.raw_span` turns a match back into the span of
the source line, so a mention's `text` is reported exactly as written.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# pdfplumber on non-embedded CID fonts yields 〜, − and ˜ where the deck has ～, － and ~
# (../shared/STACK.md); NFKC does not unify these, so map every variant ourselves.
_EXTRA = {
    "〜": "~", "〰": "~", "∼": "~", "～": "~", "˜": "~",
    "−": "-", "‐": "-", "‑": "-", "‒": "-", "–": "-", "－": "-", "ー": "ー",
    "\u3000": " ", "\t": " ", "\xa0": " ",
}


@dataclass(frozen=True)
class Normalized:
    text: str
    #: for each normalized character, the index of the raw character it came from
    src: tuple[int, ...]
    raw: str

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) for normalized [start, end)."""
        if start >= end:
            return (self.src[start] if start < len(self.src) else len(self.raw),) * 2
        return self.src[start], self.src[end - 1] + 1

    def raw_text(self, start: int, end: int) -> str:
        a, b = self.raw_span(start, end)
        return self.raw[a:b]


def _keep(ch: str) -> bool:
    """Characters NFKC would turn into digits that are not quantities: ① (list marks), ¹ (footnotes)."""
    o = ord(ch)
    return (0x2460 <= o <= 0x24FF or 0x2776 <= o <= 0x2793 or 0x3251 <= o <= 0x325F
            or 0x32B1 <= o <= 0x32BF or o in (0xB2, 0xB3, 0xB9) or 0x2070 <= o <= 0x209F)


@lru_cache(maxsize=65536)
def _char(ch: str) -> str:
    """One character normalized (cached: decks use a few thousand distinct characters)."""
    if _keep(ch):
        return ch
    n = _EXTRA.get(ch)
    if n is None:
        n = "".join(_EXTRA.get(c, c) for c in unicodedata.normalize("NFKC", ch))
    return n


def normalize(raw: str) -> Normalized:
    """Normalize character by character so every output character knows its raw origin."""
    parts = [_char(ch) for ch in raw]
    text = "".join(parts)
    if len(text) == len(raw):  # the common case: one character for one
        return Normalized(text, tuple(range(len(raw))), raw)
    src: list[int] = []
    for i, n in enumerate(parts):
        src.extend([i] * len(n))
    return Normalized(text, tuple(src), raw)
