"""Does a learned role layer beat the rules on shapes it was not trained on? Leave one ROUND out (issue 21, session 21).

Sessions 12 and 16 (bench/role_model.py, bench/learned_roles.py) trained on today's predictions, where the rules are
in-sample: the model learned to trust them more than an unseen shape earns. Here every example is a gold amount of a
set matched to the prediction of the code that was main while that set was BLIND (`/tmp/bt/<set>.json`, the 35 sets
fresh11a..fresh19d, nine rounds in bench/blind_rounds.txt), so the rules' role is a feature measured out of sample.
Train on eight rounds, predict the ninth. Features: the Sudachi lemmas of the figure's own line (left and right
windows, cut at the sentence), of the nearest heading-like line above it and of the deck's first line, the figure's
unit/sign/approx/per, the line's shape (how many figures, table-like, leading marker), and (`+rule`) the rules' role
and whether they gave a programme or a year. Combinations: `confident` (the model's role where its probability is at
least tau, else the rules'), `at_other` (that, only where the rules said `other`, their default), `spec_other` (a
model trained only on the rows the rules called `other`, applied there). tau is chosen on the other eight rounds
(nested) and measured on the held one. `--gbt` adds a small gradient-boosted tree (scikit-learn; experiment only).
`ROLE_CHAR_GRAMS=1` / `ROLE_DECK_WORDS=1` add character n-grams near the figure / the deck's first lines as a bag.
The same model (trained without the round) is then
applied to today's code's output on that round (`/tmp/bt_now`), where the rules are fitted, to see what it would do
to today's scores; `low` restricts it to the rules' low-evidence branches (today's `role_source`, read from a
bench/learned_roles_cache.py run of today's tree).

usage: python bench/learned_role_rounds.py --out bench/results/issue21_learned_role.md [--bt /tmp/bt] [--now /tmp/bt_now]
       [--now-cache /tmp/learn26_now] [--rounds bench/blind_rounds.txt] [--lam 1.0]
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learned_roles import CLASSES, Model, lemmas  # noqa: E402  (puts the tree's src on the path)

DECKS = Path(__file__).resolve().parent.parent / "tests" / "data" / "decks"
DECK_WORDS = os.environ.get("ROLE_DECK_WORDS") == "1"  # experiment switch: the deck's first lines as a bag
CHAR_GRAMS = os.environ.get("ROLE_CHAR_GRAMS") == "1"  # experiment switch: character 1-2-grams near the figure
TAUS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
_MARK = re.compile(r"^\s*([■□●○◆◇◎▼▽▲△・※【〔\[(（]|[0-9０-９一二三四五六七八九十]+[.．、)）]|[①-⑳])")
_TABLE = re.compile(r"(\s{2,}|\t|\|)")
_FIG = re.compile(r"[0-9０-９][0-9０-９,，.]*\s*(千|百万|万|億|兆)?円")


def rounds(path: Path) -> dict[str, str]:
    """set -> the round (the commit that was main while it was blind)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) > 1:
            out.update({s: parts[0] for s in parts[1:]})
    return out


def _heading(lines: list[str], i: int) -> str:
    """The nearest line above that looks like a heading: a leading marker, or short and without a money figure."""
    for j in range(i - 1, max(-1, i - 30), -1):
        t = lines[j].strip()
        if t and (_MARK.match(t) or len(t) <= 30) and not _FIG.search(t):
            return t[:60]
    return ""


def _place(rows: list[dict[str, Any]], texts: dict[str, list[str]]) -> None:
    """Each prediction's line split at the figure (the n-th occurrence on its line, in extraction order)."""
    cursor: dict[tuple[str, int], int] = {}
    for p in rows:
        lines = texts.get(p["doc"], [])
        ln = int(p.get("line") or 0)
        line = lines[ln - 1] if 0 < ln <= len(lines) else (p.get("context") or "")
        at = line.find(p["text"], cursor.get((p["doc"], ln), 0))
        if at < 0:
            at = max(0, line.find(p["text"]))
        cursor[(p["doc"], ln)] = at + len(p["text"])
        p["_left"], p["_right"], p["_line"] = line[:at], line[at + len(p["text"]):], line
        p["_head"] = _heading(lines, ln - 1) if 0 < ln <= len(lines) else ""
        p["_title"] = next((x.strip()[:60] for x in lines if x.strip()), "")
        p["_lead"] = " ".join(x.strip() for x in lines[:4])[:160]


