#!/usr/bin/env python3
"""Score the project's published `cells` table against the hand-made cells gold (issue 22).

Usage:
    python score_cells.py GOLD cells.csv [--json] [--misses N] [--docs DOC,DOC]

GOLD is one gold file (`<doc>.jsonl`) or a folder of them (`tests/data/gold/cells/`,
`tests/data/gold/cells_heldout/`). Gold lines: doc, page (1-based), row_label, col_label, text, value, unit.
cells.csv needs the columns doc, page, table, row, col, text, value, unit, row_label, col_label (others are
ignored). Doc names are compared after lower-casing and `-` -> `_`.

Matching: a predicted cell matches a gold cell of the same doc and page whose text is equal after
normalisation: NFKC, all whitespace removed, ▲ -> △, and one pair of enclosing brackets dropped (`(24.0％)`
and `（1.1％）` are `24.0%` and `1.1%`). Each gold cell matches at most one prediction and each prediction at
most one gold cell. Where several cells of a page share a text, pairs with the same value come first, then
pairs with more equal labels (row_label, col_label), then reading order.

Reported per doc and overall:
  - recall: matched gold cells / gold cells;
  - precision: on the gold's pages only, matched predictions / predictions on annotated tables. A predicted
    table (doc, page, table) counts as annotated when at least one of its cells matches a gold cell, so a
    table the gold leaves out (a heading, a table the annotator did not take) is not counted against it.
    `page_precision` (matched / every prediction on the gold's pages) is given too;
  - value_unit: matched cells whose value equals the gold value (relative tolerance 1e-9, or 1e-6 absolute)
    and whose unit equals the gold unit (NFKC, lower-case; null and "" are the same). Gold cells with a null
    value (a quantity with no single number, e.g. `44歳6月`) are left out of this one;
  - value and unit separately;
  - row_label, col_label: matched cells whose label equals the gold label (NFKC, whitespace removed), and
    the same on the leaf only (the last ` / ` segment).

Standard library only (Python 3.11). Import `score(gold, cells_csv)` for the numbers as a dict.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

_BRACKETS = {"(": ")", "[": "]", "【": "】", "〔": "〕"}
_SEP = " / "


def norm_doc(doc: str) -> str:
    return str(doc).strip().lower().replace("-", "_")


def norm_text(text: Any) -> str:
    """The text key cells are matched on."""
    t = unicodedata.normalize("NFKC", "" if text is None else str(text))
    t = re.sub(r"\s+", "", t).replace("▲", "△")
    if len(t) >= 2 and t[0] in _BRACKETS and t[-1] == _BRACKETS[t[0]]:
        t = t[1:-1]
    return t


def norm_label(label: Any) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", "" if label is None else str(label)))


def leaf(label: Any) -> str:
    """The last segment of a header path joined with ' / '."""
    s = unicodedata.normalize("NFKC", "" if label is None else str(label))
    return norm_label(s.split(_SEP)[-1])


def norm_unit(unit: Any) -> str:
    u = "" if unit is None else unicodedata.normalize("NFKC", str(unit)).strip().lower()
    return "" if u in ("none", "null", "nan") else u


def to_number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return None if isinstance(value, float) and math.isnan(value) else float(value)
    s = str(value).strip()
    if s == "" or s.lower() in ("none", "null", "nan"):
        return None
    try:
        return float(s)
    except ValueError:
        return None


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def load_gold(path: Path) -> list[dict[str, Any]]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    rows: list[dict[str, Any]] = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                row["_where"] = f"{f.name}:{n}"
                rows.append(row)
    return rows


def load_pred(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _page(value: Any) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _pair_key(g: dict[str, Any], p: dict[str, Any]) -> tuple[int, int]:
    value_eq = same_value(to_number(g.get("value")), to_number(p.get("value")))
    labels_eq = int(norm_label(g.get("row_label")) == norm_label(p.get("row_label"))) + int(
        norm_label(g.get("col_label")) == norm_label(p.get("col_label"))
    )
    return (0 if value_eq else 1, -labels_eq)


def match_page(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of one doc and page."""
    by_text: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, g in enumerate(gold):
        by_text[norm_text(g.get("text"))][0].append(i)
    for j, p in enumerate(pred):
        key = norm_text(p.get("text"))
        if key in by_text:
            by_text[key][1].append(j)
    pairs: list[tuple[int, int]] = []
    for gi, pj in by_text.values():
        if not gi or not pj:
            continue
        cand = sorted((_pair_key(gold[i], pred[j]), i, j) for i in gi for j in pj)
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, i, j in cand:
            if i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
                pairs.append((i, j))
    return pairs


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _empty_counts() -> dict[str, int]:
    keys = ("gold", "pred_pages", "pred_tables", "matched", "value_scored", "value_unit",
            "value", "unit", "row", "col", "row_leaf", "col_leaf")
    return {k: 0 for k in keys}


