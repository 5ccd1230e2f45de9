"""A figure under a budget scope left `other` because no label stands on its line: what it is decides its role, from its own
words (open_figures.apply calls `role` for a figure the scope's rules left open).

Conventions of the fresh8a/b gold READMEs, each seen in decks of several issuers (news summaries of a ministry's budget
request, a city's supplementary):

- **A programme's own figure** (`観光統計の整備費が3億3千万円`, `「人間の安全保障の推進」に1457億円`, `日本政府観光局の運営費
  交付金は19億1千万円`, `「庁局署一般経費」の617億円で`, `…再生分野は3355億円で`): the figure's subject or target is a
  programme, an account's work or a field of the budget (a quoted name, or a name ending as a programme does: roles.json
  owned_figures.ends), so it is money of the scope's kind. A quantity of the world stays `other`: a name that ends as an
  expense class (`人件費が`), a statistic or a whole project's cost (`総事業費は`), a figure that names a noun after it
  (`N円の経済効果`), a change, a cap, a figure per unit, last year's (`前年度の事業費は`).
- **A list's sibling** (`…事業が19億円、国際会議等(MICE)の誘致・開催の促進が2億2千万円、…`): a figure that follows a budget
  figure of its sentence by `、` with the same particle before it is an item of the same list, of the same kind.
- **The supplementary named right after its figure** (`桑名市が26億2206万円補正案発表`, `総額248億円規模となる4月補正予算案`,
  `N円を増額する…一般会計補正予算案`): that supplementary's size.
- **A slide's summary flattened into one line** (`…補正予算の概要 公 1兆8,353億円 非 397億円 1.防災・減災、国土強靱化の推進
  1兆4,384億円 公 1兆4,266億円`): a figure after a budget figure with only a box's mark (`公`, `非`: public works or not) or a
  numbered item's name between them is the same kind of money (roles.json owned_figures_patterns.segment).
- **What a supplementary adds** (`一般会計に38億5578万円を追加計上`, `1,760万円の予算増`, `費用を1000万円計上`): under a
  supplementary's scope a figure an adding verb takes, no whole's word in its sentence (`補正後`, `総額`, `当初`), is the
  supplementary, not a budget.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import ceiling_headings, change_words, without_both_sides
from .labels import BUDGET_ROLES, LineInfo, label_role
from .programs import _token_tags
from .qualifiers import threshold

#: how far before a figure its clause is read (a window: a long line stays linear)
_REACH = 80


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """roles.json owned_figures, with the expense classes of totals.json and the wholes of account_whole_words."""
    roles = load("roles")
    words = {k: tuple(v) for k, v in roles["owned_figures"].items() if not k.startswith("_")}
    classes = load("totals")["no_programme"]
    words["class_ends"] += (*classes["expenditure_classes"], *classes["nature_classes"], *roles["total_labels"],
                            *roles["statistic_labels"], *roles["whole_cost_labels"])
    # money coming in, never a programme's: a revenue class or a source (`国庫補助金`, `…債`, `寄附金`)
    # (not the bare `負担金`, `分担金`: a programme pays them too, `…工事負担金312万円`)
    words["revenue_ends"] = tuple(w for w in (*classes["revenue_classes"], *classes["financing_ends"]) if w not in words["ends"])
    words["not_owned"] = (*load("programs")["not_budget_items"], *roles["balance_words"], *ceiling_headings(),
                          *roles["prose"]["revenue_topics"])  # (quantities of the world: programs.json, the one list)
    words["whole_words"] += tuple(roles["account_whole_words"])
    return words


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v) for k, v in load("roles")["owned_figures_patterns"].items() if not k.startswith("_")}


def _sentence_before(info: LineInfo, m: Mention) -> str:
    floor = max(0, m.start - _REACH)
    return info.norm[max(info.norm.rfind("。", floor, m.start) + 1, floor):m.start]


def _name_before(info: LineInfo, m: Mention) -> str:
    """The sentence before the figure from the figure before it on: a figure ends the name of the one before (a list
    flattened with spaces or none: `…こども館の運営に7,200万円 学校教育専門員の設置に216万円`); a figure that is only this
    one's change (`…の整備が2・2億円増の5・7億円`) ends no name: the name is read from before it."""
    end = info.end_before(m.start)
    if end and _patterns()["change_only"].fullmatch(info.norm, end, m.start):
        change = next((a for a in info.amounts if a.end == end), None)
        end = info.end_before(change.start) if change is not None else end
    floor = max(0, m.start - _REACH, end)
    return info.norm[max(info.norm.rfind("。", floor, m.start) + 1, floor):m.start]


