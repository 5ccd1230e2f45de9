"""A one-programme sheet's cost table (a prefecture's budget-database sheet: the programme's cost beside its staff cost
and the two together, a row a stage or a year), flattened a row a line:

    事業費(A) 人件費(B) トータルコスト
    (A+B)
    19年度予算計上額 201,174千円 19,497千円 220,671千円 2.38人 …
    19年度予算要求額 201,174千円 19,829千円 221,003千円 2.38人 …
    18年度予算額 6,759千円 5,989千円 7,421千円 …

The header line names what each column is (roles.json cost_tables): only the programme's own cost column holds its
budget; the staff cost and the total with staff are `other` (dev10c, where the same table stands one cell a line), with
their row's year (the year the row's cost figure got from its label). The rows are the stages of the programme's
compilation: where one row is the adopted stage (`…予算計上額`, `…当初予算額(最終)`), a request's row is a step on the
way, `other` (GUIDE: the assessment is the budget, the request other; compilation_stages.py tells stages under headings).

The sheet is ONE programme's: its budget is the adopted row's cost. A budget figure written further down the sheet with
another value is a step or a part of it (`要求額:665千円` / `計上額:665千円` of an adjustment, a 積算 line `(1)報酬
1,805千円`): `other`; one with the same value restates it and keeps its role.
Text decks only: a PDF's table is read from its cells."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import BUDGET_ROLES, LineInfo

#: how far under its header a table's first row may start (the header's wrapped cells and a staff header between)
_REACH = 6
#: how many lines around the programme's cost line a box of labelled lines holds
_BOX = 2
#: a header line is short
_HEADER_MAX = 60
SOURCE = "cost_table"
#: a role nothing said (a figure no label names); programme_sheets.py reads the same
OPEN = ("fallback", "under", "")


@dataclass
class _Table:
    columns: list[str]  # "cost" or "apart", in order
    rows: list[tuple[str, list[Mention]]]  # each row's label and its figures, a figure a column
    end: int  # the first line after the table


@lru_cache(maxsize=1)
def sheet_words() -> dict[str, object]:
    """roles.json cost_tables: the words of a programme sheet (this module and programme_sheets.py)."""
    return dict(load("roles")["cost_tables"])


def _cell(text: str) -> str:
    """A header cell's column word: its letter mark (`(A)`, `(A+B)`) and a flattened table's bar dropped."""
    return re.sub(str(sheet_words()["marks"]), "", text).strip(" |｜")


def _kind(cell: str) -> str:
    words = sheet_words()
    return "cost" if cell in words["cost"] else "apart" if cell in words["apart"] else ""  # type: ignore[operator]


def _columns(info: LineInfo) -> list[str] | None:
    """The kinds of a header line's columns (`事業費(A) 人件費(B) トータルコスト`), or None: every cell a column word, one
    of them the programme's cost and one not."""
    text = info.norm.strip()
    if info.amounts or not text or len(text) > _HEADER_MAX:
        return None
    kinds = [_kind(c) for c in map(_cell, text.split()) if c]
    return kinds if "" not in kinds and "cost" in kinds and "apart" in kinds else None


def _stacked_columns(infos: Sequence[LineInfo], i: int) -> tuple[list[str], int] | None:
    """The same header one cell a line (`事業費(A) |` / `人件費(B) |` / `トータルコスト (A+B) |`): its kinds and the line
    after it; read from its first cell only."""
    kinds: list[str] = []
    k = i
    while k < len(infos) and not infos[k].amounts and (kind := _kind(_cell(infos[k].norm.replace(" ", "")))):
        kinds.append(kind)
        k += 1
    if i > 0 and _kind(_cell(infos[i - 1].norm.replace(" ", ""))):
        return None
    return (kinds, k) if "cost" in kinds and "apart" in kinds else None


def _table(infos: Sequence[LineInfo], i: int, columns: list[str]) -> _Table | None:
    """The rows under a header ending before line i: lines opening with a label and holding a figure a column, or (one
    cell a line) a label line and a figure a line after it."""
    rows: list[tuple[str, list[Mention]]] = []
    k = i
    while k < len(infos) and (rows or k < i + _REACH):
        info = infos[k]
        if len(info.amounts) >= len(columns) and info.norm[:info.amounts[0].start].strip():
            rows.append((info.norm[:info.amounts[0].start], info.amounts[:len(columns)]))
        elif (cells := _stacked_row(infos, k, len(columns))) is not None:
            rows.append((_cell(info.norm), cells))
            k += len(columns)
        elif rows and not info.amounts and info.mentions:
            pass  # one cell a line: the row's staff counts (`4.8人`) between its figures and the next row
        elif rows:
            break
        k += 1
    return _Table(columns, rows, k) if rows else None


def _stacked_row(infos: Sequence[LineInfo], k: int, n: int) -> list[Mention] | None:
    """A label line (no figure) and the n lines after it holding one figure each."""
    if k + n >= len(infos) or infos[k].amounts or not _cell(infos[k].norm):
        return None
    cells = [infos[j].amounts[0] for j in range(k + 1, k + 1 + n) if len(infos[j].amounts) == 1]
    return cells if len(cells) == n else None


def apply(infos: Sequence[LineInfo]) -> None:
    """Read every cost table of the deck (see the module's docstring)."""
    i = 0
    while i < len(infos):
        columns, after = _columns(infos[i]), i + 1
        if columns is None and (stacked := _stacked_columns(infos, i)) is not None:
            columns, after = stacked
        table = _table(infos, after, columns) if columns else None
        if table is not None:
            _read(infos, table)
        i = table.end if table is not None else i + 1
    _boxes(infos)


