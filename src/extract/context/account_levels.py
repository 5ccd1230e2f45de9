"""An account's level stated in a budget summary: in prose with the account as the sentence's topic: `企業会計は、2会計で
35億1,451万円となりました`, `特別会計は、5会計で総額120億円。`, `水道事業会計は、12億円です。` (GUIDE and the local summaries'
gold: account totals are `budget`).

Read only under a budget scope (prose_roles.py passes the scope's kind) and only for a figure no other rule gave a role:
the sentence opens with a topic naming an account (roles.json accounts: `一般会計`, `特別会計`, `企業会計` …), the figure is
the sentence's first amount, nothing between the topic and the figure compares, splits or names another subject (`前年度
比`, `うち`, `市税が`), and the figure closes the statement (`となりました`, `です`, `。`: roles.json account_result_after).

The sum line closing a list of accounts' budgets (`一般会計 412億円` / `特別会計 238億円` / `企業会計 109億円` / `合計 759億円`)
is the whole budget (a total, no programme's row): its label is a sum's (roles.json whole_lines) and the line right above
it states an account's budget.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo

#: the sentence's topic: its opening words up to `は` (`企業会計は、`)
_TOPIC = re.compile(r"^[^、，,。]{2,30}?は[、，,]?")
#: the figure closes the statement: a copula or the sentence's end
_CLOSES = re.compile(r"\s*(?:です|である|となって|。|$)")
#: another subject or topic between the account and its figure (`一般会計は、市税が42億円`)
_OTHER_SUBJECT = re.compile(r"[がは]")


def account_level(info: LineInfo, m: Mention) -> bool:
    """The figure is the level of the account its sentence takes as topic (module docstring), or an enterprise's spending
    side by its own label (`収益的支出 4億1,800万円`, `資本的支出は6億2,000万円`; roles.json account_spending_cells)."""
    prev_end = info.end_before(m.start)
    label = re.sub(r"[\s　:：約]|(?:は|が)$", "", re.split(r"[、。，,]", info.norm[prev_end:m.start])[-1].strip())
    if label.endswith(tuple(load("roles")["account_spending_cells"])):
        m.total_of = m.total_of or label  # an account's side sums its works: a total, no programme's row
        return True
    start = info.norm.rfind("。", 0, m.start) + 1
    if any(a.start >= start and a.end <= m.start for a in info.amounts) or m.text.lstrip()[:1] in "+＋△▲":
        return False  # the sentence's first figure only, unsigned (a signed figure is a change)
    before = info.norm[start:m.start].lstrip()
    found = _TOPIC.match(before)
    words = load("roles")
    revenue = (*words["income_labels"], *words["appropriation_tables"]["revenue_ends"])
    if found is None or not any(a in found.group() for a in words["accounts"]) or any(w in before for w in revenue):
        return False  # no account's topic, or its revenue side's (`企業会計の収入は、…`, `…は、収益的収入8億円、`)
    rest = before[found.end():]
    if _OTHER_SUBJECT.search(rest) or any(w in rest for w in (*words["change_before"], *words["part_words"],
                                                                *words["previous_words"], *words["support_own"])):
        return False
    after = info.norm[m.end:]
    return bool(re.match(words["account_result_after"], after) or _CLOSES.match(after))


def sum_lines(infos: Sequence[LineInfo]) -> None:
    """Make the sum line closing a list of accounts' budgets the whole budget (module docstring), in a table one cell a line
    too (stacked_sum)."""
    stacked_sum(infos)
    above: LineInfo | None = None
    for info in infos:
        if not info.norm.strip():
            continue
        if above is not None and len(info.amounts) == 1 and _closes_accounts(info, above):
            m = info.amounts[0]
            m.role, m.role_source, m.total_of = above.amounts[0].role, "scope", m.total_of or "合計"
        above = info


def _closes_accounts(info: LineInfo, above: LineInfo) -> bool:
    m = info.amounts[0]
    label = info.norm[:m.start].strip(" 　:：|｜・○●◆◇■□")
    if m.role != "other" or m.role_source != "fallback" or label not in load("roles")["whole_lines"]:
        return False
    prev = above.amounts[0] if len(above.amounts) >= 1 else None
    return prev is not None and prev.role in ("budget", "supplementary_budget") \
        and any(a in (prev.total_of or "") for a in load("roles")["accounts"])


def _cell(info: LineInfo) -> str:
    return info.norm.strip().rstrip("|｜").strip()


def _bare(info: LineInfo) -> bool:
    """A cell line that is one figure alone (`499億3,458万1千円 |`)."""
    return len(info.amounts) == 1 and _cell(info) == info.amounts[0].text.strip()


#: how many cells a row of a table one cell a line holds at most
_ROW_CELLS = 8


def stacked_sum(infos: Sequence[LineInfo]) -> None:
    """A table one cell a line (`一般会計 |`, `311億円 |`, `302億円 |`, …, `合計 |`, `499億円 |`, `479億円 |`): the sum row's
    figures take the roles of the last account row's figures in the same columns (the whole budget of each column's year,
    a change of the change's), as totals (total_of)."""
    for i, info in enumerate(infos):
        if info.amounts or _cell(info) not in load("roles")["whole_lines"]:
            continue
        sums = list(_figures_after(infos, i))
        row = _row_before(infos, i)
        if not sums or row is None or not any(m.role in ("budget", "previous_budget") for m in row):
            continue
        for m, partner in zip(sums, row, strict=False):  # (a column the row leaves `other` is left to the column passes)
            if m.role == "other" and m.role_source in ("fallback", "under", "") and partner.role in ("budget", "previous_budget"):
                m.role, m.role_source, m.total_of = partner.role, "scope", m.total_of or "合計"


def _figures_after(infos: Sequence[LineInfo], i: int) -> list[Mention]:
    out: list[Mention] = []
    for info in infos[i + 1:i + 1 + _ROW_CELLS]:
        if not _bare(info):
            break
        out.append(info.amounts[0])
    return out


def _row_before(infos: Sequence[LineInfo], i: int) -> list[Mention] | None:
    """The figures of the account row right above a sum line (its name line names an account), in column order."""
    cells: list[Mention] = []
    for k in range(i - 1, max(-1, i - 2 * _ROW_CELLS), -1):
        info = infos[k]
        if not _cell(info):
            continue
        if _bare(info):
            cells.insert(0, info.amounts[0])
        elif info.amounts or info.mentions:
            continue  # a percent's cell (`20.5%増 |`)
        else:
            return cells if any(a in _cell(info) for a in load("roles")["accounts"]) else None
    return None
