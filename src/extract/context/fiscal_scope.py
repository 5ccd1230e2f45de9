"""The fiscal year of every amount from the scopes it stands in (issue 21; GUIDE "Amounts: role and fy from the
document"), after roles.py and scope.py have decided roles. The role is never changed here.

An amount's year is, in this order:
- its column's: a table's header that states a year per column (`| 区分 | 令和5年度 | 令和6年度 |`, the same split by
  spaces or one cell a line, `本年度` / `前年度` the scope's year moved: fiscal_columns.py, cell_columns.py);
- its own words: a fiscal year in the figure's clause before it (since the previous figure, the previous sentence or
  a flattened list's spaced hyphen) or bracketed right after it (`400億円以上(R5年度)`), or a year open at the top
  as its topic (`2026 年度以降は 200 万円~800 万円`); a year that is a comparison base (`令和5年度に比べて68億円`,
  `令和5年度比`, `令和4年度税収を…上回る`, `令和4年度から約41億円…の増加`) or a source brought forward (`8年度予算概算
  要求の一部を前倒しして`) is not the figure's year, nor is a year the deck writes only as such a base; a sum carried to a
  year is the year before's, one carried from a year the year after's (`令和6年度への繰越分`, `平成20年度からの繰越額`);
  a year that starts or closes a span over years (`平成20年度から16年間で…`, `2010年度から18年度までの総事業費`) or a
  count of years its own words sum over (`5年間の効果額は24億円`) gives it no single year (null); `今年度の95億円` in a
  dated deck about another year is the date's year;
- else the innermost scope above it that states a year: its item's wrapped lines, its heading or label line,
  the page's title, the document's title, where they state a budget label (`令和6年度当初予算`, `【平成22年度要求】`)
  or are a bare fiscal-year heading (`【平成20年度実績】`); a scope that states a span blocks the outer ones;
- else the document's year: its title; its lead-in (the lines before the first section: one fiscal year stated
  where a budget word stands); the one year all of a text deck's budget labels name; or, for an in-year
  supplementary whose lead-in names no year (`6月補正予算`, `追加補正予算案`), the fiscal year of the date it is
  dated by (a supplementary belongs to the fiscal year that began the April before it);
- else, in a deck that states no year of its own, the year its running text is about (running_year.py); else any
  document's innermost dated scope's (a report's, a plan's title or heading) or the writer's `本年度` (dated_scopes.py);
- else, on a balance page, the one year the line above writes over its balances (balance_years.py);
- else the one year the deck's opening lines write as money's (`2003年度の助成金の配分額`: deck_years.opening).
A previous-year figure (role `previous_budget`) takes the year before the scope's. A year the earlier passes took from a
comparison base or a year written after the figure is replaced by the scope's. The role is never changed here: what the
previous-year role needs of the settled year is returned to the role pass (context/fiscal_roles.py).
"""
from __future__ import annotations

import bisect
import re

from ..dictionary import load
from ..model import Mention
from . import balance_years, dated_scopes, deck_years, document_kinds, fiscal_roles, legends, request_bases, year_pairs
from . import fiscal_kinds as kinds
from . import outline as ol
from .basis_years import basis_year
from .elided_years import passed_eraless
from .fiscal_columns import column_year, column_years, header_lines
from .fiscal_document import dated_fiscal, document_year
from .fiscal_marks import (
    BLOCK,
    BRACKET_YEAR,
    appropriated_in,
    base_only_years,
    carried_year,
    changed_after,
    closed_range,
    comparison_base,
    labels_budget,
    labels_request,
    labels_settlement,
    line_budget,
    node_year,
    sentence_budget,
    single,
    span_end,
    span_start,
    sum_over_years,
    whole_cost,
    words,
)
from .fiscal_marks import written as written_year
from .labels import LineInfo
from .running_year import CALENDAR, running_year
from .settlements import project_whole
from .topics import topic_label


