"""A list of works led by a sentence that names the budget, in a deck no title scopes (role_tables.apply runs it once every
figure has its scope's role).

A council speech or a press page explains its bill in prose, then lists the works by account class (fresh6c's 二本松市:
`議案第3号令和6年度一般会計補正予算については、…` / `歳出の主なものを款別に申し上げますと、` / `民生費で` / `- …給付事業に
1億8,672万4千円`): each marked item that states the work its figure goes to (`…事業に N円`, no verb: prose_totals.spent_on)
is the budget the lead sentence names, of its kind (a supplementary's here). The lead holds over the lines that follow it:
the list's class lines (`民生費で`, `商工費で`), its items, short lines of its own; a line that names another budget, a
heading or a blank line ends it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .labels import LineInfo, budget_label
from .prose_totals import spent_on

#: an item's mark at the start of its line
_ITEM = re.compile(r"^\s*[-−‐・○◯●◆◇▽▼]")
#: a heading that opens another part of the deck (`■…`, `【…】`, `第2`)
_HEADING = re.compile(r"^\s*(?:[■□【]|第[0-9０-９]+\s)")
#: how many lines a lead holds over at most
_REACH = 40


def _lead(info: LineInfo) -> tuple[str, int] | None:
    """A sentence (not a title) that names a budget with its year: `令和6年度一般会計補正予算については、…`."""
    return budget_label(info) if "。" in info.norm or "、" in info.norm else None


def apply(infos: Sequence[LineInfo]) -> None:
    """Give the items of a led list the lead's role (see the module's docstring)."""
    lead: tuple[str, int] | None = None
    left = 0
    for info in infos:
        text = info.norm.strip()
        if not text or _HEADING.match(text) or left <= 0:
            lead = None
        found = _lead(info) if info.fiscal_years else None
        if found is not None:
            lead, left = found, _REACH
            continue
        left -= 1
        if lead is None or not _ITEM.match(text):
            continue
        for m in info.amounts:
            if m.role == "other" and m.role_source == "fallback" and spent_on(info, m):
                m.role, m.role_source = lead[0], "scope"
