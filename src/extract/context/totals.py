"""Totals and breakdowns among the budget figures scope.py has placed (see its docstring): a figure that sums a
group (an account, the whole budget, a heading over items with their own figures, the next figures added up)
is marked `total_of`; an expense line under a programme's own figure is `other`, a breakdown of it."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Line, Mention
from . import outline as ol
from .accounts import BRACKETED as _BRACKETED
from .accounts import LABEL_TRIM as _LABEL_TRIM
from .accounts import account_group, account_work, figure_under, is_account, names_account, sub_account
from .item_figures import states_figure
from .labels import LineInfo, label_patterns
from .programs import strong


@lru_cache(maxsize=1)
def _breakdown() -> tuple[str, ...]:
    return tuple(load("outline")["breakdown_words"])




#: how far before a figure its label is looked for, and after it a change word: a window, so a long line
#: costs linear time (issue 24 #11), not a slice of the whole line per figure
_LABEL_REACH = 160


_CLAUSE_MARKS = re.compile(r"[、，,；;|｜]")


def _label_before(info: LineInfo, m: Mention, lead: str = "") -> str:
    """The words that label the figure: the last non-empty clause of its sentence before it (`一般会計予算は、`);
    `lead`: the unfinished sentence of the line above, for a figure that opens its line (`…補正後の予算規模は` + `1,134億円`)."""
    sentence = (lead + info.norm[max(0, m.start - _LABEL_REACH):m.start]).split("。")[-1]
    # a bracketed account names the account a programme's figure is paid from (`…事業費（一般会計）`), not a total
    clauses = [_LABEL_TRIM.sub("", _BRACKETED.sub("", c)) for c in _CLAUSE_MARKS.split(sentence)]
    clauses = [c for c in clauses if c]
    return clauses[-1] if clauses else ""


#: a list number and label boxes before a programme's name (`(1)企画事務費【企画政策課】`)
_NUMBER_AND_BOXES = re.compile(r"^[\s　]*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．])?|【[^【】]*】")


def _named_before(label: str) -> bool:
    """A programme's name stands before the label's last word (`(1)企画事務費【企画政策課】 補正額`): the figure is that
    programme's supplementary, no whole's."""
    return _programme_name(label.rsplit(maxsplit=1)[0] if " " in label or "　" in label else "")


def _programme_name(text: str) -> bool:
    """Past its list number and label boxes, the words end as a programme's or an expense's name (`企画事務費`, `…事業`:
    totals.json own_figure_ends), not a policy's (`…緊急対策`)."""
    rest = _NUMBER_AND_BOXES.sub("", text or "").strip()
    return len(rest) >= 2 and (strong(rest) or rest.endswith(tuple(load("totals")["own_figure_ends"])))


