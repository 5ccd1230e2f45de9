"""A pdfplumber text line that holds rows lying one under another is split into those rows.

pdfplumber clusters characters into lines by their `top`, chaining: each top within 3 points of the
previous one joins the line. A chart's small legends placed side by side at slightly different heights
(four 5-point rows 8 points apart, beside labels a point or two lower) chain into one "line" several rows
tall, and its characters come out interleaved column by column (`6 を 5 を 以 以 …` for two stacked legend
entries). Such a line (taller than twice its characters) is cut into rows again by baseline: a row ends where
the next character's bottom is lower by more than a quarter of a character's height. Only rows holding six
characters in a run are text rows; a shorter row (a raised note mark, a value label) joins the text row nearest
its baseline. A line of one row (a superscript, a mixed font size on one baseline), or without two text rows
one under the other (figures over their units, vertical words, a note beside a column), is kept as pdfplumber
made it.
"""
from __future__ import annotations

import statistics
from typing import Any

#: pdfplumber's default x_tolerance: a gap wider than this between two characters is a space
_SPACE_GAP = 3.0
#: a line taller than this many of its characters' heights holds several rows
_TALL = 2.0
#: characters whose bottoms differ by at most this share of a character's height stand on one baseline
_ROW = 0.25
#: rows are text of their own when two of them hold a run of this many characters without a gap: figures over
#: their units (8,000 over 万円) and vertical words (利/益) are read by the column helpers downstream, so kept
_MIN_RUN = 6


def _text(chars: list[dict[str, Any]]) -> str:
    out: list[str] = []
    for prev, c in zip([None, *chars], chars, strict=False):
        if prev is not None and c["x0"] - prev["x1"] > _SPACE_GAP:
            out.append(" ")
        out.append(c["text"])
    return "".join(out)


def _line(row: list[dict[str, Any]]) -> dict[str, Any]:
    row = sorted(row, key=lambda c: c["x0"])
    return {"text": _text(row), "chars": row, "x0": min(c["x0"] for c in row), "top": min(c["top"] for c in row),
            "x1": max(c["x1"] for c in row), "bottom": max(c["bottom"] for c in row)}


def _rows(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The chars in rows by their baselines (`bottom`), top first: a row ends where the next bottom is lower than the
    last by more than a quarter of the smaller character's height (pdfplumber chains tops 3 points apart)."""
    rows: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: c["bottom"]):
        last = rows[-1][-1] if rows else None
        if last is not None and c["bottom"] - last["bottom"] <= _ROW * min(last["bottom"] - last["top"], c["bottom"] - c["top"]):
            rows[-1].append(c)
        else:
            rows.append([c])
    return rows


def _longest_run(row: list[dict[str, Any]]) -> int:
    """The most characters of `row` (left to right) that follow each other without a space's gap."""
    best = run = 0
    for prev, c in zip([None, *row], row, strict=False):
        run = run + 1 if prev is not None and c["x0"] - prev["x1"] <= _SPACE_GAP else 1
        best = max(best, run)
    return best


def _stacked(rows: list[list[dict[str, Any]]]) -> bool:
    """Do two of the rows lie one under the other (their spans overlap across)? Rows side by side (a note beside a
    column's line) read well in pdfplumber's order already."""
    spans = sorted((r[0]["x0"], r[-1]["x1"]) for r in rows)
    return any(b[0] < a[1] for a, b in zip(spans, spans[1:], strict=False))


def split_bands(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`lines` (pdfplumber's extract_text_lines with chars) with each line several rows tall replaced by one
    line per row (chars left to right); other lines are kept as they are."""
    out: list[dict[str, Any]] = []
    for line in lines:
        chars = line.get("chars") or []
        if len(chars) < 4 or not all(c.get("text") and c.get("upright", True) for c in chars):
            out.append(line)
            continue
        height = statistics.median(c["bottom"] - c["top"] for c in chars)
        top, bottom = min(c["top"] for c in chars), max(c["bottom"] for c in chars)
        rows = [sorted(r, key=lambda c: c["x0"]) for r in _rows(chars)] if height > 0 and bottom - top > _TALL * height else []
        text_rows = [r for r in rows if _longest_run(r) >= _MIN_RUN]
        if not _stacked(text_rows):
            out.append(line)
            continue
        for r in rows:  # a short row (a note mark 注2, a value label) goes with the text row nearest its baseline
            if _longest_run(r) < _MIN_RUN:
                min(text_rows, key=lambda t: abs(t[0]["bottom"] - r[0]["bottom"])).extend(r)
        out.extend(_line(r) for r in text_rows)
    return out
