"""Issue 21 (budget30): the budget-money role errors of the blind-time outputs, by category of meaning and round.

usage:
    python bench/budget_categories30.py [FOLDER]            # the table (FOLDER: /tmp/bt, or /tmp/bt_now24 for today's main)
    python bench/budget_categories30.py FOLDER --list CODE  # every error of one category (`M4`, `F2`...), with its line
FOLDER holds `<set>.json` (bench/blind_rounds.py). The family: a gold or a predicted role that is a budget's (budget,
supplementary_budget, previous_budget) where the other is not the same. The category is read from the deck's line around
the figure (a text approximation, for counting only; bench/results/issue21_budget30.md says what each one holds).
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DECKS = ROOT / "tests" / "data" / "decks"
ROUNDS = [line.split() for line in (ROOT / "bench" / "blind_rounds.txt").read_text().splitlines() if line.strip()]
BUDGETS = ("budget", "supplementary_budget", "previous_budget")
#: false budgets (gold other): (category, words around the figure); the first that matches
FALSE = (("F2 debt-burden or loan-frame ceiling", r"債務負担|融資枠|限度額"),
         ("F3 fund balance or fund move", r"基金|残高|繰り?入れ|繰越金"),
         ("F4 result, statement, report, sales", r"決算|済額|支出総額|収入総額|支出は|収入は|経常費用|収益|売上|資産|負債|支出合計|"
                                                 r"収支報告|交付総額|返還総額|寄付|実質負担"),
         ("F5 profit, loss, balance, shortfall", r"黒字|赤字|損益|差引|不足額|損失"),
         ("F6 project cost, estimate, plan", r"総費用|概算|建設費|経済効果|予定|算入|地方債"))
#: missed budgets (gold a budget's role), after M1-M4 (year, cell, total, supplementary)
MISSED = (("M5 council question or amendment on an item", r"伺|質疑|修正案|委員|要求"),
          ("M6 cost expected (見込む)", r"見込"),
          ("M7 listed breakdown of a budget", r"内訳|分野|うち|をはじめ|それぞれ|など|合計"),
          ("M8 budget verb or word in prose", r"計上|盛り込|予算案|予算化|予算"))


def category(gold: str, pred: str, line: str, text: str) -> str:
    """The category of one error (module docstring)."""
    i = line.find(text)
    before, after = (line[max(0, i - 60):i], line[i + len(text):i + len(text) + 40]) if i >= 0 else ("", "")
    near = before + text + after
    if gold == "other":
        if pred in ("previous_budget", "budget") and i >= 0 and (re.match(r"\s*[(（]", after) or re.search(r"[(（]\s*$", before)):
            return "F1 result beside a bracketed companion"
        return next((name for name, words in FALSE if re.search(words, near)), "F7 other read as budget (rest)")
    if "previous_budget" in (gold, pred):
        return "M1 previous year: column, series, headline"
    if len(line.strip()) <= len(text) + 30 and "。" not in line:
        return "M2 table cell or row"
    if gold == "budget" and re.search(r"総額|補正後|予算現額|現計予算", near) and re.search(r"追加|補正|増額|減額", line):
        return "M3 total after a supplementary"
    if gold == "supplementary_budget":
        return "M4 supplementary item in prose"
    return next((name for name, words in MISSED if re.search(words, near)), "M9 budget in prose, no budget word near")


def errors(folder: Path) -> list[tuple[int, str, str, int, str, str, str, str]]:
    """(round, set, doc, line, gold, pred, text, deck line) of every error of the family, by round."""
    out = []
    for number, (_, *sets) in enumerate(ROUNDS, 1):
        for name in sets:
            decks: dict[str, list[str]] = {}
            for g, p in json.loads((folder / f"{name}.json").read_text())["pairs"]:
                if g.get("kind") != "amount" or not g.get("role") or p is None or g["role"] == p.get("role"):
                    continue
                if g["role"] not in BUDGETS and p.get("role") not in BUDGETS:
                    continue
                lines = decks.setdefault(g["doc"], (DECKS / name / f"{g['doc']}.txt").read_text().splitlines())
                k = p.get("line")
                line = lines[k - 1] if k and k <= len(lines) else ""
                out.append((number, name, g["doc"], k or 0, g["role"], p.get("role") or "", p["text"], line))
    return out


def main(argv: list[str]) -> None:
    folder = Path(argv[0] if argv and not argv[0].startswith("--") else "/tmp/bt")
    found = errors(folder)
    if "--list" in argv:
        code = argv[argv.index("--list") + 1]
        for number, name, doc, k, gold, pred, text, line in found:
            if category(gold, pred, line, text).startswith(code):
                i = line.find(text)
                print(f"r{number:02d} {name} {doc} L{k} {gold}>{pred} {text} | {line[max(0, i - 50):i + len(text) + 30]}")
        return
    table: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
    for number, _, _, _, gold, pred, text, line in found:
        table[category(gold, pred, line, text)][number] += 1
    rounds = range(1, len(ROUNDS) + 1)
    print("| category | " + " | ".join(f"r{r}" for r in rounds) + " | n | rounds |")
    print("|---" * (len(ROUNDS) + 3) + "|")
    for name in sorted(table):
        row = table[name]
        print(f"| {name} | " + " | ".join(str(row.get(r, "")) for r in rounds) + f" | {sum(row.values())} | {len(row)} |")


if __name__ == "__main__":
    main(sys.argv[1:])
