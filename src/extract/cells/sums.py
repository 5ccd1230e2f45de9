"""Sums: a total row (`合計`, `小計`, `計`) must be the sum of the rows it closes; a table whose sums do
not hold is held back whole, with the reason."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .printed import SEP, is_total, parse_number, squeeze


def _decimals(text: str) -> int:
    m = re.search(r"\.(\d+)", text)
    return len(m.group(1)) if m else 0


def sum_failures(cells: Sequence[dict[str, Any]]) -> dict[tuple[int, int], str]:
    """(page, table) -> why its sums do not hold: a total row (`合計`, `小計`, `計`) whose figure in a money
    or count column is not the sum of the rows it closes (those since the previous total of the same
    word), within rounding. Percent columns are not summed."""
    by_table: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for c in cells:
        by_table.setdefault((c["page"], c["table"]), []).append(c)
    out: dict[tuple[int, int], str] = {}
    for key, cs in by_table.items():
        cols: dict[int, list[dict[str, Any]]] = {}
        for c in cs:
            if c["unit"] != "percent":
                cols.setdefault(c["col"], []).append(c)
        for col, items in cols.items():
            items.sort(key=lambda c: c["row"])
            last_total: dict[str, int] = {}
            for i, c in enumerate(items):
                label = c["row_label"] or ""
                if not is_total(label):
                    continue
                word = squeeze(label.split(SEP)[-1])
                begin = last_total.get(word, -1)
                last_total[word] = i
                parts = [p for p in items[begin + 1:i] if not is_total(p["row_label"] or "")]
                if len(parts) < 2:
                    continue
                step = 10 ** -max([_decimals(p["text"]) for p in parts] + [_decimals(c["text"])])
                scale = abs(c["value"]) / max(abs(parse_number(c["text"]).value), 1e-9) if parse_number(c["text"]) else 1  # type: ignore[union-attr]
                tol = (len(parts) * 0.5 * step + 1e-9) * (scale or 1)
                top = [p for p in parts if SEP not in (p["row_label"] or "")]
                parent = label.rsplit(SEP, 1)[0] + SEP if SEP in label else None
                siblings = [p for p in parts if parent and (p["row_label"] or "").startswith(parent)]
                since_any = next((k for k in range(i - 1, -1, -1) if is_total(items[k]["row_label"] or "")), -1)
                closed = items[since_any + 1:i]
                sums = [sum(p["value"] for p in parts), sum(p["value"] for p in top),
                        sum(p["value"] for p in siblings), _closed_sum(items[begin + 1:i]),
                        sum(p["value"] for p in closed)]
                # the rows right above it (a subtotal printed without a total word: 実交付額 over 算定額, 調整額)
                sums += [sum(p["value"] for p in parts[-k:]) for k in range(2, len(parts))]
                if since_any >= 0:  # the total above it and what follows it (総計 = 実績 合計 + 特別交付税)
                    sums += [items[since_any]["value"] + sum(p["value"] for p in closed[-k:]) for k in range(1, len(closed) + 1)]
                if any(abs(s - c["value"]) <= tol for s in sums):
                    continue
                if begin < 0 and since_any < 0 and sum(p["value"] for p in parts) < c["value"]:
                    continue  # its first rows may be on the page before (a table continued): nothing to check here
                out.setdefault(key, f"{c['row_label']} {c['text']} in column {c['col_label'] or col} is not "
                                    f"the sum of the {len(parts)} rows above it ({sums[0]:,.10g})")
    return out


def _closed_sum(rows: list[dict[str, Any]]) -> float:
    """The sum of the rows above a total where each subtotal (`特別会計計`, `小計`) stands for the rows
    it closes: a grand total of subtotals."""
    total, pending = 0.0, 0.0
    for p in rows:
        if is_total(p["row_label"] or ""):
            total += p["value"]
            pending = 0.0
        else:
            pending += p["value"]
    return total + pending


def held_back_cells(cells: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(kept, held back with `reason`): a table whose sums do not hold is held back whole."""
    bad = sum_failures(cells)
    kept = [c for c in cells if (c["page"], c["table"]) not in bad]
    held = [{**c, "reason": bad[(c["page"], c["table"])]} for c in cells if (c["page"], c["table"]) in bad]
    return kept, held

