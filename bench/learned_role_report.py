"""The tables of bench/learned_role_rounds.py: per set, per round and overall, blind time and today."""
from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

import numpy as np
from learned_role_rounds import TAUS, acc_by_set, combine, features, macro
from learned_roles import CLASSES, LOW


def _by_round(rows: list[dict[str, Any]], acc: dict[str, float]) -> dict[str, float]:
    sets = collections.defaultdict(list)
    for r in rows:
        if r["set"] not in sets[r["round"]]:
            sets[r["round"]].append(r["set"])
    return {rnd: float(np.mean([acc[s] for s in ss])) for rnd, ss in sets.items()}


def _swaps(rows: list[dict[str, Any]], pick: list[str | None]) -> str:
    c: collections.Counter[str] = collections.Counter()
    for r, p in zip(rows, pick):
        if p != r["rule"]:
            c["won" if p == r["role"] else "lost" if r["rule"] == r["role"] else "neither"] += 1
    return f"won {c['won']} / lost {c['lost']} / neither {c['neither']}"


def _table(rows: list[dict[str, Any]], ways: dict[str, list[str | None]]) -> list[str]:
    accs = {w: acc_by_set(rows, p) for w, p in ways.items()}
    rnd_of = {r["set"]: r["round"] for r in rows}
    n = collections.Counter(r["set"] for r in rows)
    out = ["| set | round | n | " + " | ".join(ways) + " |", "|---|---|---|" + "---|" * len(ways)]
    for s in accs["rules"]:
        out.append(f"| {s} | {rnd_of[s]} | {n[s]} | " + " | ".join(f"{accs[w][s]:.3f}" for w in ways) + " |")
    rounds = {w: _by_round(rows, a) for w, a in accs.items()}
    for rnd in rounds["rules"]:
        out.append(f"| **round {rnd}** | | | " + " | ".join(f"{rounds[w][rnd]:.3f}" for w in ways) + " |")
    out.append("| **macro, 35 sets** | | | " + " | ".join(f"**{macro(accs[w]):.3f}**" for w in ways) + " |")
    micro = {w: float(np.mean([p == r["role"] for r, p in zip(rows, ways[w])])) for w in ways}
    out.append("| micro, all amounts | | | " + " | ".join(f"{micro[w]:.3f}" for w in ways) + " |")
    worst = {w: min(rounds[w][k] - rounds["rules"][k] for k in rounds["rules"]) for w in ways}
    out.append("| worst round vs rules | | | " + " | ".join(f"{worst[w]:+.3f}" for w in ways) + " |")
    out += ["", *[f"- {w} against the rules: {_swaps(rows, p)}" for w, p in ways.items() if w != "rules"]]
    return out


def _now(now: list[dict[str, Any]], res: dict[str, Any], memo: dict[str, list[str]]) -> dict[str, list[str | None]]:
    """Today's rows, each predicted by the model trained without its round, combined with that round's taus."""
    prob = np.zeros((len(now), len(CLASSES)))
    spec = np.zeros((len(now), len(CLASSES)))
    for rnd, m in res["models"].items():
        idx = [i for i, r in enumerate(now) if r["round"] == rnd.removeprefix("spec:")]
        if idx:
            got = m.proba([features(now[i], memo, not rnd.startswith("spec:")) for i in idx])
            (spec if rnd.startswith("spec:") else prob)[idx] = got
    rule = [r["rule"] for r in now]
    low = [(r.get("source") or "") in LOW for r in now]
    ways: dict[str, list[str | None]] = {"rules": rule}
    for key, only in (("confident", False), ("at_other", True)):
        taus = [res["taus"][key][r["round"]] for r in now]
        ways[key] = [combine([ru], prob[i:i + 1], t, only)[0] for i, (ru, t) in enumerate(zip(rule, taus))]
        ways[key + "&low"] = [combine([ru], prob[i:i + 1], t, only, [lo])[0]
                              for i, (ru, t, lo) in enumerate(zip(rule, taus, low))]
    taus = [res["taus"]["spec_other"][r["round"]] for r in now]
    ways["spec_other"] = [combine([ru], spec[i:i + 1], t, True)[0] for i, (ru, t) in enumerate(zip(rule, taus))]
    ways["spec_other&low"] = [combine([ru], spec[i:i + 1], t, True, [lo])[0]
                              for i, (ru, t, lo) in enumerate(zip(rule, taus, low))]
    return ways


def _grid(rows: list[dict[str, Any]], prob: np.ndarray) -> list[str]:
    rule = [r["rule"] for r in rows]
    out = ["| tau | confident macro | at_other macro |", "|---|---|---|"]
    for t in TAUS:
        out.append(f"| {t} | {macro(acc_by_set(rows, combine(rule, prob, t, False))):.3f} | "
                   f"{macro(acc_by_set(rows, combine(rule, prob, t, True))):.3f} |")
    return out


