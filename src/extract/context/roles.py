"""Role, fiscal year and draft flag of each amount, from the labels it sits beside or under.

GUIDE: `令和6年度予算額（案） 19億円` is a budget of FY2024 (draft); `（前年度予算額 19億円）` on the next line is the
previous budget of FY2023; `X（Y）` pairs are budget / previous; breakdowns under a total are `other` with its year.
"""
from __future__ import annotations

import re
from itertools import pairwise

from ..dictionary import load
from ..model import Mention
from ..word_lists import change_mark, names_balance
from . import clause_roles, legends, stage_marks
from .allotments import allotted
from .award_lists import stated_total
from .columns import column_labels, table_header_years, table_row
from .cost_estimates import compared_cost
from .fiscal_marks import comparison_base, sentence_year
from .grant_frame import closes_group, given, headed_by_cap, hint_near, own_frame, reads_like_support
from .labels import (
    BUDGET_ROLES,
    TITLE_MAX,
    LineInfo,
    budget_label,
    document_label,
    fy_before,
    label_role,
    legend,
    regular_budget_fy,
    worded,
)
from .list_lead import inline_first
from .owned_figures import own_label
from .prices import per_resident
from .request_verbs import whole_request
from .stage_marks import bare_label, compared_with, ditto_label, last_year_label, stage_mark, this_years, without_notes
from .topics import topic_label
from .year_pairs import pair_year

__all__ = ["BUDGET_ROLES", "LineInfo", "assign", "budget_label", "document_label", "item_head", "label_role"]  # read elsewhere

#: how far (non-blank lines) a label or a partner line may stand above an amount
_LABEL_WINDOW = 2
_PAIR_OPEN = re.compile(r"(?:【[^】]*】)?\s*\(\s*(?:前年度[^\d()]{0,8}?)?\s*:?\s*")
# a named share: `JST :`, `AMED：`, `（JST：` before the amount
_SHARE_HEAD = re.compile(r"[(\s]*[A-Za-z\u30a0-\u30ff\u4e00-\u9fff][\w\u30a0-\u30ff\u4e00-\u9fff・]{0,15}\s*:\s*")


# a budget named after its figure (`1,650億円のAI関連予算`, `3兆円の24年度の当初予算案`, `N円余の補正予算`, `N円余の概算要求`)
# or a floor closing the label (`11億円を超える一般会計補正予算を提案`, not `…を超える予算要求は`: a threshold); not `…の予算比`
_LABEL_AFTER = re.compile(r"(?:\s*(?:余り?|程度|強|弱)?\s*[)）]?\s*(?:[(（][^()（）、。]{1,16}[)）])?"
                          r"\s*の\s*(?:[0-9０-９]{2,4}\s*年度\s*の\s*)?|\s*(を)(?:超える|上回る))\s*[^、。,，\s()（）の]{0,14}?"
                          r"(補正)?(?:予算|概算要求)(?(1)(?:案)?(?=\s*(?:を|が|は|で|、|。))|(?![比のでに]))")


def _is_change(between: str, after: str, m: Mention | None = None) -> bool:
    """`（前年度比 1,000千円増）`, `（対前年度 △500千円）`, `（+240億円）`: a change from last year (no budget is negative)."""
    return "比" in between or "対" in between or change_mark().match(after) is not None or m is not None and signed(m)


def signed(m: Mention) -> bool:
    """The figure is written with a sign (`+240億円`, `▲15億円`, `△500千円`)."""
    return m.text.lstrip()[:1] in "+＋▲△"


#: an item line or a table row holds at most this many figures
_MAX_COLUMNS = 8
_BULLET = "○◯〇●・◆◇■□▶▷➢►-−‐*※✓✔⚫◼"
# a head that reads as a sentence or a cap, not as an item's name
_NOT_A_NAME_END = re.compile(r"(?:[をにがはでともへや、。]|上限|最大|以内|まで|合計|総額|計)\s*:?\s*$")


