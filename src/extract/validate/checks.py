"""Checks no single column holds, as derived frames and `_`-columns for Great Expectations to assert:
text found in its line, min <= max, places inside the deck, plausible ranges per kind, and the
cross-row rules (a total equals the sum of its named shares; a previous-year figure is one fiscal
year below its budget figure)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd

from ..dictionary import unit_days
from ..model import QUALIFIERS
from ..normalize import format_free, normalize
from ..rules.registry import REGISTRY
from ..tables import budget_pairs

FIRST_FISCAL_YEAR = 1926  # 昭和元年
#: the longest period a ministry deck states: the isolation of high-level radioactive waste in geological
#: disposal (10万年, METI/NUMO); flood return periods (1000年に1度) and 人生100年 lie below it
DURATION_MAX_DAYS = 100_000 * 365.25
#: percentages pass 100 as ratios and growth (前年比120%, 150%増, Basel's 1250% risk weight); a hundred-fold
#: (10,000%) is beyond what a deck states as a percentage: larger is digits run together
PERCENT_MAX = 10_000.0
#: a negative percentage is written with its sign (▲0.4%, −3%, マイナス)
SIGNS = ("-", "−", "▲", "△", "－", "マイナス", "減")
#: the unit a duration's text must show (every gold duration does). Not asked of amounts (table cells take
#: their 円 from the header) nor of percentages (`19.4` over a `％` line of its own, as PDF layouts split them)
_UNIT_WORDS = {"duration": re.compile("[年月週日時分]")}


def _num(v: Any) -> float | None:
    if v is None or v is pd.NA or isinstance(v, str):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if f != f else f


def _le(a: Any, b: Any) -> bool:
    if a is None or b is None or a is pd.NA or b is pd.NA or a != a or b != b:
        return True
    try:
        return bool(a <= b)
    except TypeError:
        return False


def _unit_written(kind: str, text: str) -> bool:
    # the text the rules read (NFKC: Word-made PDFs write 月 as the Kangxi radical ⽉), not the raw bytes
    pattern = _UNIT_WORDS.get(kind)
    return pattern is None or bool(pattern.search(normalize(text).text))


def _real_date(kind: str, *ends: Any) -> bool:
    """A date's ends are days of the calendar (`2024-02-30` is not): each ISO end parses."""
    if kind != "date":
        return True
    for v in ends:
        if isinstance(v, str) and len(v) == 10:
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                return False
    return True


def _values(row: dict[str, Any]) -> list[float]:
    return [v for v in (_num(row["min"]), _num(row["max"])) if v is not None]


def _duration_days(row: dict[str, Any]) -> list[float]:
    f = unit_days().get(row["unit"] or "", 0.0)
    return [v * f for v in _values(row)]


