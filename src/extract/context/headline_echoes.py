"""A headline's figure is the figure its article states (issue 21, roles32).

A news deck's first line is its headline (`待機児童対策124億円 厚労省概算要求`, `能登半島地震の被災地支援、予備費1087億円支出
決定`): short, no full stop, its words cut to a few nouns, so the clause that says what its figure is stands in the
body (`…百二十四億円を盛り込んだ`). Where the body states the same amount again, the headline's figure is that one: it takes
the role (and, if it has none, the fiscal year) the body's figure got from its own words. Every gold headline figure
whose amount the body repeats has the body's role (61 of 61 over every gold set; fy 60 of 61). Only a headline figure
no label or verb decided is read so (the figure's own words still win: a statistic's label, `経済波及効果157億円`, keeps
it a statistic whatever the body's figure was read as); a body figure read as plain `other` gives
nothing (no evidence beyond the fallback).

An echo is the body's figure written twice, so it makes no budgets row of its own (a figure written twice is one row, on
the programme's first naming: the body's, which names the programme the headline cuts): `settle`, after every naming
rule (they set `total_of` anew), marks it `total_of` so it stays in amounts with its role and year but out of budgets.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention
from .grant_frame import own_clause, statistic
from .labels import LineInfo

#: a headline is a short first line (a longer one is running text: no_programme's headline reach)
_HEADLINE_MAX = 60
#: how many lines under the headline its article's figures are looked for in
_BODY_REACH = 40
#: the role sources of a figure no label, verb or scope decided
_OPEN = ("", "fallback", "under")
#: what an echo totals: the body's figure it repeats (no programme's row of its own)
ECHO = "(headline echo)"
#: the role source `apply` gives an echo
_SOURCE = "headline"


def _same_amount(a: Mention, b: Mention) -> bool:
    return a.unit == b.unit and a.min is not None and a.min == b.min and a.max == b.max


def apply(infos: Sequence[LineInfo]) -> None:
    """Give each open figure of the deck's headline the role of the body's first figure of the same amount."""
    first = next((i for i, info in enumerate(infos) if info.norm.strip()), None)
    if first is None:
        return
    head = infos[first]
    if not head.amounts or "。" in head.norm or len(head.norm.strip()) > _HEADLINE_MAX:
        return
    body = [m for info in infos[first + 1:first + 1 + _BODY_REACH] for m in info.amounts]
    for m in head.amounts:
        if m.role not in (None, "other") or m.role_source not in _OPEN or statistic(own_clause(head, m)):
            continue  # (`隅田川花火大会 経済波及効果157億円`: the headline's own label names a statistic)
        echo = next((b for b in body if _same_amount(m, b)), None)
        if echo is None or echo.role in (None, "other"):
            continue
        m.role, m.role_source = echo.role, _SOURCE
        if m.fy is None:
            m.fy = echo.fy


def settle(infos: Sequence[LineInfo]) -> None:
    """Mark each echo's budget figure `total_of` ECHO: the body's figure is the programme's one row (after naming)."""
    for info in infos:
        for m in info.amounts:
            if m.role_source == _SOURCE and m.role in ("budget", "supplementary_budget") and not m.total_of:
                m.total_of = ECHO
