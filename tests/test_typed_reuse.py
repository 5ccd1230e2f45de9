"""A deck-keyed table typed by what changed (publish/typed_reuse.py, issue 25): the untouched decks' typed rows
come back from the previous generation's Parquet file, and the table is the same as typed whole."""
from __future__ import annotations

import pandas as pd
import pytest

from extract.publish.formats import arrow_table, parquet_bytes
from extract.publish.typed_reuse import read_arrow, read_typed, typed_by_deck, typed_pair
from extract.tables import frame, typed


def budget(doc: str, seq: int, yen: int, program_id: str | None = None, origin: str = "mention") -> dict[str, object]:
    return {"doc": doc, "seq": seq, "program": f"事業{seq}", "program_id": program_id, "fy": 2024, "role": "budget",
            "budget_yen": yen, "previous_budget_yen": None, "change_pct": 1.5 if seq else None, "page": 1, "line": seq,
            "text": f"{yen}円", "x0": 0.5, "origin": origin}


OLD = [budget("a", 0, 10), budget("a", 1, 11), budget("b", 0, 20), budget("c", 0, 30), budget("b", 5, 25, origin="cell")]


@pytest.mark.parametrize("new,touched", [
    ([budget("a", 0, 10), budget("a", 1, 11), budget("b", 0, 21), budget("c", 0, 30), budget("b", 5, 26, origin="cell")], {"b"}),
    ([budget("a", 0, 10), budget("a", 1, 11), budget("ab", 0, 99), budget("b", 0, 20), budget("c", 0, 30),
      budget("b", 5, 25, origin="cell")], {"ab"}),
    ([budget("a", 0, 10), budget("a", 1, 11), budget("c", 0, 30)], {"b"}),
    ([budget("a", 0, 10, "P1"), budget("a", 1, 11, "P1"), budget("b", 0, 20, "P1"), budget("c", 0, 30),
      budget("b", 5, 25, origin="cell")], {"b"}),
    ([budget("a", 0, 10), budget("b", 0, 20), budget("c", 0, 30), budget("b", 5, 25, origin="cell")], {"a"}),
    ([budget("a", 0, 10), budget("a", 1, 11), budget("a", 2, 12), budget("b", 0, 20), budget("c", 0, 30),
      budget("b", 5, 25, origin="cell")], set()),
    ([], {"a", "b", "c"}),
], ids=["changed", "added", "removed", "programme id moved in kept decks", "a deck lost a row", "rows not said touched",
        "all removed"])
def test_a_table_typed_by_deck_is_the_table_typed_whole(tmp_path, new, touched):
    path = tmp_path / "budgets.parquet"
    path.write_bytes(parquet_bytes(frame(OLD, "budgets"), "budgets"))
    df = frame(new, "budgets")
    got, arrow = typed_pair(df, "budgets", read_arrow(path, "budgets"), touched)
    pd.testing.assert_frame_equal(got, typed(df, "budgets"), check_exact=True)
    assert parquet_bytes(df, "budgets", got) == parquet_bytes(df, "budgets")
    if arrow is not None:  # the kept rows taken in Arrow: the Arrow table a whole typing converts to, in one chunk
        assert arrow.equals(arrow_table(df, "budgets"), check_metadata=True)
        assert all(c.num_chunks == 1 for c in arrow.columns)
        assert parquet_bytes(df, "budgets", got, arrow) == parquet_bytes(df, "budgets")


def test_the_kept_decks_rows_are_read_back_not_typed_again(tmp_path):
    """What makes it cheaper: a deck not touched keeps the file's rows (here a file edited to tell them apart)."""
    path = tmp_path / "budgets.parquet"
    path.write_bytes(parquet_bytes(frame([budget("a", 0, 7), budget("b", 0, 20)], "budgets"), "budgets"))
    df = frame([budget("a", 0, 10), budget("b", 0, 21)], "budgets")
    assert typed_by_deck(df, "budgets", read_arrow(path, "budgets"), {"b"})["budget_yen"].tolist() == [7, 21]
    assert typed_by_deck(df, "budgets", read_arrow(path, "budgets"), None)["budget_yen"].tolist() == [10, 21]
    assert typed_by_deck(df, "budgets", read_arrow(path, "budgets"), {"a", "b"})["budget_yen"].tolist() == [10, 21]


