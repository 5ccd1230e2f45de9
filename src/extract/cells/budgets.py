"""budgets rows from cells: a programme row's figure under a budget or supplementary column, with the
previous-year figure of the same row; fy from the column header, else the document title."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from ..dictionary import words
from .printed import SEP, is_total, squeeze, table_words

# `令和８年度`, and the abbreviations the GUIDE reads as fiscal years in headers (`R6当初`, `H30FY`, `Ｒ８予算額`)
_ERA_FY = re.compile(r"(令和|平成|(?<![A-Za-z])R|(?<![A-Za-z])H)\s*(\d{1,2}|元)\s*(?:年度|FY|(?=当初|補正|予算|要求))")
_ERA_BASE = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}
_YEAR_FY = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年度")


def fiscal_year(text: str) -> int | None:
    """The fiscal year a header or title names (`令和８年度` -> 2026, `R6当初予算額` -> 2024, `2024年度` -> 2024)."""
    s = unicodedata.normalize("NFKC", text or "")
    m = _ERA_FY.search(s)
    if m:
        return _ERA_BASE[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
    y = _YEAR_FY.search(s)
    return int(y.group(1)) if y else None


def column_role(col_label: str) -> str | None:
    """budget / supplementary_budget / previous_budget from a column's header words (longest first): none
    for a change, ratio, breakdown or running-total column (比較増減, 財源内訳, 補正後の額); previous_budget
    for one that names the year before (前年度当初予算額)."""
    s = squeeze(col_label)
    columns = table_words()["budget_columns"]
    if any(w in s for w in columns["not_figures"]):
        return None
    if any(w in s for w in columns["previous"]):
        return "previous_budget"
    labels = words(columns["labels"])
    for word in sorted(labels, key=len, reverse=True):
        if word in s:
            return str(labels[word])
    return None


def is_programme(cell: dict[str, Any]) -> bool:
    """A row that names a programme: a 事業 code (`002 会計事務費`), or a 事業 name in a table of 事業;
    never a category (款/項/目, revenue lines) or a total."""
    path = (cell.get("row_label") or "").split(SEP)
    leaf = path[-1]
    if not leaf or is_total(leaf) or squeeze(leaf) in table_words()["categories"]["words"]:
        return False
    if any(squeeze(p) in table_words()["programme_rows"]["not_under"] for p in path):
        return False
    if re.match(table_words()["programme_rows"]["code"], squeeze(cell.get("printed_label") or "")):
        # a budget book's 説明: a 事業 is listed under its 細目 (both coded); a 細目 alone is a group of 事業
        return len(path) >= 2
    return "事業" in squeeze(cell.get("caption") or "")  # a table of 事業 (主な継続事業, 新規事業): every row


def supplementary(role: str | None, col_label: str, caption: str, title: str) -> str | None:
    """A budget column of a supplementary budget's table is its supplementary figure: the GUIDE's title rule
    (`…３月補正予算に計上した主な事業` over a 事業費 column, a document titled `…補正予算`), the table's caption
    first; a column that says 当初 itself stays budget."""
    if role != "budget" or any(w in squeeze(col_label) for w in table_words()["budget_columns"]["initial"]):
        return role
    words_ = table_words()["budget_columns"]["supplementary_titles"]
    for text in (caption, title):
        s = squeeze(text)
        if any(w in s for w in table_words()["budget_columns"]["initial"]):
            return role
        if any(w in s for w in words_):
            return "supplementary_budget"
    return role


def cell_budget_records(cells: Sequence[dict[str, Any]], title: str = "") -> list[dict[str, Any]]:
    """budgets rows (source `cell`) from the cells of programme rows under a budget or supplementary
    column, with the previous-year figure of the same row where a 前年度 column gives one. fy from the
    column header, else the document title. Cells are not mentions, so no figure is counted twice."""
    by_row: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for c in cells:
        by_row.setdefault((c["page"], c["table"], c["row"]), []).append(c)
    title_fy = fiscal_year(title)
    # two budget columns of different years (`Ｒ８年度当初予算額`, `Ｒ７年度当初予算額`): the earlier is the previous year's
    latest: dict[tuple[int, int], int] = {}
    for c in cells:
        fy = fiscal_year(c.get("col_label") or "")
        if fy and column_role(c.get("col_label") or "") == "budget":
            key = (c["page"], c["table"])
            latest[key] = max(latest.get(key, fy), fy)

    def role_of(c: dict[str, Any]) -> str | None:
        role = column_role(c.get("col_label") or "")
        fy = fiscal_year(c.get("col_label") or "")
        if role == "budget" and fy and fy < latest.get((c["page"], c["table"]), fy):
            return "previous_budget"
        return supplementary(role, c.get("col_label") or "", c.get("caption") or "", title)

    out: list[dict[str, Any]] = []
    for c in cells:
        role = role_of(c)
        # a cut (`防災費 △653` in a supplementary budget) is no row: the budgets suite holds budget_yen >= 1
        if role not in ("budget", "supplementary_budget") or c.get("unit") != "yen" or c["value"] <= 0 or not is_programme(c):
            continue
        prev = next((o for o in by_row[(c["page"], c["table"], c["row"])]
                     if o is not c and role_of(o) == "previous_budget" and o.get("unit") == "yen"), None)
        path = (c.get("row_label") or "").split(SEP)
        # the 事業 name among the row's labels (a department or a code may stand beside it): the last that
        # names a programme, else the leaf
        k = next((i for i in range(len(path) - 1, -1, -1) if re.search(r"事業|費(?:[（(].*)?$", squeeze(path[i]))), len(path) - 1)
        out.append({"doc": c["doc"], "seq": c["seq"], "program": path[k], "parent": path[k - 1] if k > 0 else None,
                    "fy": fiscal_year(c.get("col_label") or "") or fiscal_year(c.get("caption") or "") or title_fy,
                    "role": role, "account": None,
                    "budget_yen": int(c["value"]), "previous_budget_yen": int(prev["value"]) if prev else None,
                    "change_pct": round((c["value"] - prev["value"]) / prev["value"] * 100, 2) if prev and prev["value"] else None,
                    "page": c["page"], "line": c.get("line"), "text": c["text"], "previous_text": prev["text"] if prev else None,
                    "x0": c.get("x0"), "top": c.get("top"), "x1": c.get("x1"), "bottom": c.get("bottom"), "origin": "cell"})
    return out
