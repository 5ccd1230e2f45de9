"""A cap table whose header says what its bracketed cells are: a higher cap under a condition, not last year's figure
(`補助上限額 ※カッコ内は大幅賃上げを行う場合` over `5人以下: 750万円(1,000万円)`, a column header `補助上限額 (大幅な賃上げを
行う場合)` over `200万円(300万円)`). The header names a cap (roles.json cap_terms caps, or a support label) and a case
(case_legend words: `場合`) in its bracket legend or in a bracket of its own; the rows under it, up to prose, a blank line,
a figure outside such a row or another page, are the grant's caps per applicant: both figures of `X(Y)` `support`
(GUIDE: caps are support; the bracket is the same cap under a condition, of the same year), no budget pair.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from .change_pairs import bracket_row
from .labels import LineInfo, label_role, legend_at

#: how many lines under its header a cap table's rows may run
_REACH = 12
#: the gap between a figure and its bracketed partner (`750万円(1,000万円)`)
_PAIR_GAP = re.compile(r"\s*[(（]\s*")
#: role sources a header may override: a bare pair's reading, a fallback, a label line above
_OPEN = ("", "pair", "fallback", "under")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    roles = load("roles")
    case = roles["case_legend"]
    return tuple(roles["cap_terms"]["caps"]), tuple(case["words"]), re.compile(case["bracket"])


def case_header(info: LineInfo) -> bool:
    """The line heads a cap table whose brackets hold the cap under a condition (see the module's docstring): a figure
    on it only inside what names the case (`上限額（最低賃金を50円以上引き上げる場合）`)."""
    if "。" in info.norm:
        return False
    caps, cases, bracket = _words()
    at = legend_at(info.norm)
    spans = [(at, len(info.norm))] if at is not None else [b.span() for b in bracket.finditer(info.norm)]
    spans = [(a, b) for a, b in spans if any(w in info.norm[a:b] for w in cases)]
    if not spans or any(not any(a <= m.start < b for a, b in spans) for m in info.amounts):
        return False
    head = info.norm[:spans[0][0]]
    found = label_role(head)
    return any(w in head for w in caps) or found is not None and found[0] == "support"


def _rows(infos: Sequence[LineInfo], at: int) -> list[int]:
    """The lines of the table under the header at `at` (see the module's docstring)."""
    out: list[int] = []
    for j in range(at + 1, min(len(infos), at + 1 + _REACH)):
        info = infos[j]
        if info.page != infos[at].page or not info.norm.strip() or "。" in info.norm or case_header(info):
            break
        if info.amounts and not bracket_row(info):
            break
        out.append(j)
    return out


def apply(infos: Sequence[LineInfo]) -> None:
    """Make the figures of every cap table headed so its caps, `support` of one year (see the module's docstring)."""
    for i, info in enumerate(infos):
        if not case_header(info):
            continue
        for j in _rows(infos, i):
            amounts = infos[j].amounts
            for k, m in enumerate(amounts):
                if m.role_source not in _OPEN or m.role == "support":
                    continue
                m.role, m.role_source = "support", "case_legend"
                if k and _PAIR_GAP.fullmatch(infos[j].norm, amounts[k - 1].end, m.start):
                    m.fy = amounts[k - 1].fy  # the same cap under the condition: its year, not the year before
