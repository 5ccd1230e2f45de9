"""The side of the account a figure is listed under: revenue (歳入) or a breakdown of expenditure (歳出…の内訳).

A local budget summary lists its account's two sides under lines of their own (`一般会計補正予算(歳入)の主なもの`,
`- 歳入予算の主な内訳`, `▽歳入`), often flattened from HTML so that the side's line is a sibling of the items, not
their parent. A figure under the revenue side is a source of money (市税, 国庫支出金, 県債, 繰入金), not an
appropriation; one under an expenditure breakdown (`歳出予算の主な内訳`: 除雪費, 職員給与費) splits the account by kind
of expense. Both are the GUIDE's breakdowns: `other`. An expenditure side that lists the budget's items
(`…(歳出)の主なもの`, a bare `■歳出` over `道路整備事業`) leaves them as their scope makes them.

Under the general account's expenditure side named alone (`歳出`; not an enterprise's `支出`, whose 款・項 are its budget), a
line stating an expense class's figure (`総務費 8億円`: the account's 款) is a breakdown by function too; a programme's line
under it keeps its scope's role. A side's heading that names programmes (`歳出(目的別)の主な事業`) breaks nothing down.

The side stays in force over the figure lines, table cells, account names (`国民健康保険特別会計` splitting a side by
account) and sentences under it; any other line of its own (a heading, a label, an item without a figure) ends it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..charsets import any_of
from ..dictionary import load
from ..model import Mention
from .labels import BUDGET_ROLES, TITLE_MAX, LineInfo

REVENUE = "revenue"
BREAKDOWN = "breakdown"
#: an enterprise's spending side named alone on its line (`支 出`, `◇支出`): the 款 and 項 listed under it are its budget
SPENDING = "spending"

# markers, brackets and spaces around a side's name (`▽歳入`, `【歳出】`, `- 歳入予算の主な内訳`)
_TRIM = re.compile(r"[\s　【】\[\]()（）:：|｜・\-−‐○◯〇●◆◇■□▽▼▶▷※]")


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    d = load("roles")["account_sides"]
    return {k: tuple(v) for k, v in d.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _first_chars() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The first characters of the side words and the last of the account ends: a line holding none of them names
    no side (trimming only removes characters), or ends in no account's name."""
    w = _words()
    sides = w["revenue"] + w["expenditure"] + w["revenue_lines"] + w["expenditure_lines"]
    return any_of(x[0] for x in sides), any_of(x[-1] for x in w["account_ends"])


def _side(text: str) -> str | None:
    """REVENUE or BREAKDOWN when a line of its own names that side, SPENDING when it names an enterprise's spending side
    alone (`支 出`); "" when it names the other side (or both); None when it names no side."""
    if _first_chars()[0].search(text) is None:
        return None
    w = _words()
    name = _TRIM.sub("", text)
    if any(r in name for r in w["revenue_lines"]) and any(e in name for e in w["expenditure_lines"]):
        return ""  # `(資本的収入及び支出)`: an article's heading over both sides, no side
    if name in w["revenue_lines"] or name in w["expenditure_lines"]:  # `◇収入` / `◇支出` heading a town's two sides
        return REVENUE if name in w["revenue_lines"] else SPENDING
    for both in w["both"]:
        name = name.replace(both, "")  # `歳入歳出予算の総額`: the whole account, no side
    revenue = any(r in name for r in w["revenue"])
    expenditure = any(e in name for e in w["expenditure"])
    if revenue and not expenditure:
        return None if _whole_too(text) else REVENUE
    if expenditure and not revenue:
        # `歳出(目的別)の主な事業` lists programmes whatever the cut: no breakdown
        return BREAKDOWN if any(b in name for b in w["breakdown"]) and not any(p in name for p in w["programme_words"]) else ""
    return "" if revenue or expenditure else None


def _whole_too(text: str) -> bool:
    """A line that lists topics (`・`, `、`) one of which names the whole budget and no side (`県の予算規模・歳入予算`: the
    accounts' totals under it stay budgets; roles.json whole_topics)."""
    parts = re.split(r"[・、，,]", text)
    return len(parts) > 1 and any(_side(p) is None and any(w in p for w in load("roles")["whole_topics"]) for p in parts)


def names_side(text: str) -> str | None:
    """REVENUE when a heading's text names the revenue side alone (`■一般会計 歳入`), BREAKDOWN, SPENDING or "" for the
    other side, None when it names none (as a side's line of its own is read)."""
    return _side(text)


def _passes(info: LineInfo, below: LineInfo | None) -> bool:
    """A line the side stays in force over: figures, table cells, sentences, an account's name, a blank line, and, under a
    bill's side named alone (`below` given), the label of the figure alone on the line below it (`第1項 営業費用` over
    `1,518,928 千円`: one row of the side's list, wrapped; not a work's item under `■歳入確保の取組`)."""
    text = info.norm.strip()
    if below is not None and below.is_bare_amount(paren=False):
        return True
    if info.amounts or not text.strip("|｜ 　") or text.endswith(("|", "｜")) or "。" in text or len(text) > TITLE_MAX:
        return True
    return _first_chars()[1].search(text) is not None and _TRIM.sub("", text).endswith(_words()["account_ends"])


