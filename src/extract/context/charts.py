"""Chart value labels on PDF pages, read from the characters' positions rather than the text lines.

A chart prints its unit once (`（％）`, `（億円）`, `（前年度比、％）` near the plot) and its value labels bare
(`35.7`) and scattered over the bars, where pdfplumber's line clustering interleaves neighbouring labels
(`21.6％` comes out as `2 1 . . 6 3 ％`). Here every character of a page is regrouped by position: rows of
characters sharing a centre line, split into tokens at gaps. Then:

- a token that is a whole unit label (`chart_units.json`) opens a chart;
- a bare number below it takes its unit (kind, unit, scale), unless a figure caption (`図２`) stands between;
- axis ticks (three or more aligned labels, evenly spaced, values in even steps) never count (GUIDE);
- a unit label's numbers are a table's, not a chart's, when most are grid cells of the page (rows and columns
  aligned), when most stand in the label's own column (`(%)` heading a column), when the label heads a row
  (`比率 (%) 25.4 6.7`), or when it is a `（単位：千円）`-style header in money or counts: a table's header
  unit does not make its bare cells mentions (wild gold, judgement call 1);
- of two unit labels at one height (a chart with an axis each side) a value takes the one whose ticks span it;
- decimal labels printed edge to edge (`4.04.0`) are split where the decimal pattern and a break agree;
- a label carrying its own unit (`21.6％`) is read as a whole even where the text line scrambled it;
- characters that overlap one another, integer fragments (`20` `4`: a `.` missing) and leftovers (`13.`)
  cannot be read with certainty: they are skipped and the page is listed (`ChartReading.skipped_pages`).
Only pages with a `%` or a bracketed unit word are regrouped (a long budget book stays fast).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..dictionary import load
from ..model import Line, Mention


@dataclass(slots=True, eq=False)
class Glyph:
    ch: str
    x0: float
    top: float
    x1: float
    bottom: float
    line_index: int
    h: float = field(init=False)
    cy: float = field(init=False)

    def __post_init__(self) -> None:
        self.h = max(self.bottom - self.top, 0.1)
        self.cy = (self.top + self.bottom) / 2


@dataclass
class Token:
    """Characters of one row with no gap between them: a word, a label, a unit label (its text and box are
    computed once, after its characters are all in)."""

    glyphs: list[Glyph]
    scrambled: bool = False

    @cached_property
    def text(self) -> str:
        return unicodedata.normalize("NFKC", "".join(g.ch for g in self.glyphs))

    @cached_property
    def raw(self) -> str:
        return "".join(g.ch for g in self.glyphs)

    @cached_property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs)

    @cached_property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @cached_property
    def top(self) -> float:
        return min(g.top for g in self.glyphs)

    @cached_property
    def bottom(self) -> float:
        return max(g.bottom for g in self.glyphs)

    @cached_property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @cached_property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @cached_property
    def h(self) -> float:
        return max(self.bottom - self.top, 0.1)


@dataclass(frozen=True)
class Unit:
    kind: str
    unit: str
    scale: int


@dataclass
class ChartReading:
    """What the charts of a deck give: mentions, and the pages where scrambled labels were left out."""

    mentions: list[Mention] = field(default_factory=list)
    skipped_pages: list[int] = field(default_factory=list)


#: gap between two characters of one token, in character heights; bar labels stand further apart
GAP = 0.3
#: two characters overlapping by more than this share of the narrower one are printed over each other
OVERLAP = 0.35
#: a unit label applies this far down (points): a slide holds a chart well within it
REACH = 320.0

_VALUE = re.compile(r"([+\-‐−▲△]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%|%pt)?")
_NEGATIVE = "-‐−▲△"
#: what is left of a label whose characters were printed over another's (`13.`, `.6`): unreadable, reported
_BROKEN = re.compile(r"[+\-‐−▲△]?[\d.,]*\d[\d.,]*%?")


def page_glyphs(lines: list[Line]) -> dict[int, list[Glyph]]:
    """Every boxed, non-space character of the PDF lines, by page."""
    out: dict[int, list[Glyph]] = {}
    seen: set[tuple[Any, ...]] = set()
    for line in lines:
        if line.page is None or not line.boxes:
            continue
        for ch, bx in zip(line.text, line.boxes):
            if bx is None or ch.isspace():
                continue
            key = (line.page, ch, *(round(v, 1) for v in bx))
            if key not in seen:  # a character drawn twice (fake bold, a table row and a line over one label): once
                seen.add(key)
                out.setdefault(line.page, []).append(Glyph(ch, bx[0], bx[1], bx[2], bx[3], line.index))
    return out


def tokens(glyphs: list[Glyph]) -> list[Token]:
    """Rows of characters sharing a centre line (within a third of their height), split at gaps wider than
    `GAP` heights; characters overlapping within a row make one token marked scrambled."""
    rows: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: g.cy):
        for row in reversed(rows[-8:]):
            r0 = row[0]
            if abs(g.cy - r0.cy) <= 0.3 * min(g.h, r0.h) and abs(g.h - r0.h) <= 0.3 * max(g.h, r0.h):
                row.append(g)
                break
        else:
            rows.append([g])
    out: list[Token] = []
    for row in rows:
        row.sort(key=lambda g: g.x0)
        cur = Token([row[0]])
        for g in row[1:]:
            prev = cur.glyphs[-1]
            width = min(g.x1 - g.x0, prev.x1 - prev.x0)
            if prev.x1 - g.x0 > OVERLAP * max(width, 0.1):
                cur.glyphs.append(g)
                cur.scrambled = True
            elif g.x0 - prev.x1 <= GAP * max(g.h, prev.h):
                cur.glyphs.append(g)
            else:
                out.append(cur)
                cur = Token([g])
        out.append(cur)
    out = [piece for t in out for piece in _split_run(t)]
    _fragments(out)
    return out


def _split_run(t: Token) -> list[Token]:
    """Decimal labels printed edge to edge (`4.04.0`, `30.629.7`, `-0.4-1.7`): split where the one- or two-decimal
    pattern says a label ends, but only where the characters show a break there too (a gap, or another baseline:
    each label is its own text object); otherwise the token stays as it is (and reads as no number)."""
    chars = [unicodedata.normalize("NFKC", g.ch) for g in t.glyphs]
    if t.scrambled or len(t.glyphs) < 6 or any(len(c) != 1 for c in chars):
        return [t]
    text = "".join(chars)
    for d in (1, 2):
        piece = rf"[+\-‐−▲△]?\d{{1,3}}\.\d{{{d}}}"
        if not re.fullmatch(rf"(?:{piece}){{2,}}", text):
            continue
        ends = [m.end() for m in re.finditer(piece, text)][:-1]
        if all(_break(t.glyphs[k - 1], t.glyphs[k]) for k in ends):
            bounds = [0, *ends, len(text)]
            return [Token(t.glyphs[a:b]) for a, b in zip(bounds, bounds[1:])]
    return [t]


def _break(a: Glyph, b: Glyph) -> bool:
    return b.x0 - a.x1 > 0.4 or abs(a.top - b.top) > 0.05


def _fragments(toks: list[Token]) -> None:
    """Two integer fragments a character's width apart on one row (`20` `4`: the `.` of `20.4` is missing from the
    text layer) are parts of one label that cannot be read with certainty: both are marked scrambled."""
    for a, b in zip(toks, toks[1:]):
        if abs(a.cy - b.cy) > 0.3 * min(a.h, b.h) or not (a.glyphs[-1].ch.isdigit() or a.glyphs[-1].ch == "."):
            continue
        if not (b.glyphs[0].ch.isdigit() or b.glyphs[0].ch == ".") or "." in a.text + b.text or len(b.text) > 2:
            continue  # two whole decimals side by side (`5.9 6.5`) are two labels
        width = max(g.x1 - g.x0 for g in a.glyphs[-1:] + b.glyphs[:1])
        if 0 <= b.x0 - a.x1 <= 1.3 * width:
            a.scrambled = b.scrambled = True


_NONE = Unit("", "", 0)  # a bracketed axis label in no unit we read (`（billion U.S. dollars）`, `(年)`)


def unit_label(text: str) -> Unit | None:
    """The chart unit a whole token names (`(%)`, `（億円）`, `（前年度比、％）`, `（単位：％）`); a bracketed label in
    no unit we read, or a table's `（単位：千円）` header, gives a unit of no kind (it blocks the labels above);
    else None."""
    t = unicodedata.normalize("NFKC", text).replace(" ", "")
    if len(t) < 3 or t[0] != "(" or t[-1] != ")":
        return None
    word = re.split(r"[、,]", t[1:-1])[-1]
    table = False
    for prefix in load("chart_units")["unit_prefix"]:
        table = table or word.startswith(unicodedata.normalize("NFKC", prefix))
        word = word.removeprefix(unicodedata.normalize("NFKC", prefix))
    spec = load("chart_units")["units"].get(word) or load("chart_units")["units"].get(
        unicodedata.normalize("NFKC", word))
    if spec and table and spec["kind"] in load("chart_units")["table_kinds"]:
        return _NONE  # `（単位：千円）` heads a budget table, whose bare cells are no mentions (wild gold, call 1)
    if spec:
        return Unit(spec["kind"], spec["unit"], int(spec["scale"]))
    return _NONE if len(t) <= 30 and not any(ch.isdigit() or ch in "=＝" for ch in t) else None


def number(text: str) -> tuple[float, str | None] | None:
    """A value label's number and its own unit (`%`), or None for anything else; year-like integers
    (`2019`, `08`) are category labels, not values."""
    m = _VALUE.fullmatch(text)
    if not m:
        return None
    sign, whole, frac, unit = m.groups()
    if not frac and "," not in whole and (len(whole) == 4 and whole[:2] in ("19", "20") or (len(whole) > 1 and whole[0] == "0")):
        return None
    value = float(whole.replace(",", "") + (frac or ""))
    return (-value if sign and sign in _NEGATIVE else value), ("percent" if unit else None)


def _even(values: list[float]) -> bool:
    steps = [b - a for a, b in zip(values, values[1:])]
    return all(abs(s - steps[0]) <= 0.12 * abs(steps[0]) + 0.6 for s in steps) and abs(steps[0]) > 0.5


def _evenly(values: list[float]) -> bool:
    steps = [round(b - a, 6) for a, b in zip(values, values[1:])]
    return steps[0] != 0 and all(abs(s - steps[0]) < 1e-6 for s in steps)


def axis_ticks(toks: list[Token], values: list[float]) -> set[int]:
    """Indices of axis tick labels: three or more tokens on one axis line (same right or left edge or centre, or
    the same row), evenly spaced, whose values go in even steps."""
    ticks: set[int] = set()
    keys: list[tuple[str, Any, Any]] = [
        ("x1", lambda t: t.x1, lambda t: t.cy), ("cx", lambda t: t.cx, lambda t: t.cy), ("x0", lambda t: t.x0, lambda t: t.cy),
        ("cy", lambda t: t.cy, lambda t: t.cx)]
    for _, align, pos in keys:
        order = sorted(range(len(toks)), key=lambda i: align(toks[i]))
        groups: list[list[int]] = []
        for i in order:
            if groups and abs(align(toks[i]) - align(toks[groups[-1][-1]])) <= 1.5:
                groups[-1].append(i)
            else:
                groups.append([i])
        for grp in groups:
            grp.sort(key=lambda i: pos(toks[i]))
            start = 0
            while start + 2 < len(grp):
                end = start + 2
                while end < len(grp) and _even([pos(toks[i]) for i in grp[start:end + 1]]) and _evenly(
                        [values[i] for i in grp[start:end + 1]]):
                    end += 1
                if end - start >= 3:
                    ticks.update(grp[start:end])
                    start = end
                else:
                    start += 1
    return ticks


def _grid_cells(toks: list[Token]) -> set[int]:
    """Indices of bare numbers laid out as a table's cells: each shares its row with another number and its
    column (right edge or centre) with two others."""
    def near(a: float, b: float) -> bool:
        return abs(a - b) <= 1.0

    out: set[int] = set()
    for i, t in enumerate(toks):
        row = sum(1 for u in toks if u is not t and near(u.cy, t.cy))
        col = max(sum(1 for u in toks if u is not t and near(u.x1, t.x1)),
                  sum(1 for u in toks if u is not t and near(u.cx, t.cx)))
        if row >= 1 and col >= 2:
            out.add(i)
    return out


def _table(vals: list[int], cells: set[int], lab: Token, toks: list[Token]) -> bool:
    """A unit label's numbers are a table's: most of them are grid cells of the page (with the numbers under
    other labels: a table with a unit per column), or most stand in the label's own column (a column header
    `(%)` over its cells; a chart's label stands over its axis ticks, which are gone by now)."""
    if len(vals) >= 3 and sum(i in cells for i in vals) >= 0.7 * len(vals):
        return True
    under = sum(1 for i in vals if toks[i].x0 < lab.x1 and lab.x0 < toks[i].x1)
    return len(vals) >= 2 and under >= 0.7 * len(vals)


