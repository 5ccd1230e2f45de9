""".pptx (and .pptm, macros dropped: see office.py) decks through python-pptx: one page per slide, in slide order.

- Text frames, in the slide's shape order with title placeholders first; grouped shapes are entered (their
  children placed through the group's transform). Each paragraph is one line (a soft line break `<a:br/>`
  starts another), so a mention is never cut where PowerPoint merely wraps.
- Positions come from the shapes (EMU -> points, from the slide's top-left corner) and type size from the runs
  (the placeholder's default where a run sets none). A character's box is laid out from those: full-width
  characters one em wide, others half, wrapped at the frame's width; vertical frames (`eaVert`) run downward.
  So the slide title by type size and label boxes work as on PDFs, with boxes close to what PowerPoint draws.
- Tables become TableGrids (merged cells with their spans, `ref` = `shape N R1C2`) and, as on PDFs, one line
  per row with the cells side by side, so their amounts are read in context.
- Speaker notes are kept apart (Deck.speaker_notes): never read for mentions, since they are what the presenter
  says, not what the deck states. Slide numbers, footers and headers repeated on three or more slides are
  dropped as on PDFs. Pictures, charts and SmartArt carry no text frame here and are not read.
"""
from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from typing import Any

from ..model import DeckError, GridCell, Line, TableGrid
from .layout import Box, LayoutLine, drop_margins
from .office import _one_line, checked_package, unreadable
from .read import Read

EMU_PER_PT = 12700
#: type size where neither a run nor its paragraph sets one (PowerPoint's defaults for titles and body text)
TITLE_PT, BODY_PT = 32.0, 18.0
LINE_SPACING = 1.2
_VERTICAL = ("eaVert", "vert", "wordArtVert", "vert270", "wordArtVertRtl", "mongolianVert")


def _pt(emu: Any) -> float:
    return float(emu or 0) / EMU_PER_PT


def _width(ch: str, size: float) -> float:
    return size if unicodedata.east_asian_width(ch) in ("W", "F") else size * 0.5


def layout_boxes(text: str, sizes: list[float], x: float, top: float, width: float,
                 vertical: bool = False, wrap: bool = True) -> tuple[list[Box | None], float]:
    """A box per character of one paragraph set at (x, top) in a frame `width` wide, and the paragraph's
    bottom. `sizes`: the type size of each character."""
    boxes: list[Box | None] = []
    cx, cy = x, top
    row = max(sizes, default=BODY_PT)
    for ch, size in zip(text, sizes):
        if vertical:
            boxes.append((cx, cy, cx + size, cy + size))
            cy += size
            continue
        w = _width(ch, size)
        if wrap and width > 0 and cx + w > x + width + 0.01 and cx > x:
            cx, cy = x, cy + row * LINE_SPACING
        boxes.append((round(cx, 2), round(cy, 2), round(cx + w, 2), round(cy + size, 2)))
        cx += w
    bottom = cy if vertical else cy + row * LINE_SPACING
    return boxes, bottom


class _Frame:
    """A shape's place on the slide, through any groups it sits in."""

    def __init__(self, scale: tuple[float, float] = (1.0, 1.0), offset: tuple[float, float] = (0.0, 0.0)) -> None:
        self.scale, self.offset = scale, offset

    def place(self, shape: Any) -> tuple[float, float, float, float]:
        x, y = _pt(shape.left) * self.scale[0] + self.offset[0], _pt(shape.top) * self.scale[1] + self.offset[1]
        return x, y, _pt(shape.width) * self.scale[0], _pt(shape.height) * self.scale[1]

    def inner(self, group: Any) -> _Frame:
        """The frame of a group's children: the group maps its child extent onto its own extent."""
        x, y, w, h = self.place(group)
        try:
            xfrm = group._element.grpSpPr.xfrm
            ch_x, ch_y = _pt(xfrm.chOff.x), _pt(xfrm.chOff.y)
            ch_w, ch_h = _pt(xfrm.chExt.cx), _pt(xfrm.chExt.cy)
        except AttributeError:
            return _Frame(self.scale, (x, y))
        sx = w / ch_w if ch_w else 1.0
        sy = h / ch_h if ch_h else 1.0
        return _Frame((sx, sy), (x - ch_x * sx, y - ch_y * sy))


