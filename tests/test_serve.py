"""`extract serve` against a real local Prefect server: scheduled runs pick up new decks, runs with
nothing new publish nothing, the printed command works from a plain shell, and both processes stop
cleanly on SIGTERM."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deck_to_data_flows.serve import wait_healthy


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def runs(out: Path) -> list[dict]:
    try:
        return json.loads((out / "runs.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []


def wait_for(pred, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.slow
def test_served_deployment_runs_on_schedule_and_picks_up_new_decks(tmp_path, sample_deck_path, slides_pdf):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw)
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": url,
           "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2", "PREFECT_RUNNER_POLL_FREQUENCY": "2",
           "PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "WARNING"}
    prefect = str(Path(sys.executable).with_name("prefect"))
    logs = [open(tmp_path / "server.log", "w"), open(tmp_path / "serve.log", "w")]
    server = subprocess.Popen([prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=logs[0], stderr=subprocess.STDOUT)
    served = None
    try:
        wait_healthy(url, timeout=120, proc=server)
        served = subprocess.Popen([sys.executable, "-m", "deck_to_data_flows.cli", "serve", str(raw), "--out", str(out),
                                   "--interval", "5", "--settle-seconds", "0"],
                                  env=env, stdout=logs[1], stderr=subprocess.STDOUT)
        wait_for(lambda: len(runs(out)) >= 1, 150, "the first scheduled run")
        assert runs(out)[0]["decks_new"] == 1
        generation = os.readlink(out / "current")
        # the next scheduled runs find nothing new: no generation, no `runs` row, only the last check
        check = out / ".state" / "last_check.json"
        wait_for(lambda: check.exists(), 60, "a run with nothing to do")
        first = json.loads(check.read_text(encoding="utf-8"))["checked_at"]
        wait_for(lambda: json.loads(check.read_text(encoding="utf-8"))["checked_at"] != first, 60, "another check")
        assert len(runs(out)) == 1 and os.readlink(out / "current") == generation
        # the command it printed works from a plain shell (no PREFECT_API_URL there)
        hint = next(l for l in (tmp_path / "serve.log").read_text().splitlines() if "run it now:" in l)
        plain = {k: v for k, v in env.items() if k != "PREFECT_API_URL"}
        triggered = subprocess.run(["bash", "-c", hint.split("run it now:", 1)[1].strip()], env=plain,
                                   capture_output=True, text=True, timeout=120)
        assert triggered.returncode == 0, triggered.stdout + triggered.stderr
        shutil.copy(slides_pdf, raw)  # a deck arrives between runs
        wait_for(lambda: any(r["decks_new"] == 1 for r in runs(out)[1:]), 90, "a run that picks up the new deck")
        assert len(runs(out)) == 2
        decks = {d["doc"]: d["status"] for d in json.loads((out / "decks.json").read_text(encoding="utf-8"))}
        assert decks == {"mext_intl_2024-05-09": "published", "slides_2024-05-09": "published"}
    finally:
        codes = []
        for proc in (served, server):  # the served process first: it pauses its deployment on the server
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            codes.append(proc.wait(timeout=60) if proc is not None else 0)
        for f in logs:
            f.close()
    # the served process exits 0; `prefect server start` ends by the signal itself (-15) or 0
    assert codes[0] == 0 and codes[1] in (0, -signal.SIGTERM), (codes, (tmp_path / "serve.log").read_text()[-2000:])
    with socket.socket() as s:  # nothing is left listening on the server's port
        assert s.connect_ex(("127.0.0.1", port)) != 0
