"""A balance's year from the line above that dates it (issue 21, years28; context/fiscal_scope.py calls it after every
scope): on a page about balances a year is written once, over the figures it dates (`市債残高(平成23年度末現在)
250億円` over a table of the debt's parts, `地方債の住民一人当たり残高(平成17年度末)について…` over a news story's
figures, `令和6年度は…借入れしました` over the year's per-resident balance), and the scopes of the outline do not
reach them (a text table's rows, a story's sentences). A figure left with no year takes the one fiscal year of the
nearest line above that writes a year, where that line, the figure's or one between names a balance
(fiscal_scope.json `balance_years`; a year-end's year as it is: a balance at a year's end is that year's, GUIDE /
fresh20b) and writes the year before any figure of its (a heading or a lead, not another figure's label; a day with
no year, `4月8日`, is no date of a year here). A heading of the outline between them (`■ごみ袋の価格`, `（２）…`, a
bare item line) that names no balance opens another section: the year does not reach past it. A figure whose own line
writes a year or a dated day, a rate (a per), a price, a fee or a unit's value (`1枚50円`, `参加費 500円`: what someone
pays, no balance) and one left with none on purpose stay as they are; `前年は50万円` takes the year before."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..dictionary import load
from ..model import Mention
from .fiscal_marks import audit_year, comparison_base, event_date, single, span_end, span_start, words
from .fiscal_marks import written as written_year
from .labels import LineInfo
from .outline import Outline

#: outline nodes that open a section (a bare item line heads the figures under it as a sub-heading does)
_SECTION_KINDS = ("title", "page_title", "heading")


def _dated(m: Mention) -> bool:
    """A fiscal year, or a date that writes its year (`4月8日`, a day of the story's, dates no figure's year)."""
    return m.kind == "fiscal_year" or m.kind == "date" and "年" in m.text


def _dating_year(info: LineInfo) -> int | None:
    """The one fiscal year a line writes before any figure of its, as a heading or a lead (no dated day of a year, no second year, no
    comparison base, span, event's or audit's own year)."""
    fys = info.fiscal_years
    if len(fys) != 1 or any(m.kind == "date" and _dated(m) for m in info.mentions):
        return None
    f = fys[0]
    if f.min != f.max or not written_year(f) or comparison_base(info, f) or span_start(info, f) or span_end(info, f) \
            or event_date(info, f) or audit_year(info, f):
        return None  # (`当基金は平成元年度に設置された。`: an event's year; `…例月出納検査の結果`: an audit's own)
    if any(a.start < f.start for a in info.amounts):
        return None  # (`[年度末現在高3億円] (令和5年度末残高見込5億円)`: the year labels the figure before it)
    return single(f)


def _year_above(infos: list[LineInfo], i: int, reach: int, sections: set[int]) -> tuple[int, int] | None:
    """(line, year) of the nearest line above line `i` that writes a year, if it dates the lines below it and no section
    heading (`sections`) stands between."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if any(_dated(m) for m in infos[k].mentions):
            y = _dating_year(infos[k])
            return (k, y) if y is not None else None
        if k in sections:
            return None  # (`■ごみ袋の価格` under `■令和6年度末の市債残高`: another section's figures)
    return None


def _sections(infos: list[LineInfo], outline: Outline, balance: tuple[str, ...]) -> set[int]:
    """The lines that open a section naming no balance: a heading, a title, or an item line with no figure."""
    found = set()
    for k, ns in outline.by_line.items():
        n = outline.nodes[ns[0]]
        if (n.kind in _SECTION_KINDS or n.kind == "item" and not infos[k].amounts) \
                and not any(w in infos[k].norm for w in balance):
            found.add(k)
    return found


def _no_balance(before: str, d: dict[str, list[str]]) -> bool:
    """Whether the words right before a figure label it a price, a fee or a unit's value: no balance of a year."""
    prices = load("roles")["prices"]
    counters = "|".join(map(re.escape, prices["unit_counters"]))
    if re.search(rf"(?<![\d,.])[1１一]\s*(?:{counters})\s*(?:当たり|あたり)?\s*(?:は|:|：)?\s*約?$", before):
        return True  # (`1枚50円`: a unit's value)
    labels = "|".join(map(re.escape, (*d["not_before"], *prices["fee_labels"])))
    return re.search(rf"(?:{labels})[^、。,，]{{0,8}}$", before) is not None  # (a label of the figure, not `使用料などで賄われる…残高は`)


def apply(infos: list[LineInfo], blocked: set[int], head: Callable[[LineInfo, Mention], int], outline: Outline) -> None:
    """Give each figure still with no year (not on purpose, no per) the year of the line above that dates it (see the
    module's docstring)."""
    d = load("fiscal_scope")["balance_years"]
    balance, reach = tuple(d["words"]), int(d["reach"])
    previous = words().previous
    sections: set[int] | None = None
    for i, info in enumerate(infos):
        todo = [a for a in info.amounts if a.fy is None and id(a) not in blocked and a.per is None]
        if not todo or any(_dated(m) for m in info.mentions):
            continue  # (a year or a date on the figure's own line: its own words' rules decided)
        sections = _sections(infos, outline, balance) if sections is None else sections
        found = _year_above(infos, i, reach, sections)
        if found is None or not any(w in infos[j].norm for j in range(found[0], i + 1) for w in balance):
            continue  # (`▽町民1人当たりの借入金残高は…` over `53万円`: the label line between names it)
        for a in todo:
            before = info.norm[head(info, a):a.start]
            if not _no_balance(before, d):
                a.fy = found[1] - 1 if previous.search(before) else found[1]