def _head(info: LineInfo, m: Mention) -> int:
    """Where the figure's own words start: after the previous figure, the previous sentence and a flattened list's
    spaced hyphen (`…による増 - 国庫支出金 48億円`: the next item)."""
    ends = info.amount_ends  # sorted: the last end at or before the figure, by bisection (a long line stays linear)
    i = bisect.bisect_right(ends, m.start)
    start = max(ends[i - 1] if i else 0, info.norm.rfind("。", 0, m.start) + 1)
    words = info.norm[start:m.start]
    if "-" not in words and "－" not in words:
        return start  # (no hyphen: no item break; the common case stays cheap on a long line)
    breaks = [start + b.end() for b in re.finditer(load("fiscal_scope")["item_break"], words)
              if not any(f.start <= start + b.start() < f.end for f in info.mentions)]  # (`2020 - 2024年度`: one range)
    return breaks[-1] if breaks else start


def own_year(info: LineInfo, m: Mention) -> int | None:
    """The figure's own year: stated in its words before it (or carried to or from it), bracketed right after it or named
    as the budget it was appropriated in after it (BLOCK for a span)."""
    start = _head(info, m)
    summed = sum_over_years(info, start, m.start)  # `5年間の目標効果額は24億円`: its clause counts the years it sums
    starts = info.fiscal_starts  # the years starting between the figure's head and the figure, nearest first
    for f in reversed(info.fiscal_years[bisect.bisect_left(starts, summed or start):bisect.bisect_right(starts, m.start)]):
        if f.end <= m.start:
            if (carried := carried_year(info, f)) is not None:
                return carried  # `うち令和6年度への繰越分 N円`: the year before; `令和5年度からの繰越額`: the year after
            if span_start(info, f) or span_end(info, f) or closed_range(f) and not comparison_base(info, f):
                return BLOCK  # `平成32～37年度 債務負担分 78,177千円`: a sum over the years of a range, no one year's
            if not comparison_base(info, f) and single(f) is not None and (written_year(f) or _names_figure(info, f, m)):
                return single(f)
            if f.min is not None and f.max is None and re.compile(load("fiscal_scope")["open_topic_after"]).match(info.norm, f.end):
                return int(f.min)  # `2026 年度以降は 200 万円~800 万円`: stated from that year on, the first year's
    if summed is not None:
        return BLOCK
    after = BRACKET_YEAR.match(info.norm, m.end)
    if after is not None:
        for f in info.fiscal_years:
            # `400億円以上(R5年度)`: a bracket of the year alone; not `378億円(令和3年度11月補正383億円)`, another figure's label
            if f.start == after.end() and single(f) is not None and info.norm[f.end:].lstrip()[:1] in (")", "）"):
                return single(f)
    return a if (a := appropriated_in(info, m)) is not None else deck_years.own_day_year(info, start, m)  # `2027年3月期の…`


def _names_figure(info: LineInfo, f: Mention, m: Mention) -> bool:
    """An era-less year (`8年度`, context/elided_years.py) dates the figure only where it labels a budget or a settlement
    (`4年度補正予算で`, `24年度決算`), is its sentence's topic (`6年度は、`), stands right before it or opens its row as a
    bracketed label (`(20年度) 5.0兆円`): `8年度就役予定の巡視艇2隻に15億円` dates a ship, not the money."""
    d = load("fiscal_scope")
    return labels_budget(info, f) or labels_settlement(info, f) or re.fullmatch(d["eraless_direct"], info.norm[f.end:m.start]) is not None \
        or re.compile(d["eraless_topic"]).match(info.norm, f.end) is not None \
        or re.fullmatch(d["eraless_label"], f"{info.norm[:f.start]}|{info.norm[f.end:m.start]}") is not None


def _event_years(info: LineInfo, m: Mention) -> set[int]:
    """The era-less years of the figure's own words that date something else (`9年度完成予定の…に12億円`): never its year."""
    start = _head(info, m)
    return {y for f in info.years_within(start, m.start) if (y := single(f)) is not None
            and not written_year(f) and not _names_figure(info, f, m)}


def _foreign_years(info: LineInfo, m: Mention) -> tuple[set[int], set[int]]:
    """Years of the line that are not the figure's: comparison bases and span starts (never its year), and years
    written after it (its year only where nothing else gives one)."""
    hard, starts, after = _line_years(info)
    return hard, after[bisect.bisect_left(starts, m.end)]