#: a mark after an item's figure that notes the item (`…事業:841万2千円*`, `新規事業は*`; `※`), no text of the line's own
_NOTE_MARK = re.compile(r"^[*※☆★]{1,2}$")


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
    tail = _NOTE_MARK.sub("", without_notes(info.norm[last_end:]).strip())
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


class _Walk:
    """The deck's lines in reading order, with the budget labels read so far: the label the item lines stand
    under (the document's title, then each label line without figures) and the last current-year label's year."""

    def __init__(self, lines: list[LineInfo]) -> None:
        self.lines = lines
        self.keys, self.noted = legends.read(lines), legends.noted(lines)  # `※【補正】:…の額` boxes; `(注)上記の計数は…` marks
        title = document_label(lines)
        self.scope: tuple[str, int] | None = title
        self.current_fy: int | None = title[1] if title and title[0] == "budget" else None
        nonblank = [i for i, info in enumerate(lines) if info.norm.strip()]
        self.prev_nonblank = {b: a for a, b in pairwise(nonblank)}
        self.next_nonblank = {a: b for a, b in pairwise(nonblank)}

    def above(self, i: int, n: int) -> list[int]:
        """The n non-blank lines above line i, nearest first."""
        out: list[int] = []
        while len(out) < n and i in self.prev_nonblank:
            i = self.prev_nonblank[i]
            out.append(i)
        return out

    def read_labels(self, info: LineInfo, columns: list[tuple[str, int]] | None) -> list[tuple[str, int]] | None:
        """Take the line's budget labels into the walk; the table header (budget labels per column) now in force."""
        if legend(info.norm):
            return columns  # a legend of the bracketed figures (`( )内は、平成26年度当初予算額`): their year, no label
        label_fy = regular_budget_fy(info)
        if label_fy is not None:
            self.current_fy = label_fy
        if not info.amounts and info.mentions:
            heading = budget_label(info)
            if heading is not None and len(info.norm.strip()) <= TITLE_MAX:
                self.scope = heading
            header = column_labels(info)
            if header:
                columns = header
        return None if not info.norm.strip() else columns


def assign(lines: list[LineInfo]) -> None:
    """Fill role, fy and the draft qualifier of every amount, in reading order."""
    walk = _Walk(lines)
    columns: list[tuple[str, int]] | None = None  # the budget labels heading a table's columns
    page: int | None = None
    for i, info in enumerate(lines):
        if info.page != page:
            page, columns = info.page, None  # a table's header row never heads the next page's lines
        columns = walk.read_labels(info, columns)
        if columns is not None and table_row(info, columns):
            continue
        for k, m in enumerate(info.amounts):
            if not _by_own_line(walk, i, k, m):
                _by_neighbours(walk, i, k, m)
    table_header_years(lines)


def _by_year_pair(walk: _Walk, info: LineInfo, prev: Mention, m: Mention) -> bool:
    """`1億円(令和5年度 9,000万円)`, `1億円(R5: 9,000万円)`: the bracketed figure is last year's, by its year. Whether it was."""
    if prev.role not in (None, "budget") or (year := pair_year(info, prev.end, m)) is None:
        return False
    fy = prev.fy if prev.role is not None else walk.current_fy
    if fy is None or year != fy - 1:
        return False
    prev.role, prev.fy = prev.role or "budget", fy
    m.role, m.fy = "previous_budget", year
    return True


def _by_pair(walk: _Walk, info: LineInfo, k: int, prev: Mention, m: Mention) -> bool:
    """Step 2: X（Y）: the bracketed figure is the previous year's (or a change from it). Whether it was a pair."""
    between = info.norm[prev.end:m.start]
    ditto = _DITTO.fullmatch(between) is not None and _ditto(info, k) == "previous_budget"  # `(同 3兆2738億円)`
    if not (prev.role in (None, "budget") or ditto and prev.role_source in _LEFT_OPEN) \
            or not (_PAIR_OPEN.fullmatch(between) or ditto) or _CALCULATION.match(info.norm, m.end):
        return False  # (`80百万円(300百万円 × 4/15)`: the bracket shows a calculation's base, no previous year)
    if prev.role is None or prev.role_source in _LEFT_OPEN:
        prev.role, prev.fy, prev.role_source = "budget", walk.current_fy, "pair"
    if _is_change(between, info.norm[m.end:], m):
        m.role, m.fy = "other", prev.fy  # X（前年度比 Y増）: a change, not the previous year's figure
        return True
    m.role = "previous_budget"
    m.fy = int(prev.fy) - 1 if prev.fy is not None else None
    return True


