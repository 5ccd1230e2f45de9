"""Issue 21 (roles29): the role errors of the blind-time outputs counted by the categories round 11 (fresh21) showed,
over every round, and the flips a tree's output makes against another's, by round (leave-one-round-out evidence).

usage:
    python bench/role_categories29.py [--bt /tmp/bt] [--now /tmp/bt_now]     # the count table of both folders
    python bench/role_categories29.py --flips OLD NEW [-v]                   # flips NEW makes against OLD, by round
    python bench/role_categories29.py --replay [--bt /tmp/bt] [-v]            # roles29's rules replayed on blind-time outputs
The folders hold `<set>.json` (bench/blind_rounds.py: pairs of today's gold and a tree's predicted rows). A category is
read from the deck's line of each wrongly-roled amount (a text approximation, for counting only):
- bracket_result: gold other, read as a budget or last year's budget, in an `X(Y)` pair (a result beside last year's);
- result_as_budget: gold other read as a budget (statements, settlements, collected revenue, plans, prose levels);
- budget_prose / budget_row: a budget, supplementary or last year's budget read as other, in a sentence / in a row;
- scheme_sentence / scheme_row: a grant's money (support) read as other, in a sentence / in a row;
- charge_or_fund: gold other read as support where a charge paid or a fund's move is named before it (roles28's);
- other_as_support: gold other read as support (the rest); rest: every other confusion.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from extract.dictionary import load  # noqa: E402

DECKS = ROOT / "tests" / "data" / "decks"
ROUNDS = [line.split() for line in (ROOT / "bench" / "blind_rounds.txt").read_text().splitlines() if line.strip()]
CATEGORIES = ("bracket_result", "result_as_budget", "budget_prose", "budget_row", "scheme_sentence", "scheme_row",
              "charge_or_fund", "other_as_support", "rest")
BUDGETS = ("budget", "supplementary_budget", "previous_budget")
_PAIRED = re.compile(r"[)）]?\s*$")


def _prose(line: str) -> bool:
    return "。" in line or len(line.strip()) > 40


def category(gold: str, pred: str, line: str, start: int, end: int) -> str:
    """The category of one wrongly-roled amount (module docstring)."""
    before = line[max(0, start - 200):start]
    if gold == "other" and pred in BUDGETS:
        paired = re.match(r"\s*[(（]", line[end:]) is not None or re.search(r"[(（]\s*$", line[:start]) is not None
        return "bracket_result" if paired and start >= 0 else "result_as_budget"
    if gold in BUDGETS and pred == "other":
        return "budget_prose" if _prose(line) else "budget_row"
    if gold == "support" and pred == "other":
        return "scheme_sentence" if _prose(line) else "scheme_row"
    if gold == "other" and pred == "support":
        charge = re.search("保険料|手数料|料金|授業料|保育料|会費|使用料|利用料|基金|残高|取崩|取り崩", before)
        return "charge_or_fund" if charge else "other_as_support"
    return "rest"


def _rows(folder: Path, name: str):  # type: ignore[no-untyped-def]
    """(gold, pred, deck line, start, end) of every matched amount with a gold role."""
    d = json.loads((folder / f"{name}.json").read_text())
    decks: dict[str, list[str]] = {}
    for g, p in d["pairs"]:
        if g.get("kind") != "amount" or not g.get("role"):
            continue
        lines = decks.setdefault(g["doc"], (DECKS / name / f"{g['doc']}.txt").read_text().splitlines())
        k = (p or {}).get("line")
        line = lines[k - 1] if k and k <= len(lines) else ""
        start = line.find(p["text"]) if p else -1
        yield g, p, line, start, start + len(p["text"]) if p else -1


def count(folder: Path) -> None:
    print(f"\n{folder}: role errors by category\n")
    print("| round (sets) | " + " | ".join(CATEGORIES) + " | n | role |")
    print("|---" * (len(CATEGORIES) + 3) + "|")
    total: collections.Counter[str] = collections.Counter()
    for rnd, *sets in ROUNDS:
        cats: collections.Counter[str] = collections.Counter()
        n = right = 0
        for s in sets:
            for g, p, line, start, end in _rows(folder, s):
                pred = (p or {}).get("role") or "none"
                n, right = n + 1, right + (pred == g["role"])
                if pred != g["role"]:
                    cats[category(g["role"], pred, line, start, end)] += 1
        total.update(cats)
        print(f"| {rnd} ({sets[0][:7]}) | " + " | ".join(str(cats[c]) for c in CATEGORIES) + f" | {n} | {right / n:.3f} |")
    print("| all | " + " | ".join(str(total[c]) for c in CATEGORIES) + " | | |")


def flips(old: Path, new: Path, verbose: bool) -> None:
    """Per round: amounts, right in OLD, right in NEW, flips, wrong flips (a flip away from gold), by matching key."""
    print(f"\nflips of {new} against {old}\n\n| round | n | role old | new | flips | right flips | wrong flips |")
    print("|---|---|---|---|---|---|---|")
    for rnd, *sets in ROUNDS:
        tot = [0, 0, 0, 0, 0, 0]
        for s in sets:
            before = {(g["doc"], g.get("text"), g.get("line"), i): (p or {}).get("role")
                      for i, (g, p, *_r) in enumerate(_rows(old, s))}
            for i, (g, p, line, start, _e) in enumerate(_rows(new, s)):
                was, now = before.get((g["doc"], g.get("text"), g.get("line"), i)), (p or {}).get("role")
                tot[0], tot[1], tot[2] = tot[0] + 1, tot[1] + (was == g["role"]), tot[2] + (now == g["role"])
                if was != now:
                    tot[3] += 1
                    tot[4] += now == g["role"]
                    tot[5] += was == g["role"]
                    if verbose:
                        print("   ", s, g["doc"][:24], g["role"], was, "->", now, line[max(0, start - 30):start + 20])
        n = tot[0] or 1
        print(f"| {rnd} ({sets[0][:7]}) | {tot[0]} | {tot[1] / n:.3f} | {tot[2] / n:.3f} | {tot[3]} | {tot[4]} | {tot[5]} |")


def _legends(lines: list[str]) -> list[str]:
    """The kind of the bracket legend in force on each line (change_pairs.deck_legends, on the deck's text)."""
    r = load("roles")
    pat, found = re.compile(r["bracket_legend"]), []
    for i, line in enumerate(lines):
        if (hit := pat.search(line)) is not None:
            what = line[hit.end():].split("。")[0]
            results = (*r["legend_result_words"], *r["legend_same_year_words"], *r["settlement_words"])
            kind = "change" if any(w in what for w in (*r["legend_change_words"], *r["column_change_words"])) else \
                "result" if "予算" not in what and any(w in what for w in results) else ""
            found.append((i, kind))
    out, k = [], 0
    for i in range(len(lines)):
        while k + 1 < len(found) and found[k + 1][0] <= i:
            k += 1
        out.append(found[k][1] if found else "")
    return out


def _listed_supplementary(line: str, start: int, end: int) -> bool:
    """stage_marks.added_by's list: the figure, named items with figures after it, `などを追加` (a sentence naming 補正)."""
    sentence = line[line.rfind("。", 0, start) + 1:start]
    verbs = "|".join(load("roles")["prose"]["supplementary_verbs"] + ["減額"])
    item = r"[^、，,。をはが()（）]{1,30}?[0-9０-９][0-9０-９,，.億万千百]*円"
    return "補正" in sentence and re.match(rf"(?:\s*(?:等|など)?\s*[、，,]\s*{item})+\s*(?:余り?)?\s*(?:等|など)?\s*を\s*(?:{verbs})",
                                           line[end:]) is not None


#: a figure's bracketed change right after it (`…N円(前年度比+M円)`, `N円（▲M円）`) and a budget's word before it on its line
_CHANGE_PAIR = re.compile(r"\s*[(（]\s*(?:[^()（）0-9０-９]{0,8}(?:比|対)[^()（）0-9０-９]{0,6}|[+＋▲△])"
                          r"\s*[0-9０-９][0-9０-９,，.]*\s*[兆億万千百]")
_LABELLED = re.compile(r"予算|当初|補正|要求|計上")


def replay(folder: Path, verbose: bool) -> None:
    """roles29's readings on the blind-time outputs (a text approximation of the product): `X(Y)` under a results
    legend (both other), a fare before a figure no grant's sentence holds (other), a figure a bracketed change follows
    and no budget's word labels on its line (other, no pair's budget), a figure listed before a supplementary's verb in
    a sentence naming 補正 (supplementary_budget). Flips and wrong flips by round."""
    print(f"\nroles29's readings replayed on {folder}\n\n| round | n | role before | after | flips | wrong flips |")
    print("|---|---|---|---|---|---|")
    r = load("roles")
    for rnd, *sets in ROUNDS:
        tot = [0, 0, 0, 0, 0]
        for s in sets:
            kinds: dict[str, list[str]] = {}
            for g, p, line, start, end in _rows(folder, s):
                pred = new = (p or {}).get("role") or "none"
                if p and start >= 0:
                    lines = (DECKS / s / f"{g['doc']}.txt").read_text().splitlines()
                    kind = kinds.setdefault(g["doc"], _legends(lines))[p["line"] - 1]
                    paired = re.match(r"\s*[(（]", line[end:]) or re.search(r"[(（]\s*$", line[:start])
                    sentence = line[line.rfind("。", 0, start) + 1:start]
                    if kind == "result" and paired and pred in ("budget", "previous_budget") and "予算" not in line[:start]:
                        new = "other"
                    elif pred == "support" and "運賃" in line[max(0, start - 200):start] \
                            and not any(w in sentence for w in (*r["relief_words"], *r["support_hints"], *r["given_verbs"])):
                        new = "other"
                    elif pred == "budget" and _CHANGE_PAIR.match(line, end) and not _LABELLED.search(line[:start]):
                        new = "other"
                    elif pred == "other" and _listed_supplementary(line, start, end):
                        new = "supplementary_budget"
                tot[0], tot[1], tot[2] = tot[0] + 1, tot[1] + (pred == g["role"]), tot[2] + (new == g["role"])
                if new != pred:
                    tot[3], tot[4] = tot[3] + 1, tot[4] + (new != g["role"])
                    if verbose:
                        print("   ", s, g["doc"][:24], g["role"], pred, "->", new, line[max(0, start - 30):end + 12])
        n = tot[0] or 1
        print(f"| {rnd} ({sets[0][:7]}) | {tot[0]} | {tot[1] / n:.3f} | {tot[2] / n:.3f} | {tot[3]} | {tot[4]} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bt", default="/tmp/bt")
    ap.add_argument("--now", default="/tmp/bt_now")
    ap.add_argument("--flips", nargs=2, metavar=("OLD", "NEW"))
    ap.add_argument("--replay", action="store_true")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    if a.flips:
        flips(Path(a.flips[0]), Path(a.flips[1]), a.v)
        return 0
    if a.replay:
        replay(Path(a.bt), a.v)
        return 0
    count(Path(a.bt))
    count(Path(a.now))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
