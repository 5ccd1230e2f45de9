"""A `うち` share of a budget figure (scope.py calls `apply` once every other role is decided).

A share names either what part of the money is FOR (`(うち熊本地震対応分 259.2億円)` under a prefecture's supplementary,
`うち外務省のODA予算を4383億円`, `うち防災関係…`): then it is the same kind of money as its whole, of the same year, and
part of the whole's group (no programme's row). Or it names where the money COMES FROM (`うち国の交付金が8億円`,
`(うち市債 15億円)`, `うち一般財源`, `うち繰入金`): a financing split, other (GUIDE: revenues and breakdowns are other).
Both are allow-lists in roles.json (`share_purposes`, `share_financing`); a share matching neither keeps the role the
other passes gave it (fresh3: a ministry's `(うちODA 4,903億円)` under its request is read as its request already), and is
no programme row either way.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from .fiscal_marks import whole_cost
from .labels import BUDGET_ROLES, LineInfo, label_role
from .ministry_figures import deck_kind

#: `(うち熊本地震対応分 `, `【うち国費 `, `うち外務省のODA予算を`: the share's name between `うち` and its figure, in its clause
_SHARE = re.compile(r"(?:^|[(（【［\[、，,\s])\s*(?:その|この)?うち\s*([^、。，,()（）【】]{0,24}?)\s*約?\s*$")
#: how many non-blank lines above a share its whole may stand (the share's own line opens with `(うち`)
_WHOLE_LINES = 2
#: the particles that join a share's name to its figure (`うち防災対策分が`, `…予算を`)
_PARTICLES = "はがをにでの:： "


def _whole_on_line(info: LineInfo, at: int) -> Mention | None:
    """The last budget figure of the share's sentence before `うち`."""
    start = info.norm.rfind("。", 0, at) + 1
    found = [a for a in info.amounts if start <= a.start and a.end <= at and a.role in BUDGET_ROLES]
    return found[-1] if found else None


def _whole_above(infos: Sequence[LineInfo], i: int) -> Mention | None:
    """The last budget figure (no signed change) of the nearest non-blank lines above."""
    seen = 0
    for j in range(i - 1, -1, -1):
        if not infos[j].norm.strip():
            continue
        found = [a for a in infos[j].amounts if a.role in BUDGET_ROLES and a.text.lstrip()[:1] not in "+＋"]
        if found:
            return found[-1]
        seen += 1
        if seen >= _WHOLE_LINES:
            return None
    return None


def purpose_share(name: str) -> bool | None:
    """True when a share's name says what the money is for, False when it names a source of money; None when it says
    neither (`うちODA`): its role stays as the other passes read it."""
    name = name.strip().rstrip(_PARTICLES)
    words = load("roles")
    if any(w in name for w in words["share_financing"]):
        return False
    return True if name.endswith(tuple(words["share_purposes"])) else None


#: a row label that names its cells' bracketed figure a share (`要求事業総額 (うち一般財源) |`): the share's name
_LABEL_SHARE = re.compile(r"[(（]\s*うち\s*([^()（）]{1,16}?)\s*[)）][\s|｜]*$")
#: a cell of a figure and its share in a bracket (`1兆9,583億円 (1兆4,003億円) |`)
#: `X (Y)` cells; no bracket inside a cell (`\S+` with a lazy `\S+?` after it was quadratic on a line of `(`)
_CELL_PAIR = re.compile(r"\s*([^\s()（）]+)\s*[(（]\s*([^\s()（）]+)\s*[)）][\s|｜]*$")


def _legend_shares(infos: Sequence[LineInfo]) -> None:
    """A row whose label says what its cells' brackets hold (`要求事業総額 (うち一般財源) |` over `1兆9,583億円 (1兆4,003億円) |`,
    one cell a line): the bracketed figure is that share of the figure before it, no other year's figure beside it (GUIDE:
    the bracket is what the row label says); financing: `other`, of the whole's year; a purpose: the whole's role and year."""
    label: str | None = None
    for info in infos:
        pair = _CELL_PAIR.fullmatch(info.norm)
        if label is not None and pair is not None and len(info.amounts) == 2 \
                and (info.amounts[0].text, info.amounts[1].text) == (pair.group(1), pair.group(2)):
            whole, m = info.amounts
            if (kind := purpose_share(label)) is not None:
                m.role, m.role_source = ("other", "breakdown") if kind is False else (whole.role, "share")
                m.fy = whole.fy if whole.fy is not None else m.fy
                m.total_of = m.total_of or f"(うち{label})"
            continue
        found = _LABEL_SHARE.search(info.norm) if not info.amounts else None
        label = found.group(1) if found is not None else None


