"""Table grids into cells: every number of a table with its value in base units, its unit, its row
label and its column label (header paths joined with ` / `). Pure: TableGrids in, records out.

- header rows: the rows without a bare number right above the first row that has one (a unit row
  `千円 千円` included); a later such block over the number columns starts new headers;
- the unit: written in the cell (`68,310千円`, `2.7％増`), else over its column (`千円` in the header),
  else the table's unit header (`（単位：千円、％）`: percent for a 構成比/伸率 column); words in
  dictionary/table_words.json;
- the row label: the text right before the number in its row (a 説明 column's `001 給与費   846`), else the
  row's leading label; parents from row-spanning cells and from indentation (`1 市税` › `市民税`);
- a table with no header rows continues the previous page's table with as many columns: it takes its
  headers and unit.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .dictionary import load, words
from .model import GridCell, TableGrid

SEP = " / "


@lru_cache(maxsize=1)
def _w() -> dict[str, Any]:
    return load("table_words")


def squeeze(text: str) -> str:
    """NFKC without spaces: how labels and units are compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


_NUM = re.compile(r"^(?P<open>[(（])?(?P<sign>[△▲\-−－+])?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>[^\d()（）]{0,4}?)"
                  r"(?P<change>増|減)?(?P<close>[)）])?$")


@dataclass(frozen=True)
class Number:
    value: float
    unit_text: str


def parse_number(text: str) -> Number | None:
    """A cell's number as printed: `1,234`, `△ 1.2`, `(33.5％)`, `2.7％増`, `▲7.8％`, `68,310千円`; None for
    a blank, a dash or text."""
    t = squeeze(text).replace("，", ",")
    if not t or t in _w()["blank"]:
        return None
    m = _NUM.match(t)
    if m is None:
        return None
    try:
        v = float(m["num"].replace(",", ""))
    except ValueError:
        return None
    if m["sign"] and m["sign"] in _w()["negative"] or m["sign"] in ("△", "▲"):
        v = -v
    if m["change"]:
        v *= _w()["change_suffix"][m["change"]]
    return Number(v, m["unit"] or "")


def unit_of(word: str) -> tuple[str, float] | None:
    """(unit, scale) of a unit word: 千円 -> (yen, 1000), ％ -> (percent, 1), 千人 -> (人, 1000), 件 -> (件, 1)."""
    w = squeeze(word).strip("()（）[]［］")
    if not w:
        return None
    money = words(_w()["money_units"])
    if w in money:
        return ("yen", float(money[w]))
    if w in [squeeze(p) for p in _w()["percent_units"]]:
        return ("percent", 1.0)
    scales = words(_w()["counter_scales"])
    if w in scales:
        return (scales[w][0], float(scales[w][1]))
    if w in _w()["counters"]:
        return (w, 1.0)
    return None


_UNIT_HEADER = re.compile(r"単位\s*[:：]?\s*([^)）]*)")
_BRACKETED = re.compile(r"[(（]([^()（）]{1,6})[)）]")


def header_units(texts: Sequence[str]) -> list[tuple[str, float]]:
    """The units a table's unit header lists: `（単位：千円、％）` -> [(yen, 1000), (percent, 1)]."""
    for t in reversed(texts):
        m = _UNIT_HEADER.search(unicodedata.normalize("NFKC", t))
        if m:
            out = [u for part in re.split(r"[、,，･・/／\s]+", m.group(1)) if (u := unit_of(part))]
            if out:
                return out
    return []


def _label_unit(text: str) -> tuple[str, float] | None:
    """A unit written in a header cell: the cell itself (`千円`) or bracketed after a label (`金額（千円）`)."""
    u = unit_of(text)
    if u:
        return u
    for m in _BRACKETED.finditer(unicodedata.normalize("NFKC", text)):
        u = unit_of(m.group(1))
        if u:
            return u
    return None


def _is_percent_column(label: str) -> bool:
    s = squeeze(label)
    return any(w in s for w in _w()["percent_columns"]["words"])


