"""A figure's role from the few words right before it, where no budget label names it in full (roles.py).

- **A stage mark** (GUIDE: `補正予算` is `supplementary_budget`, `当初予算` the year's `budget`; fresh sets: news that writes
  both per programme, `…に当初202億円、補正225億円を計上`, a city's `当初で14億円`): `当初` or `補正` alone (or with `で`) as the
  clause right before the figure is the short form of the label (`当初は3億円の予定だった`: `initially`, no mark); the
  mark says the kind, the year is left to the year passes.
- **A ditto label** (`（要求額は156億円）と「…」（同35億円）`, `（前年度予算額 9億円）…（同 2億円）`): a bracket opened by `同`
  repeats the label of the line's last labelled figure before it, so the figure takes that figure's role and year.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import alternation as words_alternation
from ..word_lists import change_mark, changes, supplementary_change_verbs
from .labels import BUDGET_ROLES, LineInfo, label_role
from .revenue_subjects import received_grant
from .stage_words import alternation, stage_words


@lru_cache(maxsize=1)
def _stage() -> tuple[re.Pattern[str], dict[str, str]]:
    marks = stage_words()
    alt = alternation()
    # (a year may stand before the mark: `R6補正 300億円 R7当初 500億円`, `令和7年度当初 250億円`)
    year = r"(?:[RHＲＨ]|令和|平成)\s*[0-9０-９元]{1,2}\s*(?:年度)?"
    opens = r"(?:^|[、，,。\s・▽○●■(（【［\[]|に|は|で|が|も)"
    return re.compile(rf"{opens}\s*(?P<year>{year}\s*)?({alt})\s*(?:で|分)?\s*[:：]?\s*(?:約|計)?\s*$"), marks


def stage_mark(info: LineInfo, m: Mention, head: str) -> tuple[str, int] | None:
    """(role, end) when the clause right before a figure is a stage mark alone (`、補正225億円`, `当初で14億円`) and the figure
    is money put into a budget: the other stage marks another figure of its sentence (`当初N、補正M`), or a budget's verb
    follows it (`…を計上`, `…を確保`); else None. `当初` alone also means `at first` (`建設費は当初30億円の計画だった`)."""
    mark, marks = _stage()
    found = mark.search(head)
    if found is None:
        return None
    start, end = info.sentence_start(m.start), info.sentence_end(m.end)
    partner = any(a is not m and start <= a.start < end and (other := mark.search(info.norm[start:a.start])) is not None
                  and other.group(2) != found.group(2) for a in info.amounts)
    if pattern("planned").match(info.norm, m.end) or not (partner or found.group("year") or _put_in(info, m)):
        return None  # (a year before the mark makes it a stage: `令和7年度当初 250億円`, not `at first`)
    return marks[found.group(2)], found.end(2)


@lru_cache(maxsize=8)
def pattern(name: str) -> re.Pattern[str]:
    """A shape of words around a figure (roles.json role_patterns): `planned` (`…の予定だった`: a plan, no money put in),
    `supplementary_after`, `budget_word`, `revenue_side_head`."""
    return re.compile(load("roles")["role_patterns"][name])


@lru_cache(maxsize=1)
def _taken_by_verb() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in (*load("roles")["prose"]["appropriate"], *load("roles")["stage_verbs"]))
    return re.compile(load("roles")["role_patterns"]["taken_by"].replace("VERBS", verbs))


def _put_in(info: LineInfo, m: Mention) -> bool:
    """A budget's verb takes the figure right after it (`当初14億円を計上`, `当初3億円が確保され`; roles.json prose.appropriate
    and stage_verbs), and no plan word follows that verb in its clause (`当初3億円を投じる計画だった`: a plan)."""
    found = _taken_by_verb().match(info.norm, m.end)
    if found is None:
        return False
    clause = re.split(r"[、。，,]", info.norm[found.end():])[0]
    return not any(w in clause for w in load("roles")["plan_words"])


_DITTO_OPEN = re.compile(r"[(（]\s*同\s*[:：]?\s*約?\s*$")


def ditto_label(info: LineInfo, k: int, head: str) -> Mention | None:
    """The figure right before the k-th amount, when a label gave it its role and the k-th sits in a bracket opened by `同`
    or revises it (`当初予算は150億円(8月に174億円に修正)`: roles.json role_patterns revised_after)."""
    m = info.amounts[k]
    revised = k > 0 and re.search(r"[(（]", info.norm[info.amounts[k - 1].end:m.start]) is not None \
        and pattern("revised_after").match(info.norm, m.end) is not None
    if not (_DITTO_OPEN.search(head) or revised) or change_mark().match(info.norm, m.end):
        return None  # `（同2億円増）`: a change, whatever the label before said
    # (`…収入で60億円(同84億円に修正)`: the bracket is the figure's right before it, not an earlier budget's)
    before = info.amounts[k - 1] if k else None
    return before if before is not None and before.role in BUDGET_ROLES and before.role_source in ("", "label") else None



#: the figure is what the sentence makes the budget (`…とする`, `…としました`, `…となる`)
_MADE_INTO = re.compile(r"\s*(?:と(?:する|し|な)|に(?:達し|達す|な|する|し))")  # (`…総合計は96億円に達した`, `総額は7億円になる`,
# a council report's `…の総額をそれぞれ320億円にするもの`)
@lru_cache(maxsize=1)
def _whole_clause() -> re.Pattern[str]:
    """The clause right before such a figure: nothing, or the whole it names (`総額`, `歳入歳出予算の総額を`, `補正後の総額は`;
    roles.json whole_names)."""
    names = "|".join(map(re.escape, load("roles")["whole_names"]))
    return re.compile(rf"^\s*(?:[^、。，,]{{0,12}}(?:{names})\s*(?:を|は|が)?\s*(?:それぞれ)?)?\s*約?\s*$")


def after_supplementary(info: LineInfo, m: Mention) -> bool:
    """A bill's or a council report's budget after its supplementary (`…を追加し、総額252,997万円としました`, `…が減額補正
    され、総額250,189万円とした`, `…を追加し、93億6,398万円とするものです`): the figure the sentence makes the whole budget,
    after a clause that adds or cuts another figure (roles.json supplementary_change_verbs): the budget as it stands after
    the supplementary (GUIDE: `補正後` is `budget`), a whole, no programme."""
    if not _MADE_INTO.match(info.norm, m.end):
        return False
    start = info.norm.rfind("。", 0, m.start) + 1
    before = info.norm[start:m.start]
    clause_at = max(before.rfind(c) for c in "、，,")
    if clause_at < 0 or not _whole_clause().match(before[clause_at + 1:]):
        return False
    earlier, words = before[:clause_at], load("roles")
    if any(w in before[clause_at + 1:] for w in words["whole_not_owners"]):
        return False  # `…基金の総額を12億円にする`, `市債残高の総額を…とした`: a fund's or a debt's whole, no budget's
    if any(w in earlier for w in words["support_own"]):
        return False  # `補助の上限額を5万円増額し、20万円とする`: a grant's cap or a rate changed, not the budget
    named = any(w in before[clause_at + 1:] for w in words["whole_names"]) or any(w in earlier for w in words["budget_clause"])
    changed = any(v in earlier for v in supplementary_change_verbs())
    return named and changed and any(start <= a.start and a.end <= start + clause_at for a in info.amounts)




def supplementary_account(info: LineInfo, m: Mention, kind: str | None) -> bool:
    """A figure an account's name labels (`一般会計は15億5100万円で`) in a supplementary's scope, or any figure its words
    after it name a supplementary (`一般会計の総額で294億円余りの補正予算案`): the supplementary's size for that account,
    not the account's budget as it stands, unless its label says the whole after or before it (roles.json
    account_whole_words: `補正後`, `現計`, `総額`…; GUIDE: `補正後` and `既定額` are the budget)."""
    if pattern("supplementary_after").match(info.norm, m.end):  # `294億円余りの補正予算案`
        return True
    label, words = m.total_of or "", load("roles")
    if kind != "supplementary_budget" or not any(a in label for a in words["accounts"]):
        return False
    if re.match(words["account_result_after"], info.norm[m.end:]):
        return False  # `これにより、一般会計は635億円となる`, `…635億円規模に膨らむ`: the account as it stands after
    sentence = info.norm[info.norm.rfind("。", 0, m.start) + 1:m.start]
    return not any(w in label or w in sentence for w in words["account_whole_words"])  # `補正後の予算総額は、…特別会計が`


def income_label(info: LineInfo, m: Mention) -> bool:
    """The figure's own label names an account's income side (`- 収入総額 13億8,025万円`, `歳入合計 52億円`; roles.json
    income_labels) or a revenue item (`国庫支出金 45億円`; totals.json financing_ends, revenue_classes): revenue, `other`
    (its `支出総額` beside it is the account's spending budget)."""
    clause = re.split(r"[、。，,]", info.norm[max(0, m.start - 16):m.start])[-1]
    clause = re.sub(r"(?:は|が|で|も)?\s*約?\s*$", "", clause).strip(" 　:：-−・|｜")  # `町税が8億円`: its subject
    sources = load("totals")["no_programme"]  # a revenue item's name as the label (`国庫支出金 45億円`, `県補助金 3億円`)
    return clause.endswith((*load("roles")["income_labels"], *sources["financing_ends"])) or clause in sources["revenue_classes"] \
        or received_grant(clause)



#: `昨年度の` written right before a figure, the figure then followed by `から` (`…が昨年度の113億円から…165億円に`)
_LAST_YEAR_FROM = re.compile(r"\s*(?:余り?)?\s*から")


def last_year_label(info: LineInfo, m: Mention, head: str, found: tuple[str, int] | None) -> tuple[str, int] | None:
    """The label `label_role` found, unless it is `昨年度の` (roles.json labels), which names last year's budget only as the
    start of a change to this year's in a budget's sentence: right before the figure, the figure followed by `から` and by
    another figure of its sentence (`「…事業」が昨年度の113億円から…165億円に`); `昨年度の観光消費額は320億円`,
    `昨年度の決算額は…` name other figures of last year."""
    if found is None or found[0] != "previous_budget" or not head[:found[1]].endswith("昨年度の"):
        return found
    if head[found[1]:].strip(" 約") or not _LAST_YEAR_FROM.match(info.norm, m.end):
        return None
    if not pattern("last_year_topic").search(head[:found[1] - len("昨年度の")]):
        return None  # `観光消費額が昨年度の320億円から…`: a statistic's change, no programme's budget
    end = info.sentence_end(m.end)
    return found if any(m.end < a.start < end for a in info.amounts) else None


#: how far after a label its comparison mark is read (`前年度比`, `前年度当初比`), not a later sentence's `…比`
_COMPARED_REACH = 6


def after_comparison(head: str) -> str:
    """The text before a figure from its own sentence on when the label before that sentence is a comparison's or a
    donation's (`歳出は前年度比3%増。…に2億円を計上`, `新規事業は前年度当初比4件減。主な事業は…`): that label compares or names
    the figures of its own sentence and labels no later one; else the whole text."""
    start = head.rfind("。") + 1
    found = label_role(head[:start]) if start else None
    compared = found is not None and (found[0] == "other" or "比" in head[found[1]:start][:_COMPARED_REACH])
    return head[start:] if compared else head


def compared_with(head: str, found: tuple[str, int]) -> bool:
    """Comparison words between a previous-year label and the figure (`前年度を上回る115兆円`, `前年度当初を超える32億円`,
    `前年度の当初予算額を上回る213億円`: a budget label in a clause naming the year before; roles.json compared_after_label),
    or the rate of the change (`前年度比1.5倍の45億円`): the figure is this year's, compared with last year's; the label
    names none of its own."""
    if not (found[0] == "previous_budget" or found[0] == "budget" and previous_clause(head)):
        return False
    return any(w in head[found[1]:] for w in load("roles")["compared_after_label"])


def previous_clause(head: str) -> bool:
    """The clause right before the figure names last year's budget (`前年度の当初予算額`), not a comparison (`前年度比`)."""
    clause = re.split(r"[。、，,]", head)[-1]
    return "比" not in clause and any(w in clause and not continued(clause, clause.find(w) + len(w))  # not `昨年度同額の`
                                      for w in load("roles")["previous_words"])


#: a ratio or a rate of change after a comparison's label, leading to the figure (`比1.5倍の`, `比3.2%増の`, `比2割増の`)
@lru_cache(maxsize=1)
def _resized_noun() -> re.Pattern[str]:
    """`…円の増額` (roles.json changes resized), not a supplementary's name (`…の増額補正`)."""
    return re.compile(r"\s*(?:余り?)?\s*の\s*" + words_alternation(changes("resized")) + "(?!補正)")


@lru_cache(maxsize=1)
def _rate_of() -> re.Pattern[str]:
    return re.compile(r"\s*(?:で|は)?\s*(?:約)?\s*[\d.．,，]+\s*(?:倍|%|％|割|ポイント)\s*"
                      + words_alternation(changes("marks", "nouns", "resized")) + r"?\s*の\s*(?:約)?\s*")


def rated(head: str, found: tuple[str, int] | None, sentence: str) -> bool:
    """A comparison's label and the rate of the change right before the figure (`前年度比1.5倍の45億円`, `前年度比3.2%増の
    120億円`): the figure is this year's, compared with last year's, not the change; not in a settlement's sentence
    (`決算額を見ると、…歳出は前年度比9.7%増の739億円`: money spent, roles.json settlement_words)."""
    if found is None or found[0] != "other" or not head[:found[1]].rstrip().endswith("比") or not _rate_of().fullmatch(head[found[1]:]):
        return False
    if any(w in sentence for w in load("roles")["settlement_words"]):
        return False
    # (`町税は前年度比1.2%増の9億8,000万円を見込む`: a source's level, no budget; totals.json revenue classes)
    topic = re.split(r"[、。，,]", head[:found[1]])[-1]
    classes = load("totals")["no_programme"]
    return not any(w in topic for w in (*classes["revenue_classes"], *classes["financing_ends"]))


def this_years(head: str) -> str:
    """This year's figure compared with last year's: the budget, or `other` when its sentence is on revenue
    (`一般財源総額について、前年度を上回る62.1兆円`: sources of money; roles.json prose.revenue_topics)."""
    return "other" if any(w in head for w in load("roles")["prose"]["revenue_topics"]) else "budget"


def new_cap(info: LineInfo, m: Mention) -> bool:
    """`補助の上限額を5万円増額し、20万円とする`: the figure a sentence makes a grant's cap, rate or unit price (roles.json
    support_own in its clause before): the grant's new size, `support` (GUIDE: caps are support), no budget."""
    if not _MADE_INTO.match(info.norm, m.end):
        return False
    before = info.norm[info.norm.rfind("。", 0, m.start) + 1:m.start]
    clause = re.split(r"[、，,]", before)[-1]
    return not clause.strip(" 約") and any(w in before for w in load("roles")["support_own"])


def continued(head: str, label_end: int) -> bool:
    """`前年度に引き続き、…`: the previous-year label opens `as last year`, it names no figure of that year (roles.json
    continued_after_previous)."""
    return re.match(load("roles")["continued_after_previous"], head[label_end:]) is not None


def as_before(head: str, found: tuple[str, int] | None) -> bool:
    """The label opens `as last year` (`前年度に引き続き、…`, `前年度同様、…`) or names the budget the figure equals
    (`19年度当初予算と同額の3215億円`: fiscal_scope.json sameness): a comparison's base, no label of the figure."""
    if found is None or found[0] not in ("budget", "previous_budget"):
        return False
    return found[0] == "previous_budget" and continued(head, found[1]) \
        or re.match(load("fiscal_scope")["sameness"], head[found[1]:]) is not None


def added_by(info: LineInfo, m: Mention) -> bool:
    """The figure a supplementary adds to the budget (`令和6年度一般会計補正予算については、現計予算の総額に歳入歳出それぞれ
    2億9,867万8千円を追加して、予算総額を334億円とする`): its sentence names a supplementary and a supplementary's verb takes
    the figure right after it (roles.json supplementary_change_verbs); the total it makes (`予算総額を334億円`) is no addition."""
    start = info.norm.rfind("。", max(0, m.start - _SENTENCE_REACH), m.start) + 1
    end = info.norm.find("。", m.end, m.end + _SENTENCE_REACH)
    verbs = "|".join(re.escape(v) for v in supplementary_change_verbs() if v != "補正")
    if "補正" in info.norm[start:m.start] and re.match(rf"\s*(?:余り?)?\s*(?:等|など)?\s*を\s*(?:{verbs})",
                                                     info.norm[_last_listed(info, m):]) is not None:
        return True  # (`…補正ではそのほか、A 3427万円、B 2150万円などを追加`: one verb's objects)
    if re.match(rf"\s*(?:余り?)?\s*を\s*(?:{verbs})", info.norm[m.end:]) is not None:
        return False
    if supplementary_act(info, m):
        return True  # `一般会計4.2億円を専決処分`: the act's whole (unowned.py), its sentence naming the 補正 or not
    # the noun form (`一般会計において5,790万円の増額、補正後の予算額は…`): the supplementary named anywhere in the sentence, and
    # no base before the figure (`前年度比5億円の増額` is a change from last year)
    noun = _resized_noun().match(info.norm, m.end) is not None
    return noun and "補正" in info.norm[start:end if end >= 0 else m.end + _SENTENCE_REACH] \
        and not any(w in info.norm[start:m.start] for w in load("roles")["change_before"])


#: how far either side of a figure its sentence is read (a window: a long line stays linear)
_SENTENCE_REACH = 200
#: what may stand between two figures listed as one verb's objects: a comma and the next item's name (`、基金積立金`)
_NEXT_ITEM = re.compile(r"\s*(?:余り?)?\s*(?:等|など)?\s*[、，,]\s*[^、，,。をはが()（）]{1,30}?\s*$")


def _last_listed(info: LineInfo, m: Mention) -> int:
    """Where the last figure of the list the figure opens ends (`A 3427万円、B 4億円、C 2150万円などを追加`: C's end), or the
    figure's own end when no named item follows it: every figure of the list is the object of the verb after the last."""
    end, amounts = m.end, info.amounts
    for k in range(bisect_right(info.amount_ends, m.end), len(amounts)):  # (from the figure on, within its sentence's reach:
        a = amounts[k]  # a long line stays linear)
        if a.start < end or a.start - end > 40 or a.end > m.end + _SENTENCE_REACH or not _NEXT_ITEM.match(info.norm[end:a.start]):
            break
        end = a.end
    return end


def supplementary_act(info: LineInfo, m: Mention) -> bool:
    """The figure is the whole of an act that supplements the budget by itself (`一般会計4.2億円を専決処分`, `…事業費として
    4億8800万円を専決処分した`): a supplementary's total, whether or not its sentence names the 補正; not a compensation the
    head settles alone (`損害賠償の額として45万円を専決処分`: roles.json supplementary_acts_not_of)."""
    if _act().match(info.norm, m.end) is None:
        return False
    start = info.norm.rfind("。", max(0, m.start - _SENTENCE_REACH), m.start) + 1
    return not any(w in info.norm[start:m.start] for w in load("roles")["supplementary_acts_not_of"])


@lru_cache(maxsize=1)
def _act() -> re.Pattern[str]:
    """`を` and an act that supplements the budget by itself right after a figure (roles.json supplementary_acts)."""
    return re.compile(r"\s*(?:余り?)?\s*を\s*(?:" + "|".join(map(re.escape, load("roles")["supplementary_acts"])) + ")")


@lru_cache(maxsize=1)
def _item_notes() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(load("roles")["item_notes"], key=len, reverse=True))
    return re.compile(rf"【[^】]*】|[(（]\s*(?:{words})\s*[)）]")


