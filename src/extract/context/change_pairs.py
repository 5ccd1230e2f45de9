"""A year's figure, its signed change and last year's figure, read by their arithmetic (GUIDE: `X（Y）` pairs are
budget / previous budget; a change is `other` of the budget's year).

A comparison chart flattened into text (`1,869億円` / `(+240億円)` / `1,629億円`, the three in any order of lines,
names between them) keeps its columns only in the numbers: the signed bracketed change `D` follows the year's figure
`X`, and the figure `Y` near them with `X - D = Y` (within one unit of the last digit written: the chart rounds each
cell) is last year's, of the year before `X`'s. A figure that no change accounts for keeps its role.

A legend of the deck's bracketed figures (`（ ）内は対前年度増減額`, `( )は平成28年度実績`) is read once for the deck, above
and below it (legend_changes): `X(Y)` under it is a figure and its change, or a result and last year's.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from .labels import BUDGET_ROLES, LineInfo, label_role, legend_at
from .roles import signed

#: how many non-blank lines around the change its two figures may stand
_REACH = 6


def _unit(v: float) -> int:
    """The value of one in the last digit written (`1,869億円` -> 10^8)."""
    n, p = abs(int(v)), 1
    while n and n % (p * 10) == 0:
        p *= 10
    return p


def _bracketed(info: LineInfo, m: Mention) -> bool:
    before = info.norm[:m.start].rstrip()
    return before.endswith(("(", "（")) and info.norm[m.end:].lstrip()[:1] in (")", "）", ",", "，", "、")


def _value(m: Mention) -> float | None:
    return m.min if m.min is not None and m.min == m.max else None


def apply(infos: Sequence[LineInfo]) -> None:
    """Mark last year's figure of every signed change whose arithmetic finds it (see the module's docstring)."""
    figures = [(i, m) for i, info in enumerate(infos) for m in info.amounts]
    rows = [i for i, info in enumerate(infos) if info.norm.strip()]
    rank = {i: k for k, i in enumerate(rows)}
    for n, (i, d) in enumerate(figures):
        dv = _value(d)
        if not n or dv is None or not signed(d) or not _bracketed(infos[i], d):
            continue
        _, x = figures[n - 1]  # the year's figure: the one written right before its change
        xv = _value(x)
        if xv is None or signed(x) or x.role == "previous_budget":
            continue
        sign = -1 if d.text.lstrip()[:1] in "▲△" else 1
        want, tol = xv - sign * abs(dv), max(_unit(xv), _unit(dv))
        near = [(j, y) for j, y in figures if y is not x and y is not d and abs(rank[j] - rank[i]) <= _REACH
                and not signed(y) and (yv := _value(y)) is not None and abs(yv - want) <= tol]
        if len(near) != 1:
            continue  # none, or two that fit: the arithmetic does not tell
        y = near[0][1]
        d.fy = x.fy if x.fy is not None else d.fy
        if x.role == "other" and x.role_source == "fallback":
            x.role, x.role_source = "budget", "change_pair"  # what last year's figure is compared with: the year's
        y.role, y.role_source = "previous_budget", "change_pair"
        y.fy = x.fy - 1 if x.fy is not None else None


#: a figure directly compared with: `…予算二千二百十八億円に比較すると`, `…100億円と比べ`
_COMPARED = re.compile(r"\s*[)）]?\s*(?:に|と)\s*(?:比較|比べ|対比)")


def compared_bases(infos: Sequence[LineInfo]) -> None:
    """A budget figure that the figure after it is compared with, of the year before that figure's (`昭和三十六年度当初
    予算一千八百七十二億円に比較すると五百八十七億円の増加`, the change of FY1962): last year's budget. Run once every fy is
    settled (fiscal_scope.py)."""
    figures = [(info, m) for info in infos for m in info.amounts]
    for (info, a), (_, b) in zip(figures, figures[1:]):
        if a.role == "budget" and a.fy is not None and b.fy == a.fy + 1 and _COMPARED.match(info.norm, a.end):
            a.role, a.role_source = "previous_budget", "compared"


#: a bracketed figure right after another (`77億円( 13億円)`)
_PAIR_GAP = re.compile(r"\s*[(（]\s*")


def legend_kind(info: LineInfo) -> str | None:
    """What a legend of the deck's bracketed figures says they are (roles.json bracket_legend): "change" for differences
    (`()内は今年度予算に対する差額`, `（ ）内は対前年度増減額`), "result" for a result of the same kind, no budget
    (`( )は平成28年度実績`, `カッコ内は前年同月額`, `（　）内は調定額`: legend_result_words, legend_same_year_words,
    settlement_words), "" for any other (a budget, `構成比`, `件数`); None where the line is no legend."""
    found = legend_at(info.norm)
    if found is None:
        return None
    what = info.norm[found:].split("。")[0]
    roles = load("roles")
    if any(w in what for w in (*roles["legend_change_words"], *roles["column_change_words"])):
        return "change"
    results = (*roles["legend_result_words"], *roles["legend_same_year_words"], *roles["settlement_words"])
    if _budget_word().search(what) is None and any(w in what for w in results):
        return "result"
    return ""


def _budget_word() -> re.Pattern[str]:
    """A legend or a line that names a budget (roles.json role_patterns budget_word: `予算`, `概算要求`)."""
    return re.compile(load("roles")["role_patterns"]["budget_word"])


#: a row of a table whose brackets a legend explains: a figure or a dash, its unit (no date's), a bracket holding another
_BRACKET_ROW = re.compile(r"[\d０-９\-－‐―]\s*[^\s\d０-９()（）年月日]{0,4}\s*[(（][^()（）]*[\d０-９\-－‐―][^()（）]*[)）]")


def bracket_row(info: LineInfo) -> bool:
    """The line is a row of a table of bracketed figures (`5人以下: 750万円(1,000万円)`, `500万円以下(750万円)`)."""
    return _BRACKET_ROW.search(info.norm) is not None


def _marker(norm: str) -> str:
    """A row's list marker (`・`, `○`, `(`), "" for none: rows of one table are marked alike."""
    first = norm.lstrip()[:1]
    return first if first and unicodedata.category(first)[0] in "PS" else ""


def _foot_block(infos: Sequence[LineInfo], at: int) -> int:
    """Where the table right above a legend at `at` begins (`at`: none): its rows up to a line holding no bracketed figure
    (a heading, a blank line, prose), a row marked otherwise (another table's: `・事業 N円(M円)` over `件数 N件(M件)`) or
    another page."""
    start, mark = at, None
    for j in range(at - 1, -1, -1):
        info = infos[j]
        if _BRACKET_ROW.search(info.norm) is None or info.page != infos[at].page:
            break
        if mark is not None and _marker(info.norm) != mark:
            break
        start, mark = j, _marker(info.norm)
    return start


def deck_legends(infos: Sequence[LineInfo]) -> list[tuple[str, int | None]]:
    """The legend in force on each line (its kind and line), read once for the deck: the last legend at or above the line,
    and for the table right above the first legend, that one (a note under the table it explains: `注1:( )は平成28年度実績`);
    a line above that table, none: a note under a deck's last table says nothing of the tables above it. ("", None): no
    legend."""
    found = [(i, kind) for i, info in enumerate(infos) if (kind := legend_kind(info)) is not None]
    if not found:
        return [("", None)] * len(infos)
    foot = _foot_block(infos, found[0][0])
    out: list[tuple[str, int | None]] = [("", None)] * foot + [(found[0][1], found[0][0])] * (found[0][0] - foot)
    k = 0
    for i in range(found[0][0], len(infos)):
        while k + 1 < len(found) and found[k + 1][0] <= i:
            k += 1
        out.append((found[k][1], found[k][0]))
    return out


def _headed(infos: Sequence[LineInfo]) -> list[bool]:
    """Whether each line stands under a budget's heading (`令和5年度当初予算の概要`): a line of no figure, no legend, whose
    last label is a budget's; a heading whose head noun names results after any label (`■ 参考：事業実績`,
    `令和5年度予算の執行実績`) ends it."""
    roles = load("roles")
    results = (*roles["legend_result_words"], *roles["legend_same_year_words"], *roles["settlement_words"])
    out, headed = [], False
    for info in infos:
        if not info.amounts and legend_at(info.norm) is None and info.norm.strip():
            found = label_role(info.norm)
            after = found[1] if found is not None else 0
            if any(info.norm.find(w, after) >= 0 for w in results):
                headed = False
            elif found is not None and found[0] in BUDGET_ROLES:
                headed = True
        out.append(headed)
    return out


def _same_year(legend: LineInfo) -> bool:
    """The legend names a figure of the same year as the one before its bracket (`（　）内は調定額`: the year's assessed
    sum beside what was received of it), no earlier year (`（　）は前年度収納額`)."""
    roles = load("roles")
    return any(w in legend.norm for w in roles["legend_same_year_words"]) \
        and not any(w in legend.norm for w in roles["previous_words"])


def legend_changes(infos: Sequence[LineInfo]) -> None:
    """Under a legend that calls the bracketed figures differences, `X( Y)` is the figure and its change: Y is `other` of
    X's year, not last year's budget, even when written unsigned (GUIDE: a change is `other` with its figure's year).
    Under a legend that calls them a result (`( )は平成28年度実績`), `X(Y)` is a result beside another: both `other`
    (GUIDE: only budgets are budget roles), Y of the year the legend names, or X's where it names a same year's figure
    (`（　）内は調定額`); X keeps a budget its line or a budget's heading above names (`令和5年度当初予算` over `道路維持費
    8,300千円(7,950千円)` with `（　）は前年度決算額`). A budget's heading between a results legend and the line ends that
    legend (its section is over)."""
    headed = _headed(infos)
    for i, (info, (kind, at)) in enumerate(zip(infos, deck_legends(infos))):
        if not kind or at is None or kind == "result" and at < i and headed[i] and not headed[at]:
            continue
        legend = infos[at]
        amounts = info.amounts
        for k in range(1, len(amounts)):
            a, b = amounts[k - 1], amounts[k]
            if b.role != "previous_budget" or not _PAIR_GAP.fullmatch(info.norm, a.end, b.start):
                continue
            if kind == "change":
                b.role, b.fy, b.role_source = "other", a.fy, "change"
                continue
            years = [f.min for f in legend.fiscal_years if f.min is not None]
            b.role, b.role_source = "other", "settled"
            b.fy = int(years[0]) if len(years) == 1 else a.fy if _same_year(legend) else b.fy
            if a.role == "budget" and not headed[i] and _budget_word().search(info.norm, 0, a.start) is None:
                a.role, a.role_source = "other", "settled"
