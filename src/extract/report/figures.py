"""Pictures of the source for the report: the band of a PDF page around a budget figure, the figure
outlined in red, as a small JPEG `data:` URI (the page stays one self-contained file).

Only what was published is drawn: a deck's file is opened only when its bytes still hash to the
published `sha256` (else the picture could show another version of the deck). Pictures are cached by
(deck bytes, page, box) under the output folder, so an unchanged deck's pictures are not drawn again,
and drawing stops after a time budget: the report must never cost more than the run. The decks read by
this run are drawn first; pictures an earlier run ran out of time for are drawn for at most
`CATCH_UP_S` a run (so one changed deck among thousands never pays for hundreds of others' pictures:
they fill in over the next runs).
"""
from __future__ import annotations

import base64
import hashlib
import io
import logging
import stat
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..fileio import write_atomic
from ..housekeeping import touch
from ..ingest import sha256_of
from ..model import Box
from .cached import CachedFile

log = logging.getLogger("extract")


#: points of page kept above and below the figure, and the widest picture drawn (pixels)
MARGIN_Y = 48.0
MAX_WIDTH_PX = 760
RESOLUTION = 96
QUALITY = 55
#: seconds a run spends drawing the missing pictures of decks it did not read (see the module's doc)
CATCH_UP_S = 3.0


def schedule(docs: list[str], fresh: set[str] | None, budget_s: float) -> list[tuple[str, float]]:
    """Each doc with the monotonic time its drawing stops: this run's decks (`fresh`; None: every deck)
    first, within `budget_s`; the others after them, within `CATCH_UP_S` of the start as well."""
    start = time.monotonic()
    if fresh is None:
        return [(d, start + budget_s) for d in docs]
    first = [d for d in docs if d in fresh]
    return [(d, start + budget_s) for d in first] + \
        [(d, start + min(budget_s, CATCH_UP_S)) for d in docs if d not in fresh]


@dataclass(frozen=True)
class Figure:
    """One budget figure to draw: where it stands in which deck."""

    doc: str
    page: int
    box: Box


def _key(sha256: str, fig: Figure) -> str:
    raw = f"{sha256}:{fig.page}:{','.join(f'{v:.1f}' for v in fig.box)}:{MAX_WIDTH_PX}:{QUALITY}"
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def cached(hit: Path) -> bool:
    """A picture in the cache: written without a flush to disk (`write_atomic(durable=False)`), so a crash
    may leave it empty; an empty one is drawn again."""
    try:
        st = hit.stat()
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size > 0


def band(page_box: Box, box: Box) -> Box:
    """The page's full width, from a little above the figure to a little below it."""
    x0, top, x1, bottom = page_box
    return x0, max(top, box[1] - MARGIN_Y), x1, min(bottom, box[3] + MARGIN_Y)


class Pages:
    """A deck's pages as pictures, drawn by one pdfium document kept open: pdfplumber's `to_image` opens
    the whole document again for every picture, which cost more than drawing the page on a 600-page book,
    and the picture of a page is drawn once for all the figures and tables on it. The pixels are the ones
    `to_image` draws (same renderer, same settings)."""

    def __init__(self, path: Path, password: str | None) -> None:
        import pypdfium2

        self.doc = pypdfium2.PdfDocument(path, password=password)
        self.last: tuple[tuple[int, float], Any] | None = None

    def image(self, page: Any, region: Box, resolution: float) -> Any:
        """pdfplumber's `page.crop(region, strict=False).to_image(resolution=resolution)`."""
        from pdfplumber.display import PageImage

        key = (int(page.page_number), resolution)
        if self.last is None or self.last[0] != key:
            drawn = self.doc[key[0] - 1].render(scale=resolution / 72, no_smoothtext=True, no_smoothpath=True,
                                                no_smoothimage=True, prefer_bgrx=True).to_pil()
            self.last = (key, drawn.convert("RGB"))
        return PageImage(page.crop(region, strict=False), original=self.last[1], resolution=resolution)

    def __enter__(self) -> Pages:
        return self

    def __exit__(self, *exc: object) -> None:
        self.last = None
        self.doc.close()


def _draw(page: Any, box: Box, pages: Pages) -> bytes:
    return _encoded(_framed(page, box, pages), box)


