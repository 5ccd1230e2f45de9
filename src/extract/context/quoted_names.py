"""A programme the deck quotes as the subject of a budget figure's clause: `「新進芸術家の海外研修」は…2億4300万円と微増`,
`「…拠点形成の推進」も7億2700万円`, `「…の国際発信」の3億900万円`, `(1)「…の運用」に6.5億円`,
`「…ケア事業」について、…予算を増額します(2,100万円)`.

News articles and blogs on a budget quote each programme's name and report its figure in the same clause, as the
sentence's topic (`「X」は`, `「X」が`, `「X」も`), its purpose (`②「石油・天然ガスの安定供給確保」のため、…として201.4億円増の
2,588.8億円を要求`: a change of the figure stays in its clause) or right before it (`「X」のN円`). Where no rule named the
figure from the words right before it, that quote is the programme the figure is for: the last quote of the figure's
clause (back to the figure before it or the sentence's start), a name by itself (a noun phrase, no sentence:
programs.is_name).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Mention
from .labels import LineInfo
from .name_phrase import noun_phrase, particles
from .programs import is_name, referring, strong
from .prose_totals import appropriating_verb, date_target
from .stage_words import kind_words


#: a quoted name and the particle that makes it the clause's topic or subject (`「X」について、…予算を増額します(N円)`), or the
#: figure's owner right before it
@lru_cache(maxsize=1)
def _quoted_subject() -> re.Pattern[str]:
    return re.compile(rf"[「『]([^「」『』。]{{2,60}})[」』](?:{particles('topic_particles')}|のため)")
#: a quoted name that owns the figure right before it (`「X」の3億円`, `「X」の予算15億円`), or the work it is given to
#: (`(1)「…の運用」に6.5億円`, `「…の成長」には5兆円`)
_QUOTED_OWNER = re.compile(r"[「『]([^「」『』。]{2,60})[」』](?:の(?:予算額?|事業費)?|に|には|へ)[ \u3000]*約?[ \u3000]*$")
#: the words between a change and the figure it changes (`201.4億円増の2,588.8億円`)
_CHANGE_OF = re.compile(r"[ \u3000]*の?(?:増|減)の[ \u3000]*約?[ \u3000]*")
#: how far before its figure the clause is read
_REACH = 160


def quoted_topic(info: LineInfo, m: Mention) -> str | None:
    """The quoted name that is the subject of the figure's clause, or owns the figure right before it; else None."""
    ends = info.amount_ends
    k = bisect.bisect_right(ends, m.start)
    while k and _CHANGE_OF.fullmatch(info.norm, ends[k - 1], m.start):
        k -= 1  # `…として201.4億円増の2,588.8億円を要求`: the change of the figure is part of its clause
    start = max(0, m.start - _REACH, ends[k - 1] if k else 0, info.norm.rfind("。", 0, m.start) + 1)
    clause = info.norm[start:m.start]
    owner = _QUOTED_OWNER.search(clause)
    found = [owner] if owner is not None else list(_quoted_subject().finditer(clause))
    if not found:
        return None
    last = found[-1]
    if owner is None and ("「" in clause[last.end():] or "『" in clause[last.end():]):
        return None  # another quote stands between the subject and the figure: the figure may be that one's
    name = last.group(1).strip()
    return name if is_name(name) and not referring(name) else None


@lru_cache(maxsize=1)
def _kind_after_particle() -> re.Pattern[str]:
    """`…の競争力強化には当初`, `…総合対策に当初で`: the particle that says what the money goes to, then the budget's kind
    as an adverb (roles.json stage_marks in their stage_forms) right before the figure."""
    kinds = "|".join(map(re.escape, sorted(kind_words(), key=len, reverse=True)))
    to = particles("target_particles")
    # the particle, or a space that sets the kind apart from an item's name (`河川改修事業 当初 12億円 補正 8億円`)
    # or a comma after the figure before (`…に当初30億円、補正60億円`: the same work's other kind of money)
    return re.compile(rf"(?:(?:{to})[ \u3000]*|(?:^|[ \u3000、，]+)(?=(?:{kinds})))"
                      rf"(?P<kind>(?:{kinds})[ \u3000]*(?:で|は)?)?[ \u3000]*約?[ \u3000]*$")


#: where a clause begins: a comma or stop that is no thousands separator
_CLAUSE = re.compile(r"(?<![0-9])[、，,。]|[、，,。](?![0-9])")


def kind_adverb_name(info: LineInfo, m: Mention) -> str | None:
    """The work a budget figure goes to, named before its particle: where the budget's kind stands between them
    (`…の競争力強化には当初11億円`, `…総合対策に当初で14億円`, an item's `河川改修事業 当初 12億円 補正 8億円`: the second a
    kind alone, the programme of the figure before it, label_names.settle), or the work says it is a programme (`…研究事業に10億円(前年度
    …)と増額要求`): the noun phrase of the clause before the particle; else None."""
    ends = info.amount_ends
    k = bisect.bisect_right(ends, m.start)
    start = max(0, m.start - _REACH, ends[k - 1] if k else 0)
    before = info.norm[start:m.start]
    found = _kind_after_particle().search(before)
    if found is None:
        return None
    head = before[:found.start()]
    if not head.strip(" \u3000、，,") and found.group("kind"):
        return found.group("kind").strip(" \u3000では")  # `… 当初 12億円 補正 8億円`: the kind alone, settled as the figure before
    if date_target(head + "に"):
        return None  # `来年度に当初で5億円`: when the money moves, no work
    cuts = [c.end() for c in _CLAUSE.finditer(head)]
    name = noun_phrase(head[cuts[-1]:] if cuts else head)
    # with no kind between, a name that says it is a programme (`…研究事業に10億円(前年度…)と増額要求`), or an expense
    # named with `として` that the sentence's appropriating verb takes (`…委託料として101万円、工事請負費として…を計上`);
    # other words before `に` may be a date, a place or a recipient
    expense = found.group().startswith("として") and appropriating_verb(info, m)
    return name if name and (found.group("kind") or expense or strong(name) and is_name(name)) else None


#: how many lines a quoted name may run over
_QUOTE_LINES = 3


def quoted_name(infos: Sequence[LineInfo], i: int, m: Mention) -> str | None:
    """A programme quoted by name with its figure right after it, bare or in brackets (`「デジタル田園都市国家構想交付金」
    (1,000 億円)等により`, the trade press's `「農地の更なる大区画化・汎用化の推進」370億円(…を支援)`; the quote may run over
    lines, the bracket open the next line): the programme's name."""
    before = infos[i].norm[:m.start].rstrip()
    if not before and i:  # the figure opens its line, the quote closes the line before (a wrapped sentence)
        i, before = i - 1, infos[i - 1].norm.rstrip()
    if before.endswith(("(", "（")):
        before = before[:-1].rstrip()
    elif not before.endswith("」"):
        return None
    text = before
    for k in range(1, _QUOTE_LINES + 1):
        if "「" in text or i - k < 0:
            break
        text = infos[i - k].norm.strip() + text
    if not text.endswith("」") or "「" not in text:
        return None
    name = text[text.rindex("「") + 1:-1].strip()
    return name if 2 <= len(name) <= 60 else None