def _shapes(shapes: Any, frame: _Frame) -> Iterator[tuple[Any, _Frame]]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shapes(shape.shapes, frame.inner(shape))
        else:
            yield shape, frame


def _placeholder(shape: Any) -> str | None:
    if not shape.is_placeholder:
        return None
    try:
        return str(shape.placeholder_format.type).split(".")[-1].split(" ")[0]
    except (AttributeError, ValueError):
        return None


def _paragraph_runs(paragraph: Any, default: float) -> list[tuple[str, float]]:
    """(text, size) pieces of a paragraph, a soft break as '\\v'."""
    fallback = default
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.defRPr is not None and ppr.defRPr.get("sz"):
        fallback = int(ppr.defRPr.get("sz")) / 100
    out = []
    for child in paragraph._p.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in ("r", "fld"):
            rpr = child.find("{http://schemas.openxmlformats.org/drawingml/2006/main}rPr")
            size = int(rpr.get("sz")) / 100 if rpr is not None and rpr.get("sz") else fallback
            t = child.find("{http://schemas.openxmlformats.org/drawingml/2006/main}t")
            out.append(((t.text or "") if t is not None else "", size))
        elif tag == "br":
            out.append(("\v", fallback))
    return out


def _text_lines(shape: Any, frame: _Frame, default: float) -> list[tuple[LayoutLine, str]]:
    """(line, ref) for each paragraph (and soft-broken part) of a shape's text frame."""
    tf = shape.text_frame
    body = tf._txBody.bodyPr
    vertical = body is not None and body.get("vert") in _VERTICAL
    wrap = body is None or body.get("wrap") != "none"
    x, y, w, h = frame.place(shape)
    inset_l = _pt(tf.margin_left) if tf.margin_left is not None else 7.2
    inset_r = _pt(tf.margin_right) if tf.margin_right is not None else 7.2
    inset_t = _pt(tf.margin_top) if tf.margin_top is not None else 3.6
    out: list[tuple[LayoutLine, str]] = []
    cx, top = x + inset_l, y + inset_t
    for p_no, paragraph in enumerate(tf.paragraphs, start=1):
        pieces = _paragraph_runs(paragraph, default)
        parts: list[list[tuple[str, float]]] = [[]]
        for text, size in pieces:
            for k, seg in enumerate(text.split("\v")):
                if k:
                    parts.append([])
                parts[-1].append((seg, size))
        for part in parts:
            text = "".join(t for t, _ in part)
            sizes = [s for t, s in part for _ in t]
            if vertical:
                boxes, _ = layout_boxes(text, sizes, cx, y + inset_t, h, vertical=True)
                cx += max(sizes, default=default) * LINE_SPACING
            else:
                boxes, top = layout_boxes(text, sizes, x + inset_l, top, w - inset_l - inset_r, wrap=wrap)
            if text.strip():
                real = [b for b in boxes if b is not None]
                bbox = (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real), max(b[3] for b in real))
                out.append((LayoutLine(text, boxes, bbox), f"shape {shape.shape_id} ¶{p_no}"))
    return out


def _cell_text(cell: Any) -> str:
    return " ".join(p.text.replace("\v", " ").strip() for p in cell.text_frame.paragraphs if p.text.strip())