def without_notes(tail: str) -> str:
    """What follows an item's figure, without its label boxes (`【新規】`) and bracketed stage notes (`(新規)`, `（拡充）`,
    `(ほぼ同額)`: roles.json item_notes): such a note says how the item stands to last year, no figure of its own; a
    bracketed word of another meaning (`(見込み)`, `(実績)`) stays and keeps the line no item's."""
    return _item_notes().sub("", tail)


#: a heading's numbering, marker or box around a bare label (`2. 予算額`, `(2) 予算額`, `【予算額】`, `■予算額：`)
_BARE_LABEL = re.compile(r"[\s\u3000]*(?:[0-9０-９]{1,2}\s*[.．、)）]|[(（][0-9０-９]{1,2}[)）]|[①-⑳]|[■□◆◇●○◎▼▽・])?"
                         r"[\s\u3000]*[【［\[]?\s*(?P<word>[^【】［］\[\]\s:：]{1,10})\s*[】］\]]?\s*[:：]?\s*")


def bare_label(text: str, any_kind: bool = True) -> tuple[str, None] | None:
    """(role, no year) of a heading that is a budget's bare label and nothing else (`2. 予算額`, `【予算額】`: roles.json
    bare_budget_labels), the figure on the line under it being that budget: a grant's outline or call lists its sections
    so (`予算額` / `補助上限額` / `補助率`), the year left to the document's scope. Else None. `any_kind`: a label of another
    budget's kind counts too (the caller's figure is written with its unit: a bare cell under `本年度予算額` is a table's)."""
    found = _BARE_LABEL.fullmatch(text)
    if found is None:
        return None
    if found.group("word") in load("roles")["bare_budget_labels"]:
        return "budget", None
    # a bare label of another budget's kind (`補正予算額`, `前年度予算額`): the kind its label words say (roles.json labels),
    # where the label is the whole word (not `補正予算額の推移`) and names no year (`30年度当初予算額`: budget_label's, by its year)
    word = found.group("word")
    role = label_role(word) if any_kind and not re.search(r"[0-9０-９]", word) else None
    return (role[0], None) if role is not None and role[0] in BUDGET_ROLES and role[1] == len(word) else None


