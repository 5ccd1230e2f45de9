"""Grants MADE to named recipients, read from the page's shape (issue 21): an award list, and a loan that is no grant.

A grant-maker's results page, a city's list of the grants it paid, a foundation's award round or a yearly table of the
totals awarded state what was GIVEN, under a heading that says so (`助成実績`, `…採択総額一覧`, `補助金交付決定一覧`,
`平成26年度第1回助成団体`; roles.json award_heads beside a grant's word): a row under it (`北海道` / `79億7,300万円`,
`2011 1,600,802,000円`, `…:交付決定額:466,000円 / 対象経費:699,000円`) is a grant made, `support`, and so is the sum
closing the list. A grant's outline (its caps and rates, `補助上限額`) is no award list: its sections name terms, not
results, and its own words already frame its figures (grant_frame.py).

A loan named beside the figure (`円借款`, `貸付契約`; roles.json loan_words) makes no grant of it, whatever cap or giving
word frames it (`総額77億7,500万円を限度とする円借款貸付契約`, `…の円借款を供与する。` over `供与限度額は①…に139億円`): other.

Beside a list of grants, a figure a verb that gives nothing takes (`約1,099億円を国庫に納付し`, `2億円を下回る結果`) is no
grant, and a total of grants made stated as a topic with `超` (`全体の助成額は27億円超で`) is the grants' total, not a
threshold (`研究費受入額が1,000万円以上`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .clause_roles import predicate
from .labels import BUDGET_ROLES, LineInfo, label_role, support_hints

#: a heading is a short line of its own; a row is a short line too (a name, a count, a figure), no sentence
_HEADING_MAX, _ROW_MAX = 40, 40
#: how many non-blank lines above a row its list's heading may stand (a prefecture table runs to 47 pairs of lines)
_REACH = 100


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    r = load("roles")
    return {"award": tuple(r["award_heads"]), "loan": tuple(r["loan_words"]), "given": tuple(r["given_verbs"]),
            "grant": (*support_hints(), *r["given_verbs"])}


def names_loan(lines: list[LineInfo], i: int, above) -> bool:  # type: ignore[no-untyped-def]
    """The figure's line, or the line right above it, names a loan (`円借款`): the figure is a loan's, no grant."""
    return any(w in lines[j].norm for j in (i, *above(i, 1)) for w in _words()["loan"])


def _award_heading(text: str) -> bool:
    """A short line of its own that names grants made or awarded (an award word beside a grant's word)."""
    text = text.strip(" |｜　")
    w = _words()
    return 0 < len(text) <= _HEADING_MAX and "。" not in text and any(a in text for a in w["award"]) \
        and any(g in text for g in w["grant"])


def _row(info: LineInfo) -> bool:
    """A list's or a table's row: a short line, no sentence (its words besides its figures). Once per line: every
    figure of a long line asks (the gaps joined in one pass, not the line copied once per figure)."""
    row = info.memo.get("award_row")
    if not isinstance(row, bool):
        text, at = [], 0
        for a in sorted(info.amounts, key=lambda a: a.start):
            text.append(info.norm[at:max(at, a.start)])
            at = max(at, a.end)
        text.append(info.norm[at:])
        words = "".join(text)
        row = info.memo["award_row"] = len(words.strip()) <= _ROW_MAX and "。" not in words
    return row


def award_row(lines: list[LineInfo], i: int, m: Mention, above) -> bool:  # type: ignore[no-untyped-def]
    """Line i is a row of a list of grants made: a heading above it (or the deck's title) names an award list, and no
    budget label stands between (a budget's own list keeps its scope)."""
    if not _row(lines[i]) or "at_least" in m.qualifiers:
        return False
    for j in above(i, _REACH):
        kind = _line_kind(lines[j])
        if kind:
            return kind == "award"
    return False


def _line_kind(info: LineInfo) -> str:
    """`budget` for a line with a budget label, `award` for an award list's heading, else "" (once per line)."""
    kind = info.memo.get("award_kind")
    if not isinstance(kind, str):
        found = label_role(info.norm)
        kind = "budget" if found is not None and found[0] in BUDGET_ROLES else \
            "award" if not info.amounts and _award_heading(info.norm) else ""
        info.memo["award_kind"] = kind
    return kind


def done_otherwise(info: LineInfo, m: Mention) -> bool:
    """A sentence beside a list of grants whose verb takes the figure and gives nothing (`このほか約1,099億円を国庫に納付し…。`,
    `…2億円を下回る結果となった。`): no grant, whatever grants the lines above list; a row's note stays a row of the list
    (`※HEMS併設で1万円を加算`: the grant's addition)."""
    if _row(info):
        return False
    particle, verb = predicate(info, m)
    return particle == "を" and bool(verb) and not verb.startswith(_words()["given"])


#: a grant's amount word as the topic right before the figure (`全体の助成額は27億円超`, `助成額総額は…超となった`)
_TOPIC = re.compile(r"額[^、。]{0,4}は\s*(?:約|およそ)?\s*$")


def stated_total(head: str) -> bool:
    """The clause before a figure states what was given as its topic (`全体の助成額は27億円超で`): a total of grants made that
    is more than the figure, not a threshold (`研究費受入額が1,000万円以上`, `補助額が100万円以上の事業`)."""
    clause = re.split(r"[。、，,]", head)[-1]
    return _TOPIC.search(clause) is not None and grant_amount_word(clause)


@lru_cache(maxsize=1)
def _grant_amount() -> re.Pattern[str]:
    words = load("roles")
    nouns, kinds = ("|".join(map(re.escape, words[k])) for k in ("grant_amount_nouns", "grant_amount_kinds"))
    return re.compile(rf"(?:{nouns})(?:金|の)?(?:{kinds})?額")


def grant_amount_word(text: str) -> bool:
    """The text names a grant's amount by any compound of a giving noun and an amount (`補助総額`, `助成金額`, `交付決定額`,
    `供与限度額`, `贈与の限度額`; roles.json grant_amount_nouns, grant_amount_kinds)."""
    return _grant_amount().search(text) is not None
