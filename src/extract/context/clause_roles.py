"""The role of a figure no label scoped, read from its CLAUSE: the noun it fills and the verb that governs it.

Speech and running prose (assembly and Diet minutes, an agency's plan, a half-year report) state a budget with no label
beside the figure: `医療制度調査費千四百十五万九千円でございます`, `経費は千三百二十万九千円という負担額を計上してございます`,
`工事請負費1,180万円につきましては、…の予算であります`. The words that say what the figure is are the clause's:

- its **head noun**: the noun compound right before the figure, or the topic it fills (`…は`, `…が`, `…として`,
  `…につきましては`), read with Sudachi's parts of speech (the trailing run of nouns and nominal suffixes);
- its **predicate**: the nearest verb after the figure in its sentence (Sudachi's lemma), or a verbal noun that a form of
  `する` follows (`計上してございます`, `予定しており`, `の計上をした`); a quotative `という` is stepped over (the figure
  fills the noun after it), and so is a verbal noun that only names a thing (`事業費支出として`, `…支出のうち`).

What they make the figure, in this order (roles.json clause_roles, with the meaning classes the rest of the roles read):

1. a head noun that names a change (`増額37百万円`, `授業料等収入増:約300万円`; word_lists change_words, change_after) or an
   execution or settlement (`支出済額は115億円`; executed_verbs' stems, settlement_words): `other`;
2. a head noun that names an expense or a budget (`…調査費`, `一般管理費`, `…事業費`, `経費は`; expense_name_ends,
   level_topics), or a predicate that puts money into a budget (prose.appropriate: `計上`, `措置`, `盛り込む`; plan
   predicates: `予定`) taking the figure as its object or subject: `budget`, `previous_budget` when the clause names
   the year before as its topic (`前年度は…を計上`).

Near misses that keep their reading: a budget verb in a sentence about a settlement (`決算では…を計上`), a revenue's
(`歳入は…を計上`), a grant's size or cap (a per-recipient figure, `上限`), a verb that only expects (`見込む`: a revenue's
or a market's), a figure a change verb takes (`…円を減額`) with no expense noun of its own, a figure drawn from a fund.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import alternation, change_after, change_lemmas, change_mark, change_words, names_balance
from .labels import BUDGET_ROLES, LineInfo
from .programs import pipeline
from .prose_totals import revenue_topic
from .qualifiers import threshold
from .request_verbs import drawn_from

#: how far a figure's clause is read before it (its head noun) and its sentence after it (its predicate): windows, so a
#: long line stays linear
_BEFORE, _AFTER = 40, 160
#: how far after a figure the verbal noun that takes it through `の` is read
_REACH = 16


@lru_cache(maxsize=1)
def _link() -> re.Pattern[str]:
    """What may stand between the head noun and the figure: a topic's particle (roles.json clause_roles.topic_links), a
    comma, an approximation (`約`: qualifiers.json prefix)."""
    approx = [w for w, q in load("qualifiers")["prefix"].items() if q == "approx"]
    return re.compile("(" + alternation(_words()["topic_links"]) + r")?[、，,\s:：]*" + alternation(approx) + r"?\s*$")


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    r, classes = load("roles"), load("totals")["no_programme"]
    own = r["clause_roles"]
    return {
        "change": (*change_words(), *change_after()),
        "settled": (*(v for v in r["executed_verbs"] if v.endswith("済")), *r["settlement_words"]),  # (`収入済`, not `収入`)
        # (`…事業`: a name, no cost; `総額` names any whole: `資産の総額`, `発行総額`, `助成総額`)
        "expense": (*(e for e in r["expense_name_ends"] if e != "事業"), *own["budget_heads"]),
        "classes": (*classes["expenditure_classes"], *classes["nature_classes"]),
        "budget_verbs": (*r["prose"]["appropriate"], *own["plan_predicates"]),
        "change_verbs": change_lemmas(),
        "previous": tuple(r["previous_words"]),
        # (`総事業費`: a multi-year cost; `会費`, `参加費`: a fee paid; `国費`, `県費`: who pays a share, no cost)
        "not_expense": (*r["whole_cost_labels"], *r["prices"]["fee_labels"], *(f for f in r["share_financing"] if f.endswith("費"))),
        "world": (*load("programs")["not_budget_items"], *r["statistic_labels"]),
        **{k: tuple(own[k]) for k in ("topic_links", "stated_by", "scoped_closings", "governing", "verbal_forms",
                                     "plan_predicates")},
    }


@lru_cache(maxsize=1)
def programme_ends() -> tuple[tuple[str, ...], frozenset[str]]:
    """How a programme's or a work's name ends (programs.json suffixes, totals.json work_ends, roles.json expense_name_ends and
    open_figures.programme_ends: 負担金, 給付金), and the expense classes that end so but name no work (totals.json)."""
    classes = load("totals")["no_programme"]
    ends = (*load("programs")["suffixes"], *load("totals")["work_ends"], *load("roles")["expense_name_ends"],
            *load("roles")["open_figures"]["programme_ends"])
    return tuple(ends), frozenset((*classes["expenditure_classes"], *classes["nature_classes"]))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[str, str, str], ...]:
    """(surface, part of speech, lemma) of each Sudachi token of a short text (split mode C, as programs.py reads)."""
    nlp, _ = pipeline()
    return tuple((t.surface(), "-".join(p for p in t.part_of_speech()[:3] if p != "*"), t.dictionary_form())
                 for t in nlp.tokenizer.tokenizer.tokenize(text))


def names_settled(text: str) -> bool:
    """The text names money received or spent so far, or a settlement (`支出済額`, `収入済額`, `決算額`, `実績`)."""
    return any(s in text for s in _words()["settled"])


def named_change(info: LineInfo, m: Mention) -> bool:
    """The noun the figure fills, right before it, names a change (`…による増額37百万円`, `授業料等収入増:約300万円`)."""
    noun, link = head(info, m)
    return bool(noun) and not link and noun.endswith(_words()["change"])


def named_budget(info: LineInfo, m: Mention) -> bool:
    """The noun the figure fills, right before it or as its topic, names a programme's cost or a budget (`科学研究費補助事業費1,382億円`;
    roles.json clause_roles.budget_heads), whatever grant's word (`研究費`, `補助`) stands inside the noun."""
    noun, _ = head(info, m)  # (or its topic: `…補助事業費は、43億円`)
    return bool(noun) and noun.endswith(tuple(load("roles")["clause_roles"]["budget_heads"])) \
        and not noun.endswith(_words()["not_expense"])


