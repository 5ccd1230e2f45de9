"""Precision of the published mentions on real PDFs without gold (`../shared/decks/wild/`).

    python bench/wild_precision.py sample [--n 300] [--seed 20261129] [--out bench/precision/wild_sample.jsonl]
                                          [--carry OLD.jsonl]
    python bench/wild_precision.py score  [bench/precision/wild_sample.jsonl]

`sample` runs the library (no Prefect) over every wild PDF, draws a seeded, reproducible sample of
mentions spread over the decks (by a seeded hash of each mention, see `stable_pick`), and writes one
JSON object a line with an empty `verdict`. A reader
judges each against the extraction contract (tests/data/eval/GUIDE.md) and fills `verdict` with
`ok` (a mention, with the right kind and value) or `wrong` (not a mention, wrong kind, or wrong value),
and `why` for every `wrong`. `score` prints precision overall and per kind from the verdicts.
The sample keeps the mention's text, value and source line, so the judgement can be checked without
re-running anything; re-running `sample` with the same seed and rules gives the same sample. After a rule change, `--carry`
copies the verdicts of rows that are still exactly the same mention (doc, page, kind, text, value, source
line) from an earlier judged sample, so only new or changed rows need a reader.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WILD = ROOT.parent / "shared" / "decks" / "wild"
DEFAULT_OUT = ROOT / "bench" / "precision" / "wild_sample.jsonl"
FIELDS = ("doc", "page", "kind", "text", "min", "max", "unit", "qualifiers", "role", "fy", "context")


def mentions_of(folder: Path) -> list[dict]:
    sys.path.insert(0, str(ROOT / "src"))
    from extract.ingest import read_deck
    from extract.mentions import extract_deck

    out = []
    for pdf in sorted(folder.glob("*.pdf")):
        try:
            deck = read_deck(pdf)
        except Exception as e:  # noqa: BLE001 - a deck that cannot be read has nothing to sample
            print(f"{pdf.name}: not read ({e})", file=sys.stderr)
            continue
        out += [m.record() for m in extract_deck(deck)]
    return out


def stable_pick(records: list[dict], n: int, seed: int) -> list[int]:
    """The n mentions whose seeded hash of what they are (deck, page, kind, text, source line) is
    smallest: reproducible, and stable when a rule change adds or removes other mentions (a mention that
    stays the same stays in the sample unless a new one displaces it), so verdicts carry over."""
    seen: dict[tuple, int] = {}
    keyed = []
    for i, r in enumerate(records):
        ident = _same(r)
        k = seen[ident] = seen.get(ident, -1) + 1  # the k-th identical mention on one line
        h = hashlib.sha256(f"{seed}|{k}|".encode() + "|".join(ident).encode("utf-8")).hexdigest()
        keyed.append((h, i))
    return [i for _, i in sorted(keyed)[:n]]


def _same(r: dict) -> tuple:
    return tuple(json.dumps(r.get(k), ensure_ascii=False) for k in ("doc", "page", "kind", "text", "min", "max", "unit",
                                                                     "context"))


def sample(n: int, seed: int, out: Path, folder: Path, carry: Path | None = None) -> None:
    if not folder.is_dir():
        sys.exit(f"{folder} not found: the wild PDFs live in ../shared/decks/wild")
    records = mentions_of(folder)
    picked = sorted(stable_pick(records, n, seed))
    judged: dict[tuple, dict] = {}
    if carry is not None:
        for line in carry.read_text(encoding="utf-8").splitlines():
            if line.strip():
                old = json.loads(line)
                if old.get("verdict"):
                    judged[_same(old)] = old
    out.parent.mkdir(parents=True, exist_ok=True)
    carried = 0
    with open(out, "w", encoding="utf-8") as f:
        for i in picked:
            r = records[i]
            row = {k: r.get(k) for k in FIELDS}
            old = judged.get(_same(row), {})
            carried += bool(old)
            row.update(index=i, verdict=old.get("verdict", ""), why=old.get("why", ""))
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    per_doc = Counter(records[i]["doc"] for i in picked)
    print(f"{len(records)} mentions in {len({r['doc'] for r in records})} decks; sampled {len(picked)} "
          f"(seed {seed}) into {out}: {dict(per_doc)}; verdicts carried over: {carried}")


def score(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = [r for r in rows if r.get("verdict") in ("ok", "wrong")]
    if not judged:
        sys.exit("no verdicts yet")
    ok = sum(r["verdict"] == "ok" for r in judged)
    print(f"precision {ok / len(judged):.3f} ({ok}/{len(judged)} judged, {len(rows) - len(judged)} unjudged)")
    for kind in sorted({r["kind"] for r in judged}):
        k = [r for r in judged if r["kind"] == kind]
        kok = sum(r["verdict"] == "ok" for r in k)
        print(f"  {kind:12s} {kok / len(k):.3f} ({kok}/{len(k)})")
    for r in judged:
        if r["verdict"] == "wrong":
            print(f"  wrong: {r['doc']} p{r['page']} {r['kind']} {r['text']!r}: {r.get('why', '')}")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=300)
    s.add_argument("--seed", type=int, default=20261129)
    s.add_argument("--out", type=Path, default=DEFAULT_OUT)
    s.add_argument("--wild", type=Path, default=WILD)
    s.add_argument("--carry", type=Path, default=None, help="an earlier judged sample whose verdicts still apply")
    c = sub.add_parser("score")
    c.add_argument("path", type=Path, nargs="?", default=DEFAULT_OUT)
    a = p.parse_args(argv)
    if a.cmd == "sample":
        sample(a.n, a.seed, a.out, a.wild, a.carry)
    else:
        score(a.path)


if __name__ == "__main__":
    main()