_ENUM = re.compile(r"^(?:[0-9０-９]{3}(?=[^0-9０-９])|[(（]?[0-9０-９ｱ-ﾝア-ンイロハニホヘト一二三四五六七八九十]{1,2}[)）.．]"
                   r"|[0-9０-９]{1,2}(?=[^0-9０-９,，.．%％]))")


_HEADING = re.compile(r"^\d{1,2}[款項]")


def label_of(text: str) -> str:
    """A label as published: as printed without its spaces (`地 方 交 付 税` -> 地方交付税; widths kept),
    leading enumeration dropped (`1.`, `(1)`, `(ｲ)`, `4 共済費`, 説明 codes `002`)."""
    s = re.sub(r"\s+", "", text or "")
    return _ENUM.sub("", s, count=1) or s


def is_total(label: str) -> bool:
    """`合計`, `歳 入 合 計`, `小計`, `計`: a row (or column) that sums others."""
    s = re.sub(r"^[\d.．]+", "", squeeze(label.split(SEP)[-1]))
    s = re.sub(r"(?:[+＋]?[(（][a-zA-Zａ-ｚ①-⑳][)）])+$", "", s)  # `小計(a)`, `歳出合計(a)+(b)`
    return s in _w()["totals"] or s.endswith(("合計", "会計計", "小計", "総計", "財源計"))


