"""What a figure's own sentence says it is, over the role its scope gave it (scope.py calls `apply` last).

Conventions of the gold READMEs' judgement calls, each seen in decks of several issuers:

- **Changes are `other`** (heldout and fresh: `…に比べて44億円の減`, `前年より1兆円圧縮`, `単価を500円増額`): a figure
  whose clause right before it ends with a comparison (`比`, `比べ`, `対比`, `より`, `と比較し`), or that a change
  verb follows directly (`増額`, `減額`, `上回る`, `圧縮`, `削減`…; not `…増額補正`, a supplementary's name).
- **Balances are `other`** (fresh: `国債発行残高は…538兆円`, `財政調整基金残高`; fresh2: a city's table of `市債残高`): a
  stock held or owed, named in the figure's clause before it, is no money appropriated, whatever scope it stands in.
- **Per-inhabitant conversions are `other`** (fresh: `市民1人当たりに換算すると…41万3,000円`, a heading
  `◆市民1人当たり換算額` or `■町民一人あたりに計算すると` over the figures; fresh2: a heading `◇町民1人に使われるお金`):
  a budget divided by the population, not a grant per recipient. A heading that states a budget per resident
  (`町民1人`, `市民一人`) is enough: a grant's recipient is named in a sentence (`1人につき2万円を支給`), not a heading.
- **A level after its change is no change** (fresh2: `一般会計の予算規模は、前年度に比べて 2.9%増の 2,574 億円`,
  `前年度比4.8%の総額449億円`): the percent carries the change; the figure after `…%増の` is the level. It is the budget
  as it stands (a summary's total, no programme) when its sentence names the budget (`予算規模`, `総額`, `予算`); a
  revenue's level (`市税が前年度比1.3%増の160億円`) keeps the role its words give it.
- **A description closed by its cost in brackets** (fresh2 judgement call: `description(N万円)` programmes under a
  budget title) is the described work's budget of the scope's kind, unless its clause labels it or names a grant's size.
- **An appropriation in prose is a budget of the scope's kind** (fresh: `「町有林造林事業」に4097万3千円、…を計上`;
  the national budget's `…につきましては、合計…円を計上`): a figure right after `に` (what it is spent on) in a
  sentence that appropriates (`計上`), under a budget label, whatever a grant's word in the programme's name says;
  the national budget's expense class as the sentence's topic (`社会保障関係費は、36兆円`) is a budget too;
  a figure drawn `から` a fund is `other` (fresh: fund drawdowns, like revenues, are no appropriation). Every figure
  the appropriating verb takes is appropriated (older heldout: the finance ministry's `…につきましては、年金給付費…円、
  医療給付費…円等、合計…円を計上`; fresh2: a town's `…事業に…円、…事業に…円を計上`): the verb's object (`…円を計上`)
  and the items listed by name before it, not a revenue sentence's sources.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import LIST_TO, approx_start, changed_against, opens_change, without_approx
from . import account_levels, grant_terms, heading_roles, inline_items, owned_figures, prices, unowned
from . import outline as ol
from .class_splits import class_split
from .labels import BUDGET_ROLES, LineInfo, label_role
from .line_parts import strip_markers
from .programs import _tags, is_name, strong, without_works
from .prose_totals import appropriating_verb, date_target, exchange_rate, goes_to, prose_target, purpose_budget, revenue_topic, spent_on
from .qualifiers import threshold
from .request_verbs import drawn_from, requested, sum_of_accounts, sum_of_kinds
from .settlements import balance, settled_scope
from .stage_marks import added_by, after_supplementary, income_label, new_cap, supplementary_account

#: how far before a figure its clause's end is read, and after it a change verb (windows: linear on long lines)
_REACH = 24


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    d = load("roles")["prose"]
    return {k: tuple(v) for k, v in d.items()}


def _clause_before(info: LineInfo, m: Mention) -> str:
    return re.split(r"[。、，,；;]", info.norm[max(0, m.start - _REACH):m.start])[-1].rstrip(" 約")


#: how far a figure's sentence is read either side of it (a window: a long line costs linear time, issue 24 #11)
_SENTENCE_REACH = 400


def _sentence_start(info: LineInfo, m: Mention) -> int:
    return info.norm.rfind("。", max(0, m.start - _SENTENCE_REACH), m.start) + 1 or max(0, m.start - _SENTENCE_REACH)


def _sentence(info: LineInfo, m: Mention) -> str:
    start = _sentence_start(info, m)
    end = info.norm.find("。", m.end, m.end + _SENTENCE_REACH)
    return info.norm[start:end if end >= 0 else min(len(info.norm), m.end + _SENTENCE_REACH)]


def is_change(info: LineInfo, m: Mention) -> bool:
    """A difference from another figure (see the module's docstring)."""
    w = _words()
    if _clause_before(info, m).endswith(w["compared_before"]):
        return True
    if m.role == "supplementary_budget":
        return False  # `補正予算額は762億円の増額`: a supplementary is an increase or a decrease by its nature
    after = info.norm[m.end:m.end + _REACH].lstrip()
    return opens_change(after) or changed_against(after)


def per_inhabitant(info: LineInfo, m: Mention, chain: list[ol.Node]) -> bool:
    """A budget per inhabitant: its sentence or heading has a per-head and a conversion word (`1人当たりに換算`)."""
    w = _words()
    at = _sentence_start(info, m)
    # in the sentence, the words stand before the figure (`339億円を1人当たりに換算すると、41万円`: only the second)
    texts = [info.norm[max(at, info.end_before(m.start)):m.start]]  # (not another figure's: `補助金(1人あたり換算3,000円) 900万円`)
    heads = [n.text for n in chain[:4] if n.kind in ("heading", "label")][:1]
    if label_role(texts[0]) is not None:  # a figure its sentence names a budget (`予算額339億円を…`) is that budget
        heads = []
    if any(re.search(load("roles")["resident_per_head"], h) for h in heads):
        return True  # a heading that states a budget per resident (`◇町民1人に使われるお金`): no grant's recipient
    return prices.per_resident(texts[0]) or any(any(p in t for p in w["per_head"]) and any(c in t for c in w["conversion"])
                                                for t in texts + heads)  # `市民1人当たりの予算額:44.8万円`: no grant's size


def appropriated(info: LineInfo, m: Mention, kind: str | None = None) -> bool:
    """A figure right after `に` in a sentence that appropriates (`…に1530万円、…を計上しています`); in a supplementary's
    scope also a figure named as an expense (`…を促進する経費として、N円を増額`), a supplementary's verb (増額, 追加)."""
    at = approx_start(info.norm, m.start)  # (`…経費におよそ25億円、`: an approximation's word before the figure)
    before = info.norm[max(0, at - 8):at].rstrip(" 約、，,")
    verbs = _words()["appropriate"] + (_words()["supplementary_verbs"] if kind == "supplementary_budget" else ())
    if before.endswith(_words()["expense_as"]) and kind is not None:
        # `…を図るための経費として71.2億円(対前年度当初予算2.6億円増)を、…計上`: a bracket's note on the figure left aside
        after = _NOTE_AFTER.sub("", info.norm[m.end:m.end + _REACH], count=1)
        return after.lstrip().startswith("を") and any(v in _sentence(info, m) for v in verbs)
    if _OTHER_OBJECT.match(info.norm, m.end) and not _object_of(info, m, verbs):
        if kind is None or _object_of(info, m, tuple(load("roles")["given_verbs"])) or not spent_on(info, m):
            return False  # the object of another verb (`対象世帯に5万円を給付するための経費として…を計上`)
    if kind is not None and spent_on(info, m):
        return True  # `…工事に1億7300万円。`, `…事業に2億円を充てる`: under a budget label, the work the money goes to
    if not before.endswith("に") or info.norm[at - 1:at] not in "に約 " or date_target(before):
        return False  # `来年度に5億円を繰り越す`: a date is when the money moves, never what it is spent on
    return appropriating_verb(info, m, verbs) and not revenue_topic(info, m)


#: a bracketed note right after a figure (`(対前年度当初予算2.6億円増)`, `(同2.5億円増)`): it notes the figure, no verb takes it
_NOTE_AFTER = re.compile(r"^\s*[(（][^()（）]{0,30}[)）]")


#: a figure named by the noun right before it (`年金給付費十三兆…円`), or `として` / `合計` before it
_NAMED_BEFORE = re.compile(r"(?:[\u4e00-\u9fff\u30a0-\u30ffー]|として|合計)\s*約?\s*$")
_LISTED_AFTER = re.compile(rf"\s*(?:等|など)?\s*(?:や?\s*(?:、|，|,)|{LIST_TO})")  # (`…1566万円や、…`, `…200万円と…3億円`)
#: the figure is an object (of the verb a few words after `を`, `_object_of`)
_OTHER_OBJECT = re.compile(r"\s*(?:等|など)?\s*を")


def _object_of(info: LineInfo, m: Mention, verbs: tuple[str, ...]) -> bool:
    """The figure is the object of one of the verbs: `を`, a few words at most, the verb (`…円を新たに計上`, `…円を追加し`)."""
    after = _OTHER_OBJECT.match(info.norm, m.end)
    if after is None:
        return False
    if info.norm[after.end():after.end() + 1] in ("、", "，", ","):  # `…に3億円を、…に4千万円を計上`: objects sharing one verb
        return any(v in _sentence(info, m)[m.end - _sentence_start(info, m):] for v in verbs)
    window = re.split(r"[、。，,を]", info.norm[after.end():after.end() + _OBJECT_WORDS + 3])[0]
    return any(v in window for v in verbs)


#: how many characters may stand between `を` and its verb
_OBJECT_WORDS = 6


#: a table row's own figure, written without a unit (`市単独農道水路維持管理費 77,500 67,500 …`)
_BARE_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,.])")
#: how far back a figure's sentence is searched for its row's own figure (a long line stays linear)
_ROW_REACH = 400