#: a label's first word wrapped onto a line of its own above it (a chart's or a table's `前年度` / `予算額`) is a short fragment
_WRAP_MAX = 6


def broken_cell(upper: LineInfo, lower: LineInfo) -> str | None:
    """The label `lower` opens read whole with the fragment of it wrapped onto the line above (`前年度` / `予算額`:
    `前年度予算額`, `補正` / `予算額`), where the upper line can be one: a few characters, no figure and no year of its own
    (`令和5年度` is a column's year, `職員 0.5人` a line of its own). None otherwise. One reading for every caller: a
    label line over items (roles.py, wrapped_label) and a label cell over a lone figure (header_blocks)."""
    head = upper.norm.strip()
    return head + lower.norm.strip() if head and len(head) <= _WRAP_MAX and not upper.mentions else None


def wrapped_label(lines: list[LineInfo], j: int, above) -> str | None:  # type: ignore[no-untyped-def]
    """The role of label line j read with the fragment it wraps from (`前年度` over `予算額`: last year's budget, not this
    year's), where the two together say another role than line j alone; None otherwise."""
    k = next(iter(above(j, 1)), None)
    cell = broken_cell(lines[k], lines[j]) if k is not None else None
    if cell is None:
        return None
    alone, joined = label_role(lines[j].norm.strip()), label_role(cell)
    return joined[0] if joined is not None and alone is not None and joined[0] != alone[0] else None
