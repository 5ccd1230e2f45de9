"""Does a small learned model of a money figure's role carry to unseen document shapes better than the rules? (issue 21)

Every gold amount of every gold set that the library found (the amounts the scorer scores a role on) is one example
(bench/learned_roles_cache.py runs the pipeline once per set and caches them). Its features are text only:
the Sudachi lemmas (the project's spaCy-Sudachi pipeline, split mode C) of its own line left of the figure (the
nearest three by position, the rest of a 24-character window as a bag) and right of it (nearest two by position),
the lemmas of the outline scopes it stands in (innermost two: item, heading, label, title) and of the deck's title,
its outline node's kind and labels, the figure's own unit and sign, and (in the `+rule` model) the rules' role and
how they decided it (`role_source`: fallback, line, scope...).

A multinomial logistic regression (L2, L-BFGS from zero: deterministic) is trained on every set but one and
predicts the left-out set (leave one SET out: each set is one document shape). Per set: the rules' role accuracy
(what the scorer gives), the model's (context only, and with the rules' role as a feature), and two hybrids:
`fallback` (the rules' role unless they fell back, `role_source` in LOW, then the +rule model's) and `confident`
(the +rule model's role where its probability is at least --tau, else the rules'). The rules' numbers are in-sample
on every set studied since it was blind; the model's are out of sample.

usage: python bench/learned_roles.py --out FILE [--cache /tmp/learn19] [--tau 0.9] [--lam 1.0]
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

# one BLAS thread: L-BFGS-B's own linear algebra ran 17 times slower with a thread per core on a shared machine
for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import learned_roles_cache as lc  # noqa: E402  (puts the tree's src on the path)

from extract.context.programs import pipeline  # noqa: E402

CLASSES = list(lc.CLASSES)
#: the rules' own low-evidence branches: nothing on the line or over it said the role
LOW = ("fallback", "under", "")
NEWEST = tuple(f"fresh{n}{c}" for n in (12, 13, 14) for c in "abcd")
_DIGITS = re.compile(r"[0-9０-９]+")
_SKIP_POS = ("補助記号", "空白")


def lemmas(text: str, memo: dict[str, list[str]]) -> list[str]:
    """Dictionary forms of the text's words (numbers folded to 0, punctuation and spaces dropped), memoised."""
    if text not in memo:
        tok = pipeline()[0].tokenizer.tokenizer
        memo[text] = [_DIGITS.sub("0", m.dictionary_form()) for m in tok.tokenize(text[:300])
                      if m.part_of_speech()[0] not in _SKIP_POS]
    return memo[text]


def _figure(text: str) -> list[str]:
    unit = re.search(r"(千|百万|万|億|兆)?円", text)
    return [f"unit:{unit.group(0) if unit else 'none'}", f"sign:{text.lstrip()[:1] in '△▲-－+＋'}",
            f"about:{text.lstrip().startswith(('約', '概ね'))}"]


def context_features(r: dict[str, Any], memo: dict[str, list[str]]) -> list[str]:
    """The figure's context, text only: line left and right, its outline scopes, the title, its node."""
    left, right = lemmas((r["left"] or "")[-24:], memo), lemmas((r["right"] or "")[:16], memo)
    f = [f"L{i}:{w}" for i, w in enumerate(reversed(left[-3:]), 1)] + [f"LB:{w}" for w in left[:-3]]
    f += [f"R{i}:{w}" for i, w in enumerate(right[:2], 1)] + [f"RB:{w}" for w in right[2:]]
    for depth, (kind, name) in enumerate(r.get("scopes") or []):
        if depth < 2:
            f += [f"S{depth}:{w}" for w in lemmas(name, memo)] + [f"S{depth}kind:{kind}"]
    f += [f"T:{w}" for w in lemmas(r.get("title") or "", memo)]
    f += [f"O:{w}" for w in lemmas(r.get("owner") or "", memo)]
    f += [f"node:{r.get('node')}", f"empty_left:{not (r['left'] or '').strip()}"]
    f += [f"label:{x}" for x in r.get("labels") or []] + _figure(r["text"])
    return f


