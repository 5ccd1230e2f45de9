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
    return dict(_multipliers())


@lru_cache(maxsize=1)
def _multiplier_map() -> dict[str, int]:
    """The multipliers as one dict for reading here (never changed: `multipliers()` hands callers their own copy)."""
    return dict(_multipliers())


@lru_cache(maxsize=1)
def _multipliers() -> tuple[tuple[str, int], ...]:
    # sorted once: every number read asks (a fresh dict per call keeps callers free to change theirs)
    table = {k: v for k, v in load("multipliers").items() if not k.startswith("_")}
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


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


_PLAIN = re.compile(r"\d+(?:\.\d+)?")  # compiled once: re.fullmatch with a string looks it up per call


def parse_plain(text: str) -> Decimal | None:
    """`1,950` -> 1950, `9.2` -> 9.2, `三` -> 3; None for anything else (including the vague `数`)."""
    t = text.replace(",", "").replace(" ", "")
    if _PLAIN.fullmatch(t):
        return Decimal(t)
    k = parse_kanji(t)
    return Decimal(k) if k is not None else None


@lru_cache(maxsize=1)
def _term_re() -> re.Pattern[str]:
    """Compiled once on first use, not at import time (a functools cache: `extract.caches.reset` reaches it):
    a number (arabic, a run of kanji digits, the vague 数), or one place word (十 百 千) or myriad (万 億 兆)."""
    digits, small = kanji_numerals()
    myriads = "".join(k for k in multipliers() if len(k) == 1 and k not in small)
    return re.compile(rf"\s*(?:(?P<n>\d[\d,]*(?:\.\d+)?|[{''.join(digits)}]+|数)|(?P<p>[{''.join(small)}])|(?P<m>[{myriads}]))")


def parse_compound(text: str) -> tuple[Decimal | None, str | None]:
    """A figure read by myriads, as Japanese numerals are: `40兆9,056億` -> 40,905,600,000,000; `3千万` -> 30,000,000;
    `5千6百45万` -> 56,450,000 (千/百/十 add up within a myriad); `8億2千37万` -> 820,370,000; `15百万` -> 15,000,000;
    `数千万` -> (None, '千万').

    Returns (value, the multiplier written after the last number); the value is None when a term is the vague `数`.
    """
    digits, small = kanji_numerals()
    mults = _multiplier_map()
    total = group = Decimal(0)
    pending: Decimal | None = None
    vague = False
    last = ""
    t = text.strip()
    pos = 0
    while (m := _term_re().match(t, pos)) is not None and m.end() > pos:
        pos = m.end()
        n, place = m.group("n"), m.group("p") or m.group("m")
        if n is not None:
            if pending is not None:
                break  # two numbers in a row: the figure ended before the second
            vague = vague or n == "数"
            value = Decimal(1) if n == "数" else parse_plain(n)
            if value is None:
                return None, None
            pending, last = value, ""
        elif place in small:
            group += (pending if pending is not None else Decimal(1)) * small[place]
            pending, last = None, last + place
        else:
            total += (group + (pending or Decimal(0))) * mults[place]
            group, pending, last = Decimal(0), None, last + place
    total += group + (pending or Decimal(0))
    return (None if vague else total), (last or None)


def to_number(value: Decimal | None) -> int | float | None:
    """An int when whole, else a float: what the tables publish."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
