"""A table row that sums the rows under it, column by column (line_totals.py calls `apply`): `1 交通環境の整備 85,614
82,081 …` over `(1) … 18,166 17,717 …`, `(3) … 67,241 …`, `d … 100 124 …`, `a … 107 …`. The row's first figure equals the
first figures of the labelled rows under it added up, down to the next row numbered at its own level: the row is their
total (total_of), no programme. A row whose first cell is an envelope (`1,660,173` / `百万円` / `の内数`: a share of a larger
budget, GUIDE `の内数`) adds nothing to the group; a line of cells alone (a row's later columns, context/row_cells.py) is
no row of its own. Exact equality only, two parts at least."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .labels import BUDGET_ROLES, LineInfo
from .row_cells import cells_only

#: a row numbered at a pillar's level: a number set apart from its name (`1 交通環境の整備`, `2 その他`)
_PILLAR = re.compile(r"^\s*[0-9０-９]{1,2}\s+[^\s0-9０-９]")
#: how many lines under a pillar its group may take (rows of envelopes take three lines a column)
_WINDOW = 120
#: how many lines after a figure closing its line its envelope's words may stand
_ENVELOPE_LINES = 2


def _envelope(infos: Sequence[LineInfo], k: int) -> bool:
    """The first figure of line k is an envelope: `内数` follows it before the line's next figure, or, when it closes its
    line, on the cell lines right under it."""
    info = infos[k]
    first, after = info.amounts[0], info.amounts[1].start if len(info.amounts) > 1 else len(info.norm)
    if "内数" in info.norm[first.end:after]:
        return True
    if len(info.amounts) > 1:
        return False
    under = [x.norm for x in infos[k + 1:k + 1 + _ENVELOPE_LINES] if not x.amounts]
    return "内数" in "".join(under)


def _labelled(info: LineInfo) -> bool:
    return bool(info.amounts) and bool(info.norm[:info.amounts[0].start].strip()) and not cells_only(info)


def _group_sum(infos: Sequence[LineInfo], i: int, whole: int) -> int:
    """How many labelled rows under row i add up, first figure by first figure, to `whole` exactly (0: they do not)."""
    total = parts = 0
    for k in range(i + 1, min(len(infos), i + 1 + _WINDOW)):
        info = infos[k]
        if _PILLAR.match(info.norm):
            break  # the next group
        if not _labelled(info) or _envelope(infos, k):
            continue
        value = info.amounts[0].max
        if not isinstance(value, int):
            return 0
        total, parts = total + value, parts + 1
        if total >= whole:
            break
    return parts if total == whole else 0


def apply(infos: Sequence[LineInfo]) -> None:
    """Mark the first figure of a numbered multi-column row that its group's rows add up to (see the module's docstring)."""
    for i, info in enumerate(infos):
        if len(info.amounts) < 2 or not _PILLAR.match(info.norm) or not _labelled(info):
            continue
        m = info.amounts[0]
        if m.role not in BUDGET_ROLES or m.total_of or not isinstance(m.max, int) or m.max <= 0:
            continue
        if _group_sum(infos, i, m.max) >= 2:
            m.total_of = info.norm[:m.start].strip()
