"""Scale (issue 25): N small text decks and N/50 one-page PDFs (copies with varied bytes, so each hashes
differently), read by the library's run (`extract.run.run`, no Prefect) as a whole process into an empty
output folder; then one text deck changed and the run repeated, then a run with nothing changed.

For each N: wall seconds of each run, seconds per deck of the first run, and the peak RSS of the whole
process tree (the parent plus every child, summed, sampled every 0.2 s with psutil) and its peak PSS
(/proc/<pid>/smaps_rollup, summed: pages the children share with the forkserver counted once, which the
RSS sum counts once per process), and the CPU seconds
the operating system accounted to the tree (user + system; on a shared machine the steadier figure), the
decks' forkserver and its children included (`reap_orphans`: before session 10 they were not counted).
The first and the one-changed runs go through the library's run; the no-change run through the `extract
run` command, whose no-change path answers from the manifest before anything heavy is imported.

usage: python bench/scale.py [--sizes 10 100 1000 5000] [--workers 2] [--name scale] [--work DIR [--rerun-only]]
writes bench/results/<name>.json and <name>.md. `--work DIR` keeps each size's input and output there; with
`--rerun-only` the first run is not repeated: the re-runs go over the kept output (after a code change to
the re-run path) and the first-run figures are kept from the results file.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
PDF = ROOT / "tests" / "data" / "decks" / "slides" / "cao_ai_yosan_r8_an.pdf"

SMALL = """令和６年度 予算のポイント (copy {i})
〇〇事業 {i} 令和6年度予算額 {a}億円（前年度予算額 {b}億円）
支援期間 3年間、採択件数 {c}件、補助率 1/2
"""
RUN = """
import sys
from extract.options import RunOptions
from extract.run import run
if __name__ == "__main__":
    run(RunOptions(raw=sys.argv[1], out_dir=sys.argv[2], workers=int(sys.argv[3]), settle_seconds=0))
"""


def make_decks(raw: Path, n_text: int, n_pdf: int) -> None:
    """Text decks with their own figures; PDFs as the same one-page deck with a comment after %%EOF."""
    raw.mkdir(parents=True, exist_ok=True)
    old = time.time() - 3600
    pdf = PDF.read_bytes()
    for i in range(n_text):
        p = raw / f"deck_{i:05d}_2024-05-09.txt"
        p.write_text(SMALL.format(i=i, a=10 + i % 90, b=9 + i % 90, c=5 + i % 20), encoding="utf-8")
        os.utime(p, (old, old))
    for i in range(n_pdf):
        p = raw / f"slide_{i:04d}_2025-12-01.pdf"
        p.write_bytes(pdf + f"\n% copy {i}\n".encode())
        os.utime(p, (old, old))


def _pss(pid: int) -> int:
    """Proportional set size (bytes): each page shared by n processes counts 1/n in each of them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_memory(pid: int) -> tuple[int, int]:
    """(RSS summed over the process tree, PSS summed over it). The RSS sum counts every page the decks'
    children share with the forkserver they were forked from (its imports) once per process: an upper
    bound, not memory used. The PSS sum counts a shared page once in all: the tree's real footprint."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, 0
    rss = pss = 0
    for p in procs:
        try:
            rss += p.memory_info().rss
        except psutil.NoSuchProcess:
            continue
        pss += _pss(p.pid)
    return rss, pss


def reap_orphans(wait_s: float = 60.0) -> None:
    """Make this process the subreaper of what it starts (Linux), and wait for every descendant that has
    ended and been left to it. The decks' forkserver outlives a run that does not stop it (it ends when
    the run has exited): without this its CPU seconds, and those of every deck's child it reaped, were
    never counted in the tree's figure (`issue25_perf13.md`)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER, for the next runs too
    deadline = time.time() + wait_s
    while time.time() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.1)


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def timed_run(raw: Path, out: Path, workers: int, cli: bool = False) -> tuple[float, float, float, float]:
    """Wall seconds of one run as a whole process, the peak RSS (MB) of its process tree, its CPU seconds,
    the peak PSS (MB) of its tree."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    cmd = ([sys.executable, "-m", "extract", "run", str(raw), "--out", str(out), "--settle-seconds", "0"] if cli
           else [sys.executable, "-c", RUN, str(raw), str(out), str(workers)])
    reap_orphans(0)  # from here on, what the run leaves behind is this process's to wait for
    cpu0, t = _cpu(), time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    peak, done = [0, 0], threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss, pss = tree_memory(proc.pid)
            peak[:] = [max(peak[0], rss), max(peak[1], pss)]
            done.wait(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    rc = proc.wait()
    took = time.perf_counter() - t
    done.set()
    th.join()
    reap_orphans()  # the forkserver, when the run left it to end after it (its CPU and its decks' count)
    if rc:
        raise SystemExit(f"run failed ({rc}) on {raw}")
    return round(took, 2), round(peak[0] / 2**20, 1), round(_cpu() - cpu0, 2), round(peak[1] / 2**20, 1)


def change_one(raw: Path, n: int) -> None:
    """One text deck's first figure changed (back and forth, so a kept input can be changed again)."""
    changed = raw / "deck_00007_2024-05-09.txt" if n > 7 else raw / "deck_00000_2024-05-09.txt"
    text = changed.read_text(encoding="utf-8")
    text = text.replace("億5千万円（", "億円（", 1) if "億5千万円（" in text else text.replace("億円（", "億5千万円（", 1)
    changed.write_text(text, encoding="utf-8")
    os.utime(changed, (time.time() - 3600,) * 2)


