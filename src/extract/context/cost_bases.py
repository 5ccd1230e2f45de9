"""National-expense and project-cost pairs (`国費1兆5400億円(事業費2兆3785億円)`, `国費ベースで…億円を計上した。事業費ベース
では…億円の規模`): public works are budgeted as the state's own expense (国費) beside the size of the works it pays for
with local and other shares (事業費). The 国費 figure is the appropriation, of the budget the deck reports; the 事業費
figure is a project size (GUIDE: 事業規模), `support`, not a previous year's figure nor a change.

Read only on a line that writes both words before a figure (roles.json cost_bases): a lone `事業費として…5273億円を要求`
is that programme's own request and keeps its role. On such a line, a later bare pair `X(Y)` (`▽…=3984億円(6480億円)`)
follows the same order: X the appropriation, Y the project size. A share `うち国費…` names where a figure's money comes
from (context/shares.py) and is left alone. Figures are read in line order, once (a long line stays linear).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo
from .ministry_figures import deck_kind

_CLAUSE_END = re.compile(r"[。、，,；;▽▼◇◆・]")
#: a sentence that opens on a share of the figure before (`このうち公共事業関係は、…`, `うち…`)
_SHARE_LEAD = re.compile(r"\s*(?:その|この)?うち")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = load("roles")["cost_bases"]

    def ending(words: list[str]) -> re.Pattern[str]:
        alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?:{alt})\s*(?:{d['base']})?\s*(?:{d['particles']})?\s*(?:約|およそ)?\s*$")

    share = re.compile(rf"(?:{'|'.join(map(re.escape, load('roles')['part_words']))})\s*$")
    return ending(d["public"]), ending(d["project"]), share


def _label(info: LineInfo, start: int, m: Mention) -> str:
    """The figure's clause before it, after the figure ahead of it (the figure ahead is passed in: read once per line)."""
    return _CLAUSE_END.split(info.norm[start:m.start])[-1]


def _kinds(info: LineInfo) -> list[str | None]:
    """Each amount of the line: `public` (国費), `project` (事業費) or None, by its clause's last words."""
    public, project, share = _patterns()
    out: list[str | None] = []
    ends = 0
    for a in info.amounts:
        label = _label(info, ends, a)
        ends = a.end
        head = public.search(label)
        if head is not None and not share.search(label[:head.start()]):
            out.append("public")
        elif project.search(label):
            out.append("project")
        else:
            out.append(None)
    return out


def _bare_pairs(info: LineInfo, kinds: list[str | None]) -> None:
    """`X(Y)` with nothing but the bracket between them, after the line's first labelled pair: X public, Y project."""
    for k, (a, b) in enumerate(pairwise(info.amounts)):
        if kinds[k] is None and kinds[k + 1] is None and re.fullmatch(r"\s*[(（]\s*", info.norm[a.end:b.start]):
            kinds[k], kinds[k + 1] = "public", "project"


def _paired(info: LineInfo, kinds: list[str | None]) -> list[str | None]:
    """Keep a 国費 figure only where a 事業費 figure follows it closely (a lone `国費:2億円` of a cap table is no
    appropriation; the 国費 heads the pair, `事業費 X（国費 Y）` is a work's cost and its financing), and a 事業費 figure
    right after a 国費 one or bracketed as a base right after a figure (`900億円(事業費ベース1,800億円)`)."""
    n, amounts = len(kinds), info.amounts
    out: list[str | None] = []
    for k, kind in enumerate(kinds):
        after = kinds[k + 1] if k + 1 < n and _close(info, amounts[k], amounts[k + 1]) else None
        before = kinds[k - 1] if k > 0 and _close(info, amounts[k - 1], amounts[k]) else None
        if kind == "public" and after != "project":
            kind = None  # (`事業費 1億2,000万円（国費 6,600万円）`: a local work's own cost, 国費 its share of the money)
        elif kind == "project" and before != "public":
            kind = kind if k > 0 and _based(info.norm[amounts[k - 1].end:amounts[k].start]) else None
        out.append(kind)
    return out


#: how far apart a pair's two figures may stand (`国費1兆6500億円、事業費2兆3973億円`; `…計上した。事業費ベースでは`)
_PAIR_GAP = 24


def _close(info: LineInfo, a: Mention, b: Mention) -> bool:
    return b.start - a.end <= _PAIR_GAP


def _based(between: str) -> bool:
    """`(事業費ベース`: a project size bracketed right after its appropriation."""
    base = load("roles")["cost_bases"]["base"]
    return re.fullmatch(rf"\s*[(（]\s*[^()（）\d]{{0,6}}{base}\s*[:：]?\s*", between) is not None


def apply(infos: Sequence[LineInfo]) -> None:
    """Give the figures of each line that pairs a 国費 with a 事業費 figure their roles (see the module's docstring): the
    appropriation takes the kind of the deck's first 国費 figure that a budget label or verb gave one, else the kind of the
    deck's first budget figure, else the budget's."""
    kind: tuple[str, int | None] | None = None
    words = load("roles")["cost_bases"]
    for info in infos:
        if not info.amounts or not any(w in info.norm for w in (*words["public"], *words["project"])):
            continue
        kinds = _kinds(info)
        public = [a for a, k in zip(info.amounts, kinds) if k == "public"]
        if kind is None:  # the deck's first 国費 figure a label or a verb made a budget (`…補正予算案に国費ベースで…を計上`)
            kind = next(((a.role, a.fy) for a in public if a.role in ("budget", "supplementary_budget")), None)
        if "project" not in kinds:
            continue
        if public:
            _bare_pairs(info, kinds)
        kinds = _paired(info, kinds)
        kind = kind or deck_kind(infos)  # no 国費 figure named a kind: the deck's first budget figure's (a PR sheet's 補正予算額)
        _give(info, kinds, kind or ("budget", None))


def _give(info: LineInfo, kinds: list[str | None], kind: tuple[str, int | None]) -> None:
    public = [a for a, k in zip(info.amounts, kinds) if k == "public"]
    fy = next((a.fy for a in public if a.fy is not None), kind[1])
    for k, (a, what) in enumerate(zip(info.amounts, kinds)):
        if what == "project":  # the year of the works it sizes (a bare pair's Y read as last year's took the year before)
            own = a.fy if a.role != "previous_budget" else None
            partner = info.amounts[k - 1].fy if k and info.amounts[k - 1].role != "previous_budget" else None
            a.role, a.role_source, a.fy = "support", "project_cost", fy or partner or own
        elif what == "public" and a.role in (None, "other", "budget"):
            a.role, a.role_source, a.fy = kind[0], "public_cost", a.fy or fy
            if _SHARE_LEAD.match(info.norm, info.sentence_start(a.start)):
                a.total_of = a.total_of or "(うち)"  # `このうち公共事業関係は、国費…`: a part of the whole, no row
