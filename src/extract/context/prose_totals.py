"""Budget figures in running text that no rule names: the whole of the sentence's subject, no programme's row.

A sentence states a programme's budget by naming what the money is spent on (`…工事に1億7300万円`, `「町有林造林事業」
に…を計上`, `…を支援する予算は…213億円`: prose_roles.appropriation_name and the item rules name those). A budget
figure of a sentence that names no such work states the budget of the sentence's subject: an account or the whole
(`補正後の予算額は608億円となる`), a ministry's budget over several years (`外務省当初予算は、令和3年度7097億円、…`),
the whole before a supplementary (`予算現計額382億円に、…を追加し`), a cumulated total (`…との累計額は329億円規模`), a
national class (`一般歳出には、5,819億円を計上`). Seen in the news articles, speeches, bills and essays of many
issuers (fresh3, older heldout): those are totals (`total_of`), kept in amounts, never budgets rows (issue 21: totals
are not programmes). A figure on a name line, an item line or a table row is no sentence: the title and heading
rules still name it.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import LIST_TO, alternation
from .labels import LineInfo, label_role
from .name_phrase import figure_label
from .part_names import breakdown_topic, copula_name, listed_part, topic_part, without_figure_label
from .programs import is_name, referring, strong
from .prose_wholes import whole_after
from .qualifiers import threshold
from .request_verbs import reserve_named
from .revenue_subjects import revenue_topic
from .verb_forms import spellings
from .whole_clauses import CLAUSE as _CLAUSE
from .whole_clauses import REACH as _REACH
from .whole_clauses import (
    SPEECH_TOPIC,
    budget_class,
    compared_cut,
    named_label,
    names_whole,
    names_work,
    own_scheme_budget,
    placed_name,
    whole_evidence,
    whole_words,
)

#: a sentence's particles and endings: a line that holds a few of them, or a full stop, is running text
_SENTENCE_MARKS = re.compile(r"[はがをにでともへ][、，,]?|ます|した|する|なる|となって|おり")
#: how many particles make a line read as a sentence where it has no full stop (a wrapped line of a speech)
_MARKS_IN_SENTENCE = 3
#: a line that opens with a particle goes on with a sentence of the line above
_CONTINUED = re.compile(r"\s*(?:として|[をにはがでと])")


def unnamed_in_prose(info: LineInfo, m: Mention) -> bool:
    """The figure stands in a sentence (its line has a full stop, or a few particles around the figure)."""
    if _CONTINUED.match(info.norm):
        return False  # `として１億円を計上。`: the sentence began on the line above, which names what the figure is for
    window = info.norm[max(0, m.start - _REACH):m.end + _REACH]
    if "。" in window:
        return True
    rest = window.replace(m.text, " ")
    return len(_SENTENCE_MARKS.findall(rest)) >= _MARKS_IN_SENTENCE




def unnamed_total(info: LineInfo, m: Mention) -> str | None:
    """What the figure is the whole of, when its sentence says so (_whole_evidence): the clause before it, else the
    sentence's topic, else the sentence before it; None where nothing names a whole (`このうち3億円`, `国に2億円`): the
    title or the heading over the sentence names the figure then."""
    start = info.norm.rfind("。", max(0, m.start - _REACH), m.start) + 1
    at = max(start, m.start - _REACH)
    before = info.norm[at:m.start]
    if (part := _PART_OF.search(before)) is not None and figures_between(info, at, at + part.start()):
        # `総額1兆2千億円のうち、…には5556億円`: the whole, stated as a figure, is what this figure is a part of (not
        # `令和6年度予算のうち、非公共は…`, `…1070件の事業のうち`: no whole figure, the clause's own words decide)
        before = before[part.end():]
    if figure_label(before.strip(" 　約(（:：")):
        return None  # `…人材を育成する。予算額(2,012千円)`: a field of the item or heading the sentence stands under
    before = compared_cut(before)  # (`…は、前年度の当初予算額82億円を上回る97億円`: the label is last year's figure's)
    parts = [p.strip(" 　約") for p in _CLAUSE.split(before)]
    clause, topic = parts[-1], parts[0]
    if breakdown_topic(topic):
        return None  # `予算の主な内訳は、「…」の事業費が94億円、…`: the parts of the budget the topic names, none the whole
    spoken = next((p for p in reversed(parts) if p), "")  # `…につきましては、一兆…円`: the topic before the comma
    if SPEECH_TOPIC.search(spoken) and budget_class(SPEECH_TOPIC.sub("", spoken)):
        return spoken  # `地方交付税については16.0兆円`, `科学技術振興費につきましては、…`: a class a minister's speech reports
    if named_label(clause) or own_scheme_budget(clause):
        return None  # `1. 観光物産振興事業 (公益目的事業1) 予算総額 101,718千円`, `本事業の予算額は`: the programme's own budget
    return next((t for t in (clause, topic, before.strip(" 　約、，,")) if t and whole_evidence(t)), None) or whole_after(info, m)


#: the whole a figure is a part of, named before it (`総額…のうち、`, `このうち`): the words after it say what the part is
_PART_OF = re.compile(r"うち[、，, 　]*(?!.*うち)")


#: a sentence's opening topic: `Xは、`, `Xが`, `Xの予算額は`, `Xについては` (what the sentence's figure is the budget of)
_OPEN_TOPIC = re.compile(r"[ \u3000]*([^、，,。「」]{2,40}?)(?:の(?:予算額?|事業費|総事業費)[はが]|については|は|が)[、，,]?")



def figures_between(info: LineInfo, start: int, end: int) -> int:
    """How many of the line's amounts start in [start, end): by bisection over their starts, sorted once per line
    (a count per figure made a long line quadratic)."""
    starts = info.memo.get("amount_starts")
    if not isinstance(starts, list):
        starts = info.memo["amount_starts"] = sorted(a.start for a in info.amounts)
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)

def topic_name(info: LineInfo, m: Mention) -> str | None:
    """The programme a sentence's opening topic names (`保育所整備事業は、1,200万円を計上`, `保育所整備事業の予算額は
    1,200万円です`): a name that says it is a programme (programs.json suffixes), no category, no referring word."""
    start = info.norm.rfind("。", max(0, m.start - _REACH), m.start) + 1
    end = info.sentence_end(m.end)
    if figures_between(info, start, end) != 1:
        return None  # `公共事業は…8,222億円、非公共事業は…1兆8,303億円`: each figure has its own clause's topic
    found = _OPEN_TOPIC.match(info.norm, start)
    if found is None or found.end() > m.start:
        return None
    name = found.group(1).strip()
    ok = strong(name) and is_name(name) and not referring(name) and name not in load("programs")["generic"]
    return copula_name(info.norm[found.end():m.start]) or (name if ok else None)  # (`最大の事業は…の建替えで、12億円`)


#: what ends a prose figure's target before it: the particle that says what the money goes to (`…工事に1億円`,
#: `…費用には1001万円`, `…予算として531億円`), or nothing after a noun (`…への運営費負担金5千万円を計上`)
_TARGET_END = re.compile(r"(?:には|にも|へは|に|として)[ \u3000]*計?$")
#: a noun's last character (kanji, katakana, a closing bracket or quote) right before a figure
_NOUN_END = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー々)）」>＞]$")
@lru_cache(maxsize=1)
def _verbs() -> tuple[str, ...]:
    """The appropriating verbs (roles.json prose.appropriate, the one list), also without okurigana (verb_forms)."""
    return spellings(tuple(load("roles")["prose"]["appropriate"]))


def _copula() -> str:
    """The copula closing a figure the noun before it names (minutes: `第一は医療制度調査費千四百十五万九千円でございますが`):
    roles.json clause_roles.stated_by's copulas (its words opening with `で`; the rest are topics, `につきまして`)."""
    return alternation(w for w in load("roles")["clause_roles"]["stated_by"] if w.startswith("で"))


@lru_cache(maxsize=1)
def _after_noun() -> re.Pattern[str]:
    """What follows a figure the noun before it names: an appropriating verb, a clause's or a list's mark (`…2億円と…1億円`),
    a list's close (`…繰出金151万円等の他、`), a speech's copula (`…千四百十五万九千円でございますが`)."""
    verbs, marks = "|".join(map(re.escape, _verbs())), rf"[、，,。▽―]|{LIST_TO}"
    return re.compile(rf"\s*(?:等|など)?\s*(?:(?:を[^、。]{{0,6}}?)?(?:{verbs})|{marks}|の(?:他|ほか)[、，,]|{_copula()})")


def prose_target(info: LineInfo, m: Mention, head: str) -> str | None:
    """The words that name what a sentence's budget figure is spent on (`head`: the text before the figure back to the
    figure before it): the words before `に`/`には`/`として`, or the noun phrase right before the figure when an
    appropriating verb or a list's mark follows it; None where the figure follows no such target."""
    head = head.rstrip(" 　約、，,")
    level = _LEVEL_TOPIC.search(head)
    if level is not None and purpose_budget(level.group(1)):
        return level.group(1)  # `…活動の支援のための予算は、25%増の154億円`: the topic names the work
    found = _TARGET_END.search(head)
    if found is not None and found.group() != "として" and not _spent_after_ni(info, m, head):
        return None  # `来年度に2億円を繰り越す`, `財源には、…交付金に6億円`: a date, a source, another verb's object
    if found is not None and (found.group() != "として" or _AS_SUBJECT.match(info.norm, m.end)):
        target = head[:found.start()]
    elif _NOUN_END.search(head) and (_after_noun().match(info.norm, m.end) or head.lstrip().startswith(_LIST_MARK)):
        target = head
    elif (by := _BY_WORK.search(head)) is not None and by.group(1).endswith(_name_endings()) and appropriating_verb(info, m):
        target = by.group(1)  # `…災害復旧工事で3930万円、…導入に関する経費で852万円を盛り込みました`: the work the figure is for
    elif (subject := _SUBJECT.search(head)) is not None and _LISTED.match(info.norm, m.end) \
            and (strong(work := without_figure_label(subject.group(1))) or work.endswith("」")):
        # `…要求額は、森林整備事業が1,489億円、治山事業が740億円で`: each work its figure's subject; `…の「…プログラム」の事業費が
        # 94億円、`: the quoted work whose cost the figure is
        target = work
    elif (obj := _OBJECT.search(head)) is not None and _verb_next(info, m):
        target = obj.group(1)  # `空き家対策の補助金を460万円計上`, `…交付金を236億円要求して`: the verb's object, the figure its amount
    elif (passive := _goes_to().match(info.norm, m.end)) is not None:
        target = passive.group(1)  # `このうち257億円余りが防災・減災のためのインフラ整備に充てられ`: the work after the figure
    elif (part := listed_part(info.norm, m.start, head)) is not None:
        target = part  # `主な内訳は、無償資金協力1605億円(62億円減)、…`: each part of the breakdown names its figure
    elif (topic := topic_part(info.norm, m.end, head)) is not None and names_work(topic):
        target = topic  # `…、任意拠出金は274億円(37億円増)。`: the clause's topic, a work (no whole, label or ministry)
    else:
        return None
    target = _CONJUNCTION.sub("", target)  # `…見舞金200万円と町内の…見舞金70万円を`: the list's conjunction
    return None if names_whole(target) or referring(target.strip()) else target  # `本事業に`: the title names it


