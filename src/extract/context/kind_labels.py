"""The budget's kind a deck names at its top without a fiscal year: `議会運営委員会 追加補正予算案 約25億円`,
`6月補正予算についてお知らせします`, `日本の各省庁の来年度予算概算要求が発表されました。`.

GUIDE ("Conventions settled on more real documents"): the document's title is a label for every item of the deck.
A title that names the kind but no year still gives the items their role (supplementary money, a request is the
proposed budget); their fiscal year is left to the year passes (scope.py), which may find it elsewhere or not.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from ..dictionary import load
from .labels import TITLE_MAX, LineInfo, label_patterns

#: how many non-blank lines at the top of a deck may hold its title or lead-in (as labels.document_label)
_TITLE_LINES = 3


@lru_cache(maxsize=1)
def _kind_words() -> tuple[tuple[str, str], ...]:
    table = load("roles")["kind_titles"]
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


#: a news article's lead sentence states what it reports: the budget bill the issuer announces or submits (`…総額248億円
#: 規模となる4月補正予算案の概要を発表した`, `…294億円余りの補正予算案を提出します`, `…補正予算案は総額15億円と発表した`):
#: the bill's kind scopes the article when the lead's verb announces it (roles.json announce_verbs); a lead that only
#: mentions another body's bill (`国の補正予算案を受け、…検討を始めた`, `野党は…補正予算案を…批判した`) scopes nothing
_ANNOUNCED = re.compile(r"([^、。]{0,12}予算案)(?:の(?:概要|骨子|内容))?(?:を|は|が|について)")




def _announced(norm: str) -> re.Match[str] | None:
    """The lead's budget bill, when the verb that ends the lead's sentence after it announces it."""
    found = _ANNOUNCED.search(norm)
    if found is None:
        return None
    end = norm.find("。", found.end())
    rest = norm[found.end():end if end >= 0 else len(norm)]
    return found if any(v in rest for v in load("roles")["announce_verbs"]) else None


def kind_label(lines: list[LineInfo]) -> tuple[str, None] | None:
    """(role, None) for the deck's figures when a title line names a budget kind and no fiscal year, else None.
    A kind word directly followed by `額` is a figure's own label (`補正予算額 3億円`), not a title. A title that presents the
    year's programmes (`令和7年度 重点施策の概要`), or a lead that presents this year's (`今年度の主な事業を紹介します。`), and
    names no kind is the year's budget (its year left to the year passes)."""
    top = next((x.norm for x in lines if x.norm.strip()), "")
    listed = _programme_list(top)  # the title itself, not a section's `◇『新規事業』` under it
    # or a lead that presents this year's programmes (`今年度の主な事業を紹介します。`)
    listed = listed or any(_this_years_programmes().search(x.norm) for x in islice((x for x in lines if x.norm.strip()), _TITLE_LINES))
    for info in islice((x for x in lines if x.norm.strip()), _TITLE_LINES):
        text = info.norm[:info.amounts[0].start] if info.amounts else info.norm
        if info.fiscal_years:
            continue
        found = _announced(info.norm) or label_patterns().topic_lead.match(info.norm.strip()) or _topic_opening(info.norm)
        if found is not None:  # a news lead: `…総額248億円規模となる4月補正予算案の概要を発表した`, `…の当初予算は37億円。`
            text = found.group(1)
        elif _ANNOUNCED.search(info.norm) is not None and "。" in info.norm:
            continue  # a sentence that only mentions a bill (`国の補正予算案を受け、…`), however short
        elif len(info.norm.strip()) > TITLE_MAX:
            continue
        for word, role in _kind_words():
            at = text.find(word)
            if at >= 0 and not text[at + len(word):].lstrip().startswith("額"):
                return role, None
    return ("budget", None) if listed else None


@lru_cache(maxsize=1)
def _topic_opening_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w, _ in _kind_words())
    return re.compile(rf"\s*([^、。\d]{{0,12}}?(?:{words})案?)(?:では|について|に関して)[、,]")


@lru_cache(maxsize=1)
def _own_bill_re() -> re.Pattern[str]:
    kinds = "|".join(re.escape(w) for w, _ in _kind_words())
    own = "|".join(map(re.escape, load("roles")["own_bill_words"]))
    return re.compile(rf"\s*((?:{own})[^、。]{{0,16}}?(?:{kinds})案?)は[、,]")


def own_bill_label(label: tuple[str, int] | None, lines: list[LineInfo]) -> tuple[str, int] | None:
    """A lead-in's label (`平成21年度の予算総額は、…`) in a speech on its own bill: the lead-in's year, the bill's kind."""
    own = own_bill_kind(lines) if label is not None else None
    return (own, label[1]) if own is not None and label is not None else label


def own_bill_kind(lines: list[LineInfo]) -> str | None:
    """The kind of the speaker's own bill a top line opens a sentence on (`今回の補正予算は、…`): a speech about it, whose
    figures a later year's lead-in (`平成21年度の予算総額は、…となります`, the budget after it) does not re-scope."""
    for info in islice((x for x in lines if x.norm.strip()), _TITLE_LINES):
        found = _own_bill_re().match(info.norm)
        if found is not None:
            return next(role for word, role in _kind_words() if word in found.group(1))
    return None


def _topic_opening(norm: str) -> re.Match[str] | None:
    """A report that opens on the budget's kind as its topic (`補正予算では、11月会議で…が提案され`, `補正予算について`), or a
    speech that opens a sentence on its own bill (`今回の補正予算は、…編成したもので`, `議案第74号から第89号までの補正予算は、`;
    not `国の補正予算は、`, another body's)."""
    return _topic_opening_re().match(norm) or _own_bill_re().match(norm)


@lru_cache(maxsize=1)
def _this_years_programmes() -> re.Pattern[str]:
    d = load("roles")
    years = "|".join(map(re.escape, d["this_year_words"]))
    titles = "|".join(map(re.escape, d["list_titles"]["programmes"]))
    closes = r"\s*(?:を紹介|の(?:概要|一覧|紹介)|について|は次)"
    return re.compile(rf"(?:{years})\s*(?:に\s*(?:行う|実施する|取り組む)|の)?\s*(?:{titles}){closes}")


def _programme_list(text: str) -> bool:
    """A short title that presents the year's programmes (roles.json list_titles programmes), not a settlement's results or a
    plan's measures (settlement_words, plan_words)."""
    words = load("roles")
    return len(text.strip()) <= TITLE_MAX and "。" not in text and any(w in text for w in words["list_titles"]["programmes"]) \
        and not any(w in text for w in (*words["settlement_words"], *words["plan_words"], "成果"))
