"""Score the library (no Prefect) on every gold set and print one table, so a fix for one set is seen
to cost another at once.

usage: python bench/score_all.py [--misses SET] [--n 30] [--json OUT] [--no-timing]

Sets: MEXT text, subsidy text, subsidy PDF, the four budget-item decks (title and item lines only: their
precision is not meaningful, recall/role/fy are), and the budgets table (score_budgets.py over the MEXT and
budget-item decks). Each cell is `F1 value-accuracy` of one kind. Uses the repository copies in
tests/data/ and raw/ only. `--misses SET` prints that set's misses, false alarms and wrong values.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from extract.ingest import read_deck
from extract.mentions import extract_deck
from extract.tables import tables_of

DATA = ROOT / "tests" / "data"
GOLD = DATA / "gold"
KINDS = ["amount", "duration", "count", "percent", "rank", "fiscal_year", "date"]
BUDGET_ITEMS = sorted(p.stem for p in (DATA / "decks" / "budget_items").glob("*.txt"))
SETS: dict[str, tuple[Path, list[Path]]] = {
    "mext": (GOLD / "mext_intl_2024-05-09.jsonl", [ROOT / "raw" / "mext_intl_2024-05-09.txt"]),
    "subsidy_text": (GOLD / "monodukuri_koubo_20ji_2025-04_text.jsonl",
                     [ROOT / "raw" / "monodukuri_koubo_20ji_2025-04_text.txt"]),
    "subsidy_pdf": (GOLD / "monodukuri_koubo_20ji_2025-04.jsonl", [ROOT / "raw" / "monodukuri_koubo_20ji_2025-04.pdf"]),
    "budget_items": (GOLD / "budget_items", [DATA / "decks" / "budget_items" / f"{d}.txt" for d in BUDGET_ITEMS]),
}


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, DATA / "eval" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _gold(path: Path) -> list[dict[str, Any]]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return [json.loads(s) for f in files for s in f.read_text(encoding="utf-8").splitlines() if s.strip()]


def _records(decks: list[Path]) -> list[dict[str, Any]]:
    return [m.record() for d in decks for m in extract_deck(read_deck(d))]


def _mentions_as_published(recs: list[dict[str, Any]], out: Path) -> list[dict[str, Any]]:
    """Through the published mentions table (as JSON Lines) and the scorer's own reader."""
    df = tables_of(recs)["mentions"].astype(object)
    df = df.where(df.notna(), None)
    path = out / "mentions.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in df.to_dict("records")),
                    encoding="utf-8")
    return _module("score").load(str(path))  # type: ignore[no-any-return]


def score_sets(tmp: Path) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    score = _module("score")
    results: dict[str, Any] = {}
    all_recs: dict[str, list[dict[str, Any]]] = {}
    for name, (gold_path, decks) in SETS.items():
        recs = _records(decks)
        all_recs[name] = recs
        d = tmp / name
        d.mkdir()
        pred = _mentions_as_published(recs, d)
        gold = _gold(gold_path)
        if name == "budget_items":  # its gold covers the title and item lines only: score on those lines
            covered = {(g["doc"], g["line"]) for g in gold}
            pred = [p for p in pred if (p["doc"], p["line"]) in covered]
        res, pairs = score.score(gold, pred)
        results[name] = {"scores": res, "gold": gold, "pred": pred, "pairs": pairs}
    return results, all_recs


def score_budgets(all_recs: dict[str, list[dict[str, Any]]], tmp: Path) -> dict[str, Any]:
    recs = all_recs["mext"] + all_recs["budget_items"]
    t = tables_of(recs)
    t["budgets"].to_csv(tmp / "budgets.csv", index=False)
    t["mentions"].to_csv(tmp / "budget_mentions.csv", index=False)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        _module("score_budgets").main([str(GOLD / "budgets"), str(tmp / "budgets.csv"),
                                       "--mentions", str(tmp / "budget_mentions.csv"), "--json"])
    return json.loads(buf.getvalue())  # type: ignore[no-any-return]


SLIDES = sorted((DATA / "decks" / "slides").glob("*.pdf"))


def score_slide_budgets(tmp: Path) -> dict[str, Any]:
    """The budgets table of the budget slide decks against their page-keyed gold (issue 21)."""
    t = tables_of(_records(SLIDES))
    t["budgets"].to_csv(tmp / "slides_budgets.csv", index=False)
    t["mentions"].to_csv(tmp / "slides_mentions.csv", index=False)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        _module("score_budgets").main([str(GOLD / "budgets_slides"), str(tmp / "slides_budgets.csv"),
                                       "--mentions", str(tmp / "slides_mentions.csv"), "--json"])
    return json.loads(buf.getvalue())  # type: ignore[no-any-return]


