"""Text tables whose header row names what each column's figures are (`| 事業名 | 予算額 | 前年度予算額 | 比較増減 |`):
each figure takes its column's role (GUIDE: `予算額` budget, `前年度予算額` the previous year's, a change, a ratio and a
settlement `other`: `| 区分 | 令和4年度決算額 | 令和5年度予算額 |`; the budget column of the year before the latest
budget column's the previous year's: `令和6年度予算額 | 令和5年度予算額 | 増減`). A row of sizes per recipient
(`1人当たり支援額`) takes no budget role.
A header cell is read by the role labels (dictionary/roles.json) and, for a change column, the change words; the
header row holds no figure and names two roles at least. A year the header cell states is its figures' year; else
the year is left to the scopes (fiscal_scope.py: the previous year's column the year before the scope's).
Headers that state a year per column with a budget label (`令和6年度予算額 令和5年度予算額`) are read by
context/columns.py; bare years (`令和5年度 令和6年度`) by context/fiscal_columns.py. The rows, cells and a cell's role are read once
(context/column_header.py)."""
from __future__ import annotations

from collections.abc import Sequence

from ..dictionary import load
from ..word_lists import per_recipient
from .column_header import PipeRow, cell_spans, label_column_role, pipe_tables, previous_columns, ratio_cell, under_headers
from .labels import BUDGET_ROLES, LineInfo
from .stage_marks import income_label


def _header(row: PipeRow) -> list[tuple[str | None, int | None]] | None:
    """(role, year) of each cell of a header row of role labels, else None."""
    out = previous_columns([(label_column_role(c.text), c.year) for c in row.cells])
    # a ratio column names a kind of its own (`予算現額 | 収入済額 | 収入率`); a comparison's ratio word with no percent unit
    # (`前年度比`, `対前年比`) may head yen (`要求額 | 査定額 | 前年度比`: 150万円): no kind of its own
    roles = [r for (r, _), c in zip(out, row.cells) if r is not None and not _bare_comparison(c.label)]
    return out if len(roles) >= 2 and len(set(roles)) >= 2 else None


def _bare_comparison(cell: str) -> bool:
    """`前年度比`, `対前年比`: a comparison with last year (roles.json change_before) that writes no percent unit."""
    words = load("roles")["change_before"]
    return ratio_cell(cell) and any(w in cell for w in words) and not any(u in cell for u in load("table_words")["percent_units"])


def _side_row(info: LineInfo) -> str | None:
    """The row's name where it names a side of the account (`収益的支出`, `歳出合計`: roles.json account_sides), else None."""
    name = info.norm[slice(*cell_spans(info.norm)[0])].strip()
    sides = load("roles")["account_sides"]
    words = (*sides["expenditure"], *sides["expenditure_lines"], *sides["revenue"], *sides["revenue_lines"])
    return name if name.endswith(words) else None  # (`収入証紙発行事業` is a programme)


def _per_row(info: LineInfo) -> bool:
    """The row's name says its figures are per recipient (`1人当たり支援額`, `補助上限額`: roles.json per_recipient)."""
    spans = cell_spans(info.norm)
    return bool(spans) and any(w in info.norm[slice(*spans[0])] for w in per_recipient())


def _revenue_rows(infos: Sequence[LineInfo]) -> set[int]:
    """id(line) of the rows of `|` tables under a section row that names the revenue side (`| 収入 | | | |`, `| 歳入の部 |`:
    roles.json account_sides), up to a section row that names another side (`| 支出 | | | |`)."""
    sides = load("roles")["account_sides"]
    revenue, expenditure = (*sides["revenue"], *sides["revenue_lines"]), (*sides["expenditure"], *sides["expenditure_lines"])
    out: set[int] = set()
    for table in pipe_tables(infos):
        side = False
        for row in table.rows:
            label = row.cells[0].label if row.cells else ""
            if row.header and label in (*revenue, *expenditure):
                side = label in revenue
            elif side and not row.header:
                out.add(id(row.info))
    return out


def apply(infos: Sequence[LineInfo]) -> None:
    """Give the figures of `|` tables under a header row of role labels their column's role (and stated year)."""
    rows = {id(m): info for info in infos for m in info.amounts}
    revenue = _revenue_rows(infos)
    for m, (role, year) in under_headers(infos, _header):
        if role in BUDGET_ROLES and id(rows[id(m)]) in revenue:
            continue  # `| 収入 | | |` over `| 運営費交付金 | 1,234百万円 |`: a revenue's estimate, no budget whatever the column
        if role in BUDGET_ROLES and (income_label(rows[id(m)], m) or _per_row(rows[id(m)])):
            continue  # `収益的収入 | 14億3,333万円 |`: the row names the account's income side, revenue whatever the column;
            # `1人当たり支援額 | 1万円 |`: a grant's size per recipient, no programme's budget whatever the column
        if role is not None and m.role != role:
            m.role, m.role_source, m.fy = role, "column", year
        if role in BUDGET_ROLES and not m.total_of and (side := _side_row(rows[id(m)])):
            m.total_of = side  # `資本的支出 | 7億5,298万円 |`: the whole of the account's side, no programme's row