def row_figure_before(info: LineInfo, m: Mention) -> bool:
    """The figure's sentence follows a budget table row's own unit-less figures on its line (`…維持管理費 77,500 67,500
    … 修繕費30,000千円、委託料15,000千円等を計上。`): the sentence describes what the row's cost is made of (GUIDE:
    breakdowns of a programme's own cost are `other`), it appropriates nothing of its own."""
    start = max(info.norm.rfind("。", max(0, m.start - _ROW_REACH), m.start) + 1, m.start - _ROW_REACH, 0)
    spans = [(x.start, x.end) for x in info.mentions if x.end > start and x.start < m.start]
    return any(not any(a <= f.start() < b for a, b in spans) for f in _BARE_FIGURE.finditer(info.norm, start, m.start))


def listed_appropriation(info: LineInfo, m: Mention) -> bool:
    """A figure its sentence appropriates with a verb after it (`…合計三十八兆…億円を計上`): the verb's object, an item
    listed before it by name (`年金給付費十三兆…億円、`, `…として十八兆…億円、`) or inline (`▽name:N円、`); not revenue."""
    if m.per is not None or "at_most" in m.qualifiers or threshold(info.norm, m) or \
            any(w in _clause_before(info, m) for w in load("roles")["support_own"]):
        return False  # a grant's size or a cap (`1人当たり5万円を給付する経費として…を計上`), not the appropriation
    if inline_items.marked_item(info, m):
        return True  # `…、▽地殻変動監視の推進:2億8,500万円、…`: an item of a bulleted list flattened into the sentence
    sentence_end = info.norm.find("。", m.end, m.end + _SENTENCE_REACH)
    rest = info.norm[m.end:sentence_end if sentence_end >= 0 else m.end + _SENTENCE_REACH]
    if not any(v in rest for v in _words()["appropriate"]):
        return False
    if revenue_topic(info, m):
        return False
    if row_figure_before(info, m):
        return False  # the row's own cost is its unit-less figure: what its description lists breaks it down
    if _object_of(info, m, _words()["appropriate"]):
        return True
    return _LISTED_AFTER.match(rest) is not None and _NAMED_BEFORE.search(info.norm[max(0, m.start - 4):m.start]) is not None


