"""A deck's time limit counts the CPU seconds of its processes, so whether a deck is read does not depend on
the machine's load (issue 25: the partly scanned PDF failed its 120 s wall limit under a load of 15); a
generous wall-clock limit (`--deck-wall-factor` times the CPU limit) still stops a deck that hangs."""
from __future__ import annotations

import os
import time

import pytest

from extract.model import DeckError
from extract.sandbox import Limits, run_limited, tree_cpu_seconds
from tests.sandbox_helpers import hang, slow_pages, spin, starved


@pytest.mark.parametrize("cpu, wall, timeout", [
    (0.3, 2.5, 1.0),  # a tenth of a core for 2.5 s: under its 1 CPU second, read (a wall limit stopped it)
    (0.2, 1.6, 0.5),
])
def test_a_deck_starved_of_cpu_is_not_stopped_while_under_its_cpu_limit(cpu, wall, timeout):
    t = time.monotonic()
    used = run_limited(starved, (cpu, wall), Limits(timeout=timeout))
    assert time.monotonic() - t > timeout  # past its limit in wall seconds
    assert used < timeout


@pytest.mark.parametrize("fn, args, limits, reason", [
    # a pathological deck: stopped once it used its CPU seconds, the flag named
    (spin, (30,), Limits(timeout=1), "used more than 1 CPU seconds (the --deck-timeout CPU limit"),
    # a long deck's limit grows with its pages: the per-page flag named
    (slow_pages, (4, 30.0), Limits(timeout=0.5, per_page=0.25), "used more than 1 CPU seconds (the CPU limit for 4 "
                                                                "pages: --deck-seconds-per-page 0.25 per page"),
    # a deck that hangs uses no CPU: the wall limit, its factor and flag named
    (hang, (30,), Limits(timeout=0.3, wall_factor=5), "still running after 1.5 s of wall-clock time (the wall limit "
                                                      "for a deck that hangs: --deck-wall-factor 5"),
])
def test_the_limit_that_stopped_a_deck_is_named_with_its_flag(fn, args, limits, reason):
    t = time.monotonic()
    with pytest.raises(DeckError) as e:
        run_limited(fn, args, limits)
    assert time.monotonic() - t < 15
    assert e.value.reason.startswith(reason) and e.value.status == "failed"


def test_near_misses_a_deck_just_under_its_limits_is_read():
    assert run_limited(slow_pages, (4, 0.5), Limits(timeout=0.2, per_page=0.5)) == 4  # 2 CPU s allowed
    assert run_limited(hang, (0.5,), Limits(timeout=0.3, wall_factor=10)) == "woke"  # 3 s of wall allowed


def test_the_cpu_of_a_process_tree_counts_its_children():
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # a child (a page reader) that spins, says so, then waits to be looked at
        spin(0.5)
        os.write(write, b"x")
        time.sleep(60)
        os._exit(0)
    try:
        os.read(read, 1)
        mine = time.process_time()
        got = tree_cpu_seconds(os.getpid())
        assert got is not None and got >= mine + 0.4  # the live child's half second counted with this process's
        child = tree_cpu_seconds(pid)
        assert child is not None and 0.4 <= child < mine + 0.5
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(read)
        os.close(write)
    assert tree_cpu_seconds(pid) is None  # gone: nothing to tell


@pytest.mark.parametrize("script, reason", [
    ("while :; do :; done", "tesseract used more than 1 CPU seconds on one page"),  # spins: its CPU limit
    ("echo broken >&2; exit 3", "tesseract failed: broken"),  # near miss: a failure, not the limit
])
def test_one_page_of_ocr_is_limited_in_cpu_seconds_not_wall_seconds(tmp_path, monkeypatch, script, reason):
    from extract.ingest import ocr

    fake = tmp_path / "tesseract"
    fake.write_text(f"#!/bin/sh\ncat > /dev/null\n{script}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(ocr, "PAGE_CPU_S", 1)
    with pytest.raises(OSError, match=reason):
        ocr._tesseract(b"png", "jpn", 11)


def test_a_page_of_ocr_waiting_without_cpu_is_not_stopped_by_its_cpu_limit(tmp_path, monkeypatch):
    from extract.ingest import ocr

    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\ncat > /dev/null\nsleep 2\nprintf 'level\\ttext\\n5\\t19\\n'\n")  # a starved page
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(ocr, "PAGE_CPU_S", 1)
    assert [r["text"] for r in ocr._tesseract(b"png", "jpn", 11)] == ["19"]