def _subject(before: str) -> tuple[str, str] | None:
    """(name, particle) of the figure's clause: the words before the particle that links them to the figure; a name
    glued to its figure with no particle (`八幡川護岸工事三十三万六千円`, `…検証経費100万円`) with the particle ``."""
    tail = _patterns()["particle"].search(before)
    if tail is None:
        glued = re.search(r"[^、。，,\s\d]{2,}$", before)
        name = _last_item(glued.group(0)) if glued else ""
        # (only a work's name reads glued: `…補助金35,000千円、…委託料15,725千円等を計上` lists a programme's expenses)
        words = load("programs")
        core = re.sub(r"^(?:この)?うち", "", name)  # (`このうち補助事業18億円`: a part of the whole before, by its class)
        return (name, "") if name.endswith(tuple(words["glued_work_ends"])) and core not in words["generic"] else None
    name = before[:tail.start()].rstrip()
    if name.endswith("」"):
        opened = name.rfind("「")
        return (name[opened:], tail.group("p")) if opened >= 0 else None
    return _last_item(name), tail.group("p")


def _last_item(name: str) -> str:
    return re.split(r"[、，,「」▽▼◆◇■□●○◎]", name)[-1].strip()  # (a flattened list's marks part its items)


def _excluded(name: str) -> bool:
    """The name is an expense class, a whole, a statistic, money coming in or a quantity of the world (its end; an unquoted
    name also by any of those words within it)."""
    w, bare, quoted = _words(), name.strip("「」"), name.startswith("「")
    if bare.endswith((*w["revenue_ends"], *w["not_owned"])) or _patterns()["given"].fullmatch(bare):
        return True  # (`国の交付金は4億円で、残りは市債…`: a grant coming in, no programme of the issuer's)
    if bare in w["class_ends"] if quoted else bare.endswith(w["class_ends"]):
        return True  # (a quoted title ending so names a measure: `「庁局署一般経費」の617億円`)
    return not quoted and any(x in name for x in w["not_owned"])


def _names_programme(name: str, particle: str) -> bool:
    """The name is a programme's, a work's or a budget field's (quoted, or ending so), no class, statistic or whole cost."""
    bare = re.sub(r"(?:など|等)$", "", name)  # (`JICA運営費交付金などは1,574億円の要求`: the list's close, not its name)
    if _excluded(bare):
        return False
    if name.startswith("「"):
        return True  # a quoted title names a measure (`「MDGs(ミレニアム開発目標)達成支援」に`), whatever words it holds
    return particle != "の" and len(bare) >= 2 and bare.endswith(_words()["ends"])


def _names_work(name: str) -> bool:
    """The name ends in a verbal noun (Sudachi サ変可能: 運営, 設置, 委託; the last word of a compound too: 新規雇用) that
    names no change or outcome of the world (`市場の拡大`, `目標の達成`: roles.json owned_figures.not_works)."""
    bare = re.sub(r"(?:など|等)$", "", name)
    if len(bare) < 2 or bare.endswith((*_words()["not_works"], *change_words())):
        return False
    tags = _token_tags(bare)
    if tags and "サ変可能" not in tags[-1][1] and len(tags[-1][0]) > 2:
        tags = _token_tags(tags[-1][0][-2:])  # (a compound ends as its last word: `新規雇用` -> `雇用`)
    return bool(tags) and tags[-1][1].startswith("名詞-普通名詞-サ変可能")


