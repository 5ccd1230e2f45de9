"""A grant's terms as sections (`(2)交付上限額 28 年度 29 年度 都道府県 〔先 駆〕国費:2億円 …`, `- 採択基準:` then `計画事業費
5億円超。…`, a flattened table's label cell `補助限度額 ・500万円 ・…事業については、700万円。`): a section titled by a cap
(roles.json cap_terms caps) or an eligibility threshold (grant_term_titles) holds the grant's sizes and thresholds per
recipient, not appropriations: its figures are `support` (GUIDE: support for grant sizes per recipient, caps, rates and
their like). Three layouts: numbered sections flattened onto one line (a PDF's text layer: a section runs from its `(N)`
to the next one), a table's label column flattened so (a section runs from its label cell, a short term before its first
`・` value, to the next cell), and a label line of its own (ending in a colon) over the next line. Only figures no label
or verb decided are read so. Each line is read once.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..dictionary import load
from ..model import Mention
from .grant_frame import grant_amount, own_clause
from .labels import LineInfo

#: an inline section's number and its title (`(2)交付上限額`, `（３）採択基準`)
_SECTION = re.compile(r"[(（][0-9０-９]{1,2}[)）]\s*(?P<title>[^\s\d(（)）]{2,12})")
#: a label line of its own: a short term and a colon (`- 採択基準:`, `■補助上限額：`)
_LABEL_LINE = re.compile(r"[\s\-－・■□◆◇●○]*(?P<title>[^\s\d:：]{2,12})\s*[:：]\s*")
_OPEN = ("", "fallback", "under")


@lru_cache(maxsize=1)
def _terms() -> tuple[str, ...]:
    roles = load("roles")
    return (*roles["cap_terms"]["caps"], *roles["grant_term_titles"])


def _term(title: str) -> bool:
    return any(w in title for w in _terms())


def _give(m: Mention) -> None:
    if m.role in (None, "other") and m.role_source in _OPEN:
        m.role, m.role_source = "support", "grant_term"


#: a flattened table's label cell: a short term, a space, then its first bulleted value (`補助限度額 ・500万円 ・…700万円。`)
_CELL = re.compile(r"(?:^|(?<=\s))(?P<title>[^\s・･。、，,()（）\d]{2,12})\s+[・･]")


def _inline(info: LineInfo) -> None:
    sections = sorted([*_SECTION.finditer(info.norm), *_CELL.finditer(info.norm)], key=lambda s: s.start())
    if not sections:
        return
    bounds = [(s.end(), e.start(), _term(s.group("title"))) for s, e in pairwise(sections)]
    bounds.append((sections[-1].end(), len(info.norm), _term(sections[-1].group("title"))))
    amounts, k = info.amounts, 0
    for start, end, term in bounds:
        while k < len(amounts) and amounts[k].start < start:
            k += 1
        while k < len(amounts) and amounts[k].end <= end:
            if term:
                _give(amounts[k])
            k += 1


def apply(infos: Sequence[LineInfo]) -> None:
    """Make the open figures of a grant term's section `support` (see the module's docstring)."""
    above = False  # the non-blank line above is a grant term's label line
    for info in infos:
        if not info.norm.strip():
            continue
        if info.amounts:
            if above:  # the label's own sentence: the first one under it (`計画事業費5億円超。…陸揚金額が1億円以上`: a statistic)
                stop = info.norm.find("。")
                for m in info.amounts:
                    if stop < 0 or m.start < stop:
                        _give(m)
            _inline(info)
        found = _LABEL_LINE.fullmatch(info.norm) if not info.amounts else None
        above = found is not None and _term(found.group("title"))


def own_grant(info: LineInfo, m: Mention) -> bool:
    """A grant's figure named by its own words as a grant's amount (`・県補助総額:80百万円`; award_lists.grant_amount_word), or
    the base that amount is computed from right after it (`(300百万円 × 4/15)`; not `事業費:80百万円(40百万円 × 2年)`):
    no budget's scope or deck makes it the budget's."""
    if m.role != "support":
        return False
    if grant_amount(info, m, own_clause(info, m), operand=False):
        return True
    if not grant_amount(info, m, "", operand=True):
        return False
    before = [a for a in info.amounts if a.end <= m.start]
    return bool(before) and before[-1].role == "support" and grant_amount(info, before[-1], own_clause(info, before[-1]), operand=False)
