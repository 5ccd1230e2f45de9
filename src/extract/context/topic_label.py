"""A sentence whose topic is a budget label scopes every figure it lists (`24年度補正予算では、(1)に0.7億円、(2)に4.8億円が
それぞれ計上された`): the label stands once, at the topic (`…では、`, `…は、`), and the figures after it, one for each work,
are all of that budget (GUIDE: a label scopes the figures under it; here the sentence is the scope). roles.py gives the
label to the first figure only (the words right before it); the later ones took the wider scope's kind. A later figure with
a label of its own keeps it.
"""
from __future__ import annotations

import re

from ..model import Mention
from .labels import BUDGET_ROLES, LineInfo, label_role

#: the label is the sentence's topic: `では`/`は` and a comma close it
_TOPIC = re.compile(r"(?:では|は|において|には)[、，,]")


def _topic_between(info: LineInfo, start: int, end: int) -> bool:
    """The text from the sentence's start to the first figure holds a label closed as the topic."""
    text = info.norm[start:end]
    found = label_role(text)
    return found is not None and _TOPIC.search(text, found[1]) is not None


#: how far before a figure its sentence's topic is read, and how far a listed figure may stand from the first (windows:
#: a long line costs linear time, issue 24 #11)
_REACH = 200


def apply(infos: list[LineInfo]) -> None:
    """Each figure listed after a topic label's first figure in its sentence takes that figure's role and year."""
    for info in infos:
        first: Mention | None = None
        sentence_start, prev_end = 0, 0
        for m in info.amounts:
            stop = info.norm.rfind("。", prev_end, m.start)  # between consecutive figures: linear over the line
            prev_end = m.end
            if stop >= 0:
                first, sentence_start = None, stop + 1
            if first is None or m.start - first.end > _REACH:
                first = None
                if m.role in BUDGET_ROLES and m.role_source == "" and _topic_between(info, max(sentence_start, m.start - _REACH), m.start):
                    first = m
                continue
            if m.role_source == "scope" and m.role in BUDGET_ROLES and m.role != first.role \
                    and label_role(info.norm[first.end:m.start]) is None:
                m.role, m.fy = first.role, first.fy
