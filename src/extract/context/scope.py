"""Role, fiscal year, ministry and programme of each amount from the scopes it stands in (context/outline.py).

roles.py decides what the figure's own line and the label lines right above it say. Here, what they left
open is taken from the innermost scope that states it: the figure's item, its heading or label line, the
page's title, the document's title.

- fy: a figure with no year of its own takes the year of the innermost budget label above it
  (`令和N年度当初予算について` heading, `…補正予算` title); a previous-year figure the year before.
- role: a figure on an item line (its owner is a bulleted or labelled item) whose line says nothing of its
  own becomes a budget figure of the scope's kind; words on its own line that make it a grant size, a cap
  or a rate (`上限`, `1人当たり`, a per-rate, a range) keep it `support`. In prose under a budget label, a
  figure whose clause names an account or the budget (`一般会計は612億円`) is that budget.
- A figure labelled with the year before the document's own budget year is the previous year's.
- Totals: a budget figure owned by no item (a header, a pillar, a heading over items with their own
  figures) is the total of a group, not a programme's figure (`total_of`).
- Expense breakdowns (`工事請負費`, `…補助金` lines under a programme's figure) are `other`.
- Accounts, envelopes and whole-budget totals: a budget figure labelled by an account (`一般会計 136億円`,
  `特別会計予算の各局要求総額は、…`), a budget envelope (`沖縄振興予算を…計上`) or a whole-budget label
  (`予算総額`, `現計予算額`, `補正後予算額`, `計`, a bill's `歳入歳出それぞれ`), and the figures of items listed
  under an account heading (`◆特別会計` then `介護保険:29億円`), sum a group (`total_of`).
- A grant per recipient in prose (`ひとりあたり10万円を支給`) is `support` with the scope's year.
- A change from another year (`6年度予算と比較し、3,685億円、4.4%の増`) is `other`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Line, Mention
from . import outline as ol
from .roles import BUDGET_ROLES, LineInfo, budget_label, document_label

_CLAUSE_END = re.compile(r"[。、，,；;]")


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    d = load("roles")
    return {k: list(d[k]) for k in ("support_own", "budget_clause", "change_words", "previous_words", "part_words")}


def _node_label(node: ol.Node, infos: Sequence[LineInfo], loose: bool) -> tuple[str, int] | None:
    """A budget label stated in the node's own segment (its line's fiscal years that fall inside it)."""
    info = infos[node.line_index]
    fys = [m for m in info.fiscal_years if node.start <= m.raw_start < node.end]
    if not fys:
        return None
    return budget_label(LineInfo(info.norm, fys), loose=loose)


def _scope_label(chain: list[ol.Node], infos: Sequence[LineInfo], outline: ol.Outline) -> tuple[str, int] | None:
    """The innermost budget label of a chain of nodes (innermost first), the document title's parts last."""
    for n in chain:
        if n.kind in ("title", "page_title", "heading", "label"):
            found = _node_label(n, infos, loose=True)
            if found is not None:
                return found
        if n.kind == "title":  # the title's other parts (`（令和７年度 補正予算）`)
            for c in n.children:
                found = _node_label(outline.nodes[c], infos, loose=True)
                if found is not None:
                    return found
    return None


def _own_support(info: LineInfo, m: Mention) -> bool:
    """The figure's own words make it a grant size, a cap or a rate: a per-rate, a range, a cap, or a grant's
    word in its clause before it (`1人当たり5万円`, `補助上限 500万円`). A rate noted after an item's figure
    (`○ 〇〇事業 12,000千円（補助率1/2）`) leaves the figure the item's budget."""
    if m.per is not None or (m.min is not None and m.max is not None and m.min != m.max):
        return True
    if "at_most" in m.qualifiers:
        return True
    before = _CLAUSE_END.split(info.norm[:m.start])[-1]
    if named_figure(info, m):  # a programme's name (`特別定額給付金給付事業(…)`): only a word that ends it (`補助上限(…)`)
        return any(before.rstrip(" 　(（").endswith(w) for w in _words()["support_own"])
    return any(w in before for w in _words()["support_own"])