def load(path: Path, set_name: str, rnd: str) -> list[dict[str, Any]]:
    """The set's gold amounts with a role, each with its matched prediction's role and context."""
    d = json.loads(path.read_text(encoding="utf-8"))
    texts = {f.stem: f.read_text(encoding="utf-8").splitlines() for f in (DECKS / set_name).glob("*.txt")}
    _place(d["pred"], texts)
    per_line = collections.Counter((p["doc"], p.get("line")) for p in d["pred"] if p.get("kind") == "amount")
    placed = {(p["doc"], p.get("seq"), p["text"]): p for p in d["pred"]}
    out = []
    for g, p in d["pairs"]:
        if g.get("kind") != "amount" or g.get("role") not in CLASSES:
            continue
        p = placed[(p["doc"], p.get("seq"), p["text"])]
        out.append({"set": set_name, "round": rnd, "role": g["role"], "rule": p.get("role"), "doc": g["doc"],
                    "line": g.get("line"), "text": p["text"], "left": p["_left"], "right": p["_right"],
                    "full": p["_line"], "head": p["_head"], "title": p["_title"], "lead": p["_lead"], "per": p.get("per"),
                    "program": bool(p.get("program")), "fy": p.get("fy") is not None,
                    "n_on_line": per_line[(p["doc"], p.get("line"))]})
    return out


def context(r: dict[str, Any], memo: dict[str, list[str]]) -> list[str]:
    """What the text around the figure says, no rule output."""
    left = re.split(r"[。．]", r["left"])[-1][-24:]
    right = re.split(r"[。．]", r["right"])[0][:16]
    lw, rw = lemmas(left, memo), lemmas(right, memo)
    f = [f"L{i}:{w}" for i, w in enumerate(reversed(lw[-3:]), 1)] + [f"LB:{w}" for w in lw[:-3]]
    f += [f"R{i}:{w}" for i, w in enumerate(rw[:2], 1)] + [f"RB:{w}" for w in rw[2:]]
    f += [f"H:{w}" for w in lemmas(r["head"], memo)] + [f"T:{w}" for w in lemmas(r["title"], memo)]
    unit = re.search(r"(千|百万|万|億|兆)?円", r["text"])
    f += [f"unit:{unit.group(0) if unit else 'none'}", f"sign:{r['text'].lstrip()[:1] in '△▲-－+＋'}",
          f"about:{r['left'].rstrip().endswith(('約', '概ね', '総額'))}", f"per:{r['per'] is not None}",
          f"n_line:{min(r['n_on_line'], 3)}", f"table:{len(_TABLE.findall(r['full'].strip())) >= 2}",
          f"marker:{bool(_MARK.match(r['full']))}", f"empty_left:{not left.strip()}", f"short:{len(r['full']) < 40}"]
    if CHAR_GRAMS:
        f += [f"LC:{left[-12:][i:i + k]}" for k in (1, 2) for i in range(max(0, len(left[-12:]) - k + 1))]
        f += [f"RC:{right[:8][i:i + k]}" for k in (1, 2) for i in range(max(0, len(right[:8]) - k + 1))]
    if DECK_WORDS:
        f += [f"D:{w}" for w in set(lemmas(r["lead"], memo))]
    return ["bias", *f]


def features(r: dict[str, Any], memo: dict[str, list[str]], with_rule: bool) -> list[str]:
    f = context(r, memo)
    if with_rule:
        f += [f"rule:{r['rule']}", f"rule_prog:{r['rule']}|{r['program']}", f"rule_fy:{r['rule']}|{r['fy']}"]
    return f


def fit(rows: list[dict[str, Any]], feats: list[list[str]], idx: np.ndarray, lam: float) -> Model:
    return Model(lam).fit([feats[i] for i in idx], [rows[i]["role"] for i in idx])


def combine(rule: list[str | None], prob: np.ndarray, tau: float, only_other: bool,
            allowed: list[bool] | None = None) -> list[str | None]:
    """The model's role where it is at least tau sure (and, if asked, the rules said `other`), else the rules'."""
    out: list[str | None] = []
    for i, ru in enumerate(rule):
        best = int(prob[i].argmax())
        use = prob[i, best] >= tau and (not only_other or ru == "other") and (allowed is None or allowed[i])
        out.append(CLASSES[best] if use else ru)
    return out


def acc_by_set(rows: list[dict[str, Any]], pick: list[str | None]) -> dict[str, float]:
    by: dict[str, list[bool]] = collections.defaultdict(list)
    for r, p in zip(rows, pick):
        by[r["set"]].append(p == r["role"])
    return {s: float(np.mean(v)) for s, v in by.items()}


def macro(d: dict[str, float]) -> float:
    return float(np.mean(list(d.values()))) if d else float("nan")


