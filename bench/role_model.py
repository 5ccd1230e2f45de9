"""Would a learned classifier carry an amount's role to unseen document shapes better than the rules? (issue 21)

Every gold amount of the chosen sets is matched to the library's prediction (as `score_heldout.py` does); a softmax
regression over character n-grams of the figure's context (the 20 characters before it on its line, 6 after, the line
above, the deck's first two lines) is trained on every set but one and tested on that one (leave one set out), with
and without the rules' role as a feature. The rules' accuracy on a dev set is in-sample (they were written on it);
the model's is out-of-sample. `--blind SET,...` trains on the dev sets only and tests on those sets (numbers only).

usage: python bench/role_model.py [--sets heldout,fresh,...] [--blind fresh11a,...] [--matched-only]
"""
from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_heldout as sh  # noqa: E402  (puts the tree's src on the path)

CLASSES = ["budget", "other", "supplementary_budget", "support", "previous_budget"]


def amounts(set_name: str) -> list[dict[str, Any]]:
    """The set's gold amounts, each with the matched prediction's role and its context lines."""
    decks, mention_gold, _, all_kinds = sh.SETS[set_name]
    with tempfile.TemporaryDirectory() as td:
        _, _, mentions_jsonl = sh.write_tables(Path(td), None, decks)
        _, _, pairs, gold, _ = sh.score_amounts(mentions_jsonl, None, mention_gold, all_kinds)
    texts = {d.stem: d.read_text(encoding="utf-8").splitlines() for d in decks.glob("*.txt")}
    matched = {id(g): p for g, p in pairs}
    rows = []
    for g in gold:
        if g.get("kind") != "amount" or g.get("role") not in CLASSES:
            continue
        lines, ln = texts.get(g["doc"], []), int(g.get("line") or 0)
        p = matched.get(id(g))
        rows.append({"set": set_name, "text": g["text"], "role": g["role"], "rule": p.get("role") if p else None,
                     "line": lines[ln - 1] if 0 < ln <= len(lines) else "",
                     "prev": lines[ln - 2] if 1 < ln <= len(lines) else "", "title": " ".join(lines[:2])})
    return rows


def _grams(s: str, tag: str, sizes: tuple[int, ...] = (1, 2, 3)) -> list[str]:
    return [f"{tag}:{s[i:i + k]}" for k in sizes for i in range(max(0, len(s) - k + 1))]


def features(r: dict[str, Any], with_rule: bool) -> list[str]:
    line, t = r["line"], r["text"]
    i = line.find(t)
    left = line[max(0, i - 20):i] if i >= 0 else line[:20]
    right = line[i + len(t):i + len(t) + 6] if i >= 0 else ""
    f = (_grams(left[-8:], "L") + _grams(left, "LL", (2,)) + _grams(right, "R") + _grams(r["prev"][-30:], "P", (2,))
         + _grams(r["title"][:60], "T", (2,)))
    return f + [f"rule:{r['rule']}"] * 3 if with_rule else f


def _matrix(rows: list[dict[str, Any]], vocab: dict[str, int], with_rule: bool) -> sparse.csr_matrix:
    data, ri, ci = [], [], []
    for j, r in enumerate(rows):
        for f in collections.Counter(features(r, with_rule)):
            if f in vocab:
                ri.append(j)
                ci.append(vocab[f])
                data.append(1.0)
    return sparse.csr_matrix((data, (ri, ci)), shape=(len(rows), len(vocab)))


def fit_predict(train: list[dict[str, Any]], test: list[dict[str, Any]], with_rule: bool, lam: float = 1.0) -> list[str]:
    """Softmax regression with an L2 penalty, fitted by L-BFGS; the test rows' predicted roles."""
    vocab: dict[str, int] = {}
    for r in train:
        for f in features(r, with_rule):
            vocab.setdefault(f, len(vocab))
    x, d, k = _matrix(train, vocab, with_rule), len(vocab), len(CLASSES)
    y = np.zeros((len(train), k))
    y[np.arange(len(train)), [CLASSES.index(r["role"]) for r in train]] = 1

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        weights = w.reshape(d, k)
        z = x @ weights
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        grad = x.T @ (p - y) + lam * weights
        return float(-np.sum(y * np.log(p + 1e-12)) + lam * 0.5 * np.sum(weights * weights)), np.asarray(grad).ravel()

    w = minimize(loss, np.zeros(d * k), jac=True, method="L-BFGS-B", options={"maxiter": 300}).x.reshape(d, k)
    return [CLASSES[i] for i in np.asarray(_matrix(test, vocab, with_rule) @ w).argmax(1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="heldout,fresh,fresh2,fresh3,fresh4,fresh5a,fresh5b,fresh5c,fresh6a,fresh6b,fresh6c,"
                    "fresh7a,fresh7b,fresh8a,fresh8b,fresh9a,fresh9b,dev10c,fresh10a,fresh10b")
    ap.add_argument("--blind", default="", help="sets to test on only, trained on every --sets set")
    ap.add_argument("--matched-only", action="store_true", help="score only the amounts the library found")
    a = ap.parse_args()
    dev = [r for s in a.sets.split(",") for r in amounts(s)]
    blind = [r for s in a.blind.split(",") if s for r in amounts(s)]
    print("set          n  rules  model  model+rule")
    for s in [*a.sets.split(","), *(b for b in a.blind.split(",") if b)]:
        test = [r for r in dev + blind if r["set"] == s and (r["rule"] is not None or not a.matched_only)]
        train = [r for r in dev if r["set"] != s]
        acc = [np.mean([p == r["role"] for p, r in zip(fit_predict(train, test, w), test)]) for w in (False, True)]
        rules = np.mean([r["rule"] == r["role"] for r in test])
        print(f"{s:10s} {len(test):4d}  {rules:.3f}  {acc[0]:.3f}  {acc[1]:.3f}", flush=True)


if __name__ == "__main__":
    main()
