"""The validation stage: each table is validated once per run over every extracted deck's rows (one
batch per table), and each failure is attributed to its deck and row by the row's position in the batch.

What an error-level failure does depends on its scope (`meta.scope` in the suite):
- `row`: the failing rows are held back: they leave the published tables and go to `held_back`;
- `group`: a cross-row check (a total and its shares, a budget and its previous-year figure, a
  duplicate) holds back every mention of the failing group;
- `deck`: the deck is quarantined whole (a key collision: its rows cannot be told apart);
- `table`: every deck of the batch is quarantined (a column of the wrong type is our bug, not a deck's).
A deck is also quarantined whole when most of its rows would be held back (`MOST_ROWS`): then the
failure is systematic (a unit table, a page mapping, an encoding gone wrong) and the rows that pass
are no more trustworthy than those that fail.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..ingest import page_ranges
from ..model import DeckResult
from ..tables import budget_pairs, tables_of, with_seq
from .checks import _magnitude, breakdowns, budget_pair_frame, derived_amounts, derived_mentions, out_of_range
from .suites import ExpectationResult, TableValidation, Validator

#: a deck more than this share of whose mentions fail is quarantined whole, not published in part
MOST_ROWS = 0.5

Key = tuple[str, int]  # (doc, seq) of a mention

#: what a derived `_`-check looked at: the columns shown as the observed value of a failing row
SHOWS: dict[str, tuple[str, ...]] = {
    "_qualifiers_known": ("qualifiers",), "_unit_known": ("kind", "unit"), "_text_in_context": ("text", "context"),
    "_min_le_max": ("min", "max"), "_place_in_deck": ("page", "line"),
    "_duration_in_range": ("min", "max", "unit"), "_unit_written": ("kind", "text"), "_duration_at_least_a_day": ("min", "max", "unit"),
    "_fiscal_year_in_range": ("min", "max"), "_fiscal_year_after_1926": ("min", "max"),
    "_percent_in_range": ("text", "min", "max"), "_fy_in_range": ("fy",), "_fy_after_1926": ("fy",),
    "_real_date": ("text", "min", "max"), "_format_free": ("text",),
    "_parts_sum_to_total": ("total_text", "total_yen", "parts", "parts_sum"),
    "_previous_fy_one_below": ("budget_text", "budget_fy", "previous_text", "previous_fy"),
    "_ratio_plausible": ("budget_text", "previous_text", "ratio"),
}


@dataclass
class Batch:
    """One table's rows over every deck of the run, and the mentions each row stands for."""

    table: str
    frame: pd.DataFrame
    #: per row of `frame` (by position): the (doc, seq) of every mention an error on it holds back
    members: list[tuple[Key, ...]]


def _keys_from(doc: str, joined: Any) -> tuple[Key, ...]:
    return tuple((doc, int(s)) for s in str(joined or "").split("|") if s)


def _budget_members(budgets: pd.DataFrame, records: list[dict[str, Any]]) -> list[tuple[Key, ...]]:
    """The budget figure (and the previous-year figure paired with it) behind each budgets row: by
    `seq` where the table carries it, else by the figure's place and text (an exact copy of a figure
    matches both copies: they are held back together, which is what a duplicate calls for)."""
    pairs = budget_pairs(records)
    prev_of = {(records[b]["doc"], records[b]["seq"]): (records[p]["doc"], records[p]["seq"]) if p is not None else None
               for b, p in pairs}
    by_place: dict[tuple[Any, ...], list[Key]] = defaultdict(list)
    for b, _ in pairs:
        r = records[b]
        by_place[(r["doc"], r["page"], r["line"], r["text"])].append((r["doc"], r["seq"]))
    out: list[tuple[Key, ...]] = []
    has_seq = "seq" in budgets.columns
    for row in budgets.to_dict(orient="records"):
        page = None if pd.isna(row["page"]) else row["page"]
        line = None if pd.isna(row["line"]) else row["line"]
        figures = [(row["doc"], int(row["seq"]))] if has_seq else by_place.get((row["doc"], page, line, row["text"]), [])
        keys = [*figures, *(p for f in figures if (p := prev_of.get(f)) is not None)]
        out.append(tuple(dict.fromkeys(keys)))
    return out