def _line_years(info: LineInfo) -> tuple[set[int], list[int], list[set[int]]]:
    """Once per line: the years that are never a figure's, and the other years written from each position on."""
    got = info.memo.get("foreign_years")
    if got is None:
        hard: set[int] = set()
        others: list[tuple[int, int]] = []
        for f in info.fiscal_years:
            y = single(f)
            if f.min is not None and (comparison_base(info, f) or span_start(info, f)):
                hard.add(int(f.min))  # `平成30年度以来` reads as an open range: its first year is still no figure's
            elif closed_range(f):
                hard.update(range(int(f.min), int(f.max or f.min) + 1))  # `（令和6～9年度）`: a period, no one year
            elif y is not None:
                others.append((f.start, y))
        others.sort()
        after: list[set[int]] = [set()]
        for _, y in reversed(others):
            after.append(after[-1] | {y})
        after.reverse()
        got = info.memo["foreign_years"] = (hard, [s for s, _ in others], after)
    return got  # type: ignore[return-value]


def scope_year(m: Mention, infos: list[LineInfo], outline: ol.Outline, skip: frozenset[int] = frozenset()) -> tuple[int, str] | None:
    """The innermost scope above the figure that states a year, and the kind of node that states it (its own
    segment is its own words, not a scope; an item's wrapped lines are; nodes on the lines of `skip` are passed over)."""
    i = m.line_index
    node = outline.owner(i, m.raw_start) or outline.at(i, m.raw_start)
    if node is None:
        return None
    for n in outline.chain(node):
        if n.line_index in skip:
            continue
        if n.line_index == i and n.start <= m.raw_start < n.end:
            for c in n.children:
                if outline.nodes[c].cont and (y := _node_year_any(outline.nodes[c], infos)) is not None:
                    return y, "cont"
            continue
        y = node_year(n, infos)
        y = dated_scopes.section_year(n, infos) if y is None else y  # (`■令和4年度の実績`: context/dated_scopes.py)
        y = basis_year(n, i, infos, outline) if y is None else y  # (`令和4年度決算を基に…`: the section's lead, basis_years.py)
        if y is not None:
            return y, n.kind
    return None


def _node_year_any(n: ol.Node, infos: list[LineInfo]) -> int | None:
    """A wrapped line of the figure's item: any one year it states (`目標を設定(令和5年度)`)."""
    info = infos[n.line_index]
    years = {y for f in info.fiscal_years if n.start <= f.raw_start < n.end and (y := single(f)) is not None
             and not comparison_base(info, f) and not span_start(info, f)}
    return years.pop() if len(years) == 1 else None


