"""A programme's year and stage written as a label that opens its line (`28補正地方創生拠点整備交付金` / `900億円(…)`, `29当初
地方創生推進交付金` / `1,000億円`, `R5補正 観光DX推進事業` / `12億円`): a summary of a grant's budgets by year and stage. The
figures that follow it, on its own line or opening the next, are that stage's (当初: budget, 補正: supplementary_budget;
roles.json stage_marks) of that year (GUIDE: a year in a label sets its figures' fy; era-less years are read as
elided_years.py reads them). Only figures no label or verb decided are read so; a project size (support) keeps its role.
Each line is read once.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .fiscal_marks import single
from .labels import LineInfo, label_role

#: roles a stage label may give over: what nothing decided, and a scope's default
_OPEN = ("", "fallback", "under", "scope")


@lru_cache(maxsize=1)
def _stage() -> re.Pattern[str]:
    marks = "|".join(re.escape(w) for w in load("roles")["stage_marks"])
    # the stage word then the programme's name, not a budget's label (`令和6年度当初予算額`: labels.py reads those)
    return re.compile(rf"\s*(?P<stage>{marks})(?!\s*(?:予算|額|分|計))")


def _label(info: LineInfo) -> tuple[str, int, int] | None:
    """(role, year, where the label ends) of a line that opens with a fiscal year and a stage word (`28補正…`, `R5当初 …`)."""
    years = info.fiscal_years
    if not years or "。" in info.norm:
        return None  # a sentence (`令和6年度当初予算の総額は、…`) is read by the prose passes
    first = min(years, key=lambda f: f.start)
    marks = " 【[" + load("roles")["label_parts"]["inline_marks"]  # (a list's marks: roles.json, one home)
    if info.norm[:first.start].strip(marks) or (year := single(first)) is None:
        return None
    found = _stage().match(info.norm, first.end)
    return (load("roles")["stage_marks"][found.group("stage")], year, found.end()) if found is not None else None


def _give(m: Mention, label: tuple[str, int, int]) -> None:
    if m.role_source == "scope" or m.role in (None, "other", "budget") and m.role_source in _OPEN:
        m.role, m.fy, m.role_source = label[0], label[1], "stage_line"
    elif m.role_source == "project_cost":
        m.fy = label[1]  # `900億円(事業費ベース1,800億円)`: the size of the same year's works


def _own(info: LineInfo, label: tuple[str, int, int]) -> list[Mention]:
    """The label's own figure on its line (the first, with a name and no label of its own before it: `R6当初 観光DX推進事業
    52億円`, not `… 執行額 81億円`) and a project size bracketed right after it."""
    amounts = info.amounts
    if not amounts or label_role(info.norm[label[2]:amounts[0].start]) is not None:
        return []
    return amounts[:2] if len(amounts) > 1 and amounts[1].role_source == "project_cost" else amounts[:1]


def apply(infos: Sequence[LineInfo]) -> None:
    """Give the figures under each stage label line its stage and year (see the module's docstring)."""
    pending: tuple[str, int, int] | None = None  # a label line with no figure: its figure opens the next line
    for info in infos:
        if not info.norm.strip():
            continue
        label = _label(info)
        if label is not None:
            for m in _own(info, label):
                _give(m, label)
            pending = None if info.amounts else label
            continue
        if pending is not None and info.amounts and not info.norm[:info.amounts[0].start].strip():
            for m in info.amounts[:2]:  # the figure and a project size bracketed after it
                if m is info.amounts[0] or m.role_source == "project_cost":
                    _give(m, pending)
        pending = None


def stage_notes(infos: Sequence[LineInfo]) -> None:
    """A figure alone on its line over a bracketed note that names the stage it is (to be) put in (`31,500千円` / `(※9月補正
    予定)`; roles.json stage_note): that stage's money, its year left as read. Only a figure nothing decided (a grant's guess
    from the words around it, `support` by fallback, too: the note names the budget it is put in)."""
    lines = [info for info in infos if info.norm.strip()]
    for info, below in zip(lines, lines[1:]):
        if len(info.amounts) != 1 or below.amounts or info.norm[:info.amounts[0].start].strip():
            continue
        found = _note().match(below.norm)
        m = info.amounts[0]
        if found is not None and m.role in ("other", "support") and m.role_source in ("", "fallback", "under"):
            m.role, m.role_source = load("roles")["stage_marks"][found.group("stage")], "stage_line"


@lru_cache(maxsize=1)
def _note() -> re.Pattern[str]:
    marks = "|".join(re.escape(w) for w in load("roles")["stage_marks"])
    return re.compile(load("roles")["stage_note"].replace("STAGE", marks))
