"""Mentions into pandas tables: `mentions`, `amounts`, `budgets`, `decks`. Column lists live here, once."""
from __future__ import annotations

from typing import Any, Iterable

import pandas as pd

#: GUIDE record fields, then the programme and the source line
MENTION_COLUMNS = ["doc", "kind", "page", "line", "text", "min", "max", "unit", "qualifiers", "per", "role", "fy",
                   "program", "context"]
AMOUNT_COLUMNS = ["doc", "page", "line", "text", "yen_min", "yen_max", "qualifiers", "per", "role", "fy", "program",
                  "context"]
BUDGET_COLUMNS = ["doc", "program", "fy", "budget_yen", "previous_budget_yen", "change_pct", "page", "line", "text",
                  "previous_text"]
DECK_COLUMNS = ["doc", "file", "sha256", "source_type", "pages", "mentions", "status", "error"]
INT_COLUMNS = {"page", "line", "fy", "pages", "mentions", "yen_min", "yen_max", "budget_yen", "previous_budget_yen"}


def frame(records: Iterable[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    """A DataFrame with exactly `columns`; integer columns as nullable Int64, the rest as Python objects."""
    df = pd.DataFrame(list(records), columns=columns, dtype=object)
    for col in columns:
        if col in INT_COLUMNS:
            df[col] = pd.array([None if v is None or v != v else int(v) for v in df[col]], dtype="Int64")
    return df


def mentions_table(records: list[dict[str, Any]]) -> pd.DataFrame:
    return frame(records, MENTION_COLUMNS)


def amount_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**{k: r[k] for k in AMOUNT_COLUMNS if k in r}, "yen_min": r["min"], "yen_max": r["max"]}
            for r in records if r["kind"] == "amount"]


def budget_pairs(records: list[dict[str, Any]]) -> list[tuple[int, int | None]]:
    """(budget, previous budget) record indexes in reading order: each budget figure with the first
    previous-year figure after it, before the next budget figure of the same deck."""
    pairs: list[tuple[int, int | None]] = []
    for i, r in enumerate(records):
        if r["kind"] != "amount":
            continue
        if r["role"] == "budget":
            pairs.append((i, None))
        elif r["role"] == "previous_budget" and pairs and pairs[-1][1] is None \
                and records[pairs[-1][0]]["doc"] == r["doc"]:
            pairs[-1] = (pairs[-1][0], i)
    return pairs


def budget_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (doc, program, fy): a budget figure and the previous-year figure paired with it.

    Only budget figures whose fiscal year the deck states are rows (a (programme, year) table needs
    the year); an unnamed programme is called after where the figure stands, so rows stay distinct.
    """
    rows: list[dict[str, Any]] = []
    for bi, pi in budget_pairs(records):
        r = records[bi]
        if r["fy"] is None or r["max"] is None:
            continue
        place = f"page {r['page']}" if r.get("page") is not None else f"line {r['line']}"
        prev = records[pi] if pi is not None else None
        prev_yen = prev["max"] if prev else None
        rows.append({"doc": r["doc"], "program": r.get("program") or f"(unnamed, {place})", "fy": r["fy"],
                     "budget_yen": r["max"], "previous_budget_yen": prev_yen,
                     "change_pct": round((r["max"] - prev_yen) / prev_yen * 100, 2) if prev_yen else None,
                     "page": r["page"], "line": r["line"], "text": r["text"],
                     "previous_text": prev["text"] if prev else None})
    return rows


def decks_table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    return frame(rows, DECK_COLUMNS)


def tables_of(records: list[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """The per-mention tables of a set of mention records (one deck's, or all published)."""
    return {
        "mentions": mentions_table(records),
        "amounts": frame(amount_records(records), AMOUNT_COLUMNS),
        "budgets": frame(budget_records(records), BUDGET_COLUMNS),
    }
