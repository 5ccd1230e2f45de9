"""Two ways a cut or a quote leaves a programme's name incomplete (context/name_phrase.py):

- a comma cut a list of examples from the name (`重点分野雇用創造事業の拡充など、` + `雇用創造・人材育成`, `地域医療の再生、` +
  `医療機関等への機能強化など`): the list's clause joins the name;
- a quote mark whose partner lies outside the name (`「水道施設の…整備に330億円、…」`: a speech quoted around the list).
"""
from __future__ import annotations

import re

from ..dictionary import load

#: one clause before a comma: a noun phrase with no figure, bracket, quote, topic or sentence end inside
_PIECE = re.compile(r"(?:^|(?<=[、，,。「『]))([^、，,。「」『』()（）0-9０-９]{2,40})[、，,]$")


def listed_before(before: str, at: int, name: str, clause_start: re.Pattern[str]) -> str | None:
    """The name with the list clause a comma cut from it (`重点分野雇用創造事業の拡充など、` + `雇用創造・人材育成`, `地域医療の
    再生、` + `医療機関等への機能強化など`): where the clause before the comma closes a list of examples with `など`/`等`, or the
    name closes the list the clause opens; the clause a noun phrase (no verb's kana at its end, no topic or target particle
    inside: `clause_start`, name_phrase's)."""
    piece = _PIECE.search(before, max(0, at - 42), at)
    if piece is None:
        return None
    words = piece.group(1)
    closers = tuple(load("programs")["list_closers"])  # (a list's examples closed: `…の拡充など、`, `…機能強化など`)
    if not (words.endswith(closers) or name.rstrip().endswith(closers)) or clause_start.search(words):
        return None
    if not _NOUNISH_END.search(words):
        return None
    return before[piece.start(1):at] + name


#: a noun's last character, or a list's `など`/`等`
_NOUNISH_END = re.compile(r"(?:[\u4e00-\u9fff\u30a0-\u30ffー々]|など)$")


def unpaired(name: str) -> str:
    """The name without a quote mark whose partner lies outside it (`「水道施設の…整備に330億円、…」`: a speech quoted
    around the list, its opening mark before the first item's name)."""
    for open_, close in ("「」", "『』"):
        if name.startswith(open_) and close not in name:
            name = name[1:]
        if name.endswith(close) and open_ not in name:
            name = name[:-1]
    return name
