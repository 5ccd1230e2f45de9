"""Whether a figure's sentence is on the revenue side before it (prose_totals.py and the role passes ask): its last topic
(`歳入は`, `財源には`, `…として`) or its last subject (`租税外収入の見込みが`, `純減税額が`) names money coming in, so the
figure names a source, no spending (GUIDE: revenues are `other`)."""
from __future__ import annotations

import re

from ..dictionary import load
from ..model import Mention
from ..word_lists import without_both_sides
from .labels import LineInfo
from .whole_clauses import REACH as _REACH

#: a topic in a sentence: the words before `は`, `では`, `には`, `として` (`財源として`, `基金繰入金として`; not `…支出として`)
_TOPIC = re.compile(r"([^、，,。▽は]{1,30})(では|には|は|として)")
_CLOSED_BRACKET = re.compile(r"[(（][^()（）]*[)）]")


def revenue_topic(info: LineInfo, m: Mention) -> bool:
    """The last topic before the figure in its sentence is the revenue side (`財源には、…交付金に8億円`, `歳入は、町税1億円▽
    …`; roles.json prose.revenue_topics): the figures name sources, no spending. A revenue word in another clause
    (`歳入は市税が伸び、歳出では道路整備に5億円`) does not make the spending a revenue; `財源として` lists sources (`…財源として
    災害復旧債11億円、…基金2億円を充てる`); a closed bracket's topic is a note's (`財源は…基金(…末残高は59億円)からの繰入(約3億円)`)."""
    start, words = info.norm.rfind("。", max(0, m.start - _REACH), m.start) + 1, tuple(load("roles")["prose"]["revenue_topics"])
    head = _CLOSED_BRACKET.sub("", without_both_sides(info.norm[max(start, m.start - _REACH):m.start]))
    topics, sources = _TOPIC.findall(head), (*words, *load("totals")["no_programme"]["financing_ends"])  # (`として`: its end)
    if topics and topics[-1][1] != "として" and any(w in topics[-1][0] for w in words):
        return True
    if topics and topics[-1][1] == "として":
        return topics[-1][0].endswith(sources)
    return _revenue_subject(head, (*words, *load("roles")["prose"]["revenue_subjects"]), sources)


#: a subject before `が`, the clause's last (`租税外収入の見込みが二百四億ふえまして、二千三百六十六億`), and a copula
#: closing it (`三十四年度剰余金でありますが、五百十二億`)
_SUBJECT = re.compile(r"([^、，,。▽はが]{1,30}?)(?:であります|でございます|です)?が(?![ぁ-ゟ])")


def _revenue_subject(head: str, words: tuple[str, ...], sources: tuple[str, ...]) -> bool:
    """The last subject before the figure is money coming in: a revenue's word in it, a source at its end, or a tax cut's
    (roles.json prose.revenue_subjects: `純減税額が六百四十八億`): the revenue side's figure, no spending."""
    found = _SUBJECT.findall(head)
    return bool(found) and (found[-1].endswith(sources) or any(w in found[-1] for w in words))
