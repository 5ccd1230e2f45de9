"""The document's kind named by its first sentence when the top lines break it (scope.py uses it where the kind-only
title of kind_labels.py found nothing).

Two document shapes print their opening sentence over short lines: a Diet record (`○`, `政府委員(中野`, `文門君)`,
`昭和三十七`, `年度農林`, `関係予算案についてその概要を御`, `説明申し上げます。`) and a PDF page whose narrow column or title
box wraps the lead (`予算案の` / `編成状況` / `について` / `現時点の要求額は次のとおり。`). Joined up to the first `。`, that
sentence names the document's subject like a title does (GUIDE: a document's kind heads its figures); the fiscal year is
left to the year passes. A figure or a long line before the `。` means there is no broken lead.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice

from ..dictionary import load
from .labels import LineInfo

#: how many non-blank top lines a broken lead may run over
_BROKEN_LINES = 8
#: a line of a broken sentence is short (a PDF column's width, a speaker's label)
_BROKEN_WIDTH = 40
#: how long the joined sentence may be
_LEAD_MAX = 160


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, str], ...]:
    return tuple(load("roles")["broken_lead_kinds"].items())


def _joined(lines: list[LineInfo]) -> str | None:
    """The top lines joined up to the first `。`, or None when a figure or a long unbroken line comes first."""
    parts: list[str] = []
    for info in islice((x for x in lines if x.norm.strip()), _BROKEN_LINES):
        text = info.norm.strip()
        if info.amounts or len(text) > _BROKEN_WIDTH and "。" not in text:
            return None
        parts.append(text.split("。")[0])
        if "。" in text:
            joined = "".join(parts)
            return joined if len(parts) > 1 and len(joined) <= _LEAD_MAX else None
    return None


def broken_lead_kind(lines: list[LineInfo]) -> tuple[str, None] | None:
    """(role, None) of the kind a broken lead sentence names (`…関係予算案についてその概要を御説明申し上げます。`);
    a kind word followed by `額` is a figure's label."""
    joined = _joined(lines)
    if joined is None:
        return None
    for word, role in _kinds():
        at = joined.find(word)
        if at >= 0 and not joined[at + len(word):].lstrip().startswith("額"):
            return role, None
    return None