def loro(rows: list[dict[str, Any]], feats: list[list[str]], lam: float, within: np.ndarray,
         train_on: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Each row (of `within`) predicted by a model trained on the other rounds of `within` (and of `train_on`)."""
    rnd = np.array([r["round"] for r in rows])
    prob = np.zeros((len(rows), len(CLASSES)))
    keep = np.ones(len(rows), bool) if train_on is None else train_on
    for held in dict.fromkeys(rnd[within]):
        train = np.flatnonzero(within & keep & (rnd != held))
        test = np.flatnonzero(within & (rnd == held))
        prob[test] = fit(rows, feats, train, lam).proba([feats[i] for i in test])
    return {"prob": prob}


def choose_tau(rows: list[dict[str, Any]], prob: np.ndarray, idx: np.ndarray, only_other: bool) -> float:
    """The tau with the best macro role over the sets of `idx` (ties: the more cautious, higher tau)."""
    sub = [rows[i] for i in idx]
    rule = [r["rule"] for r in sub]
    best = max(TAUS, key=lambda t: (round(macro(acc_by_set(sub, combine(rule, prob[idx], t, only_other))), 6), t))
    return best


def nested(rows: list[dict[str, Any]], feats: dict[bool, list[list[str]]], lam: float) -> dict[str, Any]:
    """Leave one round out, with each combination's tau chosen on the other eight rounds' own leave-one-out."""
    rnd = np.array([r["round"] for r in rows])
    every = np.ones(len(rows), bool)
    other = np.array([r["rule"] == "other" for r in rows])
    outer = {w: loro(rows, feats[w], lam, every)["prob"] for w in (False, True)}
    outer["spec"] = loro(rows, feats[False], lam, every, other)["prob"]
    ways = (("confident", True, False, None), ("at_other", True, True, None), ("spec_other", "spec", True, other))
    picks: dict[str, list[str | None]] = {k[0]: [None] * len(rows) for k in ways}
    taus: dict[str, dict[str, float]] = collections.defaultdict(dict)
    models: dict[str, Model] = {}
    for held in dict.fromkeys(rnd):
        rest = rnd != held
        test = np.flatnonzero(~rest)
        for key, w, only, train_on in ways:
            inner = loro(rows, feats[w == "spec" or w], lam, rest, train_on)["prob"]
            tau = choose_tau(rows, inner, np.flatnonzero(rest), only)
            taus[key][held] = tau
            got = combine([rows[i]["rule"] for i in test], outer[w][test], tau, only)
            for i, g in zip(test, got):
                picks[key][i] = g
        models[held] = fit(rows, feats[True], np.flatnonzero(rest), lam)
        models["spec:" + held] = fit(rows, feats[False], np.flatnonzero(rest & other), lam)
    return {"outer": outer, "picks": picks, "taus": taus, "models": models}


def gbt(rows: list[dict[str, Any]], feats: list[list[str]]) -> np.ndarray:
    """Leave one round out with a small gradient-boosted tree (scikit-learn, the experiment only) over the features
    seen at least ten times in training: does a non-linear model find what the linear one misses?"""
    from sklearn.ensemble import HistGradientBoostingClassifier

    rnd = np.array([r["round"] for r in rows])
    y = np.array([CLASSES.index(r["role"]) for r in rows])
    prob = np.zeros((len(rows), len(CLASSES)))
    for held in dict.fromkeys(rnd):
        train, test = np.flatnonzero(rnd != held), np.flatnonzero(rnd == held)
        counts = collections.Counter(f for i in train for f in set(feats[i]))
        vocab = {f: j for j, f in enumerate(sorted(f for f, c in counts.items() if c >= 10))}
        x = np.zeros((len(rows), len(vocab)), np.float32)
        for i, fs in enumerate(feats):
            x[i, [vocab[f] for f in fs if f in vocab]] = 1
        m = HistGradientBoostingClassifier(max_iter=150, max_depth=4, random_state=0).fit(x[train], y[train])
        prob[np.ix_(test, m.classes_)] = m.predict_proba(x[test])
    return prob


def now_rows(now: Path, cache: Path, sets: dict[str, str]) -> list[dict[str, Any]]:
    """Today's code on the same sets, with today's `role_source` joined from the cache (by doc, line, text, order)."""
    rows = [r for s, rnd in sets.items() if (now / f"{s}.json").exists() for r in load(now / f"{s}.json", s, rnd)]
    src: dict[tuple[Any, ...], list[str]] = collections.defaultdict(list)
    for s in sets:
        f = cache / f"{s}.json"
        for c in json.loads(f.read_text(encoding="utf-8")) if f.exists() else []:
            src[(s, c["doc"], c["line"], c["text"])].append(c.get("role_source") or "")
    for r in rows:
        got = src.get((r["set"], r["doc"], r["line"], r["text"]))
        r["source"] = got.pop(0) if got else None
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--bt", type=Path, default=Path("/tmp/bt"))
    ap.add_argument("--now", type=Path, default=Path("/tmp/bt_now"))
    ap.add_argument("--now-cache", type=Path, default=Path("/tmp/learn26_now"))
    ap.add_argument("--rounds", type=Path, default=Path(__file__).with_name("blind_rounds.txt"))
    ap.add_argument("--lam", type=float, default=1.0)
    ap.add_argument("--gbt", action="store_true", help="also a gradient-boosted tree (needs scikit-learn)")
    a = ap.parse_args(argv)
    sets = {s: r for s, r in rounds(a.rounds).items() if (a.bt / f"{s}.json").exists()}
    rows = [r for s, rnd in sets.items() for r in load(a.bt / f"{s}.json", s, rnd)]
    memo: dict[str, list[str]] = {}
    feats = {w: [features(r, memo, w) for r in rows] for w in (False, True)}
    res = nested(rows, feats, a.lam)
    if a.gbt:
        res["gbt"] = gbt(rows, feats[True])
    now = now_rows(a.now, a.now_cache, sets)
    from learned_role_report import write

    write(a.out, rows, res, now, memo, a.lam)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
