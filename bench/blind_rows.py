"""Budgets rows at blind time (issue 21, session 23): each round's blind-time mentions (bench/blind_rounds.py's OUT/<set>.json)
made into budgets rows by this tree's `budget_records` and scored against today's budgets gold, the misses counted by cause.

usage: python bench/blind_rows.py BT_DIR [--rows] [--placed] [--changed]   # BT_DIR: /tmp/bt (blind time) or /tmp/bt_now
Prints, per round (the commit of bench/blind_rounds.txt), gold/pred/matched rows and the causes: a missed row's mention read
with another role (`role:X`), with no or another fiscal year (`fy`), or kept out of the rows as a whole (`total_of`, split by
the sentence's shape: `placed` = the figure put into a budget document, `level` = a level after a change, `other`); a false
row's figure by its gold role (a non-budget figure: `result`, `grant`, `total`, `prior`, `other`) or a budget figure of
another year; a matched row's programme `exact`, `ok` (containment), `empty` or `wrong`. `--rows` lists every miss.
`--placed` first applies this tree's placed_work (context/whole_clauses.py) to the blind-time mentions: a budget figure kept
out as a whole whose sentence puts it into a budget document naming a work becomes that work's row (the rule as it would
have read each round's blind set, for leave-one-round-out). `--changed` applies changed_work the same way: a supplementary's
change glued to a named work (`…事業費を前倒しで13億円を追加`) becomes that work's row.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]

from extract.context.labels import LineInfo
from extract.context.whole_clauses import changed_work, placed_name
from extract.dictionary import load
from extract.tables import tables_of

DATA = ROOT / "tests" / "data"
#: the words before a false row's figure that say what it is instead (first match wins)
FALSE_KINDS = (("result", r"実績|決算|執行|支出済|交付済|見込"), ("grant", r"上限|限度|補助額|助成額|交付額|当たり|あたり|1件|補助率"),
               ("total", r"合計|総額|総計|全体|規模|計$"), ("prior", r"前年|昨年|前回|当初"))


def _nk(s: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_budgets", DATA / "eval" / "score_budgets.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _changed(s: str, p: dict[str, Any]) -> str | None:
    """changed_work on the figure's line (its text found in the line read as the scorer reads it)."""
    text = _line(s, p["doc"], p.get("line"))
    at = text.find(_nk(p["text"]))
    if at < 0:
        return None
    m = SimpleNamespace(role=p["role"], start=at, end=at + len(_nk(p["text"])))
    return changed_work(LineInfo(text, []), m)  # type: ignore[arg-type]


def placed(s: str, p: dict[str, Any], rules: tuple[str, ...]) -> dict[str, Any]:
    """A blind-time budget mention as the rules read it: a whole its sentence puts into a budget document naming a work
    (placed), or a change glued to a named work (changed), is that work's."""
    if p["kind"] != "amount" or p["role"] not in ("budget", "supplementary_budget") or not p.get("total_of"):
        return p
    name = ("changed" in rules and _changed(s, p)) or ("placed" in rules and placed_name(_head(s, p)))
    return {**p, "program": name, "total_of": None} if name else p


def score_set(bt: dict[str, Any], s: str, rules: tuple[str, ...] = ()) -> dict[str, Any]:
    """The budgets score (score_budgets.py --json, with the mentions) of one set's blind-time mentions."""
    t = tables_of([placed(s, dict(p), rules) if rules else dict(p) for p in bt["pred"]])
    with tempfile.TemporaryDirectory() as td:
        t["mentions"].to_csv(Path(td) / "m.csv", index=False)
        t["budgets"].to_csv(Path(td) / "b.csv", index=False)
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            _scorer().main([str(DATA / "gold" / f"{s}_budgets"), str(Path(td) / "b.csv"), "--mentions", str(Path(td) / "m.csv"),
                            "--json"])
    return json.loads(buf.getvalue())["all"]  # type: ignore[no-any-return]