@dataclass
class _Table:
    grid: TableGrid
    rows: dict[int, list[GridCell]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for c in self.grid.cells:
            self.rows.setdefault(c.row, []).append(c)
        for r in self.rows.values():
            r.sort(key=lambda c: c.col)

    @property
    def ncols(self) -> int:
        return max((c.col + c.col_span for c in self.grid.cells), default=0)


def _bare(c: GridCell) -> bool:
    n = parse_number(c.text)
    return n is not None and not n.unit_text and not c.text.strip().startswith(("(", "（"))


def _numeric(c: GridCell) -> bool:
    """A number with no unit or a known one (`001 給与費` is a code and a name, not a number)."""
    n = parse_number(c.text)
    return n is not None and (not n.unit_text or unit_of(n.unit_text) is not None)


@dataclass
class Header:
    labels: dict[int, list[str]]
    units: dict[int, tuple[str, float]]


def _headers(t: _Table, rows: list[int]) -> Header:
    labels: dict[int, list[str]] = {}
    units: dict[int, tuple[str, float]] = {}
    for r in rows:
        for c in t.rows.get(r, []):
            text = c.text.strip()
            if not text:
                continue
            if "単位" in text:
                continue  # the table's unit header inside its grid: read with the caption
            u = _label_unit(text)
            for col in range(c.col, c.col + c.col_span):
                if u:
                    units[col] = u
                if unit_of(text) is None:
                    # the label without a bracketed unit (`金額（千円）` -> 金額)
                    lab = _BRACKETED.sub(lambda m: "" if unit_of(m.group(1)) else m.group(0), text)
                    lab = re.sub(r"\s+", "", lab)
                    if lab and (not labels.get(col) or labels[col][-1] != lab):
                        labels.setdefault(col, []).append(lab)
    return Header(labels, units)


def _continuations(t: _Table, body: list[int]) -> tuple[dict[int, GridCell], set[int]]:
    """Labels wrapped onto the next line (`使用料及び賃` / `借料`, `要援護高齢` / `者対策費`): a row holding
    one label and no number, right under a label of its column that reaches the column's widest right
    edge. Returns the joined labels by (row, col) of the first line, and the rows that were only a wrap."""
    widest: dict[int, float] = {}
    for r in body:  # over rows of figures (a heading over the table is wider than its column)
        if not any(_bare(c) for c in t.rows.get(r, [])):
            continue
        for c in t.rows.get(r, []):
            if c.bbox and c.text.strip() and not _numeric(c):
                widest[c.col] = max(widest.get(c.col, 0.0), c.bbox[2])
    joined: dict[int, GridCell] = {}  # id of a label's first line -> the label joined
    wraps: set[int] = set()

    def pending_head(recent: list[tuple[int, GridCell, GridCell]], r: int, cells: list[GridCell]) -> bool:
        """Join a label-only line that reaches its column's edge to the label of the row right under it."""
        if len(recent) != 1 or recent[0][0] != r - 1 or not any(_numeric(x) for x in cells):
            return False
        pr, first, head = recent[0]
        if head.bbox is None or first is not head or any(x.row == pr and _numeric(x) for x in t.rows.get(pr, [])):
            return False
        size = head.bbox[3] - head.bbox[1]
        if head.bbox[2] < widest.get(head.col, 1e9) - 1.5 * size or is_total(head.text):
            return False
        for x in cells:
            if x.bbox and not _numeric(x) and head.bbox[0] - 1 <= x.bbox[0] <= head.bbox[2] \
                    and 0 <= x.bbox[1] - head.bbox[3] < 1.5 * size:
                joined[id(x)] = GridCell(x.row, x.col, head.text + x.text, x.row_span, x.col_span,
                                         (head.bbox[0], head.bbox[1], max(head.bbox[2], x.bbox[2]), x.bbox[3]))
                wraps.add(pr)
                return True
        return False

    recent: list[tuple[int, GridCell, GridCell]] = []  # (row, first line, joined so far) of the latest labels
    for r in body:
        cells = [x for x in t.rows.get(r, []) if x.text.strip()]
        one = cells[0] if len(cells) == 1 else None
        if one is not None and one.bbox and not _numeric(one) and not is_total(one.text):
            for pr, first, prev in recent:
                if prev.bbox is None or pr not in (r - 1, r - 2):
                    continue
                size = prev.bbox[3] - prev.bbox[1]
                if prev.bbox[0] - 1 <= one.bbox[0] <= prev.bbox[2] and prev.bbox[2] >= widest.get(prev.col, 1e9) - 1.5 * size \
                        and 0 <= one.bbox[1] - prev.bbox[3] < 1.5 * size:
                    merged = GridCell(prev.row, prev.col, prev.text + one.text, prev.row_span, prev.col_span,
                                      (prev.bbox[0], prev.bbox[1], max(prev.bbox[2], one.bbox[2]), one.bbox[3]))
                    joined[id(first)] = merged
                    wraps.add(r)
                    recent = [(r, first, merged)]
                    break
            if r in wraps:
                continue
        # the first line of a label wrapped onto the row of its figures (`高知南国地区国営緊` / `急農地… 9,000`)
        if recent and pending_head(recent, r, cells):
            continue
        recent = [(r, x, x) for x in cells if not _numeric(x)] or recent
    return joined, wraps


_CODE_ONLY = re.compile(r"^[\d.．・,、\-]+$")


def _grand_total(label: str) -> bool:
    leaf = squeeze(label.split(SEP)[-1])
    return is_total(leaf) and not leaf.startswith(("小計", "計")) and not leaf.endswith(("小計", "会計計"))


def _row_labels(t: _Table, body: list[int], number_cols: set[int]
                ) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """(row, col) of a number -> its row label path, and the label's leaf as printed (with its code).

    A label belongs to the zone of the number columns left of it (a 説明 label after the 節 amount is
    in the second zone whether or not that row has a 節 amount); a number takes the nearest label of its
    zone or one before it; within a zone, indentation nests (`1 市税` › `市民税`)."""
    out: dict[tuple[int, int], str] = {}
    codes: dict[tuple[int, int], str] = {}
    numeric_cols = sorted(number_cols)

    def zone_of(col: int) -> int:
        return sum(1 for n in numeric_cols if n < col)

    joined, wraps = _continuations(t, body)
    # zones whose labels carry 事業 codes (a budget book's 歳出 説明) stand on their own; uncoded items in a
    # later zone (歳入 説明: `河川流水占用料` beside 節 `河川使用料`) break down the row's label
    coded_zone: dict[int, bool] = {}
    zone_label_rows: dict[int, int] = {}
    for r in body:
        for c in t.rows.get(r, []):
            if c.text.strip() and not _numeric(c):
                z = zone_of(c.col)
                zone_label_rows[z] = zone_label_rows.get(z, 0) + 1
                if re.match(_w()["programme_rows"]["code"], squeeze(c.text)):
                    coded_zone[z] = True
    spanning: list[tuple[int, int, int, str]] = []  # (first row, last row, col, text) of row-spanning labels
    stacks: dict[int, list[tuple[float, str]]] = {}  # per label zone: (indent, label)
    for r in body:
        if r in wraps:
            continue
        cells = [joined.get(id(c), c) for c in t.rows.get(r, [])]
        groups: dict[int, list[GridCell]] = {}
        for c in cells:
            if c.text.strip() and not _numeric(c):
                groups.setdefault(zone_of(c.col), []).append(c)
        names: dict[int, str] = {}
        raws: dict[int, str] = {}
        for z, g in sorted(groups.items()):
            own = [c for c in g if c.row_span == 1]
            for c in g:
                if c.row_span > 1:
                    spanning.append((c.row, c.row + c.row_span - 1, c.col, label_of(c.text)))
            if not own:
                continue
            # several labels side by side: the outer ones are its parents; a note (long prose) is no label
            own = [c for c in own if not _CODE_ONLY.match(squeeze(c.text))] or own  # `２．１．10` is a code, not a name
            short = [c for c in own if len(squeeze(c.text)) <= 60] or own[-1:]
            raws[z] = squeeze(short[-1].text)
            text = SEP.join(label_of(c.text) for c in short)
            indent = own[0].bbox[0] if own[0].bbox else float(own[0].col)
            stack = stacks.setdefault(z, [])
            if is_total(text):
                # a subtotal printed in a column whose row-spanning label just ended closes that label
                # (`市民税 / 個人 / 小計`); any other total stands at the top of its zone
                closed = [lab for a, b, col, lab in spanning if b == r - 1 and col == own[0].col and lab
                          and not _grand_total(text)]
                stack.clear()
                names[z] = SEP.join(closed[-1:] + [text])
                continue
            size = own[0].bbox[3] - own[0].bbox[1] if own[0].bbox else 1.0
            while stack and stack[-1][0] >= indent - 0.6 * size:  # nested only when indented by half a character
                stack.pop()
            names[z] = SEP.join([s for _, s in stack] + [text])
            stack.append((indent, text))
        for c in cells:
            if not _numeric(c):
                continue
            z = zone_of(c.col)
            parents = [s for a, b, col, s in spanning if a <= r <= b and col < c.col and s]
            if z in names and _grand_total(names[z]):
                parents = []  # `歳入合計` closes the whole table, not the group printed beside it
            # the label nearest before it (a figure after another takes the same label)
            label = next((names[k] for k in range(z, -1, -1) if k in names), "")
            near = next((k for k in range(z, -1, -1) if k in names), 0)
            any_coded = near > 0 and coded_zone.get(near, False)
            if near > 0 and (len(label) <= 4 or not any_coded and zone_label_rows.get(0, 0) > 0):
                # a short word before a figure in a later column (`取崩 △650,000`, `積立 7,479`) is a sub-row
                # of the row's label (or of the label above it)
                base = names.get(0) or SEP.join(x for _, x in stacks.get(0, []))
                label = SEP.join(x for x in (base, label) if x)
            path = [p for p in parents if p not in label.split(SEP)] + ([label] if label else [])
            out[(r, c.col)] = SEP.join(path)
            codes[(r, c.col)] = next((raws[k] for k in range(z, -1, -1) if k in raws), "")
    return out, codes


def _body_start(t: _Table) -> int | None:
    """The first row with a bare number; in a table whose every figure carries its unit (`14件`), the
    first row with a figure."""
    for r in sorted(t.rows):
        if any(_bare(c) for c in t.rows[r]):
            return r
    for r in sorted(t.rows):
        if any(_numeric(c) for c in t.rows[r]):
            return r
    return None


def _header_rows(t: _Table, start: int) -> list[int]:
    """The run of rows without numbers right above `start`."""
    rows = sorted(r for r in t.rows if r < start)
    out: list[int] = []
    for r in reversed(rows):
        if any(_numeric(c) for c in t.rows[r]):
            break
        out.append(r)
    return sorted(out)


def grid_cells(doc: str, grids: Sequence[TableGrid], title: str = "") -> list[dict[str, Any]]:
    """Cell records of a deck's tables, in page and table order."""
    out: list[dict[str, Any]] = []
    prev: tuple[TableGrid, Header, list[tuple[str, float]]] | None = None
    for grid in sorted(grids, key=lambda g: (g.page, g.index)):
        t = _Table(grid)
        start = _body_start(t)
        if start is None:
            continue
        head_rows = _header_rows(t, start)
        header = _headers(t, head_rows)
        table_units = header_units(list(grid.caption) + [c.text for r in head_rows for c in t.rows[r] if "単位" in c.text])
        if not table_units and prev is not None and prev[0].page == grid.page:
            table_units = prev[2]  # a second table under the page's one unit header
        if not header.labels and prev is not None and prev[0].page in (grid.page - 1, grid.page - 2) \
                and max(prev[1].labels, default=-1) < t.ncols:
            header = Header(prev[1].labels, prev[1].units)  # continued from the previous page
            table_units = table_units or prev[2]
        prev = (grid, header, table_units)
        # a sheet read whole keeps its title inside the grid: a header row of one cell is part of the caption
        titles = [t.rows[r][0].text for r in head_rows if len(t.rows[r]) == 1] if grid.reader == "xlsx" else []
        caption = " ".join([*grid.caption, *titles])
        body = sorted(r for r in t.rows if r >= start)
        number_cols = {c.col for r in body for c in t.rows[r] if _numeric(c)}
        labels, printed = _row_labels(t, body, number_cols)
        raw_labels = {r: "".join(c.text for c in t.rows[r] if not _numeric(c)) for r in body}
        for r in body:
            for c in t.rows[r]:
                n = parse_number(c.text)
                if n is None or _HEADING.match(squeeze(raw_labels.get(r, ""))):
                    continue  # `２款 総務費 9,013,376千円` over a table is its heading, not a cell
                col_label = SEP.join(header.labels.get(c.col, []))
                unit = unit_of(n.unit_text) if n.unit_text else None
                if n.unit_text and unit is None:
                    continue  # `8年度`, `44歳`: not a figure of the table
                if unit is None:
                    unit = header.units.get(c.col)
                if unit is None and table_units:
                    pct = [u for u in table_units if u[0] == "percent"]
                    other = [u for u in table_units if u[0] != "percent"]
                    if pct and (_is_percent_column(col_label) or not other):
                        unit = pct[0]
                    else:
                        unit = other[0] if other else None
                name, scale = unit if unit else (None, 1.0)
                value = n.value * scale
                if name != "percent" and abs(value - round(value)) < 1e-6:
                    value = float(round(value))
                bbox = c.bbox or (None, None, None, None)
                text_deck = grid.reader == "text"
                line = int(c.ref[1:]) if text_deck and c.ref and c.ref[1:].isdigit() else None
                out.append({"doc": doc, "page": None if text_deck else grid.page, "line": line, "table": grid.index,
                            "row": c.row, "col": c.col,
                            "text": c.text, "value": value, "unit": name,
                            "row_label": labels.get((r, c.col)) or None, "col_label": col_label or None,
                            "reader": grid.reader, "ref": None if text_deck else c.ref,
                            "printed_label": printed.get((r, c.col)) or "",
                            "caption": caption, "x0": bbox[0], "top": bbox[1], "x1": bbox[2], "bottom": bbox[3]})
    for i, rec in enumerate(out):
        rec["seq"] = i
    return out


# -- sums ----------------------------------------------------------------------------------------------

def _decimals(text: str) -> int:
    m = re.search(r"\.(\d+)", text)
    return len(m.group(1)) if m else 0


def sum_failures(cells: Sequence[dict[str, Any]]) -> dict[tuple[int, int], str]:
    """(page, table) -> why its sums do not hold: a total row (`合計`, `小計`, `計`) whose figure in a money
    or count column is not the sum of the rows it closes (those since the previous total of the same
    word), within rounding. Percent columns are not summed."""
    by_table: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for c in cells:
        by_table.setdefault((c["page"], c["table"]), []).append(c)
    out: dict[tuple[int, int], str] = {}
    for key, cs in by_table.items():
        cols: dict[int, list[dict[str, Any]]] = {}
        for c in cs:
            if c["unit"] != "percent":
                cols.setdefault(c["col"], []).append(c)
        for col, items in cols.items():
            items.sort(key=lambda c: c["row"])
            last_total: dict[str, int] = {}
            for i, c in enumerate(items):
                label = c["row_label"] or ""
                if not is_total(label):
                    continue
                word = squeeze(label.split(SEP)[-1])
                begin = last_total.get(word, -1)
                last_total[word] = i
                parts = [p for p in items[begin + 1:i] if not is_total(p["row_label"] or "")]
                if len(parts) < 2:
                    continue
                step = 10 ** -max([_decimals(p["text"]) for p in parts] + [_decimals(c["text"])])
                scale = abs(c["value"]) / max(abs(parse_number(c["text"]).value), 1e-9) if parse_number(c["text"]) else 1  # type: ignore[union-attr]
                tol = (len(parts) * 0.5 * step + 1e-9) * (scale or 1)
                top = [p for p in parts if SEP not in (p["row_label"] or "")]
                parent = label.rsplit(SEP, 1)[0] + SEP if SEP in label else None
                siblings = [p for p in parts if parent and (p["row_label"] or "").startswith(parent)]
                since_any = next((k for k in range(i - 1, -1, -1) if is_total(items[k]["row_label"] or "")), -1)
                closed = items[since_any + 1:i]
                sums = [sum(p["value"] for p in parts), sum(p["value"] for p in top),
                        sum(p["value"] for p in siblings), _closed_sum(items[begin + 1:i]),
                        sum(p["value"] for p in closed)]
                # the rows right above it (a subtotal printed without a total word: 実交付額 over 算定額, 調整額)
                sums += [sum(p["value"] for p in parts[-k:]) for k in range(2, len(parts))]
                if since_any >= 0:  # the total above it and what follows it (総計 = 実績 合計 + 特別交付税)
                    sums += [items[since_any]["value"] + sum(p["value"] for p in closed[-k:]) for k in range(1, len(closed) + 1)]
                if any(abs(s - c["value"]) <= tol for s in sums):
                    continue
                if begin < 0 and since_any < 0 and sum(p["value"] for p in parts) < c["value"]:
                    continue  # its first rows may be on the page before (a table continued): nothing to check here
                out.setdefault(key, f"{c['row_label']} {c['text']} in column {c['col_label'] or col} is not "
                                    f"the sum of the {len(parts)} rows above it ({sums[0]:,.10g})")
    return out


def _closed_sum(rows: list[dict[str, Any]]) -> float:
    """The sum of the rows above a total where each subtotal (`特別会計計`, `小計`) stands for the rows
    it closes: a grand total of subtotals."""
    total, pending = 0.0, 0.0
    for p in rows:
        if is_total(p["row_label"] or ""):
            total += p["value"]
            pending = 0.0
        else:
            pending += p["value"]
    return total + pending


def held_back_cells(cells: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(kept, held back with `reason`): a table whose sums do not hold is held back whole."""
    bad = sum_failures(cells)
    kept = [c for c in cells if (c["page"], c["table"]) not in bad]
    held = [{**c, "reason": bad[(c["page"], c["table"])]} for c in cells if (c["page"], c["table"]) in bad]
    return kept, held


# -- budgets from cells ----------------------------------------------------------------------------------

_ERA_FY = re.compile(r"(令和|平成|R|H)\s*(\d{1,2}|元)\s*年度")
_ERA_BASE = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}


def fiscal_year(text: str) -> int | None:
    """The fiscal year a header or title names (`令和８年度` -> 2026)."""
    m = _ERA_FY.search(unicodedata.normalize("NFKC", text or ""))
    if not m:
        return None
    return _ERA_BASE[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))


def column_role(col_label: str) -> str | None:
    """budget / supplementary_budget / previous_budget from a column's header words (longest first)."""
    s = squeeze(col_label)
    labels = words(_w()["budget_columns"]["labels"])
    for word in sorted(labels, key=len, reverse=True):
        if word in s:
            return str(labels[word])
    return None


def is_programme(cell: dict[str, Any]) -> bool:
    """A row that names a programme: a 事業 code (`002 会計事務費`), or a 事業 name in a table of 事業;
    never a category (款/項/目, revenue lines) or a total."""
    path = (cell.get("row_label") or "").split(SEP)
    leaf = path[-1]
    if not leaf or is_total(leaf) or squeeze(leaf) in _w()["categories"]["words"]:
        return False
    if any(squeeze(p) in _w()["programme_rows"]["not_under"] for p in path):
        return False
    if re.match(_w()["programme_rows"]["code"], squeeze(cell.get("printed_label") or "")):
        # a budget book's 説明: a 事業 is listed under its 細目 (both coded); a 細目 alone is a group of 事業
        return len(path) >= 2
    return "事業" in squeeze(cell.get("caption") or "")  # a table of 事業 (主な継続事業, 新規事業): every row


def cell_budget_records(cells: Sequence[dict[str, Any]], title: str = "") -> list[dict[str, Any]]:
    """budgets rows (source `cell`) from the cells of programme rows under a budget or supplementary
    column, with the previous-year figure of the same row where a 前年度 column gives one. fy from the
    column header, else the document title. Cells are not mentions, so no figure is counted twice."""
    by_row: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for c in cells:
        by_row.setdefault((c["page"], c["table"], c["row"]), []).append(c)
    title_fy = fiscal_year(title)
    # two budget columns of different years (`Ｒ８年度当初予算額`, `Ｒ７年度当初予算額`): the earlier is the previous year's
    latest: dict[tuple[int, int], int] = {}
    for c in cells:
        fy = fiscal_year(c.get("col_label") or "")
        if fy and column_role(c.get("col_label") or "") == "budget":
            key = (c["page"], c["table"])
            latest[key] = max(latest.get(key, fy), fy)

    def role_of(c: dict[str, Any]) -> str | None:
        role = column_role(c.get("col_label") or "")
        fy = fiscal_year(c.get("col_label") or "")
        if role == "budget" and fy and fy < latest.get((c["page"], c["table"]), fy):
            return "previous_budget"
        return role

    out: list[dict[str, Any]] = []
    for c in cells:
        role = role_of(c)
        if role not in ("budget", "supplementary_budget") or c.get("unit") != "yen" or c["value"] <= 0 or not is_programme(c):
            continue
        prev = next((o for o in by_row[(c["page"], c["table"], c["row"])]
                     if o is not c and role_of(o) == "previous_budget" and o.get("unit") == "yen"), None)
        path = (c.get("row_label") or "").split(SEP)
        # the 事業 name among the row's labels (a department or a code may stand beside it): the last that
        # names a programme, else the leaf
        k = next((i for i in range(len(path) - 1, -1, -1) if re.search(r"事業|費(?:[（(].*)?$", squeeze(path[i]))), len(path) - 1)
        out.append({"doc": c["doc"], "seq": c["seq"], "program": path[k], "parent": path[k - 1] if k > 0 else None,
                    "fy": fiscal_year(c.get("col_label") or "") or title_fy, "role": role, "account": None,
                    "budget_yen": int(c["value"]), "previous_budget_yen": int(prev["value"]) if prev else None,
                    "change_pct": round((c["value"] - prev["value"]) / prev["value"] * 100, 2) if prev and prev["value"] else None,
                    "page": c["page"], "line": c.get("line"), "text": c["text"], "previous_text": prev["text"] if prev else None,
                    "x0": c.get("x0"), "top": c.get("top"), "x1": c.get("x1"), "bottom": c.get("bottom"), "origin": "cell"})
    return out
