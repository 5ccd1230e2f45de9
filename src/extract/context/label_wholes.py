"""A budget's label line alone or a deck's headline that sums the items around it: a whole, no programme's row (context/no_programme.py).

- **Items follow it** (`補正予算額 1,280億円` over `(1)… 620億円`): the whole the document reports (items_follow).
- **It is marked as a reference under the items** (`（参考）令和6年度補正予算額 8,180億円` after the year's items of the
  supplementary): a package's whole given for comparison, last year's supplementary or the year's initial budget, no
  item of the document (reference_whole). A one-programme sheet's `（参考）` line under its one larger figure is that
  programme's figure (no two items before it, or an item larger than it), a row as before; so is one indented under
  the item above it (`○ …事業 6億円` over `　　（参考）令和6年度補正予算額 20億円`): that item's own earlier figure.
- **It is a text deck's headline** naming a budget, or the sub-headline stating only the change under a first line with no
  figure (`消費者庁2023年度予算概算要求` / `24.8%増の146.4億円を要求`), over smaller budgets: the whole reported (headline_whole).
Words are data (totals.json no_programme reference_marks, roles.json changes marks, programs.json name_phrase rounding).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Line, Mention
from ..word_lists import alternation, changes
from .labels import BUDGET_ROLES, LineInfo, label_patterns, label_role
from .name_phrase import noun_phrase, particles
from .programs import strong

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
    """A reference label line at the list's level under two or more named items of the document's budget, none larger
    than its figure: a package's whole given for comparison (module docstring). One indented under the item above it is
    that item's own earlier figure (`○ …事業 6億円` over `　　（参考）令和6年度補正予算額 20億円`), a row as before."""
    if not reference_label(infos[i], m):
        return False
    above = infos[max(0, i - ITEMS_REACH):i]
    before = _items(above, m)
    if len({a.program for a in before}) < _MIN_ITEMS or _indented_under(infos[i], above):
        return False
    return not any(isinstance(a.max, (int, float)) and isinstance(m.max, (int, float)) and a.max > m.max
                   for info in above for a in info.amounts if a.role in ITEM_ROLES and a.program)


def _indent(info: LineInfo) -> int:
    """How far the line's text stands in: its leading spaces (a full-width space is one, as normalized)."""
    return len(info.norm) - len(info.norm.lstrip())


def _indented_under(info: LineInfo, above: Sequence[LineInfo]) -> bool:
    """The line stands further in than the nearest line above that holds a named item's figure: it belongs to that item
    (a PDF's lines keep no indent: never under)."""
    item = next((a for a in reversed(above) if any(x.role in ITEM_ROLES and x.program for x in a.amounts)), None)
    return item is not None and _indent(info) > _indent(item)


#: how long a headline may be (a longer first line is running text)
_HEADLINE = 60


def headline_whole(lines: Sequence[Line], infos: Sequence[LineInfo], i: int, m: Mention) -> bool:
    """Line i is a text deck's headline (no full stop, short), its first line or the sub-headline under a first line with
    no figure that states only the change before the figure (`消費者庁2023年度予算概算要求` / `24.8%増の146.4億円を要求`),
    the two naming a budget; and it names no programme before the figure."""
    first = next((k for k in range(i) if infos[k].norm.strip()), None) if lines[i].page is None else i
    if first is not None and (first == i or not _bare(infos[first]) or any(infos[k].norm.strip() for k in range(first + 1, i))):
        return False
    text = infos[i].norm.strip()
    if len(text) > _HEADLINE or "。" in text or label_role(f"{infos[first].norm} {text}" if first is not None else text) is None:
        return False
    if first is not None and not _change_only().fullmatch(infos[i].norm[:m.start]):
        return False  # a sub-headline reports the whole by its change alone (`24.8%増の`); `・H3ロケット… 210億円` is an item
    parts = re.split(r"[\s\u3000、，,]+", infos[i].norm[:m.start])
    if any(strong(noun_phrase(part) or "") for part in parts if part):
        return False
    if re.search(rf"(?:{particles('target_particles')})[\s\u3000]*(?:{particles('rounding')})?[\s\u3000]*$", infos[i].norm[:m.start]):
        return False  # `町が補正予算案、子ども医療費助成に1億円`: the headline names the work the figure goes to
    return _parts_follow(infos, i, m)


@lru_cache(maxsize=1)
def _change_only() -> re.Pattern[str]:
    """A sub-headline's words before its figure: its change over last year alone (`24.8%増の`, `大幅減の約`, `前年度比3.1%増の`;
    roles.json changes marks, programs.json name_phrase rounding)."""
    return re.compile(rf"[\s\u3000]*[^\s\u3000、。]{{0,12}}?{alternation(changes('marks'))}の?[\s\u3000]*"
                      rf"(?:{particles('rounding')})?[\s\u3000]*")


def _bare(info: LineInfo) -> bool:
    """A headline over a sub-headline: short, no full stop, no figure."""
    return not info.amounts and len(info.norm.strip()) <= _HEADLINE and "。" not in info.norm


def _parts_follow(infos: Sequence[LineInfo], i: int, m: Mention) -> bool:
    """The text after the headline states smaller budgets (the parts the headline's whole holds): a one-programme sheet
    whose first line states its own budget has only that programme's breakdown after it."""
    if not isinstance(m.max, int):
        return False
    return any(a.role in BUDGET_ROLES and a.role != "previous_budget" and isinstance(a.max, int) and a.max < m.max
               for info in infos[i + 1:] for a in info.amounts)
