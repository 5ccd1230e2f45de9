"""The parts of a budget a sentence lists: a topic that says its figures are a budget's parts (`予算の主な内訳は、…`), and a
work named with its figure's label after it (`…の「訪日外国人3千万人プログラム」の事業費が94億8千万円`). Words as data
(totals.json breakdown_topics, programs.json name_phrase figure_labels)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from .labels import COMMA_ENDS, label_role
from .programs import is_name


def breakdown_topic(topic: str) -> bool:
    """The sentence's topic says its figures are a budget's parts (`予算の主な内訳は`, `予算要求の内訳では`): none of them is
    the whole the budget label in the topic names."""
    core = topic.rstrip(" 　、，,").removesuffix("は").removesuffix("で")
    return core.endswith(tuple(load("totals")["breakdown_topics"]))


@lru_cache(maxsize=1)
def _figure_label_tail() -> re.Pattern[str]:
    """A figure's label after the work it is the cost of (`…の事業費`, `…の予算額`)."""
    labels = "|".join(map(re.escape, sorted(load("programs")["name_phrase"]["figure_labels"], key=len, reverse=True)))
    return re.compile(rf"の(?:{labels})$")


def without_figure_label(subject: str) -> str:
    """The work a subject names without the figure's label after it (`「…プログラム」の事業費` -> `「…プログラム」`)."""
    return _figure_label_tail().sub("", subject.strip())


#: a part's words before its figure in a breakdown's list (`、無償資金協力`, `、JICA運営費交付金(技術協力)`, `、…拠出金は`)
_PART = re.compile(r"(?:^|[、，,。])[ \u3000]*([^、，,。]{2,40}?)(?:が|は)?$")
#: list marks before a part (`◇漁港の機能強化:30億円`)
_MARKS = "◇◆▽▼・○●■□◎ \u3000"
#: how far back a breakdown's sentence may open
_SENTENCE = 200


def listed_part(text: str, start: int, head: str) -> str | None:
    """The part a figure of a breakdown's list names (`主な内訳は、無償資金協力1605億円(62億円減)、JICA運営費交付金(技術協力)
    1464億円…`): the words right before it back to the list's comma, where the sentence opens with a breakdown's topic
    (breakdown_topic); else None. `head` is the text before the figure back to the figure before it."""
    opening = text.rfind("。", max(0, start - _SENTENCE), start) + 1  # (a window: a long line stays linear)
    if opening == 0 and start > _SENTENCE:
        return None
    clause = COMMA_ENDS.search(text, opening, start)
    if clause is None or not breakdown_topic(text[opening:clause.start()]):
        return None
    found = _PART.search(head.rstrip(" \u3000約:："))
    return found.group(1).strip().lstrip(_MARKS) or None if found is not None else None


@lru_cache(maxsize=1)
def _topic() -> re.Pattern[str]:
    """A clause that makes its work the topic right before the figure (`…、任意拠出金は274億円`, `このうち…分野は3355億円で`),
    a sentence's leading adverb aside (programs.json name_phrase lead_adverbs)."""
    leads = "|".join(map(re.escape, sorted(load("programs")["name_phrase"]["lead_adverbs"], key=len, reverse=True)))
    return re.compile(rf"(?:^|[、，,。])[ \u3000]*(?:{leads})?[ \u3000]*([^、，,。はが「」]{{2,60}})は$")


@lru_cache(maxsize=1)
def _relative() -> re.Pattern[str]:
    """A relative clause closed before the topic's work (`…に直結する原子力災害からの…`, `…事業を含む創造的復興`: programs.json
    name_phrase when.clause_ends): the work follows."""
    ends = "|".join(map(re.escape, sorted(load("programs")["name_phrase"]["when"]["clause_ends"], key=len, reverse=True)))
    return re.compile(rf"(?:{ends})(?=[\u4e00-\u9fff\u30a0-\u30ff])")
#: what may follow a topic's figure: its bracketed note, then the clause's or the sentence's close (`…274億円(37億円増)。`,
#: `…3355億円で、`, `…675億円で前年度…`)
_TOPIC_CLOSE = re.compile(r"[ \u3000]*(?:余り?|程度)?[ \u3000]*(?:[(（][^()（）。]{1,40}[)）])?[ \u3000]*(?:[、，,。]|で|と|$)")


def topic_part(text: str, end: int, head: str) -> str | None:
    """The work a clause makes its topic right before a figure that closes the clause (`国連などへの分担金・義務的拠出金は
    1214億円(45億円増)、任意拠出金は274億円`, `原子力災害からの復興・再生分野は3355億円で`): that work's budget, named
    without a field's word (programs.json field_words). `end` is where the figure ends, `head` the text before it back to
    the figure before it; None for no such topic. The caller rules out a whole's, a label's or a ministry's topic."""
    found = _topic().search(head.rstrip(" \u3000約"))
    if found is None or _TOPIC_CLOSE.match(text, end) is None:
        return None
    work = found.group(1).strip().lstrip(_MARKS)
    cut = [r.end() for r in _relative().finditer(work) if len(work) - r.end() >= 4]
    work = work[cut[-1]:] if cut else work
    if "を" in work:
        return None  # a verb's object inside: a sentence, no work's name
    for word in load("programs")["field_words"]:
        work = work.removesuffix(word)
    return work if len(work) >= 2 else None


#: the work a topic is, stated before its figure with a copula (`最大の事業は市民会館の建替えで、12億円を計上`)
_COPULA = re.compile(r"^[ \u3000]*([^、，,。はがをに]{2,40})で[、，,]?[ \u3000]*約?$")


def copula_name(between: str) -> str | None:
    """The work the words between a sentence's topic and its figure say the topic is (`市民会館の建替えで、`: the topic,
    `最大の事業`, only points at it), else None."""
    found = _COPULA.match(between)
    name = found.group(1).strip() if found is not None else ""
    # (`前年度比3%増で、`: a change; `来年度予算の概算要求で約215億円`: the budget it is stated in, no work)
    return name if name and not re.search(r"[0-9０-９%％]", name) and is_name(name) and label_role(name) is None else None
