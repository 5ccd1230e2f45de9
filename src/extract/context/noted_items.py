"""An item line of a list that closes with its figure and a bracketed note (a paper's list of a request's items:
`H3ロケット 340億円(149億円増)`, `国際宇宙探査ミッションの開発研究 5億円 (新規)`): the name is the words before the figure;
a figure that opens its line (`321億円<AMED246億円、…>`) is named by the name line right above it.
Two ways a list breaks an item over lines, read from the lines' shape:
- a gloss under its name (`首都空港等の機能強化` over `(羽田空港の飛行経路見直し等) 191億円( 1億円)`, a gloss whose bracket
  opened lines above: `(超小型地球観測衛星や` / `JAXAのALOS-2の利用等) 112億円`): the name is the line over the gloss;
- a name the line break cut before a conjunction (`政府衛星のデータのオープン&フリー化` over `及び利用環境整備事業費 13億円`):
  the two lines joined (programs.json name_phrase list_conjunctions).
An inline list flattened onto one line (`(2) 歳出 507,454千円 人件費 △ 45,970 千円 財政調整基金造成費 551,390 千円 …`,
`出会い応援事業・・・・502 万円 (39 ページに掲載) 西鉄沿線活性化促進・・・・247 万円`): each figure is named by the words between
the figure before it (and that figure's bracketed note) and itself, when they read as a name.
Read for a line's first figure only, or back to the figure before (by bisection), and the few lines above: linear on
long lines."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo, label_role
from .programs import clean_name, is_name, referring

#: what may follow the item's figure to the line's end: one bracketed note (a change, `新規`, last year's figure)
_NOTE_TO_END = re.compile(r"[ \u3000]*(?:[(（][^()（）]{0,40}[)）]|[<＜〈][^<>＜＞〈〉]{0,40}[>＞〉])?[ \u3000]*$")
#: a line's words before the figure that are a gloss: a whole bracket, or the close of one opened on a line above
_WHOLE_GLOSS = re.compile(r"[(（][^()（）]*[)）]")
_GLOSS_CLOSE = re.compile(r"[^()（）]*[)）]")
#: how many lines up a gloss's bracket may have opened
_GLOSS_LINES = 3


def _head(info: LineInfo, m: Mention) -> str | None:
    """The words before the line's first figure when it closes the line (a note after it at most), else None."""
    if not info.amounts or m is not info.amounts[0] or _NOTE_TO_END.match(info.norm, m.end) is None:
        return None
    return clean_name(info.norm[:m.start]).strip()


def glossed_item(infos: Sequence[LineInfo], i: int, m: Mention) -> str | None:
    """The name over a gloss line the figure closes (`首都空港等の機能強化` over `(…見直し等) 191億円( 1億円)`), else None:
    the gloss is no name, whatever rule would take the words before the figure."""
    head = _head(infos[i], m)
    if head is None or not (_WHOLE_GLOSS.fullmatch(head) or _GLOSS_CLOSE.fullmatch(head)):
        return None
    if head.strip(" \u3000()（）") in load("table_words")["totals"]:
        return None  # `(合計) 70,000千円` under `本年度要求`: a total's mark, no gloss of an item above
    return _glossed(infos, i, head)


def noted_item(infos: Sequence[LineInfo], i: int, m: Mention) -> str | None:
    """The name of the item whose line the figure closes (see the module's doc), else None."""
    head = _head(infos[i], m)
    if head is None:
        return None
    parts = head.rstrip(" \u3000:：").rsplit(maxsplit=1)
    if len(parts) == 2 and (label := label_role(parts[1])) is not None and label[1] == len(parts[1]):
        head = parts[0]  # `地域公共交通確保事業 予算額：1,200万円（国土交通省補助）`: the name before the figure's label
    if not head:  # `①オールジャパンでの医薬品創出` over `321億円<AMED246億円、インハウス74億円>`: the item's name line
        name = clean_name(infos[i - 1].norm).strip() if i > 0 and _plain(infos[i - 1]) else ""
        return name if name and _names(name) else None
    if head.startswith(tuple(load("programs")["name_phrase"]["list_conjunctions"])) and i > 0 and _plain(infos[i - 1]):
        head = clean_name(infos[i - 1].norm).strip() + head  # (`…フリー化` / `及び利用環境整備事業費 13億円`)
    return head if _names(head) else None


def _names(text: str) -> bool:
    """The words read as an item's name: no budget label (`令和4年度第2次補正予算額 501億円`: the label of a page's figure,
    which other rules name), no referring word, no section's generic word."""
    return is_name(text) and not referring(text) and label_role(text) is None and text not in load("programs")["generic"]


def _plain(info: LineInfo) -> bool:
    return not info.mentions and bool(info.norm.strip())


def _glossed(infos: Sequence[LineInfo], i: int, head: str) -> str | None:
    """The name over a gloss line (its bracket opened on it or on one of the few lines above)."""
    k = i
    if not _WHOLE_GLOSS.fullmatch(head):  # the close of a bracket: up to the line that opens it
        k = next((j for j in range(i - 1, max(-1, i - 1 - _GLOSS_LINES), -1)
                  if _plain(infos[j]) and infos[j].norm.lstrip().startswith(("(", "（"))), -1)
    if k <= 0 or not _plain(infos[k - 1]):
        return None
    name = clean_name(infos[k - 1].norm).strip()
    return name if _names(name) else None


#: the figure before's bracketed note (`(39 ページに掲載)`), and the colon before this figure
_NOTE_OPEN = re.compile(r"^[ \u3000]*(?:[(（][^()（）]{0,40}[)）])?[ \u3000]*")
_COLON_END = re.compile(r"[ \u3000]*[:：]?[ \u3000]*$")
#: a dot leader right before the figure (`出会い応援事業・・・・502 万円`): an item's own mark, its name the word before it
_LEADER_END = re.compile(r"[ \u3000]*(?:[・･…‥]{2,}|\.{3,})[ \u3000]*$")


def between_figures(info: LineInfo, m: Mention) -> str | None:
    """The name an inline list sets between the figure before and this one (see the module's doc), else None: words that
    read as a name (no space, no sentence, no budget label, no section word); before a dot leader, the word before it."""
    ends = info.amount_ends
    k = bisect.bisect_right(ends, m.start)
    start = ends[k - 1] if k else 0
    words = info.norm[start:m.start]
    leader = _LEADER_END.search(words)
    if leader is not None and leader.start() > 0:
        last = words[:leader.start()].split()
        name = clean_name(last[-1]).strip() if last else ""
        return name if name and _names(name) else None
    starts = info.fiscal_starts
    if not k or bisect.bisect_left(starts, m.start) > bisect.bisect_left(starts, start):
        return None  # the line's first figure, or a year between (`令和6年度 3億円 令和5年度 2億円`): no list of works
    words = _COLON_END.sub("", words[_NOTE_OPEN.match(words).end():])  # type: ignore[union-attr]
    name = clean_name(words).strip()
    return name if name and _names(name) else None
