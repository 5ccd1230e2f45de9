"""A grant allotted to named recipients (issue 21, fresh17a's news report of a grant's first allocation): a figure an
allotting verb gives (roles.json allot.verbs: `…事業に1億1450万円の交付金を配分`, `約556億円の配分を決めた`) is support where
a grant is what is allotted: its sentence names one (allot.grants), or the paragraph right before names one and gives a
figure of it (`…9175万円の交付が決定。市は同交付金を活用し…` over `さぬき市の…事業には6860万円を配分`); a headline naming the
recipients, the figure and the grant (`【香川】香川県等7自治体に5億円 地方創生交付金`). A budget's allocation
(`施設更新事業に22億円を配分する`, `…施策には420億円が配分される予定`) names no grant: its own reading stays."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .grant_frame import given
from .labels import LineInfo


@lru_cache(maxsize=1)
def _allot_pattern() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, load("roles")["allot"]["verbs"]))
    reasons = "|".join(map(re.escape, load("roles")["allot"]["reasons"]))
    # (`N円の交付金を配分`, `N円の配分を決めた`, `N円が配分される`, `N円を配分`, `N円余りが…議員数などを基に配分される`;
    # not `N円の配分額`: a noun's compound)
    return re.compile(rf"\s*(?:余り?)?\s*(?:[)）]\s*)?(?:の[^、。を]{{0,10}}?)?(?:を|の|が)(?:[^、。]{{0,24}}?(?:{reasons}))?"
                      rf"\s*(?:{verbs})(?!額|率|割合)")


@lru_cache(maxsize=1)
def _grant_closing() -> re.Pattern[str]:
    grants = "|".join(map(re.escape, load("roles")["allot"]["grants"]))
    return re.compile(rf"[ \u3000]+[^\s、。]{{0,24}}(?:{grants})\s*$")


def _headline(info: LineInfo, m: Mention) -> bool:
    """A news headline naming the recipients, then the figure, then the grant allotted (`【香川】香川県等7自治体に5億円
    地方創生交付金`): no sentence, the grant's name closing the line."""
    before = info.norm[:m.start].rstrip()
    return "。" not in info.norm and before.endswith("に") and _grant_closing().match(info.norm, m.end) is not None


def _sentence(info: LineInfo, m: Mention) -> str:
    return info.norm[info.sentence_start(m.start):info.sentence_end(m.end)]


def _names_grant(text: str) -> bool:
    return any(g in text for g in load("roles")["allot"]["grants"])


def allotted(lines: list[LineInfo], i: int, m: Mention, above: Callable[[int, int], list[int]]) -> bool:
    """The figure is a grant allotted to its recipients (see the module's doc)."""
    info = lines[i]
    prev = next(iter(above(i, 1)), None)
    if _headline(info, m) or _breakdown(info, m, lines[prev] if prev is not None else None):
        return True
    if _allot_pattern().match(info.norm, m.end) is None:
        return False
    if _names_grant(_sentence(info, m)):
        return True
    # the paragraph so far: the line above and the figure's line before it, a grant named there and a figure of it given
    before = [(info, a) for a in info.amounts if a.end <= m.start]
    if prev is not None:
        before += [(lines[prev], a) for a in lines[prev].amounts]
    return any(_names_grant(line.norm) and _gives(line, a) for line, a in before)


@lru_cache(maxsize=1)
def _view() -> re.Pattern[str]:
    return re.compile(load("roles")["allot"]["views"])


def _breakdown(info: LineInfo, m: Mention, above: LineInfo | None) -> bool:
    """The figure's sentence lists the parts (allot.breakdown: `内訳は、…(6件)の9940万円や…`; allot.views: `政党別で見ると、
    自民党が170億円、…`) of a grant allotted or given in the sentence right before it, which names the grant (`…助成金のうち、
    …約1億5000万円の配分先を決めた。`); the line above's last sentence where the figure's opens its line."""
    start = info.sentence_start(m.start)
    opening = info.norm[start:].lstrip()
    if not (opening.startswith(tuple(load("roles")["allot"]["breakdown"])) or _view().match(opening)):
        return False
    if start == 0 and above is not None and above.norm.rstrip().endswith("。"):
        end = len(above.norm.rstrip()) - 1
        before = above.sentence_start(end)
        return _names_grant(above.norm[before:end]) and any(_gives(above, a) for a in above.amounts if before <= a.start < end)
    if start == 0:
        return False
    before = info.sentence_start(start - 1)
    return _names_grant(info.norm[before:start]) and any(_gives(info, a) for a in info.amounts if before <= a.start < start)


def _gives(info: LineInfo, a: Mention) -> bool:
    """A figure given (grant_frame.given) or allotted in a sentence naming its grant."""
    return given(info, a) or _allot_pattern().match(info.norm, a.end) is not None and _names_grant(_sentence(info, a))