def settle(infos: list[LineInfo], outline: ol.Outline) -> tuple[list[fiscal_roles.YearFacts], bool, bool]:
    """Fill or correct the fy of every amount by scope (see the module's docstring). Returns what the role pass reads of
    each figure left open or read as last year's and of each table figure in a year's column (context/fiscal_roles.py),
    whether the deck is a request's and whether a budget's (its table rows pair a budget with last year's)."""
    doc = document_year(infos, outline)
    sup = kinds.supplementary_year(infos)
    request = any(labels_request(info, f) for info in infos for f in info.fiscal_years)
    columns = column_years(infos)
    heads = header_lines(infos) if columns else frozenset()  # a table's header row is no scope of its figures
    keys, noted = legends.read(infos), legends.noted(infos)
    now = dated_fiscal(outline, infos)
    bases = base_only_years(infos) - {doc}  # (a deck of no year of its own keeps what the earlier passes read)
    blocked: set[int] = set()  # the figures left with no year on purpose (a span, a range, a sum over years)
    facts: list[fiscal_roles.YearFacts] = []
    for info in infos:
        for m in info.amounts:
            if (col := columns.get(id(m))) is not None \
                    and column_year(m, col, scope := _scope_or(m, info, infos, outline, doc, heads)):
                facts.append(fiscal_roles.YearFacts(m, info, "", scope, False, col))  # its role: the role pass's
                continue
            if (key := legends.keyed(info, m, keys) or noted.get(id(m))) is not None and key[1] is not None:
                m.fy = key[1]  # `【補正】20億円` under the deck's legend `【補正】:平成26年度補正予算の額`
                continue  # (a note's year-less `前年度予算額`: the year before the scope's, below)
            if _settle(m, info, infos, outline, (doc, sup, bases)):
                blocked.add(id(m))
            if request and m.fy is not None and m.role != "previous_budget" and own_year(info, m) is None \
                    and _names_previous(info, _head(info, m), m.start, words().deictic_previous):
                m.fy -= 1  # `昨年度は、5,068千円`: last year from the request's writer, a year before its `前年度`
            if now is not None and now != doc and own_year(info, m) is None \
                    and re.search(load("fiscal_scope")["deictic_current"], info.norm[_head(info, m):m.start]):
                m.fy = now  # `今年度の95億4,100万円より…の増` in a plan for next year dated in December: the date's year
            if m.role == "previous_budget" or m.role == "other" and m.role_source in ("fallback", "under", ""):
                start = _head(info, m)
                this = _change(info, m, info.norm[start:m.start])  # (a level, `前年度を上回る32億円`, keeps its role)
                facts.append(fiscal_roles.YearFacts(m, info, info.norm[start:m.start], _scope_or(m, info, infos, outline, doc), this))
    deck_years.restated(infos, blocked)
    request_bases.apply(infos, _head)  # `平成22年度予算額 N円` beside `平成23年度概算要求額 M円`: the request's base
    dated_scopes.apply(infos, outline, blocked, _last_year)  # any document's title, heading or item year: its figures' that state none
    text_deck = not (outline.nodes and outline.nodes[0].box is not None)  # (a PDF's page is its own scope)
    if doc is None and text_deck:
        deck_years.undated(infos, blocked)  # (the deck's budget figures' one year, else its comparison table's)
    balance_years.apply(infos, blocked, _head, outline)  # a balance's year from the line above that dates it (a debt page's table)
    if text_deck:
        deck_years.opening(infos, blocked, _head)  # the last: a figure still with none, the opening lines' money year
    return facts, request, bool(columns) and year_pairs.budget_deck(infos, outline)


def _sums_years(info: LineInfo, m: Mention) -> bool:
    """`…補正予算では20億円、…予算案では30億円とされ、合わせて50億円`: a sum (its word, and the arithmetic of the figures
    right before it in its sentence) of figures of different years belongs to no single year (as a span over years)."""
    head = info.norm[_head(info, m):m.start]
    if not any(w in head for w in load("totals")["sum_before"]):
        return False
    start = info.norm.rfind("。", 0, m.start) + 1
    before = [a for a in info.amounts if start <= a.start < m.start and a.min is not None and a.min == a.max]
    for k in range(len(before) - 1):  # the figures it sums: the last ones before it, by their arithmetic
        run = before[k:]
        if sum(a.min for a in run) == m.min == m.max and len({a.fy for a in run}) >= 2:
            return True
    return False


def _whole_life(m: Mention, info: LineInfo, infos: list[LineInfo]) -> bool:
    """A project's cost over its years, no year's money: an evaluation's figure (document_kinds.py) or one whose own
    label names a whole cost (`残事業費は181億円`, `総便益440億円`; `新庁舎の総事業費は約45億円` where it is no budget or grant:
    fiscal_marks.whole_cost), whatever year its title, line or sentence names."""
    return m.role_source == document_kinds.EVALUATED or project_whole(
        info, m, infos[m.line_index - 1] if m.line_index else None) or m.role == "other" and whole_cost(info, m)