def _per_recipient(info: LineInfo, m: Mention) -> bool:
    """A grant per recipient written in prose (`対象児童ひとりあたり1万円を支給する`): a per-head word directly
    before the figure (`当たり`, `あたり`, `1人につき`) in its clause."""
    before = _CLAUSE_END.split(info.norm[:m.start])[-1].rstrip()
    return any(before.endswith(w) for w in load("roles")["per_recipient"])


def _clause(info: LineInfo, m: Mention) -> tuple[str, str, str]:
    """The figure's sentence before it, its clause before it (between commas) and its clause after it."""
    sentence = info.norm[:m.start].split("。")[-1]
    before = _CLAUSE_END.split(info.norm[:m.start])[-1]
    after = _CLAUSE_END.split(info.norm[m.end:])[0]
    return sentence, before, after


def _previous(text: str) -> bool:
    """`前年度当初予算は` names the previous year's figure; `前年度比` a change."""
    return any(re.search(re.escape(w) + "(?!比)", text) for w in _words()["previous_words"])


@lru_cache(maxsize=1)
def _breakdown() -> tuple[str, ...]:
    return tuple(load("outline")["breakdown_words"])


def apply(lines: Sequence[Line], infos: Sequence[LineInfo], outline: ol.Outline) -> None:
    """Fill role, fy, ministry and total_of of every amount from its scopes (see the module's docstring)."""
    titles = [n for n in outline.nodes if n.kind == "title"]
    doc_label = (_scope_label(titles[:1], infos, outline) if titles else None) or document_label(list(infos)) \
        or _lead_in(outline, infos)
    owned: list[tuple[Mention, ol.Node | None, ol.Node | None, int]] = []
    for i, info in enumerate(infos):
        for m in info.amounts:
            node = outline.at(i, m.raw_start)
            owner = outline.owner(i, m.raw_start)
            owned.append((m, node, owner, i))
    # pages (PDFs) or the deck (text) where items own budget figures: there, an unowned figure is a total
    item_figures: dict[int | None, int] = {}
    for m, _node, owner, _i in owned:
        if owner is not None and owner.kind == "item":
            item_figures[m.page] = item_figures.get(m.page, 0) + 1
    for m, node, owner, i in owned:
        info = infos[i]
        if owner is not None and owner.kind == "item":
            m.ministry = owner.ministry or (node.ministry if node is not None else None)
        chain = outline.chain(owner or node) if (owner or node) is not None else []  # type: ignore[arg-type]
        section = _scope_label([n for n in chain if n.kind != "title"], infos, outline)
        # under a budget lead-in, a later heading that states another subject's year (a fund's balance) scopes
        # its figures' year, not a budget's role
        year = _year_only(chain, infos) if section is None and doc_label is not None else None
        if year is not None:  # `■令和6年度の財政調整基金残高(見込)`: the heading's year, no budget's role
            m.fy = m.fy or year
            continue
        crowded = m.page is not None and item_figures.get(m.page, 0) >= 3
        _role_by_scope(m, info, owner, section or doc_label, doc_label, prose=section is not None, crowded=crowded)
        left_open = m.role == "other" and m.role_source in ("fallback", "under")
        if left_open and (section or doc_label) is not None and _quoted_name_figure(infos, i, m):
            m.role, m.role_source = (section or doc_label)[0], "scope"  # type: ignore[index]
            m.fy = m.fy or (section or doc_label)[1]  # type: ignore[index]
            left_open = False
        if (left_open or _bill_total(info, m)) and (section or doc_label) is not None:
            _whole_budget(m, info, *(section or doc_label))  # type: ignore[misc]
        if m.role in (*BUDGET_ROLES, "support") and _SUBTOTAL.match(_raw_label(info, m)):
            m.role, m.role_source = "other", "breakdown"  # `(補助金計) 70,000千円`: a sheet's subtotal of expenses
        if m.role in BUDGET_ROLES and _is_change(info, m):
            m.role, m.role_source = "other", "change"
        if m.role in BUDGET_ROLES and m.role != "previous_budget":
            _mark_total(m, owner, item_figures, outline, lines)
        if m.role in BUDGET_ROLES and m.role != "previous_budget" and not m.total_of:
            m.total_of = _account_total(info, m, owner, outline)
    _breakdowns(owned, infos, outline)
    _sums(owned, outline)