def _framed(page: Any, box: Box, pages: Pages) -> Any:
    """The band of the page around `box`, cut from the page's picture (pdfium: one thread at a time)."""
    region = band(tuple(page.bbox), box)
    width_pt = region[2] - region[0]
    resolution = min(RESOLUTION, MAX_WIDTH_PX * 72 / max(width_pt, 1))
    return pages.image(page, region, resolution)


def _encoded(im: Any, box: Box) -> bytes:
    """The band with the figure outlined, as a JPEG (PIL alone: may run beside the next page's drawing)."""
    pad = 2.0
    im.draw_rect((box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad), fill=(0, 0, 0, 0),
                 stroke=(220, 0, 0), stroke_width=3)
    buf = io.BytesIO()
    im.annotated.convert("RGB").save(buf, format="JPEG", quality=QUALITY, optimize=True)
    return buf.getvalue()


#: pictures drawn but not yet encoded, at most (the encoder runs one picture behind the drawing)
AHEAD = 2


def source_pictures(figures: list[Figure], files: dict[str, tuple[Path, str | None]], cache: Path | None,
                    passwords: dict[str, str] | None = None, budget_s: float = 30.0,
                    fresh: set[str] | None = None, stop: Callable[[], bool] | None = None) -> dict[Figure, Picture]:
    """`data:image/jpeg;base64,…` URIs of the figures that could be drawn. `files` maps a doc to its
    file and published sha256; decks whose file is gone, changed or not a PDF get no picture. `fresh`:
    the decks this run read (drawn first; see `schedule`). `stop`: asked before each picture; once true,
    no more are drawn (those drawn are kept, as at the deadline)."""
    out: dict[Figure, Picture] = {}
    by_doc: dict[str, list[Figure]] = {}
    for f in figures:
        by_doc.setdefault(f.doc, []).append(f)
    for doc, deadline in schedule(list(by_doc), fresh, budget_s):
        figs = by_doc[doc]
        path, sha = files.get(doc, (None, None))
        if path is None or sha is None or path.suffix.lower() != ".pdf" or not path.is_file():
            continue
        todo = []
        for f in figs:
            hit = cache / f"{_key(sha, f)}.jpg" if cache is not None else None
            if hit is not None and cached(hit):
                out[f] = CachedUri(hit)
                touch(hit)  # used: kept by the cache's pruning
            else:
                todo.append(f)
        if not todo or time.monotonic() > deadline:
            continue
        try:
            if sha256_of(path) != sha:
                continue
            import pdfplumber

            password = (passwords or {}).get(path.name)
            with pdfplumber.open(path, password=password) as pdf, Pages(path, password) as pages, \
                    ThreadPoolExecutor(1, thread_name_prefix="picture") as encoder:
                pending: deque[tuple[Figure, Future[bytes]]] = deque()
                try:
                    for f in sorted(todo, key=lambda f: f.page):  # a book's 750 figures stand on 222 pages: each drawn once
                        if time.monotonic() > deadline or not 1 <= f.page <= len(pdf.pages) or (stop and stop()):
                            break
                        # the JPEG encoder (which lets go of the GIL) works on this picture while the next is drawn
                        pending.append((f, encoder.submit(_encoded, _framed(pdf.pages[f.page - 1], f.box, pages), f.box)))
                        while len(pending) > AHEAD:
                            _keep(*pending.popleft(), sha, cache, out)
                finally:  # the pictures drawn before an error are kept, as when drawn one by one
                    while pending:
                        _keep(*pending.popleft(), sha, cache, out)
        except Exception as e:  # a picture is a convenience: the report goes on without it
            log.warning("%s: no source pictures: %s: %s", doc, type(e).__name__, e)
    return out


def _keep(f: Figure, job: Future[bytes], sha: str, cache: Path | None, out: dict[Figure, Picture]) -> None:
    """An encoded picture into the cache and `out` (in the order the figures were drawn; its error raised here)."""
    data = job.result()
    if cache is not None:
        write_atomic(cache / f"{_key(sha, f)}.jpg", data, durable=False)
    out[f] = CachedUri(cache / f"{_key(sha, f)}.jpg") if cache is not None else _uri(data)


def _uri(data: bytes) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")


class CachedUri(CachedFile):
    """A cached picture's `data:` URI, read from its file only when the page is written (`str`)."""

    __slots__ = ()

    def __str__(self) -> str:
        return _uri(self.path.read_bytes())


