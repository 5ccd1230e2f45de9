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
    assert seen == [(collector.YOUNG, collector.OLDER, collector.OLDER)]
    assert gc.get_threshold() == (700, 10, 10)
