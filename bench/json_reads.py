"""CPU-s of the JSON reads a one-changed re-run makes of the last generation, with the code the path gives
(issue 25, perf33): the published tables, the manifest and the names' keys, under the run's collector settings.

usage: python bench/json_reads.py OUT   (a scale output folder, e.g. `bench/scale.py --work DIR`'s `out_5000`)
"""
from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TABLES = ("mentions", "decks", "held_back", "cells", "budgets", "outline", "runs", "changes")


def main() -> None:
    from extract.linking.keys import NAMES_FILE, NameKeys
    from extract.publish.generations import read_published
    from extract.run.collector import RUN_OLDER, YOUNG
    from extract.state import load_manifest

    gc.set_threshold(YOUNG, RUN_OLDER, RUN_OLDER)
    out = Path(sys.argv[1])
    steps: list[tuple[str, Callable[[], Any]]] = [(t, lambda t=t: read_published(out, t)) for t in TABLES]
    steps += [("manifest", lambda: load_manifest(out)), ("keys", lambda: NameKeys(out / ".cache" / "linking" / NAMES_FILE))]
    spent = {}
    for name, step in steps:
        t = time.process_time()
        step()
        spent[name] = time.process_time() - t
    print(f"TOTAL {sum(spent.values()):.3f} | " + " ".join(f"{k} {v:.3f}" for k, v in spent.items()))


if __name__ == "__main__":
    main()
