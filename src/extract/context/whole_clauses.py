"""What makes the words before a prose budget figure name a whole (an account, a side, a total's label, a class of the
budget) rather than a work (context/prose_totals.py reads them): the words' structure, not a whole's word anywhere in them
(`…実施設計` holds `計`, `…振興事業 予算総額` is a programme's own label, `…複合施設については` is a work a speech names)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import alternation
from .labels import LineInfo, label_role
from .ministry_names import named_ministry
from .name_phrase import noun_phrase, particles
from .programs import _token_tags, is_name, referring, strong
from .prose_wholes import class_topic

#: how far either side of the figure its sentence is read (a window: linear on long lines)
REACH = 120
#: the clause before the figure, its label (as totals._label_before, without the particles closing it)
CLAUSE = re.compile(r"[、，,。；;]")


@lru_cache(maxsize=1)
def whole_words() -> tuple[str, ...]:
    """The words that name an account, a side of it or a total (roles.json accounts, total_labels, account_sides)."""
    d = load("roles")
    sides = d["account_sides"]
    return (*d["accounts"], *d["total_labels"], *d["supplementary_total_labels"], *sides["revenue"], *sides["expenditure"])


def names_whole(target: str) -> bool:
    """The target names an account, a side of it or a whole (`一般歳出には`, `予算現計額に`, `補正後の予算額は`): the
    sentence states a total, no programme's budget. A one-character word (`計`) is a whole only as a word of its own
    (`部計`, `事業計`; not `…実施設計`, `統計`, `家計`: Sudachi's last token is another word)."""
    core = target.strip(" 　、，,")
    words = [w for w in whole_words() if core.endswith(w)]
    if not words:
        return False
    word = max(words, key=len)
    return len(word) > 1 or len(core) == 1 or _token_tags(core)[-1][0] == word


#: the formal topic of a minister's explanation or press conference (the finance ministry's supplementary explanation, a
#: minister's press conference): `Xにつきましては`, `Xについては`; X is a class the whole budget reports, unless a programme
SPEECH_TOPIC = re.compile(r"(?:につきましては|については)$")

def whole_evidence(text: str) -> bool:
    """The words name a whole: an account or a total's label at their end (`一般歳出には`, `予算現計額に`), a whole's word
    (roles.json prose.whole_evidence: `累計額`, `所管合計`), a budget's label (`補正後の予算額は`, `外務省当初予算は`), or a
    local class of expense alone (totals.json no_programme expenditure_classes, nature_classes: `扶助費は`)."""
    # (`歳入歳出にそれぞれ`: a bill adds the same sum to both sides, the whole supplementary)
    core = text.strip(" 　約、，,").removesuffix("それぞれ").removesuffix("は").removesuffix("に").removesuffix("が")
    classes = load("totals")["no_programme"]  # (`扶助費は68億円`, `民生費は40億円`: a class of the budget alone, its total)
    return names_whole(core) or any(w in text for w in load("roles")["prose"]["whole_evidence"]) or label_role(text) is not None \
        or core in classes["expenditure_classes"] or core in classes["nature_classes"] or class_topic(text) is not None


#: a scheme's own budget stated by its label (`本事業の予算額は`, `助成金の予算額は`, `6. 同事業の当初予算額は`): the owner
#: before the label, an item's number before it allowed
_OWN_BUDGET = re.compile(r"(?:[(（]?[0-9０-９]{1,2}[.．、)）][ \u3000]*)?(.{1,8}?)の(?:当初)?予算(?:総額|額)?[はが]?")


def own_scheme_budget(topic: str) -> bool:
    """The topic labels the budget of the scheme the deck is about, named by a word that points back to it (`本事業`,
    `同事業`: programs.json referring, not `各事業`, `両事業`, which name several) or by its kind alone (roles.json
    prose.own_scheme_words: `助成金の予算額は600万円で、…`): that scheme's budget, the title or heading names it, no
    whole. An organisation's or an account's budget (`本学術振興会の予算額は`, `補正後の予算額は`) stays a whole."""
    found = _OWN_BUDGET.fullmatch(topic.strip(" 　、，,約"))
    if found is None:
        return False
    owner = found.group(1)
    return (referring(owner) and not owner.startswith(("各", "両"))) or owner in load("roles")["prose"]["own_scheme_words"]


def names_work(topic: str) -> bool:
    """A topic names a work of its own: no whole's or account's words, no budget label (`…ODA予算は`), no ministry alone, no
    class of the budget (`非公共は1,096億円`, `公共事業は…`: roles.json owned_figures class_ends, a class or its short form)."""
    short = topic.removeprefix("非")
    classes = load("roles")["owned_figures"]["class_ends"]
    return not whole_evidence(topic) and named_ministry(topic) is None and topic not in load("programs")["generic"] \
        and not any(c.startswith(short) for c in classes)


def budget_class(topic: str) -> bool:
    """A speech's topic is a class the budget reports (`防衛関係費`, `地方交付税`, `公債費`: a cost or a revenue class, totals.json
    own_figure_ends; a revenue class's word in it: financing_ends) or a whole, and no programme; not a work or a
    facility (`…新設する複合施設については`: the work the figure is spent on)."""
    core = topic.strip(" 　、，,").removeprefix("また").strip(" 　、，,")
    if not core or strong(core):
        return False
    totals = load("totals")
    return core.endswith(tuple(totals["own_figure_ends"])) or any(w in core for w in totals["no_programme"]["financing_ends"]) \
        or whole_evidence(core)


#: a bracketed note inside a clause (`(公益目的事業1)`, `(人件費を除く)`): no part of a name or a label
_NOTE_IN = re.compile(r"[(（][^()（）]{0,30}[)）]")
#: a particle in the label: the words go on as a clause (`…事業の予算を`), no label set beside a name
_PARTICLE = re.compile(r"[のをにがはでと]")
#: how long a budget label after a programme's name may be (`予算総額`, `当初予算額`, `支出予算`)
_LABEL_LEN = 6


def named_label(clause: str) -> bool:
    """The clause is a programme's name and then its budget label (labelled_programme)."""
    return labelled_programme(clause) is not None


#: a list's item number inside the words before a label (`Ⅰ. …計画 1. 観光物産振興事業`): the last item is the name
_ITEM_NUMBER = re.compile(r"(?:^|[ \u3000])(?:[0-9０-９]{1,2}[.．]|[(（][0-9０-９]{1,2}[)）]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[.．])[ \u3000]*")


def labelled_programme(clause: str) -> str | None:
    """The programme a clause names when it is a programme's name (programs.json suffixes: `…事業`, `…交付金`) and then a
    budget's or a whole's label, nothing else (`(1) 誘客促進事業支出予算`, `1. 物産振興事業 (公益目的事業1) 予算総額`): that
    programme's budget, no whole; None for a class of the budget before the label (`公共事業予算総額`: roles.json
    owned_figures class_ends) or a label that goes on as a clause."""
    core = _NOTE_IN.sub("", clause).strip(" 　:：")
    ends = load("programs")["suffixes"]
    at = max((core.rfind(w) + len(w) for w in ends if w in core), default=-1)
    if at < 0:
        return None
    name, label = core[:at].rstrip(), core[at:].strip(" 　:：")
    if not label or len(label) > _LABEL_LEN or _PARTICLE.search(label) \
            or not (label_role(label) is not None or label in whole_words()):
        # (`…事業の予算を8,000万円から…`: a clause of its own, the label a noun the sentence goes on with)
        return None
    if name.endswith(tuple(load("roles")["owned_figures"]["class_ends"])):
        return None
    return _ITEM_NUMBER.split(name)[-1].strip() or None


def label_owner(info: LineInfo, m: Mention) -> str | None:
    """The programme whose name stands right before the figure's budget label in its clause (`…1. 観光物産振興事業 (公益目的
    事業1) 予算総額 101,718千円`: whole_clauses.labelled_programme), else None."""
    start = info.norm.rfind("。", max(0, m.start - REACH), m.start) + 1
    clause = CLAUSE.split(info.norm[max(start, m.start - REACH):m.start])[-1].strip(" 　約")
    return labelled_programme(clause)


def spoken_work(info: LineInfo, m: Mention) -> str | None:
    """The work a speech's topic names right before the figure's clause (`…新設する複合施設については、5506万円を計上`), when it
    is no class of the budget (_budget_class), no referring word and no ministry: the figure is spent on it."""
    start = info.norm.rfind("。", max(0, m.start - REACH), m.start) + 1
    parts = [p.strip(" 　約") for p in CLAUSE.split(info.norm[max(start, m.start - REACH):m.start])]
    spoken = next((p for p in reversed(parts) if p), "")
    if not SPEECH_TOPIC.search(spoken):
        return None
    work = SPEECH_TOPIC.sub("", spoken).strip(" 　")
    if len(work) < 2 or budget_class(work) or referring(work) or named_ministry(work) is not None:
        return None
    return work


# -- a figure put INTO a budget document (issue 21, rows on prose shapes) ----------------------------------------
#: A sentence's budget figure put INTO a budget document (`…24年度予算案に500万円を計上`, `当初予算には…`) is the budget of
#: the work the sentence names, not that document's whole (issue 21, rows on prose shapes: news articles of towns, cities and
#: the state in three of eleven rounds at blind time left these figures `total_of` the document, without a row).
#:
#: A document's whole is its subject (`補正予算の総額は…`, `補正後の予算額は…`: prose_totals.unnamed_total); a document the
#: figure is put into (`に`, `には`, `へ`) is where the money goes, and the sentence names what it goes to: the words between
#: the document and the figure (`17年度予算案に測量や基本計画など約2200万円を計上`), else the sentence's topic
#: (`工事監理業務の委託費は24年度予算案に500万円を計上`, `来年度予算案に盛り込まれた一括交付金は、…762億円`). A sentence
#: that names no work keeps the document's whole (`補正予算に5億円を計上した。`).

@lru_cache(maxsize=1)
def _place() -> re.Pattern[str]:
    """A budget document named as the place a figure is put (roles.json prose.document_place)."""
    return re.compile(load("roles")["prose"]["document_place"])


#: a sentence's topic right before the place (`工事監理業務の委託費は`), or after the relative clause that puts it into the
#: document (`来年度予算案に盛り込まれた一括交付金は、`)
_TOPIC_BEFORE = re.compile(r"([^、，,。「」]{2,40}?)は[、，,]?[ \u3000]*$")
_TOPIC_AFTER = re.compile(r"^[^、，,。]*?(?:た|れる|する)([^、，,。]{2,40}?)は[、，,]")
#: a change against another year stated between the place and the figure (`前年度比2千万円増の`, `今年度より3億円多い`)
_CHANGE = re.compile(r"(?:前年度|前年|昨年度|今年度|当初)(?:比|より|に比べ(?:て)?)[^、，,。]{0,20}?(?:増|減|多い|少ない)の?$")
#: what closes the words between the place and the figure (`…など約`, `…等に`, `…として`); `など`/`等` lists the works
_BETWEEN_TAIL = re.compile(r"(?P<listed>など|等)?(?:に|として)?[ \u3000約]*$")


def _work(words: str) -> str | None:
    """The words as a work's name: a noun phrase that is a name, no whole's or account's words, no class of the budget
    alone (`扶助費`), no referring word (`これ`, `同事業`), no budget document itself."""
    name = noun_phrase(words.strip(" \u3000、，,"))
    classes = load("totals")["no_programme"]
    if not name or not is_name(name) or referring(name) or names_whole(name) or _place().search(name + "に") \
            or name in classes["expenditure_classes"] or name in classes["nature_classes"]:
        return None
    return name


def placed_work(info: LineInfo, m: Mention) -> str | None:
    """The work a sentence's figure is the budget of, where the sentence puts the figure into a budget document (the
    module's docstring); None where it does not, or names no work. Its sentence within REACH only (a full-stop-less line
    read from its start made a long line quadratic, and read an earlier sentence's document: test_long_lines)."""
    start = info.norm.rfind("。", max(0, m.start - REACH), m.start) + 1
    return placed_name(info.norm[max(start, m.start - REACH):m.start])


def placed_name(head: str) -> str | None:
    """placed_work on the words of the figure's sentence before it (`head`)."""
    place = next(reversed(list(_place().finditer(head))), None)
    if place is None:
        return None
    after = head[place.end():].lstrip(" \u3000、，,")  # (`12月補正予算には、除雪対策費など2億5千万円を追加`)
    if re.search(r"[、，,]", after):
        topic = _TOPIC_AFTER.match(after)  # `…予算案に盛り込まれた一括交付金は、今年度より…762億円`
        return _work(topic.group(1)) if topic is not None and _work_end(topic.group(1)) else None
    tail = _BETWEEN_TAIL.search(after)
    between = _CHANGE.sub("", after[:tail.start()] if tail else after)  # (`…予算案に前年度比2千万円増の1億円`: its level)
    if between and (between.endswith("で") or any(v in between for v in load("roles")["prose"]["appropriate"])):
        return None  # `…補正予算案に国費ベースで1兆円`: a basis; `…補正予算に計上した…関係の1兆円`: the clause refers to a sum
    if between and (whole_evidence(between) or not (_work_end(between) or tail and tail.group("listed"))):
        return None  # `…予算案に総額…`, `…補正予算案に過去最高の2701億円`: a whole, a record, no work named
    if between:
        return _work(between)  # `…予算案に新庁舎基本設計費約4500万円`, `…予算案に測量や基本計画など約2200万円`
    topic = _TOPIC_BEFORE.search(head[:place.start()])  # `工事監理業務の委託費は24年度予算案に500万円`
    return _work(topic.group(1)) if topic is not None and _work_end(topic.group(1)) else None  # (not `政府は`, `市は`)


def without_place(name: str | None) -> str | None:
    """A name a rule read from the sentence's start without the budget document it was put into (`来年度予算案に学校給食費の
    無償化に向けた経費`: the expense); the name as it is where nothing of it is left after the document."""
    if not name or (place := _place().match(name)) is None:
        return name
    return name[place.end():].lstrip(" \u3000、，,") or name


def budget_document(name: str) -> bool:
    """The words are a budget document alone (`来年度予算案`, `12月補正予算`): where money is put, no work's name."""
    return _place().fullmatch(name.strip() + "に") is not None


def _work_end(topic: str) -> bool:
    """A topic that ends as a programme's or an expense's own name does (programs.json suffixes and glued_work_ends, totals.json
    own_figure_ends and work_ends: `…整備事業`, `…の委託費`, `…改修工事`), not as an actor (`政府`, `市`) or a policy."""
    ends = (*load("programs")["suffixes"], *load("programs")["glued_work_ends"], *load("totals")["own_figure_ends"],
            *load("totals")["work_ends"])
    return topic.strip(" \u3000、，,").endswith(ends)


# -- a supplementary's change glued to the work it changes (issue 21, rows: rounds 14, 17, 19 at blind time) --------------
#: what follows a figure a supplementary changes a work by (`…1585万円増額補正`, `…5千万円の減額`, `…13億円を追加`)
_CHANGED = re.compile(r"[ \u3000]*(?:の|を)?(?:増額|減額|追加)")
#: what ties the work to its figure (`…事業費を前倒しで`, `…給付金の`, `…積立約`) and a list number before it (`1.`)
_CHANGED_TIE = re.compile(r"(?:を[^、。，,]{0,6}で|の|を)?[ \u3000約]*$")
_NUMBERED = re.compile(r"^[ \u3000]*[0-9]{1,2}[.．)）][ \u3000]*")


def changed_work(info: LineInfo, m: Mention) -> str | None:
    """The work a supplementary's change figure is glued to (`1.庁舎等整備事業 工事請負費1585万円増額補正`, `基金積立約8億円増額`,
    `…緊急支援給付金の5千万円減額`, `学校給食センター建設事業費を前倒しで13億円を追加`): the words of its clause before it where
    they end as a work's name (_work_end, roles.json prose.changed_work_ends); the figure is that work's change, not the
    supplementary's size (`一般会計 4億円を増額`, `…合わせると5千万円の増額`: no work named, a whole). None elsewhere."""
    if m.role not in ("budget", "supplementary_budget") or not _CHANGED.match(info.norm, m.end):
        return None
    start = max(info.norm.rfind(c, 0, m.start) for c in "、。，,") + 1
    name = _NUMBERED.sub("", _CHANGED_TIE.sub("", info.norm[start:m.start])).strip()
    ends = tuple(load("roles")["prose"]["changed_work_ends"])
    if not 3 <= len(name) <= 40 or referring(name) or names_whole(name) or not (_work_end(name) or name.endswith(ends)):
        return None
    return name


def compared_cut(before: str) -> str:
    """The words before a figure without the comparison with last year that ends them (`資源調査・評価の拡充は、前年度の当初
    予算額82億円を上回る` -> `資源調査・評価の拡充は、`; `一般会計は前年度比2.2倍の` -> `一般会計は`): the budget label inside the
    comparison is the earlier figure's, so it says nothing of what this figure is the budget of (roles.json prose
    compared_ends, previous_words). Words that end with no change, or whose comparison states no amount, are returned whole."""
    prose = load("roles")["prose"]
    if not _rounded_end().sub("", before, count=1).endswith(tuple(prose["compared_ends"])) and not _ratio_end().search(before):
        return before
    clause_start = max((b.end() for b in _CLAUSE_MARK.finditer(before)), default=0)  # (bounded: REACH)
    at = min((k for w in load("roles")["previous_words"] if (k := before.find(w, clause_start)) >= 0), default=-1)
    if at < 0 or not _STATED_AMOUNT.search(before, at):
        return before  # (`宇宙領域関連経費は前年度比12%増の`: a rate of change states no earlier figure whose label it is)
    kept = before[:at].rstrip(" 　")
    opens = next((w for w in prose["compared_opens"] if kept.endswith(w)), "")  # (`公共事業は対前年度比`: `対` opens it)
    return kept.removesuffix(opens).rstrip(" 　")


@lru_cache(maxsize=1)
def _ratio_end() -> re.Pattern[str]:
    """A ratio ending the words (`前年度比2.2倍の`, `…1.5倍の約`: roles.json prose compared_ratio)."""
    ratio = alternation(load("roles")["prose"]["compared_ratio"])
    return re.compile(rf"[0-9０-９.．]+{ratio}の?(?:[ 　]|{particles('rounding')})*$")


@lru_cache(maxsize=1)
def _rounded_end() -> re.Pattern[str]:
    """Spaces and a rounding word ending the words (`…増の約`: programs.json name_phrase rounding), read past."""
    return re.compile(rf"(?:[ 　]|{particles('rounding')})*$")


#: what closes a clause: a comma that is no figure's thousands separator (`1兆2,000億円`), a full stop
_CLAUSE_MARK = re.compile(r"[、，。]|,(?![0-9０-９])")
#: an amount the comparison states (the earlier figure or the difference: `82億円`, `100億円`), not a rate (`12%`)
_STATED_AMOUNT = re.compile(r"[0-9０-９][0-9０-９,，.．]*\s*(?:[兆億万千]\s*)*円")
