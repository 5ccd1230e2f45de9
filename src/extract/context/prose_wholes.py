"""Wholes a sentence states in words around its figure that no name stands for (context/prose_totals.py reads them):
the topic of the figure's clause is a class of the account (`ここ20年の間でも投資的経費は2番目に大きな規模の125億`), a
whole's word follows the figure (`平成14年度に160億円を少し超える予算規模となって`), or the sentence looks at a field's
aggregate before its first figure (`…における関係予算を見ると、令和4年度においては22兆9,749億円`: the money of every
ministry's programmes of a field added up). None is a programme's row."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import BUDGET_ROLES, LineInfo
from .programs import might_name_program

#: a topic of a clause: the words before `は`/`が` with no particle of their own (the noun phrase the clause is about)
_TOPIC = re.compile(r"([^\s、，,。はがもでのにをと]{2,})(?:は|が)")
#: how far after a figure a whole's word is read
_AFTER = 16


@lru_cache(maxsize=1)
def _classes() -> tuple[str, ...]:
    """The account's classes by nature and by function, a national budget's halves and the news's spellings of them
    (totals.json no_programme)."""
    classes = load("totals")["no_programme"]
    return (*classes["nature_classes"], *classes["expenditure_classes"], *classes["national_classes"],
            *classes["class_spellings"])


def class_topic(text: str) -> str | None:
    """The last topic of `text` when it is a class of the account (`投資的経費は`, `…の間でも扶助費が`), else None."""
    topics = _TOPIC.findall(text)
    return topics[-1] if topics and topics[-1] in _classes() else None


@lru_cache(maxsize=1)
def _whole_after() -> re.Pattern[str]:
    """A whole's word (roles.json prose.whole_evidence) after the figure, a few words between that hold no particle of a
    clause of their own (`…円を少し超える予算規模`, `…円の総額`; not `…円を計上し、予算規模は`)."""
    words = "|".join(re.escape(w) for w in load("roles")["prose"]["whole_evidence"])
    return re.compile(rf"\s*(?:を|の)?[^、，,。をにがはで]{{0,8}}?(?:{words})")


def whole_after(info: LineInfo, m: Mention) -> str | None:
    """The whole's words right after the figure (see _whole_after), else None."""
    found = _whole_after().match(info.norm[m.end:m.end + _AFTER])
    return found.group(0).strip(" 　をの") if found else None


#: how far before a figure the sentence's look at an aggregate is read
_TOPIC_REACH = 60
#: the words that make an aggregate what the sentence looks at (`…関係予算を見ると、`, `関連予算は、`, `…国家予算では`)
_LOOKED_AT = r"(?:額|費)?(?:を見ると|を見れば|をみると|については|は|では)[、，,]?"


@lru_cache(maxsize=1)
def _aggregate_topic() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load("totals")["no_programme"]["aggregates"]))
    return re.compile(rf"(?:{words}){_LOOKED_AT}")


def aggregate_topic(info: LineInfo, m: Mention) -> bool:
    """The figure is the first amount after its sentence names an aggregate as what it looks at (totals.json no_programme
    aggregates), and nothing between names a programme (`関係予算では、…整備事業に5億円`: that programme's money)."""
    start = max(m.start - _TOPIC_REACH, info.norm.rfind("。", 0, m.start) + 1, 0)
    looks = list(_aggregate_topic().finditer(info.norm, start, m.start))
    found = looks[-1] if looks else None
    if found is None or might_name_program(info.norm[found.end():m.start]):
        return False
    return not any(found.end() <= a.start < m.start for a in info.amounts)


#: how far a sum of parts may stray from its whole (an `約` whole: `総計約4兆5,600億円` of parts `約780億円` …)
_SUM_SLACK = 0.005


def aggregate_part(info: LineInfo, m: Mention) -> bool:
    """The figure is one of the parts an aggregate stated before it on its line breaks into (aggregate_whole)."""
    return aggregate_whole(info, m) is not None


def part_roles(infos: list[LineInfo]) -> None:
    """A field's part of a budget aggregate (`…関係予算…22兆9,749億円…これを各分野別に見ると、就業・所得分野13兆2,242億円`)
    that no rule gave a role takes its aggregate's: the money of that field summed over ministries, budgeted as the whole
    is (a white paper's measures), no programme's row; run after no_programme marked the wholes."""
    for info in infos:
        for m in info.amounts:
            if m.role == "other" and m.role_source == "fallback" and (whole := aggregate_whole(info, m)) is not None \
                    and whole.role in BUDGET_ROLES:
                m.role, m.role_source, m.fy, m.total_of = whole.role, "aggregate", m.fy or whole.fy, m.total_of or "(aggregate)"


