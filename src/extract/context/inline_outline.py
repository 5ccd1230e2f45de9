"""An outline flattened onto one line: a summary page whose numbered headings and items were read as one run of text
(`…の概要 計 5,698億円 第1 一億総活躍社会の実現の加速 4,477億円 (1)安心して…環境の整備 626億円 (2)… 166億円`).

Each marker (outline.json: `I`, `第N`, `(N)`, `①`, `○`) opens an item whose name runs to the next marker or figure; a
table flattened row by row (`1 name description… 442.0億円 2 name …`) opens one with a row's number where its first cell
ends as a programme's name (not a number spaced from its counter or era: `平成 28 年度`, `3 件`). A figure
belongs to the item named right before it. Where a page's layout put the figures in a column of their own, the text
layer reads several names first and then their figures (`(3)…の実現 第2 21世紀型のインフラ整備 3,685億円 127億円`): a run
of k figures after k names pairs them in order (the outline's levels nest in reading order, so do the figures).

Under a budget scope each item's figure is a budget figure of the scope's kind (GUIDE: an amount in a budget document's
item line), named by its item; a parent and its children are all rows (fresh6b, fresh8a). Only figures no other rule
claimed are read (role `other` from no word of their own), and only items whose name reads as a programme: no total
(`計`), no part (`うち`), no cap or size per recipient (`補助上限額`, `1件当たり`), no previous year's figure, no figure of the
world (`市場規模`, `目標`: programs.json not_budget_items). A figure inside brackets (`(うち特別会計52億円)`, `1/3(上限150万円)`),
per unit (`5万円/kWh`), a cap or a floor is a term; a `計` right before a figure no item owns is the page's total.
One scan of the line's markers and figures: linear."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load, words
from ..model import Mention
from .labels import BUDGET_ROLES, LineInfo
from .no_programme import financing_or_class, per_unit
from .programs import strong

#: an item's name is short and no sentence
_NAME_MAX = 60
_SENTENCE = re.compile(r"[。]|です|ます")
#: markers needed on a line for its run to read as a flattened outline
_MIN_MARKERS = 3
#: the roles' sources that mean no word of the figure's own decided it (context/roles.py)
_OPEN = ("fallback", "under")


@lru_cache(maxsize=1)
def _marker() -> re.Pattern[str]:
    """A heading or item marker (outline.json) at the line's start or after a space."""
    d = load("outline")
    heads, items = words(d["headings"]), words(d["items"])
    # a table's row number before a space (`1 中小企業等の…事業 …`) opens a row only where a programme's name follows (_name)
    parts = [heads[k] for k in ("roman", "dai", "paren_num", "circled")] + [items["circle"], r"(?P<row>[0-9]{1,2})(?=[\s　])"]
    return re.compile(r"(?:^|(?<=[\s　]))(?:" + "|".join(f"(?:{p})" for p in parts) + r")[\s　]*")


@lru_cache(maxsize=1)
def _not_items() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words anywhere in an item's label (a grant's size or cap, a previous year's figure) and words that end it (a
    statistic, a plan, a scale, an aim or a result) that make it no programme's budget (module docstring)."""
    roles = load("roles")
    return (*roles["support_own"], *roles["previous_words"]), \
        (*roles["statistic_labels"], *roles["plan_words"], *roles["scale_after"], *load("programs")["not_budget_items"])


def _world(label: str) -> bool:
    """An item's label that names a quantity of the world (`(2) 国内投資額 3兆円`, `(4) 被害額 300億円`: _not_items' ends)."""
    return 0 < len(label) <= _NAME_MAX and not _SENTENCE.search(label) and label.rstrip("等など").endswith(_not_items()[1])


