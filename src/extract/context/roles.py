"""Role, fiscal year and draft flag of each amount, from the labels it sits beside or under.

GUIDE: `令和6年度予算額（案） 19億円` is a budget of FY2024 (draft); `（前年度予算額 19億円）` on the next
line is the previous budget of FY2023; `X（Y）` pairs are budget / previous budget; breakdown lines
under a total (`JST :44,000百万円`) are `other` with the total's fiscal year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..dictionary import load
from ..model import Mention

BUDGET_ROLES = ("budget", "previous_budget", "supplementary_budget")
#: how far (non-blank lines) a label or a partner line may stand above an amount
_LABEL_WINDOW = 2
_PAIR_OPEN = re.compile(r"(?:【[^】]*】)?\s*\(\s*(?:前年度[^\d()]{0,8}?)?\s*:?\s*")
# a named share: `JST :`, `AMED：`, `（JST：` before the amount
_SHARE_HEAD = re.compile(r"[(\s]*[A-Za-z\u30a0-\u30ff\u4e00-\u9fff][\w\u30a0-\u30ff\u4e00-\u9fff・]{0,15}\s*:\s*")


_CHANGE_AFTER = re.compile(r"\s*(?:の)?(?:増|減|増加|減少|増額|減額)")


def _is_change(between: str, after: str) -> bool:
    """`（前年度比 1,000千円増）`, `（対前年度 △500千円）`: the bracketed figure is a change from last year."""
    return "比" in between or "対" in between or _CHANGE_AFTER.match(after) is not None


@lru_cache(maxsize=1)
def _labels() -> list[tuple[str, str]]:
    table = load("roles")["labels"]
    return sorted(table.items(), key=lambda kv: -len(kv[0]))


def _support_hints() -> list[str]:
    return list(load("roles")["support_hints"])


def label_role(text: str) -> tuple[str, int] | None:
    """The rightmost role label in `text` and where it ends: `令和6年度予算額（案）` -> ('budget', ...)."""
    best: tuple[str, int, int] | None = None
    for word, role in _labels():
        i = text.rfind(word)
        if i >= 0 and (best is None or i + len(word) > best[2] or (i + len(word) == best[2] and len(word) > best[1])):
            best = (role, len(word), i + len(word))
    return (best[0], best[2]) if best else None


@dataclass
class LineInfo:
    """What the role pass needs to know of one line: its normalized text and its mentions."""

    norm: str
    mentions: list[Mention]
    #: PDFs: the line's page (a table's header row heads the rows of its own page only)
    page: int | None = None

    # computed once: asked once per mention, a list rebuilt each time made a long line quadratic (issue 24 #11);
    # plain attributes, as functools.cached_property takes a lock on every read in Python 3.11
    def __post_init__(self) -> None:
        self._amounts: list[Mention] | None = None
        self._fiscal_years: list[Mention] | None = None
        self._support_hint: bool | None = None
        self._amount_ends: list[int] | None = None

    @property
    def amounts(self) -> list[Mention]:
        if self._amounts is None:
            self._amounts = [m for m in self.mentions if m.kind == "amount"]
        return self._amounts

    @property
    def amount_ends(self) -> list[int]:
        """Where the line's amounts end, sorted (the figure before a position, found by bisection)."""
        if self._amount_ends is None:
            self._amount_ends = sorted(a.end for a in self.amounts)
        return self._amount_ends

    @property
    def fiscal_years(self) -> list[Mention]:
        if self._fiscal_years is None:
            self._fiscal_years = [m for m in self.mentions if m.kind == "fiscal_year"]
        return self._fiscal_years

    @property
    def support_hint(self) -> bool:
        """A support hint word stands on the line (asked per amount: once per line, not per amount)."""
        if self._support_hint is None:
            self._support_hint = any(h in self.norm for h in _support_hints())
        return self._support_hint

    def is_bare_amount(self, paren: bool) -> bool:
        """The line is one amount alone: `3.2億円`, or `（2.9億円）` when `paren`."""
        if len(self.mentions) != 1:
            return False
        a = self.amounts
        if len(a) != 1:
            return False
        rest = (self.norm[:a[0].start] + self.norm[a[0].end:]).strip()
        rest = re.sub(r"【[^】]*】", "", rest).strip()
        return rest == "()" if paren else rest == ""