def features(r: dict[str, Any], memo: dict[str, list[str]], with_rule: bool) -> list[str]:
    f = ["bias", *context_features(r, memo)]  # the bias: a feature every example has
    if with_rule:
        src = r.get("role_source") or "none"
        f += [f"rule:{r['rule_role']}", f"src:{src}", f"rule_src:{r['rule_role']}|{src}"]
    return f


class Model:
    """Multinomial logistic regression over binary features, L2-penalised, fitted by L-BFGS from zero."""

    def __init__(self, lam: float = 1.0, classes: list[str] | None = None) -> None:
        self.lam, self.classes = lam, classes or CLASSES
        self.vocab: dict[str, int] = {}
        self.w = np.zeros((0, len(self.classes)))

    def _x(self, feats: list[list[str]]) -> sparse.csr_matrix:
        ri, ci = [], []
        for j, fs in enumerate(feats):
            for f in set(fs):
                if f in self.vocab:
                    ri.append(j)
                    ci.append(self.vocab[f])
        return sparse.csr_matrix((np.ones(len(ri)), (ri, ci)), shape=(len(feats), len(self.vocab)))

    def fit(self, feats: list[list[str]], roles: list[str]) -> Model:
        counts = collections.Counter(f for fs in feats for f in set(fs))
        self.vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= 2))}
        x = self._x(feats)
        d, k = x.shape[1], len(self.classes)
        y = np.zeros((len(roles), k))
        y[np.arange(len(roles)), [self.classes.index(r) for r in roles]] = 1

        def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
            wm = w.reshape(d, k)
            z = np.asarray(x @ wm)
            z -= z.max(1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(1, keepdims=True)
            grad = np.asarray(x.T @ (p - y)) + self.lam * wm
            return float(-np.sum(y * np.log(p + 1e-12)) + 0.5 * self.lam * np.sum(wm * wm)), grad.ravel()

        self.w = minimize(loss, np.zeros(d * k), jac=True, method="L-BFGS-B", options={"maxiter": 400}).x.reshape(d, k)
        return self

    def proba(self, feats: list[list[str]]) -> np.ndarray:
        z = np.asarray(self._x(feats) @ self.w)
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(1, keepdims=True)  # type: ignore[no-any-return]

    def top(self, n: int = 8) -> dict[str, list[str]]:
        """Each class's heaviest features (what the model learned to read)."""
        names = sorted(self.vocab, key=self.vocab.__getitem__)
        return {c: [names[i] for i in np.argsort(-self.w[:, j])[:n]] for j, c in enumerate(self.classes)}


def leave_one_set_out(rows: list[dict[str, Any]], lam: float) -> dict[str, np.ndarray]:
    """Each row's class probabilities, from models trained without its set: on the context (`model`), on the
    context and the rules' role (`model+rule`), and that one trained only on the rules' low-evidence rows
    (`specialist`: what the context says where the rules had nothing to go on)."""
    memo: dict[str, list[str]] = {}
    feats = {w: [features(r, memo, w) for r in rows] for w in (False, True)}
    sets = np.array([r["set"] for r in rows])
    low = np.array([(r.get("role_source") or "") in LOW for r in rows])
    out = {w: np.zeros((len(rows), len(CLASSES))) for w in ("model", "model+rule", "specialist")}
    for s in dict.fromkeys(sets):
        test = np.flatnonzero(sets == s)
        for key, w, keep in (("model", False, sets != s), ("model+rule", True, sets != s),
                             ("specialist", True, (sets != s) & low)):
            train = np.flatnonzero(keep)
            m = Model(lam).fit([feats[w][i] for i in train], [rows[i]["role"] for i in train])
            out[key][test] = m.proba([feats[w][i] for i in test])
    return out


def choices(rows: list[dict[str, Any]], prob: dict[str, np.ndarray], tau: float) -> dict[str, list[str | None]]:
    """Each way's role for each row: the rules, the two models, and the two hybrids."""
    ctx = [CLASSES[i] for i in prob["model"].argmax(1)]
    full = [CLASSES[i] for i in prob["model+rule"].argmax(1)]
    conf = prob["model+rule"].max(1)
    spec = [CLASSES[i] for i in prob["specialist"].argmax(1)]
    sure = prob["specialist"].max(1)
    rules = [r["rule_role"] for r in rows]
    low = [(r.get("role_source") or "") in LOW for r in rows]
    return {"rules": rules, "model": list(ctx), "model+rule": list(full),
            "fallback": [f if lo else ru for ru, f, lo in zip(rules, full, low)],
            "confident": [f if c >= tau else ru for ru, f, c in zip(rules, full, conf)],
            "specialist": [f if lo else ru for ru, f, lo in zip(rules, spec, low)],
            "spec_sure": [f if lo and c >= tau else ru for ru, f, lo, c in zip(rules, spec, low, sure)]}


def per_set(rows: list[dict[str, Any]], pick: dict[str, list[str | None]]) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for s in dict.fromkeys(r["set"] for r in rows):
        idx = [i for i, r in enumerate(rows) if r["set"] == s]
        table[s] = {"n": len(idx), "low": float(np.mean([(rows[i].get("role_source") or "") in LOW for i in idx]))}
        for way, got in pick.items():
            table[s][way] = float(np.mean([got[i] == rows[i]["role"] for i in idx]))
    return table


def macro(table: dict[str, dict[str, float]], sets: tuple[str, ...] | None = None) -> dict[str, float]:
    keep = [v for s, v in table.items() if sets is None or s in sets]
    return {k: float(np.mean([v[k] for v in keep])) for k in keep[0]} if keep else {}


def swaps(rows: list[dict[str, Any]], pick: dict[str, list[str | None]], way: str) -> collections.Counter[str]:
    """Where a hybrid changed the rules' role: won (now right), lost (was right), or neither."""
    c: collections.Counter[str] = collections.Counter()
    for r, ru, h in zip(rows, pick["rules"], pick[way]):
        if ru != h:
            c["won" if h == r["role"] else "lost" if ru == r["role"] else "neither"] += 1
    return c


WAYS = ("rules", "model", "model+rule", "fallback", "confident", "specialist", "spec_sure")


def report(rows: list[dict[str, Any]], prob: dict[str, np.ndarray], tau: float) -> list[str]:
    pick = choices(rows, prob, tau)
    table = per_set(rows, pick)
    out = [f"{'set':10} {'n':>4} {'low':>5} " + " ".join(f"{w:>10}" for w in WAYS)]
    for s, v in [*table.items(), ("MACRO all", macro(table)), ("MACRO new12", macro(table, NEWEST) or macro(table))]:
        out.append(f"{s:10} {v['n']:4.0f} {v['low']:5.2f} " + " ".join(f"{v[w]:10.3f}" for w in WAYS))
    for way in WAYS[2:]:
        c = swaps(rows, pick, way)
        new = swaps([r for r in rows if r["set"] in NEWEST], {k: [g for g, r in zip(v, rows) if r["set"] in NEWEST]
                                                            for k, v in pick.items()}, way)
        out.append(f"{way} against the rules: all {dict(c)}; newest twelve {dict(new)}")
    out.append("the hybrids by threshold, confident / spec_sure (macro all / newest twelve):")
    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99):
        tb = per_set(rows, choices(rows, prob, t))
        out.append(f"  tau {t:4.2f}: " + "   ".join(f"{macro(tb)[w]:.3f} / {macro(tb, NEWEST)[w]:.3f}"
                                                 for w in ("confident", "spec_sure")))
    return out


