"""Run a reference extractor over a text deck, line by line, and write GUIDE-style records (JSON Lines),
so `../shared/eval/score.py` scores them like ours. Runs in the benchmark's own venv (.venv-bench:
ja-ginza and pynormalizenumexp need an older SudachiPy than the product), started by bench/run_all.py.

usage: python bench/reference_tools.py {ginza,nne} DECK.txt OUT.jsonl   -> prints {"seconds": …, "cpu_seconds": …, "chars": …}
"""
from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

# GiNZA's extended named entities, by the GUIDE kind they detect (detection only: no values)
GINZA_KINDS = {"Money": "amount", "Percent": "percent", "Rank": "rank", "Date": "date", "Era": "date",
               "Period_Year": "duration", "Period_Month": "duration", "Period_Week": "duration",
               "Period_Day": "duration", "Period_Time": "duration"}
NNE_DURATION_UNITS = ("year", "month", "day", "hour")


def ginza(lines: list[str], doc: str, nlp: object) -> list[dict]:
    out = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        for e in nlp(line).ents:
            kind = GINZA_KINDS.get(e.label_) or ("count" if e.label_.startswith("N_") else None)
            if kind == "date" and "年度" in e.text:
                kind = "fiscal_year"
            if kind:
                out.append(_rec(doc, kind, n, e.text, None, None, None))
    return out


def _rec(doc, kind, line, text, lo, hi, unit):
    return {"doc": doc, "kind": kind, "line": line, "page": None, "text": text, "min": lo, "max": hi, "unit": unit,
            "qualifiers": [], "per": None, "role": None, "fy": None}


def _num(v):
    return None if v is None or (isinstance(v, float) and math.isinf(v)) else (int(v) if float(v).is_integer() else v)


def _date(bound: dict) -> str | None:
    y, m, d = (bound.get(k) for k in ("year", "month", "day"))
    if y is None or math.isinf(y):
        return None
    s = f"{int(y):04d}"
    if m is not None and not math.isinf(m):
        s += f"-{int(m):02d}"
        if d is not None and not math.isinf(d):
            s += f"-{int(d):02d}"
    return s


def nne(lines: list[str], doc: str, n: object) -> list[dict]:
    out = []
    for no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        for r in n.normalize(line, as_dict=True):
            text, counter, t = r["original_expr"], r["counter"], r["type"]
            lo, hi = r["value_lower_bound"], r["value_upper_bound"]
            if t == "numerical":
                kind = {"円": "amount", "%": "percent", "位": "rank"}.get(counter, "count" if counter != "none" else None)
                if kind:
                    out.append(_rec(doc, kind, no, text, _num(lo), _num(hi), "yen" if kind == "amount" else kind))
            elif t == "abstime":
                kind = "fiscal_year" if "年度" in line[r["position_start"]:r["position_end"] + 1] else "date"
                if kind == "fiscal_year":
                    out.append(_rec(doc, kind, no, text, _num(lo.get("year")), _num(hi.get("year")), None))
                else:
                    out.append(_rec(doc, kind, no, text, _date(lo), _date(hi), None))
            elif t == "duration":
                unit = next((u for u in NNE_DURATION_UNITS if not math.isinf(lo.get(u, math.inf))), None)
                if unit:
                    out.append(_rec(doc, "duration", no, text, _num(lo[unit]), _num(hi.get(unit)), unit))
    return out


def main() -> None:
    tool, deck, dest = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    lines = deck.read_text(encoding="utf-8").split("\n")
    # models and dictionaries load outside the timing, as for ours
    if tool == "ginza":
        import spacy

        fn, model = ginza, spacy.load("ja_ginza")
    else:
        from pynormalizenumexp.normalize_numexp import NormalizeNumexp

        fn, model = nne, NormalizeNumexp("ja")
    t, c = time.perf_counter(), time.process_time()
    records = fn(lines, deck.stem, model)
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    dest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "chars": sum(len(l) for l in lines), "mentions": len(records)}))


if __name__ == "__main__":
    main()
