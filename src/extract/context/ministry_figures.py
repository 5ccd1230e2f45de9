"""A ministry's figure in a government-wide compilation's prose (`内訳を見ると、文部科学省が最大の598億円、厚生労働省が474億円`,
`最も多いのは文部科学省の二兆六四八六億円`, `国交省が21・6%増の5440億円、農林水産省が…3008億円を求めた`): a national body
(outline.json's allow-list, short forms expanded) as the owner of the figure, nothing between them but a particle and a
comparison (`最大の`, `N%増の`). Under a deck whose budget figures are of one kind, it is that budget's share of the
ministry (GUIDE: totals of a ministry are budget figures). With no measure as its sentence's topic it is the ministry's whole
share, marked `total_of` (no budgets row); under a measure's topic (`インフラの老朽化対策では、国交省が…5440億円`) it is that
measure's figure, left to the naming passes. Only figures no label
or verb decided are read so; a local body's department (`教育委員会が`) is no ministry. Each figure's clause is read once.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo
from .line_parts import ministry

_CLAUSE_END = re.compile(r"[。、，,；;▽▼◇◆]")
#: roles a ministry's figure may be given over: what nothing decided
_OPEN_SOURCES = ("fallback", "under", "")
#: how far back a figure's sentence start is looked for
_SENTENCE = 200


@lru_cache(maxsize=1)
def _owner() -> re.Pattern[str]:
    # the body's name, its particle and what may compare the figure (roles.json ministry_figures.owner)
    return re.compile(load("roles")["ministry_figures"]["owner"])


@lru_cache(maxsize=1)
def _topic_pattern() -> re.Pattern[str]:
    return re.compile(load("roles")["ministry_figures"]["topic"])


def _body(name: str) -> str | None:
    """The national body a name ends with (`府省庁別では国土交通省` has none before it: the name is read by its ends)."""
    for k in range(len(name) - 1):
        found = ministry(name[k:])
        if found is not None:
            return found
    return None


def deck_kind(infos: Sequence[LineInfo]) -> tuple[str, int | None] | None:
    """The kind and year of the deck's first budget figure (its theme's total, the request, the supplementary)."""
    for info in infos:
        for m in info.amounts:
            if m.role in ("budget", "supplementary_budget"):
                return m.role, m.fy
    return None


def apply(infos: Sequence[LineInfo]) -> None:
    """Give each open figure a ministry owns in its clause the deck's budget kind (see the module's docstring)."""
    kind, looked = None, False
    for info in infos:
        ends = 0
        for m in info.amounts:
            start, ends = ends, m.end
            if m.role not in (None, "other") or m.role_source not in _OPEN_SOURCES:
                continue
            found = _owner().search(_CLAUSE_END.split(info.norm[start:m.start])[-1])
            if found is None or _body(found.group("name")) is None:
                continue
            if not looked:  # once a deck: nothing here sets a role while the deck has no budget figure
                kind, looked = deck_kind(infos), True
            if kind is not None and _same_year(m, kind):
                m.role, m.fy, m.role_source = kind[0], m.fy or kind[1], "ministry"
                if not measure_topic(info, m):
                    m.total_of = m.total_of or _body(found.group("name"))  # the ministry's whole share: no row


def measure_topic(info: LineInfo, m: Mention) -> bool:
    """The figure's sentence names a measure as its topic (`インフラの老朽化対策では、国交省が…5440億円`): a ministry owning
    the figure there states that measure's figure, not its whole (the naming passes ask this too)."""
    return measure_name(info, m) is not None


def measure_name(info: LineInfo, m: Mention) -> str | None:
    """The measure the figure's sentence names as its topic (`インフラの老朽化対策`), else None (see measure_topic)."""
    return _topic(info.norm[max(info.sentence_start(m.start), m.start - _SENTENCE):m.start])  # a window: linear


def _topic(sentence: str) -> str | None:
    """The measure a sentence names as its topic (`インフラの老朽化対策では、国交省が…`): the figure is that measure's, a
    programme's row. A breakdown's dimension as the topic (`府省庁別では`, `内訳では`) names none: the ministry's total."""
    found = _topic_pattern().search(sentence)
    if found is None:
        return None
    topic = found.group("topic").strip()
    return None if topic.endswith("別") or "内訳" in topic else topic  # (`府省庁別`, `分野別`, `内訳を見ると`)


def _same_year(m: Mention, kind: tuple[str, int | None]) -> bool:
    return m.fy is None or kind[1] is None or m.fy == kind[1]
