"""The year a figure's own words give by naming a budget's KIND rather than its year (context/fiscal_scope.py):

- `…に当初202億円、補正225億円を計上`: a bare supplementary (`補正`); where the deck names the supplementary of one year
  only (`令和5年度補正との合計`), in a deck whose scopes are another year's (the initial budget of the year after, into
  which news and summaries fold the supplementary passed just before it), that year is the bare supplementary's: the
  reader takes it from the deck's own label, not from the deck's year.
- `令和5年度補正との合計でも3,170億円`: a year that names one part of a sum (`との合計`, `と合わせて`): the figure sums that
  year's budget and the scope's; where the two differ it belongs to no single year (GUIDE, fresh4: the sum of a
  supplementary and an initial figure has fy null).
The words are data (dictionary/fiscal_scope.json supplementary_after, sum_with_after; the stage and sum words
of roles.json stage_marks, sum_words)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .fiscal_marks import comparison_base, single, span_start
from .labels import LineInfo
from .stage_words import alternation


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = load("fiscal_scope")
    # SUM: the words that add two figures up (roles.json sum_words, as the role pass's request_verbs.sum_of_kinds reads them)
    sums = "|".join(re.escape(w) for w in sorted(load("roles")["sum_words"], key=len, reverse=True))
    return re.compile(d["supplementary_after"]), re.compile(d["sum_with_after"].replace("SUM", sums))


def supplementary_year(infos: Sequence[LineInfo]) -> int | None:
    """The one year the deck's supplementary labels name (`令和5年度補正`, `令和6年度第2次補正予算`); None for none or two."""
    years = {y for info in infos for f in info.fiscal_years
             if (y := single(f)) is not None and _patterns()[0].match(info.norm, f.end) is not None
             and not comparison_base(info, f) and not span_start(info, f)}
    return years.pop() if len(years) == 1 else None


def names_supplementary(head: str) -> bool:
    """The figure's own words (its clause before it) name a supplementary budget (`、補正225億円`, `補正予算で45億円`,
    `補正額 5千万円`), not another correction (`補正係数の見直しにより`)."""
    return _supplementary_head().search(head) is not None


@lru_cache(maxsize=1)
def _supplementary_head() -> re.Pattern[str]:
    """fiscal_scope.json supplementary_head with its SUPPLEMENTARY the supplementary stage words (roles.json stage_marks)."""
    return re.compile(load("fiscal_scope")["supplementary_head"].replace("SUPPLEMENTARY", alternation("supplementary_budget")))


def sum_part(info: LineInfo, m: Mention, start: int) -> int | None:
    """The year written last in the figure's own words (after `start`), where it names one part of a sum
    (`令和5年度補正との合計でも`); a later year (`…と合わせ、令和7年度当初予算では…12億円`) is the figure's own."""
    before = info.years_within(start, m.start)
    if not before or (y := single(before[-1])) is None or (found := _patterns()[1].match(info.norm, before[-1].end)) is None:
        return None
    # the figure is the sum (`…との合計でも3,170億円`, `…と合わせて、国土強靱化に総額1兆円`) unless its own clause, after
    # a comma, names its own budget (`…と合わせた切れ目ない対応として、当初予算で5億円`)
    tail = re.split("[、,，]", info.norm[found.end():m.start])
    return None if len(tail) > 1 and any(w in tail[-1] for w in load("fiscal_scope")["own_budget_words"]) else y


def own_label_after(info: LineInfo, start: int, m: Mention) -> bool:
    """The figure's own clause (after the last comma of its words from `start`) names it a bare supplementary
    (`令和6年度補正予算で購入した除雪機の修繕に、補正で300万円`): a year written before that comma is another clause's."""
    head = info.norm[start:m.start]
    cut = max(head.rfind(c) for c in "、,，")
    years = info.years_within(start, m.start)
    return cut >= 0 and names_supplementary(head[cut + 1:]) and bool(years) and all(f.end <= start + cut for f in years)
