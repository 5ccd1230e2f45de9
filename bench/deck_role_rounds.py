"""Issue 21 (roles27): the benefit guide's rows of sizes (context/document_kinds.py benefit_row) replayed offline on the
blind-time outputs, by round, written-on rounds (fresh11-15) against held rounds (fresh16-19).

`python bench/deck_role_rounds.py [--bt /tmp/bt] [--now /tmp/bt_now] [-v]` reads `<dir>/<set>.json` (pairs of today's gold
and the predicted row of the code that was main when the set was blind, or of today's main) and
`bench/blind_rounds.txt`. An approximation of the product's rule, with only the deck's text: the deck's first three
non-blank lines stand for the outline's title, the nearest line above without a yen figure for the label line or heading
over the row, and a predicted `other` for a role nothing said (the outputs keep no role_source); the words are the
product's own (roles.json document_kinds benefit_guide, statistic_labels, applicant_capital). A figure flips to `support`
where the rule would give it; a flip is wrong where gold says another role.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from extract.dictionary import load  # noqa: E402

ROUNDS = Path(__file__).with_name("blind_rounds.txt")
WRITTEN_ON = {"cb494c7", "f0a88ed", "f06ed2d", "83d4f22", "ba75ac0"}
_YEN = re.compile(r"[0-9０-９]\s*(?:万|億|兆|千)?\s*円")


def _guide() -> dict[str, Any]:
    return load("roles")["document_kinds"]["benefit_guide"]  # type: ignore[no-any-return]


def _statistic(text: str) -> bool:
    roles = load("roles")
    return any(w in text for w in (*roles["statistic_labels"], *roles["applicant_capital"]))


def scheme(lines: list[str]) -> bool:
    """The deck's first short lines without a figure name a benefit (document_kinds.kind)."""
    g = _guide()
    for t in [x.strip() for x in lines if x.strip()][:g["title_lines"]]:
        if len(t) > 40 or _YEN.search(t):
            continue
        if any(w in t for w in (*g["not_title_words"], *g["own_people"])):
            return False
        if any(n in t for n in g["title_nouns"]):
            return True
    return False


def row(line: str, text: str, on_line: int) -> bool:
    """document_kinds.benefit_row on the deck's line."""
    g, i = _guide(), line.find(text)
    if i < 0 or "円" not in text or on_line > 1 or len(line.strip()) > g["row_max"] or "。" in line \
            or re.search(g["row_not_line"], line):
        return False
    label = line[:i]
    return not (re.search(g["row_not_label"], label) or _statistic(label) or re.search(g["row_change_before"], label)
                or re.match(g["row_change_after"], line[i + len(text):]))


def label_above(lines: list[str], i: int) -> bool:
    """document_kinds._other_label_above (and the heading check, approximately)."""
    g = _guide()
    for t in reversed(lines[max(0, i - 12):i]):
        if t.strip() and not _YEN.search(t):
            return bool(re.search(g["row_not_label"] + "|" + g["heading_not"], t)) or _statistic(t)
    return False


def replay(folder: Path, deck_sets: Path, name: str) -> tuple[int, int, int, int, int, list[tuple[str, str, str]]]:
    """(gold amounts with a role, right before, right after, flips, wrong flips, the flips) for one set."""
    d = json.loads((folder / f"{name}.json").read_text())
    on_line = collections.Counter((p["doc"], p.get("line")) for p in d["pred"] if p.get("kind") == "amount")
    decks: dict[str, list[str]] = {}
    n = before = after = flips = wrong = 0
    shown = []
    for g, p in d["pairs"]:
        if g.get("kind") != "amount" or not g.get("role"):
            continue
        pred = new = p.get("role") or "none"
        lines = decks.setdefault(g["doc"], (deck_sets / name / f"{g['doc']}.txt").read_text().splitlines())
        k = p.get("line")
        if pred == "other" and k and scheme(lines) and row(lines[k - 1], p["text"], on_line[(g["doc"], k)]) \
                and not label_above(lines, k - 1):
            new, flips, wrong = "support", flips + 1, wrong + (g["role"] != "support")
            shown.append((g["doc"], g["role"], lines[k - 1].strip()[:60]))
        n, before, after = n + 1, before + (pred == g["role"]), after + (new == g["role"])
    return n, before, after, flips, wrong, shown


def args_and_rounds(doc: str) -> tuple[argparse.Namespace, list[list[str]]]:
    """The replays' command line (`--bt`, `--now`, `-v`) and the rounds of blind_rounds.txt (commit, then its sets)."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--bt", default="/tmp/bt")
    ap.add_argument("--now", default="/tmp/bt_now")
    ap.add_argument("-v", action="store_true", help="print every flip")
    return ap.parse_args(), [line.split() for line in ROUNDS.read_text().splitlines() if line.strip()]


def main() -> int:
    a, rounds = args_and_rounds(__doc__)
    for label, folder in (("blind-time", a.bt), ("today", a.now)):
        print(f"\n{label} ({folder})\n\n| round | half | n | role before | after | flips | wrong flips |\n|---|---|---|---|---|---|---|")
        halves: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
        for rnd, *sets in rounds:
            tot = [0, 0, 0, 0, 0]
            for s in sets:
                *counts, shown = replay(Path(folder), ROOT / "tests" / "data" / "decks", s)
                tot = [x + y for x, y in zip(tot, counts)]
                half = "written-on" if rnd in WRITTEN_ON else "held"
                halves[half][0] += counts[1] / counts[0]
                halves[half][1] += counts[2] / counts[0]
                halves[half][2] += 1
                for flip in shown if a.v else []:
                    print("   ", s, *flip)
            n, b, af, f, w = tot
            print(f"| {rnd} | {'written-on' if rnd in WRITTEN_ON else 'held'} | {n} | {b / n:.3f} | {af / n:.3f} | {f} | {w} |")
        for half, (b, af, c) in halves.items():
            print(f"| **{half}, macro over {int(c)} sets** | | | {b / c:.3f} | {af / c:.3f} | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