def _world_figures(info: LineInfo) -> list[Mention]:
    """The figures of a flattened outline's items whose label names a quantity of the world (_world): the words from the
    last marker before each figure to it. One scan of the line's markers, a bisection per figure (a long line stays linear)."""
    marks = [mk.end() for mk in _marker().finditer(info.norm)]
    out = []
    for m in info.amounts:
        k = bisect.bisect_right(marks, m.start) - 1
        if k >= 0 and _world(_LABEL_TAIL.sub("", info.norm[marks[k]:m.start]).strip(" 　:：、")):
            out.append(m)
    return out


def _programme(name: str) -> bool:
    roles = load("roles")
    if not name or len(name) > _NAME_MAX or _SENTENCE.search(name):
        return False
    if name in roles["total_labels"] or name.startswith(tuple(roles["part_words"])):
        return False
    inside, ends = _not_items()
    # (a revenue, a source, a class or an account listed by its name: no programme's either, `(4) 税収 2,000億円`)
    return not any(w in name for w in inside) and not name.rstrip("等など").endswith(ends) and not financing_or_class(name)


#: a bracket's open and close
_BRACKET = re.compile(r"[(（)）]")


def _bracket_spans(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the line's outermost brackets, one scan (a long line stays linear)."""
    starts: list[int] = []
    ends: list[int] = []
    depth = 0
    for b in _BRACKET.finditer(text):
        if b.group() in "(（":
            if depth == 0:
                starts.append(b.start())
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                ends.append(b.end())
    if len(ends) < len(starts):
        ends.append(len(text))  # a bracket the line leaves open
    return starts, ends


def _bracketed(spans: tuple[list[int], list[int]], pos: int) -> bool:
    """A figure inside a bracket of its line (`(うち特別会計52億円)`, `1/3(上限150万円)`), found by bisection."""
    starts, ends = spans
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < ends[k]


def items(info: LineInfo) -> list[tuple[Mention, str]]:
    """The figures of a flattened outline's items and their names (module docstring); [] on any other line. Read once a
    line (kept on the line's info: every figure of a long line asks)."""
    return list(_named(info).values())


def _named(info: LineInfo) -> dict[int, tuple[Mention, str]]:
    """The line's items by their figure's id, read once (kept on the line's info: every figure of a long line asks)."""
    found: dict[int, tuple[Mention, str]] | None = getattr(info, "_inline_outline", None)
    if found is None:
        found = {id(m): (m, n) for m, n in _items(info)}
        setattr(info, "_inline_outline", found)  # noqa: B010 (LineInfo's own computed-once fields are private)
    return found


def _items(info: LineInfo) -> list[tuple[Mention, str]]:
    amounts = info.amounts
    if len(amounts) < 2:
        return []
    text = info.norm
    marks = list(_marker().finditer(text))
    if len(marks) < _MIN_MARKERS:
        return []
    spans = _bracket_spans(text)
    tokens: list[tuple[int, int, Mention | None, bool]] = sorted(
        [(mk.start(), mk.end(), None, mk.group("row") is not None) for mk in marks]
        + [(a.start, a.end, a, False) for a in amounts if not _term(text, spans, a)], key=lambda t: t[0])
    out: list[tuple[Mention, str]] = []
    pending: list[str | None] = []  # names opened since the last run of figures (None: no programme's)
    run: list[Mention] = []
    for k, (start, end, m, row) in enumerate(tokens):
        if m is None:
            following = tokens[k + 1][0] if k + 1 < len(tokens) else len(text)
            name = None if row and _quantity(text, start, end) else _name(text[end:following], row)
            if name is not None or not row:
                pending.append(name)  # (a row number that no programme's name follows is a number of the text)
            continue
        run.append(m)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt[2] is not None and not text[m.end:nxt[0]].strip():
            continue  # the run of figures goes on
        names = pending[-1:] if len(run) == 1 else pending[-len(run):] if len(run) <= len(pending) else []
        out.extend((f, n) for f, n in zip(run, names) if n is not None)
        pending, run = [], []
    return out


def _term(text: str, spans: tuple[list[int], list[int]], m: Mention) -> bool:
    """A figure that is a term of the item, not its budget: in brackets (`(うち特別会計52億円)`, `1/3(上限150万円)`), a rate
    per unit (`5万円/kWh`), a cap or a floor."""
    return _bracketed(spans, m.start) or m.per is not None or any(q in m.qualifiers for q in ("at_most", "at_least")) \
        or per_unit(text, m)


@lru_cache(maxsize=1)
def _counting() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words a number before them counts or dates (counters.json, programs.json ordinal_counters, the units of money and
    time), and the eras a year's number follows."""
    counters = [k for k in load("counters") if not k.startswith("_")]
    ordinal = load("programs")["name_phrase"]["ordinal_counters"]
    eras = [k for k in load("eras") if not k.startswith("_")]
    return tuple(sorted({*counters, *ordinal, *load("outline")["counted_after"]}, key=len, reverse=True)), tuple(eras)


def _quantity(text: str, start: int, end: int) -> bool:
    """A number the text layer spaced from its counter or era (`平成 28 年度`, `3 件`): no row's number."""
    counted, eras = _counting()
    return text.startswith(counted, end) or text[max(0, start - 4):start].rstrip().endswith((*eras, "第", "約"))


#: a label box between the name and its figure (`●…交付金 【当初】30億円`): the figure's kind, no part of the name
_LABEL_TAIL = re.compile(r"(?:[\s　]*【[^【】]{1,10}】)+[\s　]*$")
#: a table row's first cell: the words up to the first space (`中小企業等の…促進事業 既存設備を…`)
_FIRST_CELL = re.compile(r"[^\s　]+")
#: the shortest a row's name cell may be
_CELL_MIN = 4


def _name(words_after: str, row: bool) -> str | None:
    """The item's name: the words to the next marker or figure where they read as one; else, after a row's number (`row`: a
    table's row flattened onto the line, name, description, …, figure), its first cell where that ends as a programme's
    name (programs.strong) and holds no figure."""
    name = _LABEL_TAIL.sub("", words_after).strip(" 　:：、")
    if _programme(name):
        return name
    cell = _FIRST_CELL.match(name) if row else None
    if cell is None or len(cell.group()) < _CELL_MIN or "円" in cell.group():
        return None
    return cell.group() if strong(cell.group()) and _programme(cell.group()) else None


def apply(infos: Sequence[LineInfo], label: tuple[str | None, int | None] | None) -> None:
    """Role and fy of the flattened items' figures from the budget scope `label` (kind, fy); their names are read by
    `item_name` when the figures are named (mentions/naming.py)."""
    if label is None or label[0] is None:
        return
    kind, fy = label
    for info in infos:
        named = _named(info)
        for m, _ in named.values():
            if m.role == "other" and m.role_source in _OPEN and not m.total_of and m.per is None:
                m.role, m.role_source, m.fy = kind, "scope", m.fy or fy
        for m in _world_figures(info) if named else ():
            if m.role in BUDGET_ROLES and m.role_source in _OPEN and not m.total_of:
                m.role, m.role_source = "other", "statistic"  # an item of the world's quantities, no money appropriated
        for m in info.amounts if named else ():
            total = _total_before().search(info.norm, max(0, m.start - 8), m.start)
            if id(m) not in named and total is not None and m.role in BUDGET_ROLES and not m.total_of:
                m.total_of = total.group(1)  # `…の概要 計 1兆2,000億円 第1 …`: the page's total, no item's


@lru_cache(maxsize=1)
def _total_before() -> re.Pattern[str]:
    """A page total's label alone right before a figure no item owns (`計 5,698億円`: totals.json total_before)."""
    labels = "|".join(re.escape(w) for w in sorted(load("totals")["total_before"], key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s　]))({labels})[\s　:：]*約?[\s　]*$")


def item_name(info: LineInfo, m: Mention) -> str | None:
    """The name of the flattened item whose figure `m` is, if any."""
    found = _named(info).get(id(m))
    return found[1] if found is not None else None
