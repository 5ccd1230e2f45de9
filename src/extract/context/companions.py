"""A total's companion: the figure in brackets right after a total (`☆補正額 378億円(令和3年度11月補正383億円)`) is the
same total of another year or stage, set beside it for comparison, and a total too; a bracket that opens a breakdown
by kind (`支出237億円(人件費47億円、維持管理費等95億円、…)`: a part's name before its figure) is none; a bracket that splits
the total by account (`3次補正予算は20.1兆円(一般会計19.2兆円、特別会計1.0兆円)`) holds the same budget's accounts: its role and
year, each a whole of its account, no programme's row. A budget figure
in such a bracket of an earlier year (`補正予算額 186億円（令和6年度11月補正 172億円）`) is set beside its line's figure for
comparison: no programme's row of its own. A figure read as no budget (revenue collected, a settlement, a balance) makes its
bracketed partner, last year's of the same thing (`個人市民税 173億円(183億円)` under `市税収納済額`, `(カッコ内は前年同月額)`),
no previous budget either, unless the bracket names a budget (`(前年度予算 44億円)`)."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from . import outline as ol
from .labels import LineInfo, label_role
from .stage_words import kind_words


def bracketed_companions(owned: list[tuple[Mention, ol.Node | None, ol.Node | None, int]], infos: Sequence[LineInfo]) -> None:
    """The figure in brackets right after a total (`☆補正額 378億円(令和3年度11月補正383億円)`) is the same total of
    another year or stage, set beside it for comparison: a total too."""
    for (prev, _pn, _po, i), (m, _n, _o, j) in zip(owned, owned[1:]):
        if i != j or not prev.total_of or m.total_of or prev.role not in ("budget", "supplementary_budget"):
            continue
        if m.role == "other" and m.role_source in ("fallback", "under") and _account_part().match(infos[i].norm, prev.end, m.start):
            m.role, m.fy, m.role_source, m.total_of = prev.role, prev.fy, "scope", prev.total_of  # `20.1兆円(一般会計19.2兆円、…)`
            continue  # (and the next account, after the first split: `、特別会計1.0兆円`): the total's accounts, no programme's row
        between = infos[i].norm[prev.end:m.start].strip()
        if between[:1] not in "(（" or any(c in between for c in ")）"):
            continue
        if m.role == "other" and ("比" in between or between[1:].lstrip().startswith("対") or m.role_source == "change"):
            continue  # `(前年度比 1億2,000万円増)`, `(対2017年度補正予算109億円増)`: a change beside the total, no other year's
        if _names_a_part(infos[i], prev.end, m.start, between[1:]):
            continue  # `支出237億円(人件費47億円、維持管理費等95億円、…)`: a breakdown by kind, no total of another year
        if m.role not in ("budget", "previous_budget", "supplementary_budget"):
            # `(令和3年度11月補正383億円)`: the same kind of total, of the year the bracket names
            years = [f.min for f in infos[i].fiscal_years if prev.end <= f.start < m.start and f.min is not None]
            m.role, m.fy, m.role_source = prev.role, int(years[-1]) if years else None, "scope"
        m.total_of = prev.total_of
    unbudgeted_partners(infos)  # `市税 173億円(183億円)` collected: last year's collected, no previous budget


#: the readings that make a figure no budget of the issuer's: its bracketed partner is of the same kind
_NOT_BUDGET = ("revenue", "settled", "executed", "balance", "statistic")


@lru_cache(maxsize=1)
def _account_part() -> re.Pattern[str]:
    """An account's name opening a bracket right after a total, or the next part of it (roles.json accounts)."""
    return re.compile(rf"\s*(?:[(（]|[、，,・]\s*)\s*(?:{'|'.join(map(re.escape, load('roles')['accounts']))})\s*[:：]?\s*$")


def unbudgeted_partners(infos: Sequence[LineInfo]) -> None:
    """`X(Y)` where X was read as no budget (module docstring): Y, read as last year's budget by the pair, is last year's
    figure of the same kind, `other` (its year kept)."""
    for info in infos:
        for prev, m in zip(info.amounts, info.amounts[1:]):
            between = info.norm[prev.end:m.start].strip()
            if prev.role == "other" and prev.role_source in _NOT_BUDGET and m.role == "previous_budget" \
                    and between[:1] in "(（" and not any(c in between for c in ")）") and "予算" not in between:
                m.role, m.role_source = "other", prev.role_source


def _names_a_part(info: LineInfo, start: int, end: int, words: str) -> bool:
    """The bracket's words before its figure name a part (`人件費`), not another year or stage of the total (no fiscal
    year, no budget label: `令和3年度11月補正`, `前年度`)."""
    words = words.strip(" \u3000:：")
    return bool(words) and label_role(words) is None and not any(start <= f.start < end for f in info.fiscal_years) \
        and not any(w in words for w in kind_words())


def earlier_companion(info: LineInfo, m: Mention) -> bool:
    """A budget figure in brackets right after the line's figure before it, of an earlier year (module docstring)."""
    k = bisect.bisect_right(info.amount_ends, m.start)
    if not k or m.fy is None or k > len(info.amounts) or info.amounts[k - 1].end != info.amount_ends[k - 1]:
        return False  # (the figure before found by bisection: a long line stays linear)
    prev = info.amounts[k - 1]
    between = info.norm[prev.end:m.start].lstrip(" \u3000")
    return prev.role in ("budget", "supplementary_budget") and prev.fy is not None and m.fy < prev.fy \
        and between[:1] in ("(", "（") and not any(c in between for c in ")）")
