"""This year's figure or last year's (issue 21, session 21, prev27): every matched amount whose gold and predicted fiscal
year differ by one, or where one side is `previous_budget` and the other not, grouped by the FORM its line gives it, with
the rounds it recurs in and how many of them a later output still gets wrong.

Input: matched outputs, `{"pairs": [[gold, pred], ...]}` per set (as /tmp/bt/<set>.json holds the output of the code that
was main when the set was blind), the rounds file (`<commit> <set> <set> ...` a line) and optionally a later output of the
same sets (/tmp/bt_now). The form is read from the predicted row's context: a carried sum (`繰越`, `戻し` right before),
a bracket pair (`X（Y）`), a table or a line of figures (a cell bar, or hardly more than the figure), a prose pair or
change (`前年`, `昨年`, `比`, `だった` near it), else the deck's anchor (its own year read from the wrong place).

    python bench/previous_year_forms.py /tmp/bt bench/blind_rounds.txt [/tmp/bt_now]
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def _key(g: Row) -> tuple[Any, ...]:
    return g["doc"], g.get("line"), g["text"], g.get("min")


def _previous(r: Row) -> bool:
    return r.get("role") == "previous_budget"


def disagree(g: Row, p: Row) -> bool:
    """Gold and prediction differ by one fiscal year, or on the previous-year role."""
    gf, pf = g.get("fy"), p.get("fy")
    return bool(gf and pf and abs(gf - pf) == 1) or _previous(g) != _previous(p)


def right(g: Row, p: Row | None) -> bool:
    return p is not None and p.get("fy") == g.get("fy") and _previous(p) == _previous(g)


def form(g: Row, p: Row) -> str:
    """The form the figure's line gives it (module docstring)."""
    ctx, text = p.get("context") or "", g["text"]
    i = ctx.find(text)
    before = ctx[max(0, i - 25):i] if i >= 0 else ""
    if re.search("繰越|繰り越|戻し", before):
        return "carried"
    bracket = re.search(r"[(（]\s*$", before) is not None
    if bracket and _previous(g) != _previous(p):
        return "bracket pair"
    if "|" in ctx or len(ctx.strip()) <= len(text) + 25:
        return "column or table"
    if bracket:
        return "bracket pair"
    near = ctx[max(0, i - 60):i + 40] if i >= 0 else ctx
    return "prose pair or change" if re.search("前年|昨年|比|だった|年度が|年度には", near) else "deck anchor"


def main(bt: Path, rounds_file: Path, later: Path | None) -> None:
    rounds = {s: line.split()[0] for line in rounds_file.read_text().splitlines() if line.strip() for s in line.split()[1:]}
    agg: dict[str, list[Any]] = collections.defaultdict(lambda: [0, set(), 0])
    for path in sorted(bt.glob("*.json")):
        if path.stem not in rounds:
            continue
        now: dict[tuple[Any, ...], Row] = {}
        if later is not None and (later / path.name).exists():
            now = {_key(g): p for g, p in json.loads((later / path.name).read_text())["pairs"] if g["kind"] == "amount"}
        for g, p in json.loads(path.read_text())["pairs"]:
            if g["kind"] != "amount" or p is None or not disagree(g, p):
                continue
            a = agg[form(g, p)]
            a[0] += 1
            a[1].add(rounds[path.stem])
            a[2] += not right(g, now.get(_key(g))) if later is not None else 0
    print("form | figures | rounds | still wrong in the later output")
    for name, (n, rs, left) in sorted(agg.items(), key=lambda kv: -kv[1][0]):
        print(f"{name} | {n} | {len(rs)} | {left if later is not None else '-'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)
