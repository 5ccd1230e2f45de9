"""The fiscal year a quoted title names (`「平成23年度県土地開発公社事業別用地取得計画および処分計画」により、…`): no
fiscal_year mention (GUIDE: a quoted title carries no dates; rules/filters.py drops it), yet the title still names the
year of the plan or report it cites, and a reader reads the text's `本年度` and its figures by it (fresh13d README call 5).
Such a year is added to its line's mentions for the context passes only, as an era-less year is (elided_years.py); the
published mentions never hold it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import eras
from ..model import Line, Mention
from ..normalize import Normalized, normalize
from .labels import LineInfo

#: a quoted title, as far as a title reaches (`「…」`, `『…』`)
_QUOTE = re.compile(r"[「『]([^「」『』。]{1,80})[」』]")


@lru_cache(maxsize=1)
def _year() -> re.Pattern[str]:
    names = "|".join(sorted(eras(), key=len, reverse=True))
    return re.compile(rf"(?:(?P<era>{names})\s*(?P<n>\d{{1,2}}|元)|(?P<ag>(?:19|20)\d{{2}}))\s*年度")


def _hidden(line: Line, norm: Normalized, start: int, end: int, year: int) -> Mention:
    a, b = norm.raw_span(start, min(end, len(norm.text)))
    return Mention(doc="", kind="fiscal_year", text=line.text[a:b], min=year, max=year, unit=None, page=line.page,
                   line=line.line_at(a), line_index=line.index, start=start, end=end, raw_start=a, source="quoted")


def _holds_mention(info: LineInfo, starts: list[int], start: int, end: int) -> bool:
    """A mention overlaps [start, end): the line's mentions are sorted by start and do not overlap, so the last one
    starting before `end` is the only one that can (a bisection: a line of many quotes stays linear)."""
    k = bisect_left(starts, end)
    return k > 0 and info.mentions[k - 1].end > start


def read(lines: Sequence[Line], infos: Sequence[LineInfo]) -> None:
    """Add the one fiscal year each quoted title names (none where it names two: `「令和3年度～令和7年度…」`)."""
    for line, info in zip(lines, infos):
        if "年度" not in info.norm or not any(q in info.norm for q in "「『"):
            continue
        added: list[Mention] = []
        starts = [m.start for m in info.mentions]
        norm: Normalized | None = None  # normalised once per line, only if a quote holds a year (each figure's span maps through it)
        for q in _QUOTE.finditer(info.norm):
            found = list(_year().finditer(info.norm, q.start(1), q.end(1)))
            if len(found) != 1 or _holds_mention(info, starts, q.start(), q.end()):
                continue  # (two years: a span or a pair; a mention inside: the rules read the quote already)
            y = found[0]
            year = int(y.group("ag")) if y.group("ag") else eras()[y.group("era")] + (1 if y.group("n") == "元" else int(y.group("n")))
            norm = norm or normalize(line.text)
            added.append(_hidden(line, norm, y.start(), y.end(), year))
        if added:
            info.mentions[:] = sorted(info.mentions + added, key=lambda m: m.start)
            info.__post_init__()  # the line's cached views (fiscal years, their starts) include them
