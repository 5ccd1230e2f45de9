"""Issue 21 (roles28): the recurring categories of the role errors in the blind-time outputs, counted by round, and the
scheme-money rules (context/scheme_money.py: paid_charge, fund_stock, loan_ceiling) replayed offline on them, the round
they were written on (fresh20) against the held rounds (fresh11-19).

`python bench/role_categories_rounds.py [--bt /tmp/bt] [--now /tmp/bt_now] [-v]` reads `<dir>/<set>.json` (pairs of today's
gold and the predicted row of the code that was main when the set was blind, or of today's main; bench/blind_rounds.py) and
`bench/blind_rounds.txt`. The categories are read from the deck's line of each wrongly-roled amount (a text approximation,
for counting only). The replay is the product's rules on the deck's text (the product's words, roles.json): a predicted
`support` flips to `other` where the line names a charge residents pay before the figure and its sentence neither relieves,
names a grant nor gives it (a giving verb right after it: given() approximated), or where its sentence right before it names
a balance or a fund's move; a predicted `other` flips to `support` where a borrower's ceiling is named right before it. A
flip is wrong where gold says another role. The replay cannot follow the chains the product also cuts (a prose line read
as a row under a grant above it: award_lists.grants_just_above), so the product gains more than the replay shows.
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from deck_role_rounds import args_and_rounds  # noqa: E402

from extract.dictionary import load  # noqa: E402

WRITTEN_ON = {"c7a1e502"}  # fresh20: the rule's words were chosen on this round's decks only
DECKS = ROOT / "tests" / "data" / "decks"
CATEGORIES = ("charge", "fund", "loan", "voucher", "scheme_sentence", "scheme_row", "budget_as_other", "other")


def _sentence(line: str, start: int, end: int) -> str:
    a = line.rfind("。", 0, start) + 1
    b = line.find("。", end)
    return line[a:b if b >= 0 else len(line)]


def paid_charge(line: str, start: int, end: int) -> bool:
    """grant_frame.paid_charge on the deck's line (given() approximated by a giving verb after the figure)."""
    r = load("roles")
    if not any(w in line[max(0, start - 200):start] for w in r["prices"]["paid_topics"]):
        return False
    sentence = _sentence(line, start, end)
    return _gives(line, end) is None and not any(w in sentence for w in (*r["relief_words"], *r["support_hints"]))


def fund_stock(line: str, start: int, end: int, prev_end: int) -> bool:
    """grant_frame.fund_stock on the deck's line (given() approximated by a giving verb after the figure)."""
    r = load("roles")
    before = line[max(line.rfind("。", 0, start) + 1, prev_end, start - 40):start]
    found = any(w in before for w in (*r["fund_moves"], *r["balance_words"]))
    return found and _gives(line, end) is None


def loan_ceiling(line: str, start: int, end: int, prev_end: int) -> bool:
    """grant_frame.loan_ceiling on the deck's line."""
    words = load("roles")["loan_ceiling"]
    if any(w in line for w in words["not_line"]):
        return False
    before = line[max(line.rfind("。", 0, start) + 1, prev_end, start - 24):start]
    named = next((w for w in words["words"] if w in before), None)
    if named is not None and (named != "限度額" or any(w in line for w in words["line_words"])):
        return True
    return re.search(words["per_borrower"], before) is not None and re.match(r"\s*(?:以内|まで|迄)", line[end:]) is not None


def _gives(line: str, end: int) -> re.Match[str] | None:
    verbs = "|".join(load("roles")["given_verbs"])
    return re.match(r"\s*[)）]?\s*(?:分)?\s*(?:を|の|が)\s*(?:" + verbs + ")", line[end:])


