"""A kept deck's segment digests without hashing its rows (publish/segments.py, typed_reuse.typed_kept; issue 25):
a deck whose typed rows are proven the last generation's (taken from its Parquet, the columns computed across
decks the same) keeps the last index's digest; every file and the index are those a first run writes."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from extract.publish import segments
from extract.publish.formats import parquet_bytes, publish_all
from extract.publish.typed_reuse import read_arrow, typed_kept
from extract.tables import frame


def budget(doc: str, seq: int, yen: int, program_id: str | None = None, origin: str = "mention") -> dict[str, object]:
    return {"doc": doc, "seq": seq, "program": f"事業{seq}", "program_id": program_id, "fy": 2024, "role": "budget",
            "budget_yen": yen, "previous_budget_yen": None, "change_pct": 1.5 if seq else None, "page": 1, "line": seq,
            "text": f"{yen}円", "x0": 0.5, "origin": origin}


OLD = [budget("a", 0, 10, "P1"), budget("a", 1, 11), budget("b", 0, 20), budget("c", 0, 30, "P2"),
       budget("b", 5, 25, origin="cell")]


@pytest.mark.parametrize("new,touched,same", [
    ([budget("a", 0, 10, "P1"), budget("a", 1, 11), budget("b", 0, 21), budget("c", 0, 30, "P2"),
      budget("b", 5, 26, origin="cell")], {"b"}, [0, 1, -1, 3, -1]),
    ([budget("a", 0, 10, "P9"), budget("a", 1, 11), budget("b", 0, 21), budget("c", 0, 30, "P2"),
      budget("b", 5, 25, origin="cell")], {"b"}, [-1, 1, -1, 3, -1]),
    ([budget("a", 0, 10, "P1"), budget("a", 1, 11), budget("c", 0, 30, None)], {"b"}, [0, 1, -1]),
    ([budget("a", 0, 10, "P1"), budget("ab", 0, 9), budget("a", 1, 11), budget("c", 0, 30, "P2")], {"ab", "b"},
     [-1, -1, -1, 3]),
    ([budget("a", 0, 10, "P1"), budget("b", 0, 20), budget("c", 0, 30, "P2"), budget("b", 5, 25, origin="cell")],
     set(), [-1, 2, 3, 4]),
    (OLD, set(), [0, 1, 2, 3, 4]),
], ids=["one changed", "a kept deck's programme id moved", "a programme id gone", "a deck put inside another's rows",
        "a deck lost a row, not said touched", "none"])
def test_each_row_is_placed_in_the_last_table_only_when_it_is_that_row(tmp_path, new, touched, same):
    path = tmp_path / "budgets.parquet"
    path.write_bytes(parquet_bytes(frame(OLD, "budgets"), "budgets"))
    _, _, got = typed_kept(frame(new, "budgets"), "budgets", read_arrow(path, "budgets"), touched)
    assert got is not None and got.tolist() == same


def test_no_placing_without_a_last_table_or_for_a_table_by_run(tmp_path):
    path = tmp_path / "budgets.parquet"
    path.write_bytes(parquet_bytes(frame(OLD, "budgets"), "budgets"))
    assert typed_kept(frame(OLD, "budgets"), "budgets", None, set())[2] is None
    assert typed_kept(frame(OLD, "budgets"), "budgets", read_arrow(path, "budgets"), None)[2] is None


def generations(tmp_path, again, touched, spoil=None):
    first, second, fresh = (tmp_path / n for n in ("g1", "g2", "fresh"))
    for d in (first, second, fresh):
        d.mkdir()
    publish_all(first, {"budgets": frame(OLD, "budgets")})
    if spoil is not None:
        spoil(first / segments.SEGMENTS_FILE)
    publish_all(second, {"budgets": frame(again, "budgets")}, prev=first, touched=touched)
    publish_all(fresh, {"budgets": frame(again, "budgets")})
    return first, second, fresh


def index(folder):
    return json.loads((folder / segments.SEGMENTS_FILE).read_text(encoding="utf-8"))["budgets"]


def hashed_rows(monkeypatch) -> list[int]:
    """The number of rows of each hashing of a table's rows (spied)."""
    seen: list[int] = []
    real = pd.util.hash_pandas_object

    def spy(obj, *args, **kw):
        seen.append(len(obj))
        return real(obj, *args, **kw)
    monkeypatch.setattr(segments.pd.util, "hash_pandas_object", spy)
    return seen


