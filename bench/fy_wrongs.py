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

    python bench/fy_wrongs.py /tmp/bt [--show SOURCE|REASON|SET]   # or /tmp/bt_now, or a --now run of a tree
    python bench/fy_wrongs.py /tmp/bt --span   # this round's two rules simulated, per round
"""
from __future__ import annotations

import collections
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fy_sources as F  # bench/ is the script's own folder on sys.path
from blind_rounds import ROUNDS, rounds_of

_REASONS = (
    ("span", re.compile(r"(?:年度?|月)\s*(?:から|より|[~〜～\-ー－])\s*(?:令和|平成|昭和)?\s*(?:\d{1,4}|元)\s*年度?"
                        r"|(?:累計|累積|通算|か年|ヵ年|カ年|\d+\s*年間)")),
    ("comparison", re.compile(r"前年度?比|対前年|前年度|昨年度|前年|前回|増減|比較|差引|差額|伸び|増加|減少|[増減]の")),
    ("scheme", re.compile(r"上限|限度|以内|補助率|単価|手数料|使用料|利用料|1\s*[人件回台戸世日]|あたり|当たり|につき|基準額|定額"
                          r"|最大|月額|日額|年額|時給|報酬|負担額")),
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


def dated(src: Path) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any], list[str], int]]:
    """Every amount the output `src` gave a year: set, round, gold, pred, the deck's lines (NFKC), the figure's line."""
    for s, r in sorted(rounds_of(ROUNDS).items()):
        f = src / f"{s}.json"
        if not f.exists():
            continue
        cache: dict[str, list[str]] = {}
        for g, p in json.loads(f.read_text())["pairs"]:
            if g["kind"] != "amount" or p.get("fy") is None:
                continue
            if g["doc"] not in cache:
                cache[g["doc"]] = unicodedata.normalize("NFKC", (F._DECKS / s / f"{g['doc']}.txt").read_text()).split("\n")
            lines = cache[g["doc"]]
            yield s, r, g, p, lines, min(max((g["line"] or 1) - 1, 0), len(lines) - 1)


def rows(src: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for s, r, g, p, lines, at in dated(src):
        if p["fy"] == g.get("fy"):
            continue
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
    if "--span" in argv:
        print_span_fills(Path(argv[0]))
        return
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


# --- the rule of this round simulated on an output (python bench/fy_wrongs.py /tmp/bt --span): a figure given a year
# whose clause (from the previous figure or sentence) writes, as its last year before the figure, the end of a span its
# start names right before it (`2010年度から18年度までの総事業費には1310億円`: context/fiscal_marks.py span_end,
# fiscal_scope.json span_closed) is left with none: per round, gold-null (given -> none, right), right (lost), wrong.
_Y = r"(?:令和|平成|昭和|[RH])?\s*(?:\d{1,4}|元)\s*年度?"
_LAST_YEAR = re.compile(r"(?:令和|平成|昭和|[RH])?\s*(?:\d{1,4}|元)\s*年度")
_CLOSED = re.compile(_Y + r"\s*(?:から|より)\s*" + r"(?:令和|平成|昭和|[RH])?\s*(?:\d{1,4}|元)\s*年度\s*末?\s*"
                     r"(?:まで|の?\s*(?:累計|累積|合計|通算))")
_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:兆|億|万|千|百万)?[\d,.]*\s*(?:万|千)?円|[一二三四五六七八九十百千万億兆]+円")


def _clause(line: str, text: str) -> str | None:
    t = text.replace(" ", "")
    norm = line.replace(" ", "")
    at = norm.find(t)
    if at < 0:
        return None
    start = max(norm.rfind("。", 0, at) + 1, max((m.end() for m in _AMOUNT.finditer(norm[:at])), default=0))
    return norm[start:at]


_WORDS = json.loads((F._DECKS.parents[2] / "src/extract/dictionary/fiscal_scope.json").read_text())
_SUMMED = re.compile(_WORDS["years_summed"])


def _rule(head: str) -> str | None:
    """Which of this round's rules leaves a figure with the clause `head` before it with no year."""
    last = list(_LAST_YEAR.finditer(head))
    if last and any(m.start() <= last[-1].start() and m.end() >= last[-1].end() for m in _CLOSED.finditer(head)):
        return "span_closed"
    summed = list(_SUMMED.finditer(head))
    rest = head[summed[-1].end():] if summed else ""
    return "years_summed" if summed and not _LAST_YEAR.search(rest) and not any(w in rest for w in _WORDS["years_summed_not"]) \
        else None


def span_fills(src: Path) -> dict[tuple[str, str], collections.Counter[str]]:
    out: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for _, r, g, p, lines, at in dated(src):
        rule = _rule(_clause(lines[at], unicodedata.normalize("NFKC", g["text"])) or "")
        if rule is not None:
            out[(rule, r)]["gold_null" if g.get("fy") is None else "right" if g["fy"] == p["fy"] else "wrong"] += 1
    return out


def print_span_fills(src: Path) -> None:
    res, order = span_fills(src), list(dict.fromkeys(rounds_of(ROUNDS).values()))
    print("| rule | " + " | ".join(str(i + 11) for i in range(len(order))) + " | all |")
    print("|---|" + "---|" * (len(order) + 1))
    for name in ("span_closed", "years_summed"):
        cells = [res.get((name, o), collections.Counter()) for o in order]
        tot = sum(cells, collections.Counter())
        fmt = lambda c: f"{c['gold_null']}/{c['right']}/{c['wrong']}" if c else "."  # noqa: E731
        print(f"| {name} | " + " | ".join(fmt(c) for c in cells) + f" | {fmt(tot)} |")

if __name__ == "__main__":
    main(sys.argv[1:])
