"""The fiscal-year side of bench/learned_roles.py: a model that picks a figure's year among the years its deck
states (its fiscal_year mentions) and None, trained and tested leave one SET out like the role model.

Each candidate (a stated year, the rules' year, or None) is one example of a yes/no logistic regression; the
figure takes its highest-scored candidate. A candidate's features say where that year is written relative to the
figure (the nearest year left of it on its line, anywhere left, right, the outline scopes over it, the title), how
it ranks among the deck's years, whether the rules chose it, and for None whether any year is near at all;
crossed with the rules' role (a previous year's budget takes another year than this year's). Years are read from the
text by a plain era pattern (feature extraction only: the published years stay the pipeline's).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

import numpy as np
from learned_roles import Model

_ERA = {"令和": 2018, "平成": 1988, "昭和": 1925}
_YEAR = re.compile(r"(令和|平成|昭和)\s?(元|\d{1,2})\s?年|((?:19|20)\d\d)\s?年")


def years_in(text: str) -> list[int]:
    """The years a text writes (era or Western), in order."""
    out = []
    for m in _YEAR.finditer(unicodedata.normalize("NFKC", text or "")):
        out.append(int(m.group(3)) if m.group(3) else _ERA[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2))))
    return out


def candidates(r: dict[str, Any]) -> list[int | None]:
    cands: list[int | None] = [None, *sorted(set(r.get("years") or []) | ({r["rule_fy"]} if r.get("rule_fy") else set()))]
    return cands


def cand_features(r: dict[str, Any], y: int | None) -> list[str]:
    left, right = years_in(r["left"]), years_in(r["right"])
    scopes = [years_in(name) for _, name in r.get("scopes") or []]
    title, deck = years_in(r.get("title") or ""), sorted(r.get("years") or [])
    role = r.get("rule_role") or "none"
    if y is None:
        f = ["none", f"none_rule:{r.get('rule_fy') is None}", f"none_left:{bool(left)}", f"none_right:{bool(right)}",
             f"none_scope:{any(scopes)}", f"none_deck:{min(len(deck), 3)}", f"none_role:{role}"]
    else:
        f = ["year", f"rule:{y == r.get('rule_fy')}", f"last_left:{bool(left) and left[-1] == y}",
             f"left:{y in left}", f"first_right:{bool(right) and right[0] == y}", f"right:{y in right}",
             f"title:{y in title}", f"max:{bool(deck) and y == deck[-1]}", f"min:{bool(deck) and y == deck[0]}",
             *(f"scope{i}:{y in s}" for i, s in enumerate(scopes[:3])),
             f"after_left:{bool(left) and y == left[-1] + 1}", f"before_left:{bool(left) and y == left[-1] - 1}"]
        f += [f"{x}&{role}" for x in f[1:5] if x.endswith("True")]
    return ["bias", *f]


def leave_one_set_out_fy(rows: list[dict[str, Any]], lam: float) -> list[int | None]:
    """Each row's picked year from a candidate model trained without its set."""
    sets = np.array([r["set"] for r in rows])
    cands = [candidates(r) for r in rows]
    feats = [[cand_features(r, y) for y in cs] for r, cs in zip(rows, cands)]
    out: list[int | None] = [None] * len(rows)
    for s in dict.fromkeys(sets):
        train = np.flatnonzero(sets != s)
        xs = [f for i in train for f in feats[i]]
        ys = ["yes" if y == rows[i].get("fy") else "no" for i in train for y in cands[i]]
        m = Model(lam, ["no", "yes"]).fit(xs, ys)
        for i in np.flatnonzero(sets == s):
            out[i] = cands[i][int(m.proba(feats[i])[:, 1].argmax())]
    return out


def fy_table(rows: list[dict[str, Any]], picked: list[int | None]) -> list[str]:
    """Per set: the rules' fy accuracy (over gold amounts with a year, as the scorer counts) and the model's."""
    out = [f"{'set':10} {'n':>4} {'rules':>6} {'model':>6} {'hybrid':>6}   (fy; hybrid: the model where the rules gave None)"]
    accs: dict[str, list[tuple[float, float, float]]] = {}
    for s in dict.fromkeys(r["set"] for r in rows):
        idx = [i for i, r in enumerate(rows) if r["set"] == s and r.get("fy") is not None]
        if not idx:
            continue
        ru = np.mean([str(rows[i]["rule_fy"]) == str(rows[i]["fy"]) for i in idx])
        mo = np.mean([str(picked[i]) == str(rows[i]["fy"]) for i in idx])
        hy = np.mean([str(rows[i]["rule_fy"] if rows[i]["rule_fy"] is not None else picked[i]) == str(rows[i]["fy"])
                      for i in idx])
        accs[s] = [(float(ru), float(mo), float(hy))]
        out.append(f"{s:10} {len(idx):4d} {ru:6.3f} {mo:6.3f} {hy:6.3f}")
    for name, keep in (("MACRO all", None), ("MACRO new12", [s for s in accs if s[5:7] in ("12", "13", "14")])):
        v = np.array([accs[s][0] for s in accs if keep is None or s in keep])
        out.append(f"{name:10} {'':4} {v[:, 0].mean():6.3f} {v[:, 1].mean():6.3f} {v[:, 2].mean():6.3f}")
    return out
