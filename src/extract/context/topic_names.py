"""The programme a sentence opens with as its topic: `中央グラウンド周辺整備事業として中央グラウンド整備工事、…に8億2千37万円計上しました`,
`さらに、防災ラジオの普及事業では、2,000台を追加購入するために1,760万円の予算増`: its only figure is that programme's.
A paragraph's topic also names a figure a later clause gives by a label alone (`…事業は…。事業費は1億円`), and a sentence's
topic the figure its clause gives by an expense class alone (`…改良は工事費で1億円を計上`)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .ceiling_lists import amounts_by_start
from .labels import LineInfo
from .line_parts import local_body, ministry
from .name_phrase import kind_words
from .programs import _token_tags, is_name, referring, strong
from .prose_totals import figures_between
from .prose_wholes import amount_starts
from .whole_clauses import whole_evidence


@lru_cache(maxsize=2)
def _topic_open(marks: str = "では|として") -> re.Pattern[str]:
    """A sentence that opens with the programme it is about, after a lead adverb if any (`さらに、…事業では、`: programs.json
    name_phrase lead_adverbs): `…整備事業として、…工事等に8億円計上`, `…事業では、…に3億円`; a paragraph's topic also by
    `は` (`水道料金の軽減事業は`)."""
    leads = "|".join(map(re.escape, load("programs")["name_phrase"]["lead_adverbs"]))
    return re.compile(rf"[ \u3000]*(?:(?:{leads})[、，,]?)?([^、，,。「」]{{2,40}}?)(?:{marks})[、，,]?")


def _paragraph_marks() -> str:
    """A paragraph's or a sentence's topic marks where a label or a class names its figure (`…事業は`, `…整備では`)."""
    return "|".join(map(re.escape, load("programs")["paragraph_marks"]))


def _programme_topic(words: str) -> str | None:
    """The topic's words after its subject, where they name a programme (a programme's word ends them) and no category."""
    name = _after_subject(words.strip())
    return name if strong(name) and is_name(name) and name not in load("programs")["generic"] and not referring(name) else None


#: how far a sentence's start or end is looked for around a figure
_SENTENCE_REACH = 200


def _sentence(info: LineInfo, m: Mention) -> tuple[int, int] | None:
    """Where the figure's sentence starts and ends, looked for nearby only (a long line stays linear); None where no
    sentence start is within reach (no topic to read)."""
    lo = max(0, m.start - _SENTENCE_REACH)
    stop = info.norm.rfind("。", lo, m.start)
    if stop < 0 and lo > 0:
        return None
    end = info.norm.find("。", m.end, m.end + _SENTENCE_REACH)
    return stop + 1, min(len(info.norm), m.end + _SENTENCE_REACH) if end < 0 else end


def topic_programme(info: LineInfo, m: Mention) -> str | None:
    """The programme a sentence opens with as its topic (`中央グラウンド周辺整備事業として中央グラウンド整備工事、…に8億2千37万円
    計上しました`): the figure's programme when it is the sentence's only figure and the topic names a programme (a
    programme's word ends it, programs.json) that is no category (`新規事業では、…`: generic); the works after it
    describe what the programme pays for."""
    bounds = _sentence(info, m)
    if bounds is None:
        return None
    start, end = bounds
    if figures_between(info, start, end) != 1:
        return None
    found = _topic_open().match(info.norm, start)
    if found is None or found.end() > m.start:
        return None
    return _programme_topic(found.group(1))


@lru_cache(maxsize=1)
def _label_clause() -> re.Pattern[str]:
    """A clause that says which figure follows and nothing more (`事業費は約`, `事業費約`, `予算額:`): programs.json
    name_phrase figure_labels, then a topic mark and a rounding word if any."""
    words = load("programs")["name_phrase"]
    labels = "|".join(map(re.escape, sorted(words["figure_labels"], key=len, reverse=True)))
    rounding = "|".join(map(re.escape, words["rounding"]))
    return re.compile(rf"[ \u3000]*(?:{labels})[ \u3000]*(?:は|:|：)?[ \u3000]*(?:{rounding})?[ \u3000]*")


def paragraph_topic(info: LineInfo, m: Mention) -> str | None:
    """The programme a paragraph opens with as its topic, for a figure its own clause gives by a label alone further on
    (`生活困窮者支援活動団体助成事業として、…に上限50万円までを費用助成。事業費約550万円を計上する。`, `水道料金の軽減事業は昨年に続き
    2回目。…。事業費は1億400万円。`): the label (`事業費`) points back to the work the paragraph is about. None where a budget's
    other figure stands between the topic and it (the label may be that one's), or the topic names no programme (a
    programme's word ends it; a body, `市長は`, is none)."""
    # (the label's clause looked for nearby only, the amounts between topic and figure by bisection: a long line stays linear)
    at = max(info.norm.rfind(c, max(0, m.start - _SENTENCE_REACH), m.start) for c in "。、，,") + 1
    if at == 0 or not _label_clause().fullmatch(info.norm, at, m.start):
        return None
    found = _topic_open(_paragraph_marks()).match(info.norm)
    if found is None or found.end() > at:
        return None
    starts, ordered = amounts_by_start(info)
    for a in ordered[bisect.bisect_left(starts, found.end()):]:
        if a.start >= m.start:
            break
        if a.role in ("budget", "supplementary_budget"):
            return None
    return _programme_topic(found.group(1))


def class_topic(info: LineInfo, m: Mention, target: str | None) -> str | None:
    """The work a sentence opens with as its topic, for its only figure whose clause names an expense class alone
    (`道路新設改良は工事費で1億5149万円を計上`, `中学校整備では、…に向けて、工事費1500万円を確保`; outline.json
    breakdown_words): the class says what the money buys, the topic whose budget it is. None where the target is no
    class, the sentence holds another figure, or its topic is no work's name (a body, an account, a class)."""
    bounds = _sentence(info, m) if target in load("outline")["breakdown_words"] else None
    if bounds is None or figures_between(info, *bounds) != 1:
        return None
    found = _topic_open(_paragraph_marks()).match(info.norm, bounds[0])
    if found is None or found.end() > m.start:
        return None
    name = _after_subject(found.group(1).strip())
    if not is_name(name) or referring(name) or name in load("outline")["breakdown_words"] or local_body(name) \
            or ministry(name) or whole_evidence(name):
        return None
    return name


def _after_subject(words: str) -> str:
    """The topic's words after the sentence's subject (`長官は主な事業として`: `主な事業`, Sudachi's binding particle `は`):
    who speaks is no part of the programme's name."""
    if "は" not in words:
        return words
    at, cut = 0, 0
    for surface, tag in _token_tags(words):
        at += len(surface)
        if surface == "は" and tag.startswith("助詞-係助詞"):
            cut = at
    return words[cut:].strip()


#: a list segment opening with its subject: `観光イベント開催事業が…で`, `受託事業が`
_SUBJECT = re.compile(r"[ \u3000]*([^、，,。「」がはをにで\s]{2,40}?)が(?!ら)")


def segment_subject(info: LineInfo, m: Mention) -> str | None:
    """The programme a figure's own list segment opens with as its subject (`新年度の支出は、観光イベント開催事業がつばめ桜まつり
    と酒呑童子行列で1720万7650円、受託事業が…で810万円、…運営費が1602万円などとした`): the segment is the last comma's piece
    of the words since the figure before it (or the sentence's start); its subject before `が` names a programme (a
    programme's word ends it). A body as the subject (`市が1億円を計上`) or a clause's subject further in is none."""
    lo = max(0, m.start - _SENTENCE_REACH)
    k = bisect.bisect_left(amount_starts(info), m.start) - 1  # the figure before it (a long line stays linear)
    before = info.amounts[k].end if k >= 0 and info.amounts[k].end <= m.start else 0
    start = max(before, info.norm.rfind("。", lo, m.start) + 1, lo)
    piece = re.split(r"[、，,]", info.norm[start:m.start])[-1]
    found = _SUBJECT.match(piece)
    if found is None:
        return None
    name = found.group(1)
    return name if strong(name) and is_name(name) and not referring(name) and name not in load("programs")["generic"] else None


@lru_cache(maxsize=1)
def _series_topic() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An answer's topic, the budget it is about (`オリンピック・パラリンピック関連予算ですが、`, `…予算については、`), and the
    budget's word that closes it (`…関連予算`, `…事業の予算`): programs.json series_topic."""
    words = load("programs")["series_topic"]
    ends = "|".join(map(re.escape, words["ends"]))
    return re.compile(rf"([^、，,。「」\s]{{2,40}}?)(?:{ends})$"), re.compile(words["budget_word"])


def year_series(info: LineInfo, m: Mention) -> str | None:
    """The budget a sentence opens with as its topic, over a run of figures each said by its year alone (`…関連予算ですが、
    平成27年度7,400万円、平成28年度は5億946万円、平成29年度は…`): each figure is that programme's budget of its year (a row a
    year). A body's or an account's budget as the topic (`市の予算ですが`, `一般会計予算は、`) names none: a whole; a figure
    said with more than its year keeps its reading."""
    bounds = _sentence(info, m)
    if bounds is None:
        return None
    start, end = bounds
    words = re.split(r"[、，,]", info.norm[start:m.start], maxsplit=1)[0].split()
    topic, budget_word = _series_topic()
    found = topic.search(words[-1]) if words else None
    if found is None or not budget_word.search(found.group(1)):
        return None
    name, core = found.group(1), budget_word.sub("", found.group(1))
    if len(core) < 2 or not is_name(core) or referring(core) or whole_evidence(core) or _bodys(core):
        return None
    said = [a for a in info.amounts if start <= a.start < end and _year_alone(info, a)]
    return name if m in said and len(said) >= 2 else None


def _bodys(core: str) -> bool:
    """The words open with a body or say a budget's kind (`外務省当初`, `市`, `県補正`): a body's budget level, no programme's."""
    return any(local_body(core[:k]) or ministry(core[:k]) for k in range(1, len(core) + 1)) \
        or any(w in core for w in kind_words())


def _year_alone(info: LineInfo, m: Mention) -> bool:
    """The figure's clause is its year alone (`、平成28年度は5億946万円`): nothing but a fiscal year and its `は` before it."""
    k = bisect.bisect_left(amount_starts(info), m.start) - 1
    before = info.amounts[k].end if k >= 0 and info.amounts[k].end <= m.start else 0
    start = max(before, max(info.norm.rfind(c, 0, m.start) for c in "、，,。") + 1)
    years = info.years_within(start, m.start)
    if len(years) != 1:
        return False
    return not (info.norm[start:years[0].start].strip() or info.norm[years[0].end:m.start].strip(" \u3000は"))