def account_total(info: LineInfo, m: Mention, owner: ol.Node | None, outline: ol.Outline) -> str | None:
    """The account or whole budget a figure sums (see the module's docstring), else None."""
    accounts, labels, _ = total_words()
    label = _label_before(info, m)
    if any(a in label for a in accounts) and not label.endswith(tuple(load("totals")["account_payments"])):
        return label  # (`介護保険特別会計繰出金`: a payment to an account is spending, no account's total)
    topic = _account_topic(info, m) or _whole_above(m, outline)
    if topic:
        return topic
    named = label or (owner.name if owner is not None else "")
    if named and re.search(load("roles")["share_name"], named) and not re.search(load("roles")["not_share_name"], named):
        return named  # `- 通常分 ▲574億円`, `国の第2次補正予算への対応分 494.9億円`: a portion of the whole, no programme
    if not label and owner is not None and owner.kind in ("heading", "label") and owner.line_index != m.line_index \
            and _names_whole(owner.name):
        return owner.name  # `■補正額`, `(1) 歳入歳出総額` over a figure alone on its line: the whole
    if label and any(label == w or (len(w) > 1 and label.endswith(w)) for w in labels) and not _named_before(label):
        return label
    if label.endswith(tuple(w for w in load("roles")["supplementary_total_labels"] if "予算" not in w)) and not _named_before(label):
        return label  # `☆補正額 378億円`: the whole supplementary (`第2次補正予算額 501億円` may be a programme's)
    if re.match(load("roles")["session_total"], label):
        return label  # `10月補正:5,500万円`: the whole of that month's supplementary
    # a budget named as an envelope (`沖縄振興予算を 2,678 億円計上`, `ＡＩ関連予算`): a package, not a programme
    head = re.sub(r"(?:案|\(案\))?[をはがの]?$", "", label)  # `…追加補正予算案 約25億円`: the bill's whole
    # (`「…の更新」の予算15億円`, `…事業の予算`: a work's own budget, the figure its programme's)
    boxed = re.split(r"[【［\[]", head)[-1]  # (`…事業【令和7年度予算案 12億円】`: the box's label, after the name)
    if head.endswith("予算") and not head.endswith("の予算") and not _bare_label(boxed) \
            and not label_patterns().spent_on.search(head):
        return head
    if owner is not None and owner.kind in ("item", "body"):
        # lines under an account heading that states the account's own figure are its sub-accounts; under a
        # heading with no figure (`【一般会計の主な歳出事業】`) they are programmes
        # only the heading or item the line sits right under: items under a pillar `(1)物価高騰対策 1億5,000万円` of
        # the account are the pillar's programmes, not the account's sub-accounts
        above = next((a for a in outline.chain(owner)[1:] if a.kind in ("heading", "label", "item")), None)
        if above is not None and above.figures and any(w in (above.name or above.text) for w in accounts) \
                and not account_work(owner.name or owner.text):
            return owner.name or owner.text  # `◆特別会計 87億円` over `看護専門学校:19億円`, `• 一般会計 85兆円` over `• 国債費 …`
        # an account's figure alone under its heading, or a heading of a group of accounts: the lines under it that are
        # accounts themselves (`国民健康保険 98億円`); a work of the account (`・配水管更新事業 3億6,000万円`) is its programme
        group = next((a for a in outline.chain(owner)[1:] if a.kind in ("heading", "label", "title")), None)
        heads = above is not None and is_account(above.name or above.text) and figure_under(above, outline) \
            or group is not None and account_group(group.name or group.text)
        if heads and sub_account(owner.name or owner.text):
            return owner.name or owner.text
    return None


def _whole_above(m: Mention, outline: ol.Outline) -> str | None:
    """A figure whose segment names nothing (`- 222億4,000万円(前年度比…)`) or a budget label alone (`予算額は、…`) under a line
    of its own, with no figure, that names an account or the whole (`一般会計`, `特別会計(4会計の総額)`, `全体`): that account's
    or the whole budget's figure."""
    node = outline.at(m.line_index, m.raw_start)
    # a figure alone, or after a budget label alone (`予算額は、284億円で、…` under `一般会計当初予算の特徴`)
    if node is None or node.name and not _bare_label(_LABEL_TRIM.sub("", node.name)) or node.seq == 0:
        return None
    above = outline.nodes[node.seq - 1]
    if above.figures or above.line_index >= node.line_index:
        return None
    text = _LABEL_TRIM.sub("", _BRACKETED.sub("", above.text))
    whole = names_account(text) or text in load("roles")["whole_lines"] or _names_whole(text)
    return above.text.strip() if whole else None


def wrapped_lead(prev: LineInfo | None, info: LineInfo, m: Mention) -> str:
    """The line above when it leaves its sentence open and figure m opens its line (a PDF's wrapped sentence:
    `- 一般会計は、…補正後の予算規模は` then `1,134億1,446万円、…`), else ""."""
    if prev is None or info.norm[:m.start].strip() or not prev.norm.strip() or prev.norm.rstrip().endswith(("。", ".")):
        return ""
    return prev.norm.rstrip()[-_LABEL_REACH:]


def bill_total(info: LineInfo, m: Mention) -> bool:
    """A bill's `歳入歳出予算の総額に歳入歳出それぞれ…`: whatever the line's budget words said, the whole."""
    label = _label_before(info, m)
    return any(label.endswith(w) for w in load("roles")["bill_total_labels"])


