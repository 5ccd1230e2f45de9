"""OCR of PDF pages without a text layer: Tesseract (`jpn`, and `jpn_vert` for vertical lines), run as a
program (Debian packages tesseract-ocr, tesseract-ocr-jpn, tesseract-ocr-jpn-vert; `make system-deps`).

- A page is rendered with pdfium at DPI. A page with (almost) no ink is blank, not image-only: a separator
  page is neither read nor reported as missing text.
- Tesseract reads the page with `jpn` as sparse text (page segmentation mode 11: every piece of text, the
  figures in charts and boxes too, which the automatic layout mode merges or drops), one thread (the machine's
  cores belong to the decks); the pieces are put in reading order by the same XY-cut as a PDF's text boxes
  (layout.py). A piece Tesseract finds tall and narrow is vertical text: it is read again with `jpn_vert`, and
  that reading is kept where its confidence is higher.
- A short piece with figures read with a confidence under REREAD_BELOW (a chart's `+35円` whose small 円 was
  lost) is read again from its own crop as one line; that reading is kept where it is surer and keeps every digit.
- Pieces side by side on one row, less than ROW_GAP_EM apart, are one line (a cap's `…から最大` and its
  `100万円`), as a text layer's reader keeps them; a unit box (`万円` alone) right under a bare figure follows
  that figure in reading order, where the stacked-unit rule (rules/stacked.py) gives the figure its unit.
- A page on a light background is binarized at a fixed gray level first (INK_BELOW), so coloured figures
  stay ink.
- What Tesseract misreads between digits (a thousands comma as a point, a wave dash as a kana, box borders as
  `|`, look-alike letters in a yen figure) is undone by the rules of dictionary/ocr.json.
- Each line keeps Tesseract's mean word confidence (0-100; a joined line its pieces' mean by characters) and a
  box per character (its word's box divided evenly), in points from the page's top-left corner, like a text
  layer's: chart labels are read from those boxes as on a PDF (context/charts.py).
Where Tesseract or its Japanese data is missing, pages stay `no_text_layer` and the reason says what to install.
"""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import signal
import statistics
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..dictionary import load
from .layout import Box, LayoutLine, Segment, _join, _merge_vertical
from .reading_order import xy_cut

DPI = 300
#: Tesseract's page segmentation mode: sparse text (see the module doc)
PSM = 11
#: a page on a light background is binarized at this gray level first: figures printed in colour (orange,
#: light blue boxes) stay ink, where Tesseract's own global threshold drops them
INK_BELOW, LIGHT_PAGE = 200, 220
#: a page whose share of dark pixels (at 50 dpi) is below this is blank
BLANK_INK = 0.0005
#: Tesseract's limit per page and per re-read line, in CPU seconds (RLIMIT_CPU: a busy machine does not stop a
#: page a quiet one reads, as the deck's own limit, sandbox.Limits), and in wall-clock seconds, generous, for a
#: Tesseract that hangs
PAGE_CPU_S = 120
PAGE_TIMEOUT_S = 1200.0
#: a short piece with figures read with a confidence under this is read again on its own (the held-back line)
REREAD_BELOW, REREAD_CHARS = 60.0, 12
#: at most this many such re-reads a page (each is a Tesseract run of about half a second)
REREAD_MAX = 24
#: pieces of one row closer than this (in heights) are one line, as a text layer's reader keeps them (layout.py)
ROW_GAP_EM = 1.0
#: a bare figure (a chart's bar label)
_FIGURE = re.compile(r"[+＋\-−▲]?\d[\d,.]*")
INSTALL_HINT = "install tesseract-ocr, tesseract-ocr-jpn and tesseract-ocr-jpn-vert (make system-deps) to read them by OCR"


@dataclass
class OcrLine:
    line: LayoutLine
    confidence: float


