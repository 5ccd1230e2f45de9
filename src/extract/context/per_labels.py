"""A rate named at the head of a figure's label, not right before it (`各年の補助額:4百万円`, `年間の委託料:120万円`,
`1件当たりの補助上限額:500万円`): the label's first words say the figure is per year, per month or per project, the
noun after them what it is (GUIDE: per-recipient and per-period sizes carry `per`). The figure on the next line that
stands alone under it, a variant of the same size (`5.4百万円(15年リースの場合)` under `各年の補助額:4百万円(20年リースの
場合)`), is the same rate. Words as data (roles.json per_label_heads); a figure a rate was read for already keeps it.
Each line is read once.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from .labels import LineInfo

#: a label is short: the rate's words, `の`, the noun, a colon
_LABEL_MAX = 24


@lru_cache(maxsize=1)
def _head() -> re.Pattern[str]:
    heads = load("roles")["per_label_heads"]
    alt = "|".join(re.escape(w) for w in sorted(heads, key=len, reverse=True))
    return re.compile(rf"^[\s・\-－]*(?P<w>{alt})\s*の\s*[^\s、。,，:：]{{1,12}}\s*[:：]\s*(?:約|最大)?\s*$")


@lru_cache(maxsize=1)
def _rate_of_cap() -> re.Pattern[str]:
    """A rate's words right before a grant's amount or cap word, inside a label (`税相当額年間上限額`, `1事業年度当たりの
    補助上限額`, `各年度の交付限度額`); not a count of years (`3年間の補助上限額`: the cap over three years)."""
    roles = load("roles")
    heads = "|".join(re.escape(w) for w in sorted(roles["per_label_heads"], key=len, reverse=True))
    caps = "|".join(re.escape(w) for w in sorted({*roles["support_own"], *roles["cap_terms"]["caps"]}, key=len, reverse=True))
    return re.compile(rf"(?<![0-9０-９一二三四五六七八九十数])(?P<w>{heads})\s*の?\s*[^\s、。,，:：()（）]{{0,4}}?(?:{caps})")


#: a list's label line is short
_LIST_LABEL_MAX = 48


def _list_rate(info: LineInfo) -> str | None:
    """The rate a label line of its own (no figure) gives the rows under it: `補助金額(1事業年度当たりの補助上限額)` over
    `○オンサイト方式…22,000,000円`, a table's header `… 税相当額年間上限額` over its rows (per year)."""
    if info.amounts or len(info.norm.strip()) > _LIST_LABEL_MAX or "。" in info.norm:
        return None
    found = _rate_of_cap().search(info.norm)
    return load("roles")["per_label_heads"][found.group("w")] if found else None


def apply(infos: Sequence[LineInfo]) -> None:
    """Set `per` of each amount whose label opens with a rate's words, and of the lone figure right under it; and of the
    rows under a list's label line that names a rate of a grant's cap."""
    heads = load("roles")["per_label_heads"]
    above: str | None = None  # the rate of the line above's labelled figure
    listed: str | None = None  # the rate the label line over this list's rows gives
    for info in infos:
        if not info.norm.strip():
            continue
        if not info.amounts:
            listed = _list_rate(info)
        elif listed is not None:
            for m in info.amounts:
                if m.per is None:
                    m.per = listed
        rate, own, ends = None, None, 0
        for k, m in enumerate(info.amounts):
            label = info.norm[ends:m.start]
            ends = m.end
            found = _head().match(label) if len(label) <= _LABEL_MAX else None
            if found is not None:
                rate = own = heads[found.group("w")]
            elif k == 0 and above is not None and not label.strip():
                rate = above  # the lone variant under it
            else:
                continue
            if m.per is None:
                m.per = rate
        above = own if len(info.amounts) == 1 else None  # the line's own label: an inherited rate goes no further down