def mext_timing() -> float:
    deck = read_deck(SETS["mext"][1][0])
    extract_deck(deck)  # warm-up: dictionaries, compiled regexes, the tokenizer
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        extract_deck(deck)
        best = min(best, time.perf_counter() - t0)
    return best


def print_table(results: dict[str, Any], budgets: dict[str, Any], timing: float | None) -> None:
    head = f"{'set':13} {'all':>11}" + "".join(f" {k[:11]:>11}" for k in KINDS) + f" {'role':>5} {'fy':>5}"
    print("cells: F1 value-accuracy (blank: no gold and no prediction of that kind)")
    print(head)
    for name, r in results.items():
        s = r["scores"]
        cells = []
        for k in ["all", *KINDS]:
            v = s.get(k)
            cells.append(f" {v['f1']:5.3f} {v['value_acc']:5.3f}" if v else f" {'':11}")
        attrs = s["amount_attributes"]
        role = f"{attrs['role']:5.3f}" if "role" in attrs else "  -  "
        fy = f"{attrs['fy']:5.3f}" if "fy" in attrs else "  -  "
        print(f"{name:13}" + "".join(cells) + f" {role} {fy}")
    bi = results["budget_items"]["scores"].get("amount")
    if bi:
        print(f"budget_items amount: recall {bi['recall']:.3f} precision {bi['precision']:.3f} "
              "(title and item lines: the lines its gold covers)")
    a = budgets["all"]
    print(f"budgets table: rows gold {a['gold_rows']} pred {a['pred_rows']} matched {a['matched']} "
          f"recall {a['recall']} precision {a['precision']} previous {a.get('previous_accuracy')} "
          f"program {a.get('program_accuracy')}")
    for doc, s in budgets["per_doc"].items():
        print(f"  {doc:28} recall {s['recall']} precision {s['precision']}")
    if timing is not None:
        print(f"MEXT extraction: {timing * 1000:.1f} ms (best of 5 after a warm-up)")


def print_misses(r: dict[str, Any], n: int) -> None:
    score = _module("score")
    got_g = {id(g) for g, _ in r["pairs"]}
    got_p = {id(p) for _, p in r["pairs"]}
    for g in [g for g in r["gold"] if id(g) not in got_g][:n]:
        print("MISS ", g["kind"], score.place(g), g["text"], g.get("min"), g.get("max"))
    for p in [p for p in r["pred"] if id(p) not in got_p][:n]:
        print("FALSE", p.get("kind"), score.place(p), p.get("text"), p.get("min"), p.get("max"))
    for g, p in [(g, p) for g, p in r["pairs"] if not score.same_value(g, p)][:n]:
        print("VALUE", g["kind"], score.place(g), g["text"], (g["min"], g["max"]), "!=", (p.get("min"), p.get("max")))
    for g, p in [(g, p) for g, p in r["pairs"] if g["kind"] == "amount"][: 10**6]:
        for f in ("role", "fy"):
            if g.get(f) not in (None, "") and str(g.get(f)) != str(p.get(f)):
                print(f"ATTR {f}", score.place(g), g["text"], g.get(f), "!=", p.get(f))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", choices=list(SETS), help="print this set's misses")
    ap.add_argument("--n", type=int, default=40, help="at most N misses of each sort")
    ap.add_argument("--json", type=Path, help="also write the scores as JSON here")
    ap.add_argument("--no-timing", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        results, all_recs = score_sets(tmp)
        budgets = score_budgets(all_recs, tmp)
        slides = score_slide_budgets(tmp)
    timing = None if a.no_timing else mext_timing()
    print_table(results, budgets, timing)
    s = slides["all"]
    print(f"budgets table, slides: rows gold {s['gold_rows']} pred {s['pred_rows']} matched {s['matched']} "
          f"recall {s['recall']} precision {s['precision']} program {s.get('program_accuracy')} "
          f"exact {s.get('program_exact_accuracy')}")
    if a.misses:
        print_misses(results[a.misses], a.n)
    if a.json:
        out = {k: r["scores"] for k, r in results.items()}
        out["budgets"] = {"all": budgets["all"], "per_doc": budgets["per_doc"]}
        out["budgets_slides"] = {"all": slides["all"], "per_doc": slides["per_doc"]}
        out["mext_extract_seconds"] = timing
        a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
