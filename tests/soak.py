"""A served deployment left running over a folder that keeps changing (issue 24, "Done when"): a
published deck, a skipped file, a deck rewritten every 20 s, a deck copied slowly with `cp -p`, and a
deck that fails on a limit. It must publish only when something changed and never a truncated deck.

    python -m tests.soak --seconds 600        # the full soak, by hand (prints its counts as JSON)

`tests/test_soak.py` runs a short one. The rewrites stop for the last quarter, so the end shows scheduled
runs with nothing to publish. Everything stays on 127.0.0.1 with Prefect's state in the
given folder; the Prefect server is a real `prefect server start` (a temporary one cannot schedule).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "decks" / "mext_intl_2024-05-09.txt"  # tests read only tests/data
REWRITE_EVERY = 20.0
#: the rewrites stop after this share of the soak: the quiet end shows ticks that publish nothing
QUIET_AFTER = 0.75
#: how long the first scheduled run may take to publish before the soak starts its clock anyway
FIRST_RUN_TIMEOUT = 600.0
LINES = "令和6年度予算額 5億円\n（前年度予算額 4億円）\n支援期間 3年\n採択件数 10件\n"


@dataclass
class Counts:
    seconds: float
    ticks: int = 0  # scheduled runs seen (publishing or not): last_check.json updates + runs rows
    checks: int = 0  # runs that found nothing to do (last_check.json rewritten)
    runs: int = 0  # rows in `runs`: one per publishing run
    generations: int = 0  # generations published (`current` switched), as seen by polling each second
    rewrites: int = 0  # times rewritten.txt was changed
    slow_copies: int = 0  # slow `cp -p` copies finished
    changes_made: int = 0  # what the folder went through that deserves a publication
    slow_published: list[int] = field(default_factory=list)  # mentions of the slow deck in each generation
    slow_full: int = 0  # its mentions when read whole
    limit_status: str | None = None
    limit_error: str | None = None
    statuses: dict[str, str] = field(default_factory=dict)
    truncated: bool = False
    quiet_at_end: bool = False  # the last scheduled run found nothing to do (the folder had stopped changing)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _read_json(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


def _slow_copy(src: Path, dst: Path, fifo: Path, chunks: int = 12, pause: float = 1.0) -> None:
    """`cp -p` from a FIFO fed a chunk a second: the copy is written slowly, as over a slow share."""
    data = src.read_bytes()
    if fifo.exists():
        fifo.unlink()
    os.mkfifo(fifo)
    cp = subprocess.Popen(["cp", "-p", str(fifo), str(dst)])
    with open(fifo, "wb") as f:
        step = len(data) // chunks + 1
        for i in range(0, len(data), step):
            f.write(data[i:i + step])
            f.flush()
            time.sleep(pause)
    cp.wait(timeout=60)
    fifo.unlink()


def soak(base: Path, seconds: float, interval: float = 10.0) -> Counts:
    """Serve over a changing folder for `seconds`; the counts of what was published."""
    raw, out, work = base / "raw", base / "out", base / "work"
    for p in (raw, work):
        p.mkdir(parents=True, exist_ok=True)
    old = time.time() - 3600
    shutil.copy(SAMPLE, raw / "steady.txt")
    (raw / "notes.odt").write_text("not a deck")
    # beyond --max-text-mb (1 MB here): a limit every machine trips at once. (A deck made slow enough for
    # --deck-timeout depends on the machine's speed and load: since the rules are linear, a fast one reads it.)
    (raw / "limit.txt").write_text("予算額 1億円 " * 100_000, encoding="utf-8")
    (raw / "rewritten.txt").write_text(LINES + "事業費 0億円\n", encoding="utf-8")
    for p in raw.iterdir():
        os.utime(p, (old, old))
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "PREFECT_HOME": str(base / "prefect"),
           "PREFECT_API_URL": url, "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
           "PREFECT_RUNNER_POLL_FREQUENCY": "2", "PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED": "false",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_LOGGING_LEVEL": "WARNING"}
    from deck_to_data_flows.serve import wait_healthy

    counts = Counts(seconds)
    logs = [open(base / "server.log", "w"), open(base / "serve.log", "w")]
    server = subprocess.Popen([str(Path(sys.executable).with_name("prefect")), "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=logs[0], stderr=subprocess.STDOUT)
    served = None
    copier: threading.Thread | None = None
    try:
        wait_healthy(url, timeout=180, proc=server)
        served = subprocess.Popen([sys.executable, "-m", "deck_to_data_flows.cli", "serve", str(raw), "--out", str(out),
                                   "--interval", f"{interval:g}", "--deck-timeout", "10", "--max-text-mb", "1",
                                   "--settle-seconds", "3"],
                                  env=env, stdout=logs[1], stderr=subprocess.STDOUT, cwd=ROOT)
        # the clock starts at the first publication (on a loaded machine the first run alone can take minutes)
        first_by = time.monotonic() + FIRST_RUN_TIMEOUT
        while not (out / "current").is_symlink() and time.monotonic() < first_by and served.poll() is None:
            time.sleep(1)
        started = time.monotonic()
        last_rewrite, copy_at = started, started + min(60.0, seconds / 3)
        seen_gen, seen_check = None, None
        counts.changes_made = 1  # the first publication
        while time.monotonic() - started < seconds:
            now = time.monotonic()
            if now - last_rewrite >= REWRITE_EVERY and now - started < QUIET_AFTER * seconds:
                counts.rewrites += 1
                (raw / "rewritten.txt").write_text(LINES + f"事業費 {counts.rewrites}億円\n", encoding="utf-8")
                last_rewrite = now
                counts.changes_made += 1
            if not (raw / "later.odt").exists() and now >= copy_at:
                (raw / "later.odt").write_text("a file that is not a deck, arriving later")
                counts.changes_made += 1  # listed in `decks` once, then nothing more to publish
            if copier is None and now >= copy_at:
                copier = threading.Thread(target=_slow_copy, args=(SAMPLE, raw / "slow.txt", work / "fifo"), daemon=True)
                copier.start()
                counts.changes_made += 2  # it appears (waiting), then it is complete
            gen = os.readlink(out / "current") if (out / "current").is_symlink() else None
            if gen is not None and gen != seen_gen:
                seen_gen = gen
                counts.generations += 1
                slow = [d for d in _read_json(out / gen / "decks.json") if d["doc"] == "slow"]
                if slow and slow[0]["status"] == "published":
                    counts.slow_published.append(int(slow[0]["mentions"]))
            check = out / ".state" / "last_check.json"
            try:
                stamp = json.loads(check.read_text(encoding="utf-8"))["checked_at"]
            except (OSError, ValueError, KeyError):
                stamp = None
            if stamp is not None and stamp != seen_check:
                seen_check = stamp
                counts.checks += 1
            time.sleep(0.5)
        if copier is not None:
            copier.join(60)
            counts.slow_copies = int(not copier.is_alive())
    finally:
        for proc in (served, server):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            if proc is not None:
                try:
                    proc.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    proc.kill()
        for f in logs:
            f.close()
    runs = _read_json(out / "runs.json")
    counts.runs = len(runs)
    counts.ticks = counts.runs + counts.checks
    decks = {d["doc"]: d for d in _read_json(out / "decks.json")}
    counts.statuses = {doc: d["status"] for doc, d in decks.items()}
    counts.limit_status = decks.get("limit", {}).get("status")
    counts.limit_error = decks.get("limit", {}).get("error")
    from extract.ingest import read_deck
    from extract.mentions import extract_deck

    counts.slow_full = len(extract_deck(read_deck(SAMPLE)))
    # never a truncated deck: every generation that published it had all of its mentions, and no run
    # added part of them (the `changes` table, one row per mention added, per run)
    added: dict[str, int] = {}
    for c in _read_json(out / "changes.json"):
        if c["doc"] == "slow" and c["change"] == "added":
            added[c["run_id"]] = added.get(c["run_id"], 0) + 1
    checks = [json.loads((out / ".state" / "last_check.json").read_text(encoding="utf-8"))["checked_at"]] \
        if (out / ".state" / "last_check.json").exists() else []
    counts.quiet_at_end = bool(runs and checks and checks[0] > runs[-1]["finished_at"])
    counts.truncated = any(n != counts.slow_full for n in counts.slow_published) or \
        any(n != counts.slow_full for n in added.values())
    return counts


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="tests.soak")
    p.add_argument("--seconds", type=float, default=600.0)
    p.add_argument("--interval", type=float, default=10.0)
    p.add_argument("--keep", type=Path, default=None, help="folder to work in (default: a temporary one)")
    a = p.parse_args(argv)
    base = a.keep or Path(tempfile.mkdtemp(prefix="soak-"))
    counts = soak(base, a.seconds, a.interval)
    print(json.dumps(asdict(counts), ensure_ascii=False, indent=1))
    print(f"worked in {base}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