def examples(rows: list[dict[str, Any]], pick: dict[str, list[str | None]], way: str, n: int = 6) -> list[str]:
    """A few figures of the newest shapes where the hybrid changed the rules' role, won and lost."""
    out = [f"{way} against the rules, newest twelve (gold / rules -> hybrid: the line around the figure):"]
    for want in ("won", "lost"):
        got = [(r, ru, h) for r, ru, h in zip(rows, pick["rules"], pick[way]) if r["set"] in NEWEST and ru != h
               and (h == r["role"]) == (want == "won")][:n]
        out += [f"  {want} {r['set']} {r['doc'][:28]}:{r['line']} {r['role']} / {ru} -> {h}: "
                f"…{(r['left'] or '')[-22:]}[{r['text']}]{(r['right'] or '')[:10]}…" for r, ru, h in got]
    return out


def triage(rows: list[dict[str, Any]], pick: dict[str, list[str | None]]) -> list[str]:
    """Is the context model's disagreement a pointer to the rules' errors (where to look first, not what to publish)?"""
    out = ["the rules' role accuracy where the context-only model agrees / disagrees with them (n):"]
    for name, keep in (("all", None), ("newest twelve", NEWEST), ("fresh14a-d (rules blind)", NEWEST[-4:])):
        for low_only in (False, True):
            idx = [i for i, r in enumerate(rows) if (keep is None or r["set"] in keep)
                   and (not low_only or (r.get("role_source") or "") in LOW)]
            agree = [rows[i]["rule_role"] == rows[i]["role"] for i in idx if pick["model"][i] == pick["rules"][i]]
            differ = [rows[i]["rule_role"] == rows[i]["role"] for i in idx if pick["model"][i] != pick["rules"][i]]
            out.append(f"  {name}{' (low evidence)' if low_only else ''}: agree {np.mean(agree):.3f} ({len(agree)}), "
                       f"disagree {np.mean(differ):.3f} ({len(differ)})")
    return out