@lru_cache(maxsize=1)
def _totals() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    d = load("roles")
    return tuple(d["accounts"]), tuple(d["total_labels"]), tuple(d["change_before"])


_CHANGE_AFTER = re.compile(r"^[、，,\s]*(?:[0-9０-９.．]+\s*[%％]\s*)?[、，,\s]*の?(?:増|減)")
_LABEL_TRIM = re.compile(r"^[\s0-9０-９.．、,■◆◇○●・\-]+|[\s|｜:：、，,はがをで]+$")
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


#: a programme sheet's bracketed subtotal of an expense class (`(補助金計)`, `(負担金、補助及び交付金計)`); not the
#: sheet's grand total (`(合計)`), which stands for the programme
_SUBTOTAL = re.compile(r"^[(（](?!合計|総計)[^()（）]{1,30}計[)）]$")


#: how far before a figure its label is looked for, and after it a change word: a window, so a long line
#: costs linear time (issue 24 #11), not a slice of the whole line per figure
_LABEL_REACH = 160
_CHANGE_REACH = 40


def _raw_label(info: LineInfo, m: Mention) -> str:
    """The text right before the figure, back to the previous figure or the line's start."""
    ends = info.amount_ends
    k = bisect.bisect_right(ends, m.start)
    return info.norm[ends[k - 1] if k else 0:m.start].strip()


def _label_before(info: LineInfo, m: Mention) -> str:
    """The words that label the figure: the last non-empty clause of its sentence before it (`一般会計予算は、`)."""
    sentence = info.norm[max(0, m.start - _LABEL_REACH):m.start].split("。")[-1]
    # a bracketed account names the account a programme's figure is paid from (`…事業費（一般会計）`), not a total
    clauses = [_LABEL_TRIM.sub("", _BRACKETED.sub("", c)) for c in re.split(r"[、，,；;|｜]", sentence)]
    clauses = [c for c in clauses if c]
    return clauses[-1] if clauses else ""


def _is_change(info: LineInfo, m: Mention) -> bool:
    """`…と比較し、3,685億円、4.4%の増`: a change word before the figure, an increase or decrease after it."""
    tail = info.norm[max(0, m.start - 8):m.start].split("。")[-1]  # the sentence's last 8 characters
    return any(w in tail for w in _totals()[2]) and bool(_CHANGE_AFTER.match(info.norm[m.end:m.end + _CHANGE_REACH]))


def _account_total(info: LineInfo, m: Mention, owner: ol.Node | None, outline: ol.Outline) -> str | None:
    """The account or whole budget a figure sums (see the module's docstring), else None."""
    accounts, labels, _ = _totals()
    label = _label_before(info, m)
    if any(a in label for a in accounts):
        return label
    if label and any(label == w or (len(w) > 1 and label.endswith(w)) for w in labels):
        return label
    # a budget named as an envelope (`沖縄振興予算を 2,678 億円計上`, `ＡＩ関連予算`): a package, not a programme
    head = re.sub(r"[をはがの]$", "", label)
    if head.endswith("予算") and not _bare_label(head):
        return head
    if owner is not None and owner.kind in ("item", "body"):
        # lines under an account heading that states the account's own figure are its sub-accounts; under a
        # heading with no figure (`【一般会計の主な歳出事業】`) they are programmes
        for a in outline.chain(owner)[1:]:
            if a.kind in ("heading", "label", "item") and a.figures and any(w in (a.name or a.text) for w in accounts):
                return owner.name or owner.text
    return None


