"""What a programme sheet's own legend or column header says its figures are (roles.json cost_tables; cost_tables.py reads
the sheet's cost table):

- a NOTE naming the programme's cost (`※「市民1人当たり金額」は事業費を…人口で割った金額です。`, over a city's list of its
  main programmes `○コミュニティバス運行事業…5,024万円`): the note says the list's figures are programmes' costs, so an
  item line's lone figure that nothing else named is that programme's budget (GUIDE: an amount in a budget document's
  item line is a budget figure). The per-citizen figure the note defines stays `other` (a ratio, no grant);
- two STAGE columns, one header cell a line (`内示` / `調整要求`), over a sheet's rows `(仮置節計) N千円 (仮置節計) 0千円`
  and `(合計) N千円 (合計) 0千円`: the adopted stage's sum is the sheet's whole figure, its budget; the request's cell
  and the rows above the sum (a part's subtotal, the item line restating it) `other` (GUIDE: the assessment the budget,
  the request other; assessment_columns.py reads such columns written on one line).
Text decks only."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from .cost_tables import OPEN, sheet_words
from .labels import BUDGET_ROLES, LineInfo

SOURCE = "programme_sheet"
#: how far under its stage header a sheet's sum row may stand
_REACH = 12


def apply(infos: Sequence[LineInfo]) -> None:
    """Read the deck's legend of its item figures and its stage columns (see the module's docstring)."""
    _noted_items(infos)
    for i in range(len(infos)):
        _stage_columns(infos, i)


def _noted_items(infos: Sequence[LineInfo]) -> None:
    words = sheet_words()
    costs: list[str] = words["cost"]  # type: ignore[assignment]
    grant: list[str] = words["note_not"]  # type: ignore[assignment]
    if not any(info.norm.lstrip().startswith(str(words["note"])) and not info.amounts and any(w in info.norm for w in costs)
               and not any(w in info.norm for w in grant) for info in infos):
        return
    for info in infos:
        if len(info.amounts) != 1 or not re.match(str(words["item"]), info.norm):
            continue
        m = info.amounts[0]
        if m.role == "other" and m.role_source in OPEN and not info.norm[m.end:].strip() and m.per is None:
            m.role, m.role_source = "budget", SOURCE


def _cell(info: LineInfo) -> str:
    return info.norm.strip(" |｜\t")


def _stage_columns(infos: Sequence[LineInfo], i: int) -> None:
    """`内示` / `調整要求` (one cell a line, blank or bar lines between) over the sheet's rows down to its sum row."""
    assessment = load("roles")["assessment"]
    if infos[i].amounts or _cell(infos[i]) not in assessment["assessed"]:
        return
    k = next((j for j in range(i + 1, min(len(infos), i + 3)) if _cell(infos[j])), None)
    if k is None or infos[k].amounts or not _cell(infos[k]).endswith(tuple(assessment["requested"])):
        return
    totals: list[str] = sheet_words()["totals"]  # type: ignore[assignment]
    for j in range(k + 1, min(len(infos), k + _REACH)):
        info = infos[j]
        if len(info.amounts) >= 2 and _cell(info).startswith(tuple(totals)):
            _sum_row(infos, k + 1, j)
            return


def _sum_row(infos: Sequence[LineInfo], start: int, j: int) -> None:
    """The sum row j: its first cell the adopted stage's whole, the budget; its other cells and the rows above it other."""
    first, *rest = infos[j].amounts
    if first.role == "other" and first.role_source in OPEN:
        first.role, first.role_source = "budget", SOURCE
    for m in [*rest, *(x for info in infos[start:j] for x in info.amounts)]:
        if m.role in BUDGET_ROLES and m.role != "previous_budget":
            _other(m)


def _other(m: Mention) -> None:
    m.role, m.role_source = "other", SOURCE