def category(gold: str, pred: str, line: str, start: int, end: int, top: str) -> str:
    """The recurring category of one wrongly-roled amount (a text approximation)."""
    before, sentence = line[max(0, start - 200):start], _sentence(line, start, end)
    if gold == "other" and any(w in before for w in load("roles")["prices"]["paid_topics"]):
        return "charge"
    if gold == "other" and re.search("基金|残高|取崩|取り崩", before):
        return "fund"
    if gold == "support" and re.search("融資|貸付|貸与|保証限度|借入", top + sentence):
        return "loan"
    if gold == "support" and re.search("券|クーポン|ポイント", sentence):
        return "voucher"
    if gold == "support" and pred == "other":
        return "scheme_sentence" if "。" in line or len(line.strip()) > 40 else "scheme_row"
    if gold in ("budget", "supplementary_budget", "previous_budget") and pred == "other":
        return "budget_as_other"
    return "other"


def one_set(folder: Path, name: str) -> tuple[collections.Counter[str], list[int], list[tuple[str, str, str]]]:
    """(categories of the errors, [n, right before, right after, flips, wrong flips], the flips) for one set."""
    d = json.loads((folder / f"{name}.json").read_text())
    decks: dict[str, list[str]] = {}
    ends: dict[tuple[str, Any], list[dict[str, int]]] = collections.defaultdict(list)
    for p in d["pred"]:  # where each predicted amount on a line ends (the figure before a figure)
        if p.get("kind") == "amount" and p.get("line"):
            lines = decks.setdefault(p["doc"], (DECKS / name / f"{p['doc']}.txt").read_text().splitlines())
            at = lines[p["line"] - 1].find(p["text"]) if p["line"] <= len(lines) else -1
            if at >= 0:
                ends[(p["doc"], p["line"])].append({"end": at + len(p["text"])})
    cats: collections.Counter[str] = collections.Counter()
    tot, shown = [0, 0, 0, 0, 0], []
    for g, p in d["pairs"]:
        if g.get("kind") != "amount" or not g.get("role"):
            continue
        lines = decks.setdefault(g["doc"], (DECKS / name / f"{g['doc']}.txt").read_text().splitlines())
        pred = new = (p or {}).get("role") or "none"
        k = (p or {}).get("line")
        line = lines[k - 1] if k and k <= len(lines) else ""
        start = line.find(p["text"]) if p else -1
        end = start + len(p["text"]) if p else -1
        top = " ".join(x.strip() for x in lines[:3])
        if pred != g["role"]:
            cats[category(g["role"], pred, line, start, end, top)] += 1
        prev_end = max((x["end"] for x in ends.get((g["doc"], k), []) if x["end"] <= start), default=0)
        if pred == "support" and start >= 0 and (paid_charge(line, start, end) or fund_stock(line, start, end, prev_end)):
            new = "other"
        elif pred == "other" and start >= 0 and loan_ceiling(line, start, end, prev_end):
            new = "support"
        if new != pred:
            tot[3] += 1
            tot[4] += new != g["role"]
            shown.append((g["doc"], g["role"], new, line[max(0, start - 30):end].strip()))
        tot[0], tot[1], tot[2] = tot[0] + 1, tot[1] + (pred == g["role"]), tot[2] + (new == g["role"])
    return cats, tot, shown


def main() -> int:
    a, rounds = args_and_rounds(__doc__)
    for label, folder in (("blind-time", Path(a.bt)), ("today", Path(a.now))):
        print(f"\n{label} ({folder}): role errors by category, and the charge, fund and loan rules replayed\n")
        print("| round | half | " + " | ".join(CATEGORIES) + " | n | role before | after | flips | wrong |")
        print("|---" * (len(CATEGORIES) + 7) + "|")
        for rnd, *sets in rounds:
            cats: collections.Counter[str] = collections.Counter()
            tot = [0, 0, 0, 0, 0]
            for s in sets:
                c, t, shown = one_set(folder, s)
                cats.update(c)
                tot = [x + y for x, y in zip(tot, t)]
                for flip in shown if a.v else []:
                    print("   ", s, *flip)
            n, b, af, f, w = tot
            half = "written-on" if rnd in WRITTEN_ON else "held"
            print(f"| {rnd} | {half} | " + " | ".join(str(cats[c]) for c in CATEGORIES)
                  + f" | {n} | {b / n:.3f} | {af / n:.3f} | {f} | {w} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
