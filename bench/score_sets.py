"""Score a tree on every gold set at once and compare two such scorings (issue 21's routine, kept in the repository so
it survives a machine that forgets its /tmp).

usage:
    python bench/score_sets.py OUT [--sets fresh8b,fresh23a] [-P 2] [--as-of 2026-12-06] [--no-all]
        every set of `score_heldout.SETS` (or those named), each through `score_heldout.py --set S --json OUT/S.json
        --misses 400` (its printed report in OUT/S.txt), in P processes; then `score_all.py --json OUT/_all.json`
    python bench/score_sets.py OUT --code DIR --sets fresh24a,...
        the same, but the library of the tree DIR reads this tree's decks (a branch scored on blind sets it lacks)
    python bench/score_sets.py --compare BASE NEW
        every number that moved between two OUT folders, set by set: `up` / `down` in the direction a score improves
        (an error count: down is better), then a count of each

The as-of defaults to the date every blind score was taken with (`blind_rounds.AS_OF`), so two scorings on different
days compare.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench")]

#: leaves whose smaller value is the better one
LOWER_BETTER = ("miss", "false", "wrong", "traps", "extra", "fp", "fn")


def _one(out: Path, name: str, as_of: str, code: Path | None = None) -> str:
    env = {**os.environ, "SCORE_CODE": str(code.resolve())} if code else None
    args = [sys.executable, str(ROOT / "bench" / "score_heldout.py"), "--set", name, "--as-of", as_of,
            "--json", str(out / f"{name}.json"), "--misses", "400"]
    res = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=env)
    (out / f"{name}.txt").write_text(res.stdout + res.stderr, encoding="utf-8")
    return f"{name}: {'ok' if res.returncode == 0 else 'FAILED ' + str(res.returncode)}"


def score(out: Path, sets: list[str], procs: int, as_of: str, with_all: bool, code: Path | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(procs) as pool:
        for line in pool.map(lambda s: _one(out, s, as_of, code), sets):
            print(line, flush=True)
    if with_all and code is None:
        res = subprocess.run([sys.executable, str(ROOT / "bench" / "score_all.py"), "--no-timing", "--json",
                              str(out / "_all.json")], capture_output=True, text=True, cwd=ROOT)
        (out / "_all.txt").write_text(res.stdout + res.stderr, encoding="utf-8")
        print(f"_all: {'ok' if res.returncode == 0 else 'FAILED'}")


def leaves(obj: Any, prefix: str = "") -> dict[str, float]:
    """Numeric leaves of a scoring, per-document parts left out (the set's totals are what moves a decision)."""
    out: dict[str, float] = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("per_doc", "misses", "traps_taken"):
                continue
            out.update(leaves(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(obj, (int, float)) and not isinstance(obj, bool):
        out[prefix] = float(obj)
    return out


def compare(base: Path, new: Path) -> tuple[int, int]:
    ups = downs = 0
    for b in sorted(base.glob("*.json")):
        n = new / b.name
        if not n.is_file():
            print(f"{b.stem}: missing in {new}")
            continue
        lb, ln = leaves(json.loads(b.read_text(encoding="utf-8"))), leaves(json.loads(n.read_text(encoding="utf-8")))
        for k in sorted(lb.keys() & ln.keys()):
            if abs(lb[k] - ln[k]) < 1e-9:
                continue
            better = ln[k] < lb[k] if any(w in k.lower() for w in LOWER_BETTER) else ln[k] > lb[k]
            counted = not k.lower().endswith(("_n", ".n", "count", "pred", "gold", "found"))
            tag = ("up" if better else "DOWN") if counted else "n"
            ups += tag == "up"
            downs += tag == "DOWN"
            print(f"{tag:4} {b.stem:12} {k}: {lb[k]:g} -> {ln[k]:g}")
    print(f"{ups} up, {downs} down")
    return ups, downs


def main() -> int:
    import blind_rounds
    from score_heldout import SETS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--sets", help="names separated by commas (default: every set)")
    ap.add_argument("-P", type=int, default=2, help="processes")
    ap.add_argument("--as-of", default=blind_rounds.AS_OF.isoformat())
    ap.add_argument("--no-all", action="store_true", help="leave score_all.py out")
    ap.add_argument("--code", type=Path, help="another tree whose library reads this tree's sets (no score_all)")
    ap.add_argument("--compare", type=Path, nargs=2, metavar=("BASE", "NEW"))
    a = ap.parse_args()
    if a.compare:
        compare(*a.compare)
        return 0
    if a.out is None:
        ap.error("OUT or --compare BASE NEW")
    sets = a.sets.split(",") if a.sets else sorted(SETS)
    score(a.out, sets, a.P, a.as_of, not a.no_all, a.code)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
