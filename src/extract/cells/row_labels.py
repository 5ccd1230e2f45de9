"""Row labels: the label path of every number of a table body.

A label belongs to the zone of the number columns left of it (a 説明 label after the 節 amount is in the
second zone whether or not that row has a 節 amount); a number takes the nearest label of its zone or one
before it; within a zone, indentation nests (`1 市税` › `市民税`); row-spanning labels are parents."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import GridCell
from .printed import SEP, grand_total, is_total, label_of, squeeze, table_words
from .table import TableRows, numeric
from .wraps import continuations

_CODE_ONLY = re.compile(r"^[\d.．・,、\-]+$")


@dataclass
class _State:
    """What the rows read so far leave for the next: row-spanning labels and per zone the indented stack."""
    zone_of: Callable[[int], int]
    spanning: list[tuple[int, int, int, str]] = field(default_factory=list)  # (first row, last row, col, text)
    stacks: dict[int, list[tuple[float, str]]] = field(default_factory=dict)  # per label zone: (indent, label)
    span_x: list[tuple[int, int, float]] = field(default_factory=list)  # (first row, last row, left edge) of those labels

    def add_spanning(self, c: GridCell) -> None:
        self.spanning.append((c.row, c.row + c.row_span - 1, c.col, label_of(c.text)))
        if c.bbox:
            self.span_x.append((c.row, c.row + c.row_span - 1, c.bbox[0]))


def _zone_counts(t: TableRows, body: list[int], zone_of: Callable[[int], int]) -> tuple[dict[int, bool], dict[int, int]]:
    """Zones whose labels carry 事業 codes (a budget book's 歳出 説明) stand on their own; uncoded items in
    a later zone (歳入 説明: `河川流水占用料` beside 節 `河川使用料`) break down the row's label. Returns
    (coded zones, label rows per zone)."""
    coded_zone: dict[int, bool] = {}
    zone_label_rows: dict[int, int] = {}
    for r in body:
        for c in t.rows.get(r, []):
            if c.text.strip() and not numeric(c):
                z = zone_of(c.col)
                zone_label_rows[z] = zone_label_rows.get(z, 0) + 1
                if re.match(table_words()["programme_rows"]["code"], squeeze(c.text)):
                    coded_zone[z] = True
    return coded_zone, zone_label_rows


def _department(text: str) -> bool:
    """`都市整備課`, `危機管理課`: the department in charge printed beside a row's name."""
    words = table_words()["department_labels"]
    s = squeeze(text)
    return 2 <= len(s) <= int(words["max_length"]) and s.endswith(tuple(words["suffixes"]))


def _zone_name(s: _State, r: int, z: int, own: list[GridCell]) -> tuple[str, str]:
    """(the label path, the leaf as printed) of a zone's labels on row r."""
    # several labels side by side: the outer ones are its parents; a note (long prose) is no label
    own = [c for c in own if not _CODE_ONLY.match(squeeze(c.text))] or own  # `２．１．10` is a code, not a name
    short = [c for c in own if len(squeeze(c.text)) <= 60] or own[-1:]
    short = [c for c in short if not _department(c.text)] or short[-1:]
    raw = squeeze(short[-1].text)
    text = SEP.join(label_of(c.text) for c in short)
    indent = own[0].bbox[0] if own[0].bbox else float(own[0].col)
    stack = s.stacks.setdefault(z, [])
    if is_total(text):
        # a subtotal printed in a column whose row-spanning label just ended closes that label
        # (`市民税 / 個人 / 小計`); any other total stands at the top of its zone
        closed = [lab for a, b, col, lab in s.spanning if b == r - 1 and col == own[0].col and lab and not grand_total(text)]
        stack.clear()
        return SEP.join(closed[-1:] + [text]), raw
    size = own[0].bbox[3] - own[0].bbox[1] if own[0].bbox else 1.0
    # a row-spanning label beside it is its parent: a label above at that label's place is not
    side = [x for a, b, x in s.span_x if a <= r <= b and x < indent - 0.6 * size]
    while stack and (stack[-1][0] >= indent - 0.6 * size or any(abs(stack[-1][0] - x) < 0.6 * size for x in side)):
        stack.pop()  # nested only when indented by half a character
    name = SEP.join([x for _, x in stack] + [text])
    stack.append((indent, text))
    return name, raw


def _row_names(s: _State, r: int, cells: list[GridCell]) -> tuple[dict[int, str], dict[int, str]]:
    """Per zone, the label path of row r and its leaf as printed."""
    groups: dict[int, list[GridCell]] = {}
    for c in cells:
        if c.text.strip() and not numeric(c):
            groups.setdefault(s.zone_of(c.col), []).append(c)
    period = re.compile(table_words()["period_labels"]["pattern"])
    for z in sorted(groups):  # a period beside the row's name (a 期間 column, before or after the figures) is no label
        kept = [c for c in groups[z] if not period.match(squeeze(c.text))]
        groups[z] = kept if kept or z != min(groups) else groups[z]
    names: dict[int, str] = {}
    raws: dict[int, str] = {}
    for z, g in sorted(groups.items()):
        own = [c for c in g if c.row_span == 1]
        for c in g:
            if c.row_span > 1:
                s.add_spanning(c)
        if own:
            names[z], raws[z] = _zone_name(s, r, z, own)
    return names, raws


def row_labels(t: TableRows, body: list[int], number_cols: set[int], text_cols: frozenset[int] = frozenset()
               ) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """(row, col) of a number -> its row label path, and the label's leaf as printed (with its code);
    `text_cols` hold text attributes of the row (`起債の方法`), not labels."""
    out: dict[tuple[int, int], str] = {}
    codes: dict[tuple[int, int], str] = {}
    numeric_cols = sorted(number_cols)

    def zone_of(col: int) -> int:
        return sum(1 for n in numeric_cols if n < col)

    joined, wraps = continuations(t, body)
    coded_zone, zone_label_rows = _zone_counts(t, body, zone_of)
    s = _State(zone_of)
    for r in (r for r in sorted(t.rows) if body and r < body[0]):  # a label from the header down the body's side
        for c in t.rows[r]:
            if c.row_span > 1 and r + c.row_span > body[0] and c.text.strip() and not numeric(c):
                s.add_spanning(c)
    for r in body:
        if r in wraps:
            continue
        cells = [joined.get(id(c), c) for c in t.rows.get(r, []) if c.col not in text_cols or numeric(c)]
        names, raws = _row_names(s, r, cells)
        for c in cells:
            if not numeric(c):
                continue
            z = zone_of(c.col)
            parents = [x for a, b, col, x in s.spanning if a <= r <= b and col < c.col and x]
            if z in names and grand_total(names[z]):
                parents = []  # `歳入合計` closes the whole table, not the group printed beside it
            # the label nearest before it (a figure after another takes the same label)
            label = next((names[k] for k in range(z, -1, -1) if k in names), "")
            near = next((k for k in range(z, -1, -1) if k in names), 0)
            any_coded = near > 0 and coded_zone.get(near, False)
            if near > 0 and (len(label) <= 4 or not any_coded and zone_label_rows.get(0, 0) > 0):
                # a short word before a figure in a later column (`取崩 △650,000`, `積立 7,479`) is a sub-row
                # of the row's label (or of the label above it)
                base = names.get(0) or ("" if parents else SEP.join(x for _, x in s.stacks.get(0, [])))
                # the row's own label printed again before a later block of columns (`２級` … `２級 89`) is no sub-row
                label = base if base and base.split(SEP)[-1] == label else SEP.join(x for x in (base, label) if x)
            path = [p for p in parents if p not in label.split(SEP)] + ([label] if label else [])
            out[(r, c.col)] = SEP.join(path)
            codes[(r, c.col)] = next((raws[k] for k in range(z, -1, -1) if k in raws), "")
    return out, codes
