"""Run the rule probes: short made-up decks in other issuers' styles, each with the answer the GUIDE gives.

usage: python bench/probes.py [--tree DIR] [--json OUT] [--against PREV.json] [--fails] [--group NAME|PATTERN] [--probes DIR]

Each line of `bench/probes/*.jsonl` is one deck: `id`, `shape`, `lines` (line 1 the title) and `checks`, one per
amount mention: `line`, `text` and the expected `role`, `fy` (null = no fiscal year), `per` (`year`, `project`,
`project_year` or null), `row` (whether the budgets table
has a row on that figure) and `program` (the row's programme, judged by the NAME RULE of
tests/data/eval/score_budgets.py) and `ministry` (the row's ministry column, written as the budgets gold writes it:
`文部科学省`, or null where the deck names none); `role` `(no mention)` asks that the text be no amount mention at all
(a bare cell under a unit header far above). A check of another kind of mention (date, count, duration, percent, rank,
fiscal_year) writes `kind` and, where it is one, the GUIDE's `value` (`[min, max]`, ISO strings for dates), `unit` and
`qualifiers` (sorted); `kind` `(no mention)` asks that the text be no mention of any kind (an age, an ID, a code, a
rate). A field left out is not checked. The decks are written to a temporary folder and run
as bench/score_all.py runs the library (read_deck, extract_deck, tables_of), so a check fails where a rule misfires on
a shape it was not written on (a grant size, a revenue, a fund balance, a per-citizen figure, a settlement ...).

`holdout*.jsonl` files are written by a session's reviewer and kept out of the repo (run with `--probes` on their folder)
until the session's end, so that rules are also scored on decks their authors never saw.

`--tree DIR` runs another worktree's library (its `src` first on the path) on this repo's probes; `--json OUT` keeps
every check's result and `--against PREV.json` prints the checks that changed from an earlier run (broke, fixed).
"""
from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import importlib.util
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "bench" / "probes"
FIELDS = ("role", "fy", "per", "row", "program", "ministry", "kind", "value", "unit", "qualifiers")
#: the date every probe deck is read as of (a deck that writes no year is dated against it)
AS_OF = dt.date(2026, 3, 1)


def _norm(s: Any) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def load_probes(group: str | None = None, folder: Path = PROBES) -> list[dict[str, Any]]:
    """Every probe deck of `folder`, its group (the file's stem) added; `group` a stem or a pattern (`para19_*`)."""
    decks = []
    for f in sorted(folder.glob("*.jsonl")):
        if group and not fnmatch.fnmatchcase(f.stem, group):
            continue
        for s in f.read_text(encoding="utf-8").splitlines():
            if s.strip():
                decks.append({"group": f.stem, **json.loads(s)})
    return decks


