"""Figures a ceiling names: a debt burden's, a carry-over's or a multi-year total's word (roles.json open_figures
ceiling_words) before the figure, or heading the list the figure is an item of (`国庫債務負担行為として、…事業に百七十五億円、
…工事に四億八千七百万円、…を予定`), or a debt burden named after the figure, which its clause marks as the limit
(`…補正予算案に限度額47億円の債務負担行為を設定`, `1億円と利子相当額を上限とする債務負担行為`; open_figures.ceiling_after):
no money of the year, `other` (GUIDE; budgets_heldout and fresh5c READMEs; issue 21: news of a bill that names the
budget before the limit, fresh18d and fresh22c)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import supplementary_change_verbs
from .labels import LineInfo

#: how far back a list's head is looked for in the figure's sentence
_SENTENCE_REACH = 400


@lru_cache(maxsize=1)
def _ceiling_words() -> tuple[str, ...]:
    return tuple(load("roles")["open_figures"]["ceiling_words"])


@lru_cache(maxsize=1)
def _list_head() -> re.Pattern[str]:
    """A ceiling's word heading a list (`国庫債務負担行為として、`, `債務負担行為は、`)."""
    return re.compile("(?:" + "|".join(map(re.escape, _ceiling_words())) + r")(?:として|では|は)[、，,]?")


def under_ceiling(info: LineInfo, m: Mention) -> bool:
    """A ceiling's word (`債務負担行為`) names the figure, or heads the list it is an item of (`…国庫債務負担行為として、
    直轄道路改築事業に百七十五億円、…附帯工事に四億八千七百万円、…を予定`): every figure of the list after the head, each
    closed by `、`, is a ceiling over later years; a figure after another kind of clause (`。`, a verb) is not."""
    words = _ceiling_words()
    if any(w in info.norm[info.end_before(m.start):m.start] for w in words) or limit_of_burden(info, m):
        return True
    start = info.norm.rfind("。", max(0, m.start - _SENTENCE_REACH), m.start) + 1
    heads = list(_list_head().finditer(info.norm, start, m.start))
    if not heads:
        return False  # (not `継続費を設定した…事業に初年度事業費として10億円、…改築事業には6億円を計上`: a modifier)
    at = heads[-1].end()
    starts, ordered = amounts_by_start(info)  # (the list's figures by bisection: a scan of the line's amounts made it quadratic)
    ends = [a.end for a in ordered[bisect_right(starts, at):bisect_right(starts, m.start)] if a.end <= m.start]
    return bool(ends) and all(info.norm.startswith(("、", "，", ","), e) for e in ends)


#: how far after the limit the debt burden it bounds is named: its term, the next item's limit between (`…(17〜20年度)、
#: …事業に限度額166億円(17〜40年度)の債務負担行為`)
_TO_BURDEN = 60


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


@lru_cache(maxsize=1)
def _limit_marks() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The limit's mark right before the figure in its clause (`限度額47億円`, `限度額は1億円`), or right after it
    (`1億円と利子相当額を上限とする`, `5,790万円を限度額とした`, `1億円上限の`), and a clause that books money between the
    figure and the burden (`…を計上するとともに、…の債務負担を設定`): roles.json open_figures.ceiling_limit."""
    w = load("roles")["open_figures"]["ceiling_limit"]
    before = re.compile(rf"(?:{_alt(w['before'])})\s*(?:は|を)?\s*(?:{_alt(w['before_whole'])})?\s*"
                        rf"(?:{_alt(w['rounding_before'])})?\s*$")
    after = re.compile(rf"\s*(?:{_alt(w['rounding_after'])})?\s*(?:と[^、。をにが]{{0,12}}?)?\s*"
                       rf"(?:を\s*(?:{_alt(w['after'])})\s*と(?:する|した|して)|(?:を\s*)?(?:{_alt(w['after_of'])})の)")
    booked = re.compile(rf"[しす]る?(?:{_alt(w['booked_joins'])})|。")
    return before, after, booked


def limit_of_burden(info: LineInfo, m: Mention) -> bool:
    """A debt burden named after the figure in its sentence (`…の債務負担行為を設定`; roles.json open_figures.ceiling_after),
    the figure marked as its limit right before or after it, with no clause that books money between (the figure's own
    clause: a ceiling, whatever budget the sentence named before it)."""
    tail = info.norm[m.end:m.end + _TO_BURDEN + 8]
    at = min((tail.find(w) for w in load("roles")["open_figures"]["ceiling_after"] if w in tail), default=-1)
    if not 0 <= at <= _TO_BURDEN:
        return False
    clause = re.split(r"[、，,。]", info.norm[max(0, m.start - 24):m.start])[-1]
    before, after, booked = _limit_marks()
    if before.search(clause) is None and after.match(info.norm, m.end) is None:
        return False
    roles = load("roles")
    verbs = (*roles["prose"]["appropriate"], *supplementary_change_verbs(), *roles["open_figures"]["ceiling_limit"]["booked_verbs"])
    between = tail[:at]
    return booked.search(between) is None and not any(v in between for v in verbs)


def amounts_by_start(info: LineInfo) -> tuple[list[int], list[Mention]]:
    """The line's amounts in the order they start, and their starts (computed once per line; grant_frame and topic_names
    find theirs by bisection too)."""
    got = info.memo.get("amounts_by_start")
    if got is None:
        ordered = sorted(info.amounts, key=lambda a: a.start)
        got = info.memo["amounts_by_start"] = ([a.start for a in ordered], ordered)
    return got  # type: ignore[return-value]
