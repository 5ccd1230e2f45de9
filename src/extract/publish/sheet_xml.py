"""The rows of a workbook sheet as SpreadsheetML, a column at a time (issue 25).

xlsxwriter writes a cell per Python call: at 5,000 decks `tables.xlsx` cost more than every other format
together, and it is written again whole whenever any deck changes. Here each column of a typed table
becomes its cells' XML in one vectorized pass, the cells being exactly what `workbook._Writer.cell` wrote
through xlsxwriter's constant-memory mode: text as an inline string (XML-escaped, control characters as
`_xHHHH_`, cut at Excel's limit), integers and numbers as `%.16G` numbers (an integer past 15 digits
and an infinite number as text), timestamps as Excel serial days in the date style; empty cells absent.
xlsxwriter still writes everything else (the columns sheet, styles, headers, filters, frozen panes).
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .sheet_chunks import ChunkedMember

#: rows per block joined into one string: the sheet is streamed into the zip, never held whole
BLOCK_ROWS = 20_000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_CONTROL_BUT_NUL = re.compile(r"[\x01-\x08\x0b-\x1f]")
_ESCAPED_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
#: joins a column's texts while they are escaped: no text reaches that step holding one (checked)
_SEP = "\x00"
#: Excel's day 0 (xlsxwriter's), and the day its 1900 leap-year bug adds from 1900-03-01
_EPOCH = pd.Timestamp("1899-12-31")


def column_letters(n: int) -> list[str]:
    """Excel's column names A, B, …, Z, AA, … for the first `n` columns."""
    out = []
    for i in range(n):
        name, k = "", i + 1
        while k:
            k, rem = divmod(k - 1, 26)
            name = chr(65 + rem) + name
        out.append(name)
    return out


def _controls(text: str, pattern: re.Pattern[str] = _CONTROL) -> str:
    """xlsxwriter's escapes for what XML cannot hold: `_xHHHH_` as written is escaped first, then control
    characters and the two non-characters become `_xHHHH_`."""
    text = _ESCAPED_ESCAPE.sub(r"_x005F\1", text)
    text = pattern.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)
    return text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")


def _escaped(values: list[str]) -> tuple[list[str], list[bool]]:
    """Each text escaped for an inline string, and whether its leading or trailing whitespace must be kept.
    The texts are joined by NUL and escaped as one string (each step is a C-level pass, not a call per
    cell); a text holding a NUL itself is escaped one by one."""
    if not values:
        return [], []
    joined = _SEP.join(values)
    if joined.count(_SEP) == len(values) - 1:
        ctl = _controls(joined, _CONTROL_BUT_NUL).split(_SEP)
    else:
        ctl = [_controls(v) for v in values]
    keep = [v[:1].isspace() or v[-1:].isspace() for v in ctl]
    xml = _SEP.join(ctl).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split(_SEP)
    return xml, keep


def _text_cells(refs: pd.Series, values: pd.Series, max_cell: int) -> pd.Series:
    texts = [v if len(v) <= max_cell else v[:max_cell - 1] + "…" for v in values.astype(object).tolist()]
    xml, keep = _escaped(texts)  # Excel refuses longer cells: cut, and say so in the cell (above)
    cells = [f'<c r="{r}" t="inlineStr"><is><t xml:space="preserve">{x}</t></is></c>' if k else
             f'<c r="{r}" t="inlineStr"><is><t>{x}</t></is></c>' for r, x, k in zip(refs.tolist(), xml, keep)]
    return pd.Series(cells, index=refs.index, dtype=object)


def _number_cells(refs: pd.Series, numbers: pd.Series, style: str = "") -> pd.Series:
    cells = [f'<c r="{r}"{style}><v>{f:.16G}</v></c>' for r, f in zip(refs.tolist(), numbers.astype(object).tolist())]
    return pd.Series(cells, index=refs.index, dtype=object)