def aggregate_whole(info: LineInfo, m: Mention) -> Mention | None:
    """The aggregate stated before the figure on its line that the figure is one of the parts of (`関係予算…22兆9,749億円…これを
    各分野別に見ると、就業・所得分野13兆2,242億円、…`): the figures right after the aggregate, up to the one that brings their
    sum to it, are the money of fields summed over ministries too, no programme's row. Figures that do not add up to the
    aggregate, a part a programme's name owns (`関係予算は総額1兆円、うち治水事業6,000億円、…`) and a measure's part (`…関連予算は
    総額120億円で、住宅用太陽光発電設備導入支援に80億円`: no field's word, programs.json field_words) are left alone."""
    if m.program and might_name_program(m.program) or not _field_part(info, m):
        return None
    amounts = info.amounts
    first = bisect.bisect_left(amount_starts(info), m.start - _PART_REACH)  # a whole nearby only: a long line stays linear
    for k in range(first, bisect.bisect_left(amount_starts(info), m.start)):
        whole = amounts[k]
        if whole.end > m.start or not _positive(whole.max) or not whole.total_of \
                or (whole.total_of != "(aggregate)" and not aggregate_topic(info, whole)):
            continue
        if any(a is m for a in _closest_run(amounts[k + 1:k + 1 + _PARTS], whole.max)):
            return whole
    return None


#: how far before a part its aggregate's whole is looked for, and how many parts it may have
_PART_REACH, _PARTS = 400, 24


def amount_starts(info: LineInfo) -> list[int]:
    """The line's amounts' starts, sorted once per line (as prose_totals.figures_between keeps them)."""
    starts = info.memo.get("amount_starts")
    if not isinstance(starts, list):
        starts = info.memo["amount_starts"] = sorted(a.start for a in info.amounts)
    return starts


def _field_part(info: LineInfo, m: Mention) -> bool:
    """The words right before the figure (since the figure before it) end with a field's word (`就業・所得分野13兆2,242億円`)."""
    k = bisect.bisect_left(amount_starts(info), m.start) - 1
    before = info.amounts[k].end if k >= 0 and info.amounts[k].end <= m.start else 0
    words = info.norm[max(before, m.start - _TOPIC_REACH):m.start].rstrip(" \u3000、，,:：にはが約")
    return words.endswith(tuple(load("programs")["field_words"]))


def _closest_run(after: list[Mention], whole: float) -> list[Mention]:
    """The run of figures right after a whole whose sum comes closest to it, if within _SUM_SLACK of it; else none."""
    best: list[Mention] = []
    best_gap, total = whole * _SUM_SLACK, 0.0
    for n, a in enumerate(after, 1):
        if not _positive(a.max) or total > whole * (1 + _SUM_SLACK):
            break
        total += a.max
        if abs(total - whole) <= best_gap:
            best, best_gap = after[:n], abs(total - whole)
    return best


def _positive(v: object) -> bool:
    return isinstance(v, (int, float)) and v > 0


@lru_cache(maxsize=1)
def _class_name() -> re.Pattern[str]:
    """A class of the account as a whole name (totals.json no_programme class_spellings) after an issuer's word,
    `主要`/`主な`, or a clause that excludes or joins parts (`…を除いた`, `…を合わせた`; totals.json class_prefixes).
    Not the classes by kind alone (nature_classes: a supplementary's `人件費 26億円` for a pay revision is a row,
    fresh5c), nor a national half (`○ 公共事業 127,419,000 千円` heads a prefecture's item list: the budgets
    gold's row), nor `一般的な政策経費` (a ministry's request states it as one of its programmes: fresh3's gold
    row, fresh15a's false one)."""
    classes = load("totals")["no_programme"]
    words = sorted(classes["class_spellings"], key=len)
    alts = "|".join(map(re.escape, reversed(words)))
    pre = {k: "|".join(map(re.escape, v)) for k, v in classes["class_prefixes"].items()}
    return re.compile(rf"(?:[^、，,。]*(?:{pre['clause_ends']}))?(?:{pre['main']})?(?:{pre['issuer']})?(?:{alts})")


def class_name(name: str) -> bool:
    """The name is a class of the account alone (`普通建設事業`, `主要県単独事業`, `…を除いた政策的経費`): the figure is the class's
    whole, no programme's. A programme whose name ends with a class's word (`住宅リフォーム補助事業`) is not one."""
    return _class_name().fullmatch(name.strip(" \u3000")) is not None
