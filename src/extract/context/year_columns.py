"""A text table whose header names a bare year per column (`| 会計区分 | 令和7年度 | 令和6年度 | 増減額 | 伸び率 |`) in a
budget deck: the column of the year before the table's latest holds last year's figures of the same rows (GUIDE: a year
in a column header sets the year of the figures under it; the previous year's budget beside the year's is
`previous_budget`). A cell of that column becomes the previous year's budget where its row's cell in the latest year's
column is a budget figure (an account's, an item's) and no other rule gave the cell a role; a revenue's row stays
`other` in both columns. The years themselves are set by the year pass (context/fiscal_columns.py)."""
from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention
from .fiscal_columns import _header, under_headers
from .labels import BUDGET_ROLES, LineInfo

_OPEN = ("fallback", "under")


def _years(info: LineInfo) -> list[tuple[int | None, int]] | None:
    """(the cell's year, the header's latest year) per cell of a header row of bare years."""
    years = _header(info)
    if years is None:
        return None
    latest = max(y for y in years if y is not None)
    return [(y, latest) for y in years]


def apply(infos: Sequence[LineInfo], kind: str | None) -> None:
    """Make the previous year's column of a budget deck's year table previous budgets (module docstring)."""
    if kind != "budget":
        return
    rows: dict[int, list[tuple[Mention, int | None, int]]] = {}
    for m, (year, latest) in under_headers(infos, _years):
        rows.setdefault(m.line_index, []).append((m, year, latest))
    for cells in rows.values():
        if not any(m.role in BUDGET_ROLES and year == latest for m, year, latest in cells):
            continue
        for m, year, latest in cells:
            if year is not None and year == latest - 1 and m.role == "other" and m.role_source in _OPEN \
                    and m.text.lstrip()[:1] not in "+＋△▲-":
                m.role, m.fy, m.role_source = "previous_budget", year, "column"
