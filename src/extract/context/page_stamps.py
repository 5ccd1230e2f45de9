"""A web page's own stamp (issue 21): the day the page was written, edited or printed (`更新日:2011年3月31日`,
`最終更新日 | 2026年3月2日`, `[掲載日:2023年8月7日]`, `広報ID1011874 更新日 令和1年10月11日 印刷`, a bracketed day alone on
its line under the title, `[2014年11月17日]`) says when the page was made, not what year its figures are of: it is no
date of the document (fiscal_document.py), and no era or century an era-less year is read in where the text fixed one
before it (`平成22年 大野町の給与…` / `[2014年11月17日]` / `21年度人件費の状況`: 平成21, not 2021; elided_years.py).
Stamp words as data (fiscal_scope.json page_stamps)."""
from __future__ import annotations

import re

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo

#: an ISO day's length (`2014-11-17`): a stamp names its day
_DAY = 10
#: what may stand around a day alone on its line: spaces and a bracket
_AROUND = re.compile(r"[\s\[\]［］【】]*")


def stamped(info: LineInfo, d: Mention) -> bool:
    """A stamp word stands right before the date (`更新日:`, `最終更新日 |`, `[掲載日:`)."""
    return info.norm[:d.start].rstrip(" 　:：|｜[［【").endswith(tuple(load("fiscal_scope")["page_stamps"]))


def page_stamp(info: LineInfo, d: Mention) -> bool:
    """The date is the page's stamp: a stamp word right before it, or a full day alone in square brackets on its line."""
    if d.kind != "date":
        return False
    if stamped(info, d):
        return True
    alone = _AROUND.fullmatch(info.norm[:d.start]) is not None and _AROUND.fullmatch(info.norm[d.end:]) is not None
    return alone and any(b in info.norm[:d.start] for b in "[［【") and len(str(d.min or "")) == _DAY
