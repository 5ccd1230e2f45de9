"""Where a chart's value labels stand: axis ticks, table cells, row headers, the unit label that applies to a value
and upright digits (charts.py)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from .chart_glyphs import Glyph, Token
from .chart_labels import Unit

#: a unit label applies this far down (points): a slide holds a chart well within it
REACH = 320.0


def _even(values: list[float]) -> bool:
    steps = [b - a for a, b in zip(values, values[1:])]
    return all(abs(s - steps[0]) <= 0.12 * abs(steps[0]) + 0.6 for s in steps) and abs(steps[0]) > 0.5


def _evenly(values: list[float]) -> bool:
    steps = [round(b - a, 6) for a, b in zip(values, values[1:])]
    return steps[0] != 0 and all(abs(s - steps[0]) < 1e-6 for s in steps) and _round_step(abs(steps[0]))


def _round_step(step: float) -> bool:
    """An axis steps by a round amount (1, 1.5, 2, 2.5, 3, 4 or 5 times a power of ten): value labels that happen to
    differ by the same 0.6 down a column of bars (`12.8 12.2 11.6`) are no axis."""
    while step >= 10:
        step /= 10
    while step < 1:
        step *= 10
    return any(abs(step - m) < 1e-6 for m in (1, 1.5, 2, 2.5, 3, 4, 5))


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

    def count(key: str, t: Token) -> int:  # the others near t, among the tokens within reach by that coordinate
        keys, order = axes[key]
        v = getattr(t, key)
        lo, hi = bisect_left(keys, v - 1.5), bisect_right(keys, v + 1.5)
        return sum(1 for u in order[lo:hi] if u is not t and near(getattr(u, key), v))

    axes = {key: ([getattr(u, key) for u in s], s) for key in ("cy", "x1", "cx")
            for s in [sorted(toks, key=lambda u: getattr(u, key))]}
    out: set[int] = set()
    for i, t in enumerate(toks):
        if count("cy", t) >= 1 and max(count("x1", t), count("cx", t)) >= 2:
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


def _across(lab: Token, tok: Token, captions: list[Token]) -> bool:
    lo, hi = min(lab.x0, tok.x0), max(lab.x1, tok.x1)
    return any(lab.bottom <= c.top and c.bottom <= tok.top and c.x0 < hi and lo < c.x1 for c in captions)


def _label_for(tok: Token, value: float, labels: list[tuple[Token, Unit]], axes: list[tuple[float, float] | None],
               captions: list[Token], far: frozenset[int] = frozenset()) -> int | None:
    """The unit label that applies to a value label: above it within `REACH` (twice that for the labels in `far`:
    `%` ticks over a band chart of twenty rows) and not across a figure caption,
    those on its left first (side by side charts each print theirs at top left), nearest first. A chart with an
    axis each side prints two labels at one height (`（万人）` left, `（％）` right): of those, the one whose axis
    ticks span the value, the narrower axis if both do."""
    above = [k for k, (lab, _) in enumerate(labels)
             if lab.cy < tok.top and tok.top - lab.bottom <= REACH * (2 if k in far else 1) and not _across(lab, tok, captions)]
    if not above:
        return None
    left = [k for k in above if labels[k][0].x0 <= tok.x1 + 2]
    # side by side charts print their labels on one row, a plot's width apart: of those on the value's left, the
    # nearest chart's (a bracketed word just after a label, `（前年度比、%） （金融業を除く）`, is no other chart's; four or
    # more labels on a row head a table's columns)
    def row(k: int) -> list[int]:
        return [j for j in left if abs(labels[j][0].cy - labels[k][0].cy) <= 3 * labels[k][0].h]

    left = [k for k in left if len(row(k)) >= 4 or not any(labels[j][0].x0 > labels[k][0].x1 + 8 * labels[k][0].h for j in row(k))]
    best = min(left or above, key=lambda k: tok.top - labels[k][0].bottom)
    pair = [k for k in above if abs(labels[k][0].cy - labels[best][0].cy) <= 2 * labels[best][0].h
            and labels[k][0].x1 >= labels[best][0].x0]  # a label left of the chosen one is the previous chart's
    spans = [k for k in pair if (ax := axes[k]) is not None and ax[0] <= value <= ax[1]]
    if len(pair) > 1 and spans:
        return min(spans, key=lambda k: (axes[k] or (0.0, 0.0))[1] - (axes[k] or (0.0, 0.0))[0])
    return best


def _axis(lab: Token, ticks: list[tuple[Token, float]]) -> tuple[float, float] | None:
    """The value range of the tick labels printed in a column under a unit label (its axis), if any."""
    vals = [v for t, v in ticks if t.top > lab.top and t.top - lab.bottom <= REACH and abs(t.cx - lab.cx) <= 30]
    return (min(vals), max(vals)) if len(vals) >= 3 else None


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


Column = tuple[float, float, float, float, float]  # a vertical axis: its left edge, top, bottom, lowest and highest value


def unlabelled_axes(ticks: list[tuple[Token, float]], labels: list[Token]) -> list[Column]:
    """Vertical axes (three or more ticks sharing a right or left edge) with no unit label printed over them: the
    second axis of a dual-axis chart whose unit is named only in its legend (`事業所数（右軸）`)."""
    cols: list[list[tuple[Token, float]]] = []
    for edge in (lambda t: t.x1, lambda t: t.x0):
        run: list[list[tuple[Token, float]]] = []
        for t, v in sorted(ticks, key=lambda tv: edge(tv[0])):
            if run and abs(edge(run[-1][-1][0]) - edge(t)) <= 1.5:
                run[-1].append((t, v))
            else:
                run.append([(t, v)])
        cols += run
    def labelled(col: list[tuple[Token, float]]) -> bool:
        top, cx = min(t.top for t, _ in col), sum(t.cx for t, _ in col) / len(col)
        return any(lab.cy < top and top - lab.bottom <= 3 * lab.h and abs(lab.cx - cx) <= 30 for lab in labels)

    cols = [c for c in cols if len(c) >= 3]
    named = {id(t) for c in cols if labelled(c) for t, _ in c}  # an axis read by its other edge is the same axis
    return [(min(t.x0 for t, _ in c), min(t.top for t, _ in c), max(t.bottom for t, _ in c), min(v for _, v in c),
             max(v for _, v in c)) for c in cols if not any(id(t) in named for t, _ in c)]


def read_on_unlabelled_axis(tok: Token, value: float, lab: Token, axes: list[Column], labels: list[Token]) -> bool:
    """A value between its unit label's side and an unlabelled axis of the same chart (no other chart's label
    between) on its right that spans it may be read on either axis: which series it belongs to is drawn, not
    written (a line over bars), so it is left unread."""
    return any(a[0] >= tok.x1 - 2 and lab.cx < tok.cx and a[1] <= tok.cy <= a[2] and a[3] <= value <= a[4]
               and not any(lab.x1 < o.x0 < a[0] for o in labels) for a in axes)
