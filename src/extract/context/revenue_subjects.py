"""Whether a figure's sentence is on the revenue side before it (prose_totals.py and the role passes ask): its last topic
(`歳入は`, `財源には`, `…として`) or its last subject (`租税外収入の見込みが`, `純減税額が`) names money coming in, so the
figure names a source, no spending (GUIDE: revenues are `other`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import alternation, without_both_sides
from .labels import LineInfo
from .whole_clauses import REACH as _REACH

#: a topic in a sentence: the words before `は`, `では`, `には`, `として` (`財源として`, `基金繰入金として`; not `…支出として`)
_TOPIC = re.compile(r"([^、，,。▽は]{1,30})(では|には|は|として)")
_CLOSED_BRACKET = re.compile(r"[(（][^()（）]*[)）]")


def revenue_topic(info: LineInfo, m: Mention) -> bool:
    """The last topic before the figure in its sentence is the revenue side (`財源には、…交付金に8億円`, `歳入は、町税1億円▽
    …`; roles.json prose.revenue_topics): the figures name sources, no spending. A revenue word in another clause
    (`歳入は市税が伸び、歳出では道路整備に5億円`) does not make the spending a revenue; `財源として` lists sources (`…財源として
    災害復旧債11億円、…基金2億円を充てる`), and so does a grant received from another body (`国からの助成金として3,000万円`:
    received_grant); a closed bracket's topic is a note's (`財源は…基金(…末残高は59億円)からの繰入(約3億円)`).
    A subject after the last topic is the clause's own (`租税外収入の見込みが…`): money coming in by its words too."""
    start, words = info.norm.rfind("。", max(0, m.start - _REACH), m.start) + 1, tuple(load("roles")["prose"]["revenue_topics"])
    head = _CLOSED_BRACKET.sub("", without_both_sides(info.norm[max(start, m.start - _REACH):m.start]))
    topics, sources = list(_TOPIC.finditer(head)), (*words, *load("totals")["no_programme"]["financing_ends"])  # (`として`: its end)
    if topics and (topics[-1].group(2) == "として" and (topics[-1].group(1).endswith(sources) or received_grant(topics[-1].group(1)))
                   or topics[-1].group(2) != "として" and any(w in topics[-1].group(1) for w in words)):
        return True
    subjects = list(_subject().finditer(head))
    if not subjects or topics and topics[-1].end() >= subjects[-1].end():
        return False  # (the topic is the clause's last: `歳入は町税が増え、歳出では町道整備に3億円`)
    subject = subjects[-1].group(1)
    return subject.endswith(sources) or any(w in subject for w in (*words, *load("roles")["prose"]["revenue_subjects"]))


@lru_cache(maxsize=1)
def _subject() -> re.Pattern[str]:
    """A subject before `が` (`租税外収入の見込みが二百四億ふえまして、二千三百六十六億`, `純減税額が六百四十八億`: roles.json
    prose.revenue_subjects besides the revenue words and sources), a copula closing it (`三十四年度剰余金でありますが、五百十二億`:
    prose.subject_copulas)."""
    copulas = alternation(load("roles")["prose"]["subject_copulas"])
    return re.compile(r"([^、，,。▽はが]{1,30}?)" + copulas + r"?が(?![ぁ-ゟ])")


@lru_cache(maxsize=1)
def _received_grant() -> re.Pattern[str]:
    w = load("roles")["received_grants"]
    return re.compile(alternation(w["giver_ends"]) + alternation(w["from"]) + r"[^\s、。，,をにへがは]{0,6}?"
                      + alternation(w["nouns"]) + "(?:として)?$")


def received_grant(label: str) -> bool:
    """A label closing on a grant received from another government or body (`町からの補助金`, `県からの運営補助金として`;
    roles.json received_grants): revenue under any label, not a giver's grant (`町から団体への補助金`, `町補助金交付事業`)."""
    return _received_grant().search(label) is not None
