"""Role, fiscal year, ministry and programme of each amount from the scopes it stands in (context/outline.py).

roles.py decides what the figure's own line and the label lines right above it say. Here, what they left open is taken
from the innermost scope that states it: the figure's item, its heading or label line, the page's title, the document's title.

- fy: a figure with no year of its own takes the year of the innermost budget label above it
  (`令和N年度当初予算について` heading, `…補正予算` title); a previous-year figure the year before.
- role: a figure on an item line (its owner is a bulleted or labelled item) whose line says nothing of its
  own becomes a budget figure of the scope's kind; words on its own line that make it a grant size, a cap, a rate or
  a grant's amount (`上限`, `1人当たり`, a per-rate, a range, `県補助総額:`) keep it `support`. In prose under a budget label, a
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
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Line, Mention
from ..word_lists import change_words
from . import (
    account_sides,
    change_pairs,
    document_kinds,
    document_shapes,
    fiscal_document,
    grant_terms,
    inline_outline,
    label_runs,
    open_figures,
    settlements,
    sheet_sums,
    speech_sides,
    table_passes,
)
from . import outline as ol
from . import supplementary_boxes as boxes
from .broken_lead import broken_lead_kind
from .companions import bracketed_companions
from .comparisons import is_change
from .figure_lines import cell_row, figure_lines, figure_owner, named_figure
from .generic_budget import supplementary_money
from .grant_frame import grant_amount, per_recipient_grant, per_unit
from .inline_items import leader_item, numbered_item
from .kind_labels import kind_label, own_bill_label
from .labels import BUDGET_ROLES, CLAUSE_ENDS, LineInfo, budget_label, document_label, label_role, year_series
from .list_lead import lead_label, revenue_lead
from .qualifiers import threshold
from .quoted_names import quoted_name
from .request_verbs import announced_kind
from .revenue_subjects import revenue_topic
from .roles import item_head
from .stage_marks import continued
from .totals import (
    account_total,
    account_whole,
    bill_total,
    breakdowns,
    mark_total,
    pillars,
    side_breakdown,
    sums,
    whole_budget,
    wrapped_lead,
)

_CLAUSE_END = re.compile(f"[{re.escape(CLAUSE_ENDS)}]")


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    d = load("roles")
    return {k: list(d[k]) for k in ("support_own", "budget_clause", "previous_words", "part_words")}


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
        # a marked item without a figure of its own heads the lines under it (`●令和6年度に行う主な事業と予算額`)
        if n.kind in ("title", "page_title", "heading", "label") or n.kind == "item" and not infos[n.line_index].amounts:
            found = _node_label(n, infos, loose=True)
            if found is not None:
                return found
        if n.kind == "title":  # the title's other parts (`（令和７年度 補正予算）`), before the body's first figure
            first = _first_figure(infos, n.line_index)
            for c in n.children:
                if outline.nodes[c].line_index > first:
                    break
                found = _node_label(outline.nodes[c], infos, loose=True)
                if found is not None:
                    return found
    return None


def _own_support(info: LineInfo, m: Mention) -> bool:
    """The figure's own words make it a grant size, a cap or a rate: a per-rate, a range, a cap, or a grant's
    word in its clause before it (`1人当たり5万円`, `補助上限 500万円`). A rate noted after an item's figure
    (`○ 〇〇事業 12,000千円（補助率1/2）`) leaves the figure the item's budget."""
    if m.per is not None and m.per != "year" or per_unit(info, m):
        return True  # (`5万円/kWh`: an amount per unit)
    before = _CLAUSE_END.split(info.norm[info.end_before(m.start):m.start])[-1]
    if grant_amount(info, m, before, operand=False) or grant_terms.own_grant(info, m):
        return True  # (`県補助総額:80百万円(300百万円 × 4/15)`: a grant's amount, and the base it is computed from)
    if named_figure(info, m):  # a programme's name (`特別定額給付金給付事業(…)`): only a word that ends it (`補助上限(…)`)
        return any(before.rstrip(" 　(（").endswith(w) for w in _words()["support_own"])
    return any(w in before for w in _words()["support_own"])


def _clause(info: LineInfo, m: Mention) -> tuple[str, str, str]:
    """The figure's sentence before it, its clause before it (between commas) and its clause after it."""
    start = m.start
    return info.norm[info.sentence_start(start):start], info.norm[info.clause_start(start):start], \
        info.norm[m.end:info.clause_end(m.end)]


