"""The parts of a budget a sentence lists: a topic that says its figures are a budget's parts (`予算の主な内訳は、…`), and a
work named with its figure's label after it (`…の「訪日外国人3千万人プログラム」の事業費が94億8千万円`). Words as data
(totals.json breakdown_topics, programs.json name_phrase figure_labels)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load


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