#: a list's conjunction opening a target (`と町内の…`, `や「…」`), not a name's own kana (`とちぎ…`, `やまびこ…`)
_CONJUNCTION = re.compile(r"^[とや](?![\u3041-\u309f])")


def _spent_after_ni(info: LineInfo, m: Mention, head: str) -> bool:
    """A figure after `…に` is spent on that work: no date, no revenue topic, an appropriating verb or none."""
    return not date_target(head) and not revenue_topic(info, m) and appropriating_verb(info, m)


def goes_to(info: LineInfo, m: Mention) -> bool:
    """The figure is the subject of a passive that names the work it goes to (`12億円が河川の浚渫に使われる`)."""
    return _goes_to().match(info.norm, m.end) is not None


@lru_cache(maxsize=1)
def _goes_to() -> re.Pattern[str]:
    """The figure as the subject of a passive that names the work it goes to after it (`N円余りが…整備に充てられ`,
    `…に使われる`): an appropriating verb's passive, or `使わ`."""
    verbs = "|".join(map(re.escape, (*_verbs(), "使わ")))
    return re.compile(rf"\s*(?:余り?|程度)?\s*が\s*([^、。，,]{{2,40}}?)に(?:{verbs})")
#: a work before `で` right before its figure (`…災害復旧工事で3930万円`): the means the figure is for
_BY_WORK = re.compile(r"(?:^|[、，,。]|は)[ \u3000]*([^、，,。はがをで]{2,40})で$")