def _line(s: str, doc: str, line: int | None) -> str:
    path = DATA / "decks" / s / f"{doc}.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() and line else []
    return _nk(lines[line - 1]) if line and line <= len(lines) else ""


def _head(s: str, x: dict[str, Any]) -> str:
    """The figure's sentence before it."""
    text = _line(s, x["doc"], x.get("line"))
    at = text.find(_nk(x["text"]))
    return text[text.rfind("。", 0, max(at, 0)) + 1:max(at, 0)] if at >= 0 else ""


def _missed(s: str, x: dict[str, Any], pred: dict[tuple[str, Any], list[dict[str, Any]]]) -> str:
    cands = pred.get((x["doc"], x["line"]), [])
    p = next((c for c in cands if c["max"] == x["budget_yen"]), None) or next((c for c in cands if _nk(c["text"]) == _nk(x["text"])), None)
    if p is None or p["max"] != x["budget_yen"]:
        return "miss:no mention or value"
    if p["role"] not in ("budget", "supplementary_budget"):
        return f"miss:role {p['role']}"
    if p["fy"] != x["fy"]:
        return "miss:fy " + ("none" if p["fy"] is None else "other")
    if p.get("total_of"):
        head = _head(s, x)
        if re.search(load("roles")["prose"]["document_place"], head):
            return "miss:total_of placed"
        return "miss:total_of level" if re.search(r"(?:比|より)[^、。]{0,20}(?:増|減|多い|少ない)", head) else "miss:total_of other"
    return "miss:other"


def _false(s: str, x: dict[str, Any], gold: dict[tuple[str, Any, str], dict[str, Any]]) -> str:
    g = gold.get((x["doc"], x["line"], _nk(x["text"])))
    if g is None:
        return "false:no gold mention"
    if g["role"] in ("budget", "supplementary_budget"):
        return "false:budget, another fy" if g.get("fy") != x["fy"] else "false:budget, a whole or trap"
    head = _head(s, x)[-20:]
    return "false:" + next((k for k, pat in FALSE_KINDS if re.search(pat, head)), "other") + f" ({g['role']})"


def _programme(x: dict[str, Any]) -> str:
    return "prog:empty" if not (x.get("pred_program") or "").strip() else "prog:wrong"


def main(argv: list[str]) -> None:
    src, listing = Path(argv[0]), "--rows" in argv
    rounds: dict[str, str] = {}
    for line in (ROOT / "bench" / "blind_rounds.txt").read_text().splitlines():
        rounds.update({s: line.split()[0] for s in line.split()[1:]})
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for s in sorted(rounds, key=lambda k: (len(k), k)):
        bt = json.loads((src / f"{s}.json").read_text())
        res = score_set(bt, s, tuple(r for r in ("placed", "changed") if f"--{r}" in argv))
        gold = {(g["doc"], g.get("line"), _nk(g["text"])): g for g in bt["gold"] if g["kind"] == "amount"}
        pred: dict[tuple[str, Any], list[dict[str, Any]]] = {}
        for p in bt["pred"]:
            if p["kind"] == "amount":
                pred.setdefault((p["doc"], p.get("line")), []).append(p)
        c = per[rounds[s]]
        c.update({"gold": res["gold_rows"], "pred": res["pred_rows"], "matched": res["matched"], "exact": res["program_exact"],
                  "ok": res["program_correct"]})
        m = res["misses"]
        causes = [(x, _missed(s, x, pred)) for x in m["recall"]] + [(x, _false(s, x, gold)) for x in m["precision"]] \
            + [(x, _programme(x)) for x in m["program"]]
        for x, k in causes:
            c[k] += 1
            if listing:
                print(s, k, x["doc"], x.get("line"), x["text"], x.get("program") or x.get("gold_program"), "|",
                      x.get("pred_program", ""), "|", _head(s, x)[-50:])
    total: Counter[str] = Counter()
    for r, c in per.items():
        total.update(c)
        print(r, json.dumps(dict(c), ensure_ascii=False))
    print("ALL", json.dumps(dict(total), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