def _by_own_line(walk: _Walk, i: int, k: int, m: Mention) -> bool:
    """Steps 1-2: the figure's own line labels it (X（Y） pairs, a named share, a role label before it). Whether it did."""
    info = walk.lines[i]
    amounts = info.amounts
    prev = amounts[k - 1] if k else None
    if prev is not None and (_by_year_pair(walk, info, prev, m) or _by_pair(walk, info, k, prev, m)):
        return True
    # 1. a label before it on its own line (after the previous amount, if any)
    head = stage_marks.after_comparison(info.norm[prev.end if prev else 0:m.start])  # (`…前年度比3%増。…に2億円を計上`)
    own = head[head.rfind("。") + 1:]
    if label_role(own) is not None or any(a in own for a in load("roles")["accounts"]) or clause_roles.names_settled(own):
        head = own  # its sentence names its own subject (`…増となります。特別会計は、`, `また支出済額は`): the one before labels nothing
    if prev is not None and amounts[0].role in BUDGET_ROLES and _SHARE_HEAD.fullmatch(head):
        m.role, m.fy, m.total = "other", amounts[0].fy, amounts[0]  # 501億円（JST：440億円 …）
        return True
    if (key := legends.keyed(info, m, walk.keys) or walk.noted.get(id(m))) is not None:
        m.role, m.fy, m.role_source = key[0], key[1], "legend"  # `【補正】20億円` under the deck's legend of its boxes
        return True
    found = stage_mark(info, m, head) or last_year_label(info, m, head, own_label(head))  # (owned_figures.own_label)
    if found is not None and compared_with(head, found) \
            and not _compared(head, found[1], info.norm[m.end:]) \
            or stage_marks.rated(head, found, info.norm[info.sentence_start(m.start):m.start]):
        m.role, m.fy, m.role_source = this_years(head), _own_fy(info, m.start), "compared"  # `前年度を上回る115兆円`
        return True
    if stage_marks.as_before(head, found):
        found = None  # `前年度同様、…に2,000万円を計上`, `前年度に引き続き、…`, `19年度当初予算と同額の…`: the year's own figure
    # a grant's size given to its recipients (`第2子以降に5万円を給付する`) keeps its own reading under a topic label
    if found is None and not given(info, m) and (topic := topic_label(info, m)) is not None:
        m.role, m.fy, m.role_source = topic[0], topic[1], "topic"  # `24年度補正予算では、(1)に0.7億円、(2)に4.8億円`
        return True
    if found is None and (same := ditto_label(info, k, head) or inline_first(info, k)) is not None:  # `(同35億円)`, `▽B 5億円`
        m.role, m.fy = same.role, same.fy
        return True
    pair_head = k + 1 < len(amounts) and _PAIR_OPEN.fullmatch(gap := info.norm[m.end:amounts[k + 1].start]) \
        and not _CALCULATION.match(info.norm, amounts[k + 1].end) and (walk.scope or not _is_change(gap, "", amounts[k + 1]))
    if found is None and pair_head:  # (`資産…N円(前年度比+M円)`: a change beside it makes no budget of it, outside a budget's scope)
        m.role, m.fy = "budget", walk.current_fy
        return True
    if found is None:
        after = _LABEL_AFTER.match(info.norm, m.end)
        if after is None:
            return False
        m.role, m.fy = ("supplementary_budget" if after.group(2) else "budget"), fy_before(info, m.start)  # `…のAI関連予算`
        m.total_of = m.total_of or whole_request(after.group(0))  # `5400億円余の概算要求`: the whole request, no row
        return True
    role = "other" if compared_cost(head, found[1]) else clause_roles.over_label(info, m, found[0])  # (a cost vs the budget)
    if role == "budget" and stage_marks.previous_clause(head):
        role = "previous_budget"  # `前年度の当初予算額64億円`: the label's clause names the year before
    if role == "previous_budget" and _compared(head, found[1], info.norm[m.end:]):
        role = "other"  # `（対前年度 1,000千円の減）`, `前年度を上回る62兆円`: a change from last year, or compared with it
    if role == "support" and "at_least" in m.qualifiers and not stated_total(head):
        role = "other"  # `研究費受入額が1,000万円以上`: a threshold, never a grant's size
    m.role = role
    if role == "previous_budget":
        m.fy = _previous_fy(walk.lines, i, walk.above)
    else:
        m.fy = _own_fy(info, m.start)
        if role == "budget" and "(案)" in head:
            m.qualifiers.append("draft")
    return True


