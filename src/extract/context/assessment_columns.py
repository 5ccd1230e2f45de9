"""A budget's stages side by side (role_tables.apply runs this once every figure has its scope's role): a local budget
compilation's request and assessment, a programme evaluation sheet's rows over year columns.

Conventions (heldout_amounts/README.md, 大阪府's sheet; the GUIDE's column years):

- **Request and assessment beside each other** (`| 事業名 | 要求額 | 査定額 |`, `要求額 12,000千円 査定額 10,500千円`, or
  `要求額 …` over `査定額 …`): the assessed figure (査定額, 内示額, 決定額; roles.json assessment.assessed) is the budget, the
  request (roles.json assessment.requested) `other`. A finance office's 内示 (`財政課長内示額`: assessment.intermediate) is
  an intermediate stage, the budget office's first cut before the 復活要求 and the head's 査定: `other`, as the request
  beside it (fresh9b, fresh26b).
- **A request's table with last year's budget** (`| 事業名 | 令和8年度要求額 | 令和7年度予算額 |`): the request is the
  proposed budget, the earlier year's budget column the previous year's.
- **An evaluation sheet's rows over year columns** (`| 予算の状況 | 令和5年度 | 令和6年度 | 令和7年度 |` then `| 当初予算 |
  120 | 130 | 140 |`, `| 補正予算 | 10 | | |`, `| 執行額 | 118 | 125 | |`): each row's label gives its figures' role (a
  budget's stage by its label, an execution or a settlement `other`), each column its year (fiscal_columns.py).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .column_header import PipeRow, cell_spans, under_headers
from .labels import BUDGET_ROLES, LineInfo, label_role

#: how a figure's role was given by a request's column: the requested year's budget, no other year's (fiscal_roles.py)
REQUEST = "request"
#: a header or row label cell is a label, not a sentence
_CELL_MAX = 16
#: how a figure's role may have been given that a stage's column or row overrides (a label's or a scope's, not a price's)
_OPEN = ("", "fallback", "under", "scope", "column", "label")


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in load("roles")["assessment"].items() if not k.startswith("_") and k != "intermediate"}


@lru_cache(maxsize=1)
def intermediate() -> re.Pattern[str]:
    """A finance office's 内示 (`財政課長内示`, `財政局内示`; roles.json assessment.intermediate): a stage before the budget."""
    return re.compile(load("roles")["assessment"]["intermediate"])


def _stage(cell: str) -> str | None:
    """`intermediate`, `assessed`, `requested`, `executed` or a budget role the label cell names; None for no label."""
    cell = cell.strip()
    if not cell or len(cell) > _CELL_MAX:
        return None
    if intermediate().search(cell):
        return "intermediate"  # `財政課長内示額`: before the 査定 that settles it
    w = _words()
    if any(x in cell for x in w["not_stages"]):
        return None  # `要求基準額`: a ceiling on requests, no request
    for stage in ("assessed", "executed", "requested"):
        if any(x in cell for x in w[stage]):
            return stage
    found = label_role(cell)
    if found is not None and found[0] == "budget" and cell.startswith(tuple(load("roles")["previous_words"])):
        return "previous_budget"  # `前年度当初予算額`: last year's budget, whatever stage word follows
    return found[0] if found is not None and found[0] in BUDGET_ROLES else None


def _header(row: PipeRow) -> list[tuple[str | None, int | None]] | None:
    """(role, year) of each cell of a header row that sets a request beside its assessment or last year's budget."""
    cells = [(_stage(c.text), c.year) for c in row.cells]
    stages = {s for s, _ in cells}
    if "requested" not in stages:
        return None
    steps = ("requested", "assessed", "intermediate")
    if "assessed" in stages:  # the last assessment is the adopted one (`一次査定額 | 市長査定額`), the earlier ones `other`
        last = max(k for k, (s, _) in enumerate(cells) if s == "assessed")
        return [("budget" if k == last else "other" if s in steps else  # last year's column beside
                 "previous_budget" if s == "previous_budget" else None, y) for k, (s, y) in enumerate(cells)]
    if "intermediate" in stages:  # `| 要求額 | 財政課長内示額 |`: no stage on the page is the budget yet
        return [("other" if s in steps else "previous_budget" if s == "previous_budget" else None, y) for s, y in cells]
    asked = [y for s, y in cells if s == "requested" and y is not None]
    if len(asked) != 1 or not any(s == "budget" and y is not None and y < asked[0] for s, y in cells):
        return None
    return [("budget" if s == "requested" else "previous_budget" if s == "budget" and y is not None and y < asked[0] else None, y)
            for s, y in cells]