@lru_cache(maxsize=1)
def _level_before() -> re.Pattern[str]:
    return re.compile(load("roles")["level_before"])


def level_after_change(info: LineInfo, m: Mention) -> str | None:
    """The budget a level after its change is (the module's docstring): the sentence's words before the figure when they name
    the budget or an account as the topic (`一般会計は…6.3%増の42億円`), "" a programme (owned_figures); else None."""
    before = info.norm[_sentence_start(info, m):m.start]
    if not _level_before().search(before[-_REACH:]) or any(w in before for w in load("roles")["settlement_words"]):
        return None  # `決算額は前年度比2億円増の48億円`: a settlement's level, no budget
    if owned_figures.programme_topic(before):
        return ""  # `…の内訳は、「A」が同91%増の162億円`: a programme's level, no whole (apply: total_of stays empty)
    return before.strip() if any(w in before for w in load("roles")["level_topics"]) or _account_topic(before) else None


#: a sentence's topic: the words before `は` / `が` (`一般会計は`, `町税は`)
_TOPIC_WORD = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ffー]+)[」』]?(?:は|が|も)[、，,]?")  # (`「…特別会計」も、`: a second account)


def _account_topic(before: str) -> bool:
    """The sentence's last topic is an account (`一般会計は対前年度比6.3%増の42億円`; roles.json accounts): its level is the
    account's budget; a revenue or a side as the topic (`町税は…`, `歳入は…`) is no account's."""
    topics = _TOPIC_WORD.findall(before)
    return bool(topics) and any(a in topics[-1] for a in load("roles")["accounts"])


