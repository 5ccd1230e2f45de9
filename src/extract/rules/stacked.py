"""Chart labels whose unit is printed apart from the number: a bar's `9,000` with its `万円` one to four
lines lower, an axis `2025 2026 2027` over `年度 年度 年度`. PDF text extraction (and the text decks made
from it) puts the unit on a line of its own, or among single characters of vertical text.

A *bare* number is a whitespace-delimited token of digits (`9,000`, `670`, `2026`) with no unit after it; a
*standalone* unit is a unit word (`万円`, `年度` …) whose previous token is not a number. A bare number takes
the first standalone unit of its kind within the next few lines of the same page: money units for amounts
(three digits or more), `年度` for four-digit years. The rules then read `9,000万円` while the mention's text
stays `9,000` as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..normalize import Normalized, insert_after
from .fragments import multiplier

LOOKAHEAD = 4  # lines below a bare number where its unit may stand

# a number between spaces, not followed by a unit of its own (`8,500 万円`, `2024 年`) nor by a multiplier that
# goes on with its own unit (`339 万 5 千円`: one amount written spaced)
_BARE = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,3}(?:,\d{3})+|\d{3,})(?=\s|$)(?!\s*(?:[万千百億兆]|円|年|月|%))")
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: a bare number ending the text (a row's last cell)
_LAST_BARE = re.compile(r"(?:(?<=\s)|^)(?:\d{1,3}(?:,\d{3})+|\d{3,})$")


@lru_cache(maxsize=1)
def _units() -> re.Pattern[str]:
    money = rf"(?:{multiplier()})?円"
    # `円／人` (a per-person chart's unit): its money part, as the per-person figures are read (no per)
    return re.compile(rf"(?:(?<=\s)|^)(?P<u>{money}|年度)(?:[/／]人)?(?=\s|$)")


def _after_number(text: str, pos: int) -> bool:
    """A number's digit (or its separator) ends the text before pos, spaces aside: read back from pos, not by a search
    of the whole text before it per unit (quadratic on a long spaced list)."""
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j > 0 and (text[j - 1].isdecimal() or text[j - 1] in ",.，．")


@dataclass(frozen=True)
class StackedUnits:
    money: str | None = None
    fiscal_year: str | None = None
    #: the line is a table row ending in a bare cell wrapped before its unit: the unit is that last cell's alone
    last_only: bool = False


_NONE = StackedUnits()


def standalone_units(text: str) -> StackedUnits:
    """The first standalone money unit and 年度 of one line (None where it has none)."""
    if "円" not in text and "年度" not in text:
        return _NONE
    token = _units()
    money = fy = None
    for m in token.finditer(text):
        if _after_number(text, m.start()):
            continue  # `8,500 万円`: that number's own unit
        u = m.group("u")
        if u == "年度":
            fy = fy or u
        else:
            money = money or u
    return StackedUnits(money, fy)


def _named_cell_end(text: str) -> bool:
    """The line is a table row whose last cell is a bare number wrapped before its unit (`(2) 交通安全施設等の整備
    1,660,173` over `百万円` / `の内数※`): a name before it, so no stack of a chart's labels (`1,200` / `1,500` / `万円`)."""
    stripped = text.rstrip()
    if not stripped or not stripped[-1].isdecimal():
        return False
    last = _LAST_BARE.search(stripped)
    return last is not None and re.search(r"[^\W\d_]", stripped[:last.start()]) is not None


def units_below(texts: list[str], pages: list[object]) -> list[StackedUnits]:
    """For each line, the standalone units within LOOKAHEAD lines below it on the same page (raw or
    normalized text: the unit words and `\\s`, `\\d` read the same in both). A table row that ends in a bare cell
    claims the unit wrapped below it: the rows above it do not reach past it (their bare cells stay bare)."""
    own = [standalone_units(t) for t in texts]
    has = [u is not _NONE and (u.money is not None or u.fiscal_year is not None) for u in own]
    claims = [any(has[j + 1:j + 1 + LOOKAHEAD]) and _named_cell_end(t) for j, t in enumerate(texts)]
    out: list[StackedUnits] = []
    for i, page in enumerate(pages):
        if not any(has[i + 1:i + 1 + LOOKAHEAD]):
            out.append(_NONE)
            continue
        money = fy = None
        for j in range(i + 1, min(len(texts), i + 1 + LOOKAHEAD)):
            if pages[j] != page:
                break
            money = money or own[j].money
            fy = fy or own[j].fiscal_year
            if claims[j]:
                break  # (a unit standing before the row's cells, `万円 8,700`, is still one above it)
        out.append(StackedUnits(money, fy, claims[i]))
    return out


def has_bare_numbers(text: str) -> bool:
    return _BARE.search(text) is not None


def attach(norm: Normalized, boundary: int, units: StackedUnits) -> tuple[Normalized, int]:
    """`norm` with each bare number before `boundary` followed by its stacked unit; the inserted characters
    map back to the number's last character, so a mention's text is the number as written."""
    if units.money is None and units.fiscal_year is None:
        return norm, boundary
    money = None if _axis(norm.text[:boundary]) else units.money  # a years axis over 年度 is fiscal years
    inserts = []
    for m in _BARE.finditer(norm.text, 0, boundary):
        unit = units.fiscal_year if _YEAR.fullmatch(m.group("n")) else money
        if unit is not None:
            inserts.append((m.end(), unit))
    if units.last_only:  # `107 3,632` / `百万円`: the row's other money cells stay bare (a strip of years keeps 年度)
        last = max((k for k, (_, u) in enumerate(inserts) if u == money), default=None)
        inserts = [(pos, u) for k, (pos, u) in enumerate(inserts) if u != money or k == last]
    norm, added = insert_after(norm, inserts)
    return norm, boundary + added


def _axis(text: str) -> bool:
    """Four or more bare numbers in even steps (100 200 300 400) are a chart's axis ticks, not amounts."""
    nums = sorted({int(m.group("n").replace(",", "")) for m in _BARE.finditer(text)})
    if len(nums) < 4:
        return False
    return len({b - a for a, b in pairwise(nums)}) == 1


def reset() -> None:
    _units.cache_clear()
