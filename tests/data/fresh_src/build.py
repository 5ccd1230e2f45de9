"""Write a blind set's gold (fresh, fresh2, ..., fresh5c) from compact annotations (kept beside the decks: the gold can be re-derived).

Each `<set>_src/ann_<doc>.py` defines DOC, M (every quantity mention, built with this folder's kinds.py), ROWS
and NOT_ROWS (dicts, as in ../heldout_src/). The builder checks every `text` sits on its 1-based line (split on
\\n) of decks/<set>/<doc>.txt, as often as it is annotated there; kinds, roles, pers, qualifiers and date
strings are of the GUIDE's vocabulary; min <= max; budgets rows and traps sit on an amount of the gold with the
same value. Then it writes gold/<set>/<doc>.jsonl and gold/<set>_budgets/<doc>.jsonl + <doc>.not_rows.jsonl.

usage: python tests/data/fresh_src/build.py [--set fresh|...|fresh12d|fresh13a|fresh13b|fresh13c|fresh13d|fresh14a|
       fresh14b|fresh14c|fresh14d|fresh15a|fresh15b|fresh15c|fresh16a|fresh16b|fresh16c|fresh17a|fresh17b|fresh17c|
       fresh17d|fresh17e|fresh18a|fresh18b|fresh18c|fresh18d|fresh18e|fresh19a|fresh19b|fresh19c|fresh19d|fresh20a|fresh20b|
       fresh20c|fresh20d|fresh21a|fresh21b|fresh21c|fresh21d|fresh22a|fresh22b|fresh22c|fresh22d|fresh23b|fresh23c|fresh23d|fresh23a|fresh24a|fresh24b|fresh24c|fresh24d|fresh25a|fresh25b|fresh26a|fresh26b|fresh27a|fresh27b|dev10c]
       [ann_<doc>.py ...]
       (default: fresh, every ann_*.py)
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
#: the blind sets this builder writes: their annotations, decks, mention gold and budgets gold
SETS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5a", "fresh5b", "fresh5c", "fresh6a", "fresh6b", "fresh6c", "fresh7a",
        "fresh7b", "fresh8a", "fresh8b", "fresh9a", "fresh9b", "fresh10a", "fresh10b", "fresh11a", "fresh11b",
        "fresh11c", "fresh12a", "fresh12b", "fresh12c", "fresh12d", "fresh13a", "fresh13b", "fresh13c", "fresh13d",
        "fresh14a", "fresh14b", "fresh14c", "fresh14d", "fresh15a", "fresh15b", "fresh15c", "fresh16a",
        "fresh16b", "fresh16c", "fresh17a", "fresh17b", "fresh17c", "fresh17d", "fresh17e", "fresh18a", "fresh18b", "fresh18c",
        "fresh18d", "fresh18e", "fresh19a", "fresh19b", "fresh19c", "fresh19d", "fresh20a", "fresh20b", "fresh20c",
        "fresh20d", "fresh21a", "fresh21b", "fresh21c", "fresh21d", "fresh22a", "fresh22b", "fresh22c", "fresh22d",
        "fresh23b", "fresh23c", "fresh23d", "fresh23a", "fresh24a", "fresh24b", "fresh24c", "fresh24d", "fresh25a", "fresh25b", "fresh26a",
        "fresh26b", "fresh27a", "fresh27b", "dev10c")


def folders(set_name: str) -> tuple[Path, Path, Path, Path]:
    """(annotations, decks, mention gold, budgets gold) of a blind set."""
    assert set_name in SETS, set_name
    return DATA / f"{set_name}_src", DATA / "decks" / set_name, DATA / "gold" / set_name, DATA / "gold" / f"{set_name}_budgets"

KINDS = {"amount", "duration", "count", "percent", "rank", "fiscal_year", "date"}
ROLES = {"budget", "previous_budget", "supplementary_budget", "support", "other"}
QUALS = {"approx", "at_most", "at_least", "part_of", "draft"}
PERS = {None, "year", "project", "project_year", "month"}
DUR_UNITS = {"year", "month", "week", "day", "hour"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check(doc: str, lines: list[str], recs: list[dict[str, Any]]) -> None:
    """Raise AssertionError on the first record that breaks the gold's contract."""
    seen: Counter[tuple[int, str]] = Counter()
    for r in recs:
        line, text, kind = r["line"], r["text"], r["kind"]
        assert 1 <= line <= len(lines), (doc, r)
        seen[(line, text)] += 1
        assert lines[line - 1].count(text) >= seen[(line, text)], (doc, line, text, lines[line - 1])
        assert kind in KINDS, (doc, r)
        assert set(r["qualifiers"]) <= QUALS, (doc, r)
        lo, hi = r["min"], r["max"]
        assert lo is not None or hi is not None, (doc, r)
        if kind == "date":
            assert all(v is None or (isinstance(v, str) and ISO.match(v)) for v in (lo, hi)), (doc, r)
        else:
            assert all(v is None or isinstance(v, (int, float)) for v in (lo, hi)), (doc, r)
        if lo is not None and hi is not None:
            assert lo <= hi, (doc, r)
        if kind == "amount":
            assert r["unit"] == "yen" and r["role"] in ROLES and r["per"] in PERS, (doc, r)
            assert r["fy"] is None or 1900 < r["fy"] < 2100, (doc, r)
        else:
            assert r["role"] is None and r["fy"] is None and r["per"] is None, (doc, r)
        if kind == "duration":
            assert r["unit"] in DUR_UNITS, (doc, r)
        if kind == "count":
            assert isinstance(r["unit"], str) and r["unit"], (doc, r)