@pytest.mark.parametrize("written,read,usable", [
    ("budgets", "budgets", True), ("amounts", "amounts", True), ("amounts", "budgets", False), ("counts", "durations", False),
])
def test_a_parquet_file_is_read_back_only_under_its_own_schema(tmp_path, written, read, usable):
    path = tmp_path / "t.parquet"
    row = {**budget("a", 0, 1), "unit": "年", "counter": "件", "context": "1円", "min": 1.0, "max": 2.0, "yen_min": 1, "yen_max": 1}
    df = frame([row], written)
    path.write_bytes(parquet_bytes(df, written))
    got = read_typed(path, read)
    assert (got is not None) == usable
    if usable:
        pd.testing.assert_frame_equal(got, typed(df, written), check_exact=True)


def test_no_file_or_a_broken_one_is_not_read(tmp_path):
    assert read_typed(tmp_path / "none.parquet", "budgets") is None
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    assert read_typed(tmp_path / "bad.parquet", "budgets") is None


@pytest.mark.parametrize("cell_budgets", [
    [],
    [budget("a", 7, 10, origin="cell")],
    [{**budget("a", 7, 99, origin="cell"), "extra": 1, "fy": 2024.0}, {"doc": "b", "seq": 1, "page": 2, "line": 3, "budget_yen": 5}],
    [{**budget("c", 2, 30, origin="cell"), "line": 0}],
], ids=["none", "stated by a mention", "new, with a key not a column and a whole float", "same figure, other line"])
def test_budget_rows_for_the_linker_are_the_frames_rows(cell_budgets):
    """The linker gets the budgets rows without a frame (`rows_of`, `with_cell_budget_rows`): the same rows, in
    the same order, as the frame the merge built before (`with_cell_budgets`, then `to_dict`)."""
    from extract.run.merging import with_cell_budget_rows, with_cell_budgets
    from extract.tables import rows_of

    mentions = [{**b, "fy": None} if b["seq"] == 1 else b for b in OLD]
    want = with_cell_budgets(frame(mentions, "budgets"), cell_budgets).to_dict("records")
    got = with_cell_budget_rows(rows_of(mentions, "budgets"), cell_budgets)
    assert got == want and [list(r) for r in got] == [list(r) for r in want]


def programme(pid: str, name: str, docs: list[str]) -> dict[str, object]:
    return {"program_id": pid, "issuer": None, "program": name, "aliases": [], "acronym": None, "fiscal_years": [2024],
            "docs": docs, "names": 1, "linked_by": [], "not_linked": []}


PROGRAMMES = [programme("P1", "事業A", ["a"]), programme("P2", "事業B", ["b", "c"])]


@pytest.mark.parametrize("again,linked", [
    (PROGRAMMES, True),
    ([PROGRAMMES[0], programme("P2", "事業B", ["b"])], False),
    ([PROGRAMMES[1], PROGRAMMES[0]], False),
    (PROGRAMMES[:1], False),
    ([PROGRAMMES[0], {**PROGRAMMES[1], "fiscal_years": [2024, 2025]}], False),
], ids=["same rows", "a programme lost a deck", "other order", "one gone", "a year more"])
def test_a_table_across_decks_is_linked_from_the_last_generation_only_when_its_rows_are_the_same(tmp_path, again, linked):
    """`programs` (no `doc` column) is hard-linked from the previous generation when its typed rows hash the same
    (formats.publish_all, `table_digest`); otherwise written, and the files are those a first write gives."""
    from extract.publish.formats import publish_all

    first, second, fresh = tmp_path / "g1", tmp_path / "g2", tmp_path / "fresh"
    for d in (first, second, fresh):
        d.mkdir()
    publish_all(first, {"programs": frame(PROGRAMMES, "programs")})
    publish_all(second, {"programs": frame(again, "programs")}, prev=first, touched=set())
    publish_all(fresh, {"programs": frame(again, "programs")})
    for name in ("programs.csv", "programs_excel.csv", "programs.json", "programs.parquet"):
        assert (second / name).read_bytes() == (fresh / name).read_bytes()
        assert ((second / name).stat().st_ino == (first / name).stat().st_ino) == linked


