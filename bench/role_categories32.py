"""Issue 21 (roles32): the amount-role errors of blind-round outputs sorted by what the figure MEANS, for the three
readings roles32 added, counted by round; and the flips a tree makes against another on them.

usage:
    python bench/role_categories32.py [--bt /tmp/bt] [-v]      # the category table (rounds each category occurs in)
    python bench/role_categories32.py --flips OLD NEW [-v]    # role flips NEW makes against OLD, by round (roles29's)
Categories (a text approximation from the gold and the deck's line, checked by reading the listing with -v):
- floor_of_what_grant_takes: gold support at_least, read other (`購入価格が40万円以上`, `50万円以上の林業機械`);
- headline_echo: a figure of the deck's first line whose amount the gold repeats further down, read with another role
  than the gold's (`待機児童対策124億円 厚労省概算要求`);
- booked_by_a_missing_verb: a budget's figure read other whose verb after it is one the booking verbs lacked (`積み上げ`);
- every other error by its gold>predicted pair (`budget>other`, `support>other`, ...).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from role_categories29 import DECKS, ROUNDS, flips  # noqa: E402  (flips: roles29's, per round, every role)

_BUDGETS = ("budget", "supplementary_budget", "previous_budget")
_MISSING_VERB = re.compile(r"\s*(?:など|等)?を?\s*積み上げ")


def _gold_amounts(name: str, doc: str, cache: dict[tuple[str, str], list[dict]]) -> list[dict]:
    key = (name, doc)
    if key not in cache:
        path = DECKS.parent / "gold" / name / f"{doc}.jsonl"
        rows = [json.loads(x) for x in path.read_text().splitlines() if x.strip()] if path.exists() else []
        cache[key] = [g for g in rows if g.get("kind") == "amount"]
    return cache[key]


def category(name: str, g: dict, pred: str, line: str, end: int, cache: dict[tuple[str, str], list[dict]]) -> str:
    """The category of one wrongly-roled amount (module docstring)."""
    if g["role"] == "support" and pred == "other" and "at_least" in (g.get("qualifiers") or []):
        return "floor_of_what_grant_takes"
    if g.get("line") == 1 and any(o.get("line", 0) > 1 and o["min"] == g["min"] and o.get("max") == g.get("max")
                                  for o in _gold_amounts(name, g["doc"], cache)):
        return "headline_echo"
    if g["role"] in _BUDGETS and pred == "other" and end >= 0 and _MISSING_VERB.match(line, end):
        return "booked_by_a_missing_verb"
    return f"{g['role']}>{pred}"


def _rows(folder: Path, name: str):  # type: ignore[no-untyped-def]
    """(gold, pred, deck line, start, end) of every matched amount with a gold role (role_categories29's, any deck)."""
    path = folder / f"{name}.json"
    if not path.exists():
        return
    decks: dict[str, list[str]] = {}
    for g, p in json.loads(path.read_text())["pairs"]:
        if g.get("kind") != "amount" or not g.get("role"):
            continue
        deck = DECKS / name / f"{g['doc']}.txt"
        lines = decks.setdefault(g["doc"], deck.read_text().splitlines() if deck.exists() else [])
        k = (p or {}).get("line")
        line = lines[k - 1] if k and k <= len(lines) else ""
        start = line.find(p["text"]) if p else -1
        yield g, p, line, start, start + len(p["text"]) if p and start >= 0 else -1


def count(folder: Path, verbose: bool) -> None:
    by_round: dict[str, collections.Counter[str]] = {}
    cache: dict[tuple[str, str], list[dict]] = {}
    for rnd, *sets in ROUNDS:
        cats: collections.Counter[str] = collections.Counter()
        for s in sets:
            for g, p, line, start, end in _rows(folder, s):
                pred = (p or {}).get("role") or "none"
                if pred == g["role"]:
                    continue
                cat = category(s, g, pred, line, end, cache)
                cats[cat] += 1
                if verbose and not re.fullmatch(r"\w+>\w+", cat):
                    print("   ", s, g["doc"][:26], cat, g["role"], pred, "|", line[max(0, start - 40):start + 20])
        by_round[rnd] = cats
    names = sorted({c for cats in by_round.values() for c in cats}, key=lambda c: (">" in c, c))
    print(f"\n{folder}: amount-role errors by category and round\n")
    print("| category | " + " | ".join(s[0][5:7] for _r, *s in ROUNDS) + " | all | rounds |")
    print("|---" * (len(ROUNDS) + 3) + "|")
    for c in names:
        row = [by_round[r][c] for r, *_s in ROUNDS]
        print(f"| {c} | " + " | ".join(map(str, row)) + f" | {sum(row)} | {sum(1 for x in row if x)} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bt", type=Path, default=Path("/tmp/bt"))
    ap.add_argument("--flips", nargs=2, type=Path, metavar=("OLD", "NEW"))
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    if args.flips:
        flips(*args.flips, args.v)
    else:
        count(args.bt, args.v)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