#: how a role was left open (nothing said it, or a label line above it only): an `X（同 Y）` pair still reads X as the budget
_LEFT_OPEN = ("fallback", "under")
#: an arithmetic operator right after a bracketed figure: the bracket shows how the figure before it was computed
_CALCULATION = re.compile(r"\s*[×xX＊*÷/／]\s*[0-9０-９(（]")
_DITTO = re.compile(r"\s*\(\s*同\s*:?\s*")


def _ditto(info: LineInfo, k: int) -> str | None:
    """`…1兆円(前年度予算9,000億円)、…2兆円(同1.9兆円)`: a bracket opened by `同` repeats the label of the line's last
    bracketed figure before it; that figure's role."""
    amounts = info.amounts
    for j in range(k - 2, 0, -1):
        if _PAIR_OPEN.fullmatch(info.norm[amounts[j - 1].end:amounts[j].start]):
            return amounts[j].role
    return None


def _own_fy(info: LineInfo, pos: int) -> int | None:
    """The last fiscal year written before pos that is not a comparison's base (`前年度に比べて 2.9%増の 2,574 億円`: the
    figure is this year's, compared with last year's); None leaves the year to the scopes (fiscal_scope.py)."""
    start = info.sentence_start(pos)  # its own sentence: a year of a sentence before names other figures
    last = next((f for f in reversed(info.years_starting(start, pos)) if f.min is not None), None)
    return None if last is None or last.min is None or comparison_base(info, last) else int(last.min)

#: how far before its end a label's own comparison mark is read (`（対前年度`, `前年度比`), not a name's `…対策事業`
_LABEL_REACH = 6


def _compared(head: str, label_end: int, after: str) -> bool:
    """A previous-year label's figure is a change (`（対前年度 1,000千円の減）`): a change mark at the label, or after it."""
    return _is_change(head[max(0, label_end - _LABEL_REACH):], after)


