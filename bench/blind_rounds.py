"""Blind-time outputs (issue 21, session 21): each earlier round's blind sets read by the code that was main while they
were blind, matched to today's gold, so a rule or a fallback can be chosen on some rounds and measured on another
(leave-one-round-out) instead of on development sets the rules were written on.

`blind_rounds.txt` lists, a line each, the commit that was main when a round's sets were scored blind (from each round's
`bench/results/issue21_blind_sN.md`) and the round's sets.

usage:
    python bench/blind_rounds.py OUT            # every round: a detached worktree at its commit, its sets -> OUT/<set>.json
    python bench/blind_rounds.py OUT --now      # the same sets read by this tree (today's code, fitted on them)
Each OUT/<set>.json: {"pairs": [[gold, pred], ...], "gold": [...], "pred": [...]} (all kinds; score_heldout's matching).
Read by fy_fallback.py, twodigit_years.py, previous_year_forms.py, deck_role_rounds.py and learned_role_rounds.py.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = Path(__file__).with_name("blind_rounds.txt")
AS_OF = dt.date(2026, 12, 6)  # the as-of every blind score was taken with


def rounds_of(path: str | Path = ROUNDS) -> dict[str, str]:
    """set -> the commit that was main when it was blind (a line: commit set set ...)."""
    out: dict[str, str] = {}
    for line in Path(path).read_text().splitlines():
        parts = line.split()
        for s in parts[1:]:
            out[s] = parts[0]
    return out


def dump(code: Path, out: Path, sets: list[str]) -> None:
    """Read `sets` (decks and gold of this tree) with the rules and scorer of the tree `code`; write OUT/<set>.json."""
    sys.path[:0] = [str(code / "src"), str(code)]
    spec = importlib.util.spec_from_file_location("score_heldout", code / "bench" / "score_heldout.py")
    assert spec is not None and spec.loader is not None
    sh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sh)
    data = ROOT / "tests" / "data"
    out.mkdir(parents=True, exist_ok=True)
    for s in sets:
        with tempfile.TemporaryDirectory() as td:
            _, _, mj = sh.write_tables(Path(td), None, data / "decks" / s, AS_OF)
            _, _, pairs, gold, pred = sh.score_amounts(mj, None, data / "gold" / s, True)
        (out / f"{s}.json").write_text(json.dumps({"code": str(code), "set": s, "pairs": [[g, p] for g, p in pairs],
                                                   "gold": gold, "pred": pred}, ensure_ascii=False, default=str))
        print(s, "done", flush=True)


def main(argv: list[str]) -> None:
    out, now = Path(argv[0]).resolve(), "--now" in argv
    by_commit: dict[str, list[str]] = {}
    for s, c in rounds_of().items():
        by_commit.setdefault(c, []).append(s)
    if "--code" in argv:  # one round, in a fresh interpreter (each round's rules are other modules of the same names)
        i = argv.index("--code")
        dump(Path(argv[i + 1]), out, argv[i + 2:])
        return
    if now:
        dump(ROOT, out, sorted(s for ss in by_commit.values() for s in ss))
        return
    with tempfile.TemporaryDirectory() as td:
        for commit, sets in by_commit.items():
            tree = Path(td) / commit
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit], check=True)
            try:
                subprocess.run([sys.executable, __file__, str(out), "--code", str(tree), *sets], check=True)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