@lru_cache(maxsize=1)
def _name_endings() -> tuple[str, ...]:
    return tuple(load("program_names")["name_endings"])


#: a work as the subject of its figure in a list of works and figures with no verb (`森林整備事業が1,489億円、治山事業が…`)
_SUBJECT = re.compile(r"(?:^|[、，,。]|は)[ \u3000]*([^、，,。はがを]{2,40})が$")
#: the object of an appropriating verb that follows the figure right after it (`…の補助金を460万円計上`)
_OBJECT = re.compile(r"(?:^|[、，,。]|は)[ \u3000]*([^、，,。はがを]{2,40})を$")


def _verb_next(info: LineInfo, m: Mention) -> bool:
    """An appropriating verb follows the figure at once (`…を460万円計上`, `…を236億円要求して`)."""
    at = _FIGURE_TAIL.match(info.norm, m.end).end()  # type: ignore[union-attr]
    return info.norm.startswith(_verbs(), at)


_LISTED = re.compile(r"[ \u3000]*(?:等|など)?(?:[、，,。]|で[、，,]|と)")  # (`…事業が14億円など。`: the list's last)
#: `…予算として531億円が要求`, `…経費として1650万円を盛った`: the figure `として` names is the sentence's subject or object
#: (not `…経費として566億円の増額補正`, the share of a supplementary a class of expenses makes)
_AS_SUBJECT = re.compile(r"\s*(?:等|など)?\s*[をが]")