@lru_cache(maxsize=1)
def missing() -> str | None:
    """Why OCR cannot run here (None when it can)."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "Tesseract is not installed"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as e:
        return f"Tesseract does not run ({type(e).__name__})"
    langs = set(out.split())
    need = [lang for lang in ("jpn", "jpn_vert") if lang not in langs]
    return f"Tesseract has no {'/'.join(need)} data" if need else None


def render(pdf: Any, index: int, dpi: float) -> Any:
    """Page `index` (0-based) of a pypdfium2 document as a grayscale PIL image."""
    return pdf[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def is_blank(pdf: Any, index: int) -> bool:
    """Hardly any ink on the page (a separator page, or an empty scan)."""
    img = render(pdf, index, 50)
    hist = img.histogram()
    dark = sum(hist[:128])
    return dark / max(img.width * img.height, 1) < BLANK_INK


def _die_with_parent() -> None:
    """In Tesseract's process, before it starts: be killed when the deck's child is (its time limit), so no
    OCR outlives the deck it was for (Linux; elsewhere PAGE_TIMEOUT_S bounds it); and stopped once it used
    PAGE_CPU_S seconds of CPU (where `resource` is)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CPU, (PAGE_CPU_S, PAGE_CPU_S + 5))  # SIGXCPU, then SIGKILL
    except (ImportError, OSError, ValueError):
        pass


