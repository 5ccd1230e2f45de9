"""The programme a sentence opens with as its topic: `中央グラウンド周辺整備事業として中央グラウンド整備工事、…に8億2千37万円計上しました`,
`さらに、防災ラジオの普及事業では、2,000台を追加購入するために1,760万円の予算増`: its only figure is that programme's."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo
from .programs import _token_tags, is_name, referring, strong
from .prose_totals import figures_between
from .prose_wholes import amount_starts


@lru_cache(maxsize=1)
def _topic_open() -> re.Pattern[str]:
    """A sentence that opens with the programme it is about, after a lead adverb if any (`さらに、…事業では、`: programs.json
    name_phrase lead_adverbs): `…整備事業として、…工事等に8億円計上`, `…事業では、…に3億円`."""
    leads = "|".join(map(re.escape, load("programs")["name_phrase"]["lead_adverbs"]))
    return re.compile(rf"[ \u3000]*(?:(?:{leads})[、，,]?)?([^、，,。「」]{{2,40}}?)(?:では|として)[、，,]?")


#: how far a sentence's start or end is looked for around a figure
_SENTENCE_REACH = 200


def topic_programme(info: LineInfo, m: Mention) -> str | None:
    """The programme a sentence opens with as its topic (`中央グラウンド周辺整備事業として中央グラウンド整備工事、…に8億2千37万円
    計上しました`): the figure's programme when it is the sentence's only figure and the topic names a programme (a
    programme's word ends it, programs.json) that is no category (`新規事業では、…`: generic); the works after it
    describe what the programme pays for."""
    lo = max(0, m.start - _SENTENCE_REACH)  # a sentence is looked for nearby only: a long line stays linear
    stop = info.norm.rfind("。", lo, m.start)
    if stop < 0 and lo > 0:
        return None  # no sentence start within reach: no topic to read
    start = stop + 1
    end = info.norm.find("。", m.end, m.end + _SENTENCE_REACH)
    end = min(len(info.norm), m.end + _SENTENCE_REACH) if end < 0 else end
    if figures_between(info, start, end) != 1:
        return None
    found = _topic_open().match(info.norm, start)
    if found is None or found.end() > m.start:
        return None
    name = _after_subject(found.group(1).strip())
    generic = load("programs")["generic"]
    return name if strong(name) and is_name(name) and name not in generic and not referring(name) else None


def _after_subject(words: str) -> str:
    """The topic's words after the sentence's subject (`長官は主な事業として`: `主な事業`, Sudachi's binding particle `は`):
    who speaks is no part of the programme's name."""
    if "は" not in words:
        return words
    at, cut = 0, 0
    for surface, tag in _token_tags(words):
        at += len(surface)
        if surface == "は" and tag.startswith("助詞-係助詞"):
            cut = at
    return words[cut:].strip()


#: a list segment opening with its subject: `観光イベント開催事業が…で`, `受託事業が`
_SUBJECT = re.compile(r"[ \u3000]*([^、，,。「」がはをにで\s]{2,40}?)が(?!ら)")


def segment_subject(info: LineInfo, m: Mention) -> str | None:
    """The programme a figure's own list segment opens with as its subject (`新年度の支出は、観光イベント開催事業がつばめ桜まつり
    と酒呑童子行列で1720万7650円、受託事業が…で810万円、…運営費が1602万円などとした`): the segment is the last comma's piece
    of the words since the figure before it (or the sentence's start); its subject before `が` names a programme (a
    programme's word ends it). A body as the subject (`市が1億円を計上`) or a clause's subject further in is none."""
    lo = max(0, m.start - _SENTENCE_REACH)
    k = bisect.bisect_left(amount_starts(info), m.start) - 1  # the figure before it (a long line stays linear)
    before = info.amounts[k].end if k >= 0 and info.amounts[k].end <= m.start else 0
    start = max(before, info.norm.rfind("。", lo, m.start) + 1, lo)
    piece = re.split(r"[、，,]", info.norm[start:m.start])[-1]
    found = _SUBJECT.match(piece)
    if found is None:
        return None
    name = found.group(1)
    return name if strong(name) and is_name(name) and not referring(name) and name not in load("programs")["generic"] else None