def run_library(tree: Path, decks: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The mentions (every kind) and budgets rows the library of `tree` gives on the probe decks."""
    sys.path[:0] = [str(tree / "src"), str(tree)]
    import extract
    from extract.ingest import read_deck
    from extract.mentions import extract_deck
    from extract.tables import tables_of

    recs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for d in decks:
            path = Path(tmp) / f"{d['id']}.txt"
            path.write_text("\n".join(d["lines"]) + "\n", encoding="utf-8")
            recs += [m.record() for m in extract_deck(read_deck(path), AS_OF)]
    print(f"library: {Path(extract.__file__).parent}")
    budgets = tables_of(recs)["budgets"].astype(object)
    rows: list[dict[str, Any]] = [{str(k): v for k, v in r.items()}
                                  for r in budgets.where(budgets.notna(), None).to_dict("records")]
    return recs, rows


def _name_ok() -> Any:
    spec = importlib.util.spec_from_file_location("score_budgets", ROOT / "tests" / "data" / "eval" / "score_budgets.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.name_ok


def _find(cands: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The mention written `text` (else the one whose text holds it or is held by it)."""
    t = _norm(text)
    same = [m for m in cands if _norm(m.get("text")) == t]
    near = [m for m in cands if t in _norm(m.get("text")) or _norm(m.get("text")) in t]
    hits = same or near
    return hits[0] if hits else None


def _fy(v: Any) -> int | None:
    return None if v is None else int(v)


def _value(v: Any) -> Any:
    """A mention's bound as the probes write it: numbers compared as floats, dates as strings."""
    return float(v) if isinstance(v, (int, float)) else v


def _mention(c: dict[str, Any], on_line: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The mention a check is about: an amount, or (a check with `kind`) one of that kind, else of any kind."""
    if "kind" not in c:
        return _find([x for x in on_line if x.get("kind") == "amount"], c["text"])
    return _find([x for x in on_line if x.get("kind") == c["kind"]], c["text"]) or _find(on_line, c["text"])


def judge(decks: list[dict[str, Any]], ments: list[dict[str, Any]], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One result per checked field: id, expected, got, ok."""
    name_ok = _name_ok()
    out = []
    for d in decks:
        for c in d["checks"]:
            m = _mention(c, [x for x in ments if x["doc"] == d["id"] and x["line"] == c["line"]])
            value = m["min"] if m else None
            row = next((r for r in rows if r["doc"] == d["id"] and r.get("line") == c["line"]
                        and (_norm(r.get("text")) == _norm(c["text"]) or (value is not None and r.get("budget_yen") == value))),
                       None)
            got = {"role": m["role"] if m else "(no mention)", "fy": _fy(m["fy"]) if m else "(no mention)",
                   "per": m.get("per") if m else "(no mention)",
                   "row": row is not None, "program": row.get("program") if row else "(no row)",
                   "ministry": (row.get("ministry") or None) if row else "(no row)",
                   "kind": m["kind"] if m else "(no mention)",
                   "value": [_value(m["min"]), _value(m["max"])] if m else "(no mention)",
                   "unit": m.get("unit") if m else "(no mention)",
                   "qualifiers": sorted(m.get("qualifiers") or []) if m else "(no mention)"}
            for f in FIELDS:
                if f not in c:
                    continue
                want = [_value(v) for v in c[f]] if f == "value" else sorted(c[f]) if f == "qualifiers" else c[f]
                ok = name_ok(got[f], [c[f]]) if f == "program" else (
                    _norm(got[f]) == _norm(c[f]) if f == "ministry" and c[f] else got[f] == want)
                out.append({"id": f"{d['group']}/{d['id']}:{c['line']}:{c['text']}:{f}", "group": d["group"],
                            "field": f, "expected": c[f], "got": got[f], "ok": bool(ok),
                            "context": d["lines"][c["line"] - 1]})
    return out


def summary(res: list[dict[str, Any]]) -> str:
    n, ok = len(res), sum(r["ok"] for r in res)
    by = Counter((r["group"], r["ok"]) for r in res)
    byf = Counter((r["field"], r["ok"]) for r in res)
    parts = [f"{g} {by[(g, True)]}/{by[(g, True)] + by[(g, False)]}" for g in sorted({r["group"] for r in res})]
    fparts = [f"{f} {byf[(f, True)]}/{byf[(f, True)] + byf[(f, False)]}" for f in FIELDS]
    return f"probes: {ok}/{n} pass ({n - ok} fail)\n  by group: {', '.join(parts)}\n  by field: {', '.join(fparts)}"


def compare(res: list[dict[str, Any]], prev_path: Path) -> str:
    """The checks that changed from an earlier run: broke (passed there, fail here) and fixed."""
    prev = {r["id"]: r for r in json.loads(prev_path.read_text(encoding="utf-8"))["results"]}
    broke = [r for r in res if r["id"] in prev and prev[r["id"]]["ok"] and not r["ok"]]
    fixed = [r for r in res if r["id"] in prev and not prev[r["id"]]["ok"] and r["ok"]]
    lines = [f"against {prev_path}: {len(broke)} broke, {len(fixed)} fixed"]
    lines += [f"  BROKE {r['id']}: expected {r['expected']!r}, got {r['got']!r}  | {r['context']}" for r in broke]
    lines += [f"  fixed {r['id']}: {r['got']!r}" for r in fixed]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tree", type=Path, default=ROOT, help="the worktree whose library runs (default: this one)")
    ap.add_argument("--json", type=Path, help="write every check's result here")
    ap.add_argument("--against", type=Path, help="an earlier --json run: print the checks that changed")
    ap.add_argument("--fails", action="store_true", help="print failing checks only")
    ap.add_argument("--group", help="run one probe file (its stem, or a pattern: `para19_*`) only")
    ap.add_argument("--probes", type=Path, default=PROBES, help="a folder of probe files (default: bench/probes)")
    a = ap.parse_args(argv)
    decks = load_probes(a.group, a.probes)
    ments, rows = run_library(a.tree.resolve(), decks)
    res = judge(decks, ments, rows)
    for r in res:
        if not (a.fails and r["ok"]):
            print(f"{'pass' if r['ok'] else 'FAIL'} {r['id']}: expected {r['expected']!r}, got {r['got']!r}")
    print(summary(res))
    if a.against:
        print(compare(res, a.against))
    if a.json:
        a.json.write_text(json.dumps({"tree": str(a.tree), "results": res}, ensure_ascii=False, indent=0),
                          encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
