"""A figure a budget's verb takes directly (`…交付金を236億円要求して`, `2億円が新規計上されている`, `…の2億円で計上`,
`…として13億円を新規に計上した`): the money the issuer requests or appropriates, a budget figure.

GUIDE (the fresh sets' judgement calls): a request is the budget of the requested year; an appropriation in prose is a
budget of the scope's kind. Where no label scopes the deck, a budget deck (its top lines name a budget or a request)
still makes the figure its verb requests or appropriates the year's `budget`; the year is left to the year passes.
An allow-list (roles.json request_verbs): only the verbs that put money into a budget; a figure a cut or a change
verb takes (`5億円を削減して計上`), a revenue's, a grant's size or a cap keeps its own reading.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from ..dictionary import load
from ..model import Mention
from ..word_lists import request_verbs
from .labels import BUDGET_ROLES, TITLE_MAX, LineInfo, has_word, label_role
from .qualifiers import threshold
from .stage_marks import pattern
from .stage_words import alternation

#: how many non-blank lines at the top of a deck may name it a budget's (as labels.document_label)
_TOP_LINES = 3
#: how far a top line's sentence is read after its budget word for the verb that announces or appropriates it
_LEAD_REACH = 200
#: how many characters may stand between the figure's particle and its verb (`を新規に計上`, `が新規計上`)
_GAP = 4


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in request_verbs())
    return re.compile(rf"\s*(?:程度|余り?)?\s*(?:を|が|で|は|も)?\s*([^、。，,\s\dのをがでは]{{0,{_GAP}}}?)(?:{verbs})")


def budget_deck(infos: list[LineInfo]) -> bool:
    """The deck's top lines state a budget or a request as the deck's own subject (see `announced_kind`)."""
    return announced_kind(infos) is not None


def announced_kind(infos: list[LineInfo]) -> str | None:
    """The role of the budget the deck's top lines state as the deck's own subject, None when they state none: a title line
    that names one, or a lead whose sentence announces it (roles.json announce_verbs: `令和6年度の概算要求を発表した`) or
    appropriates it (open_figures.budget_verbs: a speech's `新年度の一般会計予算は、…186億円を計上いたしました`) or speaks
    within it (`来年度概算要求で…を進める方針`); a lead that only mentions another body's bill (`国の補正予算案を受け、…`)
    names none. A supplementary's stage word right before the lead's budget word (`…を増額する一般会計補正予算案を発表した`)
    makes the deck a supplementary's: what its verbs put in is what the supplementary adds (the title's label says so too)."""
    for info in islice((x for x in infos if has_word(x.norm)), _TOP_LINES):  # (not a web page's bars `|`, a page number)
        text = info.norm.strip()
        if "。" not in text and len(text) <= TITLE_MAX:
            if (found := label_role(text)) is not None and found[0] in BUDGET_ROLES:
                return found[0]
            continue
        for word in pattern("budget_word").finditer(text):
            rest = text[word.end():word.end() + _LEAD_REACH].split("。")[0]  # (a window: a long line stays linear)
            if rest.startswith(tuple(load("roles")["deck_budget_within"])) \
                    or any(v in rest for v in (*load("roles")["announce_verbs"], *load("roles")["open_figures"]["budget_verbs"])):
                return "supplementary_budget" if _supplementary_stage().search(text, 0, word.start()) else "budget"
    return None


@lru_cache(maxsize=1)
def _supplementary_stage() -> re.Pattern[str]:
    """A supplementary's stage word closing the text before a budget word (`一般会計補正予算案`, `第3次補正予算`)."""
    return re.compile(rf"(?:{alternation('supplementary_budget')})\s*$")


def requested(info: LineInfo, m: Mention) -> bool:
    """The figure is the object or subject of a budget's verb right after it, with no cut or change between."""
    if m.per is not None or "at_most" in m.qualifiers or threshold(info.norm, m):
        return False
    if drawn_from(info, m) or sum_of_kinds(info, m):
        return False
    found = _pattern().match(info.norm, m.end)
    return found is not None and not any(w in found.group(1) for w in load("roles")["request_not_between"])


def drawn_from(info: LineInfo, m: Mention) -> bool:
    """`…基金から6000万円`: a source drawn on, not the money put in; not the budget's own reserve (`予備費から1087億円を支出`:
    roles.json prose.budget_reserves, money the budget spends) nor a figure changed from another (`5000億円から1兆円に`)."""
    before = info.norm[max(0, m.start - _FROM_REACH):m.start].rstrip(" 約")
    if not before.endswith("から"):
        return False
    source = before[:-2].rstrip(" 余")
    if source.endswith(tuple(load("roles")["prose"]["budget_reserves"])):
        return False
    # a figure changed from the one right before it (`５０００億円から１兆円に`): read on the normalised line, by bisection
    prev = info.end_before(m.start)
    return not (prev and info.norm[prev:m.start].strip(" 余約") == "から")


