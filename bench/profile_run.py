"""Where a first run's time goes (issue 25): cProfile over one deck's work in this process (the work a
deck's child process does: pdfplumber's parse, our layout pass, the rules, context, records), bucketed
by package from each function's own time, plus the cumulative time of the layout pass's steps; then
the stages after extraction (validate, merge, report, publish) and the imports, timed once.

usage: python bench/profile_run.py [--pages-every N] PDF... ; writes bench/results/profile_<name>.json
(--pages-every N: a long book's layout pass profiled on every Nth page, against pdfplumber's own
`extract_text_lines()` on the same pages, instead of the whole deck)
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"

#: self time by where the function lives (first match wins)
BUCKETS = [
    ("pdfminer (PDF parse)", "/pdfminer/"),
    ("pdfplumber (chars, lines, tables, crops)", "/pdfplumber/"),
    ("our layout pass (ingest/layout.py)", "extract/ingest/layout.py"),
    ("our tables and pdfplumber steps (ingest/tables.py, plumbing.py)", "extract/ingest/"),
    ("ingest, other (pdf.py, text, files)", "extract/ingest/"),
    ("rules", "extract/rules/"),
    ("context (roles, programmes, Sudachi calls)", "extract/context/"),
    ("Sudachi / spaCy", "sudachi"),
    ("mentions and records", "extract/"),
]
#: cumulative time of the layout pass's steps (function name as cProfile shows it)
STEPS = ["page_lines", "dedupe_chars", "find_tables", "dedupe_page", "ruled_tables", "intersections_to_cells",
         "page_tables", "_real_tables", "extract_text_lines", "_table_rows",
         "within", "_line_segments", "_merge_vertical", "_xy_cut", "drop_margins", "extract_deck"]


def buckets(stats: pstats.Stats) -> dict[str, float]:
    out: dict[str, float] = {name: 0.0 for name, _ in BUCKETS}
    out["python and other libraries"] = 0.0
    for (file, _line, _fn), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        name = next((n for n, key in BUCKETS if key in file), "python and other libraries")
        out[name] += tt
    return {k: round(v, 2) for k, v in sorted(out.items(), key=lambda kv: -kv[1])}


def steps(stats: pstats.Stats) -> dict[str, float]:
    out: dict[str, float] = {}
    for (_file, _line, fn), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if fn in STEPS:
            out[fn] = round(max(out.get(fn, 0.0), ct), 2)
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def floor(pdfs: list[Path], every: int) -> tuple[float, int]:
    import pdfplumber

    t, pages = time.perf_counter(), 0
    for p in pdfs:
        with pdfplumber.open(p) as pdf:
            for i, page in enumerate(pdf.pages):
                if i % every == 0:
                    page.extract_text_lines()
                    pages += 1
                page.close()
    return time.perf_counter() - t, pages


def profile_decks(pdfs: list[Path]) -> tuple[pstats.Stats, float, list]:
    from extract.run import as_deck_file, process_deck

    prof, results = cProfile.Profile(), []
    t = time.perf_counter()
    prof.enable()
    for p in pdfs:
        results.append(process_deck(as_deck_file(p), None, 50))  # type: ignore[arg-type]
    prof.disable()
    return pstats.Stats(prof), time.perf_counter() - t, results


def profile_pages(pdfs: list[Path], every: int) -> tuple[pstats.Stats, float]:
    import pdfplumber

    from extract.ingest.layout import page_lines

    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    for p in pdfs:
        with pdfplumber.open(p) as pdf:
            for i, page in enumerate(pdf.pages):
                if i % every == 0:
                    page_lines(page, [], i + 1)  # with its tables read, as a run reads them
                page.close()
    prof.disable()
    return pstats.Stats(prof), time.perf_counter() - t


def after_extraction(results: list, raw: Path) -> dict[str, float]:
    from extract import run as stages
    from extract.options import RunOptions

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        opts = RunOptions(raw=raw, out_dir=Path(tmp) / "out", settle_seconds=0)
        t = time.perf_counter()
        validated = stages.validate(results, opts)
        out["validate (incl. importing Great Expectations)"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        merged = stages.merge(validated, opts, None)
        out["merge (incl. programmes, cross-deck check)"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        page = stages.report(merged, validated, opts)
        out["report (review page, pictures, charts)"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        stages.publish(merged, validated, page, opts, None)
        out["publish (every format, Data Docs)"] = round(time.perf_counter() - t, 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdfs", nargs="+", type=Path)
    ap.add_argument("--pages-every", type=int, default=0)
    ap.add_argument("--name", default="wild")
    a = ap.parse_args()
    pdfs = sorted(a.pdfs)
    t = time.perf_counter()
    import extract.run  # noqa: F401 - what the parent imports before its first deck

    res: dict[str, object] = {"pdfs": [p.name for p in pdfs], "import_extract_run_s": round(time.perf_counter() - t, 2)}
    fl, pages = floor(pdfs, a.pages_every or 1)
    res["pages"], res["pdfplumber_extract_text_lines_s"] = pages, round(fl, 2)
    if a.pages_every:
        stats, took = profile_pages(pdfs, a.pages_every)
        res["profiled"] = f"layout.page_lines on every {a.pages_every}th page, under cProfile"
    else:
        stats, took, results = profile_decks(pdfs)
        res["profiled"] = "extract.run.process_deck per deck (what a deck's child does), under cProfile"
    res["profiled_s"] = round(took, 2)
    res["ratio_profiled_to_pdfplumber"] = round(took / fl, 2)
    res["self_time_s_by_package"] = buckets(stats)
    res["cumulative_s_by_step"] = steps(stats)
    if not a.pages_every:
        res["after_extraction_s"] = after_extraction(results, pdfs[0].parent)
    print(json.dumps(res, ensure_ascii=False, indent=1))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"profile_{a.name}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