def _settle(m: Mention, info: LineInfo, infos: list[LineInfo], outline: ol.Outline,
            deck: tuple[int | None, int | None, set[int]]) -> bool:
    """Settle the figure's year; True where it is left with none on purpose (a span, a range, a sum over years).
    `deck`: the document's year, the one year its supplementary labels name (context/fiscal_kinds.py) and the years it
    writes only as comparison bases (never a figure's year but by its own words)."""
    doc, sup, bases = deck
    if _whole_life(m, info, infos):
        m.fy = None
        return True
    own = own_year(info, m)
    if own is not None and own != BLOCK and kinds.own_label_after(info, _head(info, m), m):
        own = m.fy = None  # `令和6年度補正予算で購入した…に、補正で300万円`: its own clause's label is nearer than that year
    part = kinds.sum_part(info, m, _head(info, m)) if own is not None else None
    if own == BLOCK or own is None and _sums_years(info, m) or part is not None and part != _scope_or(m, info, infos, outline, doc):
        m.fy = None  # (`令和5年度補正との合計でも3,170億円` in a deck of the next year's budget: a sum over two years)
        return True
    hard, soft = _foreign_years(info, m)
    hard = hard | _event_years(info, m) | (bases | passed_eraless(info, _head(info, m)) if doc is not None else set())
    if own is not None:
        if m.fy is None or m.fy in hard or m.fy in soft or m.role != "previous_budget":
            m.fy = own  # the figure's own words win over the scope's year (`令和3年度7097億円、令和4年度6904億円`)
        return False
    head = info.norm[_head(info, m):m.start]
    if sup is not None and kinds.names_supplementary(head) and not _names_previous(info, m.start - len(head), m.start, words().previous):
        m.fy = sup  # `当初202億円、補正225億円`: the deck names its supplementary's year once (`令和5年度補正との合計`)
        return False
    change = _change(info, m, head)  # `前年度から0.1兆円の減`: a change (scope.py read it so) is the year's, not the year before
    topic = topic_label(info, m)  # `24年度補正予算では、(1)に0.7億円、(2)に4.8億円`: the sentence's topic, nearest
    found = (topic[1], "topic") if topic is not None and topic[1] is not None else scope_year(m, infos, outline)
    scope = found[0] if found is not None else None
    if scope == BLOCK:
        m.fy = None  # under a span over years (`平成20年度から16年間で…`): no single year
        return True
    # (a change the earlier passes dated by its base, `前年度と比べて710億円増額`, takes the year of its running text)
    based = change and m.fy is not None and running_year(m, infos, outline, change) == m.fy + 1
    guessed = _guessed(m, info)
    if m.fy is not None and (m.fy in hard or (change or m.fy in soft or guessed) and (scope or doc) is not None or based):
        m.fy = None  # (a figure no label named took the line's last year, wherever it stands: the scope's is nearer)
    if m.fy is None and scope is None and doc is None and (run := running_year(m, infos, outline, change)) is not None:
        m.fy = None if run == CALENDAR else run - 1 if _previous(m, info, head, change) else run  # prose of no year of its own
        return run == CALENDAR  # (`2013 年に全体で93兆円`: a calendar year's statistic, left with no fiscal year on purpose)
    if m.fy is not None and m.role != "previous_budget" and m.fy == (scope or doc) and _previous(m, info, head, change):
        m.fy -= 1  # `昨年度は、5,068千円`: the figure's own words name the year before the scope's
        return False
    named = _names_previous(info, m.start - len(head), m.start, words().previous)
    base_only = named is False or named is True and not _labels_figure(info, m, words().previous)
    if m.fy is not None and m.fy == (scope or doc or 0) - 1 and base_only:
        m.fy += 1  # `前年度同額の40億円`, `前年度に策定した計画に基づき、…3億円`: last year only a base or an event's date
        return False
    if _line_story(m, info, found):
        return False
    # a year the line's labels, pairs or columns gave stands unless a section above states another (not the title's: nearer)
    if m.fy is not None and (found is None or found[1] == "title" or m.fy == found[0]
                             or m.fy == found[0] - 1 and m.role == "previous_budget" and _previous(m, info, head, change)):
        return False
    y = scope if scope is not None else doc
    if y is not None:
        m.fy = y - 1 if _previous(m, info, head, change) else y
    return False


def _guessed(m: Mention, info: LineInfo) -> bool:
    """A year a figure no label named took (a breakdown: a fallback's under an account side), unless its own sentence names
    that year's budget before it and no bare label of its own clause is nearer (`…補正予算で整備した…に、補正で400万円`)."""
    kept = sentence_budget(info, m) and not kinds.own_label_after(info, _head(info, m), m)
    return m.role_source in ("fallback", "breakdown") and not kept