def apply(m: Mention, info: LineInfo, chain: list[ol.Node], kind: str | None, deck_kind: str | None = None) -> None:
    """Set role (and role_source) of one amount from its own sentence; `kind` is the role of its budget scope, if any;
    `deck_kind` the role a budget deck with no scope label gives the figures its budget verbs take (request_verbs.py)."""
    if heading_roles.apply(m, chain):
        return  # `■一般会計 歳入` / `●…前年比増減の理由` over the item: a revenue or a change, whatever its sentence says
    if m.role in (*BUDGET_ROLES, "support", "other") and m.role_source in prices.LEFT and (price := prices.read(info, m)) is not None:
        m.role, m.role_source = price, "price"  # `助成券(2,000円×5枚)`, `1食あたり、小学校360円`, `2000円分のクーポン`
        return
    if m.role in BUDGET_ROLES and income_label(info, m):
        m.role, m.role_source = "other", "revenue"  # `収入総額 13億円`: an account's income side
        return
    if m.role in BUDGET_ROLES and new_cap(info, m):
        m.role, m.role_source = "support", "grant"  # `補助の上限額を5万円増額し、20万円とする`: the grant's new cap
        return
    if m.role in (*BUDGET_ROLES, "other") and after_supplementary(info, m):
        m.role, m.role_source, m.total_of = "budget", "level", m.total_of or "総額"  # `…を追加し、総額N円とした`
        return
    level = level_after_change(info, m) if m.role in ("other", "previous_budget", "budget") and not settled_scope(info, chain) else None
    if level is not None:
        whole = None if purpose_budget(level) else level  # `…を支援する予算は、37%増の213億円`: a programme's budget
        m.role, m.role_source, m.total_of = "budget", "level", m.total_of or whole
    elif m.role in (*BUDGET_ROLES, "support") and (is_change(info, m)):
        m.role, m.role_source = "other", "change"
    elif m.role in BUDGET_ROLES and drawn_from(info, m):
        m.role, m.role_source = "other", "breakdown"  # `財政調整基金から2億円`: a source drawn on, not a spending
    elif m.role in BUDGET_ROLES and exchange_rate(info, m):
        m.role, m.role_source = "other", "rate"  # `※レート 1ドル120円`: a conversion rate, no money budgeted
    elif m.role in BUDGET_ROLES and (balance(info, m) or unowned.balance(info, m)):
        m.role, m.role_source = "other", "balance"  # `市債残高 … 725億円`, `収支は…1億円の黒字`: a stock or a result, no money appropriated
    elif m.role in (*BUDGET_ROLES, "support") and per_inhabitant(info, m, chain):
        m.role, m.role_source = "other", "per_head"
    elif m.role in BUDGET_ROLES and m.role_source == "under" and "。" in info.norm and not own_budget(info, m):
        m.role, m.role_source = ("support", "grant") if m.per is not None or "at_most" in m.qualifiers else ("other", "verb")
    elif m.role in (*BUDGET_ROLES, "other") and sum_of_kinds(info, m):
        m.role, m.role_source = "other", "sum"  # `…補正20億円、当初30億円、合わせて50億円を計上`: two kinds of money added up
    elif m.role == "other" and m.role_source in ("fallback", "under") and (whole := sum_of_accounts(info, m)) is not None:
        m.role, m.role_source, m.total_of = whole, "sum", m.total_of or "(accounts)"  # `一般会計…特別会計…併せまして274億円`
    elif kind is not None and m.role_source == "fallback" and not drawn_from(info, m) and not grant_terms.own_grant(info, m) and (
            appropriated(info, m, kind) or expense_class(info, m) or bracketed_cost(info, m) or listed_appropriation(info, m)
            or kind == "budget" and account_levels.account_level(info, m) or class_split(info, m)):
        m.role, m.role_source = kind, "scope"
    elif m.role == "other" and m.role_source in ("fallback", "under") and (kind or deck_kind) and requested(info, m) \
            and not revenue_topic(info, m) and not balance(info, m):
        m.role, m.role_source = kind or deck_kind, "scope"  # `…交付金を236億円要求`, `2億円が新規計上`: the money put in
    if (m.role == "budget" or m.role == "other" and m.role_source in ("fallback", "under", "change")) and added_by(info, m) \
            or m.role == "budget" and m.role_source == "scope" and supplementary_account(info, m, kind):
        m.role = "supplementary_budget"  # `6月補正予算案…一般会計は15億5100万円`, `…補正予算…N円を追加して`: its size
    if m.role in BUDGET_ROLES and not m.total_of and (expense_class(info, m) or in_class_sentence(info, m) or class_split(info, m)):
        m.total_of = "(expense class)"  # a class sums the programmes of every ministry: no programme's row


