"""What the report's caches key on and how they mark their files used (issue 25): a section's key
(`page.section_key`, serialized by pickle without its memo) tells apart everything a section shows and
nothing else; a cached chart is stat-ed once and touched at most once a day; the cache is pruned once a day."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from extract.housekeeping import CACHE_KEEP_DAYS, PRUNED_STAMP, TOUCH_EVERY_S, prune_daily, used
from extract.report.page import section_key

ROW = {"doc": "d1", "fy": 2024, "budget_yen": 1_100_000_000, "program": "事業", "box": (1.0, 2.0, 3.0, 4.0)}


# two sets of shown data -> the same key?
@pytest.mark.parametrize("a, b, same", [
    ((ROW,), (dict(ROW),), True),                                  # equal data, other objects
    (([ROW, ROW],), ([dict(ROW), dict(ROW)],), True),              # one object shown twice, or two equal ones
    (({"v": "x" * 3},), ({"v": "".join(["x", "x", "x"])},), True),  # equal strings made apart
    (({"v": 1},), ({"v": 1.0},), False),                           # rendered differently: 1 and 1.0
    (({"v": 1},), ({"v": True},), False),
    (({"v": None},), ({"v": float("nan")},), False),
    (({"a": 1, "b": 2},), ({"b": 2, "a": 1},), False),             # another order of columns
    ((ROW,), ({**ROW, "program": "事業2"},), False),
    (("deck_row", ROW, 3), ("deck_row", ROW, 4), False),
    ((float("nan"),), (float("nan"),), True),
])
def test_a_sections_key_tells_apart_what_it_shows(a, b, same):
    assert (section_key(*a) == section_key(*b)) is same


def test_what_pickle_cannot_take_is_keyed_by_its_json():
    lock = threading.Lock()  # not picklable: keyed as before (its repr), stable within a run
    assert section_key({"v": lock}) == section_key({"v": lock})
    assert section_key({"v": lock}) != section_key({"v": 1})


def test_a_cached_file_is_touched_at_most_once_a_day(tmp_path: Path):
    now = time.time()
    fresh, stale = tmp_path / "fresh.svg", tmp_path / "stale.svg"
    for p, age in ((fresh, 3600), (stale, TOUCH_EVERY_S + 60)):
        p.write_text("<svg/>", encoding="utf-8")
        os.utime(p, (now - age, now - age))
    assert used(str(fresh), now) == 6 and used(str(stale), now) == 6
    assert os.stat(fresh).st_mtime == pytest.approx(now - 3600)  # used within the day: left as it is
    assert os.stat(stale).st_mtime > now - 60  # marked as used: kept by the pruning
    assert used(str(tmp_path / "none.svg"), now) is None and used(str(tmp_path), now) is None  # no file, a folder


def test_the_cache_is_pruned_once_a_day(tmp_path: Path):
    out = tmp_path / "out"
    (out / ".cache" / "charts").mkdir(parents=True)
    old_time = time.time() - (CACHE_KEEP_DAYS + 1) * 86400

    def old_file(name: str) -> Path:
        p = out / ".cache" / "charts" / name
        p.write_text("x", encoding="utf-8")
        os.utime(p, (old_time, old_time))
        return p

    a = old_file("a.svg")
    now = time.time()
    assert prune_daily(out, now) == 1 and not a.exists() and (out / ".cache" / PRUNED_STAMP).is_file()
    b = old_file("b.svg")
    assert prune_daily(out, now + 3600) == 0 and b.exists()  # pruned within the day: not looked at
    assert prune_daily(out, now + TOUCH_EVERY_S + 60) == 1 and not b.exists()


def test_a_linked_cache_is_not_pruned_nor_written_through(tmp_path: Path):
    out, victim = tmp_path / "out", tmp_path / "victim"
    victim.mkdir()
    (victim / "old.jpg").write_text("keep me", encoding="utf-8")
    os.utime(victim / "old.jpg", (0, 0))
    out.mkdir()
    os.symlink(victim, out / ".cache")
    assert prune_daily(out) == 0 and (victim / "old.jpg").exists() and not (victim / PRUNED_STAMP).exists()
    assert prune_daily(tmp_path / "none") == 0  # no output folder: nothing to prune, nothing written