#: a lead-in stands near the top of the deck
_LEAD_IN_LINES = 12


_NAME_THEN_BRACKET = re.compile(r"^\s*[^。、，,:：|｜\s][^。、，,:：|｜]{1,39}[（(]\s*$")


def named_figure(info: LineInfo, m: Mention) -> bool:
    """A line that is a programme's name with its figure in brackets and nothing else (`特別定額給付金給付事業
    (7,115,000千円)`): an item heading written without a marker."""
    return len(info.amounts) == 1 and info.norm[m.end:].strip() in (")", "）") \
        and bool(_NAME_THEN_BRACKET.match(info.norm[:m.start]))


def _quoted_name_figure(infos: Sequence[LineInfo], i: int, m: Mention) -> bool:
    return quoted_name(infos, i, m) is not None


#: how many lines a quoted name may run over
_QUOTE_LINES = 3


def quoted_name(infos: Sequence[LineInfo], i: int, m: Mention) -> str | None:
    """A programme quoted by name with its figure in brackets right after it (`「デジタル田園都市国家構想交付金」
    (1,000 億円)等により`; the quote may run over lines, the bracket open the next line): the programme's name."""
    before = infos[i].norm[:m.start].rstrip()
    if not before.endswith(("(", "（")):
        return None
    text = before[:-1].rstrip()
    for k in range(1, _QUOTE_LINES + 1):
        if "「" in text or i - k < 0:
            break
        text = infos[i - k].norm.strip() + text
    if not text.endswith("」") or "「" not in text:
        return None
    name = text[text.rindex("「") + 1:-1].strip()
    return name if 2 <= len(name) <= 60 else None


def _bill_total(info: LineInfo, m: Mention) -> bool:
    """A bill's `歳入歳出予算の総額に歳入歳出それぞれ…`: whatever the line's budget words said, the whole."""
    label = _label_before(info, m)
    return any(label.endswith(w) for w in load("roles")["bill_total_labels"])


def _whole_budget(m: Mention, info: LineInfo, kind: str, fy: int) -> None:
    """A figure labelled as the whole budget or an account (`補正前の額 | 25,060,000千円 |`, `計 | …`) under a
    budget label: the budget as it stands (before or after the supplementary: GUIDE); `補正額` alone is the
    whole supplementary, and a bill's `歳入歳出それぞれ` the whole of the scope's kind. Each sums a group (total_of),
    in amounts only."""
    accounts, labels, _ = _totals()
    label = _label_before(info, m)
    if not label or label.endswith(("合計", "総計")):
        return  # a sum of the items above (`合計　120億円`), not the budget as it stands: left other
    if label in load("roles")["supplementary_total_labels"]:
        m.role = "supplementary_budget"
    elif _bill_total(info, m):
        m.role = kind  # a bill's `歳入歳出それぞれ…を追加`: the whole supplementary (or the whole budget it enacts)
    elif any(a in label for a in accounts) or any(label == w or (len(w) > 1 and label.endswith(w)) for w in labels):
        m.role = "budget"
    else:
        return
    m.fy, m.role_source, m.total_of = m.fy or fy, "scope", label


def _lead_in(outline: ol.Outline, infos: Sequence[LineInfo]) -> tuple[str, int] | None:
    """A deck with no budget title: the first heading or title that states a budget label (`■令和6年度当初予算
    総額…`, `■令和6年度 当初予算概要`) is the lead-in that scopes the figures of the whole deck."""
    for n in outline.nodes:
        if n.line_index >= _LEAD_IN_LINES:  # a label deep in a long deck scopes its own part, not the deck
            break
        if n.kind in ("title", "heading"):
            found = _node_label(n, infos, loose=True)
            if found is not None:
                return found
    return None