#: what may stand between a figure and its clause's end or its verb: a rounding or a list's `等`
_FIGURE_TAIL = re.compile(r"[ \u3000]*(?:余り?|程度|等|など)?[ \u3000]*")
#: marks that end a figure's clause with no verb (`…工事に1億円。`, `…に2億円▽…`, `…に3億円―`, a quote's `…に6億円」をあげた`)
_NO_VERB_END = "。▽―」』"
#: the particle that makes the figure its verb's object or subject (`…を充てる`, `…が計上され`, `…も盛り込んだ`), or quotes
#: it as the verb's amount (`…に10億円と増額要求`)
_ARGUMENT = re.compile(r"[をがもと]")
#: the close of the bracket a last figure stands in (`(72億円)を要求`), if any
_CLOSING = re.compile(r"(?:[)）][ \u3000]*)?")
#: a figure's own note in brackets right after it (`(同 2億3300万円)`, `(前年度当初予算額 9億1000万円)`)
_NOTE = re.compile(r"[(（][^()（）。]{1,40}[)）][ \u3000]*")
#: how many characters may stand between the particle and the verb (`を新たに計上`)
_VERB_REACH = 8


def _governs(text: str, verbs: tuple[str, ...]) -> bool:
    """`text` (what follows a figure) opens with `を`/`が`/`も` and one of the verbs a few words after it, or with the verb
    itself (`…事業に1千3百94万円計上しました`)."""
    if not _ARGUMENT.match(text):
        return text.startswith(verbs)
    rest = text[1:].lstrip("、，, ")  # (`…に10億円余りを、それぞれ盛り込んでいます`: the objects' shared verb after a comma)
    window = re.split(r"[、。，,]", rest[:_VERB_REACH])[0]
    return any(v in window for v in verbs)