def _tesseract(png: bytes, lang: str, psm: int) -> list[dict[str, str]]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    done = subprocess.run(["tesseract", "stdin", "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(DPI), "tsv"],
                          input=png, capture_output=True, timeout=PAGE_TIMEOUT_S, env=env, check=False,
                          preexec_fn=_die_with_parent)
    if done.returncode == -getattr(signal, "SIGXCPU", 0):
        raise OSError(f"tesseract used more than {PAGE_CPU_S} CPU seconds on one page (its limit per page)")
    if done.returncode != 0:
        raise OSError(f"tesseract failed: {done.stderr.decode('utf-8', 'replace').strip()[:160]}")
    rows = csv.DictReader(io.StringIO(done.stdout.decode("utf-8", "replace")), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [r for r in rows if r.get("level") == "5" and (r.get("text") or "").strip()]


def _png(img: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(DPI, DPI))
    return buf.getvalue()


def _lines(words: list[dict[str, str]], scale: float, dx: float = 0.0, dy: float = 0.0,
           vertical: bool = False) -> list[tuple[list[dict[str, str]], OcrLine]]:
    groups: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for w in words:
        groups.setdefault((w["block_num"], w["par_num"], w["line_num"]), []).append(w)
    out = []
    for ws in groups.values():
        parts: list[tuple[str, list[Box | None]]] = []
        for w in ws:
            text = w["text"].strip()
            x, y, wd, ht = (float(w[k]) * scale for k in ("left", "top", "width", "height"))
            x, y = x + dx, y + dy
            n = len(text)
            if vertical:
                parts.append((text, [(x, y + ht * i / n, x + wd, y + ht * (i + 1) / n) for i in range(n)]))
            else:
                parts.append((text, [(x + wd * i / n, y, x + wd * (i + 1) / n, y + ht) for i in range(n)]))
        text, boxes = _join(parts)
        real = [b for b in boxes if b is not None]
        if not real:
            continue
        bbox = (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real), max(b[3] for b in real))
        confs = [float(w["conf"]) for w in ws if float(w["conf"]) >= 0]
        conf = round(sum(confs) / len(confs), 1) if confs else 0.0
        out.append((ws, OcrLine(LayoutLine(text, boxes, bbox), conf)))
    return out


@lru_cache(maxsize=1)
def _fixes() -> list[tuple[re.Pattern[str], Any]]:
    """Each rule's pattern and its replacement: a string, or (a rule with `map`) a function that swaps each
    look-alike character of the match for the digit it stands for."""
    out: list[tuple[re.Pattern[str], Any]] = []
    for r in load("ocr")["rules"]:
        if "map" in r:
            table = str.maketrans(r["map"])
            out.append((re.compile(r["pattern"]), lambda m, t=table: m.group(0).translate(t)))
        else:
            out.append((re.compile(r["pattern"]), r["replace"]))
    return out


def fix_text(text: str) -> str:
    """An OCR'd line with the misreadings of dictionary/ocr.json undone (same length where a rule keeps it)."""
    for pattern, replace in _fixes():
        text = pattern.sub(replace, text)
    return text


def _fixed(line: LayoutLine) -> LayoutLine:
    text = fix_text(line.text)
    if len(text) == len(line.text):
        return LayoutLine(text, line.boxes, line.bbox)
    # a rule dropped characters (spaces around a dash) or put a space between words: rebuild the boxes by
    # aligning what is left
    boxes: list[Box | None] = []
    k = 0
    for ch in text:
        # the same character a little further on (what a rule dropped lies between), else the one here
        j = next((j for j in range(k, min(k + 3, len(line.text))) if line.text[j] == ch), None)
        if j is None and ch == " ":
            boxes.append(None)  # a space a rule put in: no box, as between a text layer's words
            continue
        k = k if j is None else j
        boxes.append(line.boxes[k] if k < len(line.boxes) else None)
        k += 1
    return LayoutLine(text, boxes, line.bbox)


def _light(img: Any) -> Any:
    """The page binarized at INK_BELOW where its background is light (LIGHT_PAGE), else as it is."""
    hist = img.histogram()
    half, seen, median = img.width * img.height / 2, 0, 255
    for level, n in enumerate(hist):
        seen += n
        if seen >= half:
            median = level
            break
    return img.point(lambda v: 0 if v < INK_BELOW else 255) if median > LIGHT_PAGE else img


def _again(img: Any, ol: OcrLine, lang: str, psm: int, vertical: bool) -> OcrLine:
    """One line read again from its own crop of the page (with `lang` and `psm`); the reading with the higher
    confidence is kept."""
    scale = 72 / DPI
    x0, top, x1, bottom = ol.line.bbox
    pad = 4 if vertical else 10  # pixels: a wider margin lets Tesseract split off or drop a leading `1`
    box = (max(int(x0 / scale) - pad, 0), max(int(top / scale) - pad, 0),
           min(int(x1 / scale) + pad, img.width), min(int(bottom / scale) + pad, img.height))
    again = _lines(_tesseract(_png(img.crop(box)), lang, psm), scale, box[0] * scale, box[1] * scale, vertical=vertical)
    if not again:
        return ol
    conf = min(o.confidence for _, o in again)
    digits = sum(c.isdigit() for _, o in again for c in o.line.text)
    if conf <= ol.confidence or digits < sum(c.isdigit() for c in ol.line.text):
        return ol  # unsurer, or figures lost: the first reading stands
    if vertical:
        text, boxes = "".join(o.line.text for _, o in again), [b for _, o in again for b in o.line.boxes]
    else:
        text, boxes = _join([(o.line.text, list(o.line.boxes)) for _, o in again])
    return OcrLine(LayoutLine(text, boxes, ol.line.bbox), conf)


def _reread(img: Any, ol: OcrLine, figures: bool) -> OcrLine:
    """A tall and narrow piece is vertical text: read again with `jpn_vert`. A short piece with figures read
    unsure (under REREAD_BELOW) is read again alone as one line (a chart's `+35円` beside other boxes), while
    `figures` (the page's REREAD_MAX re-reads are not spent)."""
    x0, top, x1, bottom = ol.line.bbox
    if len(ol.line.text) >= 2 and bottom - top > 2.5 * (x1 - x0):
        return _again(img, ol, "jpn_vert", 5, vertical=True)
    if figures and _unsure_figure(ol):
        return _again(img, ol, "jpn", 7, vertical=False)
    return ol


def _unsure_figure(ol: OcrLine) -> bool:
    return ol.confidence < REREAD_BELOW and len(ol.line.text) <= REREAD_CHARS and any(c.isdigit() for c in ol.line.text)


def ocr_page(pdf: Any, index: int) -> list[OcrLine]:
    """The page's lines as Tesseract reads them, in reading order."""
    img = _light(render(pdf, index, DPI))
    found = _lines(_tesseract(_png(img), "jpn", PSM), 72 / DPI)
    read: list[OcrLine] = []
    spent = 0  # figure re-reads so far: a page of noise must not cost a Tesseract run per speck
    for _, ol in found:
        o = _reread(img, ol, spent < REREAD_MAX)
        spent += _unsure_figure(ol)
        read.append(OcrLine(_fixed(o.line), o.confidence))
    if not read:
        return []
    confs: dict[int, float] = {}
    segs = []
    for o in read:
        x0, top, x1, bottom = o.line.bbox
        seg = Segment(o.line.text, list(o.line.boxes), x0, top, x1, bottom, size=max(bottom - top, 1.0))
        confs[id(seg)] = o.confidence
        segs.append(seg)
    merged = _merge_vertical(segs)
    for s in merged:  # characters stacked into one vertical word: their lowest confidence
        if id(s) not in confs:
            confs[id(s)] = min((confs[id(t)] for t in segs if t.text in s.text and t.x0 >= s.x0 - 0.5
                               and t.x1 <= s.x1 + 0.5 and t.top >= s.top - 0.5 and t.bottom <= s.bottom + 0.5), default=0.0)
    merged = join_rows(merged, confs)
    size = statistics.median(s.size for s in merged)
    ordered = units_after_numbers(xy_cut(merged, min_gutter=1.2 * size))
    return [OcrLine(LayoutLine(s.text, s.boxes, (s.x0, s.top, s.x1, s.bottom)), confs[id(s)]) for s in ordered]


def join_rows(segs: list[Segment], confs: dict[int, float]) -> list[Segment]:
    """Pieces side by side on one row, less than ROW_GAP_EM of their height apart, joined left to right into one
    line: sparse text reads every piece apart (`…補助上限額から最大` and its `100万円`), where a text layer has
    one line that a reader splits only at wider gaps (layout.py, 2.5 em). A joined line's confidence is its
    pieces' mean, by characters. Tall pieces (vertical text) stay alone."""
    flat = sorted((s for s in segs if s.x1 - s.x0 >= 0.8 * (s.bottom - s.top)), key=lambda s: s.x0)
    rows: list[list[Segment]] = []
    for s in flat:
        h = s.bottom - s.top
        row = next((r for r in rows if _beside(r[-1], s, h)), None)
        if row is None:
            rows.append([s])
        else:
            row.append(s)
    joined = {id(r[0]): r for r in rows if len(r) > 1}
    inner = {id(s) for r in joined.values() for s in r[1:]}
    out: list[Segment] = []
    for s in segs:
        if id(s) in inner:
            continue
        row = joined.get(id(s))
        if row is None:
            out.append(s)
            continue
        text, boxes = _join([(p.text, list(p.boxes)) for p in row])
        one = Segment(text, boxes, min(p.x0 for p in row), min(p.top for p in row), max(p.x1 for p in row),
                      max(p.bottom for p in row), size=max(p.size for p in row))
        confs[id(one)] = round(sum(confs[id(p)] * len(p.text) for p in row) / sum(len(p.text) for p in row), 1)
        out.append(one)
    return out


def _beside(a: Segment, b: Segment, h: float) -> bool:
    """`b` follows `a` on its row: centres within a third of the smaller height, heights at most twice each
    other, and a gap under ROW_GAP_EM of the larger height."""
    ha = a.bottom - a.top
    return (abs(a.mid - b.mid) <= 0.3 * min(ha, h) and max(ha, h) <= 2 * min(ha, h)
            and -0.2 * h <= b.x0 - a.x1 <= ROW_GAP_EM * max(ha, h))


def units_after_numbers(segs: list[Segment]) -> list[Segment]:
    """Reading order with each unit box (`万円` alone, dictionary/ocr.json `unit_boxes`) printed right under a
    bare figure (`6,700`) moved to follow that figure: the reading order of blocks may have put it lines away,
    where the figure no longer finds its unit (a chart's bar label over its unit)."""
    units = set(load("ocr")["unit_boxes"])
    out = list(segs)
    for u in segs:
        if u.text.replace(" ", "").strip("|") not in units:
            continue
        above = [n for n in out if _FIGURE.fullmatch(n.text) and _stacked(n, u)]
        if not above:
            continue
        n = min(above, key=lambda n: u.top - n.bottom)
        out.remove(u)
        out.insert(out.index(n) + 1, u)
    return out


def _stacked(n: Segment, u: Segment) -> bool:
    """`u` stands right under `n`: overlapping half the narrower's width, at most a line's height below."""
    h = n.bottom - n.top
    overlap = min(n.x1, u.x1) - max(n.x0, u.x0)
    return overlap >= 0.5 * min(n.x1 - n.x0, u.x1 - u.x0) and -0.3 * h <= u.top - n.bottom <= h