def _row_header(lab: Token, toks: list[Token]) -> bool:
    """A unit label followed on its own row by numbers (`支給対象職員の比率 (%) 25.4 6.7 21.6`) heads a table row."""
    return sum(1 for t in toks if abs(t.cy - lab.cy) <= 0.3 * min(t.h, lab.h) and t.x0 > lab.x1) >= 2


def _caption(t: Token) -> bool:
    return any(re.match(re.escape(w) + r"\s?[0-9０-９]", t.text) for w in load("chart_units")["figure_titles"])


def _across(lab: Token, tok: Token, captions: list[Token]) -> bool:
    lo, hi = min(lab.x0, tok.x0), max(lab.x1, tok.x1)
    return any(lab.bottom <= c.top and c.bottom <= tok.top and c.x0 < hi and lo < c.x1 for c in captions)


def _label_for(tok: Token, value: float, labels: list[tuple[Token, Unit]], axes: list[tuple[float, float] | None],
               captions: list[Token]) -> int | None:
    """The unit label that applies to a value label: above it within `REACH` and not across a figure caption,
    those on its left first (side by side charts each print theirs at top left), nearest first. A chart with an
    axis each side prints two labels at one height (`（万人）` left, `（％）` right): of those, the one whose axis
    ticks span the value, the narrower axis if both do."""
    above = [k for k, (lab, _) in enumerate(labels)
             if lab.cy < tok.top and tok.top - lab.bottom <= REACH and not _across(lab, tok, captions)]
    if not above:
        return None
    left = [k for k in above if labels[k][0].x0 <= tok.x1 + 2]
    best = min(left or above, key=lambda k: tok.top - labels[k][0].bottom)
    pair = [k for k in above if abs(labels[k][0].cy - labels[best][0].cy) <= 2 * labels[best][0].h]
    spans = [k for k in pair if (ax := axes[k]) is not None and ax[0] <= value <= ax[1]]
    if len(pair) > 1 and spans:
        return min(spans, key=lambda k: (axes[k] or (0.0, 0.0))[1] - (axes[k] or (0.0, 0.0))[0])
    return best


