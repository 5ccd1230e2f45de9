"""A qualifier printed under its number on the next line (a legend or header cell wrapped onto two lines, PDF decks)."""
from __future__ import annotations

import re

from ..context.qualifiers import apply_open_ends, standalone_qualifier
from ..model import Line, Mention
from ..normalize import normalize

_TOKEN = re.compile(r"\S+")


def qualifiers_below(found: list[Mention], written: list[tuple[object, object, bool]], nxt: Line | None) -> None:
    """A legend or header cell wrapped onto a second line has its qualifier printed under its number (`3日間`
    over `以内`, PDF decks): a qualifier word standing alone on the next line, on a line of words without
    numbers (a row of labels), applies to the single-valued mention it stands under, and not to the line's
    last mention, which only the joined text put next to it (`… 14日間` + `以内`)."""
    if nxt is None or not nxt.boxes or not found or any(ch.isdigit() for ch in nxt.text):
        return
    for tok in _TOKEN.finditer(nxt.text):
        qual = standalone_qualifier(normalize(tok.group()).text)
        boxes = [bx for bx in nxt.boxes[tok.start():tok.end()] if bx is not None] if qual else []
        if not boxes:
            continue
        x0, x1 = min(bx[0] for bx in boxes), max(bx[2] for bx in boxes)
        under = [k for k, m in enumerate(found)
                 if m.x0 is not None and m.x1 is not None and min(x1, m.x1) - max(x0, m.x0) > 0.5 * (x1 - x0)]
        if len(under) != 1:
            continue
        m = found[under[0]]
        if not m.qualifiers and m.min == m.max:
            m.qualifiers.append(str(qual))
            m.min, m.max = apply_open_ends(m.min, m.max, m.qualifiers)
        last = len(found) - 1
        lo, hi, ends_below = written[last]
        if tok.start() == len(nxt.text) - len(nxt.text.lstrip()) and under[0] != last and not ends_below \
                and found[last].qualifiers == [qual]:
            found[last].qualifiers = []
            found[last].min, found[last].max = lo, hi