def _previous(text: str) -> bool:
    """`前年度当初予算は` names the previous year's figure; `前年度比` a change."""
    return any(re.search(re.escape(w) + "(?!比)", text) and not continued(text, text.find(w) + len(w))
               for w in _words()["previous_words"])  # not `昨年度同額の`, `前年度に引き続き` (as last year)


def apply(lines: Sequence[Line], infos: Sequence[LineInfo], outline: ol.Outline) -> None:
    """Fill role, fy, ministry and total_of of every amount from its scopes (see the module's docstring)."""
    titles = [n for n in outline.nodes if n.kind == "title"]
    doc_label = (_scope_label(titles[:1], infos, outline) if titles else None) or document_label(list(infos), programmes=True) \
        or own_bill_label(_lead_in(outline, infos), list(infos))  # (a speech on its own supplementary: the bill's kind)
    title_year = _year_only(titles[:1], infos, ("title",))
    kind_only = (kind_label(list(infos)) or broken_lead_kind(list(infos))) if doc_label is None else None  # 追加補正予算案: no year
    owned, deck_kind = _owned(infos, outline), announced_kind(list(infos))  # request_verbs.py
    sides, runs, spoken = account_sides.sides(infos), label_runs.parts(infos), speech_sides.sides(infos)  # (runs: the deck's parts)
    doc_kind, rows = document_kinds.read(outline, infos, doc_label), list[Mention]()  # published on the outline's title (`document:…`)
    # pages (PDFs) or the deck (text) where items own budget figures: there, an unowned figure is a total
    item_figures = Counter(m.page for m, _node, owner, _i in owned if owner is not None and owner.kind == "item")
    for m, node, owner, i in owned:
        info = infos[i]
        if owner is not None and owner.kind == "item":
            m.ministry = owner.ministry or (node.ministry if node is not None else None)
        chain = outline.chain(owner or node) if (owner or node) is not None else []  # type: ignore[arg-type]
        section, doc = label_runs.within(runs, i, _section(owner, chain, infos, outline)), label_runs.at(runs, i, doc_label)
        # under a budget lead-in, a later heading stating another subject's year (a fund's balance) scopes its year only
        year = _year_only(chain, infos) if section is None and doc is not None else None
        if year is not None:  # `■令和6年度の財政調整基金残高(見込)`: the heading's year, no budget's role
            m.fy = m.fy or year
            settlements.under_year(m, info, infos)  # a stock, a settled figure: no money appropriated
            continue
        crowded = m.page is not None and item_figures.get(m.page, 0) >= 3
        _scoped_role(m, info, owner, chain, (section, doc, kind_only), crowded, _side(sides[i], owner, outline))
        if supplementary_money(info, m, (section or doc or kind_only or (None,))[0]):
            m.role, m.role_source = "supplementary_budget", "scope"  # `予算規模は国費総額3395億円` under a supplementary's title
        if m.fy is None and m.role in BUDGET_ROLES and title_year is not None:
            # `令和6年度関係議案の概要`: the title's year is the year of the budget figures that state none
            m.fy = title_year - 1 if m.role == "previous_budget" else title_year
        left_open = _named_in_prose(m, infos, i, section or doc)
        _whole(m, infos, i, left_open, section or doc or kind_only)
        if m.role in (*BUDGET_ROLES, "support") and _SUBTOTAL.match(_raw_label(info, m)):
            m.role, m.role_source = "other", "breakdown"  # `(補助金計) 70,000千円`: a sheet's subtotal of expenses
        if m.role in BUDGET_ROLES and is_change(info, m):
            m.role, m.role_source = "other", "change"
        open_figures.apply(m, info, chain, (section or doc or kind_only or (None,))[0], deck_kind)  # its sentence's words
        speech_sides.apply(m, info, spoken[i], (section or doc or kind_only or (None,))[0])  # a speech's sides
        settlements.apply(m, info, infos)  # `決算の状況ですが、…39億円`, `国に対し…50億円の確保を要望`: no own budget
        document_kinds.apply(m, chain, infos, doc_kind, rows)  # last: a benefit guide's `【貸付金額】` over its sizes
        if m.role in BUDGET_ROLES and m.role != "previous_budget":
            mark_total(m, owner, item_figures, outline, lines)
            m.total_of = m.total_of or account_total(info, m, owner, outline)
    breakdowns(owned, infos, outline)
    sums(owned, outline)
    pillars(owned)
    bracketed_companions(owned, infos)
    sheet_sums.apply(owned, infos)
    table_passes.cells_and_shares(infos, (doc_label or kind_only or (None,))[0])
    table_passes.columns(infos)  # each column's role; a header of column kinds (補正前, 補正後, 要求額, 査定額)
    change_pairs.apply(infos)  # `1,869億円 (+240億円) … 1,629億円`: last year's figure by the arithmetic
    table_passes.years(infos, outline, title_year)  # fy by scope, the roles that follow from it; a strip of years
    boxes.apply(infos)  # cells beside a `【補正予算】` box: supplementary (year left open), then `(…)` previous
    document_shapes.apply(infos)  # roles and years by the deck's shape: 国費/事業費 pairs, ministries' shares, inline lists
    inline_outline.apply(infos, doc_label or kind_only)  # `第1 name N億円 (1)name N億円 …` read as one line: the items' figures
    document_kinds.give_rows(rows)  # a benefit guide's rows of sizes nothing above named


