"""A table the text layer flattened one cell a line: a row's label and first figure on one line, its other columns'
figures on the lines under it, each with at most its unit and an envelope's words (`(2) 交通安全施設等の整備(国土交通省)
1,660,173` / `百万円` / `の内数※` / `1,663,694` / `百万円` / `の内数※` / …). Every such figure is the row's: its programme is
the row's label, without its list number and the ministry column read into it (mentions/naming.py)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo
from .line_parts import strip_markers
from .no_programme import financing_or_class
from .programs import LIST_NUMBER, clean_name, is_name

#: how many lines above a figure its row's label may stand (three columns of envelopes, three lines each)
_REACH = 12


@lru_cache(maxsize=1)
def _cell_rest() -> re.Pattern[str]:
    """What a cell line holds besides its figures: units, an envelope's words (outline.json figure_tails: `の内数`, `※`)
    broken anywhere, signs and brackets."""
    words = sorted({*load("outline")["figure_tails"], "百万円", "千円", "万円", "億円", "円", "内数", "の"}, key=len, reverse=True)
    return re.compile(r"(?:[\s\u3000,，.．▲△()（）*＊]|" + "|".join(map(re.escape, words)) + ")*")


def _rest(info: LineInfo) -> str:
    """The line's text outside its mentions."""
    parts, at = [], 0
    for x in info.mentions:
        parts.append(info.norm[at:x.start])
        at = max(at, x.end)
    parts.append(info.norm[at:])
    return "".join(parts)


def cells_only(info: LineInfo) -> bool:
    """The line holds figures, units and an envelope's words only: a row's later cells."""
    return _cell_rest().fullmatch(_rest(info)) is not None


def row_label(infos: Sequence[LineInfo], i: int, m: Mention) -> str | None:
    """The label of the row a figure alone on its line continues (see the module's docstring), else None: the nearest line
    above, across lines of cells only, that opens with a name before its own first figure. A line of words between them
    (a sentence, a heading without figures) ends the search: the figure is no cell of that row; but a class of the budget
    on the line right above (no_programme.financing_or_class) names it, so that it is read as that class's figure."""
    if not infos[i].amounts or infos[i].amounts[0] is not m or not cells_only(infos[i]):
        return None
    for k in range(i - 1, max(-1, i - _REACH - 1), -1):
        info = infos[k]
        if not info.norm.strip() or cells_only(info):
            continue
        if not info.amounts:  # a class's line right above its figure (`第1項 営業費用` / `1,518,928 千円`): the class names it
            return head if k == i - 1 and financing_or_class(head := info.norm.strip()) else None
        _marker, _kind, head, _boxes = strip_markers(info.norm[:info.amounts[0].start])
        head = LIST_NUMBER.sub("", clean_name(head).strip())  # (`a 鉄道施設…`: a sub-row's letter)
        return head if len(head) >= 2 and is_name(head) else None
    return None
