"""A figure ending its line in one column of a two-column PDF page, its bound word wrapped onto the column's
next line (`韓国で「3日間` … `以内」の割合が`, `過去1年間に2回` … `以上日本を訪れている`). The reader joins the
columns side by side, so the line after it in reading order belongs to the other column; the column's own
next line is found by the characters' boxes: the first line below that starts inside the figure's column."""
from __future__ import annotations

from functools import lru_cache

from ..context.qualifiers import apply_open_ends
from ..dictionary import load
from ..model import Line, Mention

#: lines below to look through: the other column's lines stand between
_ROWS_BELOW = 4
#: a gap between characters wider than this many character heights separates two columns
_COLUMN_GAP = 1.0


@lru_cache(maxsize=1)
def _bounds() -> tuple[tuple[str, str], ...]:
    # written bounds of two characters or more (以上, 以内, 未満, まで): a lone 超 opens words (超高齢)
    suffix = load("qualifiers")["suffix"]
    found = [(w, q) for w, q in suffix.items() if q in ("at_least", "at_most") and len(w) >= 2 and not w.startswith("_")]
    return tuple(sorted(found, key=lambda wq: -len(wq[0])))


Box = tuple[float, float, float, float]


def _boxes(line: Line) -> list[tuple[int, Box]]:
    return [(k, bx) for k, bx in enumerate(line.boxes or ()) if bx is not None and not line.text[k].isspace()]


def _segments(boxes: list[tuple[int, Box]], height: float) -> list[tuple[int, float, float]]:
    """(first character, left, right) of each run of characters between gaps wider than a column gap."""
    out: list[tuple[int, float, float]] = []
    for k, bx in boxes:
        if out and bx[0] - out[-1][2] <= _COLUMN_GAP * height:
            out[-1] = (out[-1][0], out[-1][1], max(out[-1][2], bx[2]))
        else:
            out.append((k, bx[0], bx[2]))
    return out


def _bound_below(lines: list[Line], i: int, m: Mention, col: float, height: float, others: list[Mention]) -> str | None:
    """The bound word opening the first line below that starts a run inside the column [col, m.x0]."""
    x0, bottom = float(m.x0), float(m.bottom)  # type: ignore[arg-type]
    for nxt in lines[i + 1:i + 1 + _ROWS_BELOW]:
        nb = _boxes(nxt)
        if nxt.page != lines[i].page or not nb or nb[0][1][1] > bottom + 3 * height:
            return None
        if nb[0][1][1] < bottom - 0.5 * height:
            continue
        run = next((k for k, left, _ in _segments(nb, height) if col - height <= left <= x0), None)
        if run is None:
            continue
        word = next(((w, q) for w, q in _bounds() if nxt.text.startswith(w, run)), None)
        if word is None or _under_another(nxt, run, len(word[0]), m, others):
            return None  # a legend's bound printed under another figure of the row is that figure's
        return word[1]
    return None


def _under_another(line: Line, start: int, n: int, m: Mention, others: list[Mention]) -> bool:
    xs = [b for b in (line.boxes or ())[start:start + n] if b is not None]
    if not xs:
        return False
    x0, x1 = min(b[0] for b in xs), max(b[2] for b in xs)
    return any(o is not m and o.x0 is not None and o.x1 is not None and min(x1, o.x1) - max(x0, o.x0) > 0.5 * (x1 - x0)
               for o in others)


def bound_from_column(lines: list[Line], i: int, found: list[Mention]) -> None:
    """Give a mention that ends its column's run on line i the bound word that opens its column's next line,
    where the mention is single-valued and has no qualifier yet."""
    if not found:
        return
    boxes = _boxes(lines[i])
    if not boxes:
        return
    height = boxes[-1][1][3] - boxes[-1][1][1]
    if height <= 0:
        return
    runs = _segments(boxes, height)
    for m in found:
        if m.qualifiers or m.min != m.max or m.x0 is None or m.x1 is None or m.bottom is None:
            continue
        run = next((r for r in runs if r[1] <= m.x0 + 0.5 and m.x1 - 0.5 <= r[2] <= m.x1 + 0.5), None)
        qual = _bound_below(lines, i, m, run[1], height, found) if run is not None else None
        if qual is not None:
            m.qualifiers.append(qual)
            m.min, m.max = apply_open_ends(m.min, m.max, m.qualifiers)
