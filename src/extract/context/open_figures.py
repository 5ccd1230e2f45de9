"""Figures no label scoped, read by the way their sentence is written (scope.py calls `apply`, which runs prose_roles.apply first).

Conventions of the gold READMEs (fresh4, fresh6a/b/c, fresh7a/b), each seen in decks of several issuers:

- **An appropriating verb makes a budget with no label** (a village's page that names no year: `…交付金に7,900万円、
  …に2,472万円を計上`, `空き家対策の補助金を460万円計上`): the verbs that can only put money into a budget (roles.json
  open_figures.budget_verbs: `計上`, `盛り込`, `予算化`) take their figures, listed ones too, as `budget`, the year
  left open, where the words before the figure name a programme or a work (`…交付金に`, `…事業費に`; not a company's
  `特別損失として…を計上`, nor a bare purpose `公共交通の維持に`); a grant's word in the programme's name (`移住支援事業に
  300万円を計上`) changes nothing. In a budget deck (request_verbs.budget_deck) with no scope label, the appropriation
  rules read with the deck's kind; under a label line, a figure whose sentence names the work it goes to (`…の復旧に
  2億9000万円などが計上`) is the scope's, unless the sentence notes money beside it (`※このほか…`).
- **Parallel topics in one sentence** (`令和6年度予算のうち、非公共は1,096億円で…、公共は814億円で1億円増`): a topic's figure
  set beside the previous topic's budget figure is the same kind of money.
- **A description closed by its cost in brackets after its verb** (fresh5c's 静岡市: `…高規格救急自動車等を購入します
  (5,000万円)。`, `…予算を増額します(2,100万円)`): the described work's money, of the scope's kind, whatever label or
  source words the description holds (`利用者負担額`, `寄附金を活用し`).
- **A list titled as the programmes** (`主な新規事業は…事業七百二十四万円、…事業六千万円、…`): each figure named by the
  work right before it and closed by `、` (or the line's end) is an item of the list, a budget figure of the scope.
- **An enterprise's spending side** (`支出 7億4,306万円`, `収入244億円から支出237億円を差し引いた`, `資本的支出は、42億円を計上`):
  its budget, with or without a label (account_sides.spending_side), and a side's total, no programme's row (the gold's
  traps); the revenue side stays `other`.
- **A grant's size changed** (`助成金の上限額を、1回あたり5,000円から7,000円へと引き上げ`, `費用の助成(…)を15万円から20万円に
  増額`): the size before and after the change, both `support`, when the words before the first name a grant's size.
- **A split by category** (`当初予算の公共事業費を主な事業区分別で見ると、道路街路事業が300億7200万円…`, `性質別では`;
  roles.json open_figures_patterns.breakdown_view): the figures after it in its sentence split a whole, `other`.
- **The budget a figure was put in, named after it** (`なお、設計費1,500万円は令和7年度9月補正予算に計上済みです`): that
  budget's kind.
- **A settlement's account heading** (`令和6年度 決算の概要` over `■令和6年度 一般会計 28億4,000万円`): the heading labels the
  items with its scope's kind, and a settlement's is none: its figures and the items under it stay `other`.
- **A ceiling named on the figure's own line** (`○債務負担行為 …業務委託 限度額 24億円`; roles.json open_figures.ceiling_words;
  not `補助限度額 20万円`, a grant's cap): a limit, `other` (heading_roles reads a section's heading named so).
- **A supplementary's own size by its verb** (`一般会計 4億3,200万円を減額し、予算総額を…とします`): under a supplementary's
  scope, a figure its sentence adds or cuts (roles.json open_figures_patterns.supplementary_size) is the supplementary; a
  bill's total the sentence ends in (`…を追加し、歳入歳出それぞれ…千円と定める`) is the budget as it stands.
- **A cap stated per unit** (`交付率 1/2、1事業あたり上限3,000万円`, `1地域あたりの交付上限額 50億円`): a grant's size,
  `support`, whatever label line stands above it.
- **A user's own share** (`2,000円の負担で…接種を受けていただける`, `自己負担額1,000円`): what the recipient pays, `other`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import per_recipient, per_unit
from . import clause_roles, grant_terms, owned_figures, prose_roles, respective
from . import outline as ol
from .account_sides import spending_side
from .ceiling_lists import under_ceiling
from .labels import BUDGET_ROLES, LineInfo, account_figure, label_role
from .prose_totals import revenue_topic
from .qualifiers import threshold
from .request_verbs import drawn_from, requested
from .settlements import settled_scope
from .totals import bill_total

#: how a role was left open or given by a scope (not by the figure's own words: a per-head conversion, a price, a column)
_OPEN = ("fallback", "under", "scope", "")
#: how far before a figure its sentence is read (a window: a long line stays linear)
_REACH = 60


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in load("roles")["open_figures"].items() if not k.startswith("_")}


def _sentence_after(info: LineInfo, m: Mention) -> str:
    end = info.norm.find("。", m.end, m.end + 4 * _REACH)
    return info.norm[m.end:end if end >= 0 else m.end + 4 * _REACH]


def budget_verb(info: LineInfo, m: Mention) -> bool:
    """A verb that only puts money into a budget stands after the figure in its sentence (`…を計上`, `…を盛り込んでいる`)."""
    return any(v in _sentence_after(info, m) for v in _words()["budget_verbs"])


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    titles = "|".join(map(re.escape, load("roles")["list_titles"]["programmes"]))
    return re.compile(rf"(?:{titles})(?:としては|として|には|では|は)[、，,\s]*")


#: the work's last character right before its figure (`…事業七百二十四万円`, `…補助金百万円`)
_NAMED = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー々)）」]\s*(?:など|等)?\s*約?\s*$")
#: a topic's `は` after a noun (`歳入は`); not an adverb's (`これまでは借地で…`)
_OTHER_TOPIC = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー々)）」]\s*は")
#: what closes a listed item: `、`, `など。`, the line's end
_CLOSED = re.compile(r"\s*(?:等|など)?\s*(?:[、，,。]|$)")


def titled_list(info: LineInfo, m: Mention) -> bool:
    """The figure is an item of a list its sentence titles as the programmes (`主な新規事業は…事業七百二十四万円、…`)."""
    floor = max(0, m.start - 4 * _REACH)  # (a window: a long line stays linear)
    head = info.norm[info.norm.rfind("。", floor, m.start) + 1 or floor:m.start]
    found = list(_titled().finditer(head))
    if not found or _OTHER_TOPIC.search(head[found[-1].end():].replace("事業", "")):
        return False  # another topic after the title (`主な事業は…で、歳入は…`) is no item of its list
    return bool(_NAMED.search(head)) and _CLOSED.match(info.norm, m.end) is not None


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v) for k, v in load("roles")["open_figures_patterns"].items() if not k.startswith("_")}


def changed_grant(info: LineInfo, m: Mention, previous: Mention | None) -> bool:
    """The figure is a grant's size before or after its change (`…助成…を15万円から20万円に増額`): `N円からM円へ` with a
    change verb after it, and the words before the first figure name a grant's size (`上限額を`, `1回あたり`, `助成(…)を`;
    roles.json per_recipient and open_figures.grant_sizes), with no budget's word between (`…助成事業の予算を8,000万円から`)."""
    p = _patterns()
    if p["from_size"].match(info.norm, m.end) and p["to_size"].search(info.norm, m.end, m.end + _REACH // 2):
        first = m  # `5,000円から7,000円へと引き上げ`: the size before the change
    elif previous is not None and p["from_only"].fullmatch(info.norm, previous.end, m.start) and p["to_size"].match(info.norm, m.end):
        first = previous  # the size after it
    else:
        return False
    before = info.norm[max(0, first.start - _REACH // 2):first.start]
    budget = max((before.rfind(w) + len(w) for w in _words()["budget_words"] if w in before), default=0)
    return _grant_size().search(before[budget:]) is not None


@lru_cache(maxsize=1)
def _grant_size() -> re.Pattern[str]:
    sizes = (*per_recipient(), *_words()["grant_sizes"])
    return re.compile("|".join(map(re.escape, sizes)) + "|" + load("roles")["open_figures_patterns"]["grant_given"])


def own_share(info: LineInfo, m: Mention) -> bool:
    """What the recipient pays himself (`2,000円の負担で`, `自己負担額1,000円`): no money of the issuer's budget."""
    return _patterns()["own_share"].match(info.norm, m.end) is not None or info.norm[max(0, m.start - 8):m.start].rstrip(" 約").endswith(
        _words()["own_share_before"])


def _starts(info: LineInfo) -> list[int]:
    """Where the line's amounts start, computed once per line (a long line stays linear)."""
    starts = info.memo.get("open_figures")
    if not isinstance(starts, list):
        starts = [a.start for a in info.amounts]
        info.memo["open_figures"] = starts
    return starts


def _previous(info: LineInfo, m: Mention) -> Mention | None:
    """The amount right before the figure on its line (by bisection: a long line stays linear)."""
    k = bisect_left(_starts(info), m.start)
    return info.amounts[k - 1] if k else None


#: the particle between the work's name and its figure (`…交付金に7,900万円`, `…補助金として700万円`, `…補助金を460万円`)
_PARTICLE = re.compile(r"\s*(?:には|に|として|を|は)?\s*約?\s*$")


def _names_programme(info: LineInfo, m: Mention) -> bool:
    """The words right before the figure name a programme or a work (`…交付金に`, `…事業費に`, `…解体工事に`), not an expense
    class (`人件費に`), a company's booking (`特別損失として…計上`) nor a purpose (`公共交通の維持に`)."""
    clause = re.split(r"[、，,。]", info.norm[max(0, m.start - _REACH):m.start])[-1]
    name = clause[:_PARTICLE.search(clause).start()]  # type: ignore[union-attr]
    ends, classes = clause_roles.programme_ends()
    return name.endswith(ends) and not any(name.endswith(c) for c in classes)


#: a short topic right before a figure, opening its clause (`、公共は814億円で`, `、特別会計は`)
_TOPIC = re.compile(r"[、，,]\s*([^、，,。\d]{1,12}?)(?:は|が)\s*約?\s*$")


def parallel_topic(info: LineInfo, m: Mention) -> Mention | None:
    """The figure is a topic's level set beside an earlier topic's budget in one sentence (`令和6年度予算のうち、非公共は
    1,096億円で前年度に比べ10億円の減、公共は814億円で1億円増`; the changes between are skipped): the same kind of money,
    that figure (None otherwise)."""
    here = _TOPIC.search(info.norm, max(0, m.start - _REACH // 2), m.start)
    if here is None or prose_roles.is_change(info, m):
        return None
    k = bisect_left(_starts(info), m.start)
    for previous in reversed(info.amounts[max(0, k - _PARALLEL):k]):
        if "。" in info.norm[previous.end:m.start]:
            return None
        there = _TOPIC.search(info.norm, max(0, previous.start - _REACH // 2), previous.start)
        if previous.role in BUDGET_ROLES and there is not None and there.group(1) != here.group(1):
            return previous
    return None


#: how many figures back a parallel topic's budget is looked for
_PARALLEL = 4


def _respective(info: LineInfo, m: Mention) -> Mention | None:
    """A later figure of a respective list (`…にもそれぞれ40億円、36億円を支出した`, respective.py): the first's budget, its
    kind of money (None otherwise, or where the figure is a change)."""
    first = respective.first_of(info, m)
    return first if first is not None and first.role in BUDGET_ROLES and not prose_roles.is_change(info, m) else None


#: a figure alone in brackets right after the sentence's verb (`…を購入します(5,000万円)`, `…を更新する(2,100万円うち…)`)
_VERB_BRACKET = re.compile(r"(?:ます|する|した)\s*[(（]\s*約?\s*$")
_BRACKET_REST = re.compile(r"\s*(?:[)）]|うち)")


def verb_bracket(info: LineInfo, m: Mention) -> bool:
    """A description closed by its cost in brackets after its verb: the work's cost, whatever label words the description
    holds (`…利用者負担額の見直し…予算を増額します(2,100万円)`)."""
    return _VERB_BRACKET.search(info.norm, max(0, m.start - 8), m.start) is not None and _BRACKET_REST.match(info.norm, m.end) is not None


def _split_by_category(info: LineInfo, m: Mention) -> bool:
    """The figure's sentence splits a whole by category before it (`…事業区分別で見ると、道路街路事業が300億円`), and the figure
    is no work's allocation (`主な事業を分野別に見ると、…保育所整備事業に3億円`: a programme's money, listed by field)."""
    floor = max(0, m.start - 4 * _REACH)
    if not _patterns()["breakdown_view"].search(info.norm, info.norm.rfind("。", floor, m.start) + 1 or floor, m.start):
        return False
    return not (info.norm[max(0, m.start - 3):m.start].rstrip(" 約").endswith("に") and _names_programme(info, m))


#: the budget a figure was put in, named after it (`…は令和7年度9月補正予算に計上済みです`, `…を当初予算で措置`)
_BOOKED_IN = re.compile(r"\s*(?:は|を|が|も)\s*[、，,]?\s*([^、。]{2,24}?)(?:で|に)\s*(?:計上|措置|盛り込)")


def _booked_in(info: LineInfo, m: Mention) -> str | None:
    """The role of the budget the figure's sentence says it was put in, right after it (`N円は…補正予算に計上済み`)."""
    found = _BOOKED_IN.match(info.norm, m.end, m.end + _REACH)
    label = label_role(found.group(1)) if found is not None else None
    return label[0] if label is not None and label[0] in BUDGET_ROLES else None


@lru_cache(maxsize=1)
def _cap_terms() -> tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    """A cap's word right before the figure (`上限3,000万円`, `交付上限額 50億円`, `最大 100万円`), the per-unit words, and
    a per-unit word right before the figure (roles.json cap_terms)."""
    terms = load("roles")["cap_terms"]
    caps, units = "|".join(map(re.escape, terms["caps"])), per_unit()
    before = r"\s*[:：]?\s*約?\s*$"
    return (re.compile(rf"(?:{caps}){before}"), units,
            re.compile(rf"(?:{'|'.join(map(re.escape, units))}){before}"))


def per_unit_cap(info: LineInfo, m: Mention) -> bool:
    """A cap stated per unit (`1事業あたり上限3,000万円`, `1地域あたりの交付上限額 50億円`, `（1経営体あたり上限 1,000万円）`): a
    grant's size (GUIDE: caps are `support`), whatever label line stands above it; the per-unit word within the sentence
    before it (roles.json per_recipient)."""
    floor = max(0, m.start - _REACH // 2)
    before = info.norm[max(info.norm.rfind("。", floor, m.start) + 1, info.end_before(m.start), floor):m.start]
    cap, per_unit, per_unit_before = _cap_terms()
    if cap.search(info.norm, max(0, m.start - 8), m.start):
        return any(w in before for w in per_unit)
    # or the per-unit word right before the figure, the cap's word before it (`貸付限度額 1事業者あたり2,000万円`)
    return per_unit_before.search(before) is not None and any(w in before for w in load("roles")["cap_terms"]["caps"])


def _headed_account(chain: list[ol.Node]) -> bool:
    """A heading over the figure (or its own) states an account's figure for its year (labels.account_figure): a label whose
    kind is its scope's, no budget of its own in a settlement's deck."""
    return any(n.kind in ("heading", "label", "page_title") and account_figure(n.text[:2 * _REACH]) for n in chain[:4])


def _aside(info: LineInfo, m: Mention) -> bool:
    """The figure's sentence is a note of money beside the scope's (`※このほか…`, `…とは別に`)."""
    floor = max(0, m.start - 4 * _REACH)  # (a window: a long line stays linear)
    start = info.norm.rfind("。", floor, m.start) + 1 or floor
    return info.norm[start:start + 4].lstrip().startswith("※") or any(w in info.norm[start:m.start] for w in _words()["aside"])


def apply(m: Mention, info: LineInfo, chain: list[ol.Node], kind: str | None, deck_kind: str | None) -> None:
    """Set the role of an amount by what its own sentence says: prose_roles.apply, then the ways of writing above (scope.py
    calls this for every amount; `kind`: the role of its budget scope, `deck_kind` a budget deck's with no scope label);
    last, a figure still left open takes the role its clause's noun and verb give it (clause_roles.py)."""
    _by_sentence(m, info, chain, kind, deck_kind)
    if m.role in ("other", "support") and m.role_source == "fallback" \
            and (found := clause_roles.role(info, m, support=m.role == "support", scoped=kind in BUDGET_ROLES)) not in (None, m.role) \
            and _left_open(m, info, chain):
        m.role, m.role_source = (kind if found == "budget" and kind in BUDGET_ROLES else found), "clause"
        if m.role in BUDGET_ROLES:
            m.total_of = m.total_of or clause_roles.closing_class(info, m)  # `建設改良費は73億円(…)。`: a class, no row


def _left_open(m: Mention, info: LineInfo, chain: list[ol.Node]) -> bool:
    """Nothing says the figure its clause reads is a part or a change (asked only then: some checks scan the line): not a
    settlement's scope, not a split of a whole by category (`性質別に見ると、人件費が120億円`) or by function, not a change
    (`…事業費が約3億円の減`), not a row's breakdown."""
    return not settled_scope(info, chain) and not _split_by_category(info, m) and not owned_figures.function_class(info, m) \
        and not prose_roles.is_change(info, m) and not prose_roles.row_figure_before(info, m)


def _by_sentence(m: Mention, info: LineInfo, chain: list[ol.Node], kind: str | None, deck_kind: str | None) -> None:
    """prose_roles.apply, then the ways of writing of the module's docstring."""
    prose_roles.apply(m, info, chain, kind, deck_kind)
    if _own_words(m, info, chain, kind) or _sizes(m, info):
        return
    if m.role not in ("other", "support") or m.role_source not in ("fallback", "under") or m.per is not None \
            or "at_most" in m.qualifiers or threshold(info.norm, m):
        return
    if drawn_from(info, m) or revenue_topic(info, m) or prose_roles.balance(info, m):
        if m.role == "support" and revenue_topic(info, m):
            m.role, m.role_source = "other", "revenue"  # `財源は国庫支出金78億円、県債54億円など`: sources, no grant's size
        return
    if grant_terms.own_grant(info, m):
        return  # `・県補助総額:80百万円(300百万円 × 4/15)` in a request: a grant's amount and its base, by their own words
    if (previous := parallel_topic(info, m) or _respective(info, m)) is not None:
        m.role, m.role_source, m.fy = previous.role, "parallel", m.fy or previous.fy  # `…、公共は814億円で1億円増`
        return
    found = _unscoped(m, info, kind, deck_kind)
    owned = None if found is not None or _split_by_category(info, m) else \
        owned_figures.role(m, info, kind or deck_kind, _previous(info, m), prose_roles.is_change(info, m))  # (not `…を款別に見ると、`)
    if owned is not None:
        found, m.total_of = owned[0], m.total_of or owned[1]  # (a supplementary's size, a box's share: no programme's row)
    if found is not None:
        m.role, m.role_source = found, "scope"


def _own_words(m: Mention, info: LineInfo, chain: list[ol.Node], kind: str | None) -> bool:
    """The figure's own words: a side's spending, a split by category, a ceiling, the budget it was put in; whether they set
    its role."""
    if m.role in ("other", "support", "budget") and m.role_source in _OPEN and spending_side(info, m) \
            and not prose_roles.per_inhabitant(info, m, chain) and not settled_scope(info, chain):
        # (not `◇町民1人に使われるお金` over `歳出総額:1,205,217円`, nor a settlement's `歳出総額`)
        # `支出 7億4,306万円`: an enterprise's spending side, its budget; the side's total, no programme's row
        m.role, m.role_source, m.total_of = "budget", "spending", m.total_of or "(spending side)"
    elif m.role in BUDGET_ROLES and m.role_source == "scope" and owned_figures.statistic(info, m):
        m.role, m.role_source = "other", "statistic"  # `…の年間送金額 約1兆2,000億円` under a compilation's title: the world's
    elif m.role in BUDGET_ROLES and m.role_source != "column" and owned_figures.kinds_summed(info, m, kind):
        m.role, m.role_source = "other", "sum"  # `令和5年度補正との合計でも3,170億円`: two kinds of money added up
    elif m.role in BUDGET_ROLES and m.role_source != "column" and owned_figures.function_class(info, m):
        m.role, m.role_source = "other", "breakdown"  # `▽民生費 4018万3千円`: the account split by function (款)
    elif m.role in BUDGET_ROLES and m.role_source != "column" and _split_by_category(info, m):
        m.role, m.role_source = "other", "breakdown"  # `公共事業費を主な事業区分別で見ると、道路街路事業が300億円`: a split
    elif m.role in (*BUDGET_ROLES, "other", "support") and under_ceiling(info, m):  # (capped: no grant)
        m.role, m.role_source = "other", "ceiling"  # `○債務負担行為 …業務委託 限度額 24億円`: a ceiling, no money of the year
    elif m.role_source in ("", "scope") and owned_figures.added(m, info, kind) \
            or m.role == "other" and m.role_source == "fallback" and owned_figures.booked_before(m, info, kind):
        m.role, m.role_source = "supplementary_budget", "scope"  # `一般会計に38億円を追加計上`: what the supplementary adds
    elif m.role in BUDGET_ROLES and (m.role_source in ("under", "") and revenue_topic(info, m)
                                     or m.role_source in ("scope", "under") and owned_figures.revenue_named(info, m)):
        m.role, m.role_source = "other", "revenue"  # `歳入では、市税を1億2,000万円増額し`: a source, under a label line too
    elif m.role == "other" and m.role_source == "change" and owned_figures.supplementary_change(m, info, kind):
        m.role, m.role_source, m.total_of = "supplementary_budget", "scope", m.total_of or "(supplementary)"  # `…合わせると5千万円の増額`
    elif m.role == "supplementary_budget" and m.role_source == "scope" and bill_total(info, m) \
            and re.match(load("roles")["account_result_after"], info.norm[m.end:]):
        m.role = "budget"  # `…を追加し、歳入歳出それぞれ98,080,421千円と定める`: the total the bill leaves, the budget as it stands
    elif kind == "supplementary_budget" and m.role == "other" and m.role_source == "verb" \
            and _patterns()["supplementary_size"].match(info.norm, m.end) and not revenue_topic(info, m):
        m.role, m.role_source = kind, "scope"  # `一般会計 4億3,200万円を減額し、…`: the supplementary's own size, a cut too
    elif m.role in BUDGET_ROLES and m.role_source == "scope" and settled_scope(info, chain) and _headed_account(chain):
        m.role, m.role_source = "other", "settled"  # `令和6年度 決算の概要` over `■令和6年度 一般会計 28億円`: settled figures
    elif m.role in ("budget", "other") and (found := _booked_in(info, m)) is not None and found != m.role:
        m.role, m.role_source = found, "label"  # `設計費1,500万円は令和7年度9月補正予算に計上済み`: the budget it was put in
    elif kind is not None and m.role in ("budget", "other") and m.role != kind and m.role_source in ("", "fallback") \
            and verb_bracket(info, m):
        m.role, m.role_source = kind, "scope"  # `…を購入します(5,000万円)。`: the cost of the work the sentence describes
    else:
        return False
    return True


def _sizes(m: Mention, info: LineInfo) -> bool:
    """A grant's size changed or capped per unit, a user's own share; whether they set the figure's role."""
    if m.role != "support" and changed_grant(info, m, _previous(info, m)):
        m.role, m.role_source = "support", "grant"
    elif m.role == "other" and m.role_source in _OPEN and owned_figures.rate(info, m):
        m.role, m.role_source = "support", "grant"  # `〇支援金 作付面積 200円/10a`: a grant's rate per unit
    elif m.role in ("other", "budget") and m.role_source in _OPEN and per_unit_cap(info, m):
        m.role, m.role_source = "support", "grant"  # `交付率 1/2、1事業あたり上限3,000万円` under a label line: a grant's cap
    elif m.role in (*BUDGET_ROLES, "support") and "at_most" not in m.qualifiers and own_share(info, m):  # (not `上限500円の自己負担`)
        m.role, m.role_source = "other", "own_share"
    else:
        return False
    return True


def _unscoped(m: Mention, info: LineInfo, kind: str | None, deck_kind: str | None) -> str | None:
    """The role a figure left open takes from its sentence's appropriating words, its list's title, or a budget verb."""
    if kind is not None:  # under a label line left open: the work it goes to (`…の復旧に2億9000万円などが計上`), not a note of
        # money beside the label's (`※このほか同基金に…570億円を計上`)
        spent = m.role_source == "under" and not _aside(info, m) and prose_roles.appropriated(info, m, kind)
        return kind if spent or titled_list(info, m) else None
    if m.role_source != "fallback":
        return None  # under a label line (`令和5年度補正予算額 146億円` then `…に係る570億円を計上`): that label's, not the page's
    if deck_kind is not None:
        return deck_kind if prose_roles.appropriated(info, m, deck_kind) or prose_roles.listed_appropriation(info, m) else None
    named = budget_verb(info, m) and _names_programme(info, m)
    return "budget" if named and (prose_roles.appropriated(info, m, "budget") or requested(info, m)
                                  or prose_roles.listed_appropriation(info, m)) else None
