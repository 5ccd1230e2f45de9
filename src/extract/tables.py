"""Mention records into the published tables. Columns and types come from the column dictionary
(schema.py); this module only derives each table's rows."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pandas as pd

from .context.qualifiers import rounded_floor
from .dictionary import load, unit_days
from .schema import TABLES, Table

PER_DECK_TABLES = ("mentions", "amounts", "durations", "counts", "budgets")


def frame(records: Iterable[dict[str, Any]], table: str | Table) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns: integers as nullable Int64, other cells as Python
    objects (so JSON keeps integers and lists as they are)."""
    t = TABLES[table] if isinstance(table, str) else table
    df = pd.DataFrame(list(records), columns=t.names, dtype=object)
    for c in t.columns:
        if c.type == "integer":
            df[c.name] = pd.array([None if v is None or v != v else int(v) for v in df[c.name]], dtype="Int64")
    return df


def _cell_text(v: Any) -> Any:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return pd.NA
    if isinstance(v, list):
        return "|".join(map(str, v)) if v else pd.NA
    return str(v)


def _cells_kind(col: pd.Series) -> str:
    """What a column's cells are, found in one pass in C (`infer_dtype`, gaps skipped): "string" when every
    cell is a text or a gap, "integer" when every one is an int or a gap; then each turns into what the step
    per cell in `typed` gives it (pandas maps None, NaN and NA to NA), without that step."""
    from pandas.api.types import infer_dtype

    return str(infer_dtype(col, skipna=True))