def _labelled(info: LineInfo, kinds: tuple[str, ...]) -> Mention | None:
    """The line's first figure where the words before it open with a column word of one of `kinds`
    (`トータルコスト要求額73,504千円`, `事業費調整要求額207千円`)."""
    if not info.amounts:
        return None
    label = info.norm[:info.amounts[0].start].replace(" ", "")
    return info.amounts[0] if any(label.startswith(w) for w in sheet_words()["cost"] + sheet_words()["apart"]  # type: ignore[operator]
                                  if _kind(w) in kinds) else None


def _boxes(infos: Sequence[LineInfo]) -> None:
    """The same table written as a box of labelled lines (`トータルコスト要求額73,504千円 (前年度:59,161千円)` /
    `事業費要求額22,975千円 (前年度予算額 11,971千円)` / `課長査定:計上 計上額:22,975千円`): beside the programme's cost
    line, the total with staff and its bracket are `other`; the adopted stage's figure on the lines after the cost's is
    the sheet's budget, and a budget figure with another value further down a step or a part of it."""
    for i, info in enumerate(infos):
        if _labelled(info, ("cost",)) is None:
            continue
        for k in range(max(0, i - _BOX), min(len(infos), i + _BOX + 1)):
            if (m := _labelled(infos[k], ("apart",))) is not None:
                for x in infos[k].amounts:
                    if x is m or x.role == "previous_budget":
                        _other(x)  # (`(前年度:59,161千円)`: the total of the year before; its year stays)
        adopted = [m for k in range(i + 1, min(len(infos), i + _BOX + 1)) for m in infos[k].amounts
                   if m.role in BUDGET_ROLES and _adopted_label(infos[k], m)]
        if len(adopted) == 1:
            _restated(infos, infos.index(next(x for x in infos if adopted[0] in x.amounts)) + 1, adopted[0])


def _adopted_label(info: LineInfo, m: Mention) -> bool:
    """The words right before the figure name the adopted stage (`計上額:`)."""
    before = info.norm[:m.start].rstrip(" :：")
    return any(before.endswith(w) for w in sheet_words()["adopted"])  # type: ignore[attr-defined]


def _year(label: str) -> int | None:
    found = re.search(r"(\d{1,4})年度", label)
    return int(found.group(1)) if found else None


def _read(infos: Sequence[LineInfo], table: _Table) -> None:
    words = sheet_words()
    requested = tuple(load("roles")["assessment"]["requested"])
    adopted = [label for label, _ in table.rows if any(w in label for w in words["adopted"])]  # type: ignore[attr-defined]
    cost = table.columns.index("cost")
    year = _year(adopted[0]) if len(adopted) == 1 else None
    for label, cells in table.rows:
        fy = cells[cost].fy
        request = bool(adopted) and label not in adopted and any(w in label for w in requested)
        for kind, m in zip(table.columns, cells, strict=True):
            if kind == "apart" or request:
                _other(m)
                m.fy = fy if fy is not None else m.fy
        m = cells[cost]
        if m.role == "other" and m.role_source in OPEN and label in adopted:
            m.role, m.role_source = "budget", SOURCE  # one cell a line: nothing else read the adopted cost
        elif m.role == "other" and m.role_source in OPEN and year is not None and _year(label) == year - 1:
            m.role, m.role_source = "previous_budget", SOURCE
    if len(adopted) == 1:
        budget = next(cells[cost] for label, cells in table.rows if label in adopted)
        _restated(infos, table.end, budget)


def _restated(infos: Sequence[LineInfo], start: int, budget: Mention) -> None:
    """Below the table, a budget figure with another value than the adopted cost is a step or a part of it, and a figure
    of a line working the cost out (`×`, `=`) that nothing named is a term of the calculation, no grant's size."""
    if budget.role not in BUDGET_ROLES or budget.role == "previous_budget":
        return
    for k in range(start, len(infos)):
        info = infos[k]
        if _sheet_start(infos, k):
            return  # the next programme's sheet: its figures are its own (rev31: a deck of several sheets)
        worked = re.search(str(sheet_words()["worked"]), info.norm) is not None
        for m in info.amounts:
            if m.role in BUDGET_ROLES and m.role != "previous_budget" and (m.min, m.max) != (budget.min, budget.max):
                _other(m)
            elif m.role == "support" and m.role_source == "fallback" and worked:
                _other(m)  # `月額 130千円×12月=1,560千円`: the cost worked out (積算), no grant's size


def _sheet_start(infos: Sequence[LineInfo], k: int) -> bool:
    """Line k opens another programme's sheet: its name label (`事業名`), its cost table's header, or its cost line."""
    info = infos[k]
    return (info.norm.lstrip(" |｜").startswith(tuple(sheet_words()["sheet_start"]))  # type: ignore[arg-type]
            or _columns(info) is not None or _stacked_columns(infos, k) is not None or _labelled(info, ("cost",)) is not None)


def zeros(infos: Sequence[LineInfo]) -> None:
    """A zero figure in yen or thousands (`0千円`: a sheet's column where nothing was requested or set, `0千円 要求どおり
    0千円`) is no programme's budget: nothing was budgeted. `other`. A zero in a rounded unit (`デジタル庁0億円`) is a small
    budget rounded down, not nothing: left alone (roles.json cost_tables zero)."""
    zero = re.compile(str(sheet_words()["zero"]))
    for info in infos:
        for m in info.amounts:
            if m.role in BUDGET_ROLES and m.role != "previous_budget" and m.min == 0 and m.max == 0 and zero.fullmatch(m.text):
                _other(m)


def _other(m: Mention) -> None:
    m.role, m.role_source = "other", SOURCE
