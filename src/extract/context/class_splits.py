"""A budget's figures split by field under an account's class as their sentence's topic (issue 21, disaster money): a local
paper's `このうち災害復旧費は、農林関係3億5909万円、道路等の公共土木関係2億3430万5000円の合わせて5億9339万5000円となった`.

The class (totals.json expenditure_classes, a 款 every municipal budget is headed by: 災害復旧費, 土木費) is the topic; the
figures after it name the fields the class's money goes to and their sum. Under a budget's scope (a supplementary's, a
year's) they are that budget's money, and none is a programme's row: the class sums the works of many programmes (as the
national expense classes, prose_roles.in_class_sentence). A figure its sentence spends on a named work (`土木費は、
道路改良事業に3億円`) is that work's, read by the appropriation rules instead.

A split by KIND (性質別: `普通建設事業費は6.3%増の1414億円`, `内訳は、補助事業が同5.1%増の790億円、単独事業が…624億円`): a
figure whose clause opens with a class by kind as its topic (totals.json nature_classes, nature_spellings) breaks the
account down by the kind of its expense, `other` (GUIDE: breakdowns; the budgets READMEs of fresh2, fresh3, fresh11b,
fresh12c and fresh24b), whatever verb (`…を計上`) or change (`同5.1%増の`) made it a budget's (kind_splits).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import alternation
from .clause_roles import programme_ends
from .labels import BUDGET_ROLES, LineInfo
from .prose_totals import spent_on

#: how far back a figure's sentence is read for its topic (a window: a long line stays linear)
_REACH = 120


@lru_cache(maxsize=1)
def _class_topic() -> re.Pattern[str]:
    """The sentence's opening topic, a share's `このうち` allowed before it: `このうち災害復旧費は、`."""
    classes = "|".join(map(re.escape, load("totals")["no_programme"]["expenditure_classes"]))
    return re.compile(rf"\s*(?:(?:この|その)?うち[、，,]?)?\s*[^、，,。は]{{0,12}}?(?:{classes})は[、，,]?")


def class_split(info: LineInfo, m: Mention) -> bool:
    """The figure stands in a sentence whose topic is an account's class, no work named as what it is spent on, nor a
    programme's name right before it (`民生費は…、主なものは保育所運営費5億円`: clause_roles.programme_ends)."""
    start = info.norm.rfind("。", max(0, m.start - _REACH), m.start) + 1
    if _class_topic().match(info.norm, start) is None or spent_on(info, m):
        return False
    label = re.split(r"[、，,。\s]", info.norm[max(start, info.end_before(m.start)):m.start].rstrip(" 約"))[-1]
    return not label.endswith(programme_ends()[0])


@lru_cache(maxsize=1)
def _kind_topic() -> re.Pattern[str]:
    """A clause that opens with a class by kind as its topic and runs to the figure (`普通建設事業費は6.3%増の`,
    `内訳は、補助事業が同5.1%増の`, `うち単独事業は`); a main's or an issuer's word may stand before the class."""
    t = load("totals")["no_programme"]
    classes = alternation((*t["nature_classes"], *t["nature_spellings"]))
    before = alternation((*t["class_prefixes"]["main"], *t["class_prefixes"]["issuer"]))
    share = r"(?:(?:この|その|[^、，,。]{0,10}の)?うち[、，,]?)?"  # (`一般会計のうち`)
    return re.compile(rf"\s*{share}\s*{before}{{0,2}}{classes}(?:は|が)[^、，,。はが]{{0,24}}?約?\s*$")


def kind_split(info: LineInfo, m: Mention) -> bool:
    """The figure's clause opens with a class of the account by kind as its topic (`普通建設事業費は877億円`): a split of
    the account by kind, no appropriation of its own (totals.json nature_spellings)."""
    if m.per is not None or "at_most" in m.qualifiers:
        return False
    start = max((info.norm.rfind(c, 0, m.start) for c in "、，,。"), default=-1) + 1
    return _kind_topic().match(info.norm[start:m.start]) is not None


def kind_splits(infos: Sequence[LineInfo]) -> None:
    """Each budget figure of a split by kind (kind_split) is `other`, whatever scope or verb made it a budget's."""
    for info in infos:
        for m in info.amounts:
            if m.role in BUDGET_ROLES and m.role_source != "label" and kind_split(info, m):
                m.role, m.role_source = "other", "kind_split"