def typed(df: pd.DataFrame, table: str, only: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The table with the dictionary's types as pandas dtypes (what Parquet, DuckDB and a reader of
    the CSV with the package's types get); `only`: just these columns."""
    out = pd.DataFrame(index=df.index)
    for c in TABLES[table].columns:
        if only is not None and c.name not in only:
            continue
        col = df[c.name]
        kind = _cells_kind(col)
        if c.type == "integer" and kind == "integer":
            out[c.name] = pd.array(col.to_numpy(dtype=object), dtype="Int64")  # ints and gaps: no step per cell
        elif c.type == "integer":
            # a plain int is itself (the test of its type first: most cells, without the comparisons)
            out[c.name] = pd.array([v if type(v) is int else pd.NA if v is None or v is pd.NA or v != v else int(v)
                                    for v in col], dtype="Int64")
        elif c.type == "number":
            out[c.name] = pd.array([pd.NA if v is None or v is pd.NA or v != v else float(v) for v in col], dtype="Float64")
        elif c.type == "datetime":
            out[c.name] = pd.to_datetime(col, utc=True, format="ISO8601").astype("datetime64[us, UTC]")
        elif kind == "string":
            out[c.name] = pd.array(col.to_numpy(dtype=object), dtype="string")  # texts and gaps: no step per cell
        else:
            # a plain str is its own text (most cells: no call per cell, issue 25)
            out[c.name] = pd.array([v if type(v) is str else _cell_text(v) for v in col], dtype="string")
    return out.reset_index(drop=True)


def with_seq(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each mention its position in its deck (records published before `seq` existed get one too)."""
    counters: dict[str, int] = {}
    out = []
    for r in records:
        n = counters.get(r["doc"], 0)
        counters[r["doc"]] = n + 1
        out.append(r if r.get("seq") is not None else {**r, "seq": n})
    return out


def _base(r: dict[str, Any]) -> dict[str, Any]:
    return {k: r.get(k) for k in ("doc", "seq", "page", "line", "text", "qualifiers", "program", "context",
                                  "x0", "top", "x1", "bottom", "strict")}


def amount_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**_base(r), "yen_min": r["min"], "yen_max": r["max"], "per": r["per"], "role": r["role"], "fy": r["fy"],
             "ref": r.get("ref"), "source": r.get("source"), "confidence": r.get("confidence"),
             "ministry": r.get("ministry"), "total_of": r.get("total_of")}
            for r in records if r["kind"] == "amount"]


def duration_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sizes = unit_days()  # built once, not per cell (issue 25: it was most of `tables_of`)

    def days(v: Any, unit: str) -> float | None:
        size = sizes.get(unit)  # a unit without a size in the dictionary has no days
        return None if v is None or size is None else round(float(v) * size, 4)

    return [{**_base(r), "unit": r["unit"], "min": r["min"], "max": r["max"],
             "days_min": days(r["min"], r["unit"]), "days_max": days(r["max"], r["unit"])}
            for r in records if r["kind"] == "duration"]


def count_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**_base(r), "counter": r["unit"], "min": r["min"], "max": r["max"]}
            for r in records if r["kind"] == "count"]


def _fy_before(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether figure a's fiscal year is stated and earlier than figure b's."""
    return a.get("fy") is not None and b.get("fy") is not None and int(a["fy"]) < int(b["fy"])


def _whole_alike(budget: dict[str, Any], previous: dict[str, Any]) -> bool:
    """A previous-year figure that sums a group (its `total_of`: a year's column total, an account) is the previous year of a
    whole, never of one programme's figure before it (`骨髄ドナー推進事業奨励金 14万円` then the year's column `54億円`)."""
    return not previous.get("total_of") or bool(budget.get("total_of"))


def _same_row(records: list[dict[str, Any]], prev: int, budget: int) -> bool:
    """A held previous-year figure and a later budget figure are one row's columns: the budget figure is the mention right
    after it (the next cell of the row, however each column's name was read: `前年度 | 本年度` one cell a line), or both
    name the same programme, or one names none. A budget figure of another programme further on (`A事業 前年度 4億円 …
    B事業 令和6年度 5億円`) is another row's."""
    if budget == prev + 1:
        return True
    a, b = records[prev].get("program"), records[budget].get("program")
    return not a or not b or a == b


def _pairing(records: list[dict[str, Any]]) -> tuple[list[tuple[int, int | None]], set[int]]:
    """budget_pairs's pairs, and the budget figures that are a comparison row's older columns.

    A row of a comparison table may hold the years in ascending order (`27年度当初 | 28年度当初 | 29年度当初`): its
    oldest budget figure comes first, the previous year's after it, the plan year's last. A budget figure of a year
    BEFORE the previous-year figure that follows it is such an older column: background of the row, no row of its own
    (once the row's newer budget figure, named as it is, is there), and the previous-year figure belongs to that newer one."""
    pairs: list[tuple[int, int | None]] = []
    older: set[int] = set()
    run: list[int] = []  # the budget figures read so far in ascending years (a row's older columns)
    held: tuple[list[int], int] | None = None  # (those columns, the previous-year figure after them)
    for i, r in enumerate(records):
        if r["kind"] != "amount":
            continue
        if r["role"] == "budget":
            if held is not None and records[held[1]]["doc"] == r["doc"] and _fy_before(records[held[1]], r) \
                    and _same_row(records, held[1], i):
                pairs.append((i, held[1]))
                older.update(k for k in held[0] if records[k].get("program") == r.get("program"))  # the same row's
                run = []
            else:
                pairs.append((i, None))
                run = [*run, i] if run and records[run[-1]]["doc"] == r["doc"] and _fy_before(records[run[-1]], r) else [i]
            held = None
        elif r["role"] == "previous_budget" and pairs and pairs[-1][1] is None and not r.get("per") \
                and records[pairs[-1][0]]["doc"] == r["doc"] and _whole_alike(records[pairs[-1][0]], r):
            # (a rate (`月4,800円`) is no year's budget)
            if _fy_before(records[pairs[-1][0]], r):
                held = held or (run, i)
            else:
                pairs[-1] = (pairs[-1][0], i)
    return pairs, older


def budget_pairs(records: list[dict[str, Any]]) -> list[tuple[int, int | None]]:
    """(budget, previous budget) record indexes in reading order: each budget figure with the first
    previous-year figure after it, before the next budget figure of the same deck; in a comparison row whose
    older columns come first, the previous-year figure goes to the newer budget figure after it (`_pairing`)."""
    return _pairing(records)[0]


@lru_cache(maxsize=1)
def _account_regex() -> re.Pattern[str]:
    words = sorted(load("roles")["accounts"], key=len, reverse=True)
    # the account's whole name as written: `産業廃棄物処分事業特別会計`, `病院事業会計`, `一般会計`
    return re.compile(r"[^\W\d_]{0,16}?(?:" + "|".join(map(re.escape, words)) + ")")


def _account(text: str) -> str | None:
    """The account written on the figure's line (一般会計, …特別会計, 財政投融資 …)."""
    m = _account_regex().search(text)
    return m.group(0) if m else None


def _budget_yen(r: dict[str, Any]) -> Any:
    """A budget figure's yen: its value; a figure stated as a little over a round sum (`257億円余り`, at_least, its upper end
    left open) is budgeted at that sum, the figure the deck gives."""
    context = r.get("context") or ""
    at = context.find(r["text"])
    if r["max"] is None and r["min"] is not None and "at_least" in (r.get("qualifiers") or []) \
            and at >= 0 and rounded_floor(context, at, at + len(r["text"])):
        return r["min"]  # only the `余`/`強` marker (`22億3200余万円`, `257億円余り`): `1億円以上`, `1億円超` are thresholds
    return r["max"]


def budget_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per budget figure a deck states (roles budget and supplementary_budget), keyed by the
    figure's mention (doc, seq): a programme may have two figures for one year (a budget and a
    supplementary, or two agencies' shares). A budget figure carries the previous-year figure paired
    with it. fy and program stay empty where the deck states none near the figure."""
    records = with_seq(records)
    pairs, older = _pairing(records)
    previous = dict(pairs)
    rows: list[dict[str, Any]] = []
    for i, r in enumerate(records):
        if r["kind"] != "amount" or r["role"] not in ("budget", "supplementary_budget") or _budget_yen(r) is None:
            continue
        if r.get("total_of") or i in older:
            # a package, pillar or ministry total: in amounts, not a programme's row (README); an older column of a
            # comparison row (`_pairing`)
            continue
        pi = previous.get(i)
        prev = records[pi] if pi is not None else None
        prev_yen = prev["max"] if prev else None
        yen = _budget_yen(r)
        rows.append({"doc": r["doc"], "seq": r["seq"], "program": r.get("program"), "parent": r.get("parent"),
                     "fy": r["fy"], "role": r["role"], "account": _account(r.get("context") or ""),
                     "budget_yen": yen, "previous_budget_yen": prev_yen,
                     "change_pct": round((yen - prev_yen) / prev_yen * 100, 2) if prev_yen and yen is not None else None,
                     "page": r["page"], "line": r["line"], "text": r["text"],
                     "previous_text": prev["text"] if prev else None,
                     **{k: r.get(k) for k in ("x0", "top", "x1", "bottom")}, "ministry": r.get("ministry"),
                     "origin": "mention"})
    return rows



def tables_of(records: list[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """The per-deck tables of a set of mention records (one deck's, or everything published)."""
    return {name: frame(rows, name) for name, rows in table_rows(records).items()}


def table_rows(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The rows of `tables_of`'s tables, before each is made a frame."""
    records = with_seq(records)
    return {"mentions": records, "amounts": amount_records(records), "durations": duration_records(records),
            "counts": count_records(records), "budgets": budget_records(records)}


def rows_of(records: Iterable[dict[str, Any]], table: str) -> list[dict[str, Any]]:
    """The rows as `frame(records, table).to_dict("records")` gives them, without the frame (issue 25: the
    programme linker read every budgets and amounts row back out of a frame): exactly the table's
    columns, an integer cell a Python int or None, any other cell as it is (NaN where the record has no
    such key, as the frame fills it)."""
    import numpy as np

    cols = [(c.name, c.type == "integer") for c in TABLES[table].columns]
    return [{name: (None if (v := r.get(name)) is None or v != v else int(v)) if whole else r.get(name, np.nan) for name, whole in cols}
            for r in records]


def decks_table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    return frame(rows, "decks")