#: a part of a figure before it: `内訳は`, `…円で、うち`, `…円のうち`, a sentence opened by `このうち`
_PART = re.compile(r"内訳|[円)）][^。]{0,4}うち|^\s*(?:この|その)?うち")


def _part(info: LineInfo, m: Mention, sentence: str) -> bool:
    """The figure is a part of one before it: its sentence lists a breakdown (`内訳は工事費…`, `…235億円で、うち扶助費が`),
    or it stands inside a bracket opened after the figure before it (`支出237億円(人件費47億円、…)`)."""
    between = info.norm[max(info.end_before(m.start), m.start - 4 * _BEFORE):m.start]
    opened = between.rfind("(") > between.rfind(")") or between.rfind("（") > between.rfind("）")
    return _PART.search(sentence) is not None or opened and info.end_before(m.start) > 0


def over_label(info: LineInfo, m: Mention, role: str) -> str:
    """The role a label before the figure on its line gave it, read against the noun the figure fills: a change's noun makes a
    budget label's figure `other` (`予算段階では…、…による増額37百万円`), a programme's cost a grant label's `budget`."""
    if role in BUDGET_ROLES and (named_change(info, m) or against(info, m)) or role == "support" and _facility_scale(info, m):
        return "other"  # (`新庁舎の事業規模を23~30億円と見込む`: a building's estimated cost, no support package's scale)
    if role == "previous_budget" and named_world(info, m):
        return "other"  # `前年度のODA貸付金は472億円`: last year's loan, no budget of last year
    return "budget" if role == "support" and named_budget(info, m) else role


