"""The decks' forkserver stopped once a large run's decks are read (issue 25: its few hundred MB added to the
peak of the merge and publish, which hold every kept deck's rows): `sandbox.stop_sandbox` stops it and the next
deck starts a new one; `run` stops it from `STOP_SANDBOX_AT` decks in the output, keeps it below, and
publishes the same tables either way."""
from __future__ import annotations

import os
from multiprocessing import forkserver
from pathlib import Path

import pytest

from extract import sandbox
from extract.sandbox import Limits, run_limited, stop_sandbox

from .test_sandbox import add


def _server_pid() -> int | None:
    return getattr(forkserver._forkserver, "_forkserver_pid", None)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_stopped_forkserver_is_gone_and_the_next_deck_starts_a_new_one():
    assert run_limited(add, (2, 3), Limits(timeout=60))["sum"] == 5
    pid = _server_pid()
    assert pid is not None and _alive(pid)
    assert stop_sandbox() is True
    assert _server_pid() is None and not _alive(pid)
    assert stop_sandbox() is False  # none runs: nothing to stop
    got = run_limited(add, (4, 5), Limits(timeout=60))  # started again, as the first deck did
    assert got["sum"] == 9 and _server_pid() not in (None, pid)


def test_nothing_started_nothing_stopped(monkeypatch):
    monkeypatch.setattr(sandbox, "_ctx", None)
    assert stop_sandbox() is False


def _decks(raw: Path, n: int) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    old = 1_700_000_000
    for i in range(n):
        p = raw / f"deck_{i}.txt"
        p.write_text(f"令和6年度予算のポイント\n〇〇事業 {i} 令和6年度予算額 {10 + i}億円（前年度予算額 {9 + i}億円）\n", encoding="utf-8")
        os.utime(p, (old, old))


def _published(out: Path) -> dict[str, bytes]:
    cur = out / "current"
    return {p.name: p.read_bytes() for p in sorted(cur.glob("*.csv"))}


@pytest.mark.parametrize("at, stopped", [(3, True), (4, False)])
def test_a_run_stops_it_from_the_threshold_on_and_publishes_the_same(monkeypatch, tmp_path, at, stopped):
    """Three decks: a threshold at or below three stops the forkserver after the decks are read (before the
    merge: it is gone when the merge starts), one above keeps it; the tables are the same bytes."""
    import extract.run as run_mod

    seen: list[int | None] = []
    merge = run_mod.merge

    def merge_seeing(*args, **kwargs):
        seen.append(_server_pid())
        return merge(*args, **kwargs)

    monkeypatch.setattr(run_mod, "STOP_SANDBOX_AT", at)
    monkeypatch.setattr(run_mod, "merge", merge_seeing)
    _decks(tmp_path / "raw", 3)
    run_mod.run({"raw": str(tmp_path / "raw"), "out_dir": str(tmp_path / "out"), "settle_seconds": 0, "workers": 1})
    assert (seen[0] is None) is stopped
    monkeypatch.setattr(run_mod, "STOP_SANDBOX_AT", 10_000)
    run_mod.run({"raw": str(tmp_path / "raw"), "out_dir": str(tmp_path / "whole"), "settle_seconds": 0, "workers": 1})
    mine, whole = _published(tmp_path / "out"), _published(tmp_path / "whole")
    assert set(mine) == set(whole) and "budgets.csv" in mine
    for name in ("budgets.csv", "mentions.csv", "amounts.csv"):
        assert mine[name] == whole[name]
