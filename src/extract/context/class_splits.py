"""A budget's figures split by field under an account's class as their sentence's topic (issue 21, disaster money): a local
paper's `このうち災害復旧費は、農林関係3億5909万円、道路等の公共土木関係2億3430万5000円の合わせて5億9339万5000円となった`.

The class (totals.json expenditure_classes, a 款 every municipal budget is headed by: 災害復旧費, 土木費) is the topic; the
figures after it name the fields the class's money goes to and their sum. Under a budget's scope (a supplementary's, a
year's) they are that budget's money, and none is a programme's row: the class sums the works of many programmes (as the
national expense classes, prose_roles.in_class_sentence). A figure its sentence spends on a named work (`土木費は、
道路改良事業に3億円`) is that work's, read by the appropriation rules instead.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .clause_roles import programme_ends
from .labels import LineInfo
from .prose_totals import spent_on

#: how far back a figure's sentence is read for its topic (a window: a long line stays linear)
_REACH = 120


@lru_cache(maxsize=1)
def _class_topic() -> re.Pattern[str]:
    """The sentence's opening topic, a share's `このうち` allowed before it: `このうち災害復旧費は、`."""
    classes = "|".join(map(re.escape, load("totals")["no_programme"]["expenditure_classes"]))
    return re.compile(rf"\s*(?:(?:この|その)?うち[、，,]?)?\s*[^、，,。は]{{0,12}}?(?:{classes})は[、，,]?")


def class_split(info: LineInfo, m: Mention) -> bool:
    """The figure stands in a sentence whose topic is an account's class, no work named as what it is spent on, nor a
    programme's name right before it (`民生費は…、主なものは保育所運営費5億円`: clause_roles.programme_ends)."""
    start = info.norm.rfind("。", max(0, m.start - _REACH), m.start) + 1
    if _class_topic().match(info.norm, start) is None or spent_on(info, m):
        return False
    label = re.split(r"[、，,。\s]", info.norm[max(start, info.end_before(m.start)):m.start].rstrip(" 約"))[-1]
    return not label.endswith(programme_ends()[0])