def _year_only(chain: list[ol.Node], infos: Sequence[LineInfo]) -> int | None:
    """The year of the innermost heading above a figure that states a fiscal year but no budget label."""
    for n in chain:
        if n.kind in ("heading", "page_title"):
            info = infos[n.line_index]
            fys = [f for f in info.fiscal_years if n.start <= f.raw_start < n.end and f.min is not None and f.min == f.max]
            if fys:
                return int(fys[0].min)
    return None


def _role_by_scope(m: Mention, info: LineInfo, owner: ol.Node | None, label: tuple[str, int] | None,
                   doc_label: tuple[str, int] | None, prose: bool, crowded: bool = False) -> None:
    """`prose`: the label is a section's (a heading or label line), whose sentences state its budgets; under
    the document's title alone, a sentence's figure is a description's (`事業費合計952,400千円`). `crowded`: a
    PDF page whose items state their own figures; there every figure is one of the scope's (items, totals)."""
    if label is None:
        return
    kind, fy = label
    if m.role == "budget" and m.role_source == "" and _previous(_clause(info, m)[1]):
        m.role, m.fy = "previous_budget", (m.fy or fy) - 1  # `前年度当初予算は593億円`: the line's own words win
        return
    marked = owner is not None and owner.kind in ("item", "heading") and owner.marker is not None
    if m.role_source == "under" and m.role == "other" and m.total is None and (marked or "。" in info.norm
                                                                              or named_figure(info, m)):
        m.role_source, m.fy = "fallback", None  # a marked item under a figure's line is an item, not a share of it
    if m.role_source == "fallback":
        sentence, before, after = _clause(info, m)
        stated = owner is not None and (owner.kind in ("item", "heading") or crowded
                                        or owner.kind == "body" and named_figure(info, m))
        if stated and not _own_support(info, m):
            m.role, m.fy, m.role_source = kind, m.fy or fy, "scope"
        elif m.role == "other" and _per_recipient(info, m):
            m.role, m.fy, m.role_source = "support", m.fy or fy, "scope"  # `市民ひとりあたり10万円を支給する`
        elif prose and (owner is None or owner.kind in ("body", "heading", "label", "title", "page_title")):
            if _previous(before):
                m.role, m.fy, m.role_source = "previous_budget", fy - 1, "scope"
            elif any(w in sentence for w in _words()["budget_clause"]) and not any(w in before for w in _words()["part_words"]) \
                    and not any(
                    after.lstrip().startswith(w) for w in _words()["change_words"]) and not _own_support(info, m):
                m.role, m.fy, m.role_source = kind, m.fy or fy, "scope"
    if m.fy is None:
        m.fy = fy - 1 if m.role == "previous_budget" else fy
    # a budget figure labelled with the year before the document's own budget year is the previous year's
    if doc_label is not None and doc_label[0] == "budget" and m.role == "budget" and m.fy == doc_label[1] - 1:
        m.role = "previous_budget"


def _mark_total(m: Mention, owner: ol.Node | None, item_figures: dict[int | None, int], outline: ol.Outline,
                lines: Sequence[Line]) -> None:
    """A budget figure that sums a group: owned by no item on a page (PDF) where items own their figures,
    or owned by a heading whose items carry their own figures."""
    if owner is not None and owner.kind == "item":
        return
    what = (owner.name or owner.text) if owner is not None else None
    if m.page is not None:
        if item_figures.get(m.page, 0) >= 3:
            m.total_of = what or "(page)"
        return
    if owner is not None and owner.kind == "heading" and _items_with_figures(owner, outline):
        m.total_of = what
    elif owner is not None and _bare_label(owner.name) and _items_follow(owner, outline):
        m.total_of = what


_LABEL_ONLY = re.compile(r"(?:令和|平成|R|H)?\s*[0-9０-９元]{1,4}\s*年度|予算|案|額|当初|補正|第[0-9０-９]+次|[()（）:：\s・]")


def _bare_label(name: str) -> bool:
    """A name that is only a budget label (`令和８年度予算案額`): it names no programme."""
    return bool(name) and not _LABEL_ONLY.sub("", name)


