"""The name of an item written inline in a sentence behind its own mark and closed by a colon right before its figure
(`次いで、▽…観測システムの高度化:7億2,200万円、▽地理地殻活動の研究:1億500万円、などとなっている。`): a news article
flattening a bulleted list into one paragraph names each figure as the list did, by the words between the mark and the
colon (context/inline_items.py reads the same items for their role; the marks are roles.json label_parts.inline_marks)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo

#: an item's name is short
_NAME_MAX = 60


@lru_cache(maxsize=1)
def _item() -> re.Pattern[str]:
    marks = re.escape(load("roles")["label_parts"]["inline_marks"])
    return re.compile(rf"(?:^|[、，,。\s])[{marks}]\s*([^、，,。{marks}]{{2,{_NAME_MAX}}}?)\s*[:：]\s*約?\s*$")


def marked_name(info: LineInfo, m: Mention) -> str | None:
    """The name of the inline item `▽name:N円` the figure closes, else None."""
    found = _item().search(info.norm[max(0, m.start - _NAME_MAX - 4):m.start])
    return found.group(1).strip() if found is not None else None
