"""A programme's figures year after year: what each deck states for each fiscal year (as that year's
budget or as a later deck's previous-year figure), and where two decks state one figure differently."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .names import as_int, is_blank, written_unit


@dataclass(frozen=True)
class Statement:
    """One deck stating a programme's figure for one fiscal year: as that year's budget (`budget`) or as
    a later deck's previous-year figure (`previous_year`)."""

    program_id: str
    fy: int
    role: str
    yen: int
    stated_as: str
    doc: str
    page: int | None
    line: int | None
    text: str
    unit: int | None   # the unit the figure is written to (`written_unit`)
    top_level: bool    # not a sub-item (no parent)

    def where(self) -> str:
        place = f"page {self.page}" if self.page is not None else f"line {self.line}"
        return f"{self.doc} {place}"


def statements(rows: Iterable[Mapping[str, Any]]) -> list[Statement]:
    """Every figure the rows state, keyed by programme, fiscal year and role (rows need `program_id`)."""
    out = []
    for r in rows:
        pid, fy = r.get("program_id"), as_int(r.get("fy"))
        if is_blank(pid) or not pid or fy is None:
            continue
        role = str(r.get("role") or "budget")
        text = "" if is_blank(r.get("text")) else str(r.get("text"))
        prev_text = None if is_blank(r.get("previous_text")) else str(r.get("previous_text"))
        doc, page, line = str(r["doc"]), as_int(r.get("page")), as_int(r.get("line"))
        top = is_blank(r.get("parent")) or not r.get("parent")
        yen = as_int(r.get("budget_yen"))
        if yen is not None:
            out.append(Statement(str(pid), fy, role, yen, "budget", doc, page, line, text, written_unit(text), top))
        prev = as_int(r.get("previous_budget_yen"))
        if prev is not None:
            # a figure with no text of its own is written like the figure it stands beside
            unit = written_unit(prev_text) or written_unit(text)
            out.append(Statement(str(pid), fy - 1, role, prev, "previous_year", doc, page, line, prev_text or "",
                                 unit, top))
    return out


def _rank(s: Statement) -> tuple[Any, ...]:
    return (s.stated_as != "budget", not s.top_level, s.doc, s.page or 0, s.line or 0)


def tolerance(a: Statement, b: Statement) -> int:
    """Two statements of one figure agree within one unit of the coarser writing: a figure written to a
    unit u stands for a value less than u from it, whether the deck rounded or cut off the rest."""
    return max(a.unit or 1, b.unit or 1)


def _fmt(s: Statement) -> str:
    how = "" if s.stated_as == "budget" else ", previous-year figure"
    return f"{s.where()}: {s.yen:,} yen ({s.text or 'as given'}{how})"


def cross_deck_pairs(stmts: Sequence[Statement]) -> list[dict[str, Any]]:
    """One row per previous-year figure and each other deck that states that year's budget for the same
    programme: they must agree within `tolerance` (against one of that deck's figures for it, or their
    sum: two agencies' shares add up to the programme's figure)."""
    by: dict[tuple[str, int, str], list[Statement]] = defaultdict(list)
    for s in stmts:
        by[(s.program_id, s.fy, s.role)].append(s)
    rows = []
    for (pid, fy, role), group in sorted(by.items()):
        own = [s for s in group if s.stated_as == "budget"]
        for p in sorted((s for s in group if s.stated_as == "previous_year"), key=_rank):
            decks = sorted({s.doc for s in own if s.doc != p.doc})
            for d in decks:
                cands = sorted((s for s in own if s.doc == d), key=_rank)
                best = min(cands, key=lambda s: (abs(s.yen - p.yen), _rank(s)))
                tol = tolerance(best, p)
                total = sum(s.yen for s in cands)
                agree = abs(best.yen - p.yen) <= tol or (len(cands) > 1 and abs(total - p.yen) <= tol)
                rows.append({
                    "program_id": pid, "fy": fy, "role": role,
                    "budget_doc": best.doc, "budget_page": best.page, "budget_line": best.line,
                    "budget_text": best.text, "budget_yen": best.yen,
                    "previous_doc": p.doc, "previous_page": p.page, "previous_line": p.line,
                    "previous_text": p.text or None, "previous_yen": p.yen,
                    "diff_yen": p.yen - best.yen, "tolerance_yen": tol, "agree": agree,
                    "finding": None if agree else (f"FY{fy} {role}: {_fmt(best)} but {_fmt(p)}; "
                                                   f"differ by {p.yen - best.yen:+,} yen (tolerance {tol:,})"),
                })
    return rows


def budget_history(rows: Iterable[Mapping[str, Any]], names: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """One row per programme × fiscal year × role: the figure (its own year's deck first, a top-level
    item before a sub-item), where it comes from, and every other statement of it.

    `names` maps program_id -> the programme's name (the `programs` table's `program`)."""
    stmts = statements(rows)
    return history_of(stmts, cross_deck_pairs(stmts), names)


def history_of(stmts: Sequence[Statement], pairs: Sequence[Mapping[str, Any]], names: Mapping[str, str] | None = None
               ) -> list[dict[str, Any]]:
    """`budget_history` from the rows' `statements` and their `cross_deck_pairs`, when the caller has them
    (the merge hands the same pairs to the cross-deck check, so they are found once a run)."""
    names = names or {}
    verdict: dict[tuple[str, int, str], list[bool]] = defaultdict(list)
    for p in pairs:
        verdict[(p["program_id"], p["fy"], p["role"])].append(bool(p["agree"]))
    by: dict[tuple[str, int, str], list[Statement]] = defaultdict(list)
    for s in stmts:
        by[(s.program_id, s.fy, s.role)].append(s)
    out = []
    for (pid, fy, role), group in sorted(by.items()):
        group = sorted(group, key=_rank)
        first, others = group[0], group[1:]
        v = verdict.get((pid, fy, role))
        out.append({
            "program_id": pid, "program": names.get(pid), "fy": fy, "role": role,
            "budget_yen": first.yen, "stated_as": first.stated_as, "doc": first.doc, "page": first.page,
            "line": first.line, "text": first.text or None,
            "other_docs": sorted({s.doc for s in others} - {first.doc}),
            "other_statements": [_fmt(s) for s in others],
            "statements": len(group),
            "cross_deck": None if v is None else ("agree" if all(v) else "differ"),
        })
    return out