def whole_budget(m: Mention, info: LineInfo, kind: str, fy: int | None, lead: str = "") -> None:
    """A figure labelled as the whole budget or an account (`補正前の額 | 25,060,000千円 |`, `計 | …`) under a
    budget label: the budget as it stands (before or after the supplementary: GUIDE); `補正額` alone is the
    whole supplementary, and a bill's `歳入歳出それぞれ` the whole of the scope's kind. Each sums a group (total_of),
    in amounts only."""
    accounts, labels, _ = total_words()
    label = _label_before(info, m, lead)
    whole = any(a in label for a in accounts) or "全会計" in label  # `全会計合計では6980億円`: every account's sum
    after_supplementary = kind == "supplementary_budget" and label == "総額"  # `補正額 3億円` then `総額 45億円`: the budget after it
    if not label or label.endswith(("合計", "総計", "総額")) and not whole and not after_supplementary:
        return  # a sum of the items above (`合計　120億円`), not the budget as it stands: left other
    if label in load("roles")["supplementary_total_labels"]:
        m.role = "supplementary_budget"
    elif bill_total(info, m):
        m.role = kind  # a bill's `歳入歳出それぞれ…を追加`: the whole supplementary (or the whole budget it enacts)
    elif any(a in label for a in accounts) or any(label == w or (len(w) > 1 and label.endswith(w)) for w in labels):
        m.role = "budget"
    else:
        return
    m.fy, m.role_source, m.total_of = m.fy or fy, "scope", label


def mark_total(m: Mention, owner: ol.Node | None, item_figures: dict[int | None, int], outline: ol.Outline,
                lines: Sequence[Line]) -> None:
    """A budget figure that sums a group: owned by no item on a page (PDF) where items own their figures,
    or owned by a heading whose items carry their own figures."""
    if owner is not None and owner.kind == "item":
        if m.page is None and _sub_items_with_figures(owner, outline):
            m.total_of = owner.name or owner.text  # `• 防衛庁 4兆円` over `• …対策 806億円`: a ministry's total
        return
    what = (owner.name or owner.text) if owner is not None else None
    if m.page is not None:
        if item_figures.get(m.page, 0) >= 3:
            m.total_of = what or "(page)"
        return
    if owner is not None and owner.kind == "heading" and (_items_with_figures(owner, outline) or _pillar_sibling(owner, outline)):
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


#: how many lines apart a text deck's sibling pillars may stand
_SIBLING_LINES = 60


def _pillar_sibling(n: ol.Node, outline: ol.Outline) -> bool:
    """A heading with a figure beside sibling headings of its marker that total their items (`1⃣ … 約260億円` over
    its items, then `2⃣ … 約51億円` alone): a pillar too."""
    if n.marker is None or n.parent is None or _programme_name(n.name) or _named_before(n.name or ""):
        return False  # (`(3)畜産振興費【農林課】 補正額:2,120千円`: a programme's own figure, whatever its siblings hold)
    siblings = [outline.nodes[c] for c in outline.nodes[n.parent].children]
    if n.page is None:  # a text deck has no pages: a pillar's siblings stand near it, not hundreds of lines away
        siblings = [s for s in siblings if abs(s.line_index - n.line_index) <= _SIBLING_LINES]
    return any(s is not n and s.kind == "heading" and s.marker == n.marker and s.figures and _items_with_figures(s, outline)
               for s in siblings)


def _sub_items_with_figures(n: ol.Node, outline: ol.Outline) -> bool:
    """Two or more marked sub-items of an item carry their own figures, none of them an expense line. An item opened by
    a label box (`(新)…事業 1,200万円`) opens no list level: the items after it are its list's next items, not its parts."""
    if n.marker == "label":
        return False
    subs = [outline.nodes[c] for c in n.children]
    subs = [c for c in subs if c.kind == "item" and c.marker is not None and states_figure(c) and not c.cont
            and not c.name.rstrip("等 ").endswith(_breakdown())]
    return len(subs) >= 2


