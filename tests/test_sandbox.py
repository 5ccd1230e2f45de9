"""Any per-deck function runs in a child under a time and a memory limit; whatever goes wrong comes
back as a DeckError with a one-line reason (issue 17 #1). A malformed passwords file never aborts."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from extract.ingest.guard import read_deck_limited
from extract.model import DeckError
from extract.options import MIN_DECK_MEMORY_MB
from extract.sandbox import Limits, read_passwords, run_limited

from .conftest import ROOT


def add(a: int, b: int) -> dict[str, int]:
    return {"sum": a + b, "pid": os.getpid()}


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def allocate(mb: int) -> int:
    blocks = [bytearray(1024 * 1024) for _ in range(mb)]  # touches every page
    return len(blocks)


def raise_value_error() -> None:
    raise ValueError("a rule blew up\non two lines")


def raise_deck_error() -> None:
    raise DeckError("encrypted PDF: it needs a password", status="encrypted")


def segfault() -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def exit_hard() -> None:
    os._exit(3)


def unpicklable() -> object:
    return lambda: None


def test_the_result_comes_back_from_a_child():
    got = run_limited(add, (2, 3), Limits(timeout=30))
    assert got["sum"] == 5 and got["pid"] != os.getpid()


def test_not_isolated_runs_here():
    assert run_limited(add, (2, 3), Limits(isolate=False))["pid"] == os.getpid()


def test_a_function_past_the_cpu_limit_is_stopped():
    from tests.sandbox_helpers import spin

    t = time.monotonic()
    with pytest.raises(DeckError) as e:
        run_limited(spin, (30,), Limits(timeout=1))
    assert time.monotonic() - t < 10
    assert e.value.reason.startswith("used more than 1 CPU seconds (the --deck-timeout CPU limit") and e.value.status == "failed"


def test_a_function_that_hangs_is_stopped_by_the_wall_limit():
    t = time.monotonic()
    with pytest.raises(DeckError) as e:
        run_limited(sleep_for, (30,), Limits(timeout=0.5, wall_factor=4))
    assert time.monotonic() - t < 10
    assert e.value.reason.startswith("still running after 2 s of wall-clock time") and e.value.status == "failed"
    assert "--deck-wall-factor 4 times its CPU limit of 0.5 s" in e.value.reason


def test_a_function_past_the_memory_limit_fails_alone():
    """300 MB of address space for the child; it asks for 1 GB. The parent is untouched."""
    with pytest.raises(DeckError) as e:
        run_limited(allocate, (1024,), Limits(timeout=60, memory_mb=300))
    assert "300 MB of memory (the --deck-memory-mb limit" in e.value.reason or "crashed" in e.value.reason, e.value.reason
    # under it: fine (the least limit a run allows: a child of the warmed forkserver, spaCy, Sudachi and pdfplumber
    # loaded, maps 700-800 MB of address space since the forkserver preloads the reading stage alone)
    assert run_limited(allocate, (20,), Limits(timeout=60, memory_mb=MIN_DECK_MEMORY_MB)) == 20


@pytest.mark.parametrize("fn, status, reason", [
    (raise_value_error, "failed", "error: ValueError: a rule blew up"),
    (raise_deck_error, "encrypted", "encrypted PDF: it needs a password"),
    (segfault, "failed", "the worker process crashed (killed by SIGSEGV)"),
    (exit_hard, "failed", "the worker process crashed (exit code 3)"),
    (unpicklable, "failed", "the result could not be sent back"),
])
def test_errors_and_crashes_become_one_line_reasons(fn, status, reason):
    with pytest.raises(DeckError) as e:
        run_limited(fn, (), Limits(timeout=30))
    assert e.value.status == status and e.value.reason.startswith(reason), e.value.reason
    assert "\n" not in e.value.reason


@pytest.mark.parametrize("content, passwords, warning", [
    ('{"a.pdf": "x", "b.pdf": "y"}', {"a.pdf": "x", "b.pdf": "y"}, None),
    ('{"a.pdf": "x", "b.pdf": 42, "c.pdf": null}', {"a.pdf": "x"}, "not a string were ignored ('b.pdf', 'c.pdf')"),
    ('{"a.pdf": "x",', {}, "is not valid JSON"),
    ('["a.pdf", "x"]', {}, "must be a JSON object"),
    (b"\xff\xfe\x00garbage", {}, "not UTF-8"),
    ("", {}, "is not valid JSON"),
])
def test_a_malformed_passwords_file_gives_what_it_can_and_a_warning(tmp_path, content, passwords, warning):
    f = tmp_path / ".passwords.json"
    f.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    got = read_passwords(None, tmp_path)
    assert got.passwords == passwords
    assert (got.warning is None) if warning is None else (warning in got.warning), got.warning


def test_no_passwords_file_and_an_unreadable_one(tmp_path):
    assert read_passwords(None, tmp_path).passwords == {} and read_passwords(None, tmp_path).warning is None
    got = read_passwords(tmp_path / "missing.json")
    assert got.passwords == {} and "cannot be read" in got.warning


def test_an_encrypted_deck_says_why_the_passwords_file_did_not_help(tmp_path):
    from tests.fixtures.pdfs import make_encrypted

    pdf = make_encrypted(tmp_path / "locked.pdf", "secret")
    (tmp_path / ".passwords.json").write_text('{"locked.pdf": "secret",', encoding="utf-8")
    got = read_passwords(None, tmp_path)
    limits = Limits(timeout=60, passwords=got.passwords, password_warning=got.warning)
    with pytest.raises(DeckError) as e:
        read_deck_limited(pdf, limits)
    assert e.value.status == "encrypted" and "passwords file .passwords.json is not valid JSON" in e.value.reason
    fixed = Limits(timeout=60, passwords={"locked.pdf": "secret"})
    assert read_deck_limited(pdf, fixed).pages >= 1


WARMED: list[int] = []


def warm() -> None:
    WARMED.append(os.getpid())


def warmed() -> tuple[list[int], int]:
    return list(WARMED), os.getpid()


def test_children_fork_warm(tmp_path):
    """A warm-up named in set_preload runs once in the forkserver; every child starts with it done.
    In a fresh interpreter: there is one forkserver per process."""
    script = tmp_path / "warm.py"
    script.write_text(
        "from extract.sandbox import Limits, run_limited, set_preload\n"
        "from tests.test_sandbox import warmed\n"
        "if __name__ == '__main__':\n"
        "    set_preload(['extract.ingest', 'tests.test_sandbox'], warm=['tests.test_sandbox:warm'])\n"
        "    a, b = (run_limited(warmed, (), Limits(timeout=60)) for _ in range(2))\n"
        "    assert a[0] == b[0] and len(a[0]) == 1 and a[1] != b[1] and a[0][0] not in (a[1], b[1]), (a, b)\n"
        "    import os; assert 'EXTRACT_SANDBOX_WARM' not in os.environ\n"
        "    print('ok')\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


@pytest.mark.parametrize("file, want", [
    ("sub/locked.pdf", "by-path"), ("locked.pdf", "by-name"), ("other/locked.pdf", "by-name"), ("x.pdf", None),
])
def test_passwords_by_relative_path_then_by_name(file, want):
    limits = Limits(passwords={"sub/locked.pdf": "by-path", "locked.pdf": "by-name"})
    assert limits.password_for(file) == want
