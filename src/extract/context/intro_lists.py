"""A list announced by the sentence before it (`…補正予算案は、12億9千万円。主な内容は次のとおり。` then `- 除雪経費8640万円`,
`内訳は以下のとおりです：` then `・…`): the sentence heads the list, as a label line heads the items under it (GUIDE
"A label line applies to every item under it"). Its items are the breakdown of what the sentence states: the figure it
states (the total) gives them its role and fiscal year, else a budget label it states does.

`attach(outline)` makes such a line the parent of the items right after it (the run of items of the first one's
marker, with what nests under them); `label(node, infos)` is what it states for them. The announcing words are data
(outline.json `list_intro`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from . import outline as ol
from .labels import BUDGET_ROLES, LineInfo


@lru_cache(maxsize=1)
def _intro() -> re.Pattern[str]:
    return re.compile(load("outline")["list_intro"])


def is_intro(n: ol.Node) -> bool:
    """An unmarked line that announces the list after it."""
    return n.kind == "body" and not n.cont and _intro().search(n.text) is not None


def attach(outline: ol.Outline) -> None:
    """Each announcing line becomes the parent of the list right after it (see the module's docstring)."""
    nodes = outline.nodes
    moved = False
    for k, n in enumerate(nodes):
        if not is_intro(n) or k + 1 >= len(nodes) or nodes[k + 1].kind != "item" or nodes[k + 1].line_index == n.line_index:
            continue
        first = nodes[k + 1]
        parent, marker = first.parent, first.marker
        for m in nodes[k + 1:]:
            if m.parent != parent:
                continue  # nested under an item of the list: it moves with its item
            if m.kind != "item" or m.marker != marker:
                break  # a line beside the list closes it
            if m.parent is not None:
                nodes[m.parent].children.remove(m.seq)
            m.parent = n.seq
            n.children.append(m.seq)
            moved = True
    if moved:
        for m in nodes:  # parents come before their children: one pass sets every level
            m.level = nodes[m.parent].level + 1 if m.parent is not None else 0


def label(n: ol.Node, infos: Sequence[LineInfo]) -> tuple[str, int] | None:
    """(role, fy) an announcing line states for its list: the budget figure it states (the list's total)."""
    info = infos[n.line_index]
    figures = [a for a in info.amounts if n.start <= a.raw_start < n.end and a.role in BUDGET_ROLES and a.fy is not None]
    if not figures:
        return None
    last = figures[-1]
    return str(last.role), int(last.fy)  # type: ignore[arg-type]
