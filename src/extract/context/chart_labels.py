"""What a chart's tokens say: a unit label (`（％）`, `（億円）`), a value label's number, a figure caption, and
whether a page is worth regrouping at all (charts.py)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..dictionary import load
from .chart_glyphs import Token


@dataclass(frozen=True)
class Unit:
    kind: str
    unit: str
    scale: int


_VALUE = re.compile(r"([+\-‐−▲△]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%|%pt)?")


_NEGATIVE = "-‐−▲△"


#: what is left of a label whose characters were printed over another's (`13.`, `.6`): unreadable, reported
_BROKEN = re.compile(r"[+\-‐−▲△]?[\d.,]*\d[\d.,]*%?")


_NONE = Unit("", "", 0)  # a bracketed axis label in no unit we read (`（billion U.S. dollars）`, `(年)`)


_OWN = Unit("percent", "percent", 1)


def unit_label(text: str) -> Unit | None:
    """The chart unit a whole token names (`(%)`, `（億円）`, `（前年度比、％）`, `（単位：％）`); a bracketed label in
    no unit we read, or a table's `（単位：千円）` header, gives a unit of no kind (it blocks the labels above);
    else None."""
    t = unicodedata.normalize("NFKC", text).replace(" ", "")
    if len(t) < 3 or t[0] != "(" or t[-1] != ")":
        return None
    word = re.split(r"[、,]", t[1:-1])[-1]
    table = False
    for prefix in load("chart_units")["unit_prefix"]:
        table = table or word.startswith(unicodedata.normalize("NFKC", prefix))
        word = word.removeprefix(unicodedata.normalize("NFKC", prefix))
    spec = load("chart_units")["units"].get(word) or load("chart_units")["units"].get(
        unicodedata.normalize("NFKC", word))
    if spec and table and spec["kind"] in load("chart_units")["table_kinds"]:
        return _NONE  # `（単位：千円）` heads a budget table, whose bare cells are no mentions (wild gold, call 1)
    if spec:
        return Unit(spec["kind"], spec["unit"], int(spec["scale"]))
    return _NONE if len(t) <= 30 and not any(ch.isdigit() or ch in "=＝" for ch in t) else None


def number(text: str) -> tuple[float, str | None] | None:
    """A value label's number and its own unit (`%`), or None for anything else; year-like integers
    (`2019`, `08`) are category labels, not values."""
    m = _VALUE.fullmatch(text)
    if not m:
        return None
    sign, whole, frac, unit = m.groups()
    if not frac and "," not in whole and (len(whole) == 4 and whole[:2] in ("19", "20") or (len(whole) > 1 and whole[0] == "0")):
        return None
    value = float(whole.replace(",", "") + (frac or ""))
    return (-value if sign and sign in _NEGATIVE else value), ("percent" if unit else None)


def _caption(t: Token) -> bool:
    return _figure_title().match(t.text) is not None


@cache
def _figure_title() -> re.Pattern[str]:
    """A figure's title word followed by its number (`図1`): one pattern for every word of the list."""
    titles = [re.escape(w) for w in load("chart_units")["figure_titles"]] or ["(?!)"]  # no word: never a title
    return re.compile("(?:" + "|".join(titles) + r")\s?[0-9０-９]")


def _bracketed(toks: list[Token]) -> list[Token]:
    """The tokens, and words in brackets spaced apart on one row joined up (`(billion` `U.S.` `dollars)`)."""
    out = list(toks)
    for i, t in enumerate(toks):
        if not t.text.startswith("(") or ")" in t.text:
            continue
        glyphs, prev = list(t.glyphs), t
        for u in toks[i + 1:i + 6]:
            if abs(u.cy - prev.cy) > 0.3 * min(u.h, prev.h) or not 0 <= u.x0 - prev.x1 <= 1.5 * prev.h:
                break
            glyphs += u.glyphs
            prev = u
            if ")" in u.text:
                out.append(Token(glyphs))
                break
    return out


def _worth_reading(texts: list[str]) -> bool:
    """A page that could hold a chart label: a `%` anywhere, a bracketed unit word (`（億円）`) or a unit word as a
    line of its own (`泊` past an axis's last tick); pages of running text and tables without them are not
    regrouped (a long budget book stays fast)."""
    text = unicodedata.normalize("NFKC", "".join(texts)).replace(" ", "")
    if "%" in text or any(t.strip() in load("chart_units")["units"] for t in texts):
        return True
    words = "|".join(re.escape(unicodedata.normalize("NFKC", w)) for w in sorted(load("chart_units")["units"], key=len))
    return re.search(rf"\((?:[^()]{{0,24}}[、,:])?(?:{words})\)", text) is not None
