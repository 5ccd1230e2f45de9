"""A long PDF's pages read by more than one process (issue 25, `ingest/page_readers.py`): the same pages,
lines and tables in the same order whatever the number of readers, the other readers really are other
processes, and an error is the one a page-by-page reading meets first."""
from __future__ import annotations

import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from extract.ingest.page_readers import RUN, aside, can_fork, in_steps, read_pages
from extract.ingest.pdf import read_pdf

DATA = Path(__file__).parent / "data"


def page_and_reader(page: int) -> tuple[int, int]:
    time.sleep(0.05)  # a page takes time: every reader is at work before the runs run out (each takes the next run)
    return page, os.getpid()


def in_fresh_process(fn, *args):
    """Run `fn` in a new single-threaded process: readers fork only from one (the deck's child in a run), and the
    test process has threads of its own once other tests have run (a Prefect server, thread pools)."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def pages_read(n_pages: int, workers: int) -> tuple[bool, int, list[tuple[int, int]]]:
    return can_fork(), os.getpid(), read_pages(page_and_reader, n_pages, workers)


@pytest.mark.parametrize("n_pages", [1, RUN, 2 * RUN - 1, 2 * RUN, 5 * RUN + 3])
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_every_page_once_in_page_order(n_pages, workers):
    forks, me, got = in_fresh_process(pages_read, n_pages, workers)
    assert forks  # the reading process has one thread: otherwise the comparison below would be vacuous
    assert [p for p, _ in got] == list(range(1, n_pages + 1))
    readers = {pid for _, pid in got}
    # a reader takes at least two runs of pages: fewer pages are read here, by this process alone
    expected = min(workers, n_pages // RUN) if n_pages >= 2 * RUN else 1
    assert len(readers) == max(1, expected)
    assert (me in readers) is True


def failing_from(bad: set[int]):
    def read(page: int) -> int:
        if page in bad:
            raise ValueError(f"page {page} is broken")
        return page
    return read


@pytest.mark.parametrize("bad, first", [
    ({20}, 20),  # in the third run, whichever reader takes it
    ({12, 3}, 3),  # two runs fail: the lowest page's error, as one reader would meet it
    ({40, 12}, 12),
    ({33}, 33),
    ({47, 2}, 2),  # the first run and the last: a reader stopped at page 2 leaves the others the rest
])
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_the_error_of_the_lowest_page(bad, first, workers):
    with pytest.raises(ValueError, match=f"page {first} is broken"):
        read_pages(failing_from(bad), 48, workers)


def test_no_error_near_miss():
    """A failing page past the deck's end is never read."""
    assert read_pages(failing_from({49}), 48, 2) == list(range(1, 49))


def crashing_reader():
    here = os.getpid()

    def read(page: int) -> int:
        if os.getpid() != here:  # a forked reader dies without a word
            os._exit(3)
        time.sleep(0.05)  # the forked reader takes a run before this one has read them all
        return page
    return read


def crash_message() -> str:
    try:
        read_pages(crashing_reader(), 4 * RUN, 2)
    except RuntimeError as e:
        return str(e)
    return "no error"


def test_a_reader_that_dies_is_an_error_not_a_hang():
    assert "page reader process crashed (exit code 3" in in_fresh_process(crash_message)


@pytest.mark.slow
@pytest.mark.parametrize("deck", ["decks/tables/nankoku_r8_tousho_yosan_2026-02-24.pdf"])
def test_a_pdf_reads_the_same_with_two_readers(deck):
    path = DATA / deck
    one = read_pdf(path, path.read_bytes(), use_ocr=False)
    two = read_pdf(path, path.read_bytes(), use_ocr=False, page_workers=2)
    assert one.pages == two.pages >= 2 * RUN and one.tables
    assert [(l.text, l.page, l.boxes) for l in two.lines] == [(l.text, l.page, l.boxes) for l in one.lines]
    assert repr(two.tables) == repr(one.tables)
    assert two.pages_without_text == one.pages_without_text


@pytest.mark.slow
def test_a_deck_extracts_the_same_with_its_pages_split(tmp_path):
    """Through the deck's child process (where the readers fork): the same records, cells and budgets."""
    from extract.run import extract_deck_file

    deck = tmp_path / "nankoku_r8_tousho_yosan_2026-02-24.pdf"
    deck.write_bytes((DATA / "decks/tables/nankoku_r8_tousho_yosan_2026-02-24.pdf").read_bytes())
    one, two = extract_deck_file(deck), extract_deck_file(deck, page_workers=2)
    assert one.status == two.status and one.error is None and one.cells
    assert (two.records, two.cells, two.cell_budgets, two.outline) == (one.records, one.cells, one.cell_budgets, one.outline)


def slow_pages(folder: str) -> list[int]:
    """Every reader (this process and the forked one) notes its pid, then uses far more CPU than the limit."""
    from tests.sandbox_helpers import spin

    def read(page: int) -> int:
        (Path(folder) / str(os.getpid())).touch()
        spin(60)
        return page
    return read_pages(read, 4 * RUN, 2)


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in state  # ended, not yet reaped by whoever adopted it