#: a picture: its URI, or the cached file it is read from
Picture = str | CachedUri


# -- tables: the region of each table with the cells read from it ------------------------------------------------

#: tables drawn per deck at most (a 600-page budget book has hundreds): the first ones, in page order
TABLES_PER_DECK = 12


@dataclass(frozen=True)
class TableFigure:
    """One table to draw: its region on the page and the boxes of the numbers read from it."""

    doc: str
    page: int
    table: int
    box: Box
    cells: tuple[Box, ...]


def table_figures(cells: list[dict[str, Any]], per_deck: int = TABLES_PER_DECK) -> list[TableFigure]:
    """One picture per table of the published `cells` (PDF decks), at most `per_deck` a deck."""
    groups: dict[tuple[str, int, int], list[Box]] = {}
    for c in cells:
        if c.get("page") is None or c.get("x0") is None:
            continue
        groups.setdefault((str(c["doc"]), int(c["page"]), int(c["table"])), []).append(
            (float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"])))
    out: list[TableFigure] = []
    taken: dict[str, int] = {}
    for (doc, page, table), boxes in sorted(groups.items()):
        if taken.get(doc, 0) >= per_deck:
            continue
        taken[doc] = taken.get(doc, 0) + 1
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        out.append(TableFigure(doc, page, table, box, tuple(boxes)))
    return out


def _draw_table(page: Any, fig: TableFigure, pages: Pages) -> bytes:
    x0, top, x1, bottom = page.bbox
    region = (x0, max(top, fig.box[1] - 60.0), x1, min(bottom, fig.box[3] + 12.0))
    resolution = min(RESOLUTION, MAX_WIDTH_PX * 72 / max(region[2] - region[0], 1))
    im = pages.image(page, region, resolution)
    for b in fig.cells:  # every number read: outlined; the table's rows and columns show as their alignment
        im.draw_rect((b[0] - 1, b[1] - 1, b[2] + 1, b[3] + 1), fill=(0, 90, 220, 40), stroke=(0, 90, 220), stroke_width=1)
    buf = io.BytesIO()
    im.annotated.convert("RGB").save(buf, format="JPEG", quality=QUALITY, optimize=True)
    return buf.getvalue()


def table_pictures(figures: list[TableFigure], files: dict[str, tuple[Path, str | None]], cache: Path | None,
                   passwords: dict[str, str] | None = None, budget_s: float = 20.0,
                   fresh: set[str] | None = None) -> dict[TableFigure, Picture]:
    """`data:` URIs of the tables that could be drawn (same rules as `source_pictures`)."""
    out: dict[TableFigure, Picture] = {}
    by_doc: dict[str, list[TableFigure]] = {}
    for f in figures:
        by_doc.setdefault(f.doc, []).append(f)
    for doc, deadline in schedule(list(by_doc), fresh, budget_s):
        path, sha = files.get(doc, (None, None))
        if path is None or sha is None or path.suffix.lower() != ".pdf" or not path.is_file():
            continue
        todo = []
        for f in by_doc[doc]:  # cached pictures first: an unchanged deck's file is not opened again
            key = hashlib.sha256(f"{sha}:table:{f.page}:{f.table}:{len(f.cells)}:{f.box}".encode()).hexdigest()[:24]
            hit = cache / f"{key}.jpg" if cache is not None else None
            if hit is not None and cached(hit):
                out[f] = CachedUri(hit)
            else:
                todo.append((f, hit))
        if not todo or time.monotonic() > deadline:
            continue
        try:
            if sha256_of(path) != sha:
                continue
            import pdfplumber

            password = (passwords or {}).get(path.name)
            with pdfplumber.open(path, password=password) as pdf, Pages(path, password) as pages:
                for f, hit in todo:
                    if time.monotonic() > deadline or not 1 <= f.page <= len(pdf.pages):
                        break
                    data = _draw_table(pdf.pages[f.page - 1], f, pages)
                    if hit is not None:
                        write_atomic(hit, data, durable=False)
                    out[f] = CachedUri(hit) if hit is not None else _uri(data)
        except Exception as e:  # a picture is a convenience: the report goes on without it
            log.warning("%s: no table pictures: %s: %s", doc, type(e).__name__, e)
    return out