#: how many nodes after a bare label's figure are looked at for the items it totals
_FOLLOW = 12


def _items_follow(n: ol.Node, outline: ol.Outline) -> bool:
    """Two or more items with their own figures follow within a few nodes: the figure before them is their total."""
    items = [x for x in outline.nodes[n.seq + 1:n.seq + 1 + _FOLLOW] if x.kind == "item" and x.figures
             and not x.name.rstrip("等 ").endswith(_breakdown())]  # expense lines break a programme's figure down
    return len(items) >= 2


def _items_with_figures(n: ol.Node, outline: ol.Outline) -> bool:
    todo = list(n.children)
    while todo:
        c = outline.nodes[todo.pop()]
        if c.kind in ("item", "heading") and c.figures:
            return True
        todo.extend(c.children)
    return False


def _breakdowns(owned: list[tuple[Mention, ol.Node | None, ol.Node | None, int]], infos: Sequence[LineInfo],
                outline: ol.Outline) -> None:
    """An item that names an expense (`工事請負費`, `…補助金`) under a programme's own budget figure is a
    breakdown of that figure: `other`, not a programme of its own. The programme's figure stands on a node
    the item is listed under, or on an earlier line of the same scope that is not an item itself (`予算額
    10,000千円` then `・工事請負費 8,000千円`). Items that are siblings of other items with figures are
    programmes (`○ 観光誘致促進事業費補助金　5,900千円` in a list of them)."""
    figure_on: dict[int, Mention] = {}  # node seq -> the budget figure it states
    plain_figure: dict[int | None, Mention] = {}  # scope (parent) -> the last budget figure of a non-item line
    for m, _node, owner, i in owned:
        if owner is None:
            continue
        is_budget = m.role in ("budget", "supplementary_budget") and not m.total_of
        name = outline.full_name(owner) if owner.kind == "item" else owner.name
        if is_budget and owner.kind == "item" and name.rstrip("等 ").endswith(_breakdown()):
            programme = next((figure_on[a.seq] for a in outline.chain(owner)[1:] if a.seq in figure_on), None) \
                or plain_figure.get(owner.parent)
            if programme is not None or re.search("|".join(load("outline")["breakdown_heads"]), infos[i].norm[:m.start]):
                m.role, m.role_source = "other", "breakdown"
                m.fy = m.fy or (programme.fy if programme is not None else None)
                continue
        if is_budget:
            figure_on.setdefault(owner.seq, m)
            if owner.kind != "item":
                plain_figure[owner.parent] = m


#: how many figures after a figure are added up to find the items it totals
_SUM_WINDOW = 12


def _sums(owned: list[tuple[Mention, ol.Node | None, ol.Node | None, int]], outline: ol.Outline) -> None:
    """A figure the rules left open or that no item owns (`1 新型コロナウイルス感染症対策 162億28百万円`) that the budget figures of
    the next lines, one a line, add up to exactly (`(1)… 105億59百万円`, `(2)… 17億69百万円` …) is their total:
    their role and year, and total_of."""
    for k, (m, _node, owner, i) in enumerate(owned):
        left_open = m.role == "other" and m.role_source == "fallback"
        unowned = m.role in ("budget", "supplementary_budget") and not m.total_of and (owner is None or owner.kind == "body")
        if not (left_open or unowned) or not isinstance(m.max, int) or m.max <= 0:
            continue
        total, seen, parts = 0, {i}, []
        for p, _pn, _po, j in owned[k + 1:k + 1 + _SUM_WINDOW]:
            if j in seen or p.role not in ("budget", "supplementary_budget") or p.total_of or not isinstance(p.max, int):
                break
            seen.add(j)
            total += p.max
            parts.append(p)
            if total >= m.max:
                break
        if len(parts) >= 2 and total == m.max and len({p.role for p in parts}) == 1:
            m.role, m.fy, m.role_source = parts[0].role, m.fy or parts[0].fy, "sum"
            m.total_of = (owner.name or owner.text) if owner is not None else "(sum)"
