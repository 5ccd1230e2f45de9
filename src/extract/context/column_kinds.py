"""Tables whose header says which figure of a programme's row each column holds: `事業名 補正前の額 補正額 補正後の額` (a local
supplementary's list), `事業名 要求額 査定額 前年度予算額` (a local budget-compilation page) written with spaces, and a `|`
table's columns before and after the supplementary. Each figure of a row under the header takes its column's kind
(totals.json column_kinds): the budget before or after the supplementary is a level (role budget, a whole: no programme's
row), the supplementary column the supplementary, the request beside an assessed column the department's request (`other`:
the assessed figure is the budget), last year's column the previous budget. A row counts where it has one figure per column
of a kind; a line with no figure ends the table. A `|` table's request and assessed columns and figures labelled one by one
(`要求額 N 査定額 M`) take their roles in the role pass (context/assessment_columns.py); `labelled_item` names the latter."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import BUDGET_ROLES, LineInfo

#: a header's cells: `|` cells, else runs of text set apart by spaces
_CELL = re.compile(r"[^|｜\s\u3000]+")
#: a line of nothing but a table's rules and spaces
_RULE = re.compile(r"[\s\u3000|｜:：\-－―]*")
#: the sources of a role left open (no rule settled it: scope.py's fallback, a column label_columns.py read)
_OPEN = ("fallback", "under", "", "column")
#: what each kind makes of its figure: (role, whether it is a whole: no programme's row)
_EFFECT = {"change": ("other", False), "before": ("budget", True), "after": ("budget", True),
           "supplementary": ("supplementary_budget", False),
           "request": ("other", False), "assessed": ("budget", False), "previous": ("previous_budget", False)}
#: the kinds that say a header is one of these tables (a header of `予算額 前年度予算額` alone is label_columns.py's); a `|`
#: table's request and assessed columns are read by the role pass (context/assessment_columns.py), its levels here
_OWN = {"before", "after", "request", "assessed"}
_LEVELS = {"before", "after"}


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, str], ...]:
    # a request's and an assessment's words have one home, the role pass's (roles.json assessment)
    stages = load("roles")["assessment"]
    words = {**{w: "request" for w in stages["requested"]}, **{w: "assessed" for w in stages["assessed"]},
             **{k: v for k, v in load("totals")["column_kinds"].items() if not k.startswith("_")}}
    return tuple(sorted(words.items(), key=lambda kv: len(kv[0]), reverse=True))


def _kind(cell: str) -> str | None:
    return next((k for w, k in _kinds() if w in cell), None)


def _header(info: LineInfo) -> list[str] | None:
    """The kinds of a header's figure columns, in order (None where the line is no such header)."""
    if info.mentions:
        return None
    cells = _CELL.findall(info.norm)
    if not cells or _kind(cells[0]) is not None:
        return None  # a table's header opens with its rows' label column (`事業名`, `区分`); `要求額を見る 査定額を見る` is none
    kinds = [k for c in cells if (k := _kind(c)) is not None]
    own = _LEVELS if "|" in info.norm or "｜" in info.norm else _OWN  # (`|` request tables: the role pass's)
    return kinds if len(kinds) >= 2 and own & set(kinds) else None


#: how many characters before a figure its inline label may stand in (`要求額 50,000千円`, `査定額:45,000千円`)
_LABEL_REACH = 8


def _inline_kinds(info: LineInfo) -> list[str | None]:
    """The kind of the label written right before each figure of a line (`…事業 要求額 50,000千円 査定額 45,000千円`)."""
    out: list[str | None] = []
    end = 0
    for m in info.amounts:
        words = info.norm[max(end, m.start - _LABEL_REACH):m.start].strip(" \u3000:：")
        out.append(next((k for w, k in _kinds() if words.endswith(w)), None))
        end = m.end
    return out


def _apply_kinds(pairs: list[tuple[Mention, str]]) -> None:
    """Each figure's role from its kind (see the module's docstring), where a request stands beside an assessed figure."""
    assessed = any(k == "assessed" for _, k in pairs)
    for m, kind in pairs:
        if kind == "request" and not assessed or m.role not in BUDGET_ROLES and m.role_source not in _OPEN:
            continue  # a request with no assessed column beside it is the budget asked for; a subtotal or change stays
        role, whole = _EFFECT[kind]
        if role == "previous_budget" and m.role != role and m.fy is not None:
            m.fy -= 1  # the scope's year was given before the column said last year's
        m.role, m.role_source = role, "column"
        if whole:
            m.total_of = m.total_of or kind  # the budget as it stands before or after: a level, no programme's row


#: how many lines above a run of labelled figures the item's name may stand
_NAME_LINES = 3


def labelled_item(infos: Sequence[LineInfo], i: int, m: Mention) -> str | None:
    """The item an assessed figure labelled so is for (`…事業 要求額 N 査定額 M`): the words before the line's first
    label (`防災行政無線更新事業 要求額 …`), else the nearest line above with no figure (`■ 道路維持補修事業` over `要求額 …` /
    `査定額 …`); None for any other figure."""
    if m.role not in BUDGET_ROLES:
        return None
    info = infos[i]
    known = info.memo.get("inline_kinds")
    if not isinstance(known, tuple):  # once per line (a long line stays linear)
        kinds = _inline_kinds(info)
        known = info.memo["inline_kinds"] = (kinds, {id(a): k for a, k in zip(info.amounts, kinds)})
    kinds, by_id = known
    own = by_id.get(id(m))
    if not kinds or kinds[0] is None or own != "assessed":
        return None  # only the assessed figure of a compilation's item (`令和9年度要求額 3,600百万円`: a sheet's title names it)
    first = info.amounts[0]
    label = next(w for w, k in _kinds() if info.norm[max(0, first.start - _LABEL_REACH):first.start].strip(" \u3000:：").endswith(w))
    head = info.norm[:first.start].rstrip(" \u3000:：")
    head = head[:len(head) - len(label)].strip(" \u3000:：|｜")
    if head:
        return head
    for k in range(i - 1, max(-1, i - _NAME_LINES - 1), -1):
        if infos[k].norm.strip() and not infos[k].amounts:
            return infos[k].norm.strip(" \u3000■□◆◇●○・")
    return None


def apply(infos: Sequence[LineInfo]) -> None:
    """Give each figure of a row under a header of column kinds its column's role (see the module's docstring)."""
    header: list[str] | None = None
    for info in infos:
        if _RULE.fullmatch(info.norm):
            continue  # a blank line, or a `|---|---|` rule under the header
        found = _header(info)
        if found is not None:
            header = found
            continue
        if header is None or not info.amounts:
            header = None  # a line with no figure ends the table
            continue
        if len(info.amounts) == len(header):
            _apply_kinds(list(zip(info.amounts, header)))
            label = info.norm[:info.amounts[0].start].strip(" \u3000|｜:：")
            if label.endswith("計"):  # `部計`, `市民部 計`, `合計`: the table's whole, no programme's row
                for m in info.amounts:
                    m.total_of = m.total_of or label
