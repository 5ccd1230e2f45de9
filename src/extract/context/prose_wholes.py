"""Wholes a sentence states in words around its figure that no name stands for (context/prose_totals.py reads them):
the topic of the figure's clause is a class of the account (`ここ20年の間でも投資的経費は2番目に大きな規模の125億`), or a
whole's word follows the figure (`平成14年度に160億円を少し超える予算規模となって`). Either is no programme's row."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo

#: a topic of a clause: the words before `は`/`が` with no particle of their own (the noun phrase the clause is about)
_TOPIC = re.compile(r"([^\s、，,。はがもでのにをと]{2,})(?:は|が)")
#: how far after a figure a whole's word is read
_AFTER = 16


@lru_cache(maxsize=1)
def _classes() -> tuple[str, ...]:
    """The account's classes by nature and by function (totals.json no_programme)."""
    classes = load("totals")["no_programme"]
    return (*classes["nature_classes"], *classes["expenditure_classes"])


def class_topic(text: str) -> str | None:
    """The last topic of `text` when it is a class of the account (`投資的経費は`, `…の間でも扶助費が`), else None."""
    topics = _TOPIC.findall(text)
    return topics[-1] if topics and topics[-1] in _classes() else None


@lru_cache(maxsize=1)
def _whole_after() -> re.Pattern[str]:
    """A whole's word (roles.json prose.whole_evidence) after the figure, a few words between that hold no particle of a
    clause of their own (`…円を少し超える予算規模`, `…円の総額`; not `…円を計上し、予算規模は`)."""
    words = "|".join(re.escape(w) for w in load("roles")["prose"]["whole_evidence"])
    return re.compile(rf"\s*(?:を|の)?[^、，,。をにがはで]{{0,8}}?(?:{words})")


def whole_after(info: LineInfo, m: Mention) -> str | None:
    """The whole's words right after the figure (see _whole_after), else None."""
    found = _whole_after().match(info.norm[m.end:m.end + _AFTER])
    return found.group(0).strip(" 　をの") if found else None