def named_world(info: LineInfo, m: Mention) -> bool:
    """The noun the figure fills names a quantity of the world or a balance, no money appropriated, and no budget
    (programs.json not_budget_items, roles.json statistic_labels, balance_words: `前年度のODA貸付金は`, `昨年度の寄付額は`)."""
    noun, _ = head(info, m)
    return bool(noun) and "予算" not in noun and (any(w in noun for w in _words()["world"]) or names_balance(noun))


@lru_cache(maxsize=1)
def _facility() -> re.Pattern[str]:
    words = load("roles")["facility_scale"]
    return re.compile(f"(?:{'|'.join(map(re.escape, words['facilities']))})\\s*の?\\s*{re.escape(words['scale'])}")


def _facility_scale(info: LineInfo, m: Mention) -> bool:
    """The figure's clause names a building's 事業規模 (roles.json facility_scale)."""
    clause = re.split(r"[。、,，]", info.norm[max(0, m.start - _BEFORE):m.start])[-1]
    return _facility().search(clause) is not None


#: the clause a figure stands in on its line: back to the last bracket, comma or full stop before it
_CLAUSE_OPEN = re.compile(r"[^(（、。,，]*$")


def against(info: LineInfo, m: Mention) -> bool:
    """`(対2017年度補正予算109億円増)`, `対令和5年度当初予算 +3億円`: a clause opened by `対` names the budget the figure
    is compared with, and the figure written as a change (a mark after it, or a sign) is the change, no budget's size."""
    clause = _CLAUSE_OPEN.search(info.norm, max(0, m.start - _BEFORE), m.start)  # (bounded: one long line, many figures)
    return clause is not None and clause.group().lstrip().startswith("対") \
        and (change_mark().match(info.norm, m.end) is not None or m.text.lstrip()[:1] in "+＋▲△")


def head(info: LineInfo, m: Mention) -> tuple[str, str]:
    """(head noun, link): the nouns right before the figure, back to its clause's start or the figure before it, and
    the particle that links them to it ("" when they touch it: `一般管理費2,763万円`; `は`: `経費は千三百…`)."""
    start = max(info.end_before(m.start), info.norm.rfind("。", max(0, m.start - _BEFORE), m.start) + 1, m.start - _BEFORE, 0)
    text = info.norm[start:m.start]
    link = _link().search(text)
    if link is None:
        return "", ""
    text = text[:link.start()]
    nouns: list[str] = []
    for surface, pos, _ in reversed(_tokens(text)):
        if not pos.startswith(("名詞", "接尾辞", "接頭辞")) or pos.startswith(("名詞-数詞", "名詞-普通名詞-副詞可能")) \
                or not surface.strip():  # (not a time word or an adverbial noun: `当初`, `とおり`, `うち`)
            break
        nouns.append(surface)
    return "".join(reversed(nouns)), link.group(1) or ""


#: a figure stated as a cost: the complement of a copula, or the topic of what follows


@lru_cache(maxsize=1)
def _stated() -> re.Pattern[str]:
    """A copula or a topic right after the figure (roles.json clause_roles.stated_by)."""
    return re.compile(r"\s*(?:余り?|程度)?\s*" + alternation(_words()["stated_by"]))


@lru_cache(maxsize=1)
def _closed() -> re.Pattern[str]:
    """The figure closes its clause, a bracketed note at most between (roles.json clause_roles.scoped_closings:
    `…建設改良費は73億円(同11億円増)。`, `…振興費は1兆円で、`, `…となっている`): under a budget's scope, a cost's topic so stated."""
    return re.compile(r"\s*(?:余り?|程度)?\s*(?:[(（][^()（）。]{0,40}[)）])?\s*" + alternation(_words()["scoped_closings"]))