def column_cells(kind: str, col: pd.Series, letter: str, rows: pd.Series, date_style: int, max_cell: int,
                 exact_below: int) -> pd.Series:
    """Each row's cell XML of one typed column ("" where the cell is empty)."""
    out = pd.Series("", index=col.index, dtype=object)
    present = col.notna()
    if kind in ("integer", "number"):
        present &= ~col.astype("Float64").isna()  # a NaN stored in a Float64 column is empty too
    if not present.any():
        return out
    refs = letter + rows[present]
    v = col[present]
    if kind == "integer":
        exact = (v.abs() < exact_below).astype(bool)
        out.loc[exact.index[exact]] = _number_cells(refs[exact], v[exact].astype(float))
        out.loc[exact.index[~exact]] = _text_cells(refs[~exact], v[~exact].astype(object).map(str), max_cell)
    elif kind == "number":
        f = v.astype(float)
        finite: pd.Series[bool] = pd.Series(np.isfinite(f.to_numpy()), index=f.index, dtype=bool)
        out.loc[finite.index[finite]] = _number_cells(refs[finite], f[finite])
        out.loc[finite.index[~finite]] = _text_cells(refs[~finite], f[~finite].map(str), max_cell)
    elif kind == "datetime":
        delta = v.dt.tz_convert("UTC").dt.tz_localize(None) - _EPOCH
        # xlsxwriter's sum, in its order, so each serial is the same float
        days = delta.dt.days + (delta.dt.seconds.astype(float) + delta.dt.microseconds.astype(float) / 1e6) / 86400
        days = days.where(days <= 59, days + 1)
        out[present] = _number_cells(refs, days, f' s="{date_style}"')
    else:
        out[present] = _text_cells(refs, v, max_cell)
    return out


def rows_xml(data: pd.DataFrame, kinds: list[str], first_row: int, date_style: int, max_cell: int,
             exact_below: int) -> Iterator[str]:
    """The `<row>` elements of `data` from sheet row `first_row` (1-based), a block of rows per string."""
    for start in range(0, len(data), BLOCK_ROWS):
        block = data.iloc[start:start + BLOCK_ROWS]
        numbers = np.arange(first_row + start, first_row + start + len(block))
        yield "".join(row_strings(block, kinds, numbers, date_style, max_cell, exact_below))


def row_strings(block: pd.DataFrame, kinds: list[str], numbers: np.ndarray, date_style: int, max_cell: int,
                exact_below: int) -> list[str]:
    """Each row of `block` as its `<row>` element, the rows numbered `numbers` (1-based sheet rows)."""
    letters = column_letters(len(kinds))
    block = block.reset_index(drop=True)
    rows = pd.Series(np.asarray(numbers).astype(str), dtype=object)
    cells = [column_cells(kind, block.iloc[:, c], letters[c], rows, date_style, max_cell, exact_below).tolist()
             for c, kind in enumerate(kinds)]
    # a row's cells joined once (adding a column at a time copied each row's string once per column)
    return ['<row r="' + r + '">' + "".join(row) + "</row>" for r, *row in zip(rows.tolist(), *cells)]


def fill_sheets(path: Path, fills: dict[str, tuple[pd.DataFrame, list[str]]], date_style: int, max_cell: int,
                exact_below: int, by_deck: dict[str, Any] | None = None) -> None:
    """Put the rows of each table into its sheet of the workbook xlsxwriter wrote at `path` (header only):
    `fills` maps a sheet's member name to its typed rows and column kinds. The file is rewritten in place.
    `by_deck` maps a member to its `sheet_reuse.SheetRows`: its rows written by chunks of deck segments, each
    compressed on its own, the unchanged ones copied compressed from the last workbook."""
    tmp = path.with_name(path.name + ".rows")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename not in fills:
                dst.writestr(info, body, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
                continue
            data, kinds = fills[info.filename]
            xml = body.decode("utf-8")
            if len(data):
                last = f"{column_letters(len(kinds))[-1]}{len(data) + 1}"
                xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{last}"/>', xml, count=1)
            head, tail = xml.split("</sheetData>", 1)
            member = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            member.compress_type = zipfile.ZIP_DEFLATED
            member._compresslevel = 1  # type: ignore[attr-defined]  # what ZipFile.writestr sets from compresslevel
            reuse = (by_deck or {}).get(info.filename)
            with dst.open(member, "w") as f:
                if reuse is not None:  # in chunks compressed on their own (publish/sheet_chunks.py)
                    chunks = ChunkedMember(f)
                    chunks.fresh(head.encode("utf-8"))
                    reuse.write(chunks, data, kinds, (date_style, max_cell, exact_below))
                    chunks.fresh(("</sheetData>" + tail).encode("utf-8"))
                else:
                    f.write(head.encode("utf-8"))
                    for block in rows_xml(data, kinds, 2, date_style, max_cell, exact_below):
                        f.write(block.encode("utf-8"))
                    f.write(("</sheetData>" + tail).encode("utf-8"))
    tmp.replace(path)