def _items_with_figures(n: ol.Node, outline: ol.Outline) -> bool:
    todo = list(n.children)
    while todo:
        c = outline.nodes[todo.pop()]
        # a sub-heading's figure is a part, whatever its words (`②「…」のため、…2,588.8億円`); an item's only on a name line
        if c.kind == "heading" and c.figures or c.kind == "item" and states_figure(c):
            return True
        todo.extend(c.children)
    return False


def breakdowns(owned: list[tuple[Mention, ol.Node | None, ol.Node | None, int]], infos: Sequence[LineInfo],
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
#: an item's figure sums the next figures only over this many of them: two round figures adding up to a third is chance
_ITEM_PARTS = 3


def sums(owned: list[tuple[Mention, ol.Node | None, ol.Node | None, int]], outline: ol.Outline) -> None:
    """A figure the rules left open or that no item owns (`1 新型コロナウイルス感染症対策 162億28百万円`) that the budget figures of
    the next lines, one a line, add up to exactly (`(1)… 105億59百万円`, `(2)… 17億69百万円` …) is their total:
    their role and year, and total_of."""
    for k, (m, _node, owner, i) in enumerate(owned):
        left_open = m.role == "other" and m.role_source == "fallback"
        budget = m.role in ("budget", "supplementary_budget") and not m.total_of
        unowned = budget and (owner is None or owner.kind == "body")
        # an item's figure that the next figures add up to, three or more of them (`◎有害鳥獣捕獲等対策 58百万円` over
        # five 事業 of 25, 9, 10, 12 and 2): a policy over its programmes, whatever the outline made of their markers
        owned_item = budget and owner is not None and owner.kind == "item" and not strong(owner.name)
        if not (left_open or unowned or owned_item) or not isinstance(m.max, int) or m.max <= 0:
            continue
        total, seen, parts = 0, {i}, []
        names: list[str] = []
        for p, _pn, po, j in owned[k + 1:k + 1 + _SUM_WINDOW]:
            if j in seen or p.role not in ("budget", "supplementary_budget") or p.total_of or not isinstance(p.max, int):
                break
            seen.add(j)
            total += p.max
            parts.append(p)
            names.append(po.name if po is not None else "")
            if total >= m.max:
                break
        if not (left_open or unowned) and (len(parts) < _ITEM_PARTS or not all(strong(n) for n in names)):
            continue  # an item over figures that are not all programmes' (`…事業`): its own measures, not a group
        if len(parts) >= 2 and total == m.max and len({p.role for p in parts}) == 1:
            m.role, m.fy, m.role_source = parts[0].role, m.fy or parts[0].fy, "sum"
            m.total_of = (owner.name or owner.text) if owner is not None else "(sum)"


_PILLAR = re.compile(r"^\s*([0-9０-９]{1,2})[\s　]+[^\s　0-9０-９]")


def _pillar(node: ol.Node | None) -> int | None:
    """The number a line opens with when a space parts it from a name (`2 その他`), else None."""
    found = _PILLAR.match(node.text) if node is not None else None
    return int(found.group(1)) if found else None


def pillars(owned: list[tuple[Mention, ol.Node | None, ol.Node | None, int]]) -> None:
    """A numbered line found to sum the lines under it (`1 新型コロナウイルス感染症対策 162億28百万円`, see sums) is
    a pillar of the deck; the lines numbered next (`2 その他 19億10百万円`) are its sibling pillars: totals of
    their groups (total_of), not programmes, whether or not their parts carry figures."""
    last: int | None = None
    for m, node, owner, _i in owned:
        number = _pillar(owner or node)
        if number is None:
            continue
        if m.role_source == "sum" and m.total_of:
            last = number
        elif last is not None and number == last + 1 and m.role in ("budget", "supplementary_budget") and not m.total_of:
            m.total_of, last = (owner or node).text, number  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def total_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    d = load("roles")
    return tuple(d["accounts"]), tuple(d["total_labels"]), tuple(d["change_before"])


_SIDE_TRIM = re.compile(r"[\s　【】\[\]()（）:：]")


def side_breakdown(chain: list[ol.Node]) -> bool:
    """A figure under a heading or item that names one side of an account and nothing else (`▽歳入`, `◇歳出`,
    `◇歳入予算`): the lines under it break the account's figure down by revenue source or by function (`国庫支出金:…`,
    `民生費:…`), the GUIDE's breakdown (`other`); a heading that names programmes (`主な歳出事業`) is no side."""
    sides = load("roles")["side_headings"]
    # the innermost heading or item above the figure: a side named further out (`【歳出】` over `(1) 歳入歳出総額`) heads
    # sections of its own
    heads = [n for n in chain if n.kind in ("heading", "item", "label")][:2]
    # `歳出予算の主な内訳`: 主な (the main ones) names no other subject
    names = [_SIDE_TRIM.sub("", n.name).replace("主な", "") if not n.figures else "" for n in heads]
    if names and names[0] in sides:
        return True
    # an item with its own figure (`- 除雪費 10億円`) right under a side's breakdown heading (`■歳出予算の主な内訳`)
    return len(names) == 2 and bool(heads[0].figures) and "内訳" in names[1] and names[1] in sides


def _names_whole(name: str) -> bool:
    """A heading that names the whole budget or the whole supplementary (`補正額`, `歳入歳出総額`, `予算総額`)."""
    _, labels, _ = total_words()
    name = _LABEL_TRIM.sub("", name)
    return name in load("roles")["supplementary_total_labels"] or any(name.endswith(w) for w in labels if len(w) > 1)


#: a topic's figure is among the first few of its line (a bounded look: linear on long lines)
_FIRST_FIGURES = 8


_TOPIC = re.compile(r"^[^、，,。]{2,30}?は[、，,]?")


def _account_topic(info: LineInfo, m: Mention) -> str | None:
    """The topic of the figure's sentence names an account's budget (`一般会計当初予算額は、過去最大となる3963億円で`) and the
    figure is the sentence's first: that account's total."""
    if not any(a is m for a in info.amounts[:_FIRST_FIGURES]):
        return None
    at = max(info.norm.rfind("。", max(0, m.start - _LABEL_REACH), m.start) + 1, m.start - _LABEL_REACH, 0)
    sentence = info.norm[at:m.start]
    if any(a.end <= m.start and a.start >= at for a in info.amounts[:_FIRST_FIGURES] if a is not m and a.role_source != "change"):
        return None  # a change before it (`…と比べ+48.2億円(+8.2%)の636.5億円`) leaves it the topic's figure
    found = _TOPIC.match(sentence.lstrip())
    if found is None:
        return None
    topic = found.group().rstrip("、，, は")
    accounts, _, _ = total_words()
    return topic if any(a in topic for a in accounts) and re.search(r"(?:予算|予算額|総額|予算案)$", topic) else None


def account_whole(m: Mention, info: LineInfo, lead: str = "") -> None:
    """A figure left open whose label names every account's or an account's sum (`全会計合計では6980億円`,
    `全会計総額では71億円`) where no budget label scopes it: the budget as it stands, a total by its own words."""
    accounts, labels, _ = total_words()
    label = _label_before(info, m, lead)
    # an account's name alone before its figure, no sentence (`一般会計 72億円`; not `一般会計は、612億円で…` in a speech)
    # reads as under a budget label (whole_budget): the account's budget
    if info.norm[:m.start].strip(" 　:：|｜・■◆○●") in accounts or label and (any(a in label for a in accounts) or "全会計" in label) \
            and any(label == w or (len(w) > 1 and label.endswith(w)) for w in labels):
        m.role, m.role_source, m.total_of = "budget", "scope", label
        return
    topic = _account_topic(info, m)  # `一般会計当初予算額は、…636.5億円で`: the account's budget by its own words
    if topic and m.text.lstrip()[:1] not in "+＋△▲":
        m.role, m.role_source, m.total_of = "budget", "scope", topic
