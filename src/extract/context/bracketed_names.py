"""A figure in brackets right after the work it pays for: `…センターの大規模改修(1億3千万円)、…工事(1億7千万円)や…`.

Bulletins and speeches list a year's works with each cost in brackets after its name (fresh2 and fresh5 judgement calls:
`description(N万円)`; news of a request writes the label in it, `「…総合対策」(要求額は156億円)と「…」(同35億円)`, a PR
page its label box, `(1)地域における受入環境整備促進事業【令和6年度要求額 18億9600万円】`); a
topic before the list (`今年度の主な建設事業は、`) frames the works, it is not the figure's whole. The name is the noun
phrase from the clause's start (a comma, a stop, `や`/`と` after the item before, the topic's `は、`) to the bracket,
without a class of expenditure that heads it (`総務費の…`: the account's heading, no part of the work's name).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo
from .name_phrase import noun_phrase
from .no_programme import financing_or_class
from .programs import is_name
from .prose_totals import names_whole

#: the figure's own bracket, opened right before it (`(約1億円`) and closed right after it
_OPEN = re.compile(r"[(（][ \u3000]*約?[ \u3000]*$")


@lru_cache(maxsize=1)
def _labelled_open() -> re.Pattern[str]:
    """The figure's own bracket opened with its budget label (`「…総合対策」(要求額は156億円)`, `(同35億円)`: `同` repeats the
    label of the bracket before; roles.json labels of a budget or a supplementary)."""
    labels = [w for w, role in load("roles")["labels"].items() if role in ("budget", "supplementary_budget")]
    words = "|".join(map(re.escape, sorted((*labels, "同"), key=len, reverse=True)))
    year = load("program_names")["year_prefix"].removeprefix("^")  # (`【令和6年度要求額 18億9600万円】`: the label's year)
    return re.compile(rf"[(（【][ \u3000]*(?:{year})?[ \u3000]*(?:{words})[はがで:：]?[ \u3000]*約?[ \u3000]*$")
_CLOSE = re.compile(r"[ \u3000]*[)）】]")
#: the figure's own cell of a bracket of labelled cells (`…交付金(国費:1,000億円、事業費:2,000億円)`): a short label and its
#: colon open it, the bracket's close or its next cell's comma ends it
_CELL_OPEN = re.compile(r"[(（][ \u3000]*[^()（）、，,:：\s]{1,6}[:：][ \u3000]*約?[ \u3000]*$")
_CELL_CLOSE = re.compile(r"[ \u3000]*[)）】、，,]")
#: where the item's words begin: after a comma or stop, a list's `や`/`と`/`及び` after the item before, a topic's `は`
_ITEM_START = re.compile(r"(?:[、，,。:：]|[)）](?:や|と|及び|および)?|は)[ \u3000]*")
#: how far before its bracket an item's name is read
_REACH = 60


def bracketed_item(info: LineInfo, m: Mention) -> str | None:
    """The work a bracketed figure is the cost of (see the module's docstring), else None."""
    before = info.norm[max(0, m.start - _REACH):m.start]
    opened = _OPEN.search(before) or _labelled_open().search(before)
    closed = opened is not None and _CLOSE.match(info.norm, m.end) is not None
    if not closed and (opened := _CELL_OPEN.search(before)) is not None:
        closed = _CELL_CLOSE.match(info.norm, m.end) is not None
    if opened is None or not closed:
        return None
    text = before[:opened.start()]
    starts = list(_ITEM_START.finditer(text))
    phrase = text[starts[-1].end():] if starts else text
    name = noun_phrase(_without_class(phrase.strip()))
    if not name or not is_name(name) or names_whole(name) or financing_or_class(name):
        return None  # `一般会計(120億円)`, `総額(10億円)`, `町税(8億円)`: an account, a whole or a source, no work
    return name


def _without_class(name: str) -> str:
    """`総務費の赤名…の大規模改修` -> `赤名…の大規模改修`: the expenditure class heading the work is no part of its name."""
    for c in load("totals")["no_programme"]["expenditure_classes"]:
        if name.startswith(c + "の") and len(name) > len(c) + 3:
            return name[len(c) + 1:]
    return name