def own_label(head: str) -> tuple[str, int] | None:
    """The role label before a figure on its line (labels.label_role), except a grant's word inside a programme's name
    (`・科学研究費助成事業 2,379億円`: the programme's budget, not a research grant's size)."""
    found = label_role(head)
    if found is None or found[0] != "support":
        return found
    rest = head[found[1]:].strip(" 　:：")
    return None if rest and rest.endswith(_words()["named_programmes"]) else found


def programme_topic(before: str) -> bool:
    """The sentence's words before a level after its change name a programme as the topic (`農業農村整備事業は対前年度比20%増の`)."""
    subject = _subject(before[-_REACH:])
    return subject is not None and subject[1] in ("は", "が") and _names_programme(*subject)


def _plain(m: Mention, info: LineInfo) -> bool:
    """A figure stated as a sum: no rate, no cap, no threshold (a rounded sum's floor, `13億円余り`, is the sum told roughly)."""
    return m.per is None and "at_most" not in m.qualifiers and not threshold(info.norm, m)


def _programme_figure(info: LineInfo, m: Mention) -> bool:
    """The figure's subject or target names a programme, and no noun follows the figure (`N円の市場`)."""
    subject = _subject(_name_before(info, m))
    if subject is None or not _closed(info, m):
        return False
    return _names_programme(*subject) or _work_target(info, m, *subject)


def _work_target(info: LineInfo, m: Mention, name: str, particle: str) -> bool:
    """The money's target is a work (`こども館の運営に7,200万円`, `…専門員の設置に216万円、`, `物価高騰への対応として5億円を
    計上`) and the figure is put in: an item of a list (a comma, a space, `など`) or an appropriating verb's object, not a cost
    the work takes (`…の建設に60億円がかかる`)."""
    if particle not in load("programs")["target_particles"] or _excluded(name) or not _names_work(name):
        return False
    closed = _patterns()["closed"].match(info.norm, m.end)
    if closed is None:
        return False
    end = closed.group(0).rstrip()
    listed = end.endswith("と") and ("など" in end or "等" in end)  # (`…に175万円などとなっています`: the list's close)
    return listed or not end.endswith(("が", "で", "と", "に", "です", "だ"))


def owned_name(info: LineInfo, m: Mention) -> str | None:
    """The programme a budget figure of prose belongs to when its subject or target names one (`こども館の運営に7,200万円`,
    `八幡川護岸工事三十三万六千円`): that name as written (the naming pass takes its noun phrase); None otherwise."""
    before = _name_before(info, m)
    subject = _subject(before)
    about = load("programs")["name_phrase"]["about_particles"]  # (`…経費について411%増の3143億円`: the work's own level)
    if _LEVEL.search(before) and not (m.total_of is None and subject is not None and subject[1] in about
                                      and _names_programme(*subject)):
        return level_name(info, m)  # `…関連経費は前年度比12%増の1,140億円`: a level after its change, named by the level's rules
    if subject is None or not (_names_programme(*subject) or _work_target(info, m, *subject)):
        return None
    # (a name holding a budget's label is a slice of that budget: `国の補正予算に伴う経費として N円の増額補正`)
    return subject[0] if label_role(subject[0]) is None else None


def level_name(info: LineInfo, m: Mention) -> str | None:
    """A programme's level after its change, the programme its topic (`…監督体制の整備が2・2億円増の5・7億円`, `…の経費も
    120%増の824億円`, `「観光統計の整備」が同7%増の4億6千万円`): that programme's name; None for any other figure, and for a
    theme's sum (`…関連経費は前年度比12%増の1,140億円`: roles.json owned_figures.theme_wholes, level_topics)."""
    before = _name_before(info, m)
    if not _LEVEL.search(before):
        return None
    subject = _subject(before)
    wholes = (*_words()["theme_wholes"], *load("roles")["level_topics"])
    if subject is None or subject[1] not in ("が", "は", "も") or not _names_programme(*subject) \
            or subject[0].endswith(wholes) or label_role(subject[0]) is not None:
        return None
    return _after_clause(subject[0])


