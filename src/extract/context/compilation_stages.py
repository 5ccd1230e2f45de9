"""A budget's compilation told stage by stage under headings (`担当課要求の額` / `財政課長内示の額` / `財務部長復活査定` /
`最終市長査定`, each a line of its own with the stage's figures under it): only the latest stage's figures are the budget;
what was requested or set at an earlier stage is a step on the way, `other` (GUIDE: where a request stands beside its
assessment, the assessment is the budget and the request other: assessment_columns.py reads the same stages as columns).
A request's total written in prose under such a deck (`42事業(要求額合計8億7,721万8千円)の復活要求`) is a request too.

Read only in a deck with two stage headings or more, one of them past the request (a heading is a body and the stage
word closing it: `担当課要求の額`, `財政課長内示の額`, `市長査定後の額`; ranked 要求 < 内示 < 査定 < 最終…査定, so the latest
stage wins wherever it is printed), each stage with figures under it before the next: a request sheet alone (`令和7年度概算要求`) has
no assessment and its request is its budget; a sheet whose 要求 and 査定 headings stand together heads two columns
(assessment_columns.py), no stages told in turn.
A heading is a short line with no figure of its own. Each line is read once.

A deck TITLED by a finance office's 内示 (`令和2年度当初予算財政課長内示の概要`: roles.json assessment.intermediate) and
naming no later stage is a page of that intermediate stage: its requests and 内示 figures are steps, `other` (fresh9b,
fresh26b: neither the request nor the adopted budget). The GUIDE's title is a label for every item, and this title's head
noun is the 内示, not the 当初予算 it is a stage of. A head's `知事内示` or a bare `予算内示` title is no such page.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..dictionary import load
from .assessment_columns import intermediate
from .labels import BUDGET_ROLES, COMMA_ENDS, TITLE_MAX, LineInfo

#: a stage heading is short
_HEADING_MAX = 30


#: a heading that names a stage of the budget's compilation: a body (`財政課長`, `各課の`, `最終市長`) and the stage word closing
#: it, `額` / `の額` / `後の額` at most after it (`担当課要求の額`, `市長査定後の額`); not `要求のポイント`, `交付額の内示 6月頃`
_HEADING = re.compile(r"[\s■□◆◇●○◎・]*(?:[【（(]参考[】）)])?\s*(?P<text>[^\d\s]{0,16}?(?P<stage>要求|内示|査定))(?:額|の額|後の額)?\s*$")
#: the stages in the order a compilation goes through them (a later one settles what the earlier ones proposed)
_RANK = {"要求": 0, "内示": 1, "査定": 2}


def _stage(info: LineInfo) -> int | None:
    """The rank of the compilation stage a heading line names (`最終…査定` the last of all), else None; a grant's words
    (`交付額の内示`: a notice to a recipient) name no stage of the budget."""
    text = info.norm.strip()
    if info.amounts or not text or len(text) > _HEADING_MAX:
        return None
    found = _HEADING.fullmatch(text)
    if found is None or any(w in found.group("text") for w in load("roles")["given_verbs"]):
        return None
    return _RANK[found.group("stage")] + (1 if "最終" in found.group("text") else 0)


def _next(infos: Sequence[LineInfo], i: int) -> int:
    """The first non-blank line after line i."""
    return next((k for k in range(i + 1, len(infos)) if infos[k].norm.strip()), len(infos))


#: how many non-blank lines at the top may hold the deck's title (a web page's `ここから本文です。` before it)
_TITLE_LINES = 3
#: how a budget role was given that an intermediate stage's title overrides: a scope's or a label's, not the figure's own
_TITLED = ("", "fallback", "under", "scope", "label", "column", "pair")


def _intermediate_title(infos: Sequence[LineInfo]) -> bool:
    """The deck's title names a finance office's 内示 (`…当初予算財政課長内示の概要`); a table's header is no title."""
    tops = [x for x in infos if x.norm.strip()][:_TITLE_LINES]
    return any(not x.amounts and "|" not in x.norm and len(x.norm) <= TITLE_MAX and intermediate().search(x.norm) for x in tops)


def apply(infos: Sequence[LineInfo]) -> None:
    """Make the budget figures of every stage but the latest `other` (see the module's docstring)."""
    stages = [(i, r) for i, info in enumerate(infos) if (r := _stage(info)) is not None]
    if _intermediate_title(infos) and all(r < _RANK["査定"] for _, r in stages):
        for m in (m for info in infos for m in info.amounts):
            if m.role == "budget" and m.role_source in _TITLED:
                m.role, m.role_source = "other", "stage"  # a step of the compilation, no budget yet
        return
    if len(stages) < 2 or max(r for _, r in stages) == 0:
        return
    if any(not any(infos[k].amounts for k in range(a + 1, b)) for (a, _), (b, _) in pairwise(stages)):
        return  # `要求額の内訳` right over `査定額の内訳`: a sheet's columns side by side, no stages told in turn
    top = max(r for _, r in stages)
    final = max(i for i, r in stages if r == top)  # the latest stage's heading (the later one of a rank told twice)
    ends = [b for (_, _), (b, _) in pairwise(stages)] + [len(infos)]
    end = ends[[i for i, _ in stages].index(final)]
    requested = tuple(load("roles")["assessment"]["requested"])
    for i in range(stages[0][0] + 1, len(infos)):
        info, start = infos[i], 0
        for m in info.amounts:
            clause = COMMA_ENDS.split(info.norm[start:m.start])[-1]
            start = m.end
            if final < i < end and m.role == "other" and m.role_source in ("fallback", "under") and i == _next(infos, final):
                m.role, m.role_source = "budget", "stage"  # `査定額` then `10,500千円`: the adopted figure, the budget
                continue
            if m.role not in BUDGET_ROLES or m.role == "previous_budget":
                continue
            if not final < i < end or any(w in clause for w in requested):
                m.role, m.role_source = "other", "stage"  # a step of the compilation, not the budget it ended in
