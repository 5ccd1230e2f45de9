"""Score the budgets rows read from table cells against a page-keyed budgets gold (tests/data/gold/budgets_tables,
budgets_heldout, budgets_fresh): read the gold's pages of each document (and page 1, for the title as a run reads
it), resolve cells as published (tables whose sums fail held back), make the budgets rows of programme cells,
and score them with the shared scorer (tests/data/eval/score_budgets.py; `*.not_rows.jsonl` traps skipped, and
counted here: a predicted row on a trap's page with the trap's value).

    python bench/score_cell_budgets.py [--gold tests/data/gold/budgets_tables] [--decks /work/shared/decks/tables] [--out budgets.csv]
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from extract.cells import cell_budget_records, grid_cells, held_back_cells  # noqa: E402


def budgets_of(path: Path, doc: str, pages: list[int]) -> list[dict[str, Any]]:
    import pdfplumber

    from extract.ingest.layout import page_lines

    grids: list[Any] = []
    title = ""
    with pdfplumber.open(path) as pdf:
        title = " ".join(ln.text for ln in page_lines(pdf.pages[0])[:5])
        for n in pages:
            page_lines(pdf.pages[n - 1], grids, n)
    cells = held_back_cells(grid_cells(doc, grids, title))[0]
    return cell_budget_records(cells, title)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT / "tests/data/gold/budgets_tables"))
    ap.add_argument("--decks", default="/work/shared/decks/tables")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    gold_dir = Path(args.gold)
    pages: dict[str, set[int]] = defaultdict(set)
    traps: list[dict[str, Any]] = []
    for p in sorted(gold_dir.glob("*.jsonl")):
        rows = [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
        for r in rows:
            pages[r["doc"]].add(int(r["page"]))
        if p.name.endswith(".not_rows.jsonl"):
            traps += rows
    pred: list[dict[str, Any]] = []
    for doc, ps in sorted(pages.items()):
        pred += budgets_of(Path(args.decks) / f"{doc}.pdf", doc, sorted(ps))
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp()) / "budgets.csv"
    fields = ["doc", "seq", "program", "parent", "fy", "role", "account", "budget_yen", "previous_budget_yen", "change_pct",
              "page", "line", "text", "previous_text", "origin"]
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        w.writerows(pred)
    subprocess.run([sys.executable, str(ROOT / "tests/data/eval/score_budgets.py"), str(gold_dir), str(out), "--misses", "20"],
                   check=False)
    taken = [(p["page"], p["budget_yen"], p["program"]) for p in pred
             if any(t["doc"] == p["doc"] and t["page"] == p["page"] and t.get("value_yen") == p["budget_yen"] for t in traps)]
    print(f"predicted rows {len(pred)}; traps taken {len(taken)}: {taken[:10]}")


if __name__ == "__main__":
    main()