def _years_header(row: PipeRow) -> list[tuple[int | None, str | None]] | None:
    """The year of each cell of a header row of years (two at least) and the stage it names (`令和8年度要求`: requested,
    `R5決算`: executed), else None."""
    cells = [(c.year, _stage(c.text)) for c in row.cells]
    return cells if sum(y is not None for y, _ in cells) >= 2 else None


def _row_role(info: LineInfo) -> str | None:
    """The role a row's label cell (its first non-empty cell) gives its figures: a budget's stage, an execution `other`."""
    cells = [(a, b) for a, b in cell_spans(info.norm) if info.norm[a:b].strip()]
    if not cells or any(a < cells[0][1] for a in (m.start for m in info.amounts)):
        return None
    stage = _stage(info.norm[cells[0][0]:cells[0][1]])
    return "other" if stage == "executed" else "budget" if stage == "requested" else stage if stage in BUDGET_ROLES else None


def _set(m: Mention, role: str, year: int | None) -> None:
    if m.role_source in _OPEN and m.per is None and "at_most" not in m.qualifiers:
        if role == "previous_budget" and year is None and m.fy is not None and m.role != "previous_budget":
            year = m.fy - 1  # `前年度当初予算額` with no year: the year before the scope's
        m.role, m.role_source, m.fy = role, "column", year or m.fy


def _total(label: str) -> str | None:
    """The label when it names a total (`部計`, `市民部 計`, `合計`, `一般会計 要求総額`): its figures are no programme's row."""
    label = label.strip(" 　|:：")
    whole = any(w in label for w in load("roles")["total_labels"] if len(w) > 1) or label.startswith(_words()["account_words"])
    return label if whole or label.endswith("計") else None


def apply(infos: Sequence[LineInfo]) -> None:
    """Give the figures of request / assessment columns and of an evaluation sheet's rows their stage's role."""
    line_of = {id(a): info for info in infos for a in info.amounts}
    first_cell: dict[int, str | None] = {}  # a row's label cell, read once a line (a long line stays linear)
    for m, (role, year) in under_headers(infos, _header):
        if role is not None:
            _set(m, role, year)
            info = line_of[id(m)]
            if id(info) not in first_cell:
                cells = [(a, b) for a, b in cell_spans(info.norm) if info.norm[a:b].strip()]
                first_cell[id(info)] = _total(info.norm[cells[0][0]:cells[0][1]]) if cells else None
            if m.role == "budget" and (total := first_cell[id(info)]):
                m.total_of = m.total_of or total  # `| 部計 | 45,700千円 | 38,300千円 |`: a total line, no programme's row
    rows: dict[int, str | None] = {}
    for m, (_year_of, stage) in under_headers(infos, _years_header):
        info = line_of[id(m)]
        if id(info) not in rows:
            rows[id(info)] = _row_role(info)
        if stage == "executed":
            _set(m, "other", None)  # `| R5決算 |`: what was spent, whatever the row
        elif (role := rows[id(info)]) is not None and m.role != "previous_budget":
            _set(m, role, None)  # (the column's year is read by fiscal_columns.py)
            if stage == "requested" and m.role == "budget":
                m.role_source = REQUEST  # `| 令和8年度要求 |`: the requested year's proposed budget, whatever the sheet's year
    _beside(infos)


def _beside(infos: Sequence[LineInfo]) -> None:
    """`要求額 12,000千円 査定額 10,500千円` on one line, or `要求額 …` over `査定額 …`: the assessed figure is the budget."""
    request: Mention | None = None
    asked_label = ""
    for info in infos:
        if not info.norm.strip():
            continue
        start = 0
        for m in info.amounts:
            label = info.norm[start:m.start].strip(" :：　、")
            stage, start = _stage(label[-_CELL_MAX:]), m.end
            if stage == "requested":
                request, asked_label = m, label
            elif stage == "intermediate" and request is not None and request.role in BUDGET_ROLES:
                for x in (request, m):  # `要求額 436億円 財政課長内示額 412億円`: both steps before the budget
                    _set(x, "other", x.fy)
                request = None
            elif stage == "assessed" and request is not None and request.role in BUDGET_ROLES:
                _set(m, "budget", request.fy)
                if m.role == "budget":  # the request steps down only where the assessed figure took its place
                    request.role, request.role_source = "other", "column"
                if m.role == "budget" and (total := _total(asked_label)):
                    m.total_of = m.total_of or total  # `一般会計 要求総額 7,412億円、査定後 7,185億円`: an account's total
                request = None
        if not info.amounts:
            request = None  # (a text line without figures between them parts the pair)