def _fy_before(info: LineInfo, pos: int) -> int | None:
    fys = [m for m in info.fiscal_years if m.start < pos and m.min is not None]
    return fys[-1].min if fys else None


def _is_regular_budget_label(info: LineInfo) -> int | None:
    """`令和6年度予算（案） 9.2億円` / `令和６年度予算のポイント`: a current-year budget label; its fiscal year."""
    found = budget_label(info)
    return found[1] if found is not None and found[0] == "budget" else None


# what may stand between a fiscal year and 予算 in a budget label: `令和2年度 当初予算案`, `令和4年度第2次補正予算`
_AFTER_FY = re.compile(r"[\s・]*(?:当初|一般会計|特別会計|追加|第\d+次|\d{1,2}月|\(案\))*\s*(補正)?\s*(?:予算|概算要求)")
# a looser label for titles and headings: a few words between the year and 予算 (`令和8年度ＡＩ関連予算について`,
# `令和７年度３月補正予算`), none of them a sentence's or another account's (決算, 執行)
_AFTER_FY_LOOSE = re.compile(r"[\s・]*(?:(?!決算|執行|実績|[、。,.])[^\s、。]){0,12}?(補正)?\s*(?:予算|概算要求)")


def budget_label(info: LineInfo, loose: bool = False) -> tuple[str, int] | None:
    """(role, fy) of a budget label on the line: a fiscal year directly followed by 予算 / 補正予算 /
    当初予算 / 概算要求 (`平成31年度当初予算案` -> budget 2019, `令和5年度補正予算(案)の概要` ->
    supplementary_budget 2023). The first such label of the line counts. `loose` (titles and headings)
    lets a few words stand between (`令和8年度ＡＩ関連予算について`)."""
    for fy in info.fiscal_years:
        m = (_AFTER_FY_LOOSE if loose else _AFTER_FY).match(info.norm, fy.end)
        if m and fy.min is not None and fy.min == fy.max:
            return ("supplementary_budget" if m.group(1) else "budget"), int(fy.min)
    return None


#: how many non-blank lines at the top of a deck may hold its title
_TITLE_LINES = 3
_TITLE_MAX = 80


def document_label(lines: list[LineInfo]) -> tuple[str, int] | None:
    """The document's title as a budget label for every item of the deck (GUIDE: `…補正予算（案）の概要`
    -> supplementary_budget with the title's year): a budget label on one of the first non-blank
    lines, on a line that states no amount itself."""
    seen = 0
    for info in lines:
        if not info.norm.strip():
            continue
        seen += 1
        if seen > _TITLE_LINES:
            break
        if info.amounts or len(info.norm.strip()) > _TITLE_MAX:
            continue
        found = budget_label(info, loose=True)
        if found is not None:
            return found
    return None


#: an item line or a table row holds at most this many figures
_MAX_COLUMNS = 8
_BULLET = "○◯〇●・◆◇■□▶▷➢►-−‐*※✓✔⚫◼"
# a head that reads as a sentence or a cap, not as an item's name
_NOT_A_NAME_END = re.compile(r"(?:[をにがはでともへや、。]|上限|最大|以内|まで|合計|総額|計)\s*:?\s*$")


def item_head(info: LineInfo, m: Mention) -> str | None:
    """The name part of an item line (`○ 企業誘致活動強化事業　5,604,000 千円（前年度 5,607,000 千円）`):
    the text before the line's first amount when the amounts close the line (a bracketed previous-year
    figure may follow) and the text reads as a name, not a sentence or a cap. None otherwise."""
    amounts = info.amounts
    if not amounts or len(amounts) > _MAX_COLUMNS or len(info.mentions) > 2 * _MAX_COLUMNS:
        return None  # a line of many figures is running text or a long table row, not one item
    # a table row: one figure per column, nothing but spaces between them
    row = len(amounts) >= 2 and len(info.mentions) == len(amounts) \
        and all(not info.norm[a.end:b.start].strip() for a, b in pairwise(amounts))
    if not any(a is m for a in amounts) or not row and m is not amounts[0] and not (len(amounts) == 2 and m is amounts[1]):
        return None
    first = amounts[0]
    if len(info.mentions) > max(2, len(amounts)) + len(info.fiscal_years) or first.per is not None \
            or first.min != first.max:
        return None
    if any(q in first.qualifiers for q in ("at_most", "at_least")):
        return None
    last_end = amounts[-1].end
    tail = re.sub(r"【[^】]*】", "", info.norm[last_end:]).strip()
    if row:
        if tail:
            return None
    elif len(amounts) == 2:
        if not _PAIR_OPEN.fullmatch(info.norm[first.end:amounts[1].start]):
            return None
        if tail not in (")", "）"):
            return None
    elif tail:
        return None
    head = info.norm[:first.start].strip().lstrip(_BULLET).strip().rstrip(":").strip()
    if not head or len(head) > 60 or _NOT_A_NAME_END.search(head) or head[-1].isdigit():
        return None
    if re.match(r"[(（]?(?:うち|内訳|内数)", head):
        return None  # a share of the figure above (`うち国費 40億円`), not an item of its own
    return head