def validation_frames(results: list[DeckResult]) -> dict[str, Batch]:
    """Every frame the suites check, over all `results` at once (records must carry `seq`)."""
    records: list[dict[str, Any]] = []
    links: list[tuple[int, list[int]]] = []
    for r in results:
        offset = len(records)
        records += r.records
        links += [(t + offset, [p + offset for p in parts]) for t, parts in r.links]
    tables = tables_of(records)
    limits = {r.doc: (r.pages or 0, r.line_count) for r in results}

    def own(df: pd.DataFrame) -> list[tuple[Key, ...]]:
        return [((d, s),) for d, s in zip(df["doc"].tolist(), df["seq"].astype("int64").tolist())]

    def joined(df: pd.DataFrame) -> list[tuple[Key, ...]]:
        return [_keys_from(d, m) for d, m in zip(df["doc"].tolist(), df["members"].tolist())]

    mentions, amounts = tables["mentions"], tables["amounts"]
    pairs, shares = budget_pair_frame(records), breakdowns(records, links)
    return {
        "mentions": Batch("mentions", derived_mentions(mentions, limits, records=records), own(mentions)),
        "amounts": Batch("amounts", derived_amounts(amounts), own(amounts)),
        "budgets": Batch("budgets", tables["budgets"], _budget_members(tables["budgets"], records)),
        "breakdowns": Batch("breakdowns", shares, joined(shares)),
        "budget_pairs": Batch("budget_pairs", pairs, joined(pairs)),
    }


