"""An item's cost on the line under its name (text decks): `・省エネ家電購入補助 購入者1人につき2万円` then
`約800万円 国費`; `・65歳以上の高齢者への生活支援として5000円の商品券の配布` then `約4億1000万円 国費`.

A short unmarked line whose figure stands alone (nothing but `約` before it, at most a short source tag such as
`国費` after it) right under a marked item is the item's figure line: that figure is the item's cost and the item
owns it. A figure inside the item's own line is then part of the item's description (a grant's size, a unit
price): no item owns it, and its own words decide its role. The fresh gold's judgement call: rows are keyed by
the figure's line where the name is on the line before (as a name line above a figure alone, outline.owner).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Mention
from . import outline as ol
from .labels import LineInfo
from .line_parts import strip_markers
from .roles import item_head

#: a figure line is short and no sentence
_FIGURE_LINE_MAX = 40
#: before the figure: nothing but `約` (or the unit of a figure wrapped from the line above, `円`); after it: a
#: short source tag (`国費`, `(県費)`). `うち国費 40億円`, `合計 120億円`, `…2万円を上限に助成` are no figure lines
_ALONE_BEFORE = re.compile(r"^[円]?\s*(?:約|およそ)?\s*$")
_ALONE_AFTER = re.compile(r"^\s*(?:[(（]?[\u4e00-\u9fff]{1,4}[)）]?)?\s*$")


def stands_alone(info: LineInfo, m: Mention) -> bool:
    """The figure stands alone on its line after the line's earlier mentions (see the module's docstring)."""
    before = max([x.end for x in info.mentions if x.end <= m.start], default=0)
    return bool(_ALONE_BEFORE.match(info.norm[before:m.start])) and bool(_ALONE_AFTER.match(info.norm[m.end:]))


def _all_body(nodes: list[ol.Node]) -> bool:
    return bool(nodes) and all(n.kind == "body" for n in nodes)


def figure_lines(infos: Sequence[LineInfo], outline: ol.Outline) -> dict[int, int]:
    """Figure lines of text decks: line index -> the index of the item line right above it."""
    out: dict[int, int] = {}
    prev: int | None = None
    for i, info in enumerate(infos):
        text = info.norm.strip()
        if not text:
            continue
        if prev is not None and info.amounts and info.page is None and len(text) <= _FIGURE_LINE_MAX \
                and "。" not in text and _all_body([outline.nodes[k] for k in outline.by_line.get(i, ())]):
            above = [outline.nodes[k] for k in outline.by_line.get(prev, ())]
            if above and above[0].kind == "item" and above[0].marker is not None and "。" not in infos[prev].norm \
                    and any(stands_alone(info, a) for a in info.amounts):
                out[i] = prev
        prev = i
    return out


def figure_owner(outline: ol.Outline, infos: Sequence[LineInfo], lines: dict[int, int], i: int,
                 m: Mention, owner: ol.Node | None) -> ol.Node | None:
    """The node that owns figure m of line i once figure lines are known: the item above a figure line's lone
    figure; none for a figure inside an item line that has a figure line; else the outline's owner."""
    if i in lines and stands_alone(infos[i], m):
        return outline.item_of(outline.nodes[outline.by_line[lines[i]][0]])
    if owner is not None and owner.kind == "item" and owner.line_index == i and i in lines.values():
        return None
    return owner


def item_name(outline: ol.Outline, infos: Sequence[LineInfo], lines: dict[int, int], i: int, m: Mention) -> str | None:
    """The programme a figure line's lone figure is the cost of: its item's text without the marker, up to the first
    space (what follows a space is a note: a period, a rate, the recipients, `R4.4月から`, `児童1人につき2万円`)."""
    if i not in lines or not stands_alone(infos[i], m):
        return None
    item = outline.item_of(outline.nodes[outline.by_line[lines[i]][0]])
    rest = strip_markers(item.text)[2].strip()
    name = re.split(r"[\s\u3000]+", rest)[0] if rest else ""
    return name if len(name) >= 2 else None


_NAME_THEN_BRACKET = re.compile(r"^\s*[^。、，,:：|｜\s][^。、，,:：|｜]{1,39}[（(]\s*$")


def named_figure(info: LineInfo, m: Mention) -> bool:
    """A line that is a programme's name with its figure in brackets and nothing else (`特別定額給付金給付事業
    (7,115,000千円)`): an item heading written without a marker."""
    return len(info.amounts) == 1 and info.norm[m.end:].strip() in (")", "）") \
        and bool(_NAME_THEN_BRACKET.match(info.norm[:m.start]))


_BARS = str.maketrans("|｜", "  ")


def cell_row(info: LineInfo, m: Mention) -> bool:
    """A flattened table's row that is an item line once its bars read as spaces (`| ○ 非公共事業 | 119.1億円 |`,
    `| ○総合環境学習ゾーン・モデル事業 | 7.5億円 | |`): the first cell, opened by an item's marker, names the figure of the next
    (roles.item_head); a row with no marker is a table's whose columns the table passes read (`| 2款 総務費 | 456,000千円 |`). A row of
    several figures is a table's whose header says what each column is (`事業経費 | 3,195,500千円 | 2,729,917千円 |` under
    `予算要求額 | 中間調整額 |`): the column passes read it (table_passes.py)."""
    if "|" not in info.norm and "｜" not in info.norm or len(info.amounts) != 1:
        return False
    row = info.norm.translate(_BARS)  # an item's marker opens the first cell (not `| 土木費 | 橋りょう長寿命化事業 | 124,000千円 |`)
    return strip_markers(row.strip())[1] == "item" and item_head(LineInfo(row, info.mentions, info.page), m) is not None
