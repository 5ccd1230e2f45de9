"""Print every row validation holds back over a set of decks, so a reader can judge each one.

usage: python bench/held_back_review.py PATH... [--suites DIR] [--json OUT]
PATH is a deck (.pdf, .txt) or a folder of decks. Runs the library as `extract run` does (extract each
deck, then validate all of them together), publishes nothing, and prints per deck its status and
held-back rows: table.check, page/line, the text, what was observed, and the source line.
e.g. python bench/held_back_review.py ../shared/decks/wild raw
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def deck_paths(args: list[str]) -> list:
    """Every deck of the given files and folders, as a run discovers them (subfolders too)."""
    from extract.ingest.discover import discover

    return [d for a in args for d in discover(Path(a), settle_seconds=0).decks]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--suites", type=Path, default=None, help="expectation suites (default: the packaged ones)")
    ap.add_argument("--json", type=Path, default=None, help="also write the held-back rows here")
    args = ap.parse_args(argv)

    from extract import run as stages
    from extract.options import RunOptions

    results = [stages.extract_deck_file(d) for d in deck_paths(args.paths)]
    stages.validate(results, RunOptions(suites_dir=args.suites))  # the run's own validation stage
    held = []
    for r in results:
        print(f"\n== {r.doc}: {r.status}, {len(r.records)} mentions, {r.rows_held_back} held back"
              + (f"\n   {r.error}" if r.error else ""))
        for h in r.held_back:
            place = f"p{h['page']}" if h["page"] is not None else f"l{h['line']}"
            context = " ".join(str(h["context"] or "").split())[:110]
            print(f"  - {h['table']}.{h['check']} [{h['scope']}] {place} {h['text']!r}: {h['observed']}\n"
                  f"      why: {h['reason']}\n      line: {context}")
            held.append(h)
    if args.json:
        args.json.write_text(json.dumps(held, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    published = sum(r.publishable for r in results)
    print(f"\n{published} of {len(results)} decks published, {len(held)} held-back rows "
          f"({len({(h['doc'], h['seq']) for h in held})} mentions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
