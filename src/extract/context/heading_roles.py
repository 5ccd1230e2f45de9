"""What the headings over a figure say of it, by the outline's chain (scope.py, prose_roles.apply).

GUIDE and the gold sets' calls: revenues and changes are `other`, not budget figures of a programme. A heading is the
label of every item under it (GUIDE: "a label line applies to every item under it"), so:

- **A revenue side's heading** (`■一般会計 歳入`, `●歳入の主な内訳`, `【歳入】`) over an item (`・自主財源`, `▽寄付金`) makes
  the item's figure a source of money, `other`; the side is read as account_sides reads a side's line of its own (a
  heading that names `歳入` and not `歳出`).
- **A heading that names a change of the budget** (`●歳出の主な前年比増減の理由`, `■主な増減`, `■前年度との差引`; roles.json
  change_heading: a comparison with last year, or `増減` / `差引` closing the heading) makes the figures of the items under
  it changes from last year, `other`; `増減` inside a noun phrase (`人口の社会増減の改善`, `増減築工事`) names no change.

- **A heading that names a ceiling on later years' spending** (`９．債務負担行為`, a table 事項 | 期間 | 限度額) makes the
  figures under it limits, `other` and no budgets row, whatever year their period names; the word is the heading's name,
  not a word it mentions in passing (`■主な事業（債務負担行為の設定を含む）` heads works).

Only headings, titles and items that hold no figure of their own count (a short `【歳入】` line reads as a title; a deck
titled `…歳入予算の概要` lists sources only).
"""
from __future__ import annotations

import re

from ..dictionary import load
from ..model import Mention
from ..word_lists import ceiling_headings
from . import outline as ol
from .account_sides import REVENUE, names_side
from .labels import BUDGET_ROLES
from .stage_marks import pattern

#: how many nodes of the chain (the owner and the headings over it) are read
_DEPTH = 4


def _headings(chain: list[ol.Node]) -> list[ol.Node]:
    return [n for n in chain[:_DEPTH] if n.kind in ("heading", "item", "label", "title", "page_title") and not n.figures]




def revenue_side(chain: list[ol.Node]) -> bool:
    """A heading over the figure names the revenue side of the account, the side's word as its head noun (`歳入`, `歳入の主な
    内訳`, `一般会計 歳入`), not a compound that names a work (`歳入確保の取組`: a programme's heading), nor one topic of
    several (`県の予算規模・歳入予算`: the whole budget's size is the heading's other topic)."""
    return any(names_side(n.text) == REVENUE and pattern("revenue_side_head").search(n.text.strip()) for n in _headings(chain))


def change_heading(chain: list[ol.Node]) -> bool:
    """A heading over the figure names a change from another year (a heading or an item; the deck's title is no heading
    of its items' changes: `予算の前年度比較` titles a deck of budgets)."""
    pattern = re.compile(load("roles")["change_heading"])
    return any(n.kind not in ("title", "page_title") and pattern.search(n.text.strip()) for n in _headings(chain))


def ceiling_heading(chain: list[ol.Node]) -> bool:
    """A heading over the figure names a ceiling on later years' spending (`９．債務負担行為`: 事項 | 期間 | 限度額; roles.json
    ceiling_headings): the limit the council authorises, no appropriation of the year (fresh5c, budgets_tables READMEs)."""
    words = ceiling_headings()
    # the word is the heading's name, after its marks and numbering (`９．債務負担行為`, `(4) 債務負担行為の設定`, `第2表 債務負担
    # 行為補正`), not one mentioned in passing (`■主な事業（債務負担行為の設定を含む）`); a page's title too
    return any(n.kind != "title" and _LEADING.sub("", n.text).startswith(words) for n in _headings(chain))


#: a heading's marks and numbering before its name
_LEADING = re.compile(r"^(?:[\W\d_]|第[0-9０-９]+表)*")


def apply(m: Mention, chain: list[ol.Node]) -> bool:
    """Make a budget figure under a revenue side's, a change's or a ceiling's heading `other`; whether it did."""
    if m.role not in BUDGET_ROLES:
        return False
    if ceiling_heading(chain):
        m.role, m.role_source = "other", "ceiling"
        return True
    if revenue_side(chain):
        m.role, m.role_source = "other", "revenue"
        return True
    if change_heading(chain):
        m.role, m.role_source = "other", "change"
        return True
    return False
