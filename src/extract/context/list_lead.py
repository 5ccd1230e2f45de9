"""The lead of a list: the sentence right above a run of items that introduces them scopes them like a label line.

A shape of budget notices and news articles of several issuers: a sentence names the budget and closes with
`次のとおり` (`…令和5年度一般会計補正予算案は、12億円。主な内容は次のとおり。`, `…新年度予算を発表した。…平成28年度の
主な新規事業は次の通り。`), then the items list their figures (`- 除雪経費8640万円`, `☆防犯灯の増設(2152万円)`). The
items are that budget's (GUIDE: the label a figure stands under gives its role and year); the lead is the innermost
scope over them, nearer than the document's title or a heading further up. Where the lead names two budgets
(`令和6年度一般会計予算とともに上程される令和5年度一般会計補正予算案は`), the last one named, nearest the list, is the list's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from . import outline as ol
from .fiscal_marks import comparison_base
from .labels import LineInfo, budget_label

#: a short bracketed note closing the lead (`(抜粋)`, `（主なもの）`)
_NOTE = re.compile(r"[(（][^()（）0-9０-９]{1,8}[)）]$")
#: how many nodes back from an item its run of items (and their wrapped lines) is walked to find the lead
_RUN = 40


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]:
    d = load("roles")["list_lead"]
    kinds = tuple(sorted(d["kinds"].items(), key=lambda kv: -len(kv[0])))
    return tuple(d["introducers"]), kinds, tuple(load("roles")["prose"]["revenue_topics"])


def _in_item(n: ol.Node, outline: ol.Outline) -> bool:
    """The node is an item or stands inside one (a wrapped line, a sub-line)."""
    return any(a.kind == "item" for a in outline.chain(n))


def lead_of(item: ol.Node, outline: ol.Outline) -> ol.Node | None:
    """The body line that introduces the run of items `item` stands in, or None."""
    if item.kind != "item":
        return None
    k = item.seq - 1
    while k >= 0 and item.seq - k <= _RUN and _in_item(outline.nodes[k], outline):
        k -= 1
    if k < 0 or item.seq - k > _RUN:
        return None
    lead = outline.nodes[k]
    if k > 0 and _group_label(lead) and _introduces(outline.nodes[k - 1]):
        return outline.nodes[k - 1]  # `…主な内容は次のとおりです。` / `補正第4号:` / `・item N円`: the group's label is no lead
    return lead if _introduces(lead) else None


def _introduces(lead: ol.Node) -> bool:
    """The node is a body line or label that introduces a list (`主な内容は次のとおり。`), not an item's figure line."""
    if lead.kind not in ("body", "label") or lead.figures and lead.text.rstrip().endswith(("円", ")", "）")):
        return False
    introducers, _, _ = _words()
    text = _NOTE.sub("", lead.text.rstrip(" 　。.:：")).rstrip(" 　。.:：")  # `詳細は次の通り(抜粋)。`: a note on the list
    text = next((text[:-len(e)] for e in load("roles")["list_lead"]["polite_endings"] if text.endswith(e)), text)
    return text.endswith(introducers)


#: a group's label inside a list is short (`補正第4号:`, `【活力とやま】`, `<総務課>`)
_GROUP_MAX = 20


def _group_label(node: ol.Node) -> bool:
    """A short line of its own with no figure and no sentence that labels the first group of a list's items (`補正第4号:`
    under `各補正予算の主な内容は次のとおりです。`): the lead above it introduces the whole list, groups and all. Not a label
    that names the revenue side (`歳入の主なもの`): its items are sources (heading_roles, revenue_lead); nor one that states a
    year or a budget of its own (`令和7年度当初予算:`): it scopes its group itself."""
    text = node.text.strip()
    return node.kind in ("body", "label", "heading") and not node.figures and len(text) <= _GROUP_MAX \
        and "。" not in text and not any(w in text for w in _words()[2]) \
        and "年度" not in text and not any(w in text for w, _ in _words()[1])  # (`令和7年度当初予算:` labels its own group)