def _by_neighbours(walk: _Walk, i: int, k: int, m: Mention) -> None:
    """Steps 3-6: a partner line, a label line above, the scope's label for an item line, else grant or other."""
    lines, info = walk.lines, walk.lines[i]
    prev_nonblank, next_nonblank = walk.prev_nonblank, walk.next_nonblank
    # 3. a bare amount line with its bracketed partner on the next line
    if info.is_bare_amount(paren=False) and i in next_nonblank and lines[next_nonblank[i]].is_bare_amount(paren=True):
        m.role, m.fy = "budget", walk.current_fy
        return
    if info.is_bare_amount(paren=True) and i in prev_nonblank and lines[prev_nonblank[i]].is_bare_amount(paren=False):
        partner = lines[prev_nonblank[i]].amounts[0]
        if signed(m):  # `1,869億円` then `(+240億円)`: the change from last year, of the year's figure
            m.role, m.fy = "other", partner.fy
            return
        m.role = "previous_budget"
        m.fy = partner.fy - 1 if partner.fy is not None else None
        return
    # 3b. `(令和5年度 9,000万円)` on the line under the year's figure: last year's, by the year it is labelled with
    if i in prev_nonblank and len(info.amounts) == 1 and info.norm[m.end:].strip() in (")", "）"):
        above = lines[prev_nonblank[i]].amounts
        year = pair_year(info, 0, m)
        if above and above[-1].role == "budget" and above[-1].fy is not None and year == above[-1].fy - 1:
            m.role, m.fy = "previous_budget", year
            return
    # 4. under a label line: a breakdown of its total, or the label's own figure
    under = _under_label(lines, i, walk.above)
    if under is not None and under[2] is None and item_head(info, m) is None \
            and not info.is_bare_amount(paren=False) and not _runs_on(lines, i):
        under = None  # a label line covers the item lines and bare figures under it, not a sentence's amount
    framed = own_frame(info, m) and hint_near(lines, i, walk.above) or given(info, m)  # own words win (`補助上限 50万円`)
    listed = framed or headed_by_cap(lines, i, walk.above)  # a list under `補助金額(…補助上限額)`: its caps, not items' budgets
    if under is not None and not listed:
        m.role, m.fy, total = under
        m.role_source = "under"
        head = info.norm[info.amounts[k - 1].end if k else 0:m.start]
        if total is not None and _SHARE_HEAD.fullmatch(head):
            m.total = total
        return
    # 5. an item line under a budget label (the document's title or a label line above)
    if walk.scope is not None and item_head(info, m) is not None and not listed:
        m.role = walk.scope[0]
        m.fy = fy_before(info, m.start) or walk.scope[1]
        return
    # 6. otherwise: a grant if it reads like one, else other
    m.fy = sentence_year(info, m) if info.fiscal_years else None
    m.role = "support" if reads_like_support(lines, i, m, walk.above) or allotted(lines, i, m, walk.above) else "other"
    # a row under a label naming the grant's cap is settled (scope.py leaves it): a list of caps, not the title's items
    settled = m.role == "support" and listed and not framed and walk.scope is not None \
        and (item_head(info, m) is not None or "at_most" in m.qualifiers)  # (a row the cap label capped is no item's figure)
    m.role_source = "grant_term" if settled else "fallback"


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
    for j in worded(lines, above(i, _LABEL_WINDOW + 3), _LABEL_WINDOW):  # (over a PDF's `1` / `88,` lines: labels.worded)
        info = lines[j]
        if not info.amounts and names_balance(info.norm):
            return "other", None, None  # `基金残高の見込み` over `財政調整基金 35億円`: a stock held, no budget
        # a label stands before its figure: `令和4年度第2次補正予算 50,050百万円`, not `…（前年度 41,000 千円）`
        found = label_role(info.norm[:info.amounts[0].start] if info.amounts else info.norm)
        if found is None and info.amounts and closes_group(info):
            return None  # `計 | 1兆8,608億円 |` closes the group the label above it heads
        if found is None or found[0] not in BUDGET_ROLES or legend(info.norm):
            continue
        fy = fy_before(info, found[1])
        totals = [a for a in info.amounts if a.role in BUDGET_ROLES]
        if info.amounts or per_resident(info.norm):  # `市民一人当たりの予算額` over `約45万円`: the budget per head
            return "other", fy, (totals[0] if totals else None)
        # a label line of its own is short and names a year (`令和4年度補正予算額`); 予算 inside a
        # department's name (`（土木部監理課予算Ｇ）`) or a sentence (`…補正予算で計上`) is no label
        # (`2. 予算額` over `3億円`: a grant outline's section; a bare cell under a book's `本年度予算額` is its table's)
        label = budget_label(info) or bare_label(info.norm, any("円" in a.text for a in lines[i].amounts))
        if label is None or len(info.norm.strip()) > TITLE_MAX:
            continue
        return (stage_marks.wrapped_label(lines, j, above) or label[0]), label[1], None
    return None

