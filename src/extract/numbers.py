"""Numerals as written in decks: digits with commas and decimals, kanji numerals, 万/億/兆 multipliers."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .dictionary import load


@lru_cache(maxsize=1)
def kanji_numerals() -> tuple[dict[str, int], dict[str, int]]:
    """The kanji digits (〇..九) and place words (十, 百, 千), from dictionary/kanji_figures.json."""
    t = load("kanji_figures")
    return dict(t["digits"]), dict(t["small"])


def multipliers() -> dict[str, int]:
    """Multiplier words (兆, 億, 千万, 百万, 万, 千), longest first."""
    table = {k: v for k, v in load("multipliers").items() if not k.startswith("_")}
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


def parse_kanji(text: str) -> int | None:
    """`三` -> 3, `十五` -> 15, `二百三十` -> 230, `一〇` -> 10 and `六三` -> 63 (digit by digit), `七千四百八四` -> 7484
    (a digit run before 千/百/十 multiplies it; the digits after the last one are read positionally). None if not a
    kanji numeral."""
    digits, small = kanji_numerals()
    if not text or any(c not in digits and c not in small for c in text):
        return None
    total, pending = 0, ""
    for c in text:
        if c in small:
            total += (int(pending) if pending else 1) * small[c]
            pending = ""
        else:
            pending += str(digits[c])
    return total + (int(pending) if pending else 0)


def parse_plain(text: str) -> Decimal | None:
    """`1,950` -> 1950, `9.2` -> 9.2, `三` -> 3; None for anything else (including the vague `数`)."""
    t = text.replace(",", "").replace(" ", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return Decimal(t)
    k = parse_kanji(t)
    return Decimal(k) if k is not None else None


@lru_cache(maxsize=1)
def _term_re() -> re.Pattern[str]:
    """Compiled once on first use, not at import time (a functools cache: `extract.caches.reset` reaches it)."""
    mults = "|".join(map(re.escape, multipliers()))
    return re.compile(rf"(?P<n>\d[\d,]*(?:\.\d+)?|[〇一二三四五六七八九十百千]+|数)\s*(?P<m>{mults})?")


def parse_compound(text: str) -> tuple[Decimal | None, str | None]:
    """Sum `40兆9,056億` -> 40,905,600,000,000; `3千万` -> 30,000,000; `数千万` -> (None, '千万').

    Returns (value, last multiplier seen); the value is None when a term is the vague `数`.
    """
    mults = multipliers()
    total = Decimal(0)
    last: str | None = None
    vague = False
    pos = 0
    t = text.strip()
    for m in _term_re().finditer(t):
        if t[pos:m.start()].strip():
            break
        pos = m.end()
        n, mult = m.group("n"), m.group("m")
        if mult:
            last = mult
        if n == "数":
            vague = True
            continue
        value = parse_plain(n)
        if value is None:
            return None, last
        total += value * (mults[mult] if mult else 1)
    return (None if vague else total), last


def to_number(value: Decimal | None) -> int | float | None:
    """An int when whole, else a float: what the tables publish."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
