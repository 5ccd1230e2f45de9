"""Crash safety: SIGKILL the flow at random moments of a run over several decks. The published tables
are always the old or the new complete version (never a mix, never truncated), and the next run
completes."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from extract.options import RunOptions
from extract.run import run as library_run


def snapshot(out):
    """The published state as one comparable value (timestamps and run ids left out)."""
    def load(name):
        return json.loads((out / f"{name}.json").read_text(encoding="utf-8"))

    decks = [{k: v for k, v in d.items() if k != "extracted_at"} for d in load("decks")]
    state = {"mentions": load("mentions"), "budgets": load("budgets"), "decks": decks}
    # every format of a table agrees with its JSON (no file from another generation)
    import pandas as pd

    assert len(pd.read_parquet(out / "mentions.parquet")) == len(state["mentions"])
    assert len(pd.read_csv(out / "mentions.csv")) == len(state["mentions"])
    counts = {d["doc"]: d["mentions"] for d in decks if d["status"] == "published"}
    per_doc = {}
    for m in state["mentions"]:
        per_doc[m["doc"]] = per_doc.get(m["doc"], 0) + 1
    assert per_doc == counts, "mentions and decks come from one generation"
    return state


@pytest.mark.slow
def test_sigkill_at_random_points_never_leaves_a_mix(prefect_harness, tmp_path, sample_deck_path, slides_pdf):
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for i in range(3):
        shutil.copy(sample_deck_path, raw / f"deck{i}_2024-05-09.txt")
    cmd = [sys.executable, "-m", "deck_to_data_flows.cli", "run", str(raw), "--out", str(out), "--settle-seconds", "0"]
    # the state before: published by the library's run, the same run the command makes (without Prefect's start-up)
    assert library_run(RunOptions(raw=raw, out_dir=out, settle_seconds=0)).all_published
    old = snapshot(out)

    # the next run changes every deck and adds two: measure it once on a copy, for the new state
    def change(folder):
        for i in range(3):
            p = folder / f"deck{i}_2024-05-09.txt"
            p.write_text(p.read_text(encoding="utf-8").replace("72億円", f"7{i + 3}億円"), encoding="utf-8")
        shutil.copy(slides_pdf, folder / "slides_a.pdf")
        shutil.copy(slides_pdf, folder / "slides_b.pdf")

    ref_raw, ref_out = tmp_path / "ref_raw", tmp_path / "ref_out"
    shutil.copytree(raw, ref_raw)
    shutil.copytree(out, ref_out, symlinks=True)
    change(ref_raw)
    t = time.monotonic()
    subprocess.run([*cmd[:4], str(ref_raw), "--out", str(ref_out), *cmd[7:]], env=env, check=True,
                   capture_output=True, timeout=300)
    duration = time.monotonic() - t
    new = snapshot(ref_out)
    assert new != old

    change(raw)
    rng = random.Random(20261126)
    outcomes = []
    for _ in range(5):
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, duration))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        state = snapshot(out)
        assert state in (old, new)
        outcomes.append("new" if state == new else "old")
        if state == new:  # it finished before the kill: start over from the old state for the next round
            break
    # whatever happened, the next run completes and publishes the new state
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:]
    assert snapshot(out) == new
    assert len(list((out / ".generations").iterdir())) <= 2
    print("kills left:", outcomes)
