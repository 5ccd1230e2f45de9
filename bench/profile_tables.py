"""Profile of the table finder on a long budget book: where a page's time goes, per stage, on every Nth page,
and the page pass before (main's layout) and after the tables work, in the same process.

    python bench/profile_tables.py BOOK.pdf [--every 10] [--main-layout /work/main/src/extract/ingest/layout.py]
                                            [--json bench/results/tables_profile.json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from extract.ingest import layout  # noqa: E402
from extract.ingest.plumbing import dedupe_page, ruled_tables  # noqa: E402
from extract.ingest.tables import page_tables  # noqa: E402


def _main_layout(path: Path) -> Any:
    """Another checkout's layout.py as a module (it imports only the standard library and pdfplumber)."""
    mod = types.ModuleType("main_layout")
    sys.modules["main_layout"] = mod
    exec(compile(path.read_text(encoding="utf-8"), "main_layout", "exec"), mod.__dict__)
    return mod


def main() -> None:
    import pdfplumber

    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--every", type=int, default=10)
    ap.add_argument("--main-layout", default=None)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    before = _main_layout(Path(args.main_layout)) if args.main_layout else None
    t: dict[str, float] = {k: 0.0 for k in ("parse_chars", "dedupe_chars", "extract_text_lines", "find_tables_lines",
                                             "find_tables_text_strategy", "real_tables_check", "dedupe_page_ours", "ruled_tables_ours",
                                             "page_tables",
                                             "page_pass_main", "page_pass_lines_only", "page_pass_with_tables")}
    grids = cells = 0
    with pdfplumber.open(args.pdf) as pdf:
        idx = list(range(0, len(pdf.pages), args.every))
        for i in idx:
            p = pdf.pages[i]
            s = time.perf_counter()
            _ = p.chars
            t["parse_chars"] += time.perf_counter() - s
            s = time.perf_counter()
            d = p.dedupe_chars()
            _ = d.chars
            t["dedupe_chars"] += time.perf_counter() - s
            s = time.perf_counter()
            lines = d.extract_text_lines(return_chars=True, strip=False)
            t["extract_text_lines"] += time.perf_counter() - s
            s = time.perf_counter()
            found = d.find_tables()
            t["find_tables_lines"] += time.perf_counter() - s
            s = time.perf_counter()
            _ = dedupe_page(p).chars
            t["dedupe_page_ours"] += time.perf_counter() - s
            s = time.perf_counter()
            ruled_tables(d)
            t["ruled_tables_ours"] += time.perf_counter() - s
            s = time.perf_counter()
            d.find_tables({"vertical_strategy": "text", "horizontal_strategy": "text"})
            t["find_tables_text_strategy"] += time.perf_counter() - s
            s = time.perf_counter()
            layout._real_tables(found, d.chars)
            t["real_tables_check"] += time.perf_counter() - s
            s = time.perf_counter()
            g = page_tables(i + 1, [x for x in found if x.rows and max(len(r.cells) for r in x.rows) >= 2], d.chars,
                            [ln["chars"] for ln in lines])
            t["page_tables"] += time.perf_counter() - s
            grids += len(g)
            cells += sum(len(x.cells) for x in g)
            if before is not None:
                s = time.perf_counter()
                before.page_lines(p)
                t["page_pass_main"] += time.perf_counter() - s
            s = time.perf_counter()
            layout.page_lines(p)
            t["page_pass_lines_only"] += time.perf_counter() - s
            s = time.perf_counter()
            layout.page_lines(p, [], i + 1)
            t["page_pass_with_tables"] += time.perf_counter() - s
            p.close()
    out = {"pdf": Path(args.pdf).name, "pages_sampled": len(idx), "grids": grids, "grid_cells": cells,
           "ms_per_page": {k: round(v / len(idx) * 1000, 1) for k, v in t.items() if v}}
    print(json.dumps(out, ensure_ascii=False, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