#: `の` then the verbal noun that takes the figure (`…円の計上をした`, `…円の措置`)
_NOUN_VERB = re.compile(r"\s*の\s*[\u4e00-\u9fff]{2,3}(?:を|が|は|も|し|す|さ|[、。])")



@lru_cache(maxsize=1)
def _does() -> re.Pattern[str]:
    """A form of `する` after a verbal noun that makes it the clause's predicate (`計上し`, `計上されて`, `計上をした`)."""
    return re.compile("(?:を)?" + alternation(_words()["verbal_forms"]))



def predicate(info: LineInfo, m: Mention) -> tuple[str, str]:
    """(particle, lemma): the particle right after the figure (`を`, `が`, `の`; "" when a verb or a verbal noun touches it)
    and the lemma of the nearest predicate after it in its sentence ("" when none): a verb, or a verbal noun that a form of
    `する` follows or that closes its clause (`…を減額、`, `…を計上。`). A figure listed before others that share one verb
    (`…として4億円を、…として5千万円を予定`, `…1,225万円、…1,960万円、合わせて…の計上をした`) reads that verb; any other
    figure after it takes the verbs that follow it (`…1億円でございますが、…で1億3千万円を措置`: not the first's)."""
    end = info.norm.find("。", m.end, m.end + _AFTER)
    end = end if end >= 0 else min(len(info.norm), m.end + _AFTER)
    k = bisect_right(info.amount_ends, m.end)  # the figure after it, by bisection (a long line stays linear)
    following = info.amounts[k] if k < len(info.amounts) and m.end <= info.amounts[k].start < end else None
    if following is not None and not _LISTED.match(info.norm, m.end, following.start):
        end = following.start
    tokens = _tokens(info.norm[m.end:end].lstrip(" 余程度等など"))
    particle = _particle(tokens, 0)
    for k, (_, pos, lemma) in enumerate(tokens):
        after = "".join(t[0] for t in tokens[k + 1:k + 3])
        if pos.startswith("動詞") and not pos.startswith("動詞-非自立"):
            if lemma in ("言う", "いう") and k and tokens[k - 1][0] == "と":
                particle = _particle(tokens, next((j for j in range(k + 1, len(tokens)) if tokens[j][1].startswith("助詞")), k))
                continue  # `…円という負担額を計上`: the figure fills the noun after the quote, the particle after it counts
            return particle, lemma
        if "サ変" in pos and (_does().match(after) or not after or after[:1] in "、，,。"):
            return ("" if not k else particle), lemma
    return particle, ""


@lru_cache(maxsize=1)
def _given_up() -> re.Pattern[str]:
    return re.compile(load("roles")["clause_roles"]["plan_given_up"])


def _verb_end(info: LineInfo, m: Mention, verb: str) -> int:
    """Where the plan's verb ends after the figure (the figure's end when the verb is not written as its lemma nearby)."""
    at = info.norm.find(verb, m.end, m.end + _REACH)
    return at + len(verb) if at >= 0 else m.end


def _particle(tokens: tuple[tuple[str, str, str], ...], k: int) -> str:
    """The particle (or copula, or comma) token k is, else "" (a verb or a verbal noun touches the figure)."""
    if k >= len(tokens):
        return ""
    surface, pos, _ = tokens[k]
    return surface if pos.startswith(("助詞", "助動詞")) or surface in "、，," else ""


#: a figure listed before the next one that shares its verb: `を、`, `、`, `や`, `と` right after it (`…等` allowed)
_LISTED = re.compile(r"\s*(?:余り?|程度)?\s*(?:等|など)?\s*(?:を[、，,]|[、，,]|や|と[、，,]?)")


def _closes(info: LineInfo, m: Mention, link: str) -> bool:
    """The figure closes the clause its topic opened (`…費は73億円(同11億円増)。`), no copula of a cost's statement."""
    return bool(link) and _stated().match(info.norm, m.end) is None and _closed().match(info.norm, m.end) is not None


