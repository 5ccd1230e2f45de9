"""Compact constructors for the fresh gold (one call a mention; see build.py and the GUIDE's record format)."""
from __future__ import annotations

from typing import Any

SAME = object()  # max defaults to min (a single value)


def _rec(kind: str, line: int, text: str, lo: Any, hi: Any, unit: Any, q: tuple[str, ...] | list[str],
         per: Any = None, role: Any = None, fy: Any = None) -> dict[str, Any]:
    return {"kind": kind, "line": line, "text": text, "min": lo, "max": lo if hi is SAME else hi, "unit": unit,
            "qualifiers": list(q), "per": per, "role": role, "fy": fy}


def amt(line: int, text: str, lo: Any, hi: Any = SAME, role: str = "budget", fy: Any = None,
        q: tuple[str, ...] = (), per: Any = None) -> dict[str, Any]:
    return _rec("amount", line, text, lo, hi, "yen", q, per, role, fy)


def cnt(line: int, text: str, lo: Any, unit: str, hi: Any = SAME, q: tuple[str, ...] = ()) -> dict[str, Any]:
    return _rec("count", line, text, lo, hi, unit, q)


def dur(line: int, text: str, lo: Any, unit: str, hi: Any = SAME, q: tuple[str, ...] = ()) -> dict[str, Any]:
    return _rec("duration", line, text, lo, hi, unit, q)


def pct(line: int, text: str, lo: Any, hi: Any = SAME, q: tuple[str, ...] = ()) -> dict[str, Any]:
    return _rec("percent", line, text, lo, hi, "percent", q)


def rank(line: int, text: str, lo: Any, hi: Any = SAME, q: tuple[str, ...] = ()) -> dict[str, Any]:
    return _rec("rank", line, text, lo, hi, "rank", q)


def fyr(line: int, text: str, lo: Any, hi: Any = SAME, q: tuple[str, ...] = ()) -> dict[str, Any]:
    return _rec("fiscal_year", line, text, lo, hi, None, q)


def date(line: int, text: str, lo: Any, hi: Any = SAME, q: tuple[str, ...] = ()) -> dict[str, Any]:
    return _rec("date", line, text, lo, hi, None, q)


def trap(rec: dict[str, Any], what: str, reason: str) -> dict[str, Any]:
    """Mark an amount as a budgets trap (collected by `traps`); the builder copies only the GUIDE's fields."""
    rec["_trap"] = (what, reason)
    return rec


def traps(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The NOT_ROWS of the amounts marked by `trap`, in annotation order (a cap's value is its max)."""
    return [dict(line=r["line"], text=r["text"], value_yen=r["max"] if r["min"] is None else r["min"], fy=r["fy"],
                 mention_role=r["role"], what=r["_trap"][0], reason=r["_trap"][1]) for r in recs if "_trap" in r]