def _named_in_prose(m: Mention, infos: Sequence[LineInfo], i: int, label: tuple[str, int | None] | None) -> bool:
    """A figure left open that a quoted name right before it (`「…の推進」406億円(…を支援)`: whatever its note says), a dot
    leader (`…・・・502万円`) or a numbered list in its sentence (`①name(…)158億円、②…`) names takes the label's kind;
    whether it is left open still."""
    left_open = m.role == "other" and m.role_source in _OPEN
    quoted = (left_open or m.role == "support" and m.role_source == "fallback") and quoted_name(infos, i, m) is not None
    if label is None or not (quoted or left_open and (leader_item(infos[i], m) or numbered_item(infos, i, m))):
        return left_open
    m.role, m.role_source, m.fy = label[0], "scope", m.fy or label[1]
    return False


def _section(owner: ol.Node | None, chain: list[ol.Node], infos: Sequence[LineInfo], outline: ol.Outline) -> tuple[str, int | None] | None:
    """The innermost budget label over a figure: the lead of its item's list (`…補正予算案は、12億円。主な内容は次のとおり。`,
    context/list_lead.py), else its chain's headings and label lines (the document's title left to the caller)."""
    lead = lead_label(next((n for n in chain if n.kind == "item"), owner), outline, list(infos))  # (an item's sub-line: its list's)
    return lead or _scope_label([n for n in chain if n.kind != "title"], infos, outline)


def _side(side: str | None, owner: ol.Node | None, outline: ol.Outline) -> str | None:
    """The side of the account a figure stands on: its line's (account_sides.py), else the revenue side where its item's list
    is introduced as it (`主な歳入は次のとおり。` then `・市税 80億円`: a source)."""
    return side or (account_sides.REVENUE if owner is not None and revenue_lead(owner, outline) else None)


def _owned(infos: Sequence[LineInfo], outline: ol.Outline) -> list[tuple[Mention, ol.Node | None, ol.Node | None, int]]:
    """Every amount with its outline node, the node that owns it (an item's cost on the line under its name: the
    item) and its line's index."""
    owned: list[tuple[Mention, ol.Node | None, ol.Node | None, int]] = []
    under_items = figure_lines(infos, outline)
    for i, info in enumerate(infos):
        for m in info.amounts:
            node = outline.at(i, m.raw_start)
            owner = figure_owner(outline, infos, under_items, i, m, outline.owner(i, m.raw_start))
            owned.append((m, node, owner, i))
    return owned


def _whole(m: Mention, infos: Sequence[LineInfo], i: int, left_open: bool, label: tuple[str, int | None] | None) -> None:
    """A figure left open (or a bill's total) that its label, or the open sentence of the line above, names as the whole
    budget or an account's: under a budget label, the label's kind; else by its own words (totals.py)."""
    info = infos[i]
    lead = wrapped_lead(infos[i - 1] if i else None, info, m) if left_open else ""
    if (left_open or bill_total(info, m)) and label is not None:
        whole_budget(m, info, *label, lead=lead)
    if left_open and m.role == "other" and m.role_source in ("fallback", "under"):
        account_whole(m, info, lead)  # its own words (`一般会計当初予算額は、…636.5億円`) where the label's kind said nothing