@pytest.mark.parametrize("again,touched", [
    ([budget("a", 0, 10, "P1"), budget("a", 1, 11), budget("b", 0, 21), budget("c", 0, 30), budget("b", 5, 26, origin="cell")],
     {"b"}),
    ([budget("a", 0, 10), budget("a", 1, 11), budget("ab", 0, 99), budget("b", 0, 20), budget("c", 0, 30),
      budget("b", 5, 25, origin="cell")], {"ab"}),
    ([budget("a", 0, 10), budget("a", 1, 11), budget("b", 5, 25, origin="cell")], {"c", "b"}),
    (OLD, set()),
], ids=["one changed, a kept deck's programme id moved", "one added", "one removed, one lost a row", "none"])
def test_a_generation_after_a_change_is_the_one_a_first_run_writes(tmp_path, again, touched):
    """The kept decks' typed rows taken in Arrow from the last generation's Parquet (`typed_pair`): every file of
    the table (Parquet, CSV, JSON) the same bytes as a first run over the same rows, and DuckDB's table the same."""
    import duckdb

    from extract.publish.formats import DUCKDB_FILE, publish_all

    first, second, fresh = tmp_path / "g1", tmp_path / "g2", tmp_path / "fresh"
    for d in (first, second, fresh):
        d.mkdir()
    publish_all(first, {"budgets": frame(OLD, "budgets")})
    publish_all(second, {"budgets": frame(again, "budgets")}, prev=first, touched=touched)
    publish_all(fresh, {"budgets": frame(again, "budgets")})
    for name in ("budgets.csv", "budgets_excel.csv", "budgets.json", "budgets.parquet"):
        assert (second / name).read_bytes() == (fresh / name).read_bytes(), name
    got, want = (duckdb.connect(str(d / DUCKDB_FILE), read_only=True).execute("SELECT * FROM budgets").df()
                 for d in (second, fresh))
    pd.testing.assert_frame_equal(got, want, check_exact=True)


def change(run: str, doc: str, line: int, new_min: str | None = "1") -> dict[str, object]:
    return {"run_id": run, "doc": doc, "change": "added", "kind": "amount", "page": 1, "line": line, "text": f"{line}円",
            "old_min": None, "old_max": None, "new_min": new_min, "new_max": new_min}


CHANGES = [change("r1", "a", 1), change("r1", "b", 2), change("r2", "a", 3, None)]


@pytest.mark.parametrize("new", [
    CHANGES + [change("r3", "a", 4), change("r3", "c", 5)],
    CHANGES,
    CHANGES[:2] + [change("r2", "a", 3, None), change("r2", "b", 9)],
    CHANGES[1:] + [change("r3", "a", 4)],
    [],
], ids=["a run's rows appended", "no new run", "a kept run with a row more", "a run's first row gone", "none"])
def test_changes_are_typed_by_run(tmp_path, new):
    """`changes` is only appended to: the last generation's runs keep their typed rows, whatever decks this run
    touched; a run whose rows are not as many as in the file is typed again."""
    path = tmp_path / "changes.parquet"
    path.write_bytes(parquet_bytes(frame(CHANGES, "changes"), "changes"))
    df = frame(new, "changes")
    got, arrow = typed_pair(df, "changes", read_arrow(path, "changes"), {"a"})
    pd.testing.assert_frame_equal(got, typed(df, "changes"), check_exact=True)
    if arrow is not None:
        assert parquet_bytes(df, "changes", got, arrow) == parquet_bytes(df, "changes")


def test_a_published_runs_changes_come_from_the_file(tmp_path):
    path = tmp_path / "changes.parquet"
    path.write_bytes(parquet_bytes(frame([change("r1", "a", 1, "7")], "changes"), "changes"))
    df = frame([change("r1", "a", 1, "8"), change("r2", "a", 1, "9")], "changes")
    assert typed_by_deck(df, "changes", read_arrow(path, "changes"), {"a"})["new_min"].tolist() == ["7", "9"]
    assert typed_by_deck(df, "changes", read_arrow(path, "changes"), None)["new_min"].tolist() == ["8", "9"]
