"""The label line over a list or a table of figures, read for a grant's frame: a cap's or a grant amount's header
(`補助上限額`, `交付限度額`), a relief's (`減免となる…基本料金額`, or a sentence over the table naming the relief and pointing at
it: `免除対象となる基本料金は…次表のとおり`), a budget column's header (`| 事業名 | 補助上限額 | 予算額 |`: read by column),
and a label naming what is NOT relieved (`減免対象外となる超過料金`). Split from grant_frame.py, which reads these.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .grant_words import names_own
from .labels import LineInfo, names_relief, names_unrelieved

#: a label line of its own (a table's header, `支援タイプ`) is short; a longer line is prose
LABEL_LINE_MAX = 20

#: how many non-blank lines above a range a grant's word may head it (a table's header, a label line)
_RANGE_REACH = 5


def hint_near(lines: list[LineInfo], i: int, above) -> bool:  # type: ignore[no-untyped-def]
    """A grant's word on the figure's line, on a line a few above it, or in the deck's title (a grant's outline, its
    title `企業立地促進制度補助金`, frames its whole page: the sections under it name no grant again)."""
    return lines[i].support_hint or any(lines[j].support_hint for j in above(i, _RANGE_REACH)) or _grant_title(lines)


def capped_rows_hint(lines: list[LineInfo], i: int, above) -> bool:  # type: ignore[no-untyped-def]
    """Line i is a later row of a table its cap's header heads (`区分 | 交付限度額 | 補助率` flattened one cell a line, then
    each row's cells): the rows share the frame the FIRST row reads (a grant's word near the header), however many rows
    stand between (hint_near reaches a few lines only)."""
    for j in above(i, _LIST_REACH):
        if not lines[j].mentions and cap_label(lines[j].norm):  # (a header cell holds no figure: `2年以内` is a row's cell)
            first = next((k for k in range(j + 1, i) if lines[k].amounts), None)
            return first is not None and hint_near(lines, first, above)
    return False


_TITLE_MAX = 40  # a title is a short line


def _grant_title(lines: list[LineInfo]) -> bool:
    """The deck's first non-blank line is a short title that names a grant (`創業者支援補助金制度`, `…奨励金の概要`)."""
    first = next((info for info in lines if info.norm.strip()), None)
    return first is not None and not first.amounts and len(first.norm.strip()) <= _TITLE_MAX and first.support_hint


def cap_label(text: str) -> bool:
    """A label line of its own (a table's header, a list's label) that names a grant's amount or cap
    (`税相当額年間上限額`, `補助金額(1事業年度当たりの補助上限額)`, `交付限度額`): short, no sentence."""
    text = text.strip(" |｜　")
    # (a header naming what is waived or discounted, `減免となる…基本料金額`, `基本料金等(免除対象金額)`: the relief per customer)
    return len(text) <= 2 * LABEL_LINE_MAX and "。" not in text and (names_own(text) or names_relief(text)) \
        and not budget_header(text)


def _cells(text: str) -> list[str]:
    return [c for c in _CELL_SPLIT.split(text.strip(" |｜　")) if c]


_CELL_SPLIT = re.compile(r"\s*[|｜]\s*|\s+")


def budget_header(text: str) -> bool:
    """A table's header that also names a budget column (`| 事業名 | 補助上限額 | 予算額 |`): read by column, not as one label."""
    cells = _cells(text)
    return len(cells) > 1 and any(c.endswith(_budget_labels()) for c in cells)


def budget_cell(lines: list[LineInfo], i: int, m: Mention, above) -> bool:  # type: ignore[no-untyped-def]
    """The figure stands in a table under a header that names a budget column too, outside the cap's column."""
    j = list_label(lines, i, above)
    return j is not None and budget_header(lines[j].norm) and not cap_column(lines[j].norm, lines[i], m)


def cap_column(header: str, row: LineInfo, m: Mention) -> bool:
    """Under a header that names a budget column too, the figure's own column is a cap's (`区分 補助上限額 予算額` over
    `商店街支援 100万円 5,000万円`: the 100万円), read cell by cell where the row has as many cells as the header."""
    head, cells = _cells(header), _cells(row.norm)
    if len(head) != len(cells):
        return False
    k = len(_cells(row.norm[:m.end])) - 1
    return 0 <= k < len(head) and names_own(head[k])


@lru_cache(maxsize=1)
def _budget_labels() -> tuple[str, ...]:
    return tuple(w for w, role in load("roles")["labels"].items() if role in ("budget", "supplementary_budget", "previous_budget"))


_RULE_LINE = re.compile(r"[\s|｜:：\-－―ー]*-[\s|｜:：\-－―ー]*")
#: how many item lines with figures a list's label may stand above
_LIST_REACH = 12


def list_label(lines: list[LineInfo], i: int, above) -> int | None:  # type: ignore[no-untyped-def]
    """The label line over the list or table whose row line i is: the first line above without figures, when every line
    between holds figures (the list's rows); None when no such line stands within reach."""
    for j in above(i, _LIST_REACH):
        if not lines[j].amounts and not _RULE_LINE.fullmatch(lines[j].norm):  # (a text table's `|---|---|` under its header)
            return j
    return None


def unrelieved_rows(lines: list[LineInfo], i: int, above) -> bool:  # type: ignore[no-untyped-def]
    """Line i is a row of a list whose label names what is NOT waived (`(参考)減免対象外となる超過料金` over `176円/m3`): charges,
    not the relief in the rows above it."""
    j = list_label(lines, i, above)
    return j is not None and names_unrelieved(lines[j].norm)


def headed_by_cap(lines: list[LineInfo], i: int, above) -> bool:  # type: ignore[no-untyped-def]
    """Line i is a row of a list or table whose label names a grant's amount or cap, in a grant's frame (`補助金額(1事業年度
    当たりの補助上限額)` over `○オンサイト方式…22,000,000円`; `税相当額年間上限額` heading a table of staff bands)."""
    j = list_label(lines, i, above)
    return j is not None and (cap_label(lines[j].norm) and hint_near(lines, j, above) or _relief_lead(lines, j, above))


#: how many lines over a table's header its lead sentence may stand
_LEAD_REACH = 3


def _relief_lead(lines: list[LineInfo], j: int, above) -> bool:  # type: ignore[no-untyped-def]
    """A sentence right over the table headed at line j names a relief and points at the table (`免除対象となる基本料金(2か月
    分)は…次表のとおりとなります`: roles.json relief_table_leads): its rows are the relief per customer."""
    leads = tuple(load("roles")["relief_table_leads"])
    for k in [j, *above(j, _LEAD_REACH)]:
        if lines[k].amounts:
            return False  # (a list or table of figures between: the sentence leads another)
        if any(names_relief(s) and any(w in s for w in leads) for s in lines[k].norm.split("。")):
            return True
    return False