def _scoped_role(m: Mention, info: LineInfo, owner: ol.Node | None, chain: list[ol.Node],
                 labels: tuple[tuple[str, int | None] | None, tuple[str, int] | None, tuple[str, None] | None], crowded: bool,
                 side: str | None = None) -> None:
    """Role by scope (section, document or kind-only label, innermost first); a kind-only title (no year) gives its role
    to the figures it states, nothing else; figures under a side of the account (`▽歳入`) break it down: other."""
    section, doc_label, kind_only = labels
    held = (m.role, m.fy, m.role_source)
    _role_by_scope(m, info, owner, section or doc_label or kind_only, doc_label, prose=section is not None, crowded=crowded)
    if not (section or doc_label) and m.role_source == "fallback":  # (a sentence's figure a label line no longer shares out: open)
        m.role, m.fy, m.role_source = held[0], held[1], "fallback" if held[2] == "under" else held[2]
        if kind_only is not None and m.role == "other" and document_kinds.year_labelled(info, m):
            m.role, m.role_source = kind_only[0], "scope"  # `…関係予算の推移` over `2013年度の約3.3兆円`: that year's budget
    if m.role in BUDGET_ROLES and side_breakdown(chain):
        m.role, m.role_source = "other", "breakdown"  # `▽歳入` then `国庫支出金:2億円`: a breakdown by source
    if side == account_sides.SPENDING:
        account_sides.spending_row(m, info, section or doc_label, label_role(_raw_label(info, m)) is not None)
    elif side and (m.role in (*BUDGET_ROLES, "support") or m.role_source in _OPEN) and label_role(_raw_label(info, m)) is None:
        m.role, m.role_source = "other", "breakdown"  # `(歳入)の主なもの` then `地方特例交付金 | 7,403万円`: a source (whatever verb
        # takes it later: `市債は、…28億円を計上`)


#: a programme sheet's bracketed subtotal of an expense class (`(補助金計)`, `(負担金、補助及び交付金計)`); not the
#: sheet's grand total (`(合計)`), which stands for the programme
_SUBTOTAL = re.compile(r"^[(（](?!合計|総計)[^()（）]{1,30}計[)）]$")


def _raw_label(info: LineInfo, m: Mention) -> str:
    """The text right before the figure, back to the previous figure or the line's start."""
    ends = info.amount_ends
    k = bisect.bisect_right(ends, m.start)
    return info.norm[ends[k - 1] if k else 0:m.start].strip()


_LEAD_IN_LINES = 12  # a lead-in stands near the top of the deck
_OPEN = ("fallback", "under")  # a role nothing said, or a label line above only


def _lead_in(outline: ol.Outline, infos: Sequence[LineInfo]) -> tuple[str, int] | None:
    """A deck with no budget title: the first heading or title that states a budget label (`■令和6年度当初予算
    総額…`, `■令和6年度 当初予算概要`) is the lead-in that scopes the figures of the whole deck."""
    first = _first_figure(infos, next((n.line_index for n in outline.nodes if n.kind == "title"), 0))
    for n in outline.nodes:
        if n.line_index >= _LEAD_IN_LINES or n.line_index > first:  # deep in a long deck or after its first figure:
            break  # (`■7年度当初予算の概要` under a balance report's figures) a label scopes its own part, not the deck
        if n.kind in ("title", "heading"):
            found = _node_label(n, infos, loose=True)
            if found is not None:
                return found
    # a text deck's lead-in sentence that names its budget and year (`令和七年度予算につきましては、…`)
    leads = fiscal_document.lead(outline)
    base = fiscal_document.restated_year(leads, list(infos))  # a request compared with last year's only: the next year's
    for n in leads:
        found = _node_label(n, infos, loose=True)
        if found is not None:
            return (found[0], base) if base is not None and found[1] == base - 1 else found
    return None


def _first_figure(infos: Sequence[LineInfo], start: int) -> int:  # a label after the body's first figure (from the title's
    return next((i for i in range(start, len(infos)) if infos[i].amounts), len(infos))  # line: a headline's above) is a part's


def _year_only(chain: list[ol.Node], infos: Sequence[LineInfo], kinds: tuple[str, ...] = ("heading", "page_title")) -> int | None:
    """The year of the innermost heading above a figure that states a fiscal year but no budget label."""
    for n in chain:
        if n.kind in kinds:
            info = infos[n.line_index]
            fys = [f for f in info.fiscal_years if n.start <= f.raw_start < n.end and f.min is not None and f.min == f.max]
            if fys:
                return int(fys[0].min)
    return None