def _line_story(m: Mention, info: LineInfo, found: tuple[int, str] | None) -> bool:
    """A figure only the title dated (or nothing) whose line names one budget's year before it (a digest's story a line,
    fiscal_marks.line_budget) takes that year: nearer than the title's."""
    if (found is None or found[1] == "title") and m.role != "previous_budget" and (lead := line_budget(info, m)) is not None:
        m.fy = lead
        return True
    return False


def _last_year(m: Mention, info: LineInfo) -> bool:
    """The figure's own words name the year before its scope's (`前年度のODA貸付金は472億円`), not as a base (_previous)."""
    head = info.norm[_head(info, m):m.start]
    return m.role != "previous_budget" and _previous(m, info, head, _change(info, m, head))


def _change(info: LineInfo, m: Mention, head: str) -> bool:
    """`前年度から0.1兆円の減`, `前年度比で449億円`: a change (scope.py read it so, or its words say so) is the year's."""
    return words().change_head.search(head) is not None or m.role_source == "change" or changed_after(info, m)


def _scope_or(m: Mention, info: LineInfo, infos: list[LineInfo], outline: ol.Outline, doc: int | None,
              skip: frozenset[int] = frozenset()) -> int | None:
    """The year the figure's scope (its sentence's topic, else its outline scopes but those on the lines of `skip`) or
    else the document states."""
    topic = topic_label(info, m)
    if topic is not None and topic[1] is not None:
        return topic[1]
    found = scope_year(m, infos, outline, skip)
    return found[0] if found is not None else doc


def _previous(m: Mention, info: LineInfo, head: str, change: bool) -> bool:
    """A previous-year figure takes the year before the scope's: its own words say so (`前年度予算額`, `昨年度は、`),
    or its role does where its own words name no previous year at all. A change (`前年度比で449億円`) is the scope
    year's, and so is a figure whose own words name the previous year only as what it is compared with (`前年度当初比で
    3億円増の58億円`, `前年度同額の40億円`, `前年度を1億円上回った`): its words win over its role."""
    if change:
        return False
    named = _names_previous(info, m.start - len(head), m.start, words().previous)
    if named is True:
        return _labels_figure(info, m, words().previous)
    if named is not None:
        return named
    return m.role == "previous_budget" and not any(comparison_base(info, f) for f in info.fiscal_years)


def _labels_figure(info: LineInfo, m: Mention, word: re.Pattern[str]) -> bool:
    """The previous-year word labels the figure: only a short label stands between them (`前年度予算額は、5,068千円`,
    `昨年度の113億円`, `（前年度当初 500億円）`), not a clause that dates an event (`昨年度から始めた…支援に、300万円`,
    `昨年に引き続き、花火大会の補助に500万円`, `前年度に策定した計画に基づき、…2億円`)."""
    d = load("fiscal_scope")
    topic = re.compile(d["previous_topic_after"])
    for p in word.finditer(info.norm, _head(info, m), m.start):
        if words().comparison.match(info.norm, p.end()) is not None:
            continue
        if words().budget.match(info.norm, p.end()) or words().settlement.match(info.norm, p.end()) or topic.match(info.norm, p.end()):
            return True  # `前年度決算で12億円`, `昨年度予算では、…1億円`, `前年度は、除雪に2億円`: the clause's budget or topic
        gap = info.norm[p.end():m.start]
        if len(gap) <= int(d["previous_label_reach"]) and not re.search(d["previous_label_breaks"], gap):
            return True
    return False


def _names_previous(info: LineInfo, start: int, end: int, word: re.Pattern[str]) -> bool | None:
    """Whether a previous-year word between start and end names the figure's year (None: no such word): it does unless
    the words after it make it a comparison's base (`前年度に比べ`, `前年度と同額`, `前年度を…上回る`), read on the line."""
    found = [p.end() for p in word.finditer(info.norm, start, end)]
    if not found:
        return None
    return any(words().comparison.match(info.norm, k) is None for k in found)