def _table(shape: Any, frame: _Frame, page: int, index: int) -> tuple[TableGrid, list[tuple[LayoutLine, str]]]:
    """The table as a grid, and one line per row (cells side by side) with its boxes."""
    table = shape.table
    x, y, _, _ = frame.place(shape)
    xs = [x]
    for col in table.columns:
        xs.append(xs[-1] + _pt(col.width))
    ys = [y]
    for row in table.rows:
        ys.append(ys[-1] + _pt(row.height))
    cells: list[GridCell] = []
    lines: list[tuple[LayoutLine, str]] = []
    for r, row in enumerate(table.rows):
        texts: list[tuple[str, Box]] = []
        for c, cell in enumerate(row.cells):
            if cell.is_spanned:
                continue
            rs, cs = (cell.span_height, cell.span_width) if cell.is_merge_origin else (1, 1)
            bbox = (round(xs[c], 2), round(ys[r], 2), round(xs[min(c + cs, len(xs) - 1)], 2), round(ys[min(r + rs, len(ys) - 1)], 2))
            text = _cell_text(cell)
            cells.append(GridCell(r, c, text, rs, cs, bbox, f"shape {shape.shape_id} R{r + 1}C{c + 1}"))
            if text:
                texts.append((text, bbox))
        if texts:
            line_text, boxes = "", list[Box | None]()
            for text, (x0, top, x1, bottom) in texts:
                if line_text:
                    line_text += " "
                    boxes.append(None)
                size = min(BODY_PT * 2 / 3, max(bottom - top - 4, 6.0))
                cell_boxes, _ = layout_boxes(text, [size] * len(text), x0 + 5, top + 2, x1 - x0 - 10)
                line_text += text
                boxes += cell_boxes
            real = [b for b in boxes if b is not None]
            bbox_ = (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real), max(b[3] for b in real))
            lines.append((LayoutLine(line_text, boxes, bbox_), f"shape {shape.shape_id} R{r + 1}"))
    grid = TableGrid(page=page, index=index, cells=tuple(cells), reader="pptx",
                     bbox=(round(xs[0], 2), round(ys[0], 2), round(xs[-1], 2), round(ys[-1], 2)))
    return grid, lines


def _read_slides(slides: list[Any], height: float) -> tuple[list[tuple[float, list[LayoutLine]]], dict[int, str],
                                                          list[TableGrid], dict[int, str]]:
    """Each slide's lines (titles first) with their refs by line id, its tables and its speaker notes."""
    pages: list[tuple[float, list[LayoutLine]]] = []
    refs: dict[int, str] = {}
    tables: list[TableGrid] = []
    speaker: dict[int, str] = {}
    for n, slide in enumerate(slides, start=1):
        placed: list[tuple[int, LayoutLine, str]] = []
        n_tables = 0
        for shape, frame in _shapes(slide.shapes, _Frame()):
            kind = _placeholder(shape)
            if kind in ("SLIDE_NUMBER", "FOOTER", "HEADER"):
                continue
            title = kind in ("TITLE", "CENTER_TITLE", "VERTICAL_TITLE")
            try:
                if getattr(shape, "has_table", False) and shape.has_table:
                    grid, rows = _table(shape, frame, n, n_tables)
                    tables.append(grid)
                    n_tables += 1
                    placed += [(1, line, ref) for line, ref in rows]
                elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
                    placed += [(0 if title else 1, line, ref)
                               for line, ref in _text_lines(shape, frame, TITLE_PT if title else BODY_PT)]
            except (AttributeError, ValueError, TypeError, KeyError) as e:
                raise DeckError(f"unreadable PowerPoint file (slide {n}, shape {shape.shape_id}: "
                                f"{_one_line(e)})") from None
        placed.sort(key=lambda t: t[0])  # titles first, then the shapes in their order on the slide
        for rank, line, ref in placed:
            refs[id(line)] = ref + ("" if rank else " title")
        pages.append((height, [line for _, line, _ in placed]))
        if slide.has_notes_slide:
            text = slide.notes_slide.notes_text_frame.text if slide.notes_slide.notes_text_frame else ""
            if text.strip():
                speaker[n] = text
    return pages, refs, tables, speaker


def read_pptx(data: bytes) -> Read:
    """Every slide's text and tables; DeckError for what cannot be read (see office.py)."""
    package, notes = checked_package(data, "PowerPoint")
    with unreadable("PowerPoint"):
        from pptx import Presentation

        prs = Presentation(io.BytesIO(package))
        height = _pt(prs.slide_height) or 540.0
        slides = list(prs.slides)
        pages, refs, tables, speaker = _read_slides(slides, height)
    lines: list[Line] = []
    for page_no, page_lines in enumerate(drop_margins(pages), start=1):
        for l in page_lines:
            ref = refs.get(id(l), "")
            level = 0 if ref.endswith(" title") else None
            lines.append(Line(text=l.text, page=page_no, line=None, index=len(lines), boxes=tuple(l.boxes),
                              level=level, ref=ref.removesuffix(" title") or None))
    if speaker:
        notes.append(f"speaker notes of slides {', '.join(map(str, speaker))} kept apart (not read for mentions)")
    return Read(pages=len(slides), lines=lines, source_type="pptx", tables=tables, speaker_notes=speaker, notes=notes)