# long enough for both readers to start on a loaded machine (another test worker on the other core), far
# below the readers' 60 CPU seconds; the limit counts both readers' CPU
@pytest.mark.parametrize("timeout", [10.0])
def test_the_deck_time_limit_stops_its_page_readers_too(tmp_path, timeout):
    import time

    from extract.model import DeckError
    from extract.sandbox import Limits, run_limited

    with pytest.raises(DeckError, match="used more than"):
        run_limited(slow_pages, (str(tmp_path),), Limits(timeout=timeout))
    pids = [int(p.name) for p in tmp_path.iterdir()]
    assert len(pids) == 2  # the deck's process and its forked reader both read
    for _ in range(50):  # the kill reaches the reader through the kernel: give it a moment
        if all(gone(pid) for pid in pids):
            break
        time.sleep(0.1)
    assert [pid for pid in pids if not gone(pid)] == []


def work_beside(workers: int, fail: bool) -> tuple[int, list[object]]:
    """The pid of this process, then what `aside` gave twice (its value or its error) and what it ran where."""
    def work() -> tuple[int, list[int]]:
        if fail:
            raise ValueError("the side work failed")
        return os.getpid(), [n * n for n in range(5)]

    side = aside(work, workers)
    got: list[object] = []
    for _ in range(2):
        try:
            got.append(side())
        except ValueError as e:
            got.append(str(e))
    return os.getpid(), got


@pytest.mark.parametrize("workers, elsewhere", [(1, False), (2, True), (3, True), (0, False)])
@pytest.mark.parametrize("fail", [False, True])
def test_work_aside_gives_the_same_result_once(workers, elsewhere, fail):
    me, got = in_fresh_process(work_beside, workers, fail)
    if fail:
        assert got == ["the side work failed"] * 2  # the error, again when asked again
        return
    (pid, squares), again = got
    assert squares == [0, 1, 4, 9, 16] and again == got[0]  # computed once: the same process both times
    assert (pid != me) is elsewhere


def test_work_aside_stays_here_in_a_threaded_process():
    """A process with other threads never forks (near miss of the case above): the work runs here."""
    import threading

    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert aside(os.getpid, 2)() == os.getpid()
    finally:
        stop.set()
        t.join()


@pytest.mark.parametrize("n_pages, most", [(612, 8), (8 * 1024, 8), (8 * 1024 + 1, 9), (100_000, 98)])
def test_a_deck_of_many_pages_has_runs_a_pipe_holds(n_pages, most):
    """The queue is written whole before any reader reads it: never more runs than a one-page pipe holds."""
    from extract.ingest.page_readers import _Queue, _runs

    runs = _runs(n_pages)
    assert len(runs) <= _Queue.RUNS and max(len(r) for r in runs) == most
    assert [p for r in runs for p in r] == list(range(1, n_pages + 1))


def steps_run(workers: int, fail: int | None, folder: str) -> tuple[int, list[object]]:
    """This pid, then each step's (pid, value) or error, asked for in order. The second step waits for a file this
    process writes only once it has the first step's result: the first result comes back before the second is done."""
    gate = Path(folder) / "gate"

    def step(k: int):
        def run() -> tuple[int, int]:
            if k == 1:
                for _ in range(200):
                    if gate.exists() or os.getpid() == me:
                        break
                    time.sleep(0.02)
                else:
                    raise TimeoutError("the first result was not taken before the second step ended")
            if fail == k:
                raise ValueError(f"step {k} failed")
            return os.getpid(), k * 10
        return run

    me = os.getpid()
    steps = in_steps([step(0), step(1)], workers)
    got: list[object] = []
    for k in (0, 1, 1):
        try:
            got.append(steps.get(k))
        except ValueError as e:
            got.append(str(e))
        gate.touch()
    steps.stop()
    return me, got


@pytest.mark.parametrize("workers, elsewhere", [(1, False), (2, True), (0, False)])
@pytest.mark.parametrize("fail, want", [
    (None, [0, 10, 10]),
    (0, ["step 0 failed"] * 3),  # an error ends the steps: the later one gives it too
    (1, [0, "step 1 failed", "step 1 failed"]),
])
def test_steps_give_each_result_as_it_is_done(tmp_path, workers, elsewhere, fail, want):
    me, got = in_fresh_process(steps_run, workers, fail, str(tmp_path))
    assert [g if isinstance(g, str) else g[1] for g in got] == want
    pids = {g[0] for g in got if not isinstance(g, str)}
    assert (not pids) is (fail == 0) and all((pid != me) is elsewhere for pid in pids)


def crashing_steps() -> str:
    steps = in_steps([lambda: os.getpid(), lambda: os._exit(5)], 2)
    steps.get(0)
    try:
        steps.get(1)
    except RuntimeError as e:
        return str(e)
    return "no error"


def test_a_step_process_that_dies_is_an_error():
    assert "crashed (exit code 5" in in_fresh_process(crashing_steps)