def assign(lines: list[LineInfo]) -> None:
    """Fill role, fy and the draft qualifier of every amount, in reading order."""
    title = document_label(lines)
    # the label the item lines stand under: the document's title, then each label line without figures
    scope: tuple[str, int] | None = title
    current_fy: int | None = title[1] if title and title[0] == "budget" else None  # last current-year budget label
    columns: list[tuple[str, int]] | None = None  # the budget labels heading a table's columns
    nonblank = [i for i, info in enumerate(lines) if info.norm.strip()]
    prev_nonblank = {b: a for a, b in pairwise(nonblank)}
    next_nonblank = {a: b for a, b in pairwise(nonblank)}

    def above(i: int, n: int) -> list[int]:
        out: list[int] = []
        while len(out) < n and i in prev_nonblank:
            i = prev_nonblank[i]
            out.append(i)
        return out

    page: int | None = None
    for i, info in enumerate(lines):
        if info.page != page:
            page, columns = info.page, None  # a table's header row never heads the next page's lines
        label_fy = _is_regular_budget_label(info)
        if label_fy is not None:
            current_fy = label_fy
        if not info.amounts and info.mentions:
            heading = budget_label(info)
            if heading is not None and len(info.norm.strip()) <= _TITLE_MAX:
                scope = heading
            header = column_labels(info)
            if header:
                columns = header
        if not info.norm.strip():
            columns = None
        amounts = info.amounts
        if columns is not None and table_row(info, columns):
            continue
        for k, m in enumerate(amounts):
            prev = amounts[k - 1] if k else None
            if prev is not None and prev.role in (None, "budget") and _PAIR_OPEN.fullmatch(info.norm[prev.end:m.start]):
                # 2. X（Y）: the bracketed figure is the previous year's
                if prev.role is None:
                    prev.role, prev.fy = "budget", current_fy
                if _is_change(info.norm[prev.end:m.start], info.norm[m.end:]):
                    m.role, m.fy = "other", prev.fy  # X（前年度比 Y増）: a change, not the previous year's figure
                    continue
                m.role = "previous_budget"
                m.fy = int(prev.fy) - 1 if prev.fy is not None else None
                continue
            # 1. a label before it on its own line (after the previous amount, if any)
            head = info.norm[prev.end if prev else 0:m.start]
            if prev is not None and amounts[0].role in BUDGET_ROLES and _SHARE_HEAD.fullmatch(head):
                m.role, m.fy, m.total = "other", amounts[0].fy, amounts[0]  # 501億円（JST：440億円 …）
                continue
            found = label_role(head)
            pair_head = k + 1 < len(amounts) and _PAIR_OPEN.fullmatch(info.norm[m.end:amounts[k + 1].start])
            if found is None and pair_head:
                m.role, m.fy = "budget", current_fy
                continue
            if found is not None:
                role, _ = found
                if role == "previous_budget" and _is_change(head, info.norm[m.end:]):
                    role = "other"  # `（対前年度 1,000千円の減）`: a change from last year
                m.role = role
                fy = _fy_before(info, m.start)
                if role == "previous_budget":
                    m.fy = _previous_fy(lines, i, above)
                elif role in ("budget", "supplementary_budget"):
                    m.fy = fy
                    if role == "budget" and "(案)" in head:
                        m.qualifiers.append("draft")
                else:
                    m.fy = fy
                continue
            # 3. a bare amount line with its bracketed partner on the next line
            if info.is_bare_amount(paren=False) and i in next_nonblank and lines[next_nonblank[i]].is_bare_amount(paren=True):
                m.role, m.fy = "budget", current_fy
                continue
            if info.is_bare_amount(paren=True) and i in prev_nonblank and lines[prev_nonblank[i]].is_bare_amount(paren=False):
                partner = lines[prev_nonblank[i]].amounts[0]
                m.role = "previous_budget"
                m.fy = partner.fy - 1 if partner.fy is not None else None
                continue
            # 4. under a label line: a breakdown of its total, or the label's own figure
            under = _under_label(lines, i, above)
            if under is not None and under[2] is None and item_head(info, m) is None \
                    and not info.is_bare_amount(paren=False) and not _runs_on(lines, i):
                under = None  # a label line covers the item lines and bare figures under it, not a sentence's amount
            if under is not None:
                m.role, m.fy, total = under
                m.role_source = "under"
                if total is not None and _SHARE_HEAD.fullmatch(head):
                    m.total = total
                continue
            # 5. an item line under a budget label (the document's title or a label line above)
            if scope is not None and item_head(info, m) is not None:
                m.role = scope[0]
                m.fy = _fy_before(info, m.start) or scope[1]
                continue
            # 6. otherwise: a grant if it reads like one, else other
            m.fy = _fy_before(info, len(info.norm)) if info.fiscal_years else None
            m.role = "support" if _reads_like_support(lines, i, m, above) else "other"
            m.role_source = "fallback"
    table_header_years(lines)


