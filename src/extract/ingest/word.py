""".docx (and .docm, macros dropped: see office.py) documents through python-docx.

A document has no pages to speak of: like a text deck, its lines are numbered (`line`, 1-based) in body
order, and an empty paragraph is a blank line. Headings keep their level (`Heading 2`/`見出し 2`, or the
paragraph's outline level; the Title style is level 0), a ready outline. Tables become TableGrids (merged cells
with their spans, `ref` `table 1 R2C3`) and, as on PDFs, one line per row with the cells side by side.
Headers, footers, footnotes, comments and text boxes are not read.
"""
from __future__ import annotations

import io
import re
from typing import Any

from ..model import GridCell, Line, TableGrid
from .office import checked_package, unreadable
from .read import Read

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING = re.compile(r"(?:heading|見出し)\s*(\d)", re.IGNORECASE)


def heading_level(style_name: str | None, outline: str | None) -> int | None:
    """The heading level of a paragraph: by its style name, else its outline level; None for body text."""
    name = style_name or ""
    if name.lower() == "title" or name == "表題":
        return 0
    m = _HEADING.search(name)
    if m:
        return int(m.group(1))
    if outline is not None and outline.isdigit() and int(outline) < 9:
        return int(outline) + 1
    return None


def _text(el: Any) -> str:
    """The visible text of a paragraph element (runs, tabs, breaks; deleted text left out)."""
    out = []
    for node in el.iter():
        tag = node.tag
        if tag == _W + "t" and node.text:
            out.append(node.text)
        elif tag in (_W + "tab",):
            out.append(" ")
        elif tag in (_W + "br", _W + "cr"):
            out.append(" ")
    return "".join(out)


def _table(tbl: Any, index: int) -> tuple[TableGrid, list[str]]:
    """A table element as a grid (gridSpan and vMerge resolved) and one text per row."""
    origin: dict[int, GridCell] = {}  # column -> the cell a vertical merge continues
    cells: list[GridCell] = []
    rows: list[str] = []
    for r, tr in enumerate(tbl.iterchildren(_W + "tr")):
        c = 0
        texts = []
        for tc in tr.iterchildren(_W + "tc"):
            pr = tc.find(_W + "tcPr")
            span_el = pr.find(_W + "gridSpan") if pr is not None else None
            span = int(span_el.get(_W + "val", "1")) if span_el is not None else 1
            vm = pr.find(_W + "vMerge") if pr is not None else None
            text = " ".join(t for p in tc.iterchildren(_W + "p") if (t := _text(p).strip()))
            if vm is not None and vm.get(_W + "val") != "restart" and c in origin:
                o = origin[c]
                grown = GridCell(o.row, o.col, o.text, o.row_span + 1, o.col_span, None, o.ref)
                cells[cells.index(o)] = grown
                origin[c] = grown
            else:
                cell = GridCell(r, c, text, 1, span, None, f"table {index + 1} R{r + 1}C{c + 1}")
                cells.append(cell)
                origin[c] = cell
                if text:
                    texts.append(text)
            c += span
        rows.append(" ".join(texts))
    return TableGrid(page=1, index=index, cells=tuple(cells), reader="docx"), rows


def read_docx(data: bytes) -> Read:
    """Paragraphs with heading levels and tables; DeckError for what cannot be read (see office.py)."""
    package, notes = checked_package(data, "Word")
    with unreadable("Word"):
        import docx

        document = docx.Document(io.BytesIO(package))
        styles = {s.style_id: s.name for s in document.styles}
        body = document.element.body
        lines: list[Line] = []
        tables: list[TableGrid] = []
        for el in body.iterchildren():
            if el.tag == _W + "p":
                pr = el.find(_W + "pPr")
                style = pr.find(_W + "pStyle") if pr is not None else None
                outline = pr.find(_W + "outlineLvl") if pr is not None else None
                level = heading_level(styles.get(style.get(_W + "val")) if style is not None else None,
                                      outline.get(_W + "val") if outline is not None else None)
                n = len(lines) + 1
                lines.append(Line(text=_text(el), page=None, line=n, index=n - 1, level=level, ref=f"¶{n}"))
            elif el.tag == _W + "tbl":
                grid, rows = _table(el, len(tables))
                tables.append(grid)
                for r, text in enumerate(rows, start=1):
                    n = len(lines) + 1
                    lines.append(Line(text=text, page=None, line=n, index=n - 1, ref=f"table {len(tables)} R{r}"))
    return Read(pages=1, lines=lines, source_type="docx", tables=tables, notes=notes)