def _findings(rows: list[dict[str, Any]], ways: dict[str, list[str | None]]) -> list[str]:
    """Why a figure's context cannot fix it: where the errors sit, and what a perfect switch could at most win."""
    ok = [r["rule"] == r["role"] for r in rows]
    by_doc: dict[tuple[str, str], list[bool]] = collections.defaultdict(list)
    for r, k in zip(rows, ok):
        by_doc[(r["set"], r["doc"])].append(k)
    bad = {d for d, v in by_doc.items() if np.mean(v) < 0.5}
    errs = [r for r, k in zip(rows, ok) if not k]
    in_bad = sum((r["set"], r["doc"]) in bad for r in errs)
    oracle = [r["role"] if r["role"] in (r["rule"], m) else r["rule"] for r, m in zip(rows, ways["model+rule"])]
    out = [f"- the rules' blind-time errors: {len(errs)}; {in_bad} ({in_bad / max(1, len(errs)):.0%}) sit in the "
           f"{len(bad)} of {len(by_doc)} decks where the rules got under half the roles right: the errors are a "
           "deck's money misread as a whole (what the deck is about), not a figure's words misread.",
           f"- ceiling of any switch between the rules and model+rule (an oracle picking whichever is right): macro "
           f"{macro(acc_by_set(rows, oracle)):.3f} against the rules' {macro(acc_by_set(rows, ways['rules'])):.3f}."]
    for name, keep in (("all", lambda r: True), ("rule said other", lambda r: r["rule"] == "other")):
        agree = [k for r, k, m in zip(rows, ok, ways["model"]) if keep(r) and m == r["rule"]]
        differ = [k for r, k, m in zip(rows, ok, ways["model"]) if keep(r) and m != r["rule"]]
        out.append(f"- triage ({name}): the rules' blind-time accuracy where the context-only model agrees "
                   f"{np.mean(agree):.3f} ({len(agree)}) / disagrees {np.mean(differ):.3f} ({len(differ)})")
    return out


def _bad_decks(rows: list[dict[str, Any]]) -> list[str]:
    """The decks the blind-time rules read worst (under half their roles right): where the next rule should look."""
    by: dict[tuple[str, str], list[dict[str, Any]]] = collections.defaultdict(list)
    for r in rows:
        by[(r["set"], r["doc"])].append(r)
    out = ["| set | deck | n | rules right | main error (gold->rules) | first line |", "|---|---|---|---|---|---|"]
    for (s, doc), rs in sorted(by.items(), key=lambda kv: np.mean([r["rule"] == r["role"] for r in kv[1]])):
        right = float(np.mean([r["rule"] == r["role"] for r in rs]))
        if right >= 0.5:
            break
        err = collections.Counter(f"{r['role']}->{r['rule']}" for r in rs if r["rule"] != r["role"]).most_common(1)[0]
        title = rs[0]["title"][:40].replace("|", "/")
        out.append(f"| {s} | {doc} | {len(rs)} | {right:.2f} | {err[0]} ({err[1]}) | {title} |")
    return out


def _triage_rounds(rows: list[dict[str, Any]], model: list[str | None]) -> str:
    parts = []
    for rnd in dict.fromkeys(r["round"] for r in rows):
        ok = [(r["rule"] == r["role"], m == r["rule"]) for r, m in zip(rows, model) if r["round"] == rnd]
        agree, differ = [k for k, a in ok if a], [k for k, a in ok if not a]
        parts.append(f"{rnd} {np.mean(agree):.2f}/{np.mean(differ):.2f} ({len(differ)})")
    return "- triage per round, rules right where the model agrees / disagrees (n disagree): " + "; ".join(parts)


def _confusion(rows: list[dict[str, Any]], pick: list[str | None]) -> str:
    c = collections.Counter(f"{r['role']}->{p}" for r, p in zip(rows, pick) if p != r["role"])
    return ", ".join(f"{k} {v}" for k, v in c.most_common(8))


def write(out: Path, rows: list[dict[str, Any]], res: dict[str, Any], now: list[dict[str, Any]],
          memo: dict[str, list[str]], lam: float) -> None:
    argmax = {w: [CLASSES[i] for i in res["outer"][w].argmax(1)] for w in (False, True)}
    ways = {"rules": [r["rule"] for r in rows], "model": argmax[False], "model+rule": argmax[True],
            **res["picks"]}
    lines = [f"## Leave one round out on the blind-time outputs ({len(rows)} gold amounts with a role, lambda {lam})",
             "", *_table(rows, ways), "",
             "tau chosen on the other eight rounds: " + "; ".join(
                 f"{k}: " + ", ".join(f"{rnd} {t}" for rnd, t in v.items()) for k, v in res["taus"].items()),
             "", "fixed tau, model+rule, all rounds (for reference only: chosen in hindsight):", "",
             *_grid(rows, res["outer"][True]), "",
             *(["gradient-boosted tree (+rule features), fixed tau, all rounds (hindsight):", "",
                *_grid(rows, res["gbt"]), "",
                f"- gbt argmax against the rules: {_swaps(rows, [CLASSES[i] for i in res['gbt'].argmax(1)])}; macro "
                f"{macro(acc_by_set(rows, [CLASSES[i] for i in res['gbt'].argmax(1)])):.3f}", ""]
               if "gbt" in res else []),
             *_findings(rows, ways), _triage_rounds(rows, ways["model"]), "",
             "errors left (gold->pred): rules: " + _confusion(rows, ways["rules"]),
             "; at_other: " + _confusion(rows, ways["at_other"]), ""]
    nw = _now(now, res, memo)
    low = collections.Counter((r.get("source") or "(none)") for r in now)
    lines += ["## The decks the blind-time rules read worst (under half the roles right)", "", *_bad_decks(rows), ""]
    lines += [f"## Today's code on the same sets (dev state), each round's model trained without it ({len(now)} amounts)",
              "", f"today's role_source: {dict(low.most_common(10))}", "", *_table(now, nw), ""]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
