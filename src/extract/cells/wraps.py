"""Labels wrapped onto the next line (`使用料及び賃` / `借料`, `要援護高齢` / `者対策費`): a row holding one
label and no number, right under a label of its column that reaches the column's widest right edge (also
when the row goes on with the items of a later zone: 節 `18 負担金、補助` / `及び交付金` beside a 説明
item and its amount); and the first line of a label wrapped onto the row of its figures
(`高知南国地区国営緊` / `急農地… 9,000`)."""
from __future__ import annotations

import re

from ..model import GridCell
from .printed import is_formula, is_total, squeeze, table_words, unit_of
from .table import TableRows, bare, numeric

#: (row, first line, the label joined so far) of the latest labels
Recent = list[tuple[int, GridCell, GridCell]]


def _widest(t: TableRows, body: list[int]) -> dict[int, float]:
    """Per column, the widest right edge of a label, over rows of figures (a heading over the table is
    wider than its column)."""
    widest: dict[int, float] = {}
    for r in body:
        if not any(bare(c) for c in t.rows.get(r, [])):
            continue
        for c in t.rows.get(r, []):
            if c.bbox and c.text.strip() and not numeric(c):
                widest[c.col] = max(widest.get(c.col, 0.0), c.bbox[2])
    return widest


def _joined(head: GridCell, tail: GridCell, at: GridCell) -> GridCell:
    """`head` + `tail` as one label, in the row and column of `at`."""
    assert head.bbox is not None and tail.bbox is not None
    return GridCell(at.row, at.col, head.text + tail.text, at.row_span, at.col_span,
                    (head.bbox[0], head.bbox[1], max(head.bbox[2], tail.bbox[2]), tail.bbox[3]))


def _wrap_of(recent: Recent, one: GridCell, r: int, widest: dict[int, float]) -> tuple[int, GridCell, GridCell] | None:
    """The label `one` (alone on row r) continues: (row, first line, the label joined), or None."""
    assert one.bbox is not None
    if is_formula(one.text, alone=False):
        return None  # an item with its own formula (`子育て応援アプリ運用 660×1／2`) is no wrapped line
    for pr, first, prev in recent:
        if prev.bbox is None or pr not in (r - 1, r - 2) or _whole_item(prev.text, one.text):
            continue
        size = prev.bbox[3] - prev.bbox[1]
        if prev.bbox[0] - 1 <= one.bbox[0] <= prev.bbox[2] and prev.bbox[2] >= widest.get(prev.col, 1e9) - 1.5 * size \
                and 0 <= one.bbox[1] - prev.bbox[3] < 1.5 * size:
            return (r, first, _joined(prev, one, prev))
    return None


def _whole_item(head: str, line: str) -> bool:
    """A coded 説明 item whose name ends as a 細目/事業 name ends (`001高齢者等あんしん生活支援事業費`) is whole:
    the line under it (`シルバーハウジングＬＳＡ派遣`) is an item of its own, unless it opens a bracket; so is an
    item followed by its formula."""
    s = squeeze(head)
    if is_formula(head, alone=False):
        return True  # `医療的ケア児保育支援事業 5,374×3／4`: an item closed by how its figure was reckoned
    return re.match(table_words()["programme_rows"]["code"], s) is not None and s.endswith(("費", "事業")) \
        and not squeeze(line).startswith(("(", "（"))


def _ends_in_count(text: str) -> bool:
    """`国保連審査支払件数 1,300件／月`, `居室確保事業 54日`: an item that closes with its count is whole, no
    line wrapped onto the next."""
    m = re.search(r"[0-9０-９][0-9０-９,，]*([^0-9０-９,，／/]{1,3})(?:[／/][^0-9０-９]{1,2})?$", squeeze(text))
    return m is not None and unit_of(m.group(1)) is not None


def _pending_head(t: TableRows, recent: Recent, r: int, cells: list[GridCell], widest: dict[int, float]
                  ) -> tuple[GridCell, GridCell] | None:
    """A label-only line that reaches its column's edge, joined to the label of the row right under it:
    (that label's cell, the label joined), or None."""
    if len(recent) != 1 or recent[0][0] != r - 1 or not any(numeric(x) for x in cells):
        return None
    pr, first, head = recent[0]
    if head.bbox is None or first is not head or any(x.row == pr and numeric(x) for x in t.rows.get(pr, [])):
        return None
    size = head.bbox[3] - head.bbox[1]
    if head.bbox[2] < widest.get(head.col, 1e9) - 1.5 * size or is_total(head.text) or _ends_in_count(head.text):
        return None
    for x in cells:
        if x.bbox and not numeric(x) and head.bbox[0] - 1 <= x.bbox[0] <= head.bbox[2] \
                and 0 <= x.bbox[1] - head.bbox[3] < 1.5 * size:
            return (x, _joined(head, x, x))
    return None


def _leading_label(cells: list[GridCell], number_cols: set[int]) -> GridCell | None:
    """The first label of a row when the next cell is a label of a later zone (a column of figures lies
    between them, none on this row): a wrapped name beside the items of a later zone."""
    if len(cells) < 2 or numeric(cells[0]) or numeric(cells[1]) or is_total(cells[0].text) or not cells[0].bbox:
        return None
    return cells[0] if any(cells[0].col < n < cells[1].col for n in number_cols) else None


def continuations(t: TableRows, body: list[int]) -> tuple[dict[int, GridCell], set[int]]:
    """The joined labels by id of the cell of their first line (or of the row of figures they end on),
    and the rows that were only a wrap."""
    widest = _widest(t, body)
    number_cols = {c.col for r in body for c in t.rows.get(r, []) if numeric(c)}
    joined: dict[int, GridCell] = {}
    wraps: set[int] = set()
    recent: Recent = []
    for r in body:
        cells = [x for x in t.rows.get(r, []) if x.text.strip()]
        one = cells[0] if len(cells) == 1 else None
        if one is not None and one.bbox and not numeric(one) and not is_total(one.text):
            wrap = _wrap_of(recent, one, r, widest)
            if wrap is not None:
                joined[id(wrap[1])] = wrap[2]
                wraps.add(r)
                recent = [wrap]
                continue
        lead = _leading_label(cells, number_cols)
        if lead is not None and (wrap := _wrap_of([x for x in recent if x[1].col == lead.col], lead, r, widest)) is not None:
            joined[id(wrap[1])] = wrap[2]
            joined[id(lead)] = GridCell(lead.row, lead.col, "", lead.row_span, lead.col_span, lead.bbox)  # read with its head
            recent = [wrap] + [(r, x, x) for x in cells[1:] if not numeric(x)]
            continue
        if recent and (pending := _pending_head(t, recent, r, cells, widest)) is not None:
            joined[id(pending[0])] = pending[1]
            wraps.add(recent[0][0])
            continue
        recent = [(r, x, x) for x in cells if not numeric(x)] or recent
    return joined, wraps
