"""A local public enterprise's budget table by 款 and 項 (`| 款項 | 予定額 |`, then `| 水道事業収益 | 2,013,700千円
|`, `| 営業収益 | … |`, `| 水道事業費用 | … |`, `| 営業費用 | … |`, `| 予備費 | … |`): the enterprise's budget states
the planned amount (予定額) of each 款 and 項 of its revenue and its expenditure. GUIDE (fresh4's
enterprise, the gold calls of the local budget summaries): the expenditure side is the enterprise's
budget (the voted appropriations), the revenue side is a source of money, `other`.

A row's side is the one its own name ends with (`…収益`, `…収入`; `…費用`, `…支出`: roles.json
appropriation_tables), else the side of the 款 above it (`企業債`, `負担金` under `資本的収入`; `建設改良費`, `予備費`
under `資本的支出`). A row of the same deck's work table that names a programme (`| 主要な建設改良事業 |
2,315,697千円 |`, a name ending `事業`) is the budget of that work. Only an enterprise's deck is read
(its title names the account: roles.json enterprise_titles); a general account's 款 split it by
function or source, breakdowns. An expenditure 款 or 項 is a class that sums the enterprise's works
(`total_of`): no programme's row; so is a `name N千円` line under the bare `支出` line of an
enterprise's deck written without `|` (`支出` / `下水道事業費用 3,085,120千円` / `予備費 10,000千円`; the deck's
title names an enterprise's account). Only text tables (`|` rows, one figure) under a budget scope
are read, and only figures no other rule gave a role (left `other` by the fallback) become budgets;
a revenue row read as a budget becomes `other`.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..dictionary import load
from .labels import BUDGET_ROLES, LineInfo

_SEP = ("|", "｜")
_OPEN = ("fallback", "under")


def _row_name(info: LineInfo) -> str | None:
    """The name cell of a `| name | figure |` row with one figure, else None."""
    if len(info.amounts) != 1 or not info.norm.strip().startswith(_SEP):
        return None
    cells = [c.strip() for c in info.norm.replace("｜", "|").strip().strip("|").split("|")]
    m = info.amounts[0]
    if len(cells) != 2 or cells[1] != m.text.strip() or not cells[0] or info.mentions != info.amounts:
        return None
    return "".join(cells[0].split())


def _header(info: LineInfo) -> bool | None:
    """True for the header row of an appropriation table (a cell names 款 or 項, one names the planned amount), False for
    any other header row of a `|` table (or its rule line), None for a row with figures or no table row."""
    text = info.norm.strip()
    if info.amounts or not text.startswith(_SEP):
        return None
    heads = load("totals")["no_programme"]["class_headers"]  # one list of class headers (`区分` read here only)
    amounts = load("roles")["appropriation_tables"]["amount_heads"]
    cells = [c.strip() for c in text.replace("｜", "|").strip("|").split("|")]
    return any(c in (*heads["ranks"], *heads["enterprise"]) for c in cells) and any(c in amounts for c in cells)


def _side(name: str, side: str | None) -> str | None:
    words = load("roles")["appropriation_tables"]
    if name.endswith(tuple(words["revenue_ends"])):
        return "revenue"
    if name.endswith(tuple(words["expenditure_ends"])):
        return "expenditure"
    return side


def apply(infos: Sequence[LineInfo], kind: str | None) -> None:
    """Give the rows of a text deck's appropriation tables their role under a budget scope of role `kind`."""
    if kind not in BUDGET_ROLES or kind == "previous_budget" or not _enterprise(infos):
        return  # a general account's 款 split it by function or by source (GUIDE: breakdowns), both `other`
    ends = tuple(load("roles")["appropriation_tables"]["work_ends"])
    table: bool | None = None  # in an appropriation table (True), in another `|` table (False), in none (None)
    side: str | None = None
    for info in infos:
        if info.page is not None:
            return  # PDFs: the cells' boxes decide (ingest/tables.py)
        header = _header(info)
        if header is not None:
            if info.norm.strip().strip("|｜-:： "):  # a header row, not its rule line (`|---|---|`)
                table, side = header, None
            continue
        name = _row_name(info)
        if name is None:
            table, side = None, None
            continue
        m = info.amounts[0]
        if table:
            side = _side(name, side)
            if side == "revenue" and m.role in BUDGET_ROLES:
                m.role, m.role_source = "other", "revenue"
            elif side == "expenditure" and m.role == "other" and m.role_source in _OPEN:
                m.role, m.role_source, m.total_of = kind, "scope", m.total_of or name  # a class sums works: no row
        elif table is False and name.endswith(ends) and m.role == "other" and m.role_source in _OPEN:
            m.role, m.role_source = kind, "scope"  # `| 主要な建設改良事業 | 2,315,697千円 |`: a work's budget


def class_lines(infos: Sequence[LineInfo]) -> None:
    """An enterprise's deck written without `|`: the budget lines under its bare `支出` line are classes (`total_of`)."""
    if not _enterprise(infos):
        return
    words = load("roles")
    sides = words["account_sides"]
    spending = False
    for info in infos:
        name = "".join(info.norm.split()).strip("◇◆■□●○▽【】[]()（）:：")
        if not info.amounts:
            spending = name in sides["expenditure_lines"] or spending and name not in sides["revenue_lines"]
            continue
        m = info.amounts[0]
        label = "".join(info.norm[:m.start].split())
        if spending and len(info.amounts) == 1 and m.role in BUDGET_ROLES and not m.total_of and label \
                and not label.endswith(tuple(words["appropriation_tables"]["work_ends"])):
            m.total_of = label  # `下水道事業費用 3,085,120千円`: an expenditure 款 of the enterprise, no programme's row


def _enterprise(infos: Sequence[LineInfo]) -> bool:
    """The deck's title names a public enterprise's account (`令和7年度水道事業会計予算`; roles.json enterprise_titles)."""
    top = next((x.norm for x in infos if x.norm.strip()), "")
    return any(a in top for a in load("roles")["appropriation_tables"]["enterprise_titles"])