def appropriating_verb(info: LineInfo, m: Mention, verbs: tuple[str, ...] | None = None) -> bool:
    """The figure ends its clause with no verb (`…工事に1億円。`, `…事業に2億円▽…`), or the verb that governs it is an
    appropriating one (roles.json prose.appropriate, the one list: `…に2億円を充てる`, `…に3億円が計上され`); a figure
    listed with `、` is governed by the sentence's final verb (`…に3億円、…に2億円を計上`). An allow-list: `…に5億円を
    繰り越す`, `…に80億円がかかる`, `…に1万円を配る`, `…に10億円を融資する` appropriate nothing."""
    verbs = spellings(verbs) if verbs else _verbs()
    text = info.norm
    if reserve_named(info, m):  # a reserve's use in its sentence (`予備費から…農家の支援にも40億円を支出した`)
        verbs = (*verbs, *spellings(tuple(load("roles")["prose"]["reserve_uses"])))
    at = _FIGURE_TAIL.match(text, m.end).end()  # type: ignore[union-attr]
    if (note := _NOTE.match(text, at)) is not None:
        at = note.end()  # `…整備に7億円(同 2億円)を増額要求`: the figure's bracketed note stands between it and its verb
    if at >= len(text) or text[at] in _NO_VERB_END:
        return True
    if text.startswith(("を、", "を，", "を,"), at):
        at += 1  # `…に3億円を、…に4千万円を計上`: objects that share the sentence's verb
    if text[at] not in "、，,":
        return _governs(text[at:], verbs) or _stated_content(text, m, at)
    end = text.find("。", at, at + _REACH * 2)
    end = end if end >= 0 else min(len(text), at + _REACH * 2)
    last = max((a.end for a in info.amounts if at <= a.start < end), default=None)
    if last is None:  # the clause goes on with no figure: its verb is somewhere in the rest of the sentence
        return any(v in text[at:end] for v in verbs)
    tail = _FIGURE_TAIL.match(text, last).end()  # type: ignore[union-attr]
    tail = _CLOSING.match(text, tail).end()  # type: ignore[union-attr]  # (`…に85億円(72億円)を要求`: the note's close)
    return tail >= end or text[tail] in _NO_VERB_END or _governs(text[tail:end], verbs) or _stated_content(text, m, tail)


#: a sentence's topic: its words up to the first `は` (`補正予算の内容は、`)
_SENTENCE_TOPIC = re.compile(r"[^、，,。]{1,40}?は[、，,]?")


def _stated_content(text: str, m: Mention, tail: int) -> bool:
    """A list of works and their figures closed by a copula in a sentence whose topic is a budget (`補正予算の内容は、…事業に
    約1億円、…事業に2億1千万円となっています`): the copula states what the budget holds (roles.json prose.content_copulas)."""
    if not text.startswith(tuple(load("roles")["prose"]["content_copulas"]), tail):
        return False
    start = text.rfind("。", max(0, m.start - _REACH * 2), m.start) + 1
    topic = _SENTENCE_TOPIC.match(text, start)
    return topic is not None and label_role(topic.group()) is not None


@lru_cache(maxsize=1)
def _date_target() -> re.Pattern[str]:
    return re.compile(load("roles")["prose"]["date_target"])


#: the words a figure is spent on, back to the clause's start: `…、道路整備に`, `…では、窓口のキャッシュレス化に`
_TARGET_BEFORE = re.compile(r"([^、，,。▽]*?)(?:には|にも|に)[ \u3000]*(?:計|約)?[ \u3000]*$")


def date_target(before: str) -> bool:
    """The words before `に` are a date or a fiscal year (`来年度に5億円`, `4月に3億円`, `令和6年度に12億円`): when the money
    moves, never what it is spent on."""
    found = _TARGET_BEFORE.search(before)
    return found is not None and _date_target().search(found.group(1).strip(" \u3000約")) is not None


#: the work's last character right before `に` or `として`: a noun (`…工事に`, `…(拡充)に`, `…開発費として`, `…への支援として`)
_WORK_BEFORE = re.compile(r"(?:(?:[\u4e00-\u9fff\u30a0-\u30ffー々)）」][ \u3000]*|など|等)(?:には|にも|に|として[、，,]?))"
                          r"[ \u3000]*(?:それぞれ)?[ \u3000]*(?:計|約)?[ \u3000]*$")  # (`…事業にもそれぞれ40億円、36億円`)
#: a list's item mark before the work (`▽…事業 230万円`, `…事業12万円▽`): a newspaper's list of programmes
_LIST_MARK = "▽"


