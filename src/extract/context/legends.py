"""A deck's own legend of its label boxes (`※【補正】:平成26年度補正予算の額。【当初】:平成27年度当初予算案の額`): each box
it explains names a budget and its year, so a figure written right after that box (`【当初】30億円`, `【補正】20億円`) is
that budget's figure of that year, as if the label were written out beside it (GUIDE "A label line applies to every
item under it"; a legend is the deck's way of writing it once). The legend's shape is data (roles.json `box_legend`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .fiscal_marks import comparison_base, single
from .labels import BUDGET_ROLES, LineInfo, label_role


@lru_cache(maxsize=1)
def _legend() -> re.Pattern[str]:
    return re.compile(load("roles")["box_legend"])


def read(infos: Sequence[LineInfo]) -> dict[str, tuple[str, int]]:
    """Every box the deck's legends explain, with the (role, fy) it stands for (a box explained twice alike or once)."""
    out: dict[str, tuple[str, int]] = {}
    seen: set[str] = set()
    for info in infos:
        if "】" not in info.norm:
            continue
        for e in _legend().finditer(info.norm):
            found = label_role(e.group("what"))
            years = {y for f in info.fiscal_years if e.start("what") <= f.start < e.end("what")
                     and (y := single(f)) is not None and not comparison_base(info, f)}
            box = re.sub(r"\s", "", e.group("box"))
            if found is None or found[0] not in BUDGET_ROLES or len(years) != 1 or box in seen and out.get(box) != (found[0], min(years)):
                out.pop(box, None)  # a box explained two ways, or as no budget of one year: it says nothing
                seen.add(box)
                continue
            seen.add(box)
            out[box] = (found[0], years.pop())
    return out


def keyed(info: LineInfo, m: Mention, keys: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    """(role, fy) of the legend's box written right before the figure (`【当初】30億円`), else None."""
    if not keys:
        return None
    head = info.norm[max(0, m.start - 16):m.start].rstrip()
    close = head.rfind("】")
    if close < 0 or close != len(head) - 1:
        return None
    opening = head.rfind("【", 0, close)
    return keys.get(re.sub(r"\s", "", head[opening:close + 1])) if opening >= 0 else None
