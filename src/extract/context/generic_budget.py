"""A figure labelled only by the generic word for budget money (`予算`, `予算額`, `予算規模`: roles.json generic_budget) in a
deck whose title or lead scopes a supplementary budget (the trade press's `【国土交通省補正予算案】 …3395億円盛る` over
`国土交通省の予算規模は国費総額3395億円で、…`; a ministry's page on its part of the supplementary: `主な項目毎の予算としては、
○…:1,380.0億円`): the word says "budget" and the document says which one, so the figure is the supplementary's money, as
every item under the title is (GUIDE: the document's title is a label for every item of the deck).

Only where the word is the label in the figure's own sentence, the rightmost before it, and the sentence names no other
stage, account or whole (generic_budget_others: `当初予算`, `補正後の予算額`, `予算総額`, `一般会計`, a request, `参考`) and no
year right before the word (`（参考）令和8年度予算額 45億円`: that year's budget): those keep their own role.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo, label_role


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    d = load("roles")
    return tuple(d["generic_budget"]), tuple(d["generic_budget_others"])


def supplementary_money(info: LineInfo, m: Mention, kind: str | None) -> bool:
    """Under a supplementary's scope (`kind`), the figure's budget role came from a generic word of its own sentence."""
    if kind != "supplementary_budget" or m.role != "budget" or m.role_source != "":
        return False
    sentence = info.norm[info.sentence_start(m.start):m.start]
    found = label_role(sentence)
    generic, others = _words()
    if found is None or found[0] != "budget" or not sentence[:found[1]].endswith(generic):
        return False
    head = sentence[:found[1]]
    head = head[:-max(len(w) for w in generic if head.endswith(w))]
    if re.search(r"(?:年度|\d度)\s*の?\s*$", head):
        return False  # `令和8年度予算額 45億円`: a year's budget named, no supplementary's money (rev31)
    return not any(w in sentence for w in others)
