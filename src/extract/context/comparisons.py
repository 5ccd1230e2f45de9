"""A budget figure that is a change from another year by the words around it (scope.py): `…と比較し、3,685億円、4.4%の増`,
`前年度当初予算と比べ+48.2億円`, `前年度当初予算と比較して、一般会計において122億円、1.5パーセントの増` (GUIDE: changes are
`other`)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import change_mark_words
from .labels import LineInfo, label_role
from .totals import total_words


@lru_cache(maxsize=1)
def _change_after() -> re.Pattern[str]:
    """A change after the figure, its rate before it (`、4.4%の増`; roles.json changes, word_lists.change_mark_words)."""
    return re.compile(r"^[、，,\s]*(?:[0-9０-９.．]+\s*(?:[%％]|パーセント)\s*)?[、，,\s]*の?" + change_mark_words())


@lru_cache(maxsize=1)
def _level_topic() -> re.Pattern[str]:
    """A level's topic between a comparison and its figure (`…予算額は`, `総額が`; roles.json level_topics)."""
    return re.compile("(?:" + "|".join(re.escape(w) for w in load("roles")["level_topics"]) + r")\s*(?:は|が)")


#: how far after the figure its rate and change word are read
_CHANGE_REACH = 40


def is_change(info: LineInfo, m: Mention) -> bool:
    """`…と比較し、3,685億円、4.4%の増`: a change word before the figure, an increase or decrease after it, or a sign
    on the figure itself (`前年度当初予算と比べ+48.2億円`)."""
    tail = info.norm[max(0, m.start - 8):m.start].split("。")[-1]  # the sentence's last 8 characters
    after = bool(_change_after().match(info.norm[m.end:m.end + _CHANGE_REACH]))
    if not any(w in tail for w in total_words()[2]):
        # `前年度当初予算と比較して、一般会計において122億円、1.5%の増`: the comparison opens the sentence, each account's
        # change follows it with its rate
        if not after:  # the sentence's comparison below is read only for a figure an increase or decrease follows
            return False
        sentence = info.norm[info.sentence_start(m.start):m.start]
        at = max((sentence.rfind(w) for w in total_words()[2]), default=-1)
        # not a level named after the comparison (`前年度と比べ、一般会計の予算額は186億円、5.2%の増`: the year's budget)
        return after and at >= 0 and _level_topic().search(sentence[at:]) is None
    return m.text.lstrip()[:1] in "+＋△▲" or after


def signed_changes(infos: Sequence[LineInfo]) -> None:
    """A signed figure read as a budget of the year or the year before (`一般会計 214億円 (対前年度 +8億円 +4.0%)`, a total's
    bracketed companion) is a change: no budget is negative and `+` marks an increase (a supplementary's `△1億円` is a cut,
    its own money, and stays; a figure its own label names the budget, `一般会計予算額 +48.2億円`, keeps its label)."""
    for info in infos:
        for m in info.amounts:
            if m.role in ("budget", "previous_budget") and m.text.lstrip()[:1] in "+＋▲△" and not _budget_label(info, m):
                m.role, m.role_source, m.total_of = "other", "change", None


def _budget_label(info: LineInfo, m: Mention) -> bool:
    """The figure's own label names the budget (`一般会計予算額 +48.2億円`): its label wins over its sign; not a budget the
    figure is compared with (`平成30年度当初予算比10.3%の増(+1,972億円)`: the change against it)."""
    prev_end = info.end_before(m.start)
    head = info.norm[prev_end:m.start]
    found = label_role(head)
    return found is not None and found[0] in ("budget", "supplementary_budget") and not _BASE.match(head, found[1])


#: a comparison's base: the budget label right before `比` (`当初予算比`, `予算対比`)
_BASE = re.compile(r"\s*(?:額)?\s*対?比")
