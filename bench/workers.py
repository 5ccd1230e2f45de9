"""A first run through the library (`extract.run.run`, no Prefect) into an empty output folder, as a
whole process, against pdfplumber's own `extract_text_lines()` over the same PDFs in one process, with 1
and with 2 workers (issue 25). Each figure is a whole process, started fresh; the commands alternate
(floor, 1 worker, 2 workers, floor, ...) so a drift of the machine's speed hits them alike, and the
ratios are taken round by round. Peak RSS of the largest process (the parent or a deck's child) from
the operating system's accounting (`resource.getrusage(RUSAGE_CHILDREN)`), and the peak PSS of each command's
process tree (sampled). CPU seconds count the whole tree: the decks' forkserver and its children too
(before session 11 they were not counted, `issue25_perf13.md`).

usage: python bench/workers.py [--rounds N] [--name wild] [--workers N...] [--trees DIR...] PDF_OR_FOLDER...;
writes bench/results/workers_<name>.json. `--trees`: source trees (each holding `src/`) run in turn in every round,
their order reversed each round (two codes compared against the same run's floor on a busy machine); default: this one.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results"

FLOOR = """
import sys, pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text_lines()
            page.close()
"""
RUN = """
import sys
from extract.options import RunOptions
from extract.run import run
if __name__ == "__main__":
    run(RunOptions(raw=sys.argv[1], out_dir=sys.argv[2], workers=int(sys.argv[3]), settle_seconds=0))
"""


def timed(cmd: list[str], tree: Path = ROOT) -> tuple[float, float, float, float]:
    """Wall seconds, CPU seconds of the whole process tree (user + system; this bench is the subreaper of
    what the run leaves behind, so the decks' forkserver and its children count, `scale.reap_orphans`), the
    peak RSS (MB) of the largest process so far, and the peak PSS (MB) of the tree, sampled."""
    import threading

    from bench.scale import reap_orphans, tree_memory

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree / "src"), str(tree), os.environ.get("PYTHONPATH", "")])}
    reap_orphans(0)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=tree, stdout=subprocess.DEVNULL)
    peak, done = [0], threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_memory(proc.pid)[1])
            done.wait(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    rc = proc.wait()
    took = time.perf_counter() - t
    done.set()
    th.join()
    reap_orphans()
    if rc:
        raise subprocess.CalledProcessError(rc, cmd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return took, cpu, round(max(after.ru_maxrss, before.ru_maxrss) / 1024, 1), round(peak[0] / 2**20, 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--name", default="wild")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--trees", type=Path, nargs="+", default=[ROOT])
    a = ap.parse_args()
    trees = {("" if len(a.trees) == 1 else f"{t.name}_"): t.resolve() for t in a.trees}
    missing = [str(i) for i in a.inputs if not i.exists()]
    if missing:  # a wrong path timed nothing and still printed ratios (session 22)
        ap.error(f"no such input: {', '.join(missing)}")
    pdfs = sorted(p for i in a.inputs for p in ([i] if i.is_file() else i.glob("*.pdf")))
    if not pdfs:
        ap.error("no PDF among the inputs")
    work = Path(tempfile.mkdtemp(prefix="bench-workers-"))
    raw = work / "raw"
    raw.mkdir()
    old = time.time() - 3600
    for p in pdfs:
        shutil.copy(p, raw / p.name)
        os.utime(raw / p.name, (old, old))
    py = sys.executable
    rounds: list[dict[str, float]] = []
    peak: dict[str, float] = {}
    pss: dict[str, float] = {}
    try:
        for r in range(a.rounds):
            row: dict[str, float] = {}
            row["pdfplumber_s"], row["pdfplumber_cpu_s"], peak["pdfplumber"], got = timed([py, "-c", FLOOR, *map(str, pdfs)])
            pss["pdfplumber"] = max(pss.get("pdfplumber", 0.0), got)
            for tag, tree in list(trees.items())[:: -1 if r % 2 else 1]:
                for w in a.workers:
                    out, key = work / f"out_{r}_{w}", f"{tag}workers_{w}"
                    row[f"{key}_s"], row[f"{key}_cpu_s"], peak[key], got = timed([py, "-c", RUN, str(raw), str(out), str(w)], tree)
                    pss[key] = max(pss.get(key, 0.0), got)
                    shutil.rmtree(out, ignore_errors=True)
            rounds.append({k: round(v, 2) for k, v in row.items()})
            print(json.dumps(rounds[-1]), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    res: dict[str, object] = {"pdfs": [p.name for p in pdfs], "cpus": len(os.sched_getaffinity(0)), "rounds": rounds}
    for key in (f"{tag}workers_{w}" for tag in trees for w in a.workers):
        ratios = [x[f"{key}_s"] / x["pdfplumber_s"] for x in rounds]
        res[f"ratio_{key}_to_pdfplumber_median"] = round(statistics.median(ratios), 2)
        cpu = [x[f"{key}_cpu_s"] / x["pdfplumber_cpu_s"] for x in rounds]
        res[f"cpu_ratio_{key}_to_pdfplumber_median"] = round(statistics.median(cpu), 2)
    res["peak_rss_mb_note"] = "largest single process so far in this bench (cumulative: a later figure includes earlier ones)"
    res["peak_rss_mb"] = peak
    res["peak_mb_note"] = "peak PSS of each command's process tree (the forkserver and the decks' children included)"
    res["peak_mb"] = pss
    res["load_average_at_end"] = os.getloadavg()
    print(json.dumps(res, indent=1, ensure_ascii=False))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"workers_{a.name}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
