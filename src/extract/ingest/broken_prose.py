"""Prose a text layer broke mid-sentence, read as its sentences (the Diet record's web text: `…前` / `年度二百八十九億…`).

Some text decks break every sentence over many short lines, often inside a word: the Diet minutes' pages print each
ruby-annotated or linked word on a line of its own (`前` / `年度一千五十一億円`, `予算といたしましては、` / `歳入は…`).
Read line by line, a figure loses the words that say what it is (`前年度`, `予算`), so a deck of that SHAPE is read
as its sentences: a broken line is joined to the next until a sentence ends. A deck qualifies only when nearly every
line is short, prose (kana), and ends mid-sentence; a heading, a speaker's mark (`○`) or a list item starts a line
of its own, so a slide outline, a menu or a table is never joined. Each joined line keeps where its original lines
start (`Line.breaks`), so a mention is numbered by the line it was printed on (GUIDE: lines split on "\n").
"""
from __future__ import annotations

import re

from ..model import Line

#: the deck: at least this many non-blank lines, this mean length at most (the Diet record: 13-20 characters), these
#: shares of broken (no sentence end, no figure ending a row) and of kana lines
_MIN_LINES = 15
_MEAN_MAX = 30
_BROKEN_SHARE = 0.8
_KANA_SHARE = 0.7
#: a joined sentence never grows longer (SudachiPy's limit is far above; a runaway join is no sentence)
_JOIN_MAX = 1200
#: what ends a sentence at a line's end
_ENDS = "。．！？」』）)"
_KANA = re.compile(r"[\u3041-\u309f]")
#: a line ending with its figure is a list's or a table's row (`医療施設の耐震化の推進 406億円`), not a broken sentence
_ROW_END = re.compile(r"(?:[0-9０-９][0-9０-９,，.．]*|[0-9０-９一二三四五六七八九十百千万億兆]円|[%％])\s*$")
#: what starts a line of its own: a speaker's mark, a bullet, a bracketed heading, a numbered item
_OWN_LINE = re.compile(r"^\s*(?:[○◯〇●◆◇■□・※【＜<〔]|[(（][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]+[.．、]|[①-⑳]"
                       r"|第[0-9０-９一二三四五六七八九十]+)")


def broken_shape(texts: list[str]) -> bool:
    """Nearly every line of the deck is short kana prose ending mid-sentence."""
    body = [t.strip() for t in texts if t.strip()]
    if len(body) < _MIN_LINES or sum(map(len, body)) / len(body) > _MEAN_MAX:
        return False
    broken = sum(1 for t in body[:-1] if t[-1] not in _ENDS and not _ROW_END.search(t))
    kana = sum(1 for t in body if _KANA.search(t))
    return broken >= _BROKEN_SHARE * (len(body) - 1) and kana >= _KANA_SHARE * len(body)


#: a heading or a list item (a speaker's mark aside: `○` / `政府委員(` / `…君)` open one sentence): never continued;
#: a sentence opening with an ordinal (`第一に農業生産の…ための` / `予算について申し上げます。`) has a comma or ends in kana
_HEADING = re.compile(_OWN_LINE.pattern.replace("○◯〇", ""))


def _joins(prev: str, nxt: str) -> bool:
    """`nxt` continues the sentence `prev` breaks off (`prev` no heading, `nxt` no heading, mark or item)."""
    p, n = prev.rstrip(), nxt.strip()
    return bool(p) and bool(n) and p[-1] not in _ENDS and len(p) <= _JOIN_MAX and _OWN_LINE.match(n) is None \
        and not (_HEADING.match(p) and "、" not in p and not _KANA.match(p[-1]))


def joined_lines(texts: list[str]) -> list[Line]:
    """The deck's lines (numbered from 1), a broken sentence's lines joined into one `Line` with its `breaks`."""
    out: list[Line] = []
    n = 0
    while n < len(texts):
        text, breaks, k = texts[n], [], n + 1
        while k < len(texts) and _joins(text, texts[k]):
            breaks.append(len(text))
            text += texts[k]
            k += 1
        out.append(Line(text=text, page=None, line=n + 1, index=len(out), breaks=tuple(breaks)))
        n = k
    return out
