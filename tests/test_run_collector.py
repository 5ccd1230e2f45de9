"""The collector's thresholds during a run (`extract.run.collector`): raised for the run, put back after it,
an error included, whatever they were before; a run's outputs do not depend on them."""
from __future__ import annotations

import gc

import pytest

from extract.run import collector
from extract.run.collector import OLDER, YOUNG, fewer_collections


@pytest.fixture(autouse=True)
def _thresholds_kept():
    was = gc.get_threshold()
    yield
    gc.set_threshold(*was)


@pytest.mark.parametrize("before", [(700, 10, 10), (1, 1, 1), (100_000, 50, 50), (0, 10, 10)])
def test_thresholds_are_raised_inside_and_put_back_after(before):
    gc.set_threshold(*before)
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG, OLDER, OLDER)
    assert gc.get_threshold() == before


def test_thresholds_are_put_back_after_an_error():
    gc.set_threshold(700, 10, 10)
    with pytest.raises(KeyError), fewer_collections(1234, 5):
        assert gc.get_threshold() == (1234, 5, 5)
        raise KeyError("x")
    assert gc.get_threshold() == (700, 10, 10)


def test_nested_blocks_put_back_the_outer_thresholds():
    gc.set_threshold(700, 10, 10)
    with fewer_collections(5000, 3):
        with fewer_collections():
            assert gc.get_threshold() == (YOUNG, OLDER, OLDER)
        assert gc.get_threshold() == (5000, 3, 3)
    assert gc.get_threshold() == (700, 10, 10)


def test_the_collector_stays_on_and_cycles_are_still_freed():
    """Rarer passes, not none: a cycle made inside the block is freed by the next pass."""
    import weakref

    class Node:
        pass

    with fewer_collections():
        assert gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        gc.collect()
        assert gone() is None


def test_the_run_holds_the_raised_thresholds(monkeypatch, tmp_path):
    """`run` plans, reads and publishes inside the block (seen from the plan), and leaves the defaults after."""
    import extract.run as run_mod

    seen = []

    def plan_run(options, prev):
        seen.append(gc.get_threshold())
        raise RuntimeError("stop after the plan")

    monkeypatch.setattr(run_mod, "plan_run", plan_run)
    gc.set_threshold(700, 10, 10)
    (tmp_path / "raw").mkdir()
    with pytest.raises(RuntimeError, match="stop after the plan"):
        run_mod.run({"raw": str(tmp_path / "raw"), "out_dir": str(tmp_path / "out"), "settle_seconds": 0})
    # a whole run's middle passes are rarer still: nearly every object it keeps lives to its end
    assert seen == [(collector.YOUNG, collector.RUN_OLDER, collector.RUN_OLDER)]
    assert gc.get_threshold() == (700, 10, 10)


def _young_passes(work):
    """How many passes over the young objects `work()` set off (gc.callbacks sees each pass start)."""
    passes = []

    def seen(phase, info):
        if phase == "start" and info["generation"] == 0:
            passes.append(1)

    gc.callbacks.append(seen)
    try:
        work()
    finally:
        gc.callbacks.remove(seen)
    return len(passes)


def _text_deck(tmp_path):
    from extract.run import as_deck_file

    deck = tmp_path / "raw" / "yosan_2024-05-09.txt"
    deck.parent.mkdir()
    rows = [f"令和6年度 第{i}事業 予算額 {i * 3}億{i}千万円（前年度 {i * 2}億円）補助率 1/2 {i}件" for i in range(1, 300)]
    deck.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return as_deck_file(deck)


def test_a_deck_is_processed_with_the_raised_thresholds_and_they_are_put_back(tmp_path):
    """The deck's child reads and extracts its deck with rarer passes (a long PDF's lines and tables are millions
    of objects a full pass walks): the same deck's reading and rules at the default thresholds set off dozens."""
    from extract.ingest import read_deck_file
    from extract.mentions import extract_deck
    from extract.run import process_deck

    deck = _text_deck(tmp_path)
    whole = len(extract_deck(read_deck_file(deck)))  # warm: the rules' tables and dictionaries are built once
    gc.set_threshold(700, 10, 10)
    default = _young_passes(lambda: extract_deck(read_deck_file(deck)))
    got = []
    raised = _young_passes(lambda: got.append(process_deck(deck, None, 50.0)))
    assert gc.get_threshold() == (700, 10, 10)
    assert default >= 10 and raised <= default // 10
    assert len(got[0].records) == whole > 1000  # the same deck, read whole


def test_a_deck_that_cannot_be_read_puts_the_thresholds_back(tmp_path):
    from extract.model import DeckError
    from extract.run import as_deck_file, process_deck

    bad = tmp_path / "raw" / "broken.pdf"
    bad.parent.mkdir()
    bad.write_bytes(b"not a pdf at all")
    gc.set_threshold(700, 10, 10)
    with pytest.raises(DeckError):
        process_deck(as_deck_file(bad), None, 50.0)
    assert gc.get_threshold() == (700, 10, 10)
