"""Tables whose header states the budget years (GUIDE): a header row of budget labels gives each column's
figures their role and year (`事業名 令和6年度予算額 令和5年度予算額`); on PDFs a header cell holding a year
alone gives its row or column theirs."""
from __future__ import annotations

from ..model import Mention
from .labels import AFTER_FY, BUDGET_ROLES, LineInfo


def column_labels(info: LineInfo) -> list[tuple[str, int]] | None:
    """A table's header row of budget labels, one per column (`事業名 令和6年度予算額 令和5年度予算額`):
    (role, fy) each; a column one year before the first budget column holds previous-year figures."""
    labels = []
    for fy in info.fiscal_years:
        m = AFTER_FY.match(info.norm, fy.end)
        if m is None or fy.min is None or fy.min != fy.max:
            return None
        labels.append(("supplementary_budget" if m.group(1) else "budget", int(fy.min)))
    if len(labels) < 2 or len(info.mentions) != len(labels):
        return None
    first = labels[0]
    return [first] + [("previous_budget", fy) if role == "budget" and first[0] == "budget" and fy == first[1] - 1
                      else (role, fy) for role, fy in labels[1:]]


def table_row(info: LineInfo, columns: list[tuple[str, int]]) -> bool:
    """A row under a header of budget labels: a name, then one figure per column. Sets their roles."""
    amounts = info.amounts
    if len(amounts) != len(columns) or len(info.mentions) != len(amounts):
        return False
    if not info.norm[:amounts[0].start].strip() or any(a.per or a.min != a.max for a in amounts):
        return False
    for a, (role, fy) in zip(amounts, columns):
        a.role, a.fy = role, fy
    return True


def _header_cell(info: LineInfo) -> Mention | None:
    """A line that is one fiscal year and nothing else but a note (`2025年度`, `R5`): a table's header cell."""
    fys = info.fiscal_years
    if len(fys) != 1 or len(info.mentions) != 1 or fys[0].min is None or fys[0].min != fys[0].max:
        return None
    rest = (info.norm[:fys[0].start] + info.norm[fys[0].end:]).strip()
    return fys[0] if len(rest) <= 2 else None


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def table_header_years(lines: list[LineInfo]) -> None:
    """PDFs: a year in a table's row or column header sets the fy of the amounts in that row or
    column (GUIDE). A header cell is a line holding one fiscal year alone; it heads the amounts of
    the same page level with it to its right (a row) or right below it in its column."""
    cells = [(m.page, m) for info in lines if (m := _header_cell(info)) is not None and m.top is not None]
    if not cells:
        return
    for info in lines:
        for a in info.amounts:
            if a.fy is not None or a.top is None or a.x0 is None or a.role in BUDGET_ROLES:
                continue
            best: tuple[float, Mention] | None = None
            for page, h in cells:
                if page != a.page or h.top is None or h.bottom is None or h.x0 is None or h.x1 is None:
                    continue
                height = min(a.bottom - a.top, h.bottom - h.top)  # type: ignore[operator]
                if h.x1 <= a.x0 + 1 and _overlap(a.top, a.bottom, h.top, h.bottom) > 0.3 * height:  # type: ignore[arg-type]
                    dist = a.x0 - h.x1
                elif h.bottom <= a.top + 1 and _overlap(a.x0, a.x1, h.x0, h.x1) > 0:  # type: ignore[arg-type]
                    dist = a.top - h.bottom
                    if dist > 4 * height:
                        continue
                else:
                    continue
                if best is None or dist < best[0]:
                    best = (dist, h)
            if best is not None:
                a.fy = int(best[1].min)
