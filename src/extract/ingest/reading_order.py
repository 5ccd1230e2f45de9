"""A page's segments in reading order by recursive XY cuts (layout.py): columns left first, blocks top first."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .layout import Segment


def xy_cut(items: list[Segment], min_gutter: float) -> list[Segment]:
    """Reading order: split at the widest vertical gutter (columns, left first) when there is one,
    else at the widest horizontal gap (top first); a block that cannot be split reads top-down."""
    return _cut(items, sorted(items, key=lambda s: s.x0), sorted(items, key=lambda s: s.top), min_gutter)


def _cut(items: list[Segment], xs: list[Segment], ys: list[Segment], min_gutter: float) -> list[Segment]:
    """`xy_cut` of `items` given them sorted by left edge (`xs`) and by top (`ys`): a part's sorted lists are
    the whole's filtered (a stable sort of a filtered list is the filtered sorted list), so nothing is sorted twice."""
    if len(items) <= 1:
        return items
    best_x, reach = None, xs[0].x1
    for s in xs[1:]:
        if s.x0 - reach >= min_gutter and (best_x is None or s.x0 - reach > best_x[1]):
            best_x = (s.x0, s.x0 - reach)
        reach = max(reach, s.x1)
    if best_x is not None:
        edge = best_x[0] - best_x[1] + 0.01
        left = [s for s in items if s.x1 <= edge]
        if 0 < len(left) < len(items):
            return (_cut(left, [s for s in xs if s.x1 <= edge], [s for s in ys if s.x1 <= edge], min_gutter)
                    + _cut([s for s in items if not s.x1 <= edge], [s for s in xs if not s.x1 <= edge],
                           [s for s in ys if not s.x1 <= edge], min_gutter))
    best_y, reach, k = None, ys[0].bottom, 0
    for i in range(1, len(ys)):
        s = ys[i]
        if s.top - reach > 0 and (best_y is None or s.top - reach > best_y[1]):
            best_y, k = (s.top, s.top - reach), i
        reach = max(reach, s.bottom)
    if best_y is None:
        return sorted(items, key=lambda s: (s.top, s.x0))
    while k and ys[k - 1].top >= best_y[0]:  # segments with the same top as the one after the gap go below too
        k -= 1
    cut = best_y[0]
    return (_cut([s for s in items if s.top < cut], [s for s in xs if s.top < cut], ys[:k], min_gutter)
            + _cut([s for s in items if s.top >= cut], [s for s in xs if s.top >= cut], ys[k:], min_gutter))