def _after_clause(name: str) -> str:
    """A topic's name after the relative clause that opens it (`厚生労働省などが要求した水道施設の耐震化などの経費` -> `水道施設の
    耐震化などの経費`): the words after its last verb, where they still read as a name; a quoted name is kept whole."""
    if name.startswith("「"):
        return name
    tags = _token_tags(name)
    last = max((k for k, (_, pos) in enumerate(tags) if pos.startswith(("動詞", "助動詞"))), default=-1)
    rest = "".join(t for t, _ in tags[last + 1:])
    return rest if last >= 0 and len(rest) >= 4 else name


#: a level after its change right before the figure (`…比12%増の`, `同3億円減の`)
_LEVEL = re.compile(r"[増減]の\s*約?\s*$")


def quoted_level(head: str) -> str:
    """A quoted name as its clause's subject, the level after its change following it (`「観光統計の整備」が同7%増の`): the
    name closes the words (the change says how its figure moved, no part of the name); else the words as given."""
    subject = _subject(head) if _LEVEL.search(head) else None
    return head[:head.rindex("」") + 1] if subject is not None and subject[0].startswith("「") and subject[1] != "の" else head


def _closed(info: LineInfo, m: Mention) -> bool:
    """No noun follows the figure (`N円の市場`), and a verb that takes it puts money in (`…を計上`, `…を振り向ける`; not
    `…を見込み`, `…を活用し`)."""
    closed = _patterns()["closed"].match(info.norm, m.end)
    if closed is None:
        return False
    if not closed.group(0).rstrip().endswith("を"):
        return True
    verb = info.norm[closed.end():closed.end() + _REACH // 4]
    prose = load("roles")["prose"]
    return any(v in verb for v in (*prose["appropriate"], *prose["supplementary_verbs"], *_words()["spend_verbs"]))


def _sibling(info: LineInfo, m: Mention, previous: Mention | None) -> str | None:
    """The role of the budget figure right before in the sentence when the figure is the next item of its list."""
    if previous is None or previous.role not in BUDGET_ROLES or previous.role == "previous_budget":
        return None
    here = _patterns()["sibling"].fullmatch(info.norm, previous.end, m.start)
    there = _subject(_sentence_before(info, previous))
    if here is None or there is None or there[1] != here.group("p") or not _names_programme(*there):
        return None
    # (no statistic, class or revenue in the list: `…、農林水産物の輸出額が1兆5,000億円に達した…`)
    return previous.role if not _excluded(here.group("name").strip()) and _closed(info, m) else None


def _segment(info: LineInfo, m: Mention, previous: Mention | None) -> tuple[str, str | None] | None:
    """The role of the budget figure right before when only a box's mark or a numbered item's name stands between them (a
    slide's summary flattened into one line: `…補正予算の概要 公 1兆8,353億円 非 397億円 1.防災・減災の推進 1兆4,384億円`),
    and the mark when it is one (a box's share of a whole: no programme's row)."""
    if previous is None or previous.role not in BUDGET_ROLES or previous.role == "previous_budget":
        return None
    between = _patterns()["segment"].fullmatch(info.norm, previous.end, m.start)
    if between is None:
        return None
    name = (between.group("name") or "").strip()
    if name and name.endswith((*_words()["class_ends"], *_words()["not_owned"])):
        return None  # (`(2)水素市場 3兆円`: a market's size, no item's money)
    return previous.role, None if name else between.group(0).strip()


def role(m: Mention, info: LineInfo, kind: str | None, previous: Mention | None, change: bool) -> tuple[str, str | None] | None:
    """The role of a figure left open (`other` or a description's `support`, by no label) under a budget scope of `kind`,
    from what the figure is, with the whole it is if it is one (a Mention's total_of: no programme's row); None when its
    words do not say (`change`: the figure is a difference, prose_roles.is_change)."""
    if change and kind == "supplementary_budget" and _patterns()["resized"].match(info.norm, m.end):
        change = False  # `…経費が3,577万円増額される`: what a supplementary adds or cuts is its own size
    if change or not _plain(m, info):
        return None
    if _patterns()["supplementary_named"].match(info.norm, m.end):
        return "supplementary_budget", "(supplementary)"  # `26億2206万円補正案発表`: the supplementary's size, no programme
    if (found := _segment(info, m, previous)) is not None:
        return found
    found_kind = _kind(m, info, kind, previous)
    if found_kind is not None:
        return found_kind, None
    return ("supplementary_budget", "(supplementary)") if _resized(m, info, kind) else None


def _resized(m: Mention, info: LineInfo, kind: str | None) -> bool:
    """Under a supplementary's scope, a figure a change verb takes that names no work (`新型コロナ対応として、7,118万円を追加し、
    総額を…とする`): the supplementary's own size, no programme's; not a revenue, a grant's size or a whole."""
    if kind != "supplementary_budget" or not _patterns()["resized"].match(info.norm, m.end):
        return False
    sentence, roles = _sentence_before(info, m), load("roles")
    return not _revenue(sentence) and not any(w in sentence for w in (*roles["support_own"], *_words()["whole_words"],
                                                                       *_words()["revenue_ends"]))  # (`繰入金について、…で N円を増額`)


def supplementary_change(m: Mention, info: LineInfo, kind: str | None) -> bool:
    """Under a supplementary's scope, `N円の増額` compared with nothing (`(特別会計と合わせると5千324万円の増額)`): the
    supplementary's own size (a change of the budget is what a supplementary is), not a change from last year's figure."""
    sentence = _sentence_before(info, m)
    return _plain(m, info) and _resized(m, info, kind) and not any(w in sentence for w in _words()["compared"])


def statistic(info: LineInfo, m: Mention) -> bool:
    """The figure's own label is an amount of the world (`外国人労働者の年間送金額 約1兆2,000億円`): a `…額` that no budget
    label, total or grant word names, read under a title that scopes every figure of its deck: no budget."""
    clause = re.split(r"[、。，,]", info.norm[max(0, m.start - _REACH // 2):m.start])[-1].strip(" 　:：約")
    if not clause.endswith("額") or label_role(clause) is not None:
        return False
    return not clause.endswith((*load("roles")["total_labels"], *load("roles")["support_own"], *_words()["class_ends"]))


def rate(info: LineInfo, m: Mention) -> bool:
    """A figure written per unit with a slash (`200円/10a`, `5,000円／人`): a grant's rate (GUIDE: rates are `support`)."""
    return _patterns()["rate_after"].match(info.norm, m.end) is not None


def kinds_summed(info: LineInfo, m: Mention, kind: str | None) -> bool:
    """The figure's clause adds another kind of budget to the scope's (`令和5年度補正との合計でも3,170億円` in a year's budget):
    money of two kinds added up, `other` (as request_verbs.sum_of_kinds); in a supplementary's scope the initial budget
    added to it (`当初予算と合わせた予算規模は92億円`) is the budget as it stands after it, no such sum."""
    clause = re.split(r"[、。，,]", info.norm[max(0, m.start - _REACH // 2):m.start])[-1]
    found = _patterns()["kinds_summed"].search(clause)
    return found is not None and not (kind == "supplementary_budget" and found.group(0).startswith("当初"))


def function_class(info: LineInfo, m: Mention) -> bool:
    """The figure's own label is a function's class alone (`▽民生費 4018万3千円`, `・土木費：2億円`; totals.json
    expenditure_classes): a split of the account by function (款), `other` (the fresh sets' gold, a supplementary's too)."""
    label = info.norm[info.end_before(m.start):m.start].strip(" 　:：・▽▼○◯●◆◇■□-−")
    return label in load("totals")["no_programme"]["expenditure_classes"] and label not in _words()["not_functions"]


def revenue_named(info: LineInfo, m: Mention) -> bool:
    """The noun right before the figure is money coming in (`…として地方債2億6510万円を予算化`, `県補助金3,000万円`), or the
    figure is the level a source is made into (`取崩額を42億円減額して55億円といたしました`)."""
    before = info.norm[max(0, m.start - _REACH // 2):m.start].rstrip(" 約")
    named = re.sub(r"として[、，,]?$", "", before)  # `…負担金収入として二百六十九億円`: the source it is booked as
    name = re.split(r"[、。，,をにがはでとも\s]", named[-16:])[-1].removesuffix("等")  # (`ICカード収入等7,713千円`)
    if len(name) >= 2 and name.endswith(_words()["revenue_ends"]):
        return True
    clause = re.split(r"[、。，,]", before)[-1]
    return _patterns()["made_into"].match(info.norm, m.end) is not None and any(w in clause for w in _words()["revenue_ends"])


def _revenue(sentence: str) -> bool:
    """The sentence names the revenue side (`歳入の内訳は`, `財源として`), not both sides at once (`歳入歳出にそれぞれ`)."""
    return any(w in without_both_sides(sentence) for w in load("roles")["prose"]["revenue_topics"])


@lru_cache(maxsize=1)
def _previous_words() -> re.Pattern[str]:
    """Last year's words (roles.json previous_words), not inside a comparison (`対前年度比20%増の`), compiled once."""
    return re.compile("|".join(rf"(?<!対){re.escape(w)}(?!比)" for w in load("roles")["previous_words"]))


def _kind(m: Mention, info: LineInfo, kind: str | None, previous: Mention | None) -> str | None:
    """The scope's kind for a programme's own figure or a list's next item (see `role`)."""
    if kind not in BUDGET_ROLES or kind == "previous_budget":
        return None
    sentence = _sentence_before(info, m)
    if _previous_words().search(sentence[-_REACH // 2:]):
        return None  # `前年度の事業費は…`: last year's money, read by the year's rules (not `対前年度比20%増の`)
    if _revenue(sentence):
        return None  # `歳入の内訳は、…負担金が27億円`: a source of the money, no spending
    if _programme_figure(info, m):
        return kind
    return _sibling(info, m, previous)


def booked_before(m: Mention, info: LineInfo, kind: str | None) -> bool:
    """Under a supplementary's scope, a figure the clause right before it books and that it reaches (`…経費も計上され、
    1,420万4,000円に達している`): what the supplementary adds, its verb written first; not a whole (`総額は`, `当初`)."""
    if kind != "supplementary_budget" or not _plain(m, info) or _patterns()["reached"].match(info.norm, m.end) is None:
        return False
    sentence = _sentence_before(info, m)
    return _patterns()["booked_before"].search(sentence) is not None \
        and not any(w in sentence for w in (*_words()["whole_words"], *load("roles")["whole_topics"]))


def added(m: Mention, info: LineInfo, kind: str | None) -> bool:
    """Under a supplementary's scope, the figure is what an adding verb puts in (`…に38億円を追加計上`, `N円の予算増`), and its
    sentence names no whole (`補正後の総額`, `当初予算`)."""
    if kind != "supplementary_budget" or m.role != "budget" or not _plain(m, info):
        return False
    sentence = re.sub(r"「[^「」]*」", "", _sentence_before(info, m))  # (a quoted name's words name no whole: `「…総合計画」`)
    if _patterns()["added"].match(info.norm, m.end) is None and not any(w in sentence for w in _words()["added_lists"]):
        return False  # (or a list of what it adds: `補正内容は増額予算が、…積立金125万円、`)
    return not any(w in sentence for w in _words()["whole_words"])
