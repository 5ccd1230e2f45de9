"""The workbook's sheets written by deck segments (publish/sheet_reuse.py, issue 25): on the next publication
the rows of the decks that did not change are copied from the last workbook, only the others rendered, and
every sheet is the same XML a whole write gives."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from extract.publish.formats import publish_all
from extract.publish.segments import load_index
from extract.publish.sheet_reuse import BOOK_KEY
from extract.tables import frame


def _amounts(docs: dict[str, int], value: float = 1e9) -> dict[str, object]:
    rows = [{"doc": doc, "seq": k, "kind": "amount", "text": f"{doc} {k}億円", "unit": "yen", "context": f"line {k}", "min": value + k,
             "max": value + k, "page": None, "line": k + 1} for doc, n in docs.items() for k in range(n)]
    return {"mentions": frame(rows, "mentions")}


def _sheets(book: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(book) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")}


BEFORE = {"a": 2, "b": 3, "c": 1, "d": 2}


# the decks' rows at the second publication -> segments of the mentions sheet copied from the first workbook
@pytest.mark.parametrize("after, value, copied", [
    (BEFORE, 1e9, 4),                                   # nothing changed
    ({**BEFORE, "b": 3}, 2e9, 0),                      # every row's figure
    ({"a": 2, "b": 4, "c": 1, "d": 2}, 1e9, 1),        # a row more in b: c and d start one row lower, rendered
    ({"a": 2, "b": 3, "c": 1, "d": 3}, 1e9, 3),        # a row more in the last deck
    ({"a": 2, "b": 3, "c": 1, "d": 2, "e": 1}, 1e9, 4),  # a deck added at the end
    ({"b": 3, "c": 1, "d": 2}, 1e9, 0),                # the first deck removed: every later row moves up
])
def test_a_sheet_reuses_the_unchanged_decks_rows(tmp_path, after, value, copied):
    first, second, whole = tmp_path / "g1", tmp_path / "g2", tmp_path / "g3"
    for d in (first, second, whole):
        d.mkdir()
    publish_all(first, _amounts(BEFORE))
    publish_all(second, _amounts(after, value), prev=first)
    publish_all(whole, _amounts(after, value))
    assert _sheets(second / "tables.xlsx") == _sheets(whole / "tables.xlsx")
    index = load_index(second)[BOOK_KEY]
    assert index["file_size"] == (second / "tables.xlsx").stat().st_size
    placed = index["sheets"]["mentions"]["segments"]
    old = load_index(first)[BOOK_KEY]["sheets"]["mentions"]["segments"]
    assert sum(placed[k][:3] == old.get(k, [None] * 3)[:3] for k in placed) == copied


@pytest.mark.parametrize("spoil", ["edit_book", "drop_index"])
def test_a_last_workbook_not_as_written_is_not_copied(tmp_path, spoil):
    first, second, whole = tmp_path / "g1", tmp_path / "g2", tmp_path / "g3"
    for d in (first, second, whole):
        d.mkdir()
    publish_all(first, _amounts(BEFORE))
    if spoil == "edit_book":
        with zipfile.ZipFile(first / "tables.xlsx", "a") as z:
            z.writestr("extra.txt", "an edit")  # the file is no longer the size its index says
    else:
        (first / "segments.json").unlink()
    publish_all(second, _amounts(BEFORE, 3e9), prev=first)
    publish_all(whole, _amounts(BEFORE, 3e9))
    assert _sheets(second / "tables.xlsx") == _sheets(whole / "tables.xlsx")
