"""A table flattened to text one cell a line, its column headers first, each on its own line, then each row's name and
its cells (`区分` / `令和6年度(A)` / `令和5年度(B)` / `増減額(C:A-B)` / `増減率`, then `一般会計` / `241億円` / `232億円` /
`8億円` / `3.9%`): a local budget's 総括表 copied from a web page. GUIDE: a year in a column header sets the year of the
figures under it; the column of the year before the table's latest is the previous year's budget, a change column
(`増減`, roles.json column_change_words) holds changes, `other`.

The header run is three lines at least without figures, two of them naming one fiscal year each; a row is a name line
(no figure, no year) and at most as many lines of one figure each as the header has columns after the name column. The
k-th figure of a row is in the k-th column after the name column. Only figures whose role was left to the scope or the
fallback (`other`, `budget` by scope) take the column's role.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from .fiscal_marks import single
from .labels import LineInfo

#: a header cell is a label, not a sentence
_CELL_MAX = 20
_MIN_HEADERS = 3
_OPEN = ("fallback", "under", "scope")


def _header_cell(info: LineInfo) -> tuple[bool, int | None] | None:
    """(is a change column, its year) of a header line: short, no figure, at most one fiscal year; else None."""
    text = info.norm.strip()
    if not text or len(text) > _CELL_MAX or info.amounts or len(info.mentions) != len(info.fiscal_years) \
            or len(info.fiscal_years) > 1 or "|" in text:
        return None
    year = single(info.fiscal_years[0]) if info.fiscal_years else None
    return any(w in text for w in load("roles")["column_change_words"]), year


def _figure(info: LineInfo) -> Mention | None:
    """The one figure (amount or rate) a cell line holds and nothing else."""
    if len(info.mentions) != 1 or info.fiscal_years:
        return None
    m = info.mentions[0]
    return m if info.norm.strip() == m.text.strip() else None


def _headers(lines: list[LineInfo], at: int) -> tuple[int, list[tuple[bool, int | None]]] | None:
    """The index after the header run from line `at` on and its cells (name column first), when they make one."""
    cells: list[tuple[bool, int | None]] = []
    for info in lines[at:]:
        cell = _header_cell(info)
        if cell is None:
            break
        cells.append(cell)
    if at + len(cells) < len(lines) and _figure(lines[at + len(cells)]) is not None:
        cells = cells[:-1]  # the line right above the first cell is the first row's name
    end = at + len(cells)
    first = next((k for k, (_, y) in enumerate(cells) if y is not None), 0)
    cells = cells[first - 1:] if first else []  # the name column is the cell right before the first year's (a title above)
    years = [y for _, y in cells if y is not None]
    if len(cells) < _MIN_HEADERS or len(years) < 2:
        return None
    return end, cells


def _role(column: tuple[bool, int | None], latest: int) -> tuple[str, int] | None:
    change, year = column
    if change:
        return "other", latest
    if year == latest:
        return "budget", year
    if year == latest - 1:
        return "previous_budget", year
    return None


def _give(m: Mention, role: tuple[str, int]) -> None:
    if m.kind != "amount" or m.role not in ("other", "budget") or m.role_source not in _OPEN:
        return
    if m.role == "other" and role[0] == "budget" and m.role_source != "fallback" or (m.role, m.fy) == role:
        return
    m.role, m.fy = role
    m.role_source = "column"


def apply(infos: Sequence[LineInfo], kind: str | None) -> None:
    """Give the cells of flattened tables under a header run of years their column's role and year, in a budget deck
    (`kind`: the role of the deck's budget scope); a settlement's table (`決算`, `実績` in its header or the line above it)
    holds settled figures, no budgets."""
    if kind != "budget":
        return
    lines = [x for x in infos if x.norm.strip() and x.page is None]
    i = 0
    while i < len(lines):
        found = _headers(lines, i)
        if found is None:
            i += 1
            continue
        settled = any(w in x.norm for x in lines[max(0, i - 1):found[0]] for w in load("roles")["settlement_words"])
        i, headers = found
        if settled:
            continue
        latest = max(y for _, y in headers if y is not None)
        while i < len(lines) and _figure(lines[i]) is None and not lines[i].mentions:  # a row's name
            k = i + 1
            while k < len(lines) and k - i < len(headers) and (m := _figure(lines[k])) is not None:
                if (role := _role(headers[k - i], latest)) is not None:
                    _give(m, role)
                k += 1
            if k == i + 1:
                break  # a name line without cells: the table has ended
            i = k
