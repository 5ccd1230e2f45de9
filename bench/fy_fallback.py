"""Which fallback gives a figure the rules left with no fiscal year its year (issue 21, session 21): the strategies, each
measured leave-one-ROUND-out on matched outputs (`{"pairs": [[gold, pred], ...], "pred": [...]}` a set, as
/tmp/bt/<set>.json holds the output of the code that was main when that set was blind).

A strategy fills only a figure with no year (it never overrides one) from the deck's fiscal_year mentions the same output
found: its opening lines' one year (`opening<N>`; `_money_named`: where the words after it name money, as the product
reads them), the most frequent or only year of the deck, the nearest year above the
figure (`near<K>` lines), the fiscal year of the deck's first date; for all figures, money roles only (budget, previous,
supplementary, support; a previous year's takes the year before) or `other` only; a figure with a per (a rate) never.
Chosen on eight rounds by right fills less a price (1 or 2) times the wrong fills and the figures whose gold has no year
given one (each fill is a claim), measured on the ninth.

    python bench/fy_fallback.py /tmp/bt [bench/blind_rounds.txt]
"""
from __future__ import annotations

import collections
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from blind_rounds import ROUNDS, rounds_of  # bench/ is the script's own folder on sys.path

Row = dict[str, Any]
_MONEY = ("budget", "previous_budget", "supplementary_budget", "support")
_DECKS = Path(__file__).resolve().parents[1] / "tests" / "data" / "decks"
_MONEY_AFTER = re.compile(json.loads((_DECKS.parents[2] / "src/extract/dictionary/fiscal_scope.json").read_text())["opening_money_after"])


def _names_money(s: str, p: dict[str, Any]) -> bool:
    """The words right after the year name money of that year (fiscal_scope.json opening_money_after, as the product)."""
    try:
        line = (_DECKS / s / f"{p['doc']}.txt").read_text().split("\n")[(p["line"] or 1) - 1]
    except (OSError, IndexError):
        return False
    at = unicodedata.normalize("NFKC", line).find(unicodedata.normalize("NFKC", p["text"]))
    return at >= 0 and _MONEY_AFTER.match(unicodedata.normalize("NFKC", line), at + len(p["text"])) is not None


def _fiscal(s: str, d: dict[str, Any]) -> tuple[dict[str, list[tuple[int, int, bool]]], dict[str, list[tuple[int, int]]]]:
    """Per document: (line, year, whether money follows) of each single fiscal_year mention, and (line, fiscal year) of
    each dated month."""
    years: dict[str, list[tuple[int, int, bool]]] = collections.defaultdict(list)
    dates: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    for p in d["pred"]:
        if p["kind"] == "fiscal_year" and p["min"] is not None and p["min"] == p["max"]:
            years[p["doc"]].append((p["line"] or 0, int(p["min"]), _names_money(s, p)))
        m = re.match(r"(\d{4})-(\d{2})", str(p["min"])) if p["kind"] == "date" else None
        if m:
            dates[p["doc"]].append((p["line"] or 0, int(m[1]) - (int(m[2]) < 4)))
    return years, dates


def rows(src: str, rounds: dict[str, str]) -> list[Row]:
    """One row per matched amount: gold and predicted year, role, per and the deck's year facts around it."""
    out: list[Row] = []
    for s in sorted(rounds):
        d = json.loads(Path(src, f"{s}.json").read_text())
        years, dates = _fiscal(s, d)
        for g, p in d["pairs"]:
            if g["kind"] != "amount":
                continue
            line, found = p["line"] or g["line"] or 0, years[g["doc"]]
            first = sorted(dates[g["doc"]])[:1]
            out.append({"round": rounds[s], "set": s, "doc": g["doc"], "gfy": g["fy"], "pfy": p["fy"], "role": p["role"],
                        "per": p.get("per"),
                        "line": line, "years": found, "first_date": first[0][1] if first and first[0][0] <= 5 else None})
    return out


def _opening(n: int, money: bool = False) -> Callable[[Row], int | None]:
    def year(o: Row) -> int | None:
        ys = {y for line, y, _ in o["years"] if line <= n}
        named = any(m for line, _, m in o["years"] if line <= n)
        if len(ys) != 1 or not (named or not money):
            return None
        y = ys.pop()  # (with money, as the product: none below a line that writes a later year)
        return None if money and any(n < line <= o["line"] and later > y for line, later, _ in o["years"]) else y
    return year


def _near(k: int) -> Callable[[Row], int | None]:
    def year(o: Row) -> int | None:
        above = sorted((line, y) for line, y, _ in o["years"] if 0 < o["line"] - line <= k)
        return above[-1][1] if above else None
    return year


