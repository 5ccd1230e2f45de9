"""A table's money unit stated in its header (`予算執行状況(単位:万円)`, `（単位：千円、％）`, `単位 百万円`) read into
its cells written with a larger myriad multiplier and no unit: `100億 437 |` under `(単位:万円)` is 100億437万円, `1億2,345`
under `(単位:千円)` is 1億2,345千円, `1,234万5,678` under `(単位:円)` is 12,345,678円, `3億` under any 3億円 (the cell's own
multiplier fixes its size; the digits after it are counted in the header's unit). Cells of digits only (`9,161 |`)
stay bare, as every set's gold keeps them; a cell with a counter, a percent or a unit of its own is no such cell.

The unit holds from its label down the lines of its page until another `単位` label or a sentence (a line with `。`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..normalize import Normalized, insert_after
from ..numbers import multipliers
from ..rules.unit_labels import money_unit


def in_force(texts: list[str], pages: list[object]) -> list[str | None]:
    """For each line, the money unit of the table header above it still in force (None where none is)."""
    out: list[str | None] = []
    unit: str | None = None
    page: object = None
    for text, pg in zip(texts, pages, strict=True):
        if pg != page:
            unit, page = None, pg
        named = money_unit(text)
        if named is not None:
            unit = named or None
        elif "。" in text:
            unit = None  # a sentence: the table ended
        out.append(unit)
    return out


def _scale(word: str) -> int:
    """The value of a multiplier word (`万` 10^4, `千万` 10^7), 1 for none."""
    return multipliers().get(word, 1) if word else 1


@lru_cache(maxsize=1)
def _cell() -> re.Pattern[str]:
    """A cell holding one figure written with a myriad multiplier (万, 億, 兆) and nothing else between its edges (`|` or
    the line's start and end): `100億 437 |`, `| 44億1,472 |`, `3億`. Not a figure ending a line of prose (`手数料が 3 億
    9,042` / `万 3 千円` goes on below). The digits after the last multiplier are `tail`."""
    big = "|".join(w for w, v in multipliers().items() if len(w) == 1 and v >= 10 ** 4)
    return re.compile(rf"(?:(?<=\|)|^)\s*(?P<fig>\d[\d,]*(?:\.\d+)?\s?(?:(?:{big})\s?(?:\d[\d,]*\s?)?)*?(?P<m>{big})"
                      rf"(?:\s?(?P<tail>\d{{1,3}}(?:,\d{{3}})*|\d{{4}}))?)(?=\s*(?:\||$))")


def _reads(m: re.Match[str], head: str) -> bool:
    """The cell is a figure the header's unit completes: its multiplier is larger than the header's (`3万` under
    `(単位:万円)` is no such cell), and the digits after it, counted in the header's unit, stay below one of it
    (`44億1,472` under 万円: 1,472万 < 1億; `1万2,345` under 千円 would be 2,345千 > 1万: no such writing)."""
    step, scale = _scale(m.group("m")), _scale(head)
    if m.group("tail") is None:  # `3億`, `3万` under `(単位:円)`; a bare `5万` under 千円 may be 5万 of thousands: none
        return step >= 10 ** 8 or scale == 1
    return step > scale and int(m.group("tail").replace(",", "")) * scale < step


def attach(norm: Normalized, boundary: int, unit: str | None) -> tuple[Normalized, int]:
    """`norm` with the header's `unit` put after each such cell of the line (before `boundary`); the inserted
    characters map back to the figure's last one, so the mention's text is the cell as written."""
    if not unit or not any(k in norm.text for k in "万億兆"):
        return norm, boundary
    head = unit[:-1]  # the multiplier of the header's unit (`万` of 万円)
    # `100億 437` + 万円; `3億` + 円
    inserts = [(m.end(), unit if m.group("tail") else unit[-1:])
               for m in _cell().finditer(norm.text, 0, boundary) if _reads(m, head)]
    norm, added = insert_after(norm, inserts)
    return norm, boundary + added
