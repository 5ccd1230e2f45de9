"""A table flattened one cell a line whose cells STACK their figures, one a line, in the order a legend or the column
headers above them state (GUIDE: a year in a table's column or row header sets the fy; a header says what its column is
the way a label beside the figure does):

- a position legend (大阪府's box: `上段` / `中段` / `下段` / `平成27年度当初` / `平成26年度当初` / `平成26年度最終`, or
  `上段:平成27年度当初` a line): every later run of as many lines opening with a figure is one cell, its k-th figure the
  k-th position's budget of that position's year (`14億5,574万8千円 「再生可能…` / `14億8,170万2千円 の抑制…` / …: a
  programme's cell beside its description, the two columns flattened line by line);
- a stacked header right above the figures (`平成27年度当初予算額` / `平成26年度当初予算額` / `平成26年度最終予算額` / `前年比` /
  `14億9,636万5千円` / `11億3,044万9千円` / `9億3,307万2千円`): each label a line, each with its year, a change or ratio
  cell or two after them, then exactly as many figures, the k-th the k-th label's.

A budget label of the year before the latest label's year holds the previous year's budget (column_header
previous_columns: `平成26年度最終` beside `平成27年度当初` too). Only figures no label or rule of their own decided are
read so (roles.json stacked_legend: the positions; a legend's short label is read with its tail, `予算額`, after it).
Text decks only; each line is read once.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .accounts import is_account
from .column_header import cell_kind, previous_columns
from .fiscal_marks import one_year
from .labels import LineInfo

#: a legend's or a header's label cell is a label, not a sentence
_CELL_MAX = 20
#: a change's or a ratio's header cells between the labels and the figures (`前年比 27当初/26当初`)
_BETWEEN_MAX = 2
#: the roles a label of the legend replaces (a figure's own line or a rule said nothing; a ratio's cell right above the
#: first figure, `前年比`, read as its label cell by header_blocks.py, heads the ratio after the figures)
_OPEN = ("fallback", "under", "", "column", "scope", "header")
_BUDGET = ("budget", "previous_budget", "supplementary_budget")

_Column = tuple[str | None, int | None]


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], str]:
    found = load("roles")["stacked_legend"]
    return tuple(found["positions"]), found["label_tail"]


def _label(info: LineInfo, text: str | None = None, short: bool = True) -> _Column | None:
    """(kind, year) of a label cell naming a budget or a settlement and its year (`平成27年度当初予算額`, short: `平成26年度
    最終`; `令和4年度決算額`), else None."""
    text = (info.norm if text is None else text).strip()
    if not text or len(text) > _CELL_MAX or info.amounts:
        return None
    year = one_year(info)
    kind = cell_kind(text) or (cell_kind(text + _words()[1]) if short else None)  # (a bare year names no budget)
    return (kind, year) if kind in (*_BUDGET, "settled") and year is not None else None


def _legend(infos: Sequence[LineInfo]) -> tuple[int, list[_Column]] | None:
    """The first position legend: the line after it and its positions' (kind, year), in stacking order."""
    positions = _words()[0]
    for i, info in enumerate(infos):
        if not info.norm.strip().startswith(positions[0]):
            continue
        n = 0
        while n < len(positions) and i + n < len(infos) and infos[i + n].norm.strip().startswith(positions[n]):
            n += 1
        if n < 2:
            continue
        rest = [infos[i + k].norm.strip()[len(positions[k]):].lstrip(" :：=＝") for k in range(n)]
        if all(rest):  # `上段:平成27年度当初`: each position's label on its own line
            cols = [_label(infos[i + k], rest[k]) for k in range(n)]
            end = i + n
        else:  # `上段` / `中段` / `下段`, then the labels in the same order
            cols = [_label(infos[i + n + k]) for k in range(n)] if i + 2 * n <= len(infos) and not any(rest) else []
            end = i + 2 * n
        if cols and all(c is not None for c in cols) and any(c is not None and c[0] in _BUDGET for c in cols):
            return end, previous_columns([c for c in cols if c is not None])
    return None


def _opens(info: LineInfo) -> Mention | None:
    """The figure a line opens with (nothing but spaces before it), else None."""
    if not info.amounts:
        return None
    first = info.amounts[0]
    return first if not info.norm[:first.start].strip() else None


