"""The cached side of bench/learned_roles.py: run the pipeline once per gold set and keep, for every gold amount
the library found (the amounts whose role the scorer scores), the gold role and fy, the rules' role, fy and
`role_source` (how the rules decided), the figure's line split at the figure, and its outline scope.

The join of gold to predictions is the scorer's own (tests/data/eval/score.py through bench/score_heldout.py);
the predictions are the published records (`tables_of`, as `write_tables` writes them) with the mention's
unpublished `role_source` and place joined back by order (the mentions table keeps the extraction's order).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_heldout as sh  # noqa: E402  (puts the tree's src on the path)

from extract.context.outline import Outline  # noqa: E402
from extract.ingest import read_deck  # noqa: E402
from extract.mentions import extract_deck_outline  # noqa: E402
from extract.model import Line, Mention  # noqa: E402
from extract.tables import tables_of  # noqa: E402

CLASSES = ("budget", "other", "supplementary_budget", "support", "previous_budget")
_SCOPE_KINDS = ("title", "page_title", "heading", "label", "item")


def _scope(tree: Outline, m: Mention) -> dict[str, Any]:
    """The figure's outline: its own node's kind, the names of the scopes it stands in, innermost first."""
    n = tree.at(m.line_index, m.raw_start)
    if n is None:
        return {"node": None, "scopes": [], "owner": None}
    owner = tree.owner(m.line_index, m.raw_start)
    scopes = [(x.kind, (x.name or x.text)[:60]) for x in tree.chain(n)[1:] if x.kind in _SCOPE_KINDS][:4]
    return {"node": n.kind, "labels": list(n.labels), "scopes": scopes,
            "owner": (owner.name or owner.text)[:60] if owner is not None and owner is not n else None}


def _title(tree: Outline) -> str:
    return next(((n.name or n.text)[:80] for n in tree.nodes if n.kind == "title"), "")


def _years(found: list[Mention]) -> list[int]:
    """The fiscal years the deck states (its fiscal_year mentions), for an fy model to pick among."""
    out = set()
    for m in found:
        if m.kind == "fiscal_year" and isinstance(m.min, (int, float)) and 1900 < m.min < 2100:
            out.add(int(m.min))
    return sorted(out)


def _deck_preds(deck_path: Path, as_of: dt.date) -> tuple[list[dict[str, Any]], list[Line]]:
    """The deck's published mention records, each with the extraction's own `role_source` and place."""
    deck = read_deck(deck_path)
    found, tree = extract_deck_outline(deck, as_of)
    df = tables_of([m.record() for m in found])["mentions"].astype(object)
    recs = df.where(df.notna(), None).to_dict("records")
    assert len(recs) == len(found), deck_path
    title, years = _title(tree), _years(found)
    lines = {ln.index: ln for ln in deck.lines}
    for r, m in zip(recs, found):
        text = lines[m.line_index].text if m.line_index in lines else ""
        r.update(role_source=m.role_source, left=text[:m.start], right=text[m.end:], title=title, years=years,
                 **_scope(tree, m))
        r["fy"] = int(r["fy"]) if r.get("fy") is not None else None
    return recs, deck.lines


def set_rows(set_name: str, as_of: dt.date) -> list[dict[str, Any]]:
    """Every gold amount of the set the library found, with its features' raw material."""
    decks, gold_dir, _, all_kinds = sh.SETS[set_name]
    score = sh._module("score")
    gold = sh._jsonl(sorted(gold_dir.glob("*.jsonl")))
    pred = [r for d in sorted(decks.glob("*.txt")) for r in _deck_preds(d, as_of)[0]]
    pred = [p for p in pred if all_kinds or p.get("kind") == "amount"]
    _, pairs = score.score(gold, pred)
    keep = ("role_source", "left", "right", "title", "years", "node", "labels", "scopes", "owner", "program")
    rows = []
    for g, p in pairs:
        if g.get("kind") != "amount" or g.get("role") not in CLASSES:
            continue
        rows.append({"set": set_name, "doc": g["doc"], "line": g.get("line"), "text": g["text"], "role": g["role"],
                     "fy": g.get("fy"), "rule_role": p.get("role"), "rule_fy": p.get("fy"),
                     **{k: p.get(k) for k in keep}})
    return rows


def build(cache: Path, sets: list[str], as_of: dt.date) -> None:
    """Write /tmp-side JSON per set (skipping the ones already there), so the model can be iterated on."""
    cache.mkdir(parents=True, exist_ok=True)
    for s in sets:
        out = cache / f"{s}.json"
        if out.exists():
            continue
        rows = set_rows(s, as_of)
        out.write_text(json.dumps(rows, ensure_ascii=False, default=str), encoding="utf-8")
        print(f"cached {s}: {len(rows)} amounts", flush=True)


def load(cache: Path, sets: list[str]) -> list[dict[str, Any]]:
    return [r for s in sets for r in json.loads((cache / f"{s}.json").read_text(encoding="utf-8"))]


def all_sets() -> list[str]:
    """Every gold set the scorer knows, in its order (newest shapes last)."""
    return sorted(sh.SETS, key=lambda s: (s != "heldout", [int(x) if x.isdigit() else x
                                                           for x in re.findall(r"\d+|\D+", s)]))


if __name__ == "__main__":
    build(Path(sys.argv[1]), sys.argv[2].split(",") if len(sys.argv) > 2 else all_sets(), dt.date.today())