MOVED = [budget("a", 0, 10, "P9"), budget("a", 1, 11), budget("b", 0, 21), budget("c", 0, 30, "P2"),
         budget("b", 5, 25, origin="cell")]


@pytest.mark.parametrize("again,touched,rows", [
    (MOVED, {"b"}, 4),  # b's two rows (touched) and a's two (its programme id moved)
    ([budget("a", 0, 10, "P1"), budget("a", 1, 11), budget("b", 0, 21), budget("c", 0, 30, "P2"),
      budget("b", 5, 25, origin="cell")], {"b"}, 2),
    (OLD, set(), 0),
    ([budget("a", 0, 10, "P1"), budget("a", 1, 11), budget("c", 0, 30, "P2")], {"b"}, 0),
], ids=["another deck's change moved a kept deck's programme id", "one changed", "none", "one removed"])
def test_only_rows_not_proven_kept_are_hashed_and_the_index_is_a_first_runs(tmp_path, monkeypatch, again, touched, rows):
    seen = hashed_rows(monkeypatch)
    _, second, fresh = generations(tmp_path, again, touched)
    # the first run and the fresh one hash every row; the second only those not proven
    assert seen[1] == rows, seen
    assert index(second)["segments"] == index(fresh)["segments"]
    for name in ("budgets.csv", "budgets_excel.csv", "budgets.json", "budgets.parquet"):
        assert (second / name).read_bytes() == (fresh / name).read_bytes(), name


def test_a_deck_whose_programme_id_moved_gets_a_new_digest_and_rows(tmp_path):
    first, second, _ = generations(tmp_path, MOVED, {"b"})
    assert index(second)["segments"]["a#0"][0] != index(first)["segments"]["a#0"][0]
    assert index(second)["segments"]["c#0"] == index(first)["segments"]["c#0"]
    assert b"P9" in (second / "budgets.csv").read_bytes()


def damage_digest(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    data["budgets"]["segments"]["c#0"][0] = "0" * 24
    path.write_text(json.dumps(data), encoding="utf-8")


def damage_seal(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    data["budgets"]["seal"] = "x"
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("spoil", [damage_digest, damage_seal], ids=["a kept digest edited", "the seal edited"])
def test_an_index_edited_since_written_keeps_no_digest(tmp_path, monkeypatch, spoil):
    seen = hashed_rows(monkeypatch)
    _, second, fresh = generations(tmp_path, MOVED, {"b"}, spoil)
    assert seen[1] == len(MOVED)  # every row hashed again
    assert index(second)["segments"] == index(fresh)["segments"]
    for name in ("budgets.csv", "budgets_excel.csv", "budgets.json"):
        assert (second / name).read_bytes() == (fresh / name).read_bytes(), name


@pytest.mark.parametrize("same", [None, np.array([0, 1, 2]), np.array([0, -1, 2, 3, 4]), np.array([0, 1, 2, 3, 4])],
                         ids=["none", "not as many rows", "one row not proven", "all proven"])
def test_segments_of_keeps_a_digest_only_for_a_run_every_row_of_which_is_proven(same):
    data = frame(OLD, "budgets")
    from extract.tables import typed
    data = typed(data, "budgets")
    whole = segments.segments_of(data)
    old = {s.key: ["kept", s.stop - s.start] for s in whole}
    got = segments.segments_of(data, same, old)
    proven = [] if same is None or len(same) != len(data) else \
        [s.key for s in whole if (same[s.start:s.stop] >= 0).all()]
    assert [s.digest for s in got] == ["kept" if s.key in proven else s.digest for s in whole]
    old["c#0"] = ["kept", 2]  # held with another number of rows: hashed
    assert next(s for s in segments.segments_of(data, same, old) if s.key == "c#0").digest == whole[2].digest