def column_labels(info: LineInfo) -> list[tuple[str, int]] | None:
    """A table's header row of budget labels, one per column (`事業名 令和6年度予算額 令和5年度予算額`):
    (role, fy) each; a column one year before the first budget column holds previous-year figures."""
    labels = []
    for fy in info.fiscal_years:
        m = _AFTER_FY.match(info.norm, fy.end)
        if m is None or fy.min is None or fy.min != fy.max:
            return None
        labels.append(("supplementary_budget" if m.group(1) else "budget", int(fy.min)))
    if len(labels) < 2 or len(info.mentions) != len(labels):
        return None
    first = labels[0]
    return [first] + [("previous_budget", fy) if role == "budget" and first[0] == "budget" and fy == first[1] - 1
                      else (role, fy) for role, fy in labels[1:]]


def table_row(info: LineInfo, columns: list[tuple[str, int]]) -> bool:
    """A row under a header of budget labels: a name, then one figure per column. Sets their roles."""
    amounts = info.amounts
    if len(amounts) != len(columns) or len(info.mentions) != len(amounts):
        return False
    if not info.norm[:amounts[0].start].strip() or any(a.per or a.min != a.max for a in amounts):
        return False
    for a, (role, fy) in zip(amounts, columns):
        a.role, a.fy = role, fy
    return True


def _header_cell(info: LineInfo) -> Mention | None:
    """A line that is one fiscal year and nothing else but a note (`2025年度`, `R5`): a table's header cell."""
    fys = info.fiscal_years
    if len(fys) != 1 or len(info.mentions) != 1 or fys[0].min is None or fys[0].min != fys[0].max:
        return None
    rest = (info.norm[:fys[0].start] + info.norm[fys[0].end:]).strip()
    return fys[0] if len(rest) <= 2 else None


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def table_header_years(lines: list[LineInfo]) -> None:
    """PDFs: a year in a table's row or column header sets the fy of the amounts in that row or
    column (GUIDE). A header cell is a line holding one fiscal year alone; it heads the amounts of
    the same page level with it to its right (a row) or right below it in its column."""
    cells = [(m.page, m) for info in lines if (m := _header_cell(info)) is not None and m.top is not None]
    if not cells:
        return
    for info in lines:
        for a in info.amounts:
            if a.fy is not None or a.top is None or a.x0 is None or a.role in BUDGET_ROLES:
                continue
            best: tuple[float, Mention] | None = None
            for page, h in cells:
                if page != a.page or h.top is None or h.bottom is None or h.x0 is None or h.x1 is None:
                    continue
                height = min(a.bottom - a.top, h.bottom - h.top)  # type: ignore[operator]
                if h.x1 <= a.x0 + 1 and _overlap(a.top, a.bottom, h.top, h.bottom) > 0.3 * height:  # type: ignore[arg-type]
                    dist = a.x0 - h.x1
                elif h.bottom <= a.top + 1 and _overlap(a.x0, a.x1, h.x0, h.x1) > 0:  # type: ignore[arg-type]
                    dist = a.top - h.bottom
                    if dist > 4 * height:
                        continue
                else:
                    continue
                if best is None or dist < best[0]:
                    best = (dist, h)
            if best is not None:
                a.fy = int(best[1].min)


