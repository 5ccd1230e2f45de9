"""Score published mentions against the page-keyed wild gold, on the annotated pages only.

usage: python bench/score_wild.py PRED [--gold tests/data/gold/wild] [--json] [--misses N]

PRED is a published `mentions.csv` (or `.json` / `.jsonl`). The gold folder holds one `<doc>.jsonl` per
deck and `PAGES.json`, which lists per deck the pages annotated completely (`pages`) and the two
digit-densest pages among them (`number_heavy`). Predictions on pages or decks PAGES.json does not list
are dropped before matching: the gold says nothing about them. Matching, P/R/F1, value accuracy and the
amount attributes (role, per, fy, qualifiers) are those of tests/data/eval/score.py (GUIDE.md). The
number-heavy pages' recall is printed apart: it measures what tables and charts lose (issue 22).
Use `--gold tests/data/gold/wild_heldout` for the held-out decks; report them separately.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
DEFAULT_GOLD = DATA / "gold" / "wild"
Pages = dict[str, dict[str, set[int]]]


def scorer() -> ModuleType:
    """The project's scorer (tests/data/eval/score.py), so matching is the same everywhere."""
    spec = importlib.util.spec_from_file_location("score", DATA / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_pages(folder: Path) -> Pages:
    raw = json.loads((folder / "PAGES.json").read_text(encoding="utf-8"))
    return {doc: {"pages": set(v["pages"]), "number_heavy": set(v.get("number_heavy", []))} for doc, v in raw.items()}


def load_gold(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(s) for f in sorted(folder.glob("*.jsonl"))
            for s in f.read_text(encoding="utf-8").splitlines() if s.strip()]


def _page(r: dict[str, Any]) -> int | None:
    p = r.get("page")
    return None if p in (None, "", "null") else int(float(p))


def on_pages(rows: list[dict[str, Any]], pages: Pages, which: str = "pages") -> list[dict[str, Any]]:
    """The rows that sit on a page PAGES.json lists under `which` for their doc."""
    return [r for r in rows if r.get("doc") in pages and _page(r) in pages[r["doc"]][which]]


def score_wild(gold: list[dict[str, Any]], pred: list[dict[str, Any]], pages: Pages,
               sc: ModuleType | None = None) -> dict[str, Any]:
    """Per-doc and overall scores on the listed pages, and recall on the number-heavy pages."""
    sc = sc or scorer()
    gold, pred = on_pages(gold, pages), on_pages(pred, pages)
    out: dict[str, Any] = {"overall": sc.score(gold, pred)[0], "docs": {}}
    for doc in sorted(pages):
        g = [r for r in gold if r["doc"] == doc]
        p = [r for r in pred if r.get("doc") == doc]
        out["docs"][doc] = sc.score(g, p)[0]
    hg, hp = on_pages(gold, pages, "number_heavy"), on_pages(pred, pages, "number_heavy")
    pairs = sc.match(hg, hp)
    heavy: dict[str, Any] = {}
    for kind in sc.KINDS + ["all"]:
        g = [r for r in hg if kind == "all" or r["kind"] == kind]
        if not g:
            continue
        m = sum(1 for a, _ in pairs if kind == "all" or a["kind"] == kind)
        heavy[kind] = {"gold": len(g), "matched": m, "recall": round(m / len(g), 4)}
    heavy["per_doc"] = {}
    for doc in sorted(pages):
        g = [r for r in hg if r["doc"] == doc]
        m = sum(1 for a, _ in pairs if a["doc"] == doc)
        heavy["per_doc"][doc] = {"gold": len(g), "matched": m, "recall": round(m / len(g), 4) if g else None}
    out["number_heavy"] = heavy
    return out


def _table(name: str, res: dict[str, Any]) -> None:
    print(f"== {name}")
    print(f"  {'kind':12} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} {'val_acc':>7}")
    for k, v in res.items():
        if k == "amount_attributes":
            continue
        print(f"  {k:12} {v['gold']:5} {v['pred']:5} {v['matched']:5} {v['precision']:6.3f} {v['recall']:6.3f} "
              f"{v['f1']:6.3f} {v['value_acc']:7.3f}")
    if res.get("amount_attributes"):
        print("  amount attributes (role, per, fy, qualifiers accuracy):", json.dumps(res["amount_attributes"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pred", help="published mentions.csv, .json or .jsonl")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold folder with PAGES.json")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--misses", type=int, default=0, help="list up to N misses and false alarms")
    a = ap.parse_args()
    sc = scorer()
    pages, gold = load_pages(a.gold), load_gold(a.gold)
    pred = sc.load(a.pred)
    res = score_wild(gold, pred, pages, sc)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        for doc, r in res["docs"].items():
            _table(doc, r)
        _table("OVERALL", res["overall"])
        print("== number-heavy pages: recall")
        for k, v in res["number_heavy"].items():
            if k == "per_doc":
                for doc, d in v.items():
                    print(f"  {doc:40} {d['matched']:5}/{d['gold']:<5} {d['recall']}")
            else:
                print(f"  {k:12} {v['matched']:5}/{v['gold']:<5} {v['recall']:.3f}")
    if a.misses:
        g, p = on_pages(gold, pages), on_pages(pred, pages)
        pairs = sc.match(g, p)
        got_g, got_p = {id(x) for x, _ in pairs}, {id(y) for _, y in pairs}
        for r in [x for x in g if id(x) not in got_g][: a.misses]:
            print("MISS ", r["doc"], r["kind"], r["page"], r["text"], file=sys.stderr)
        for r in [y for y in p if id(y) not in got_p][: a.misses]:
            print("FALSE", r.get("doc"), r.get("kind"), r.get("page"), r.get("text"), file=sys.stderr)


if __name__ == "__main__":
    main()