def spent_on(info: LineInfo, m: Mention, reach: int = 60) -> bool:
    """The figure closes a clause that names the work it is spent on: `…工事に1億7300万円。`, `…費用には1001万円を計上`,
    `…事業費に492万円▽…`, or an item of a `▽` list (`▽町長選挙執行経費2146万円▽`); its verb is an appropriating one or
    none (appropriating_verb), the work no date (`来年度に`), the sentence's topic no revenue (revenue_topic). Under a
    budget label (the caller's scope), such a figure is an appropriation of the scope's kind."""
    if m.per is not None or "at_most" in m.qualifiers or threshold(info.norm, m):  # `36億円余りが計上` is no threshold
        return False
    if not appropriating_verb(info, m) or revenue_topic(info, m):
        return False
    before = info.norm[max(0, m.start - reach):m.start]
    if _WORK_BEFORE.search(before):  # (`…への支援として4億円`: any work's noun; `補助上限として`, `1人当たり…として`: a grant's)
        return not date_target(before) and not any(w in re.split(r"[、，,。]", before)[-1] for w in load("roles")["support_own"])
    segment = before.rsplit(_LIST_MARK, 1)
    listed = len(segment) == 2 or info.norm[m.end:m.end + 1] == _LIST_MARK
    return listed and bool(_NOUN_END.search(segment[-1].rstrip(" 　約"))) and not names_whole(segment[-1])


@lru_cache(maxsize=1)
def _purpose_budget() -> re.Pattern[str]:
    """A budget its words tie to a purpose or a work (roles.json prose.purpose_ends: `…のための予算`, `…を支援する予算`,
    `…に関係する予算`, `…に向けた予算`): one programme's budget, not the budget as a whole (`一般会計の予算規模`)."""
    ends = "|".join(map(re.escape, load("roles")["prose"]["purpose_ends"]))
    return re.compile(rf"(?:{ends})の?予算$")


#: a level's topic before its percent change (`Xは、25%増の`, `Xは前年度比3%減の`)
_LEVEL_TOPIC = re.compile(r"(?:^|[、，,。])([^、，,。]{2,60}?)は[、，,]?[^、，,。]{0,12}?[0-9.]+\s*%\s*(?:増|減)の$")


def purpose_budget(topic: str | None) -> bool:
    """The topic names one work's budget (see _purpose_budget); a level's words before its figure (`…予算は、37%増の`) are
    read for their topic."""
    if not topic:
        return False
    if placed_name(topic) is not None:
        return True  # `図書館改修事業は、来年度予算案に前年度比2千万円増の`: the work the sentence puts into the budget
    level = _LEVEL_TOPIC.search(topic.strip())
    core = level.group(1) if level is not None else topic
    core = core.strip().rstrip("はが、，, ")
    if _purpose_budget().search(core) is None:
        return False
    # `防衛省が要求した予算`, `国が地方に配分する予算`: a body's budget as the process made it (an agent with `が`, a
    # budget-process verb), the whole of that body's budget, no work's
    return "が" not in core and not any(v in core for v in load("roles")["prose"]["budget_process_verbs"])


#: how many non-blank lines above a figure alone its label line may stand (`総額` then `2兆3,090億円`)
_LABEL_LINES = 1


def labelled_whole(infos: list[LineInfo], i: int, m: Mention) -> str | None:
    """A figure alone on its line right under a line that is a whole's label and nothing else (a flattened chart's
    `総額` then `2兆3,090億円`, `合計` then `120億円`): that whole (GUIDE: totals are no programmes), else None."""
    info = infos[i]
    if info.norm[:m.start].strip():
        return None
    k, seen = i - 1, 0
    while k >= 0 and seen < _LABEL_LINES:
        label = infos[k].norm.strip(" 　:：■◆●○・【】[]")
        if label:
            seen += 1
            if not infos[k].mentions and label in whole_words():
                return label
        k -= 1
    return None


@lru_cache(maxsize=1)
def _rate_before() -> re.Pattern[str]:
    units = "|".join(map(re.escape, load("roles")["foreign_currencies"]))
    return re.compile(rf"(?:^|[^0-9.,])1\s*(?:{units})\s*[=＝:：]?\s*約?\s*$")


def exchange_rate(info: LineInfo, m: Mention) -> bool:
    """The yen one unit of a foreign currency is worth (`※レート 1ドル120円`, `1ユーロ＝160円`): a rate a deck converts its
    figures by, no money budgeted (GUIDE: rates are no budget)."""
    return _rate_before().search(info.norm[max(0, m.start - 12):m.start]) is not None
