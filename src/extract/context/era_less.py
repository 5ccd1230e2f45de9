"""A fiscal year written without its era before a budget label (`4年度補正614億円`, `24年度補正予算では、…0.7億円`,
`…の整備等に5年度予算7億円`): news and ministry notes drop the era (令和) or the century (20) of a year the reader knows
from the text around it. The rules read no such year as a mention (it is no fiscal-year mention of the GUIDE's: its
era is not written), so a budget figure it labels took the line's earlier, era-ful year; here the bare number is read
as the year of its era (dictionary/eras.json) or century nearest the year the text around it states, within a few years.
"""
from __future__ import annotations

import re

from ..dictionary import load

#: a bare year number, not part of a written year (`令和5年度`, `2025年度`, `平成24年`), then 年度 and the label's
#: clause: it stands right before the label that ends the text
_BARE = re.compile(r"(?<![0-9０-９\u4e00-\u9fffA-Za-z])([0-9０-９]{1,2})\s*年度(?=[^、。,，年度0-9０-９]{0,12}$)")

#: how far (years) a bare year may stand from the year the text around it states
_NEAR = 3


def bare_year(head: str, near: int | None) -> int | None:
    """The year of a bare `N年度` that heads the label ending `head`, the reading of N nearest `near`; None where there is
    none, no year to read it by, or no reading within a few years of it."""
    if near is None:
        return None
    found = _BARE.search(head)
    if found is None:
        return None
    n = int(found.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    bases = {v for k, v in load("eras").items() if not k.startswith("_")} | {1900, 2000}
    best = min((b + n for b in bases), key=lambda y: abs(y - near))
    return best if abs(best - near) <= _NEAR else None
