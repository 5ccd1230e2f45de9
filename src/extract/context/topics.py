"""A sentence's topic as the label of its figures (roles.py, fiscal_scope.py): a budget label that opens a sentence as
its topic (`なお、24年度補正予算では、(1)に0.7億円、(2)に4.8億円がそれぞれ計上された`, `令和6年度予算において、…に5億円、
…に3億円を計上`) frames every figure of the sentence, not only the first: each figure listed after it whose own words
name no label, year or topic of their own is the topic's (its role and fiscal year). The particles that make a label
a topic are data (roles.json `topic_marks`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import per_unit
from .clause_roles import names_settled
from .fiscal_marks import comparison_base, single, span_start
from .labels import COMMA_ENDS, LineInfo, label_role

#: how far before a figure its sentence's topic is read (characters)
_REACH = 200

#: what may stand between a label and its topic particle (`予算案では`, `予算額(案)については`)
_LABEL_TAIL = re.compile(r"\s*(?:案|額|\(案\))?\s*")


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    return re.compile(load("roles")["topic_marks"])


@lru_cache(maxsize=1)
def _parallel() -> re.Pattern[str]:
    return re.compile(load("roles")["topic_parallel"])


def topic_label(info: LineInfo, m: Mention) -> tuple[str, int | None] | None:
    """(role, fy or None) of the topic that frames the figure's sentence, where the figure is not the sentence's first
    and its own words (since the previous figure) name nothing of their own."""
    reach = max(0, m.start - _REACH)  # a window: a long line without `。` stays linear (test_long_lines)
    start = max(info.norm.rfind("。", reach, m.start) + 1, reach)
    starts = info.memo.get("topic_starts")
    if not isinstance(starts, list):
        starts = info.memo["topic_starts"] = [a.start for a in info.amounts]
    before = info.amounts[bisect_left(starts, start):bisect_left(starts, m.start)]
    if not before:
        return None  # the sentence's first figure: its own words, topic included, are read by the role pass
    own = info.norm[before[-1].end:m.start]
    fys = info.fiscal_starts
    if (by_year := _year_item(info, before[-1], own, m)) is not None:
        return by_year
    if not _parallel().match(own) or label_role(own) is not None or _marks().search(own) \
            or bisect_left(fys, before[-1].end) < bisect_left(fys, m.start):
        return None  # not listed after the figure before it (`…であったが、5億円`), or a label of its own (`…、今年度は`)
    region = info.norm[start:before[0].start]
    marks = list(_marks().finditer(region))
    if not marks:
        # (a label with its year: `増額予算が、…積立金125万円、…` names no budget of its own)
        dated = bisect_left(fys, start) < bisect_left(fys, before[0].start)
        return _first_figures_label(before, region) if dated and _listed_target(own) else None
    mark = marks[-1]
    found = label_role(region[:mark.start()])
    if found is None or not _LABEL_TAIL.fullmatch(region, found[1], mark.start()):
        return None
    years = [y for f in info.fiscal_years[bisect_left(fys, start):bisect_left(fys, start + found[1])] if (y := single(f)) is not None
             and not comparison_base(info, f) and not span_start(info, f)]
    return found[0], (years[-1] if years else None)


def _year_item(info: LineInfo, prev: Mention, own: str, m: Mention) -> tuple[str, int | None] | None:
    """A budget told year by year (`…関連予算ですが、平成27年度7,400万円、平成28年度は5億946万円`): the figure before is a budget
    of its own year and the figure's own words are its year alone (roles.json topic_year_items): the same budget, of that year."""
    if prev.role != "budget" or prev.fy is None:
        return None
    fys = info.fiscal_starts
    years = info.fiscal_years[bisect_left(fys, prev.end):bisect_left(fys, m.start)]
    if len(years) != 1 or (year := single(years[0])) is None or year < prev.fy:
        return None  # (`予算額：令和3年度 45百万円、令和2年度 40百万円`: a year before is the comparison's, not the series')
    rest = own.replace(info.norm[years[0].start:years[0].end], "", 1)
    if _settled(info, m):
        return None  # (`…、令和5年度は2億8,000万円の決算見込み`: its own clause calls it a settlement, no budget)
    return ("budget", year) if _year_items().match(rest) else None


def _settled(info: LineInfo, m: Mention) -> bool:
    """The figure's own clause after it names a settlement, a result or money spent so far (clause_roles.names_settled)."""
    return names_settled(COMMA_ENDS.split(info.norm[m.end:m.end + _REACH])[0])


@lru_cache(maxsize=1)
def _year_items() -> re.Pattern[str]:
    return re.compile(load("roles")["topic_year_items"])


def _first_figures_label(before: list[Mention], region: str) -> tuple[str, int | None] | None:
    """No topic mark: the label the sentence set before its first figure, where that figure took it as its own
    (`部会には19年度予算案の厚労省分も示され、…支援として1211億円、女性活躍の推進に323億円、…に7億円が盛り込まれた`): the
    figures listed in parallel after it are of the same budget, as under a topic."""
    first = before[0]
    found = label_role(region)
    if found is None or first.role != found[0] or first.role_source != "" or first.role == "previous_budget":
        return None
    if any(b.role != first.role or b.fy != first.fy for b in before[1:]):
        return None  # another label in between (`…補正予算では8億円、令和8年度予算案では…96億円、…101億円`): the list is not one
    return first.role, first.fy


#: a list's next item: its target or subject and the particle that links it to its figure (`、女性活躍の推進に`,
#: `、…支援として`); a bare noun right before a figure is a label of its own (`、利用者1人当たり経費 1,300円`)
@lru_cache(maxsize=1)
def _target() -> re.Pattern[str]:
    """programs.json target_particles at the end of the words (not は / が: a topic of its own, `営業利益は80億円`)."""
    particles = "|".join(re.escape(p) for p in sorted(load("programs")["target_particles"], key=len, reverse=True))
    return re.compile(rf"(?:{particles})\s*(?:約|総額)?\s*$")


def _listed_target(own: str) -> bool:
    """The words since the figure before name the next item of the list, not a measure of their own (no per-unit word)."""
    return _target().search(own) is not None and not any(w in own for w in per_unit())
