"""Sums and restatements a budget sheet or a points block writes (scope.py runs `apply` after the totals of totals.py):

- a budget figure that repeats an earlier total to the yen, by words that name no programme, restates the total;
- a figure the rules left open that repeats an earlier budget figure to the yen restates that programme's figure (the
  fresh gold: `【事業費】9,596千円`, `=9,596千円`, the table's `計` are one programme, one row);
- a `計` row that the budget figures above it add up to exactly takes their one role (supplementary money adds up to
  supplementary money; after a budget and its supplementary it stays the budget as it stands: heldout);
- a sheet's `(合計)` row stands for the programme, its rightmost column (the adopted figure) the budget (heldout).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Mention
from . import line_totals
from . import outline as ol
from .labels import LineInfo
from .programs import might_name_program
from .roles import closes_group

#: how far before a figure its clause is read
_CLAUSE = 60
#: how many figures before a `計` are added up to find the figures it sums
_SUM_WINDOW = 12

Owned = list[tuple[Mention, ol.Node | None, ol.Node | None, int]]


def apply(owned: Owned, infos: Sequence[LineInfo]) -> None:
    restatements(owned, infos)
    closing_sums(owned, infos)
    grand_totals(owned, infos)
    line_totals.apply(owned, infos)


def restatements(owned: Owned, infos: Sequence[LineInfo]) -> None:
    """A figure the rules left open that repeats an earlier budget figure of the deck to the yen (a sheet's
    `【事業費】9,596千円`, `=9,596千円`, its table's `計` after `要求額:9,596千円`) restates that programme's figure: the
    same role and year, and no row of its own (one programme, one row: its first figure line)."""
    stated: dict[int, Mention] = {}
    totals: dict[int, Mention] = {}  # value -> the first total of the deck that states it
    for m, _node, _owner, i in owned:
        if m.page is not None or not isinstance(m.max, int) or m.max <= 0:
            continue
        if m.role in ("budget", "supplementary_budget") and m.total_of:
            totals.setdefault(m.max, m)
        elif m.role in ("budget", "supplementary_budget") and m.max in totals and _restates_total(infos[i], m):
            m.total_of = f"(restates line {totals[m.max].line})"
            continue
        first = stated.get(m.max)
        if first is None and m.role in ("budget", "supplementary_budget") and not m.total_of:
            stated[m.max] = m
        elif first is not None and m.role == "other" and m.role_source == "fallback" and _restating_line(infos[i], m):
            m.role, m.fy, m.role_source = first.role, m.fy or first.fy, "restated"
            m.total_of = f"(restates line {first.line})"


def _restates_total(info: LineInfo, m: Mention) -> bool:
    """A figure that repeats an earlier total to the yen, in a clause that names no programme (`資源エネルギー庁資源・燃料部関係は
    3,772億円` after the heading's `2.資源・燃料関係3,772億円`): the same total again. A programme's name by it (`・…事業
    5,000万円` after `総額 5,000万円`: one programme makes the whole) keeps it a row."""
    clause = re.split(r"[。、，,]", info.norm[max(0, m.start - _CLAUSE):m.start])[-1]
    # a bulleted item's own figure (`・災害救助費等負担金（内閣府） 410億円` under `Ⅱ … 計 410億円`): one item makes the whole
    return not might_name_program(clause) and not _ITEM_MARK.match(clause)


#: a bullet that opens an item line
_ITEM_MARK = re.compile(r"[\s　]*[・･○◯●◎▽▼■□◆◇\-－‐]")


def _restating_line(info: LineInfo, m: Mention) -> bool:
    """A line that restates a figure: the figure alone (a bracketed note or `=` may stand by it) or a `計` row's cell;
    a sentence, a labelled breakdown line or a line of two columns restates nothing."""
    if "。" in info.norm:
        return False
    if len(info.amounts) >= 2:
        return closes_group(info)
    return not re.sub(r"[=＝\s|｜]", "", info.norm[:m.start])


def closing_sums(owned: Owned, infos: Sequence[LineInfo]) -> None:
    """A `計` row whose figure the budget figures of the lines above it add up to exactly (`- 国の…対応分 494.9億円`,
    `- 通常分 ▲574.0億円`, `計 ▲79.1億円`) sums them: it takes their role when they share one (supplementary money adds
    up to supplementary money); a `計` after a budget and its supplementary (the budget as it stands) keeps `budget`."""
    for k, (m, _node, _owner, i) in enumerate(owned):
        if not closes_group(infos[i]) or not isinstance(m.max, int) or m.role not in ("budget", "supplementary_budget"):
            continue
        total, roles = 0, set[str]()
        for p, _pn, _po, j in reversed(owned[max(0, k - _SUM_WINDOW):k]):
            if j == i or closes_group(infos[j]):
                break
            if p.role not in ("budget", "supplementary_budget") or not isinstance(p.max, int):
                continue  # a share in brackets (`(うち…分 259.2億円)`), a breakdown: not one of the parts
            total, roles = total + p.max, roles | {p.role}
            if total == m.max and len(roles) == 1:
                m.role = roles.pop()
                break


_GRAND_TOTAL = re.compile(r"^\s*[(（]\s*合計\s*[)）]\s*$")


def grand_totals(owned: Owned, infos: Sequence[LineInfo]) -> None:
    """A programme sheet's `(合計)` row stands for the programme (its bracketed subtotals do not: scope.py); where the
    row has a figure per column (`要求額`, `査定額`: two or more), the rightmost is the adopted one (heldout: the 査定額 is the budget,
    the 要求額 `other`). A figure the rules left open there becomes the sheet's budget; the others stay `other`."""
    for m, _node, _owner, i in owned:
        info = infos[i]
        if len(info.amounts) < 2 or m is not info.amounts[-1] or m.role != "other" or m.role_source != "fallback":
            continue
        ends = [0] + [a.end for a in info.amounts[:-1]]
        if all(_GRAND_TOTAL.match(info.norm[e:a.start]) for e, a in zip(ends, info.amounts)):
            m.role, m.role_source = "budget", "scope"