def _axis(lab: Token, ticks: list[tuple[Token, float]]) -> tuple[float, float] | None:
    """The value range of the tick labels printed in a column under a unit label (its axis), if any."""
    vals = [v for t, v in ticks if t.top > lab.top and t.top - lab.bottom <= REACH and abs(t.cx - lab.cx) <= 30]
    return (min(vals), max(vals)) if len(vals) >= 3 else None


def _mention(doc: str, page: int, tok: Token, value: float, unit: Unit, label: str) -> Mention:
    v: float | int = value * unit.scale
    if float(v).is_integer() and (unit.kind != "percent" or "." not in tok.text):
        v = int(v)
    return Mention(doc=doc, kind=unit.kind, text=tok.raw, min=v, max=v, unit=unit.unit, page=page,
                   role="other" if unit.kind == "amount" else None, context=f"{label} {tok.raw}".strip(),
                   x0=round(tok.x0, 1), top=round(tok.top, 1), x1=round(tok.x1, 1), bottom=round(tok.bottom, 1),
                   line_index=tok.glyphs[0].line_index)


_OWN = Unit("percent", "percent", 1)


def _upright(t: Token, columns: dict[int, list[Glyph]]) -> bool:
    """Digits printed upright on a horizontal line: narrower than tall (a rotated digit is wider than tall), and
    a lone digit not one of a column of characters stacked one per row (vertical text: `2`/`0`/`0`/`8`/`年`).
    `columns` holds the page's characters by their centre's x, in 4-point bins."""
    digits = [g for g in t.glyphs if g.ch in "0123456789"]  # full-width digits are square either way
    if any(g.x1 - g.x0 > 0.85 * g.h for g in digits):
        return False
    if len(t.glyphs) > 1:
        return True
    g = t.glyphs[0]
    cx = (g.x0 + g.x1) / 2
    near = [o for b in (int(cx // 4) - 1, int(cx // 4), int(cx // 4) + 1) for o in columns.get(b, ())]
    return not any(o is not g and abs((o.x0 + o.x1) / 2 - cx) < 0.5 * (g.x1 - g.x0) + 0.5
                   and 0 < abs(o.cy - g.cy) < 1.6 * g.h for o in near)


def _columns(glyphs: list[Glyph]) -> dict[int, list[Glyph]]:
    out: dict[int, list[Glyph]] = {}
    for g in glyphs:
        out.setdefault(int((g.x0 + g.x1) / 2 // 4), []).append(g)
    return out


def read_page(doc: str, page: int, glyphs: list[Glyph]) -> tuple[list[Mention], bool]:
    """The chart mentions of one page, and whether scrambled labels were left out."""
    every = tokens(glyphs)
    labels = [(t, u) for t in _bracketed(every) if not t.scrambled for u in [unit_label(t.text)] if u is not None]
    captions = [t for t in every if _caption(t)]
    columns = _columns(glyphs)
    nums = [(t, n) for t in every if not t.scrambled for n in [number(t.text)] if n is not None and _upright(t, columns)]
    skipped = any((t.scrambled and any(ch.isdigit() for ch in t.text)) or (_BROKEN.fullmatch(t.text) and number(t.text) is None)
                  for t in every)
    if not nums:
        return [], skipped
    ticks = axis_ticks([t for t, _ in nums], [n[0] for _, n in nums])
    labels += _percent_axes(nums, ticks)
    labels = [(lab, _NONE if _row_header(lab, [t for i, (t, _) in enumerate(nums) if i not in ticks]) else u)
              for lab, u in labels]
    axes = [_axis(lab, [(nums[i][0], nums[i][1][0]) for i in ticks]) for lab, _ in labels]
    bare: dict[int, list[int]] = {}  # unit label index -> its value labels (indices into nums)
    out: list[Mention] = []
    plain = [i for i, (_, (_, own)) in enumerate(nums) if i not in ticks and own is None]
    cells = {plain[j] for j in _grid_cells([nums[i][0] for i in plain])}
    for i, (tok, (value, own)) in enumerate(nums):
        if i in ticks:
            continue
        if own is not None:
            out.append(_mention(doc, page, tok, value, _OWN, ""))
            continue
        k = _label_for(tok, value, labels, axes, captions)
        if k is not None and labels[k][1] is not _NONE:
            bare.setdefault(k, []).append(i)
    toks = [t for t, _ in nums]
    for k, vals in bare.items():
        lab, unit = labels[k]
        if not _table(vals, cells, lab, toks):
            out += [_mention(doc, page, nums[i][0], nums[i][1][0], unit, lab.raw) for i in vals]
    return out, skipped


def _percent_axes(nums: list[tuple[Token, tuple[float, str | None]]], ticks: set[int]) -> list[tuple[Token, Unit]]:
    """Axis ticks that print their own `%` (`0% 50% 100%` over a band chart) name the chart's unit as a `（％）` label
    would: each such tick is a percent label for the bare value labels under it."""
    return [(tok, _OWN) for i, (tok, (_, own)) in enumerate(nums) if i in ticks and own == "percent"]


def _bracketed(toks: list[Token]) -> list[Token]:
    """The tokens, and words in brackets spaced apart on one row joined up (`(billion` `U.S.` `dollars)`)."""
    out = list(toks)
    for i, t in enumerate(toks):
        if not t.text.startswith("(") or ")" in t.text:
            continue
        glyphs, prev = list(t.glyphs), t
        for u in toks[i + 1:i + 6]:
            if abs(u.cy - prev.cy) > 0.3 * min(u.h, prev.h) or not 0 <= u.x0 - prev.x1 <= 1.5 * prev.h:
                break
            glyphs += u.glyphs
            prev = u
            if ")" in u.text:
                out.append(Token(glyphs))
                break
    return out


def _worth_reading(texts: list[str]) -> bool:
    """A page that could hold a chart label: a `%` anywhere, or a bracketed unit word (`（億円）`); pages of
    running text and tables without them are not regrouped (a long budget book stays fast)."""
    text = unicodedata.normalize("NFKC", "".join(texts)).replace(" ", "")
    if "%" in text:
        return True
    words = "|".join(re.escape(unicodedata.normalize("NFKC", w)) for w in sorted(load("chart_units")["units"], key=len))
    return re.search(rf"\((?:[^()]{{0,24}}[、,:])?(?:{words})\)", text) is not None


def read_charts(doc: str, lines: list[Line]) -> ChartReading:
    """Chart value labels of a PDF deck's pages (text decks have no boxes and give none)."""
    reading = ChartReading()
    texts: dict[int, list[str]] = {}
    for line in lines:
        if line.page is not None and line.boxes:
            texts.setdefault(line.page, []).append(line.text)
    pages = {p for p, t in texts.items() if _worth_reading(t)}
    for page, glyphs in page_glyphs([ln for ln in lines if ln.page in pages]).items():
        found, skipped = read_page(doc, page, glyphs)
        reading.mentions += found
        if skipped:
            reading.skipped_pages.append(page)
    return reading


def _overlaps(a: Mention, b: Mention) -> bool:
    if None in (a.x0, a.x1, a.top, a.bottom, b.x0, b.x1, b.top, b.bottom):
        return False
    return bool(a.page == b.page and a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom)  # type: ignore[operator]


def merge(line_mentions: list[Mention], chart: list[Mention]) -> list[Mention]:
    """Line mentions with the chart labels added: where a line mention covers a chart label with the same kind
    and value (either end of it) it stays (it has its context and qualifiers); other line mentions over a chart
    label (fragments of interleaved labels, `6％` for `21.6％`, a bare `35.7` read as a count) give way to it."""
    keep = list(line_mentions)
    added: list[Mention] = []
    for c in chart:
        over = [m for m in keep if _overlaps(m, c) and m.kind not in ("date", "fiscal_year")]
        if any(m.kind == c.kind and c.min in (m.min, m.max) for m in over):  # `3.0%以上` read with its qualifier
            continue
        drop = {id(m) for m in over}
        keep = [m for m in keep if id(m) not in drop]
        added.append(c)
    return sorted(keep + added, key=lambda m: (m.line_index, m.raw_start))
