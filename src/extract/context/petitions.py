"""A request TO the state is no budget of the issuer's (issue 21, the reviewer's leftover): a local government or a body
asking the state for money (`国に対し、道路整備予算として50億円の確保を要望しました`, `県は国に対して、港湾整備に120億円の
予算措置を要求した`, a deck titled `国の施策・予算に対する要望`) names the money it wants the state to budget, not money
it has budgeted. Such a figure is `other`.

Read: the figure's sentence addresses the state before it (roles.json petitions.addressees) and a petition's verb follows
it in the sentence (petitions.proper_verbs and state_verbs, `要求` among them); or a petition's verb proper (`要望`, `要請`, `陳情`, `提言`)
follows it with no addressee written; or the deck's title (its top lines) is a petition to the state (an addressee or
`国の`… with a petition's noun). A ministry's own request (`概算要求`) and a verb before the figure (`住民の要望を受け、…に
5億円を計上`) are no petitions."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from ..dictionary import load
from ..model import Mention
from ..rules.tokens import tokens
from .labels import COMMA_ENDS, TITLE_MAX, LineInfo

#: how many non-blank lines at the top of a deck may hold its title
_TITLE_LINES = 2


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in load("roles")["petitions"].items() if isinstance(v, list)}


def petition_deck(infos: Sequence[LineInfo]) -> bool:
    """The deck's title is a petition to the state (`令和7年度 国の施策・予算に対する要望`, `政府予算要望書`)."""
    w = _words()
    for info in islice((x for x in infos if x.norm.strip()), _TITLE_LINES):
        text = info.norm.strip()
        if len(text) <= TITLE_MAX and "。" not in text and any(v in text for v in w["proper_verbs"]) and _names_state(text):
            return True
    return False


def _names_state(text: str) -> bool:
    """A word of the text (Sudachi's) is the state: `国`, `政府`, a ministry or agency by its name's end (`国土交通省`); not a
    longer word that merely opens with one (`国立大学`, `国際`, `国民`: a university's briefing on the state's budget is no
    petition to it)."""
    w = _words()
    return any(word in w["states"] or len(word) > 1 and word.endswith(w["name_ends"]) for word, _ in tokens(text))


def petitioned(info: LineInfo, m: Mention) -> bool:
    """The figure's sentence asks the state for it (module docstring)."""
    w = _words()
    if _requests_frame(info):
        return False  # `概算要求・要望額 1兆円 … 全体要望額 884億円`: the request's own frame, its 要望 asks the budget office
    start = info.norm.rfind("。", 0, m.start) + 1
    before = info.norm[start:m.start]
    after = COMMA_ENDS.split(info.norm[m.end:m.end + _REACH])[0]  # the verb takes the figure in its own clause
    # a ministry's request to the budget office (`財務省に対し、1兆円を要求`) is its budget request, no petition
    asked = re.search("(?:" + "|".join(w["proper_verbs"]) + r")額\s*[:：]?\s*約?\s*$", before[-64:]) is not None  # `要望額 15億円`
    if asked or any(v in after for v in w["proper_verbs"]):
        return True
    # (the addressee looked for only where a verb takes the figure: asked of every figure it made a long line quadratic)
    return any(v in after for v in (*w["proper_verbs"], *w["state_verbs"])) and any(
        not any(o in before[max(0, a.start() - _OFFICE):a.end()] for o in w["budget_office"]) for a in _addressee().finditer(before))


def _requests_frame(info: LineInfo) -> bool:
    """The line writes a petition's word joined to a ministry's request (`要求・要望額`, `要求及び要望`: roles.json
    petitions.own_request): the 要望 of its figures is a frame of the same budget request. Read once a line."""
    got = info.memo.get("requests_frame")
    if not isinstance(got, bool):
        own = re.compile(load("roles")["petitions"]["own_request"][:-1] + "(?:" + "|".join(_words()["proper_verbs"]) + ")")
        got = info.memo["requests_frame"] = own.search(info.norm) is not None
    return got


#: how far after the figure its verb is read
_REACH = 40
#: how far before an addressee's match the budget office's name may start (`財務省`: the match starts at `務省`)
_OFFICE = 4


@lru_cache(maxsize=1)
def _addressee() -> re.Pattern[str]:
    """The state addressed: `国に対し`, `政府へ` after a clause's start or a particle (not `全国に`), or a ministry or agency by
    its name's end (`国土交通省に`; not `省エネ`)."""
    w = _words()
    whole = "|".join(re.escape(s) for s in w["states"] if s not in w["name_ends"])
    ends = "|".join(re.escape(s) for s in w["name_ends"])
    return re.compile(rf"(?:(?:^|[、，,\s]|は|が|も)(?:{whole})|[\u4e00-\u9fff](?:{ends}))\s*(?:に対し(?:て)?|へ|に)")
