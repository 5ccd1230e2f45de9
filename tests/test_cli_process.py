"""`extract` as a user meets it, in a subprocess: what it prints where, its exit codes, a run with
nothing to do (no Prefect, nothing republished), Ctrl-C/SIGTERM/SIGKILL leaving no process behind."""
from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.options import RunOptions
from extract.publish.generations import read_published
from extract.run import run as library_run

from .helpers import assert_scores_like_the_library

ROOT = Path(__file__).resolve().parents[1]


def env(**extra: str) -> dict[str, str]:
    e = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}", "COLUMNS": "80", **extra}
    e.pop("PREFECT_LOGGING_LEVEL", None)  # what a user's shell has: the CLI decides
    return e


def extract(*args: str, timeout: float = 300, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deck_to_data_flows.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env(**extra), cwd=ROOT)


@pytest.fixture
def published(tmp_path, sample_deck_path):
    """A raw folder with the sample deck, published once (by the library: fast, no Prefect)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw)
    os.utime(raw / sample_deck_path.name, (time.time() - 60, time.time() - 60))
    assert library_run(RunOptions(raw=raw, out_dir=out, settle_seconds=0)).all_published
    return raw, out


def test_version_and_help_name_the_exit_codes():
    r = extract("--version")
    assert r.returncode == 0 and re.match(r"deck-to-data \S+, rules r-[0-9a-f]+", r.stdout)
    r = extract("run", "--help")
    assert r.returncode == 0
    for code in ("0 ", "1 ", "2 ", "3 ", "4 ", "130"):
        assert f"\n  {code}" in r.stdout, code


@pytest.mark.parametrize("args, code, says", [
    (["run", "no/such/folder"], 2, "input not found: no/such/folder"),
    (["run", "--deck-timeout", "0"], 2, "deck_timeout must be > 0"),
    (["run", "--bogus"], 2, "unrecognized arguments: --bogus"),
    (["bogus"], 2, "invalid choice"),
])
def test_usage_errors_go_to_stderr_with_code_2(args, code, says):
    r = extract(*args)
    assert r.returncode == code and says in r.stderr and r.stdout == ""
    assert "Traceback" not in r.stderr


def test_a_held_lock_is_code_3(published):
    raw, out = published
    with open(out / ".lock", "a+") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        r = extract("run", str(raw), "--out", str(out), "--lock-timeout", "0")
    assert r.returncode == 3 and "is being written by" in r.stderr and r.stdout == ""


def test_an_output_that_names_a_file_is_code_2(tmp_path, sample_deck_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw)
    (tmp_path / "out").write_text("a file where the output folder should be")
    r = extract("run", str(raw), "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and "is a file, not a folder" in r.stderr and "Traceback" not in r.stderr


def test_a_run_with_nothing_to_do_starts_no_prefect_and_publishes_nothing(published):
    raw, out = published
    generation = os.readlink(out / "current")
    runs = (out / "runs.json").read_bytes()
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "deck_to_data_flows.cli", "run", str(raw), "--out", str(out),
                        "--settle-seconds", "0"], capture_output=True, text=True, timeout=120, env=env(), cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in r.stderr.splitlines() if line.startswith("import time:")}
    for heavy in ("prefect", "pandas", "great_expectations", "pdfplumber", "spacy"):
        assert heavy not in imported, heavy
    assert "Nothing new to publish" in r.stdout and "mext_intl_2024-05-09.txt" in r.stdout
    assert os.readlink(out / "current") == generation and (out / "runs.json").read_bytes() == runs
    check = json.loads((out / ".state" / "last_check.json").read_text(encoding="utf-8"))
    assert check["result"] == "nothing to do" and check["decks_unchanged"] == 1
    assert extract("run", str(raw), "--out", str(out), "-q").stdout == ""


def test_the_summary_fits_the_terminal_and_explains_itself(published):
    raw, out = published
    for columns in ("60", "80", "132"):
        r = extract("run", str(raw), "--out", str(out), COLUMNS=columns)
        lines = r.stdout.splitlines()
        assert lines[0].split()[:4] == ["deck", "status", "pages", "mentions"]
        assert all(len(line) <= int(columns) for line in lines), (columns, r.stdout)
        assert not re.search(r"\d+✓|\d+✗", r.stdout)
        assert "Report: " in r.stdout and "1 deck: 1 published" in r.stdout


def _marked(marker: str) -> list[str]:
    """Processes whose environment carries `marker`, as their command lines."""
    found = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if marker.encode() in (p / "environ").read_bytes():
                    found.append((p / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
            except OSError:
                pass
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc")
@pytest.mark.parametrize("sig, code", [(signal.SIGKILL, -9), (signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_no_process_outlives_a_killed_run(tmp_path, slides_pdf, sample_deck_path, sig, code):
    raw = tmp_path / "raw"
    raw.mkdir()
    for deck in (slides_pdf, sample_deck_path):
        shutil.copy(deck, raw)
    marker = f"DECK_TO_DATA_TEST_{os.getpid()}_{sig}"
    proc = subprocess.Popen([sys.executable, "-m", "deck_to_data_flows.cli", "run", str(raw), "--out", str(tmp_path / "out"),
                             "--settle-seconds", "0"], env=env(KILL_MARKER=marker, PREFECT_HOME=str(tmp_path / "ph")),
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not any("uvicorn" in c for c in _marked(marker)):  # Prefect's temporary server is up
            assert time.monotonic() < deadline and proc.poll() is None, "the server never started"
            time.sleep(0.2)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code
    if sig != signal.SIGKILL:
        assert "interrupted" in err and "Traceback" not in err, err
    deadline = time.monotonic() + 15
    while _marked(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _marked(marker) == []


@pytest.mark.slow
def test_a_run_shows_decks_and_says_which_was_not_published(tmp_path, sample_deck_path, sample_library_score):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw)
    (raw / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    r = extract("run", str(raw), "--out", str(out), "--settle-seconds", "0", PREFECT_HOME=str(tmp_path / "ph"))
    assert r.returncode == 1, r.stderr[-2000:]
    shown = re.search(r"^✓ mext_intl_2024-05-09\.txt: 1 page, (\d+) mentions$", r.stderr, re.M)  # progress, plain when piped
    assert shown and int(shown[1]) == sample_library_score["all"]["pred"], r.stderr[-2000:]
    assert_scores_like_the_library(read_published(out, "mentions"), sample_library_score)
    assert "INFO" not in r.stderr and "prefect.io" not in r.stderr + r.stdout  # Prefect's own logs: only -v
    row = next(line for line in r.stdout.splitlines() if line.startswith("broken.pdf"))
    assert row.split()[1:4] == ["failed", "-", "0"]
    assert "unreadable PDF" in r.stdout and "2 decks: 1 failed, 1 published" in r.stdout
    assert (out / "reports" / "index.html").exists()


PARENT = """
import subprocess, sys, time
from deck_to_data_flows.cli import start_watchdog
start_watchdog()
time.sleep(0.3)
# a child, and a grandchild started late enough that the watchdog may not have seen it before the kill
subprocess.Popen([sys.executable, "-c", "import subprocess, sys, time; "
                  "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)']); time.sleep(300)"])
print("ready", flush=True)
time.sleep(300)
"""


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc")
@pytest.mark.parametrize("delay", [0.0, 1.5])
def test_the_watchdog_stops_what_a_killed_process_started_and_nothing_else(delay):
    marker = f"WATCHDOG_TEST_{os.getpid()}_{delay}"
    parent = subprocess.Popen([sys.executable, "-c", PARENT], env=env(KILL_MARKER=marker), cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    sibling = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], env=env(KILL_MARKER=marker))
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == "ready"
        time.sleep(delay)
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 15
        while len(_marked(marker)) > 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert sibling.poll() is None, "a process the killed one did not start was stopped"
        left = [c for c in _marked(marker) if "sleep(60)" not in c]
        assert left == [], left
    finally:
        sibling.kill()
        sibling.wait()
