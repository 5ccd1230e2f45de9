"""A programme's name and its figure on web pages and flattened tables, where the outline's line-before rule (outline.owner:
the named line right above a figure alone owns it) would otherwise see a link or a cell's bar instead of the name.

- **A link to an attachment after a heading's name** (環境省's `1.循環型社会形成推進交付金 [PDF 390KB]` then `120億円`;
  outline.json link_tag): the tag names nothing; the heading before it on its line owns the figure under it.
- **A table flattened one cell a line** (`麦・大豆収益性・生産性向上プロジェクト 麦・大豆の団地化…を支援 |` then `33億円 |`):
  a text cell with no figure right above a cell holding a figure alone is the row's name: it owns the figure (the text is
  no sentence; a header cell that names a column is followed by a named figure, `総額8,795億円 |`, never a bare one), where
  the rows alternate: a figure's cell stands right above the name (the row before). A column of names printed before the
  column of their figures (`一般会計 |`, `国民健康保険 特別会計 |`, then the figures) pairs by order (flat_cells.py), and a
  lone pair under a title (`収益的収入 |` then `51億3,000万円 |`) is no table's row of this kind.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from ..dictionary import load

_BARS = "|｜"
#: a cell's text is a name and its note, not a paragraph
_CELL_MAX = 120
#: a name line over a figure is short and no sentence
_NAME_LINE_MAX = 40
_SENTENCE = re.compile(r"[。]|です|ます")


class Segment(Protocol):  # an outline node's fields read here
    name: str
    text: str
    figures: int


@lru_cache(maxsize=1)
def _link_tag() -> re.Pattern[str]:
    return re.compile(load("outline")["link_tag"])


def link_tag(text: str) -> bool:
    """A segment that only links an attachment (`[PDF 390KB]`, `(PDF形式:1.2MB)`)."""
    return _link_tag().match(text.strip()) is not None


def heads_figure(above: Segment, n: Segment, before: Segment | None) -> bool:
    """The unmarked segment `above` (the last of the line before; `before`: the segment before it) names the figure of `n`,
    a segment the outline found no name in: a name line, or a flattened table's name cell."""
    return _name_line(above) or _name_cell(above, n) and before is not None and _figure_cell(before)


def _name_line(n: Segment) -> bool:
    """An unmarked line that reads as a programme's name (`議会映像配信事業費( 議 会 事 務 局 )`): short, no figure, no
    sentence (`。`, `です`), ending in a name's last word (`事業`, `費`, `料`, a bracketed department)."""
    return bool(n.name) and not n.figures and len(n.text) <= _NAME_LINE_MAX and not _SENTENCE.search(n.text) \
        and re.search(load("outline")["name_line_end"], n.text.rstrip(" |｜")) is not None  # `名称 |`: a flattened table's cell


def _name_cell(above: Segment, n: Segment) -> bool:
    """`above` is a flattened table's text cell right above `n`, a cell holding its one figure alone."""
    return _figure_cell(n) and _text_cell(above)


def _figure_cell(n: Segment) -> bool:
    return n.figures == 1 and n.text.strip().endswith(tuple(_BARS))


def _text_cell(n: Segment) -> bool:
    """A flattened table's cell of text, no figure: a row's name (and its note)."""
    text = n.text.strip()
    return not n.figures and bool(n.name) and text.endswith(tuple(_BARS)) and "。" not in text \
        and 2 < len(text.strip(_BARS + " 　")) <= _CELL_MAX
