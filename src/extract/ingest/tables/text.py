"""Tables of a text deck whose text keeps its columns (tabs or runs of spaces)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import GridCell, TableGrid
from .chars import is_number

_FIELDS = re.compile(r"\t+| {2,}|\u3000+")



def text_tables(lines: Sequence[str], first_line: int = 1) -> list[TableGrid]:
    """Tables of a text deck whose text keeps its columns: three or more consecutive lines split by tabs or
    runs of spaces into as many fields, a number in a field after the first; the line right above with
    as many fields and no number is the header, the lines above it (up to three) the caption. `page` is
    1 and each cell's `ref` is `L<line>` (the 1-based line)."""
    out: list[TableGrid] = []
    rows: list[tuple[int, list[str]]] = []

    def fields(text: str) -> list[str]:
        return [f.strip() for f in _FIELDS.split(text.strip()) if f.strip()]

    def flush() -> None:
        if len(rows) >= 3:
            n = len(rows[0][1])
            start = rows[0][0]
            head = fields(lines[start - 1]) if start > 0 else []
            body = list(rows)
            cells: list[GridCell] = []
            r = 0
            if len(head) == n and not any(is_number(h) for h in head):
                cells += [GridCell(0, c, h, ref=f"L{start - 1 + first_line}") for c, h in enumerate(head)]
                r, start = 1, start - 1
            for k, (i, fs) in enumerate(body):
                cells += [GridCell(r + k, c, f, ref=f"L{i + first_line}") for c, f in enumerate(fs)]
            caption = tuple(t.strip() for t in lines[max(0, start - 3):start] if t.strip())
            out.append(TableGrid(page=1, index=len(out), cells=tuple(cells), reader="text", caption=caption))
        rows.clear()

    for i, text in enumerate(lines):
        fs = fields(text)
        numeric = len(fs) >= 2 and any(is_number(f) for f in fs[1:])
        if numeric and (not rows or (len(fs) == len(rows[-1][1]) and rows[-1][0] == i - 1)):
            rows.append((i, fs))
            continue
        flush()
        if numeric:
            rows.append((i, fs))
    flush()
    return out