def own_budget(info: LineInfo, m: Mention) -> bool:
    """A sentence's figure that a label line above made a budget states that budget only when nothing in its sentence
    says otherwise: no grant's size or cap (`1人当たり2万円を支給`, `最大30万円`: support), no threshold (`300万円以上の
    事業`), and the verb that takes it with `を`/`が`, if any, appropriates (`12億円が…交付金で賄われる`: other)."""
    if m.per is not None or "at_most" in m.qualifiers or threshold(info.norm, m):  # `36億円余りが計上` is no threshold
        return False
    following = next((a for a in info.amounts if a.start >= m.end), None)
    between = info.norm[m.end:following.start] if following is not None else "、"
    if not re.search(r"[、。，,▽]", between) and between.rstrip(" 約").endswith("に"):
        return False  # `融資枠500億円創設に158億円を確保`: a figure inside the work another figure is spent on
    if not re.match(r"\s*(?:等|など)?\s*[をが]", info.norm[m.end:]):
        return True  # no verb takes it as its object or subject: the label's figure (`特別会計は、1,118億円の同4.4%増`)
    return appropriating_verb(info, m) or goes_to(info, m) or label_role(_clause_before(info, m)) is not None


_BRACKETED_COST = re.compile(r"[^\s(（|｜:：、，,。0-9０-９]\s*[(（]\s*(?:約)?\s*$")
_LISTED_COST, _BRACKET_CLOSE = (re.compile(r"[0-9０-９][万億千兆]*円\s*[)）]\s*(?:、|や|と)"),
                                 re.compile(r"\s*(?:[、，,][^()（）円]{1,30})?[)）]\s*(?:[。、，,]|や|など|等|$)"))