def _runs(infos: Sequence[LineInfo], start: int) -> Iterator[tuple[int, int]]:
    """Each run of consecutive lines opening with a figure from line `start`: (its first line, its length)."""
    i = start
    while i < len(infos):
        n = 0
        while i + n < len(infos) and _opens(infos[i + n]) is not None:
            n += 1
        if n:
            yield i, n
        i += n + 1


def _header(infos: Sequence[LineInfo], i: int, n: int) -> list[_Column] | None:
    """The stacked header right above a run of `n` figures at line `i`: `n` label lines, each a budget with its year
    (a change's or ratio's cells after them), and no further label above them; else None."""
    j = i - 1
    while j >= 0 and i - 1 - j < _BETWEEN_MAX and _label(infos[j]) is None and not infos[j].amounts \
            and cell_kind(infos[j].norm.strip()) in ("change", "ratio"):
        j -= 1
    top = j - n + 1
    if top < 0 or (top > 0 and _label(infos[top - 1], short=False) is not None):
        return None
    cols = [_label(infos[k], short=False) for k in range(top, j + 1)]
    if any(c is None for c in cols) or not any(c is not None and c[0] in _BUDGET for c in cols):
        return None
    return previous_columns([c for c in cols if c is not None])


def _vertical(infos: Sequence[LineInfo], lo: int, hi: int) -> str:
    """The name written vertically over lines `lo`…`hi` (a cell's row name one character a line, alone or opening the
    line: `一 平成27年度当初予算額` / `般 平成26年度当初予算額` / `会 …` / `計 前年比`, `特` / `別` / `会` / `計`)."""
    out = []
    for info in infos[lo:hi]:
        first = info.norm.split(None, 1)
        if first and len(first[0]) == 1 and not first[0].isdigit():
            out.append(first[0])
    return "".join(out)


def _give(m: Mention, col: _Column, open_roles: tuple[str, ...] = _OPEN) -> None:
    kind, year = col
    if m.role_source not in open_roles or m.per is not None:
        return
    if year is not None:
        m.fy = year
    if kind is not None:
        m.role, m.role_source = (kind if kind in _BUDGET else "other"), "header"  # (a settlement's column: `other`)


def _last_column(info: LineInfo) -> _Column | None:
    """A header line of two cells or three whose last names a budget column (`説明 予算額`, `事業名 説明 予算額`: the header
    of a list one cell a line, each row a name, its description, its figure): (kind, year) of that column, else None.
    A label alone on its line (`31年度当初予算要求額`, `補助額`) is a label cell over its own figures (header_blocks.py),
    no list's header; a header writing a year is a stacked header's (above): the figures keep their scope's year."""
    words = info.norm.split()
    if info.mentions or not 2 <= len(words) <= 3 or any(len(w) > 16 for w in words):
        return None
    if not words[-1].endswith(tuple(load("roles")["stacked_legend"]["column_ends"])):
        return None  # (a column of figures is named `…額`; `〇〇財団 収支予算の概要` is a title, no list's header)
    return ("budget", None) if cell_kind(words[-1]) == "budget" else None


def _last_cells(infos: Sequence[LineInfo]) -> None:
    """Each figure alone on its line under such a header, up to the next header: the budget column's cell."""
    col: _Column | None = None
    header = 0
    for i, info in enumerate(infos):
        found = _last_column(info)
        if found is not None:
            col, header = found, i
        elif col is not None and i > header + 1 and len(info.mentions) == 1 and info.amounts \
                and info.norm.strip(" |｜") == info.amounts[0].text:  # (a row's name at least between)
            _give(info.amounts[0], col, _OPEN[:-1])


def apply(infos: Sequence[LineInfo]) -> None:
    """Give each figure of a stacked cell its position's or its header's budget and year (module docstring)."""
    if any(info.page is not None for info in infos):
        return
    legend = _legend(infos)
    last = 0
    for i, n in _runs(infos, 0):
        cols = legend[1] if legend is not None and i >= legend[0] and n == len(legend[1]) else None
        cols = cols or (_header(infos, i, n) if n >= 2 else None)
        # a cell whose row is an account, its name written vertically beside the labels: the account's whole
        account = _vertical(infos, last, i) if cols else ""
        for k, col in enumerate(cols or []):
            m = _opens(infos[i + k])
            if m is not None:
                _give(m, col)
                if is_account(account) and m.role_source == "header":
                    m.total_of = m.total_of or account
        last = i + n
    _last_cells(infos)
