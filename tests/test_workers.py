"""Decks in parallel (issue 25): `run(options)` reads decks `--workers` at a time, each in its own limited
child process, or one task per deck on a Dask cluster; the results are merged in plan order, so the
published tables are the same files whatever the worker count. Only what names the run differs, and is
masked before comparing: the run id, the timestamps (`started_at`, `finished_at`, `extracted_at`,
COMPLETE) and the Great Expectations run names in the manifest's Data Docs links."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract import run as pipeline
from extract.ingest.discover import discover
from extract.options import RunOptions
from extract.publish.segments import SEGMENTS_FILE
from extract.sandbox import Limits

ROOT = Path(__file__).resolve().parents[1]
#: what names a run rather than what it found; everything else must be byte-identical
RUN_SPECIFIC = [
    (re.compile(rb"\b[0-9a-f]{32}\b"), b"<run_id>"),
    (re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|\+00:00)?"), b"<time>"),
    (re.compile(rb"run_\d{8}T\d{6,}Z/\d{8}T\d{6}\.\d+Z"), b"<gx_run>"),
]


def published_files(out: Path) -> dict[str, bytes]:
    """Every published table as text (CSV and JSON, the same rows as the other formats), run names masked."""
    files = {}
    for p in sorted((out / "current").iterdir()):
        if p.name == SEGMENTS_FILE:  # an index of the tables' bytes: hashes of rows that hold the run's own times
            continue
        if p.suffix in (".csv", ".json") or p.name == "COMPLETE":
            data = p.read_bytes()
            for pattern, mask in RUN_SPECIFIC:
                data = pattern.sub(mask, data)
            files[p.name] = data
    return files


@pytest.fixture(scope="module")
def raw(tmp_path_factory, slides_pdf):
    """Four decks of different cost (a PDF first, so it is likely to finish after the text decks behind it)."""
    folder = tmp_path_factory.mktemp("raw")
    shutil.copy(slides_pdf, folder / "a_slides_2024-05-09.pdf")
    text = (ROOT / "raw" / "mext_intl_2024-05-09.txt").read_text(encoding="utf-8")
    for i, name in enumerate(("b_2024-05-09.txt", "c_2024-05-09.txt", "d_2024-05-09.txt")):
        (folder / name).write_text(text.replace("令和６年５月９日", f"令和６年５月９日 (copy {i})"), encoding="utf-8")
    old = time.time() - 3600
    for p in folder.iterdir():
        os.utime(p, (old, old))
    return folder


def library_run(raw: Path, out: Path, **options: object) -> dict[str, bytes]:
    pipeline.run(RunOptions(raw=raw, out_dir=out, settle_seconds=0, **options))  # type: ignore[arg-type]
    return published_files(out)


@pytest.fixture(scope="module")
def one_worker(raw, tmp_path_factory):
    return library_run(raw, tmp_path_factory.mktemp("out") / "out", workers=1)


def test_two_workers_publish_the_same_files_as_one(raw, one_worker, tmp_path):
    two = library_run(raw, tmp_path / "out", workers=2)
    assert sorted(two) == sorted(one_worker) and "mentions.csv" in two
    assert [name for name in one_worker if two[name] != one_worker[name]] == []


def test_the_comparison_sees_a_changed_deck(raw, one_worker, tmp_path):
    """Near miss: the masks hide only the run's names, not a deck's content."""
    changed = tmp_path / "raw"
    shutil.copytree(raw, changed)
    p = changed / "c_2024-05-09.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("19億", "18億", 1), encoding="utf-8")
    os.utime(p, (time.time() - 3600,) * 2)
    other = library_run(changed, tmp_path / "out", workers=2)
    assert {"mentions.csv", "amounts.csv"} <= {name for name in one_worker if other[name] != one_worker[name]}


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_results_come_back_in_plan_order_with_progress_for_each(raw, workers):
    decks = discover(raw, settle_seconds=0).decks
    done: list[str] = []
    results = pipeline.extract_all(decks, Limits(timeout=60), RunOptions(raw=raw, workers=workers),
                                   on_done=lambda r: done.append(r.doc))
    assert [r.doc for r in results] == [d.doc for d in decks]
    assert sorted(done) == sorted(d.doc for d in decks) and all(r.status != "failed" for r in results)


@pytest.mark.parametrize(("workers", "expected"), [(None, "cores"), (1, 1), (3, 3)])
def test_the_pool_defaults_to_the_cores(workers, expected):
    cores = len(os.sched_getaffinity(0))
    assert RunOptions(workers=workers).pool_size == (cores if expected == "cores" else expected)


@pytest.mark.parametrize("workers", [0, -2])
def test_a_pool_without_workers_is_refused(workers):
    with pytest.raises(ValueError, match="workers"):
        RunOptions(workers=workers)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_a_dask_cluster_publishes_the_same_files(raw, one_worker, tmp_path):
    """A real `dask scheduler` and two `dask worker` processes on 127.0.0.1, one task per deck."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "DASK_TEMPORARY_DIRECTORY": str(tmp_path / "dask"),
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    worker = [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard",
              "--host", "127.0.0.1"]
    procs = [subprocess.Popen([*dask, "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)]
    try:
        procs += [subprocess.Popen(worker, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
                  for _ in range(2)]
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        on_dask = library_run(raw, tmp_path / "out", dask_address=address)
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()
    assert sorted(on_dask) == sorted(one_worker)
    assert [name for name in one_worker if on_dask[name] != one_worker[name]] == []
