"""A column legend over `X(Y)` rows: a line with no figure that names two columns, the second in brackets, each by its year
and or its budget label (`16年度 (15年度当初予算額)`, `20年度(上記に係る平成19年度当初予算額)`, `平成31年度概算要求額(平成30年度当初
予算額) 【対前年度増減額】`). It is the table's header written once: every row under it (`(1) 地球環境の保全・・・6,770億円(
7,211億円)`) holds the first column's figure, then the second's in brackets (GUIDE `X（Y）`: the year's budget and the
year before's), whatever year or heading the lines between last wrote.

- A column's year is the one it writes, era-less ones as elided_years reads them (`16年度` after `平成16年度…`); its kind
  its budget label (column_header.cell_kind); a bare year beside a budget column is that year's budget (a request
  summary's `16年度`: the requested year's figure); the bracketed column one year earlier, or named `前年度`, holds the
  previous year's budget.
- Only a budget legend is read: both columns a budget's (a settlement's, a change's or a ratio's column is another
  table's, header_blocks reads those), and one year at least written.
- A row's figure: a figure closing a line that is no sentence, or followed by its bracketed partner (`…7,751億円 (6,292億円)`);
  a signed figure (`(+240億円)`), a per-unit or bounded one keeps its own reading. A later legend starts a new table; a
  line with no figure that writes another year (a heading of another year's table) ends it; a figure under a note's own
  line (`*従来ベースでの要求・要望額での比較` / `・・・6,202億`) is the note's, no row.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Mention
from .column_header import cell_kind
from .fiscal_marks import one_year, single
from .labels import LineInfo

#: `A (B)` with an optional trailing box of a third column (`【対前年度増減額】`): a legend line's whole text
_LEGEND = re.compile(r"(?P<a>[^()（）。、]{2,30}?)\s*[(（](?P<b>[^()（）。]{2,30})[)）]\s*(?:【[^【】]{1,12}】)?")
#: a figure's bracketed partner opens right after it
_OPENS = re.compile(r"\s*[(（]\s*")
_CLOSES = re.compile(r"\s*[)）]")
#: what may close a row after its last figure: nothing, or a bracket or box of a third column
_ROW_END = re.compile(r"\s*(?:[(（【][^()（）【】。]{0,20}[)）】]\s*)?")
_BUDGET = ("budget", "previous_budget")
#: a note's mark opening a line (`*従来ベースでの要求・要望額での比較`, `※…`): the figure under it is the note's
_NOTE_MARKS = ("*", "＊", "※")


@dataclass(frozen=True)
class Column:
    role: str
    year: int | None


def legend(info: LineInfo) -> tuple[Column, Column] | None:
    """The two columns a legend line names (module docstring), else None."""
    text = info.norm.strip()
    if info.amounts or len(text) > 2 * 30 + 16:
        return None
    offset = info.norm.find(text)
    found = _LEGEND.fullmatch(text)
    if found is None:
        return None
    a, b = found.group("a").strip(), found.group("b").strip()
    year_a = one_year(info, offset + found.start("a"), offset + found.end("a"))
    year_b = one_year(info, offset + found.start("b"), offset + found.end("b"))
    kind_a, kind_b = cell_kind(a), cell_kind(b)
    if kind_a is None and year_a is not None and re.fullmatch(r"\D{0,4}\d{1,4}\s?年度", a):
        kind_a = "budget"  # `16年度`: a bare year beside a budget column, that year's budget
    if kind_a != "budget" or kind_b not in _BUDGET or year_a is None and year_b is None:
        return None
    if kind_b == "budget":
        if year_a is None or year_b is None or year_b != year_a - 1:
            return None  # two budgets of one year, or years apart: no request beside last year's
        kind_b = "previous_budget"
    year_a = year_a if year_a is not None else year_b + 1 if year_b is not None else None
    year_b = year_b if year_b is not None else year_a - 1 if year_a is not None else None
    return Column("budget", year_a), Column(kind_b, year_b)


def _give(m: Mention, col: Column) -> None:
    if m.per is not None or "at_most" in m.qualifiers or "at_least" in m.qualifiers or m.text.lstrip()[:1] in "+＋▲△-－":
        return  # a per-unit figure, a bound or a signed change keeps its own reading
    m.role, m.fy, m.role_source = col.role, col.year, "legend"


def _row(info: LineInfo, cols: tuple[Column, Column]) -> None:
    """Give a row line's figures their columns: a pair `X(Y)`, or a figure closing the line."""
    if "。" in info.norm:
        return  # a sentence (a note's `(注)…。`), no row
    amounts = info.amounts
    k = 0
    while k < len(amounts):
        m = amounts[k]
        nxt = amounts[k + 1] if k + 1 < len(amounts) else None
        if nxt is not None and _OPENS.fullmatch(info.norm, m.end, nxt.start) and _CLOSES.match(info.norm, nxt.end):
            _give(m, cols[0])
            _give(nxt, cols[1])
            k += 2
            continue
        if nxt is None and _ROW_END.fullmatch(info.norm, m.end) and not _OPENS.search(info.norm[max(0, m.start - 2):m.start]):
            _give(m, cols[0])
        k += 1


def apply(infos: Sequence[LineInfo]) -> None:
    """Give the rows under each pair legend its columns' roles and years (module docstring)."""
    cols: tuple[Column, Column] | None = None
    noted = False  # the line before was a note's own label (`*従来ベースでの…比較`): its figure is the note's, no row
    for info in infos:
        found = legend(info) if not info.amounts else None
        if found is not None:
            cols = found
        elif cols is not None and info.amounts:
            if not noted:
                _row(info, cols)
        elif cols is not None and any((y := single(f)) is not None and y not in (cols[0].year, cols[1].year)
                                      for f in info.fiscal_years):
            cols = None  # a heading of another year: another table
        if info.norm.strip():
            noted = not info.amounts and info.norm.lstrip().startswith(_NOTE_MARKS)