def closing_class(info: LineInfo, m: Mention) -> str | None:
    """The topic's noun of a figure that closes its clause (`建設改良費は73億円(…)。`, `…振興費は1兆円で、`) when it names no
    programme or work (roles.json owned_figures.ends: `…事業費`, `…整備費`): a class of its account, budgeted whole, no
    programme's row (its total_of)."""
    noun, link = head(info, m)
    if not noun or not _closes(info, m, link):
        return None
    return None if noun.endswith(tuple(load("roles")["owned_figures"]["ends"])) else noun


def role(info: LineInfo, m: Mention, support: bool = False, scoped: bool = False) -> str | None:
    """The role the figure's clause gives it (the module's docstring), or None when the clause says nothing; `support`: the
    figure reads as a grant's, and only a budget's noun it is named by (`科学研究費補助事業費1,382億円`) reads it otherwise;
    `scoped`: the figure stands in a budget's scope, where a cost's topic that the figure closes states that cost."""
    if m.per is not None or "at_most" in m.qualifiers or threshold(info.norm, m):
        return None  # a grant's size or a cap keeps its own reading
    w = _words()
    noun, link = head(info, m)
    if named_change(info, m) and not support:
        return "other"  # `増額37百万円`, `収入増:約300万円`: a change, named by the noun it fills
    if noun and names_settled(noun):
        return "other" if not support else None  # `支出済額は115億円`: money spent or received so far
    if any(x in noun for x in w["world"]) or noun.endswith(w["classes"]):
        return None  # `特別損失として…を計上`, `観光消費額…`: the world's money; `人件費が…`: a class splitting the whole
    floor = max(0, m.start - 4 * _BEFORE)  # (windows: a long line stays linear)
    sentence = info.norm[max(floor, info.norm.rfind("。", floor, m.start) + 1):m.start]
    if names_settled(sentence) or revenue_topic(info, m) or drawn_from(info, m) or _part(info, m, sentence):
        return None  # a settlement's, a revenue's, a fund's drawdown, a part of a figure before it: no budget of its own
    particle, verb = predicate(info, m)
    # a cost the figure states, by a copula or as a topic (`…調査費千四百万円でございますが`, `…費1,180万円につきましては`);
    # not a cost a verb does something with (`…給付費十二兆円となっております`, `事務費は…を見込む`, `旅費として…を購入`)
    expense = bool(noun) and noun.endswith(w["expense"]) and not noun.endswith(w["not_expense"]) \
        and (_stated().match(info.norm, m.end) is not None or scoped and _closes(info, m, link))
    if support and not (expense and not link):
        return None
    if verb.startswith(w["change_verbs"]):
        return None  # `…を9億5千万円ふやす`: a change
    # the verb governs the figure: its object or subject (`…円を計上`, `…円が措置`, `…円の計上`, `…円計上`), or one of a list
    # an allow-list of what the verb's money is: a programme, a work, a cost or a spending line (`…事業費支出として`), never
    # a revenue, a liability, an allowance (`運営費交付金収益として`, `借入金として…を予定`, `引当金として…を計上`)
    spent = noun.endswith((*programme_ends()[0], *load("roles")["account_sides"]["expenditure_lines"]))
    budgeted = spent and particle in w["governing"] and verb.startswith(w["budget_verbs"]) \
        and (particle != "の" or _NOUN_VERB.match(info.norm, m.end) is not None  # (not `…円のうち一部を盛り込んだ`,
             and info.norm[m.end:m.end + _REACH].lstrip(" 余程度等など").removeprefix("の").lstrip().startswith(verb))  # `…の純損失を`)
    if not (expense or budgeted):
        return None
    if verb in w["plan_predicates"] and _given_up().match(info.norm, _verb_end(info, m, verb)):
        return None  # `…を予定していたが、…になった`: a past plan set against its result, no budget
    clause = re.split(r"[、，,]", sentence)[0] if link else sentence
    return "previous_budget" if any(clause.lstrip().startswith(p) for p in w["previous"]) else "budget"