def one_size(work: Path, n: int, workers: int, old: dict[str, object] | None = None) -> dict[str, object]:
    """First run (unless `old` holds its figures and the output is kept), one changed deck, no change."""
    raw, out = work / f"raw_{n}", work / f"out_{n}"
    n_pdf = max(1, n // 50)
    if old is not None and (out / "current").exists():
        first, rss_first, cpu_first = old["first_run_s"], old["peak_rss_tree_mb_first"], old["first_run_cpu_s"]
        pss_first = old.get("peak_pss_tree_mb_first", 0.0)
        change_one(raw, n)  # a first re-run with this code (its output may come from other code), not measured
        timed_run(raw, out, workers)
    else:
        shutil.rmtree(raw, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        make_decks(raw, n, n_pdf)
        first, rss_first, cpu_first, pss_first = timed_run(raw, out, workers)
    change_one(raw, n)
    one, rss_one, cpu_one, pss_one = timed_run(raw, out, workers)
    none, rss_none, cpu_none, _ = timed_run(raw, out, workers, cli=True)
    decks = n + n_pdf
    row = {"text_decks": n, "pdfs": n_pdf, "decks": decks, "first_run_s": first, "s_per_deck": round(first / decks, 4),
           "first_run_cpu_s": cpu_first, "cpu_s_per_deck": round(cpu_first / decks, 4),
           "peak_rss_tree_mb_first": rss_first, "one_changed_rerun_s": one, "one_changed_cpu_s": cpu_one,
           "peak_rss_tree_mb_one_changed": rss_one, "no_change_rerun_s": none, "no_change_cpu_s": cpu_none,
           "peak_rss_tree_mb_no_change": rss_none, "peak_pss_tree_mb_first": pss_first, "peak_pss_tree_mb_one_changed": pss_one,
           "load_average": os.getloadavg()}
    return row


def markdown(res: dict[str, object]) -> str:
    rows = res["sizes"]
    assert isinstance(rows, list)
    lines = [f"# Scale (issue 25): {res['what']}", "", f"Machine: {res['machine']}", "",
             "Wall seconds (CPU seconds of the process tree in brackets).", "",
             "Peak memory: PSS summed over the process tree (a page shared by the forkserver and the decks' children",
             "counted once: the footprint), and RSS summed over it (shared pages counted once per process: an upper bound).", "",
             "| text decks | PDFs | first run | per deck | peak PSS tree MB | peak RSS tree MB | one changed | no change (CLI) |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['text_decks']} | {r['pdfs']} | {r['first_run_s']} ({r['first_run_cpu_s']}) | {r['s_per_deck']} "
                     f"({r['cpu_s_per_deck']}) | {max(r.get('peak_pss_tree_mb_first', 0), r.get('peak_pss_tree_mb_one_changed', 0))} | "
                     f"{max(r['peak_rss_tree_mb_first'], r['peak_rss_tree_mb_one_changed'])} | "
                     f"{r['one_changed_rerun_s']} ({r['one_changed_cpu_s']}) | {r['no_change_rerun_s']} ({r['no_change_cpu_s']}) |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 5000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--name", default="scale")
    ap.add_argument("--work", type=Path, default=None, help="keep each size's input and output here")
    ap.add_argument("--rerun-only", action="store_true", help="re-runs over the kept outputs; first-run figures kept")
    a = ap.parse_args()
    before = {}
    if a.rerun_only and (RESULTS / f"{a.name}.json").is_file():
        before = {r["text_decks"]: r for r in json.loads((RESULTS / f"{a.name}.json").read_text(encoding="utf-8"))["sizes"]}
    res: dict[str, object] = {
        "what": f"N text decks + N/50 one-page PDFs, the library's run as a whole process, {a.workers} workers",
        "machine": f"{os.cpu_count()} cores shared with other sessions (load average at start {os.getloadavg()})",
        "sizes": []}
    rows = res["sizes"]
    assert isinstance(rows, list)
    measured: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = a.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for n in a.sizes:
            measured.append(one_size(work, n, a.workers, before.get(n)))
            print(json.dumps(measured[-1]), flush=True)
            # with --rerun-only, the sizes not measured again stay as they were in the results file
            done = {r["text_decks"] for r in measured}
            rows[:] = sorted([*(r for k, r in before.items() if k not in done), *measured], key=lambda r: r["text_decks"])
            RESULTS.mkdir(parents=True, exist_ok=True)
            (RESULTS / f"{a.name}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            (RESULTS / f"{a.name}.md").write_text(markdown(res), encoding="utf-8")


if __name__ == "__main__":
    main()