def _deck(share: float) -> Callable[[Row], int | None]:
    def year(o: Row) -> int | None:
        c = collections.Counter(y for _, y, _ in o["years"])
        top = c.most_common(1)
        return top[0][0] if top and top[0][1] >= share * sum(c.values()) else None
    return year


SOURCES: dict[str, Callable[[Row], int | None]] = {
    **{f"opening{n}": _opening(n) for n in (1, 2, 3, 5)},
    **{f"opening{n}_money_named": _opening(n, True) for n in (1, 2, 3)},
    **{f"near{k}": _near(k) for k in (3, 20, 10**6)},
    "deck_only_year": _deck(1.0), "deck_mode": _deck(0.0), "first_date": lambda o: o["first_date"],
}
ROLES: dict[str, Callable[[Row], bool]] = {
    "all": lambda o: True, "money": lambda o: o["role"] in _MONEY, "other": lambda o: o["role"] == "other"}
Strategy = tuple[str, str] | None


def fill(strategy: Strategy, o: Row) -> int | None:
    """The figure's year with the strategy as the last step: its own where it has one."""
    if o["pfy"] is not None or strategy is None or o["per"] or not ROLES[strategy[1]](o):
        return o["pfy"]
    y = SOURCES[strategy[0]](o)
    return y - 1 if y is not None and o["role"] == "previous_budget" else y


def score(strategy: Strategy, rs: list[Row]) -> collections.Counter[str]:
    c: collections.Counter[str] = collections.Counter()
    for o in rs:
        y = fill(strategy, o)
        if o["gfy"] is not None:
            c["n"] += 1
            c["base"] += o["pfy"] == o["gfy"]
            c["fy"] += y == o["gfy"]
            c["wrong"] += o["pfy"] is None and y is not None and y != o["gfy"]
        else:
            c["null"] += o["pfy"] is None and y is not None
    c["net"] = c["fy"] - c["base"] - c["wrong"] - c["null"]
    return c


def table(rs: list[Row], choose: Callable[[list[Row]], Strategy]) -> list[str]:
    """Per round: fy at the time, fy with the strategy chosen on the other rounds, its fills and its price."""
    out = ["| round (sets) | fy as output | fy + fallback | fills right / wrong | gold-null given a year | chosen on the rest |",
           "|---|---|---|---|---|---|"]
    order = sorted({o["round"] for o in rs}, key=lambda r: min(o["set"] for o in rs if o["round"] == r))
    tot: collections.Counter[str] = collections.Counter()
    for r in order:
        held = [o for o in rs if o["round"] == r]
        best = choose([o for o in rs if o["round"] != r])
        c = score(best, held)
        tot.update(c)
        sets = " ".join(sorted({o["set"].removeprefix("fresh") for o in held}))
        out.append(f"| {r} ({sets}) | {c['base']}/{c['n']} = {c['base'] / c['n']:.3f} | {c['fy']}/{c['n']} = "
                   f"{c['fy'] / c['n']:.3f} | {c['fy'] - c['base']} / {c['wrong']} | {c['null']} | {_name(best)} |")
    out.append(f"| all | {tot['base']}/{tot['n']} = {tot['base'] / tot['n']:.3f} | {tot['fy']}/{tot['n']} = "
               f"{tot['fy'] / tot['n']:.3f} | {tot['fy'] - tot['base']} / {tot['wrong']} | {tot['null']} | |")
    return out


def _name(s: Strategy) -> str:
    return "none" if s is None else f"{s[0]} ({s[1]})"


def best_of(price: float) -> Callable[[list[Row]], Strategy]:
    """The strategy with the most right fills less `price` times its wrong and gold-null ones (none where none gains)."""
    options: list[Strategy] = [None, *((s, r) for s in SOURCES for r in ROLES)]

    def gain(s: Strategy, rs: list[Row]) -> float:
        c = score(s, rs)
        return c["fy"] - c["base"] - price * (c["wrong"] + c["null"])
    return lambda rs: max(options, key=lambda s: gain(s, rs))


def main(argv: list[str]) -> None:
    src = argv[1]
    rs = rows(src, rounds_of(argv[2] if len(argv) > 2 else ROUNDS))
    print(f"## {src}: every strategy on all rounds (fills right / wrong / gold-null given a year)\n")
    for s in [(s, r) for s in SOURCES for r in ROLES]:
        c = score(s, rs)
        print(f"- {_name(s)}: {c['fy'] - c['base']} / {c['wrong']} / {c['null']} (net {c['net']})")
    for price in (1.0, 2.0):
        print(f"\n### chosen leave-one-round-out, a wrong or gold-null fill costing {price:g} right ones\n")
        print("\n".join(table(rs, best_of(price))))
    print("\n### the built rule, opening2_money_named (all), on every round\n")
    print("\n".join(table(rs, lambda _: ("opening2_money_named", "all"))))


if __name__ == "__main__":
    main(sys.argv)