def learned(rows: list[dict[str, Any]], lam: float) -> list[str]:
    """The heaviest features of each class, trained on every set (what the model reads)."""
    memo: dict[str, list[str]] = {}
    out = []
    for w in (False, True):
        m = Model(lam).fit([features(r, memo, w) for r in rows], [r["role"] for r in rows])
        out.append(f"top features ({'model+rule' if w else 'model'}):")
        out += [f"  {c}: {' '.join(fs)}" for c, fs in m.top(12).items()]
    return out


def sources(rows: list[dict[str, Any]]) -> list[str]:
    """How often each of the rules' decisions is right (the fallback's share is where a model could help)."""
    by: dict[str, list[bool]] = collections.defaultdict(list)
    for r in rows:
        by[r.get("role_source") or "(none)"].append(r["rule_role"] == r["role"])
    return ["rules' role_source: n, right share"] + [f"  {k:16} {len(v):5d} {np.mean(v):.3f}"
                                                     for k, v in sorted(by.items(), key=lambda kv: -len(kv[1]))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="write the report here (text)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/learn19"), help="per-set cached predictions")
    ap.add_argument("--tau", type=float, default=0.9, help="the confident hybrid's probability threshold")
    ap.add_argument("--lam", type=float, default=1.0, help="the L2 penalty")
    ap.add_argument("--no-fy", action="store_true", help="skip the fiscal-year model")
    ap.add_argument("--sets", default="", help="comma-separated gold sets (default: every set the scorer knows)")
    a = ap.parse_args(argv)
    sets = [s for s in a.sets.split(",") if s] or lc.all_sets()
    lc.build(a.cache, sets, dt.date.today())
    rows = lc.load(a.cache, sets)
    prob = leave_one_set_out(rows, a.lam)
    pick = choices(rows, prob, a.tau)
    lines = report(rows, prob, a.tau) + examples(rows, pick, "specialist") + triage(rows, pick) + sources(rows) + learned(rows, a.lam)
    if not a.no_fy:
        from learned_fy import fy_table, leave_one_set_out_fy

        lines += fy_table(rows, leave_one_set_out_fy(rows, a.lam))
    a.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    json_out = a.out.with_suffix(".json")
    json_out.write_text(json.dumps({"tau": a.tau, "lam": a.lam, "table": per_set(rows, choices(rows, prob, a.tau))},
                                   indent=1), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
