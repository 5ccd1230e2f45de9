"""Era-less year ticks of a chart's time axis: `昭和 28年 35年 … 61年 平成 元年 ４年 … 令和 元年 ５年`. The era is
printed once, over or before the first tick of its years, and carried along the axis (wild gold, judgement call 2:
era-labelled axes of calendar years are dates, one each). A tick is read only on an axis of three or more year
ticks whose years, with the era carried, go up from left to right."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import eras
from ..model import Mention
from .chart_glyphs import Token

_YEAR = re.compile(r"(\d{1,2}|元)年")


@lru_cache(maxsize=1 << 12)  # a budget book's pages repeat the same tokens
def _era_of(text: str) -> str | None:
    """The era a token names alone (`平成`) or with its year (`昭和60年`, read by the line rules)."""
    for name in sorted((e for e in eras() if len(e) > 1), key=len, reverse=True):
        if text == name or re.fullmatch(re.escape(name) + r"(\d{1,2}|元)年", text):
            return name
    return None


def _bands(toks: list[Token]) -> list[list[Token]]:
    """Tokens whose centre lines lie within two heights of each other: an axis with eras stacked over ticks."""
    bands: list[list[Token]] = []
    for t in sorted(toks, key=lambda t: t.cy):
        if bands and t.cy - bands[-1][-1].cy <= 2 * t.h:
            bands[-1].append(t)
        else:
            bands.append([t])
    return bands


def year_ticks(doc: str, page: int, toks: list[Token]) -> list[Mention]:
    """Dates of the era-less year ticks of the page's time axes."""
    out: list[Mention] = []
    marks = [t for t in toks if _YEAR.fullmatch(t.text) or _era_of(t.text)]
    for band in _bands(marks):
        if sum(1 for t in band if _YEAR.fullmatch(t.text)) < 3:
            continue
        era: str | None = None
        last, found = 0, list[tuple[Token, int]]()
        for t in sorted(band, key=lambda t: (round(t.x0), t.top)):
            named = _era_of(t.text)
            if named:
                era = named
                continue
            m = _YEAR.fullmatch(t.text)
            if era is None or m is None:
                continue
            n = 1 if m.group(1) == "元" else int(m.group(1))
            year = eras()[era] + n
            if year <= last:
                found = []
                break  # not a time axis going up: no tick is read
            last = year
            found.append((t, year))
        out += [_date(doc, page, t, y) for t, y in found]
    return out


def _date(doc: str, page: int, t: Token, year: int) -> Mention:
    v = f"{year:04d}"
    return Mention(doc=doc, kind="date", text=t.raw, min=v, max=v, unit=None, page=page, context=t.raw,
                   x0=round(t.x0, 1), top=round(t.top, 1), x1=round(t.x1, 1), bottom=round(t.bottom, 1),
                   line_index=t.glyphs[0].line_index)