def sides(infos: Sequence[LineInfo]) -> list[str | None]:
    """Per line, the side of the account in force (REVENUE, BREAKDOWN, SPENDING) or None; one pass in reading order."""
    out: list[str | None] = []
    below = _next_nonblank(infos)
    side: str | None = None
    w = _words()
    spending = listed = False  # under the general account's expenditure side named alone (`歳出`); a bill's side's list
    page: int | None = None
    for i, info in enumerate(infos):
        if info.page != page:
            page, side, spending = info.page, None, False  # a side's line heads its own page's lines only
        text = info.norm.strip()
        named = _side(text) if not info.amounts and "。" not in text and len(text) <= TITLE_MAX else None
        if named is not None:
            side, spending = named or None, named == "" and any(e in text for e in w["expenditure"])  # `歳出`, not an enterprise's `支出`
            # a bill's side named alone (`収 入`, `支 出`) lists its 款 and 項, a label's figure on the line below it too
            listed = _TRIM.sub("", text) in (*w["revenue_lines"], *w["expenditure_lines"])
        elif not _passes(info, below[i] if listed else None):
            side, spending = None, False
        out.append(BREAKDOWN if spending and _class_line(info) else _own_side(info) or side)
    return out


def _own_side(info: LineInfo) -> str | None:
    """REVENUE for a figure line that opens with the revenue side's bare name before its item (`収入　構成市町負担金 1,260万円`
    of a body's 収支予算, where the side stands on each line, not on a line of its own); for that line only."""
    if not info.amounts:
        return None
    first = info.norm[:info.amounts[0].start].strip().split(maxsplit=1)
    return REVENUE if len(first) == 2 and _TRIM.sub("", first[0]) in _words()["revenue_lines"] else None


def _next_nonblank(infos: Sequence[LineInfo]) -> list[LineInfo | None]:
    """Per line, the next non-blank line on its page (None at the page's end)."""
    out: list[LineInfo | None] = [None] * len(infos)
    nxt: LineInfo | None = None
    for i in range(len(infos) - 1, -1, -1):
        out[i] = nxt if nxt is not None and nxt.page == infos[i].page else None
        if infos[i].norm.strip():
            nxt = infos[i]
    return out


def _class_line(info: LineInfo) -> bool:
    """A line that states an expense class's figure (`総務費 8億円`, `民生費:15億円`; totals.json expenditure_classes, the
    local account's 款): under the expenditure side it splits the account by function, a breakdown."""
    if not info.amounts:
        return False
    label = _TRIM.sub("", info.norm[:info.amounts[0].start])
    return label in load("totals")["no_programme"]["expenditure_classes"]


@lru_cache(maxsize=1)
def _spending_label() -> re.Pattern[str]:
    ends = "|".join(map(re.escape, _words()["expenditure_lines"]))
    return re.compile(rf"(?<![\u4e00-\u9fff])(?:収益的|資本的)?(?:{ends})(?:額|総額|合計)?\s*(?:は|が|を|:|：)?\s*[、，,]?\s*約?\s*$")


def spending_side(info: LineInfo, m: Mention) -> bool:
    """An enterprise's spending side names the figure right before it (`支出 7億4,306万円`, `収入244億円から支出237億円を
    差し引いた`, `…資本的支出は、42億1300万円を計上`, `支出を7億6,000万円と見込み`): its budget (fresh4, fresh6a, fresh7:
    an enterprise's expenditure is `budget`, its revenue `other`); not a word that ends in another noun (`国庫支出金`), nor
    last year's (`前年度の支出`)."""
    head = info.norm[info.end_before(m.start):m.start]
    head = head[max(head.rfind("。"), head.rfind("、", 0, max(0, len(head.rstrip(" 、，,")) - 1))) + 1:]
    return _spending_label().search(head) is not None and not any(w in head for w in load("roles")["previous_words"])


def spending_row(m: Mention, info: LineInfo, label: tuple[str, int | None] | None, labelled: bool) -> None:
    """Under an enterprise's spending side named alone (`支 出` over `第1項 営業費用 | 860,584千円`) in a budget's scope
    (`label`): the side's 款 and 項 are its budget (fresh6a, fresh12c: an enterprise's expenditure is `budget`), each a total
    of the side's works, no programme's row; a figure its own words label (`labelled`: `前年度…`), or a sentence's, keeps
    that reading."""
    if label is None or label[0] not in BUDGET_ROLES or label[0] == "previous_budget" or m.role == "previous_budget":
        return
    if "。" in info.norm:
        return  # a sentence under the side (`…建設事業は、…町道改良工事(1億7千万円)…`) says what its figures are
    if (m.role_source in ("fallback", "under", "scope") or m.role == "support") and not labelled:
        m.role, m.role_source, m.total_of = "budget", "spending", m.total_of or "(spending side)"
        m.fy = m.fy or label[1]