def revenue_lead(item: ol.Node, outline: ol.Outline) -> bool:
    """The item's list is introduced as the revenue side (`主な歳入は次のとおり。`): its items are sources, a breakdown
    of the budget by where its money comes from (GUIDE: other), no budget items."""
    lead = lead_of(item, outline)
    return lead is not None and any(w in _sentence(lead.text) for w in _words()[2])


def _sentence(text: str) -> str:
    """The lead's introducing sentence: its last one."""
    parts = [p for p in text.rstrip(" 　。.:：").split("。") if p.strip()]
    return parts[-1] if parts else ""


def lead_label(item: ol.Node | None, outline: ol.Outline, infos: list[LineInfo]) -> tuple[str, int | None] | None:
    """(role, fy) the lead of the item's list gives its figures: the lead's last budget label; else the last budget
    kind it names, with the one fiscal year its introducing sentence (else the whole lead) states; None where there is
    no lead, the lead names no budget, or it introduces the revenue side."""
    lead = lead_of(item, outline) if item is not None else None
    if lead is None or item is None or revenue_lead(item, outline):
        return None
    _, kinds, _ = _words()
    info = infos[lead.line_index]
    text = lead.text
    intro = _sentence(text)
    fys = [f for f in info.fiscal_years if lead.start <= f.raw_start < lead.end and f.min is not None and f.min == f.max]
    labels = [found for f in fys if (found := budget_label(LineInfo(info.norm, [f]), loose=True)) is not None]
    if labels:
        return labels[-1]
    named = [f.group() for f in re.finditer("|".join(re.escape(w) for w, _ in kinds), text)]  # longest first at each place
    if not named:
        return None
    role = dict(kinds)[named[-1]]
    intro_at = lead.start + (text.rfind(intro) if intro else 0)
    own = {int(f.min) for f in fys if f.raw_start >= intro_at and not comparison_base(info, f)}
    every = {int(f.min) for f in fys if not comparison_base(info, f)}
    years = own or every
    return role, (years.pop() if len(years) == 1 else None)



#: how long an inline item's name may be (`立憲民主党`, `れいわ新選組`, `国土交通省`) before its figure
_ITEM_NAME = 24


@lru_cache(maxsize=1)
def _inline() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gap before an inline item's figure (a mark, the item's name) and a lead's introducer closing its sentence."""
    d = load("roles")["list_lead"]
    marks = "".join(map(re.escape, d["inline_marks"]))
    item = re.compile(rf"\s*[)）]?\s*[{marks}]\s*[^\d、。，,{marks}()（）]{{1,{_ITEM_NAME}}}?\s*(?:が|は|に)?\s*約?\s*")
    intro = "|".join(map(re.escape, d["introducers"]))
    ends = "|".join(map(re.escape, d["polite_endings"]))
    lead = re.compile(rf"(?:{intro})(?:{ends})?\s*[。:：]")
    return item, lead


def inline_first(info: LineInfo, k: int) -> Mention | None:
    """The first item of the inline list the k-th amount stands in, when a lead closing its sentence right before that
    list labelled it (`各党への交付額は次の通り。自民党31億円▽立憲民主党19億円▽…`): the lead speaks of every item, so the
    later items (`▽立憲民主党19億円`, whose own words name nothing) take the first one's role and year; None where the
    figure is no such item."""
    item, lead = _inline()
    amounts = info.amounts
    j = k
    while j > 0 and item.fullmatch(info.norm, amounts[j - 1].end, amounts[j].start):
        j -= 1
    if j == k:
        return None
    first = amounts[j]
    start = amounts[j - 1].end if j else 0
    head = info.norm[start:first.start]
    found = list(lead.finditer(head))
    if not found or (rest := head[found[-1].end():]) and len(rest.strip()) > _ITEM_NAME + 2 or "。" in rest:
        return None  # the first item's own words right after the lead: its name and a mark at most
    return first if first.role is not None and first.role_source in ("", "label") else None
