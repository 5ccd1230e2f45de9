"""A budget's compilation told stage by stage under headings (`担当課要求の額` / `財政課長内示の額` / `財務部長復活査定` /
`最終市長査定`, each a line of its own with the stage's figures under it): only the last stage's figures are the budget;
what was requested or set at an earlier stage is a step on the way, `other` (GUIDE: where a request stands beside its
assessment, the assessment is the budget and the request other: assessment_columns.py reads the same stages as columns).
A request's total written in prose under such a deck (`42事業(要求額合計8億7,721万8千円)の復活要求`) is a request too.

Read only in a deck with two stage headings or more, one of them an assessment (roles.json assessment: `assessed`
and `requested` words), each stage with figures under it before the next: a request sheet alone (`令和7年度概算要求`) has
no assessment and its request is its budget; a sheet whose 要求 and 査定 headings stand together heads two columns
(assessment_columns.py), no stages told in turn.
A heading is a short line with no figure of its own. Each line is read once.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..dictionary import load
from .labels import BUDGET_ROLES, LineInfo

#: a stage heading is short
_HEADING_MAX = 30
_CLAUSE_END = re.compile(r"[。、，,]")


def _stage(info: LineInfo) -> str | None:
    """`assessed` or `requested` for a stage heading line, else None."""
    text = info.norm.strip()
    if info.amounts or not text or len(text) > _HEADING_MAX or "。" in text:
        return None
    words = load("roles")["assessment"]
    if any(w in text for w in words["assessed"]):
        return "assessed"
    if any(w in text for w in words["requested"]):
        return "requested"
    return None


def apply(infos: Sequence[LineInfo]) -> None:
    """Make the budget figures of every stage but the last `other` (see the module's docstring)."""
    stages = [(i, s) for i, info in enumerate(infos) if (s := _stage(info)) is not None]
    if len(stages) < 2 or not any(s == "assessed" for _, s in stages):
        return
    if any(not any(infos[k].amounts for k in range(a + 1, b)) for (a, _), (b, _) in pairwise(stages)):
        return  # `要求額の内訳` right over `査定額の内訳`: a sheet's columns side by side, no stages told in turn
    last = stages[-1][0]
    requested = tuple(load("roles")["assessment"]["requested"])
    first = stages[0][0]
    for i in range(first + 1, len(infos)):
        info, ends = infos[i], 0
        for m in info.amounts:
            clause = _CLAUSE_END.split(info.norm[ends:m.start])[-1]
            ends = m.end
            if m.role not in BUDGET_ROLES or m.role == "previous_budget":
                continue
            if i < last or any(w in clause for w in requested):
                m.role, m.role_source = "other", "stage"  # a step of the compilation, not the budget it ended in