def _load(path: Path) -> Any:
    sys.path.insert(0, str(HERE))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def build(path: Path, set_name: str = "fresh") -> Counter[str]:
    _, decks, gold, budgets = folders(set_name)
    mod = _load(path)
    doc = mod.DOC
    lines = (decks / f"{doc}.txt").read_text(encoding="utf-8").split("\n")
    recs = sorted(mod.M, key=lambda r: r["line"])
    check(doc, lines, recs)
    out = [{"doc": doc, "kind": r["kind"], "line": r["line"], "page": None, **{k: r[k] for k in
            ("text", "min", "max", "unit", "qualifiers", "per", "role", "fy")}} for r in recs]
    _write(gold / f"{doc}.jsonl", out)
    amounts = {(r["line"], r["text"]): r for r in out if r["kind"] == "amount"}
    rows = []
    for r in mod.ROWS:
        a = amounts.get((r["line"], r["text"]))
        assert a is not None and a["min"] == r["budget_yen"], (doc, r)
        rows.append({"doc": doc, "line": r["line"], "text": r["text"], "fy": r["fy"], "budget_yen": r["budget_yen"],
                     "previous_budget_yen": r.get("previous_budget_yen"), "program": r["program"],
                     "aliases": r.get("aliases", []), "why": r["why"], "role": r["role"],
                     **{k: r[k] for k in ("ministry", "ambiguous", "note", "fy_alt") if k in r}})
    _write(budgets / f"{doc}.jsonl", rows)
    nots = []
    for r in mod.NOT_ROWS:
        a = amounts.get((r["line"], r["text"]))
        assert a is not None and r["value_yen"] in (a["min"], a["max"]), (doc, r)
        assert a["role"] == r["mention_role"] and a["fy"] == r["fy"], (doc, r, a)
        nots.append({"doc": doc, "page": None, "line": r["line"], "text": r["text"], "value_yen": r["value_yen"],
                     "fy": r["fy"], "mention_role": r["mention_role"], "what": r["what"], "reason": r["reason"]})
    _write(budgets / f"{doc}.not_rows.jsonl", nots)
    kinds = Counter(r["kind"] for r in out)
    print(f"{doc}: {len(out)} mentions {dict(kinds)}; {len(rows)} rows, {len(nots)} not_rows")
    return kinds


if __name__ == "__main__":
    args = sys.argv[1:]
    name = args[1] if args[:1] == ["--set"] else "fresh"
    args = args[2:] if args[:1] == ["--set"] else args
    src, _, gold_dir, budgets_dir = folders(name)
    gold_dir.mkdir(parents=True, exist_ok=True)
    budgets_dir.mkdir(parents=True, exist_ok=True)
    total: Counter[str] = Counter()
    for p in [Path(x) for x in args] or sorted(src.glob("ann_*.py")):
        total += build(p, name)
    print("all:", sum(total.values()), dict(total))