#: how far before a figure its source (`…から`) is read
_FROM_REACH = 16


def reserve_named(info: LineInfo, m: Mention) -> bool:
    """The figure's own sentence names the budget's reserve (roles.json prose.budget_reserves: `予備費から…農家の支援にも60億円を
    支出した`), or the sentence before it draws on the reserve (`予備費からは…に520億円を充てる。…支援にも60億円を支出した`): the
    reserve's use. A reserve only stated elsewhere on the line (`予備費は5億円を計上。…事業には3億円が支出されています`) is
    no source of this figure."""
    start = _sentence_start(info.norm, m.start)
    stop = info.norm.find("。", m.end, m.end + _SENTENCE_REACH)
    sentence = info.norm[start:stop if stop >= 0 else m.end + _SENTENCE_REACH]
    before = info.norm[_sentence_start(info.norm, start - 1):start] if start > 0 else ""
    reserves = load("roles")["prose"]["budget_reserves"]
    return any(r in sentence for r in reserves) or any(r + "から" in before for r in reserves)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts, read back a bounded reach (a window: a long line stays linear)."""
    reach = max(0, at - _SENTENCE_REACH)
    return text.rfind("。", reach, at) + 1 or reach


#: how far each way from a figure its sentence is read
_SENTENCE_REACH = 200


def sum_of_kinds(info: LineInfo, m: Mention) -> bool:
    """`補正予算では20億円、当初予算では30億円とされ、合わせて50億円が計上`: a figure its clause names a sum (roles.json
    sum_words) after clauses of its sentence that label a supplementary and an initial budget: money of two kinds
    and two years added up, `other` (the fresh sets' call: the sum of a supplementary and an initial figure)."""
    start = info.norm.rfind("。", 0, m.start) + 1
    last = max(start, *(info.norm.rfind(c, start, m.start) + 1 for c in "、，,"))
    if not info.norm[last:m.start].lstrip().startswith(tuple(load("roles")["sum_words"])):
        return False  # the clause opens with the sum (`、合わせて50億円`); `復興特別会計を合わせて124億円` adds an account
    clauses = re.split(r"[、，,]", info.norm[start:m.start])  # (split only here: a long line stays linear)
    kinds = {found[0] for c in clauses[:-1] if (found := label_role(c)) is not None}
    return {"budget", "supplementary_budget"} <= kinds


#: how far back a sum's sentence is read for the accounts it adds (a window: a long line stays linear)
_ACCOUNTS_REACH = 300


def sum_of_accounts(info: LineInfo, m: Mention) -> str | None:
    """`一般会計が158億円…です。特別会計は…115億円…です。併せまして274億円`: a figure whose clause opens with a sum (roles.json
    sum_words) after the budgets of two or more accounts (roles.json accounts) its line states before it: every account's
    budget added up, the whole budget (a total, no programme). The kind those budgets share, else None."""
    start = max(0, m.start - _ACCOUNTS_REACH)
    last = max(info.norm.rfind(c, start, m.start) for c in "。、，,") + 1
    if not info.norm[last or start:m.start].lstrip().startswith(tuple(load("roles")["sum_words"])):
        return None
    before = info.norm[start:m.start]
    kinds = {a.role for a in info.amounts if start <= a.start < m.start and a.role in BUDGET_ROLES}
    accounts = {w for w in load("roles")["accounts"] if w in before}
    return kinds.pop() if len(kinds) == 1 and len(accounts) >= 2 else None


#: the request itself named right after its figure (`N円余の概算要求`): the body's whole request, no programme's row
_WHOLE_REQUEST = "概算要求"
_WHOLE_REQUEST_AFTER = re.compile(rf"\s*(?:余り?|程度)?\s*の\s*{_WHOLE_REQUEST}")


def whole_request(after: str) -> str | None:
    """`_WHOLE_REQUEST` where the words after a figure (roles.py: the budget it is named as) are the request's own name
    and nothing more (`5400億円余の概算要求`), else None (`…の来年度予算`, `…のAI関連予算`: a budget named by its work)."""
    return _WHOLE_REQUEST if _WHOLE_REQUEST_AFTER.fullmatch(after) else None
