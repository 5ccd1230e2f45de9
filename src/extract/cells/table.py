"""A table grid read as rows: which rows are its header (the rows without a bare number right above
the first that has one), the header's column labels and the units written over columns."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import GridCell, TableGrid
from .printed import (
    BRACKETED,
    figure_text,
    is_formula,
    label_unit,
    parse_number,
    repeated_unit,
    squeeze,
    table_words,
    trailing_unit,
    unit_of,
)

#: text lower than this (points) is a printer's mark, not print a reader reads
MARK_HEIGHT = 3.0


@dataclass
class TableRows:
    grid: TableGrid
    rows: dict[int, list[GridCell]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for c in self.grid.cells:
            if c.bbox and 0 < c.bbox[3] - c.bbox[1] < MARK_HEIGHT:
                continue  # a printer's mark in the margin (`歳入予算書＿事項別明細書 02`, 1 pt high) is no cell
            if is_formula(c.text):
                continue  # a formula line of a 説明 column (`885×1／2`) is neither a label nor a figure
            cut = figure_text(c.text)  # `5.0％以内（ただし、…）`: the figure, without the proviso
            self.rows.setdefault(c.row, []).append(c if cut == c.text else replace(c, text=cut))
        for r in self.rows.values():
            r.sort(key=lambda c: c.col)

    @property
    def ncols(self) -> int:
        return max((c.col + c.col_span for c in self.grid.cells), default=0)


def bare(c: GridCell) -> bool:
    n = parse_number(c.text)
    return n is not None and not n.unit_text and not c.text.strip().startswith(("(", "（"))


def numeric(c: GridCell) -> bool:
    """A number with no unit or a known one (`001 給与費` is a code and a name, not a number)."""
    n = parse_number(c.text)
    return n is not None and (not n.unit_text or unit_of(n.unit_text) is not None)


@dataclass
class Header:
    labels: dict[int, list[str]]
    units: dict[int, tuple[str, float]]


def _split_merged(row: list[GridCell]) -> list[GridCell]:
    """A header cell over k columns whose text is k neighbouring words of its row written together
    (`職員数構成比` beside `職員数`, `構成比`, …: the ruling between them is missing): one cell per word."""
    singles = [c for c in row if c.col_span == 1 and c.text.strip()]
    out: list[GridCell] = []
    for c in row:
        text = re.sub(r"\s+", "", c.text)
        k = c.col_span
        words = next(([re.sub(r"\s+", "", x.text) for x in singles[i:i + k]] for i in range(len(singles) - k + 1)
                      if k > 1 and "".join(re.sub(r"\s+", "", x.text) for x in singles[i:i + k]) == text
                      and len({x.text for x in singles[i:i + k]}) == k), None)
        out += [GridCell(c.row, c.col + j, w, 1, 1, c.bbox) for j, w in enumerate(words)] if words else [c]
    return out


def _units_only(t: TableRows, r: int) -> bool:
    """Row r holds units and nothing else (`千円 千円`)."""
    texts = [c.text for c in t.rows.get(r, []) if c.text.strip()]
    return bool(texts) and all(unit_of(y) or repeated_unit(y) for y in texts)


def _closed(t: TableRows, rows: list[int], r: int) -> bool:
    """Row r comes after a header row that holds only units."""
    return any(x < r and _units_only(t, x) for x in rows)


def _money_or_percent(word: str) -> bool:
    u = unit_of(word)
    return u is not None and u[0] in ("yen", "percent")


def headers(t: TableRows, rows: list[int]) -> Header:
    labels: dict[int, list[str]] = {}
    units: dict[int, tuple[str, float]] = {}
    for r in rows:
        if _closed(t, rows, r):
            break  # lines under the row of units (`千円 千円`) are items carried over from the page before
        for c in _split_merged(t.rows.get(r, [])):
            text = c.text.strip()
            if not text:
                continue
            if "単位" in text or re.match(table_words()["table_titles"]["pattern"], squeeze(text)) or is_formula(text, alone=False):
                continue  # the table's unit header or title inside its grid: read with the caption; an item's formula
            u = label_unit(text)
            for col in range(c.col, c.col + c.col_span):
                if u:
                    units[col] = u
                if unit_of(text) is None and repeated_unit(text) is None:
                    # the label without a bracketed unit (`金額（千円）` -> 金額)
                    # (a counter in brackets is part of the label as printed: `支給率計（月分）`)
                    tail, rest = trailing_unit(text)
                    kept = text if tail and tail[0] not in ("yen", "percent") and re.search(r"[)）]\s*$", text) else rest
                    lab = BRACKETED.sub(lambda m: "" if _money_or_percent(m.group(1)) else m.group(0), kept)
                    lab = re.sub(r"\s+", "", lab)
                    if lab and (not labels.get(col) or labels[col][-1] != lab):
                        labels.setdefault(col, []).append(lab)
    return Header(labels, units)



def body_start(t: TableRows) -> int | None:
    """The first row with a bare number; in a table whose every figure carries its unit (`14件`), the
    first row with a figure."""
    units_row = None
    for r in sorted(t.rows):
        if any(bare(c) for c in t.rows[r]):
            # the row of units (`千円 千円`) closes the header: counts under it (`151人`) are body
            counts = units_row is not None and any(numeric(c) for x in t.rows if units_row < x < r for c in t.rows[x])
            return units_row + 1 if counts and units_row is not None else r
        if _units_only(t, r):
            units_row = r
    for r in sorted(t.rows):
        if any(numeric(c) for c in t.rows[r]):
            return r
    return None


def _sub_header(t: TableRows, r: int, above: int | None) -> bool:
    """Row r names the columns under a header cell that spans them (`支給期別支給率` over `６月 12月`): its
    numbers, each with its unit, are column labels."""
    spans = [c for c in t.rows.get(above, []) if c.col_span > 1 and c.text.strip() and not numeric(c)] if above is not None else []
    nums = [c for c in t.rows[r] if numeric(c)]
    return bool(spans) and all(not bare(c) and any(s.col <= c.col < s.col + s.col_span for s in spans) for c in nums)


def header_rows(t: TableRows, start: int) -> list[int]:
    """The run of rows without numbers right above `start` (a row of numbered sub-columns under a spanning
    header cell included)."""
    rows = sorted(r for r in t.rows if r < start)
    out: list[int] = []
    for i in range(len(rows) - 1, -1, -1):
        r = rows[i]
        if any(numeric(c) for c in t.rows[r]) and not _sub_header(t, r, rows[i - 1] if i else None):
            break
        out.append(r)
    return sorted(out)



def header_blocks(t: TableRows, body: list[int], number_cols: set[int], header: Header) -> dict[int, Header]:
    """The column header of each body row. A wide table folded into stacked blocks (職員手当等の内訳: `区分 管理職手当
    扶養手当 …`, its rows, then `区分 休日勤務手当 …` and its rows) starts a new header at each row of labels only,
    over two or more number columns, right above a row of figures: the rows under it take its labels (and the
    units it writes), the table's header elsewhere."""
    out: dict[int, Header] = {}
    current = header
    for i, r in enumerate(body):
        cells = [c for c in t.rows[r] if c.text.strip()]
        nxt = t.rows.get(body[i + 1], []) if i + 1 < len(body) else []
        if len([c for c in cells if c.col in number_cols]) >= 2 and not any(numeric(c) for c in cells) \
                and any(bare(c) for c in nxt) and not any(is_formula(c.text, alone=False) for c in cells):
            block = headers(t, [r])
            current = Header({**{k: v for k, v in header.labels.items() if k not in number_cols}, **block.labels},
                             {**header.units, **block.units})
        out[r] = current
    return out