def _runs_on(lines: list[LineInfo], i: int) -> bool:
    """Line i finishes a sentence begun on the line right above, after that line's budget label
    (`※このほか、令和5年度予算にて基金補助金` + `として１億円を計上。`)."""
    if i == 0:
        return False
    prev = lines[i - 1]
    found = label_role(prev.norm)
    rest = re.sub(r"^(?:案|\(案\)|額)+", "", prev.norm[found[1]:].strip()) if found else ""
    # the sentence goes on after the label with a particle (`…予算にて`, `…補正予算において`)
    return found is not None and re.match(r"[\u3041-\u309f]", rest) is not None \
        and not rest.endswith(("。", ".")) and not prev.amounts


def _previous_fy(lines: list[LineInfo], i: int, above) -> int | None:  # type: ignore[no-untyped-def]
    """`（前年度予算額 19億円）`: one year before the budget figure just above it."""
    for j in [i, *above(i, 3)]:
        for a in lines[j].amounts:
            if a.role == "budget" and a.fy is not None:
                return int(a.fy) - 1
    return None


def _under_label(lines: list[LineInfo], i: int, above) -> tuple[str, int | None, Mention | None] | None:  # type: ignore[no-untyped-def]
    """(role, fy, total) for an amount under a budget label line: a share of the total printed on
    that line (role other), or the label's own figure when the label line has none."""
    for j in above(i, _LABEL_WINDOW):
        info = lines[j]
        # a label stands before its figure: `令和4年度第2次補正予算 50,050百万円`, not `…（前年度 41,000 千円）`
        found = label_role(info.norm[:info.amounts[0].start] if info.amounts else info.norm)
        if found is None or found[0] not in BUDGET_ROLES:
            continue
        fy = _fy_before(info, found[1])
        totals = [a for a in info.amounts if a.role in BUDGET_ROLES]
        if info.amounts:
            return "other", fy, (totals[0] if totals else None)
        # a label line of its own is short and names a year (`令和4年度補正予算額`); 予算 inside a
        # department's name (`（土木部監理課予算Ｇ）`) or a sentence (`…補正予算で計上`) is no label
        label = budget_label(info)
        if label is None or len(info.norm.strip()) > _TITLE_MAX:
            continue
        return label[0], label[1], None
    return None


#: how far before a figure (characters of its clause) a grant's word is read
_SUPPORT_REACH = 16


def _names_programme(clause: str) -> bool:
    """The words before the figure name a measure (`…に対する支援`, `…支援事業`): the figure is its cost, not a grant."""
    return re.search(r"(?:に対する|への|の)?支援(?:事業|策|制度)?\s*[:：]?\s*$", clause) is not None and \
        re.search(r"(?:支援額|支援規模|上限|当たり|あたり)", clause) is None


def _reads_like_support(lines: list[LineInfo], i: int, m: Mention, above) -> bool:  # type: ignore[no-untyped-def]
    if m.text.lstrip()[:1] in "+＋":
        return False  # +30円: a margin over something, not a grant
    if m.per is not None or (m.min is not None and m.max is not None and m.min != m.max):
        return True
    # a grant's word in the figure's own clause (`補助上限 500万円`, `1件当たり支援額 1千万円`), or on a label line of
    # its own right above a figure alone on its line; a word elsewhere in a sentence (`…導入等に対する支援 220億円`,
    # `支援事業の総額は…`) makes no grant. The clause is cut from a bounded window: linear on long lines.
    clause = re.split(r"[。、,，;；]", lines[i].norm[max(0, m.start - _SUPPORT_REACH):m.start])[-1]
    if lines[i].support_hint and any(h in clause for h in _support_hints()) and not _names_programme(clause):
        return True
    if "at_most" in m.qualifiers:
        return True  # a cap (`最大1億円`)
    for j in above(i, 1):
        if lines[j].support_hint and not _names_programme(clause):
            return True
    # a row of a list or table whose earlier rows are grants
    return any(a.role == "support" for j in above(i, 3) for a in lines[j].amounts)