def apply(infos: Sequence[LineInfo]) -> None:
    """Give a purpose share of a budget figure that figure's role and year; a financing share of it is `other`."""
    _legend_shares(infos)
    for i, info in enumerate(infos):
        if "うち" not in info.norm:
            continue
        for m in info.amounts:
            share = _SHARE.search(info.norm, max(0, m.start - 40), m.start)
            if share is None:
                continue
            at = share.start(1) - len("うち")
            whole = _whole_on_line(info, at)
            if whole is None and not info.norm[:at].strip(" (（・-―"):
                whole = _whole_above(infos, i)  # the share's line opens with `(うち`: its whole is the line above's
            if whole is None or whole is m or label_role(share.group(1)) is not None:
                continue  # `うち一般会計当初予算額が…`: the share's own label says what it is
            kind = purpose_share(share.group(1))
            if kind is False:
                m.role, m.role_source = "other", "breakdown"  # `(うち市債 …)`: where the money comes from
                continue
            m.total_of = m.total_of or f"(うち{share.group(1).strip()})"  # part of its whole's group: no programme's row
            if kind:
                m.role, m.role_source = whole.role, "share"
                m.fy = whole.fy if whole.fy is not None else m.fy


#: a breakdown in angle brackets right after its whole (`321億円<AMED246億円、インハウス74億円>`, `＜うち国費 12億円＞`)
_ANGLE = re.compile(r"[<＜〈《]([^<>＜＞〈〉《》]{1,80})[>＞〉》]")


def angle_parts(infos: Sequence[LineInfo]) -> None:
    """The figures of an angle-bracketed breakdown written right after a figure are its parts by channel or source: `other`
    of the whole's year (GUIDE: breakdowns), not budgets of their own. Each line's figures are walked once."""
    kind: tuple[str, int | None] | None = None
    for info in infos:
        if not any(c in info.norm for c in "<＜〈《") or not info.amounts:
            continue
        amounts, k = info.amounts, 0
        for g in _ANGLE.finditer(info.norm):
            while k < len(amounts) and amounts[k].end <= g.start():
                k += 1
            whole = amounts[k - 1] if k else None
            if k < len(amounts) and g.group(1).strip() == amounts[k].text.strip():
                kind = kind if kind is not None else deck_kind(infos) or ("", None)  # (read once a deck)
                if kind[0]:
                    _heading_sum(amounts[k], kind)  # `①…支援 〈838百万円〉`: a heading's sum alone in angle brackets
                continue
            if whole is None or info.norm[whole.end:g.start()].strip() or whole.role not in BUDGET_ROLES \
                    or "年度" in g.group(1) or any(w in g.group(1) for w in load("roles")["previous_words"]):
                continue  # (`12億円＜前年度 10億円＞`, `＜令和5年度 10億円＞`: last year's figure, read by the pair rules)
            while k < len(amounts) and amounts[k].end <= g.end():
                amounts[k].role, amounts[k].fy, amounts[k].role_source = "other", whole.fy, "breakdown"
                k += 1


def _heading_sum(m: Mention, kind: tuple[str, int | None]) -> None:
    """A heading's figure alone in angle brackets sums the items under it: the deck's budget, no programme's row."""
    if m.role in (None, "other") and m.role_source in ("", "fallback", "under"):
        m.role, m.fy, m.role_source = kind[0], m.fy or kind[1], "heading_sum"
        m.total_of = m.total_of or "〈〉"


#: a round bracket opened right after a figure (`1兆9159億円(公共事業関係費1兆5500億円)`): what it holds, up to its close
_ROUND = re.compile(r"\s*[(（]([^()（）]{1,40})[)）]")


def round_parts(infos: Sequence[LineInfo]) -> None:
    """A figure no label named, named in a round bracket right after a budget figure (`…補正予算に計上した…1兆9159億円
    (公共事業関係費1兆5500億円)`), is a part of it: the whole's year (its role stays). A bracket that writes a year, last
    year's word, a change or a rate is no part (fiscal_scope.json bracket_not_part: the pair rules read `12億円(前年度 10億円)`),
    nor a project's whole cost (`3億円(総事業費45億円)`: fiscal_marks.whole_cost)."""
    for info in infos:
        if not any(c in info.norm for c in "(（"):
            continue
        for whole, m in zip(info.amounts, info.amounts[1:]):
            got = _ROUND.match(info.norm, whole.end)
            if got is None or whole.role not in BUDGET_ROLES or whole.fy is None or not got.start(1) <= m.start < m.end <= got.end(1):
                continue
            if re.search(load("fiscal_scope")["bracket_not_part"], got.group(1)) or whole_cost(info, m):
                continue
            if m.role != "other" or m.role_source not in ("", "fallback", "under"):
                continue
            m.fy = whole.fy
