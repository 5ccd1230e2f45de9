"""Write held-out gold from compact annotations (kept beside the decks so the gold can be re-derived and checked).

Each doc module defines AMOUNTS [(line, text, min, max, role, fy, qualifiers, per)], ROWS [dict], NOT_ROWS [dict].
The builder checks every `text` sits on its 1-based line (split on \\n) of the deck, and writes the JSONL files.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DECKS = ROOT / "tests" / "data" / "decks" / "heldout"
GOLD = ROOT / "tests" / "data" / "gold"


def norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s).replace(" ", "")


def build(mod_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(mod_path.stem, mod_path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    doc = mod.DOC
    lines = (DECKS / f"{doc}.txt").read_text(encoding="utf-8").split("\n")
    out = []
    for a in mod.AMOUNTS:
        line, text, lo, hi, role, fy = a[:6]
        quals = a[6] if len(a) > 6 else []
        per = a[7] if len(a) > 7 else None
        assert text in lines[line - 1], (doc, line, text, lines[line - 1])
        out.append({"doc": doc, "kind": "amount", "line": line, "page": None, "text": text, "min": lo, "max": hi,
                    "unit": "yen", "qualifiers": quals, "per": per, "role": role, "fy": fy})
    (GOLD / "heldout_amounts" / f"{doc}.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    amounts = {(r["line"], r["text"]) for r in out}
    rows = []
    for r in mod.ROWS:
        assert (r["line"], r["text"]) in amounts, (doc, r)
        rows.append({"doc": doc, "line": r["line"], "text": r["text"], "fy": r["fy"], "budget_yen": r["budget_yen"],
                     "previous_budget_yen": r.get("previous_budget_yen"), "program": r["program"],
                     "aliases": r.get("aliases", []), "why": r["why"], "role": r["role"],
                     **{k: r[k] for k in ("ministry", "ambiguous", "note", "fy_alt") if k in r}})
    (GOLD / "heldout_budgets" / f"{doc}.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    nots = []
    for r in mod.NOT_ROWS:
        assert (r["line"], r["text"]) in amounts, (doc, r)
        nots.append({"doc": doc, "page": None, "line": r["line"], "text": r["text"], "value_yen": r["value_yen"],
                     "fy": r["fy"], "mention_role": r["mention_role"], "what": r["what"], "reason": r["reason"]})
    (GOLD / "heldout_budgets" / f"{doc}.not_rows.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in nots), encoding="utf-8")
    print(f"{doc}: {len(out)} amounts, {len(rows)} rows, {len(nots)} not_rows")


if __name__ == "__main__":
    for p in sys.argv[1:] or sorted(Path(__file__).parent.glob("ann_*.py")):
        build(Path(p))
