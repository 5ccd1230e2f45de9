"""Figures given a WRONG fiscal year, or a year where the gold has none (issue 21, session 23, years30): each amount of
the blind-time outputs (`/tmp/bt/<set>.json`) or of today's code (`/tmp/bt_now`) whose predicted year is not the gold's,
split by where the predicted year is written (the outputs carry no trace) and by the gold's reason read off the
figure's line (the GUIDE's calls: undated scheme terms, a comparison's other year, a multi-year total, a balance ...).

Source of the predicted year (first that fits, the deck text read with the plain era / four-digit pattern):
own_line, near_1_3 (1-3 lines above), far_4_30 (4-30 above), opening (the deck's first three lines), date_only (only a
dated month/day's fiscal year), eraless (`28年度`), nowhere (not written near: a fallback or a deck-wide year).

Gold reason (the figure's line and the one above; first that fits): scheme (a cap, rate, price, fee: 上限 限度 以内 補助率
単価 手数料 …), comparison (前年度比 増減 比較 前年 …), multi_year (累計 合計期間 ～ 年間 …), balance (残高 末 現在 …),
other for null gold; for a wrong year: prev_year (gold = predicted - 1), next_year (gold = predicted + 1), far (other).

    python bench/fy_wrongs.py /tmp/bt [--now /tmp/bt_now] [--show SOURCE|REASON]
"""
from __future__ import annotations

import collections
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import fy_sources as F  # bench/ is the script's own folder on sys.path
from blind_rounds import ROUNDS, rounds_of

_REASONS = (
    ("span", re.compile(r"(?:年度?|月)\s*(?:から|より|[~〜～\-ー－])\s*(?:令和|平成|昭和)?\s*(?:\d{1,4}|元)\s*年度?|(?:累計|累積|通算|か年|ヵ年|カ年|\d+\s*年間)")),
    ("comparison", re.compile(r"前年度?比|対前年|前年度|昨年度|前年|前回|増減|比較|差引|差額|伸び|増加|減少|[増減]の")),
    ("scheme", re.compile(r"上限|限度|以内|補助率|単価|手数料|使用料|利用料|1\s*[人件回台戸世日]|あたり|当たり|につき|基準額|定額|最大|月額|日額|年額|時給|報酬|負担額")),
    ("balance", re.compile(r"残高|年度末|末現在|現在|基金|積立|債務|負債|資産|資本金|出資")),
    ("national", re.compile(r"全国|国の|国全体|我が国|日本|都道府県")),
)


def source(lines: list[str], at: int, fy: int) -> str:
    if fy in F.years(lines[at]):
        return "own_line"
    if any(fy in F.years(s) for s in lines[max(0, at - 3):at]):
        return "near_1_3"
    if any(fy in F.years(s) for s in lines[max(0, at - 30):max(0, at - 3)]):
        return "far_4_30"
    if any(fy in F.years(s) for s in lines[:3]):
        return "opening"
    if any(fy in F.month_years(s) for s in lines):
        return "date_only"
    if any(fy in F.eraless(s) for s in lines[max(0, at - 30):at + 1] + lines[:3]):
        return "eraless"
    return "nowhere"


def reason(lines: list[str], at: int, gold: int | None, pred: int) -> str:
    if gold is not None:
        return "prev_year" if gold == pred - 1 else "next_year" if gold == pred + 1 else "far"
    near = lines[at] + " " + (lines[at - 1] if at else "")
    return next((name for name, rx in _REASONS if rx.search(near)), "other")


def rows(src: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for s, r in sorted(rounds_of(ROUNDS).items()):
        f = src / f"{s}.json"
        if not f.exists():
            continue
        d, cache = json.loads(f.read_text()), {}
        for g, p in d["pairs"]:
            if g["kind"] != "amount" or p.get("fy") is None or p["fy"] == g.get("fy"):
                continue
            if g["doc"] not in cache:
                text = unicodedata.normalize("NFKC", (F._DECKS / s / f"{g['doc']}.txt").read_text())
                cache[g["doc"]] = text.split("\n")
            lines = cache[g["doc"]]
            at = min(max((g["line"] or 1) - 1, 0), len(lines) - 1)
            out.append({"set": s, "round": r, "doc": g["doc"], "line": at + 1, "gold": g.get("fy"), "pred": p["fy"],
                        "role": g.get("role"), "prole": p.get("role"), "text": g["text"],
                        "kind": "wrong" if g.get("fy") is not None else "gold_null",
                        "src": source(lines, at, int(p["fy"])), "why": reason(lines, at, g.get("fy"), int(p["fy"])),
                        "ctx": lines[at][:100]})
    return out


def table(found: list[dict[str, Any]], key: str, title: str) -> None:
    order = list(dict.fromkeys(rounds_of(ROUNDS).values()))
    by = collections.Counter((r[key], r["round"]) for r in found)
    docs: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    for r in found:
        docs[r[key]].add((r["set"], r["doc"]))
    print(f"\n{title} ({len(found)} figures)\n")
    print(f"| {key} | figures | decks | rounds | " + " | ".join(str(i + 11) for i in range(len(order))) + " |")
    print("|---|---|---|---|" + "---|" * len(order))
    for c, n in collections.Counter(r[key] for r in found).most_common():
        per = [by[(c, o)] for o in order]
        print(f"| {c} | {n} | {len(docs[c])} | {sum(1 for x in per if x)} | " + " | ".join(map(str, per)) + " |")


def main(argv: list[str]) -> None:
    found = rows(Path(argv[0]))
    for kind in ("wrong", "gold_null"):
        part = [r for r in found if r["kind"] == kind]
        table(part, "src", f"{kind}: by where the predicted year is written")
        table(part, "why", f"{kind}: by the gold's reason")
    if "--show" in argv:
        want = argv[argv.index("--show") + 1]
        for r in found:
            if want in (r["src"], r["why"], r["set"]):
                print(r["set"], r["doc"][:28], r["line"], r["gold"], r["pred"], r["src"], r["why"], r["text"], "|", r["ctx"])


if __name__ == "__main__":
    main(sys.argv[1:])