def bracketed_cost(info: LineInfo, m: Mention) -> bool:
    """A description closed by its cost in brackets (`子どもの医療費を無料にする(3億5,000万円)。`, `…補助金(3,870万円、補助率:50%)`):
    under a budget label, the described work's budget (fresh2), as a quoted name's `「…」(N億円)`; no revenue sentence's."""
    if not _BRACKETED_COST.search(info.norm[max(0, m.start - 4):m.start]) or not _BRACKET_CLOSE.match(info.norm, m.end) or \
            revenue_topic(info, m):  # (`補正財源は…からの繰り入れを予定(約3億円)`: a source drawn on)
        return False
    sentence = info.norm[_sentence_start(info, m):m.start]
    if "は、" in sentence and not _LISTED_COST.search(sentence[sentence.find("は、"):]):  # not `…改修(1億円)、…工事(`
        return False  # a topic's sentence (`事業の概要は、次のとおり(7,115,000千円)`) describes no work of its own
    clause = _clause_before(info, m)
    return label_role(clause) is None and not any(w in clause for w in load("roles")["support_own"])


def expense_class(info: LineInfo, m: Mention) -> bool:
    """The national budget's expense class is the topic right before the figure (`社会保障関係費は、36兆円`,
    `…関係費以外は30兆円`, `防衛関係費が6兆円`, `防衛関係費につきましては、…`): a budget of the year (fresh and heldout:
    expense classes are budgets, revenues and changes are not)."""
    at = info.norm.rfind("。", max(0, m.start - _REACH), m.start) + 1
    before = info.norm[max(at, m.start - _REACH):m.start].rstrip(" 、，,約")
    return before.endswith(_words()["expense_class_topics"])


def in_class_sentence(info: LineInfo, m: Mention) -> bool:
    """A figure listed in a sentence whose topic is a national expense class (`社会保障関係費につきましては、年金給付費…円、
    医療給付費…円等、合計…円を計上`): the class's parts are classes of their own (heldout gold: 主要経費 classes sum many
    programmes), no programme's row."""
    before = info.norm[_sentence_start(info, m):m.start]
    return any(t in before for t in _words()["expense_class_topics"])


#: where a prose programme's name begins: after a clause mark or a topic (`…では`, `…は`, `…として`)
_NAME_START = re.compile(r".*(?:[、，,。]|では|には|は|として)")

#: how far before its figure a prose programme's name is read
_NAME_REACH = 60


def _head(info: LineInfo, m: Mention) -> str:
    """The words before the figure back to the figure before it on its line: a figure closes the item it ends
    (`…事業に550万円▽…アプリの導入に99万円`), so no name reaches over one."""
    ends = info.amount_ends  # sorted once per line: the figure before, by bisection (a long line stays linear)
    k = bisect_right(ends, m.start)
    while k and info.norm.startswith("の", ends[k - 1]):
        k -= 1  # `1世帯あたり3万円の商品券を配る事業に、4億円`: a figure that modifies a noun is inside the name
    start = max(0, m.start - _NAME_REACH, ends[k - 1] if k else 0)
    return info.norm[start:m.start]


