"""Grants MADE to named recipients, read from the page's shape (issue 21): an award list, and a loan that is no grant.

A grant-maker's results page, a city's list of the grants it paid, a foundation's award round or a yearly table of the
totals awarded state what was GIVEN, under a heading that says so (`助成実績`, `…採択総額一覧`, `補助金交付決定一覧`,
`平成26年度第1回助成団体`; roles.json award_heads beside a grant's word): a row under it (`北海道` / `79億7,300万円`,
`2011 1,600,802,000円`, `…:交付決定額:466,000円 / 対象経費:699,000円`) is a grant made, `support`, and so is the sum
closing the list. A grant's outline (its caps and rates, `補助上限額`) is no award list: its sections name terms, not
results, and its own words already frame its figures (grant_frame.py).

The heading covers its own section only: a plain heading after a row (`財団の収支`, `役員報酬`) opens the body's
own accounts, other. A heading that names revenue (`地方交付税の交付状況`; roles.json award_revenue_words) makes
no award list, nor one that names a 交付金 (the state's grant to the issuer) and no recipient (`社会資本整備総合交付金の交付
決定状況`; award_received_grants; `…交付金 交付先一覧` names them: award_recipient_words).

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
    return {"award": tuple(r["award_heads"]), "loan": tuple(r["loan_words"]), "given": (*r["given_verbs"], *r["given_additions"]),
            "revenue": tuple(r["award_revenue_words"]), "received": tuple(r["award_received_grants"]),
            "recipient": tuple(r["award_recipient_words"]),
            "grant": (*support_hints(), *r["given_verbs"], *r["award_given_heads"])}


def names_loan(lines: list[LineInfo], i: int, above) -> bool:  # type: ignore[no-untyped-def]
    """The figure's line, or the line right above it, names a loan (`円借款`): the figure is a loan's, no grant."""
    return any(_names_loan(lines[j]) for j in (i, *above(i, 1)))


def _names_loan(info: LineInfo) -> bool:
    """The line names a loan (roles.json loan_words); once per line, as every figure of a long line asks."""
    found = info.memo.get("names_loan")
    if not isinstance(found, bool):
        found = info.memo["names_loan"] = any(w in info.norm for w in _words()["loan"])
    return found


def names_revenue(text: str) -> bool:
    """The text names money the issuer received (roles.json award_revenue_words: `…見舞金の受入状況`, `…の交付税`)."""
    return any(r in text for r in _words()["revenue"])


def _line_names_revenue(info: LineInfo) -> bool:
    """names_revenue of a whole line, once per line (every figure of a long line asks)."""
    found = info.memo.get("names_revenue")
    if not isinstance(found, bool):
        found = info.memo["names_revenue"] = names_revenue(info.norm)
    return found


def _award_heading(text: str) -> bool:
    """A short line of its own that names grants made or awarded (an award word beside a grant's word), not money the
    issuer received (`地方交付税の交付状況`: its revenue; roles.json award_revenue_words), nor a 交付金 the state pays it
    with no recipient named (`社会資本整備総合交付金の交付決定状況`; award_received_grants, award_recipient_words)."""
    text = text.strip(" |｜　")
    w = _words()
    received = any(g in text for g in w["received"]) and not any(p in text for p in w["recipient"])
    return 0 < len(text) <= _HEADING_MAX and "。" not in text and any(a in text for a in w["award"]) \
        and any(g in text for g in w["grant"]) and not names_revenue(text) and not received


def _row(info: LineInfo) -> bool:
    """A list's or a table's row: a short line, no sentence (its words besides its figures)."""
    text = _bare(info)
    return len(text.strip()) <= _ROW_MAX and "。" not in text


def _bare(info: LineInfo) -> str:
    """The line's words without its figures. Once per line: every figure of a long line asks (the gaps joined in one
    pass, not the line copied once per figure: quadratic on a long line)."""
    bare = info.memo.get("award_bare")
    if not isinstance(bare, str):
        parts, at = [], 0
        for a in sorted(info.amounts, key=lambda a: a.start):
            parts.append(info.norm[at:max(at, a.start)])
            at = max(at, a.end)
        parts.append(info.norm[at:])
        bare = info.memo["award_bare"] = "".join(parts)
    return bare


def award_row(lines: list[LineInfo], i: int, m: Mention, above) -> bool:  # type: ignore[no-untyped-def]
    """Line i is a row of a list of grants made: a heading above it (or the deck's title) names an award list, and no
    budget label stands between (a budget's own list keeps its scope)."""
    if not _row(lines[i]) or "at_least" in m.qualifiers:
        return False
    walked: list[int] = []
    for j in above(i, _REACH):
        kind = _line_kind(lines[j])
        if kind:
            return kind == "award" and not _section_ends(lines, walked, _outline_rank(lines[j].norm))
        walked.append(j)
    return False


#: a line's outline marker, highest level first (`第2章`, `2.`, `【…】`/`■`, `(2)`, `①`, `・`); a plain line ranks with the
#: first, as a deck's titles and headings stand unmarked
_MARKERS = (re.compile(r"第[0-9０-９一二三四五六七八九十]+[章節部編]"), re.compile(r"[0-9０-９]{1,2}[.．、\s　]"),
            re.compile(r"[【■□◆◇●]"), re.compile(r"[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]"),
            re.compile(r"[①-⑳]"), re.compile(r"[・\-－‐○〇◯※]"))


def _outline_rank(text: str) -> int:
    text = text.lstrip(" |｜　")
    return next((k + 1 for k, p in enumerate(_MARKERS) if p.match(text)), 0)


def _section_ends(lines: list[LineInfo], walked: list[int], rank: int) -> bool:
    """Between an award list's heading and a row (walked upward), a new section starts (`_new_section`)."""
    return any(_new_section(lines, j, up, rank) for j, up in zip(walked, walked[1:]))


def _new_section(lines: list[LineInfo], j: int, up: int, rank: int) -> bool:
    """Line j opens a new section: a heading-like line (no figure, no sentence) of outline level `rank` or a higher one,
    right after a row of its own words and figure (`・西町内会 20万円` / `財団の収支` / `・基本財産運用収入 120万円`). A name
    over its figure (`北海道` / `79億円`) or a record's field (`事業年度：令和3年度`) is no heading."""
    text = lines[j].norm.strip(" |｜　")
    if lines[j].amounts or not text or len(text) > _HEADING_MAX or re.search(r"[。：:]", text) or _outline_rank(text) > rank:
        return False
    return bool(lines[up].amounts) and _row(lines[up]) and _words_besides(lines[up])


def new_section_above(lines: list[LineInfo], i: int, above) -> bool:  # type: ignore[no-untyped-def]
    """The figure's line sits in a new section after a list of grants made, no grant's word heading it (`役員報酬` after
    `助成実績`'s rows, over `理事長 月額 300,000円`): the body's own accounts, whatever unit its figures are counted in."""
    return _left_award_section(lines, i, above, hints=True)


def grants_just_above(lines: list[LineInfo], i: int, above) -> bool:  # type: ignore[no-untyped-def]
    """A row whose earlier rows (up to 3 lines above) are grants, in the same section: a plain heading after an award
    list's row (`財団の収支`) starts the body's own accounts, no grant; a line that names money received between
    (`施設整備費の財源内訳` over `国の交付金・補助金 | 6.2億円 |`: award_revenue_words) heads a financing plan's sources,
    and so does a line of its own that names them (`…財源を…事業債23億円、…基金6億円…と見込む`)."""
    if _line_names_revenue(lines[i]):
        return False
    for j in above(i, 3):
        if any(a.role == "support" for a in lines[j].amounts):
            return not _left_award_section(lines, i, above, hints=False)
        if not lines[j].amounts and _line_names_revenue(lines[j]):
            return False
    return False


def _left_award_section(lines: list[LineInfo], i: int, above, hints: bool) -> bool:  # type: ignore[no-untyped-def]
    """Between line i and an award list's heading above it a new section starts (`_new_section`); with `hints`, a grant's
    word on the way up before that break keeps the line a grant's. A list no award heading opens is left alone (a
    benefit table's `3歳未満:15,000円` / `3歳から小学校修了まで`)."""
    walked = [i, *above(i, _REACH)]
    broke = False
    for j, up in zip(walked, [*walked[1:], None]):
        kind = _line_kind(lines[j]) if j != i else ""
        if kind:
            return broke and kind == "award"
        if hints and not broke and lines[j].support_hint:
            return False
        broke = broke or up is not None and _new_section(lines, j, up, 0)
    return False


def _words_besides(info: LineInfo) -> bool:
    """The line names something besides its figures (`・西町内会 20万円`), not a figure alone (`79億7,300万円`)."""
    return re.search(r"[^\s　|｜・\-－0-9０-９,，.．円%％()（）]", _bare(info)) is not None


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
