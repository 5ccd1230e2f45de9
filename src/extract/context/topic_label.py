"""A sentence whose topic is a budget label scopes every figure it lists (`24年度補正予算では、(1)に0.7億円、(2)に4.8億円が
それぞれ計上された`): the label stands once, at the topic (`…では、`, `…は、`), and the figures after it, one for each work,
are all of that budget (GUIDE: a label scopes the figures under it; here the sentence is the scope). roles.py gives the
label to the first figure only (the words right before it); the later ones took the wider scope's kind. A later figure with
a label of its own keeps it.
"""
from __future__ import annotations

import re

from .labels import BUDGET_ROLES, LineInfo, label_role

#: the label is the sentence's topic: `では`/`は` and a comma close it
_TOPIC = re.compile(r"(?:では|は|において|には)[、，,]")


def _topic_between(info: LineInfo, start: int, end: int) -> bool:
    """The text from the sentence's start to the first figure holds a label closed as the topic."""
    text = info.norm[start:end]
    found = label_role(text)
    return found is not None and _TOPIC.search(text, found[1]) is not None


def apply(infos: list[LineInfo]) -> None:
    """Each figure listed after a topic label's first figure in its sentence takes that figure's role and year."""
    for info in infos:
        first = None
        sentence_start = 0
        for m in info.amounts:
            stop = info.norm.rfind("。", 0, m.start)
            if stop >= sentence_start and stop >= 0 and (first is None or stop > first.end):
                first, sentence_start = None, stop + 1
            if first is None:
                if m.role in BUDGET_ROLES and m.role_source == "" and _topic_between(info, sentence_start, m.start):
                    first = m
                continue
            between = info.norm[first.end:m.start]
            if m.role_source == "scope" and m.role in BUDGET_ROLES and m.role != first.role and label_role(between) is None:
                m.role, m.fy = first.role, first.fy