def derived_mentions(df: pd.DataFrame, limits: dict[str, tuple[int, int]], year: int | None = None,
                     records: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    """The mentions frame plus the check columns its suite asserts (True = fine, for the rows a check concerns).
    `records`: the mention records `df` was made of, in its order (read directly: faster than the frame's rows)."""
    year = year or dt.date.today().year
    rows: list[dict[str, Any]] = records if records is not None else \
        [{str(k): v for k, v in r.items()} for r in df.to_dict(orient="records")]
    out = df.copy()

    def place_ok(r: dict[str, Any]) -> bool:
        pages, lines = limits.get(r["doc"], (0, 0))
        if r["page"] is not None and r["page"] is not pd.NA:
            return 1 <= int(r["page"]) <= pages
        if r["line"] is not None and r["line"] is not pd.NA:
            return 1 <= int(r["line"]) <= lines
        return False

    def percent_ok(r: dict[str, Any]) -> bool:
        if r["kind"] != "percent":
            return True
        vals = _values(r)
        signed = any(c in normalize(str(r["text"])).text or c in str(r["text"]) for c in SIGNS)
        return all(-PERCENT_MAX <= v <= PERCENT_MAX for v in vals) and (signed or all(v >= 0 for v in vals))

    out["_qualifiers_known"] = [set(q or []) <= set(QUALIFIERS) for q in df["qualifiers"]]
    out["_text_in_context"] = [bool(r["text"]) and str(r["text"]) in str(r["context"]) for r in rows]
    out["_min_le_max"] = [_le(r["min"], r["max"]) for r in rows]
    out["_place_in_deck"] = [place_ok(r) for r in rows]
    out["_unit_known"] = [REGISTRY.unit_ok(r["kind"], r["unit"]) for r in rows]
    out["_duration_in_range"] = [r["kind"] != "duration" or all(0 < d <= DURATION_MAX_DAYS for d in _duration_days(r))
                                 for r in rows]
    out["_unit_written"] = [_unit_written(r["kind"], str(r["text"])) for r in rows]
    out["_duration_at_least_a_day"] = [r["kind"] != "duration" or all(d >= 1 for d in _duration_days(r)) for r in rows]
    out["_fiscal_year_in_range"] = [r["kind"] != "fiscal_year" or all(FIRST_FISCAL_YEAR <= v <= year + 2 for v in _values(r)) for r in rows]
    # a plan's later years (2025年度 … 2030年度 in a 3-5 year business plan) are real: beyond +2 only warns,
    # before 1926 (before 昭和) is an error
    out["_fiscal_year_after_1926"] = [r["kind"] != "fiscal_year" or all(FIRST_FISCAL_YEAR <= v for v in _values(r)) for r in rows]
    out["_percent_in_range"] = [percent_ok(r) for r in rows]
    # issue 24 #9: values that cannot be right are held back, not published
    out["_real_date"] = [_real_date(r["kind"], r["min"], r["max"]) for r in rows]
    out["_format_free"] = [format_free(str(r["text"])) for r in rows]
    out["qualifiers"] = ["|".join(q or []) for q in df["qualifiers"]]  # GX wants hashable cells
    return out


def derived_amounts(df: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    year = year or dt.date.today().year
    out = df.copy()
    out["_fy_in_range"] = [fy is None or fy is pd.NA or FIRST_FISCAL_YEAR <= int(fy) <= year + 2 for fy in df["fy"]]
    out["_fy_after_1926"] = [fy is None or fy is pd.NA or FIRST_FISCAL_YEAR <= int(fy) for fy in df["fy"]]
    out["qualifiers"] = ["|".join(q or []) if isinstance(q, list) else (q or "") for q in df["qualifiers"]]
    return out


#: `members`: the `seq` of every mention a cross-row row stands for (joined with |), what an error holds back
BREAKDOWN_COLUMNS = ["doc", "page", "line", "total_text", "total_yen", "parts", "parts_sum", "members",
                     "_parts_sum_to_total"]


def breakdowns(records: list[dict[str, Any]], links: list[tuple[int, list[int]]]) -> pd.DataFrame:
    """One row per total with two or more named shares (`501億円（JST：440億円 AMED：61億円）`)."""
    rows = []
    for total_i, part_is in links:
        t = records[total_i]
        parts = [records[i] for i in part_is]
        values = [_num(p["max"]) for p in parts]
        s = sum(v for v in values if v is not None)
        rows.append({"doc": t["doc"], "page": t["page"], "line": t["line"], "total_text": t["text"],
                     "total_yen": _num(t["max"]), "parts": " + ".join(p["text"] for p in parts), "parts_sum": s,
                     "members": _members([t, *parts]),
                     "_parts_sum_to_total": None not in values and _num(t["max"]) == s})
    return pd.DataFrame(rows, columns=BREAKDOWN_COLUMNS)


def _members(records: list[dict[str, Any]]) -> str:
    return "|".join(str(r.get("seq")) for r in records if r.get("seq") is not None)


PAIR_COLUMNS = ["doc", "page", "line", "budget_text", "budget_fy", "previous_text", "previous_fy", "ratio",
                "members", "_previous_fy_one_below", "_ratio_plausible", "_ratio_not_a_unit_slip"]


def budget_pair_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per budget figure with its previous-year figure: the years must be consecutive; a
    ten-fold change between them is worth a look, and a thirty-fold one is a unit slip (百万円 read as
    億円 is a hundred-fold, 万円 as 億円 ten-thousand-fold) rather than a programme's real change."""
    rows = []
    for bi, pi in budget_pairs(records):
        if pi is None:
            continue
        b, p = records[bi], records[pi]
        bv, pv = _num(b["max"]), _num(p["max"])
        ratio = bv / pv if bv and pv else None
        one_below = b["fy"] is None or p["fy"] is None or int(p["fy"]) == int(b["fy"]) - 1
        rows.append({"doc": b["doc"], "page": b["page"], "line": b["line"], "budget_text": b["text"],
                     "budget_fy": b["fy"], "previous_text": p["text"], "previous_fy": p["fy"], "ratio": ratio,
                     "members": _members([b, p]),
                     "_previous_fy_one_below": one_below, "_ratio_plausible": ratio is None or 0.1 <= ratio <= 10,
                     "_ratio_not_a_unit_slip": ratio is None or 1 / 30 <= ratio <= 30})
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


#: the largest magnitude a published number may have: every writer holds it (Parquet and DuckDB int64,
#: pandas Int64, a float without loss of its order). 2^63 yen is about 922京円, far beyond any budget.
VALUE_LIMIT = 2**63 - 1


def _magnitude(v: Any) -> str:
    """A number too large to print (Python refuses str() of more than 4300 digits): its size."""
    if isinstance(v, int):
        return f"a number of about {int(v.bit_length() * 0.30103) + 1} digits"
    return f"{v!r}"[:40]


def out_of_range(record: dict[str, Any]) -> str | None:
    """Why a mention's value cannot be published (beyond `VALUE_LIMIT`, or not a finite number), or None.
    Checked before any table is built: such a value would overflow a writer, not fail a check."""
    for col in ("min", "max"):
        v = record.get(col)
        if v is None or isinstance(v, (str, bool)):
            continue
        if isinstance(v, int):
            bad = abs(v) > VALUE_LIMIT
        else:
            try:
                bad = not abs(float(v)) <= VALUE_LIMIT
            except (TypeError, ValueError, OverflowError):
                bad = True
        if bad:
            return f"{col} is {_magnitude(v)}: beyond ±2^63-1, the largest number the tables can hold"
    return None
