"""A budget's label line alone that sums the items around it: a whole, no programme's row (context/no_programme.py).

- **Items follow it** (`補正予算額 1,280億円` over `(1)… 620億円`): the whole the document reports (items_follow).
- **It is marked as a reference under the items** (`（参考）令和6年度補正予算額 8,180億円` after the year's items of the
  supplementary): a package's whole given for comparison, last year's supplementary or the year's initial budget, no
  item of the document (reference_whole). A one-programme sheet's `（参考）` line under its one larger figure is that
  programme's figure (no two items before it, or an item larger than it), a row as before.
Words are data (totals.json no_programme reference_marks).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo, label_patterns

#: how many lines above or below a label line its items are looked for
ITEMS_REACH = 8
#: an item's own figure near a label line (not last year's, not a cap)
ITEM_ROLES = ("budget", "supplementary_budget")
#: a reference label's smallest number of named items before it (a package holds several; a sheet one)
_MIN_ITEMS = 2


def _items(infos: Sequence[LineInfo], m: Mention) -> list[Mention]:
    """The named item figures of the lines no larger than the label line's figure."""
    return [a for info in infos for a in info.amounts
            if a.role in ITEM_ROLES and a.program and not a.total_of and isinstance(a.max, (int, float))
            and isinstance(m.max, (int, float)) and a.max <= m.max]


def items_follow(infos: Sequence[LineInfo], i: int, m: Mention) -> bool:
    """Named budget figures no larger than the label line's follow it within a few lines: the measures it adds up
    (`補正予算額 1,280億円` over `(1)… 620億円`); a one-programme sheet's or slide's label line has none (`要求額:9,596千円`,
    `令和5年度補正予算額 146億円` under the slide's title: that programme's figure)."""
    return bool(_items(infos[i + 1:i + 1 + ITEMS_REACH], m))


@lru_cache(maxsize=1)
def _reference_mark() -> re.Pattern[str]:
    """A reference mark opening a line: bracketed (`（参考）`, `【参考】`, `[参考]`) or set off by a colon (`参考：`)."""
    words = "|".join(map(re.escape, load("totals")["no_programme"]["reference_marks"]))
    return re.compile(rf"^[\s\u3000]*(?:[（(【\[〔]\s*(?:{words})\s*[）)】\]〕]|(?:{words})\s*[:：])[\s\u3000:：]*")


def reference_label(info: LineInfo, m: Mention) -> bool:
    """The figure's line opens with a reference mark and the words between it and the figure, the line's first, are a
    budget's label alone (`（参考）令和6年度補正予算額 8,180億円`; not `（参考）…事業 8億円`: a work named)."""
    mark = _reference_mark().match(info.norm)
    if mark is None or mark.end() > m.start or any(a.start < m.start for a in info.amounts):
        return False
    core = re.sub(r"[\s\u3000:：]+", "", info.norm[mark.end():m.start])
    core = core.removeprefix(next((w for w in _reference_years() if core.startswith(w)), ""))
    return bool(core) and not label_patterns().part.sub("", core)


@lru_cache(maxsize=1)
def _reference_years() -> tuple[str, ...]:
    """A year named by its place (`前年度`, `今年度`), longest first: it may open a reference label as a stated year does."""
    return tuple(sorted(load("totals")["no_programme"]["reference_years"], key=len, reverse=True))


def reference_whole(infos: Sequence[LineInfo], i: int, m: Mention) -> bool:
    """A reference label line under two or more named items of the document's budget, none larger than its figure: a
    package's whole given for comparison (module docstring)."""
    if not reference_label(infos[i], m):
        return False
    before = _items(infos[max(0, i - ITEMS_REACH):i], m)
    return len({a.program for a in before}) >= _MIN_ITEMS and not any(
        isinstance(a.max, (int, float)) and isinstance(m.max, (int, float)) and a.max > m.max
        for info in infos[max(0, i - ITEMS_REACH):i] for a in info.amounts if a.role in ITEM_ROLES and a.program)