def appropriation_name(info: LineInfo, m: Mention) -> str | None:
    """The programme a figure in prose is spent on, the phrase that names the work (GUIDE, fresh2 judgement calls):
    the 「」 name right before `に` (`「町有林造林事業」に4097万円`), else the words of its clause before `に`
    (`林道の改良・開設工事に5770万円`); the expense before `として` (`…を促進する経費として、N円を増額`); a description
    closed by its cost in brackets (`…ため、給食材料費の高騰分について公費負担(6100万円)`): its last clause."""
    head = without_approx(_head(info, m).rstrip(" 約、，,"))  # (`…経費におよそ25億円`)
    expense = next((w for w in _words()["expense_as"] if head.endswith(w)), None)
    noted = _NOTE_AFTER.sub("", info.norm[m.end:m.end + _REACH], count=1)  # `…として71.2億円(対前年度…増)を`
    if expense is not None and m.role in BUDGET_ROLES and noted.lstrip().startswith("を"):
        head = head[:-len(expense)]
        aim = next((w for w in _words()["aim_of_expense"] if head.endswith(w)), None)
        # `…の充実強化を図るための経費として`: the aim is the programme (`図る` says only that it is aimed at)
        head = head[:-len(aim)] if aim is not None else head + expense.removesuffix("として")
    elif appropriated(info, m):
        head = head.rstrip(" 約")[:-1].rstrip()  # `に` dropped
    elif bracketed_cost(info, m):
        head = head.rstrip(" 約(（")
    elif (target := prose_target(info, m, head)) is not None:
        head = target  # `…費用には1001万円を計上`, `…予算として531億円`, `…運営費負担金5千万円を計上` (context/prose_totals.py)
    else:
        return None
    head = without_works(owned_figures.quoted_level(head))  # (`「…」が同7%増の`: the quoted name)
    if head.endswith("」") and "「" in head:
        name = head[head.rindex("「") + 1:-1]
    else:
        found = _NAME_START.match(head)
        name = head[found.end():] if found else head
    marker, _, name, _ = strip_markers(name.strip())
    name = name.strip()
    if marker is not None and name.startswith("の"):
        name = name[1:]  # `②の施設管理受託事業費支出として`: the list number's `の` (minutes read a list aloud)
    tail = next((t for t in load("programs")["name_phrase"]["statement_tails"] if name.endswith("費" + t)), "")
    name = name[:len(name) - len(tail)]  # `事業費支出`: a statement's line for the expense 事業費
    if name[:1] in _PARTICLES:
        return None  # a phrase that opens with a particle is the tail of another phrase, no name
    named = _named_programme(name)
    if len(named) > _LONGEST_NAME:  # a long phrase: the work after the clause that modifies it (`…に指定されている町道…工事`)
        named = _named_programme(name, long=True)
    return named if 2 <= len(named) <= _LONGEST_NAME else None


#: particles that never open a name
_PARTICLES = "のをにがはとでへも"

#: a prose programme's name is at most this long: a longer phrase holds a clause about the work
_LONGEST_NAME = 40


#: particles that close a modifier before a noun (`各小中学校への`, `…の製作などの`)
_MODIFIER_ENDS = (("へ", "の"), ("など", "の"), ("等", "の"))


def _named_programme(phrase: str, long: bool = False) -> str:
    """A phrase that ends with a programme's name (`…事業`, programs.json suffixes) is that name without the words that
    modify it (`完全無料とする子ども医療費助成事業`, `各小中学校への学習支援事業`, `…の製作などのシティセールス展開事業`): after
    the last `への`/`などの` or verb that ends a relative clause before a noun; a name with `の` inside stays whole
    (`山の都地域しごと支援事業`). A phrase that describes work (`…保育料の完全無償化`) is the name as written."""
    if not (strong(phrase) or long) or "「" in phrase:
        return phrase
    tags = _tags(phrase)
    cut, at = 0, 0
    for k, (word, tag) in enumerate(tags):
        at += len(word)
        following = tags[k + 1][1] if k + 1 < len(tags) else ""
        if (k > 0 and (tags[k - 1][0], word) in _MODIFIER_ENDS) or (
                tag.startswith("動詞") and word.endswith("る") and following.startswith("名詞")):
            cut = at
    rest = phrase[cut:]
    return rest if cut and len(rest) >= 4 and (is_name(rest) or long) else phrase