def score(gold_path: str | Path, cells_csv: str | Path, docs: list[str] | None = None) -> dict[str, Any]:
    """Counts and rates per doc and overall, plus the misses (gold not found) and the wrong fields."""
    gold = load_gold(Path(gold_path))
    pred = load_pred(Path(cells_csv))
    wanted = {norm_doc(d) for d in docs} if docs else None
    g_pages: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    names: dict[str, str] = {}
    for g in gold:
        d = norm_doc(g["doc"])
        names.setdefault(d, str(g["doc"]))
        if wanted is None or d in wanted:
            g_pages[(d, int(g["page"]))].append(g)
    p_pages: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for p in pred:
        page = _page(p.get("page"))
        if page is not None and (norm_doc(p.get("doc", "")), page) in g_pages:
            p_pages[(norm_doc(p.get("doc", "")), page)].append(p)

    counts: dict[str, dict[str, int]] = defaultdict(_empty_counts)
    misses: list[dict[str, Any]] = []
    wrong: list[dict[str, Any]] = []
    for (doc, page), gs in sorted(g_pages.items()):
        ps = p_pages.get((doc, page), [])
        c = counts[doc]
        c["gold"] += len(gs)
        c["pred_pages"] += len(ps)
        pairs = match_page(gs, ps)
        matched_tables = {str(ps[j].get("table", "")) for _, j in pairs}
        c["pred_tables"] += sum(1 for p in ps if str(p.get("table", "")) in matched_tables)
        c["matched"] += len(pairs)
        found = {i for i, _ in pairs}
        for i, g in enumerate(gs):
            if i not in found:
                misses.append({"doc": doc, "page": page, "text": g.get("text"), "row_label": g.get("row_label"),
                               "col_label": g.get("col_label")})
        for i, j in pairs:
            g, p = gs[i], ps[j]
            gv, pv = to_number(g.get("value")), to_number(p.get("value"))
            unit_ok = norm_unit(g.get("unit")) == norm_unit(p.get("unit"))
            problems = []
            if g.get("value") is not None:
                c["value_scored"] += 1
                value_ok = same_value(gv, pv)
                c["value"] += value_ok
                c["unit"] += unit_ok
                c["value_unit"] += value_ok and unit_ok
                if not value_ok:
                    problems.append(f"value {pv} != {gv}")
                if not unit_ok:
                    problems.append(f"unit {p.get('unit')!r} != {g.get('unit')!r}")
            for field, short in (("row_label", "row"), ("col_label", "col")):
                full_ok = norm_label(g.get(field)) == norm_label(p.get(field))
                c[short] += full_ok
                c[short + "_leaf"] += leaf(g.get(field)) == leaf(p.get(field))
                if not full_ok:
                    problems.append(f"{short} {p.get(field)!r} != {g.get(field)!r}")
            if problems:
                wrong.append({"doc": doc, "page": page, "text": g.get("text"), "problems": problems})

    total = _empty_counts()
    for c in counts.values():
        for k, v in c.items():
            total[k] += v

    def rates(c: dict[str, int]) -> dict[str, Any]:
        m = c["matched"]
        return {
            **c,
            "recall": _ratio(m, c["gold"]),
            "precision": _ratio(m, c["pred_tables"]),
            "page_precision": _ratio(m, c["pred_pages"]),
            "value_unit": _ratio(c["value_unit"], c["value_scored"]),
            "value_acc": _ratio(c["value"], c["value_scored"]),
            "unit_acc": _ratio(c["unit"], c["value_scored"]),
            "row_label": _ratio(c["row"], m),
            "col_label": _ratio(c["col"], m),
            "row_leaf": _ratio(c["row_leaf"], m),
            "col_leaf": _ratio(c["col_leaf"], m),
        }

    return {
        "docs": {names[d]: rates(c) for d, c in sorted(counts.items())},
        "overall": rates(total),
        "misses": misses,
        "wrong": wrong,
    }


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}"


def report(result: dict[str, Any], misses: int = 15) -> str:
    cols = ("recall", "precision", "page_precision", "value_unit", "row_label", "col_label", "row_leaf", "col_leaf")
    heads = ("rec%", "prec%", "pgprec%", "val+unit%", "row%", "col%", "rowleaf%", "colleaf%")
    out = [f"{'doc':44s} {'gold':>5s} {'pred':>5s} {'match':>5s} " + " ".join(f"{h:>9s}" for h in heads)]
    rows = list(result["docs"].items()) + [("ALL", result["overall"])]
    for name, r in rows:
        out.append(f"{name:44s} {r['gold']:5d} {r['pred_pages']:5d} {r['matched']:5d} "
                   + " ".join(f"{_pct(r[k]):>9s}" for k in cols))
    if misses:
        if result["misses"]:
            out.append(f"\nmissed gold cells ({len(result['misses'])}), first {misses}:")
            for m in result["misses"][:misses]:
                out.append(f"  {m['doc']} p{m['page']} {m['text']!r}  [{m['row_label']} | {m['col_label']}]")
        if result["wrong"]:
            out.append(f"\nmatched with a wrong field ({len(result['wrong'])}), first {misses}:")
            for w in result["wrong"][:misses]:
                out.append(f"  {w['doc']} p{w['page']} {w['text']!r}: " + "; ".join(w["problems"]))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="a gold <doc>.jsonl or a folder of them")
    ap.add_argument("cells", help="the published cells.csv")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the report")
    ap.add_argument("--misses", type=int, default=15, help="entries of each miss list to print (0: none)")
    ap.add_argument("--docs", default="", help="comma-separated docs to score (default: every gold doc)")
    args = ap.parse_args(argv)
    docs = [d for d in args.docs.split(",") if d] or None
    result = score(args.gold, args.cells, docs)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(report(result, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