def _cell(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return "(empty)"
    return str(v)


def _observed(res: ExpectationResult, row: dict[str, Any]) -> str:
    cols = SHOWS.get(res.column or "", ()) or res.columns
    if res.column == "_text_in_context":  # the line can be long: the text, and that it is not in it
        return f"text={_cell(row.get('text'))} not in its line"
    return "; ".join(f"{c}={_cell(row.get(c))}" for c in cols if c in row)


@dataclass
class _Deck:
    result: DeckResult
    by_seq: dict[int, dict[str, Any]]
    held: dict[tuple[int, str, str, str], dict[str, Any]]
    quarantine: list[str]


def _held_row(m: dict[str, Any], res: ExpectationResult, scope: str, observed: str) -> dict[str, Any]:
    return {"doc": m["doc"], "seq": m["seq"], "kind": m["kind"], "page": m.get("page"), "line": m.get("line"),
            "text": m["text"], "min": _text(m.get("min")), "max": _text(m.get("max")), "unit": m.get("unit"),
            "context": m.get("context"), "table": res.table, "check": res.column or res.expectation,
            "expectation": res.expectation, "scope": scope, "observed": observed, "reason": res.why}


def _text(v: Any) -> str | None:
    if v is None:
        return None
    try:
        return str(v)
    except ValueError:  # an int of more than 4300 digits
        return _magnitude(v)


def _pair_closure(deck: _Deck, records: list[dict[str, Any]]) -> None:
    """A previous-year figure leaves with its budget figure: left alone it would pair with another
    budget figure of the deck (`tables.budget_pairs`) and give it a wrong previous year."""
    held_seqs = {k[0] for k in deck.held}
    for b, p in budget_pairs(records):
        bs, prev = records[b]["seq"], records[p] if p is not None else None
        if bs in held_seqs and prev is not None and prev["seq"] not in held_seqs:
            res = ExpectationResult("budget_pairs", "held_back_with_its_budget_figure", "members", "error", False, 1,
                                    why="a previous-year figure leaves with its budget figure (alone it would be "
                                        "paired with another budget figure)", scope="group")
            deck.held[(prev["seq"], res.table, "members", res.expectation)] = _held_row(
                prev, res, "group", f"paired with {records[b]['text']} (held back)")


def _summary(outcome: TableValidation, rows: int, failing: dict[int, list[int]], docs_page: str | None
             ) -> dict[str, Any]:
    """One deck's share of a table's batch result, in the shape the report reads."""
    failed = [(r, failing[i]) for i, r in enumerate(outcome.results) if i in failing]
    errors = [(r, n) for r, n in failed if r.severity == "error"]
    warnings = [(r, n) for r, n in failed if r.severity != "error"]

    def label(r: ExpectationResult, n: list[int]) -> str:
        return r.label() + (f" ({len(n)} rows)" if n else "")

    return {"table": outcome.table, "rows": rows, "passed": len(outcome.results) - len(failed),
            "failed": len(errors), "warnings": len(warnings), "docs_page": docs_page,
            "failures": [label(r, n) for r, n in errors], "warning_list": [label(r, n) for r, n in warnings],
            "held_back": sum(len(n) for r, n in errors if r.scope in ("row", "group"))}


def validate_decks(results: list[DeckResult], validator: Validator, run_name: str | None = None) -> None:
    """Validate every extracted deck of a run together; each comes out `published` (its failing rows
    held back), `no_text_layer` (published, some pages image-only) or `quarantined` (deck-level failure)."""
    todo = [r for r in results if r.status == "extracted"]
    if not todo:
        return
    for r in todo:
        # keys before anything leaves (held-back rows keep their seq), and every row under its deck's doc:
        # failures are attributed by the rows' doc
        r.records = [m if m.get("doc") == r.doc else {**m, "doc": r.doc} for m in with_seq(r.records)]
        r.held_back = []
    decks = {r.doc: _Deck(r, {m["seq"]: m for m in r.records}, {}, []) for r in todo}
    for deck in decks.values():
        _hold_out_of_range(deck)
    run_name = run_name or "run_" + dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    summaries: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for table, batch in validation_frames(todo).items():
        outcome = validator.validate(table, batch.frame, run_name=run_name)
        docs = batch.frame["doc"].tolist() if len(batch.frame) else []
        failing: dict[str, dict[int, list[int]]] = defaultdict(dict)  # doc -> expectation index -> rows
        for i, res in enumerate(outcome.results):
            if res.success:
                continue
            if not res.rows:  # not a per-row expectation (a column's type): it concerns every deck of the batch
                for doc in decks:
                    failing[doc][i] = []
                    if res.severity == "error":
                        decks[doc].quarantine.append(res.label())
                continue
            for pos in res.rows:
                failing[docs[pos]].setdefault(i, []).append(pos)
            if res.severity != "error":
                continue
            for pos in res.rows:
                deck = decks[docs[pos]]
                if res.scope in ("deck", "table"):
                    deck.quarantine.append(res.label())
                    continue
                scope = "group" if len(batch.members[pos]) > 1 or table in ("breakdowns", "budget_pairs") else "row"
                observed = _observed(res, {str(k): v for k, v in batch.frame.iloc[pos].items()})
                for doc, seq in batch.members[pos]:
                    m = decks[doc].by_seq[seq]
                    decks[doc].held[(seq, table, res.column or "", res.expectation)] = _held_row(m, res, scope, observed)
        per_doc = Counter(docs)
        for doc in decks:
            summaries[doc][table] = _summary(outcome, per_doc[doc], failing.get(doc, {}), outcome.docs_page)
    for deck in decks.values():
        _judge(deck, summaries[deck.result.doc])


def _judge(deck: _Deck, validation: dict[str, dict[str, Any]]) -> None:
    r = deck.result
    _pair_closure(deck, r.records)
    r.validation = validation
    r.held_back = sorted(deck.held.values(), key=lambda h: (h["seq"], h["table"], h["check"], h["expectation"]))
    held = {h["seq"] for h in r.held_back}
    if deck.by_seq and len(held) > MOST_ROWS * len(deck.by_seq):
        checks = sorted({f"{h['table']}.{h['check']}" for h in r.held_back})
        deck.quarantine.append(f"most rows fail validation: {len(held)} of {len(deck.by_seq)} mentions "
                               f"({', '.join(checks[:5])})")
    if deck.quarantine:
        r.status = "quarantined"
        r.error = "failed expectations: " + "; ".join(dict.fromkeys(deck.quarantine))
        return
    r.records = [m for m in r.records if m["seq"] not in held]
    if r.pages_without_text:
        r.status = "no_text_layer"
        r.error = (f"no text layer on pages {page_ranges(r.pages_without_text)} (image-only): not extracted; "
                   "the other pages are published")
        r.error += "".join(f"; {n}" for n in r.notes if "not read" in n)  # why OCR did not read them
    else:
        r.status, r.error = "published", None


def _hold_out_of_range(deck: _Deck) -> None:
    """Mentions whose value no table can hold (>= 2^63, thousands of digits) are held back before any
    frame is built, with the reason; the others of the deck are validated as usual (its links re-indexed)."""
    r = deck.result
    keep: list[int] = []
    for i, m in enumerate(r.records):
        why = out_of_range(m)
        if why is None:
            keep.append(i)
            continue
        res = ExpectationResult("mentions", "value_in_range", "_value_in_range", "error", False, 1, why=why)
        deck.held[(m["seq"], "mentions", "_value_in_range", res.expectation)] = _held_row(m, res, "row", why)
    if len(keep) == len(r.records):
        return
    new = {old: n for n, old in enumerate(keep)}
    r.links = [(new[t], [new[p] for p in parts if p in new]) for t, parts in r.links if t in new]
    r.links = [(t, parts) for t, parts in r.links if len(parts) >= 2]
    r.records = [r.records[i] for i in keep]


def validate_deck(result: DeckResult, validator: Validator) -> None:
    """Validate one extracted deck on its own (the run validates all its decks together)."""
    validate_decks([result], validator)
