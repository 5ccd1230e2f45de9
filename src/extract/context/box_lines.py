"""A labelled figure with its ministry's box, and the figures of other ministries on the lines right under it
(`令和5年度当初予算案:400億円(国土交通省)` / `1,350億円(環境省)` / `580億円(経済産業省)`): one budget split by the
ministries that hold it, the label written once. The lines under it that are a figure and a box and nothing else take the
labelled figure's role and year (GUIDE: the label scopes the item lines under it). Only figures no label or verb
decided are read so. Each line is read once.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .labels import BUDGET_ROLES, LineInfo
from .line_parts import ministry

#: a box after the figure (`(環境省)`, `（経済産業省）`, `【内閣府】`)
_BOX = r"\s*(?:[(（][^()（）\d]{2,14}[)）]|【[^【】\d]{2,14}】)\s*"
_BOX_AFTER = re.compile(_BOX + r"$")
_OPEN = ("", "fallback", "under")


def apply(infos: Sequence[LineInfo]) -> None:
    """Give each bare `figure(box)` line the role and year of the labelled `figure(box)` line above it."""
    head = None  # the labelled figure of the line above, while the lines under it continue it
    for info in infos:
        if not info.norm.strip():
            continue
        amounts = info.amounts
        box = _BOX_AFTER.match(info.norm, amounts[0].end) if len(amounts) == 1 else None
        if box is None or ministry(box.group().strip(" \u3000()（）【】")) is None:
            head = None  # `350億円(前年度予算額)`, `(執行見込み)`: a note, no ministry's box
            continue
        m = amounts[0]
        if info.norm[:m.start].strip():
            head = m if m.role in BUDGET_ROLES else None  # `…当初予算案:400億円(国土交通省)`: a label, then its figure
            continue
        if head is not None and m.role in (None, "other") and m.role_source in _OPEN:
            m.role, m.fy, m.role_source = head.role, head.fy, "box_line"