def _names_figure(owner: ol.Node, info: LineInfo, m: Mention) -> bool:
    """An unmarked line that names the figure: a name with its figure (`○○事業 12,000千円`, `○○事業(7,115,000千円)`), or a
    name line right above a figure alone on its line (`○○事業費( 総 務 課 )` then `5,304 千円`)."""
    if m.page is not None:
        return False  # a PDF's name-and-figure lines are a table's rows: the cells' reading decides (ingest/tables.py)
    if owner.line_index != m.line_index:  # a figure alone, or alone in a flattened table's cell (`1億2,000万円 |`)
        return info.is_bare_amount(paren=False) or len(info.mentions) == 1 and not info.norm.replace(m.text, "").strip(" |｜")
    return named_figure(info, m) or item_head(info, m) is not None or cell_row(info, m)  # (`| ○ 公共事業 | 47.2億円 |`)


def _written_after(info: LineInfo, m: Mention) -> bool:
    last = max(info.norm.rfind(w, info.clause_start(m.start), m.start) for w in _words()["previous_words"])
    return last >= 0 and any(last < f.start and f.end <= m.start and f.min == f.max == m.fy for f in info.fiscal_years)


def _role_by_scope(m: Mention, info: LineInfo, owner: ol.Node | None, label: tuple[str, int | None] | None,
                   doc_label: tuple[str, int] | None, prose: bool, crowded: bool = False) -> None:
    """`prose`: the label is a section's (a heading or label line), whose sentences state its budgets; under
    the document's title alone, a sentence's figure is a description's (`事業費合計952,400千円`). `crowded`: a
    PDF page whose items state their own figures; there every figure is one of the scope's (items, totals)."""
    if label is None:
        return
    kind, fy = label
    if m.role == "budget" and m.role_source == "" and _previous(_clause(info, m)[1]):
        year = m.fy or fy
        # the line's own words win; a year they write after `前年度` is that year's own (`対前年度比(平成28年度当初予算額…`)
        m.role, m.fy = "previous_budget", (year if _written_after(info, m) else year - 1) if year is not None else None
        return
    marked = owner is not None and owner.kind in ("item", "heading") and owner.marker is not None
    if m.role_source == "under" and m.role == "other" and m.total is None and (marked or "。" in info.norm
                                                                              or named_figure(info, m) or cell_row(info, m)):
        m.role_source, m.fy = "fallback", None  # a marked item under a figure's line is an item, not a share of it
    if m.role_source == "fallback":
        sentence, before, after = _clause(info, m)
        # a figure after a full stop on its item's line is the item's prose (`…。ちなみに、残高は538兆円に達する見込み`)
        prose_tail = owner is not None and "。" in info.norm[owner.start if owner.line_index == m.line_index else 0:m.start]
        stated = owner is not None and not prose_tail and (owner.kind in ("item", "heading") or crowded
                                        or owner.kind == "body" and _names_figure(owner, info, m))
        if stated and not _own_support(info, m) and not threshold(info.norm, m):  # `300万円以上の…`: a threshold
            m.role, m.fy, m.role_source = kind, m.fy or fy, "scope"
        elif m.role == "other" and per_recipient_grant(info, m):
            m.role, m.fy, m.role_source = "support", m.fy or fy, "scope"  # `市民ひとりあたり10万円を支給する`
        elif prose and (owner is None or owner.kind in ("body", "heading", "label", "title", "page_title")):
            if _previous(before):
                m.role, m.fy, m.role_source = "previous_budget", (fy - 1 if fy is not None else None), "scope"
            elif any(w in sentence for w in _words()["budget_clause"]) and not any(w in before for w in _words()["part_words"]) \
                    and not after.lstrip().startswith(change_words()) and not _own_support(info, m) and not revenue_topic(info, m):
                m.role, m.fy, m.role_source = kind, m.fy or fy, "scope"
    if m.fy is None and fy is not None:
        m.fy = fy - 1 if m.role == "previous_budget" else fy
    # a budget figure labelled with the year before the document's own budget year is the previous year's
    if doc_label is not None and doc_label[0] == "budget" and m.role == "budget" and m.fy == doc_label[1] - 1 \
            and _year_before(info, m) == m.fy and not year_series(info, m.start):
        m.role = "previous_budget"


def _year_before(info: LineInfo, m: Mention) -> int | None:
    """The last fiscal year written before the figure that is not a comparison's base (`令和5年度比1.8%減`)."""
    start = info.norm.rfind("。", 0, m.start) + 1  # in its own sentence
    fys = [f for f in info.fiscal_years if start <= f.start < m.start and f.min is not None and not info.norm[f.end:f.end + 1] == "比"]
    return int(fys[-1].min) if fys else None
