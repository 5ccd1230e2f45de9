"""Chart value labels on PDF pages, read from the characters' positions rather than the text lines.

A chart prints its unit once (`（％）`, `（億円）`, `（前年度比、％）` near the plot) and its value labels bare
(`35.7`) and scattered over the bars, where pdfplumber's line clustering interleaves neighbouring labels
(`21.6％` comes out as `2 1 . . 6 3 ％`). Here every character of a page is regrouped by position: rows of
characters sharing a centre line, split into tokens at gaps. Then:

- a token that is a whole unit label (`chart_units.json`) opens a chart;
- a bare number below it takes its unit (kind, unit, scale), unless a figure caption (`図２`) stands between;
- axis ticks (three or more aligned labels, evenly spaced, values in even steps) never count (GUIDE);
- axis ticks that print their own `%` (`0% 50% 100%` over a band chart) name the unit as a `（％）` label would;
- a unit label's numbers are a table's, not a chart's, when most are grid cells of the page (rows and columns
  aligned), when most stand in the label's own column (`(%)` heading a column), when the label heads a row
  (`比率 (%) 25.4 6.7`), or when it is a `（単位：千円）`-style header in money or counts: a table's header
  unit does not make its bare cells mentions (wild gold, judgement call 1);
- of two unit labels at one height (a chart with an axis each side) a value takes the one whose ticks span it;
- decimal labels printed edge to edge (`4.04.0`) are split where the decimal pattern and a break agree;
- a label carrying its own unit (`21.6％`) is read as a whole even where the text line scrambled it;
- characters that overlap one another, integer fragments (`20` `4`: a `.` missing) and leftovers (`13.`)
  cannot be read with certainty: they are skipped and the page is listed (`ChartReading.skipped_pages`).
Only pages with a `%` or a bracketed unit word are regrouped (a long budget book stays fast). The tokens are made in
chart_glyphs.py, read as labels and numbers in chart_labels.py, placed against axes and tables in chart_axes.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dictionary import load
from ..model import Line, Mention
from .chart_axes import (
    REACH,
    _axis,
    _columns,
    _even,
    _evenly,
    _grid_cells,
    _label_for,
    _row_header,
    _table,
    _upright,
    axis_ticks,
    read_on_unlabelled_axis,
    unlabelled_axes,
)
from .chart_glyphs import Glyph, Token, page_glyphs, tokens
from .chart_labels import _BROKEN, _NONE, _OWN, Unit, _bracketed, _caption, _worth_reading, number, unit_label
from .chart_years import year_ticks

__all__ = ["ChartReading", "Glyph", "Token", "Unit", "_bracketed", "merge", "number", "read_charts", "read_page", "tokens",
           "unit_label"]


#: the unit a `%` axis tick names (its own object: a tick is no column header, see `_table`)
_TICKS = Unit("percent", "percent", 1)


@dataclass
class ChartReading:
    """What the charts of a deck give: mentions, and the pages where scrambled labels were left out."""

    mentions: list[Mention] = field(default_factory=list)
    skipped_pages: list[int] = field(default_factory=list)
    #: axis ticks that print their own `%` (`0% 50% 100%`): never mentions (GUIDE), where the line rules read them
    ticks: list[Mention] = field(default_factory=list)


def _mention(doc: str, page: int, tok: Token, value: float, unit: Unit, label: str) -> Mention:
    v: float | int = value * unit.scale
    if float(v).is_integer() and (unit.kind != "percent" or "." not in tok.text):
        v = int(v)
    return Mention(doc=doc, kind=unit.kind, text=tok.raw, min=v, max=v, unit=unit.unit, page=page,
                   role="other" if unit.kind == "amount" else None, context=f"{label} {tok.raw}".strip(),
                   x0=round(tok.x0, 1), top=round(tok.top, 1), x1=round(tok.x1, 1), bottom=round(tok.bottom, 1),
                   line_index=tok.glyphs[0].line_index)


def read_page(doc: str, page: int, glyphs: list[Glyph]) -> tuple[list[Mention], bool]:
    """The chart mentions of one page, and whether scrambled labels were left out."""
    every = _split_brackets(tokens(glyphs))
    labels = [(t, u) for t in _bracketed(every) if not t.scrambled for u in [unit_label(t.text)] if u is not None]
    numbered = _figure_numbers(every)
    captions = [t for t in every if _caption(t)] + [t for t in every if id(t) in numbered]
    columns = _columns(glyphs)
    nums = [(t, n) for t in every if not t.scrambled and id(t) not in numbered
            for n in [number(t.text)] if n is not None and _upright(t, columns)]
    skipped = any((t.scrambled and any(ch.isdigit() for ch in t.text)) or (_BROKEN.fullmatch(t.text) and number(t.text) is None)
                  for t in every)
    years = year_ticks(doc, page, every)
    if not nums:
        return years, skipped
    ticks = axis_ticks([t for t, _ in nums], [n[0] for _, n in nums])
    # ticks printing `%` that read as a scale: whole numbers (`0% 50% 100%`); aligned decimal labels (`3.1% 3.2%`) are values
    scale = {i for i in ticks if nums[i][1][1] and "." not in nums[i][0].text}
    labels += _percent_axes(nums, scale)
    words = [(t, u) for t in every for u in [_axis_word(t.text)] if u is not None]
    labels += _axis_heads([nums[i][0] for i in ticks], [(w, u) for w, u in words if _alone(w, every)])
    out: list[Mention] = [_tick(doc, page, nums[i][0], nums[i][1][0]) for i in sorted(scale)]
    rows = _unit_rows([nums[i][0] for i in ticks], words)
    rows += _last_tick_rows([nums[i][0] for i in ticks if i not in scale], [nums[i][0] for i in scale])
    rows += _titled_rows([nums[i][0] for i in ticks], every)
    labels = [(lab, _NONE if _row_header(lab, [t for i, (t, _) in enumerate(nums) if i not in ticks]) else u)
              for lab, u in labels]
    far = frozenset(k for k, (_, u) in enumerate(labels) if u is _TICKS)
    axes = [_axis(lab, [(nums[i][0], nums[i][1][0]) for i in ticks]) for lab, _ in labels]
    bare_axes = unlabelled_axes([(nums[i][0], nums[i][1][0]) for i in ticks], [lab for lab, _ in labels])
    bare: dict[int, list[int]] = {}  # unit label index -> its value labels (indices into nums)
    out += years
    plain = [i for i, (_, (_, own)) in enumerate(nums) if i not in ticks and own is None]
    cells = {plain[j] for j in _grid_cells([nums[i][0] for i in plain])}
    for i, (tok, (value, own)) in enumerate(nums):
        if i in ticks or _beside_axis_or_words(tok, [nums[j][0] for j in ticks], every):
            continue
        if own is not None:
            out.append(_mention(doc, page, tok, value, _OWN, ""))
            continue
        k = _label_for(tok, value, labels, axes, captions, far)
        if (row := _axis_row(tok, rows, captions)) is not None:
            out.append(_mention(doc, page, tok, value, row[3], row[4]))
        elif k is not None and labels[k][1] is not _NONE and not read_on_unlabelled_axis(
                tok, value, labels[k][0], bare_axes, [lab for lab, _ in labels]):
            bare.setdefault(k, []).append(i)
    toks = [t for t, _ in nums]
    for k, vals in bare.items():
        lab, unit = labels[k]
        if unit is _TICKS:  # a band chart's labels line up like a table's cells: the ticks over them decide
            lo, hi = _tick_span(lab, [t for t, u in labels if u is _TICKS])
            out += [_mention(doc, page, nums[i][0], nums[i][1][0], unit, lab.raw) for i in vals if lo <= nums[i][0].cx <= hi]
        elif not _table(vals, cells, lab, toks):
            out += [_mention(doc, page, nums[i][0], nums[i][1][0], unit, lab.raw) for i in vals]
    return out, skipped


#: a value label with a second one in lenticular brackets (`26.5【20.2】`: this year's and, in the brackets, a
#: previous year's, as a chart's note explains): two value labels
_PAIRED = re.compile(r"[+\-▲△]?[\d.,]*\d%?【[+\-▲△]?[\d.,]*\d%?】|【[+\-▲△]?[\d.,]*\d%?】")


def _split_brackets(every: list[Token]) -> list[Token]:
    """Tokens, with `A【B】` and `【B】` split into the value labels A and B (the brackets dropped)."""
    out: list[Token] = []
    for t in every:
        if t.scrambled or not _PAIRED.fullmatch(t.text):
            out.append(t)
            continue
        run: list[Glyph] = []
        for g in t.glyphs + [None]:
            if g is None or g.ch in "【】":
                if run:
                    out.append(Token(run))
                run = []
            else:
                run.append(g)
    return out


def _figure_numbers(every: list[Token]) -> set[int]:
    """The numbers of figure captions printed apart from their word (`図` `12`, `表` `3`): a figure's number, no
    value; the pair is a caption (ids of the number tokens)."""
    words = set(load("chart_units")["figure_titles"])
    out: set[int] = set()
    for t in every:
        if t.text in words:
            out.update(id(u) for u in every if abs(u.cy - t.cy) <= 0.3 * t.h and 0 <= u.x0 - t.x1 <= 1.5 * t.h
                       and re.fullmatch(r"\d+(?:[-‐－]\d+)?", u.text))
    return out


def _percent_axes(nums: list[tuple[Token, tuple[float, str | None]]], ticks: set[int]) -> list[tuple[Token, Unit]]:
    """Axis ticks that print their own `%` (`0% 50% 100%` over a band chart) name the chart's unit as a `（％）` label
    would: each such tick is a percent label for the bare value labels under it."""
    return [(tok, _TICKS) for i, (tok, (_, own)) in enumerate(nums) if i in ticks and own == "percent"]


Row = tuple[float, float, float, Unit, str]  # an axis: its centre line, left and right ends, unit, unit word


def _axis_word(text: str) -> Unit | None:
    """A chart unit word printed alone (`%`, `泊`, `万人`), not in brackets."""
    spec = load("chart_units")["units"].get(text)
    return Unit(spec["kind"], spec["unit"], int(spec["scale"])) if spec and not text[0].isdigit() else None


def _beside_axis_or_words(tok: Token, ticks: list[Token], every: list[Token]) -> bool:
    """A bare number that is no value label: one more label on an axis's row of three or more ticks (`100` before
    `100 200 300`, a category's lower bound), or a whole number with words right after it on its row (`３ 世帯主の
    所得`, a heading's or list item's number)."""
    row = sorted((t for t in ticks if abs(t.cy - tok.cy) <= 0.3 * tok.h), key=lambda t: t.cx)
    near = sorted(sorted(row, key=lambda t: abs(t.cx - tok.cx))[:3], key=lambda t: t.cx)  # the axis it stands on
    if len(near) == 3 and _even([t.cx for t in near]) and _evenly([(number(t.text) or (0.0, None))[0] for t in near]):
        step = (near[2].cx - near[0].cx) / 2
        if near[0].cx - 1.5 * step <= tok.cx <= near[2].cx + 1.5 * step:
            return True
    return tok.text.isdigit() and any(
        abs(t.cy - tok.cy) <= 0.3 * tok.h and 0 <= t.x0 - tok.x1 <= 2 * tok.h and sum(_cjk(ch) for ch in t.text) >= 2 for t in every)


def _cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"


def _titled_rows(ticks: list[Token], every: list[Token]) -> list[Row]:
    """A horizontal axis under its title, the unit closing the title (`売上高営業利益率の中央値(%)` over `0 1 2 3 4`):
    that unit applies to the bare labels of its chart as a `（％）` label would."""
    out = []
    for t in every:
        m = re.fullmatch(r"(.+)(\([^()]+\))", t.text)
        unit = unit_label(m.group(2)) if m and not m.group(1)[-1].isdigit() else None
        if unit is None or unit is _NONE:
            continue
        row = [k for k in ticks if 0 < k.cy - t.cy <= 2.5 * t.h and k.x0 < t.x1 and t.x0 < k.x1]
        row = [k for k in ticks if row and abs(k.cy - row[0].cy) <= 0.3 * k.h]
        if len(row) >= 3:
            out.append((row[0].cy, min(k.x0 for k in row), max(k.x1 for k in row), unit, t.raw))
    return out


def _alone(word: Token, every: list[Token]) -> bool:
    """A word with nothing else on its row within two of its heights (`万円` over an axis, not the `円` of a
    spaced-out `50 万 円 未 満` row label)."""
    return not any(t is not word and abs(t.cy - word.cy) <= 0.5 * word.h
                   and (0 <= t.x0 - word.x1 <= 2 * word.h or 0 <= word.x0 - t.x1 <= 2 * word.h) for t in every)


def _axis_heads(ticks: list[Token], words: list[tuple[Token, Unit]]) -> list[tuple[Token, Unit]]:
    """A unit word printed alone just over a vertical axis's top tick (`万円` or `%` over `900 800 … 0`) names the
    chart's unit as a bracketed `（万円）` label would."""
    out = []
    for word, unit in words:
        col = [t for t in ticks if t.top > word.cy and t.x0 <= word.x1 + word.h and word.x0 - word.h <= t.x1]
        if len(col) < 3:
            continue
        top = min(col, key=lambda t: t.top)
        same = [t for t in col if abs(t.x1 - top.x1) <= 1.5 or abs(t.x0 - top.x0) <= 1.5]
        if len(same) >= 3 and top.top - word.bottom <= 2.5 * word.h:
            out.append((word, unit))
    return out


def _unit_rows(ticks: list[Token], words: list[tuple[Token, Unit]]) -> list[Row]:
    """Horizontal axes whose ticks are bare (`0 10 … 100`, `0 20 40 60`) and whose unit is a word printed alone
    just past the last tick (`%`, `泊`): the axis's unit applies to the bare labels of its chart."""
    out = []
    for word, unit in words:
        row = [t for t in ticks if abs(t.cy - word.cy) <= 1.5 * word.h and t.x1 <= word.x0]
        if len(row) >= 3 and 0 <= word.x0 - max(t.x1 for t in row) <= 3 * word.h:
            out.append((sum(t.cy for t in row) / len(row), min(t.x0 for t in row), max(t.x1 for t in row), unit, word.raw))
    return out


def _last_tick_rows(bare: list[Token], percent: list[Token]) -> list[Row]:
    """Horizontal axes of bare ticks whose last tick alone prints `%` (`0 10 … 90 100%` under a band chart): that
    `%` names the axis's unit as a `%` printed past the last tick would (`_unit_rows`)."""
    out = []
    for last in percent:
        row = sorted((t for t in bare if abs(t.cy - last.cy) <= 0.5 * last.h and t.x1 <= last.x0), key=lambda t: t.x0)
        row = row[-_run(row + [last]):-1] if len(row) >= 2 else []  # this axis's ticks, not a neighbouring chart's
        if len(row) >= 2:
            out.append((last.cy, min(t.x0 for t in row), last.x1, _OWN, "%"))
    return out


def _run(row: list[Token]) -> int:
    """How many of the tokens, from the last back, stand evenly spaced with values going in even steps: one axis
    (a neighbouring chart's axis on the same row is not part of it)."""
    n = 2
    while n < len(row) and _even([t.cx for t in row[-n - 1:]]) and _evenly([(number(t.text) or (0.0, None))[0] for t in row[-n - 1:]]):
        n += 1
    return n


def _axis_row(tok: Token, rows: list[Row], captions: tuple[Token, ...] | list[Token] = ()) -> Row | None:
    """The nearest of those axes over or under a bare label (within its ends and the chart's reach, not across a
    figure caption: the axis of the next figure), if any."""
    near = [r for r in rows if r[1] <= tok.cx <= r[2] + 2 * tok.h and 0 < abs(r[0] - tok.cy) <= REACH
            and not any(min(r[0], tok.cy) < c.cy < max(r[0], tok.cy) and c.x0 < r[2] and r[1] < c.x1 for c in captions)]
    return min(near, key=lambda r: abs(r[0] - tok.cy)) if near else None


def _tick_span(tick: Token, ticks: list[Token]) -> tuple[float, float]:
    """From the first to the last tick of the axis row `tick` stands in, with a label's width to spare (the last
    segment's label may stand past the `100%` tick)."""
    row = [t for t in ticks if abs(t.cy - tick.cy) <= 0.5 * tick.h]
    return min(t.x0 for t in row) - 2 * tick.h, max(t.x1 for t in row) + 2 * tick.h


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
        reading.mentions += [m for m in found if m.role != "tick"]
        reading.ticks += [m for m in found if m.role == "tick"]
        if skipped:
            reading.skipped_pages.append(page)
    return reading


def _tick(doc: str, page: int, tok: Token, value: float) -> Mention:
    """An axis tick with its own `%`, marked (role `tick`) so that `read_charts` keeps it apart from the mentions."""
    m = _mention(doc, page, tok, value, _OWN, "")
    m.role = "tick"
    return m


def _overlaps(a: Mention, b: Mention) -> bool:
    if None in (a.x0, a.x1, a.top, a.bottom, b.x0, b.x1, b.top, b.bottom):
        return False
    return bool(a.page == b.page and a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom)  # type: ignore[operator]


def merge(line_mentions: list[Mention], chart: list[Mention], ticks: list[Mention] | None = None) -> list[Mention]:
    """Line mentions with the chart labels added: where a line mention covers a chart label with the same kind
    and value (either end of it) it stays (it has its context and qualifiers); other line mentions over a chart
    label (fragments of interleaved labels, `6％` for `21.6％`, a bare `35.7` read as a count) give way to it.
    Line mentions that are `ticks` (`0% 50% 100%` read off the text line) are dropped: axis ticks never count."""
    by_page: dict[int | None, list[Mention]] = {}
    for t in ticks or ():
        by_page.setdefault(t.page, []).append(t)
    keep = [m for m in line_mentions
            if not any(t.min == m.min == m.max and m.kind == t.kind and _overlaps(m, t) for t in by_page.get(m.page, ()))]
    added: list[Mention] = []
    on_page: dict[int | None, list[Mention]] = {}  # only a mention of the label's page can overlap it
    for m in keep:
        on_page.setdefault(m.page, []).append(m)
    for c in chart:
        here = on_page.get(c.page, [])
        if c.kind == "date" and any(m.kind == "date" and _overlaps(m, c) for m in here):
            continue  # a year tick the line rules read with its era (`平成 ４年`)
        over = [m for m in here if _overlaps(m, c) and m.kind not in ("date", "fiscal_year")]
        if any(m.kind == c.kind and c.min in (m.min, m.max) for m in over):  # `3.0%以上` read with its qualifier
            continue
        if over:
            drop = {id(m) for m in over}
            keep = [m for m in keep if id(m) not in drop]
            on_page[c.page] = [m for m in here if id(m) not in drop]
        added.append(c)
    return _once(sorted(keep + added, key=lambda m: (m.line_index, m.raw_start)))


def _once(mentions: list[Mention]) -> list[Mention]:
    """One mention per printed label: a label read twice, from its text line and from a table row built over the
    same characters (`旅行専門誌 2.5%`), has the same kind, value and box both times; the first is kept."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for m in mentions:
        key = (m.page, m.kind, m.min, m.max, *(round(v) if v is not None else None for v in (m.x0, m.top, m.x1, m.bottom)))
        if m.x0 is None or key not in seen:
            seen.add(key)
            out.append(m)
    return out
