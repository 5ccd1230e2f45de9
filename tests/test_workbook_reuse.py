"""The workbook's sheets written by deck segments (publish/sheet_reuse.py, issue 25): on the next publication
the chunks of rows of the decks that did not change are copied compressed from the last workbook
(publish/sheet_chunks.py), only the others rendered, and every sheet is the same XML a whole write gives."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from extract.publish import sheet_chunks
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
        assert z.testzip() is None  # every member's CRC-32 (put together from its chunks') as its bytes give
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")}


@pytest.fixture
def one_per_chunk(monkeypatch):
    """Every deck segment a chunk of its own: the few decks here say which deck's rows are copied."""
    monkeypatch.setattr(sheet_chunks, "CHUNK_EVERY", 1)


def _ids(folder: Path, table: str) -> list[str]:
    return [c[0] for c in load_index(folder)[BOOK_KEY]["sheets"][table]["chunks"]]


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
def test_a_sheet_reuses_the_unchanged_decks_rows(tmp_path, one_per_chunk, after, value, copied):
    first, second, whole = tmp_path / "g1", tmp_path / "g2", tmp_path / "g3"
    for d in (first, second, whole):
        d.mkdir()
    publish_all(first, _amounts(BEFORE))
    publish_all(second, _amounts(after, value), prev=first)
    publish_all(whole, _amounts(after, value))
    assert _sheets(second / "tables.xlsx") == _sheets(whole / "tables.xlsx")
    index = load_index(second)[BOOK_KEY]
    assert index["file_size"] == (second / "tables.xlsx").stat().st_size
    old = set(_ids(first, "mentions"))
    assert sum(c in old for c in _ids(second, "mentions")) == copied


@pytest.mark.parametrize("spoil", ["edit_book", "drop_index"])
def test_a_last_workbook_not_as_written_is_not_copied(tmp_path, one_per_chunk, spoil):
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


def _with_programmes(frames: dict[str, object], names: list[str]) -> dict[str, object]:
    rows = [{"program_id": f"p{i:03d}", "issuer": "文部科学省", "program": name, "aliases": None, "acronym": None,
             "fiscal_years": "2024,2025", "docs": "a,b", "names": 2, "linked_by": "exact", "not_linked": None}
            for i, name in enumerate(names)]
    return {**frames, "programs": frame(rows, "programs")}


PROGRAMMES = ["GIGAスクール構想", "学校DX戦略", "教員研修事業"]


# the programmes (a table with no `doc`) at the second publication -> its one segment copied or not
@pytest.mark.parametrize("names, copied", [
    (PROGRAMMES, True),                              # the same rows: the sheet's rows copied
    (["GIGAスクール構想", "学校DX戦略", "教員研修"], False),  # one name changed: rendered
    ([*PROGRAMMES, "新規事業"], False),                # a programme more: rendered
    (PROGRAMMES[1:], False),                          # one less
    ([], False),                                      # none left: an empty sheet
])
def test_a_table_across_decks_is_copied_whole_while_its_rows_are_the_same(tmp_path, one_per_chunk, names, copied):
    first, second, whole = tmp_path / "g1", tmp_path / "g2", tmp_path / "g3"
    for d in (first, second, whole):
        d.mkdir()
    publish_all(first, _with_programmes(_amounts(BEFORE), PROGRAMMES))
    publish_all(second, _with_programmes(_amounts({**BEFORE, "e": 1}), names), prev=first)
    publish_all(whole, _with_programmes(_amounts({**BEFORE, "e": 1}), names))
    assert _sheets(second / "tables.xlsx") == _sheets(whole / "tables.xlsx")
    placed = load_index(second)[BOOK_KEY]["sheets"]["programs"]["chunks"]
    old = load_index(first)[BOOK_KEY]["sheets"]["programs"]["chunks"]
    assert (bool(placed) and placed == old) is copied


@pytest.mark.parametrize("spoil", ["edit_book", "drop_index", "edit_member", "other_digest", "other_offset",
                                   "other_crc", "other_member_crc"])
def test_a_table_across_decks_is_not_copied_from_a_damaged_workbook(tmp_path, one_per_chunk, spoil):
    """The last workbook edited, its index gone, its programmes' rows edited in place (same size), or the
    index's entry for them not as written: the sheet is rendered, the same bytes as a whole write."""
    import json

    first, second, whole = tmp_path / "g1", tmp_path / "g2", tmp_path / "g3"
    for d in (first, second, whole):
        d.mkdir()
    publish_all(first, _with_programmes(_amounts(BEFORE), PROGRAMMES))
    index_file = first / "segments.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    entry = index[BOOK_KEY]["sheets"]["programs"]
    chunk = entry["chunks"][0]  # [id, length, offset, compressed length, CRC-32, digest]
    if spoil == "edit_book":
        with zipfile.ZipFile(first / "tables.xlsx", "a") as z:
            z.writestr("extra.txt", "an edit")
    elif spoil == "drop_index":
        index_file.unlink()
    elif spoil == "edit_member":  # the same length: only the bytes' check can tell
        book = first / "tables.xlsx"
        with zipfile.ZipFile(book) as z:
            members = {n: z.read(n) for n in z.namelist()}
        members[entry["member"]] = members[entry["member"]].replace("教員研修事業".encode(), "教員研修事務".encode())
        with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as z:
            for n, body in members.items():
                z.writestr(n, body)
        index[BOOK_KEY]["file_size"] = book.stat().st_size
    elif spoil == "other_digest":
        chunk[5] = "0" * 24
    elif spoil == "other_offset":
        chunk[2] += 7
    elif spoil == "other_crc":  # a chunk's CRC-32 not its bytes': the member's would be wrong (`_sheets` checks it)
        chunk[4] ^= 1
    else:
        entry["crc"] ^= 1
    if index_file.exists():
        index_file.write_text(json.dumps(index), encoding="utf-8")
    publish_all(second, _with_programmes(_amounts(BEFORE, 3e9), PROGRAMMES), prev=first)
    publish_all(whole, _with_programmes(_amounts(BEFORE, 3e9), PROGRAMMES))
    assert _sheets(second / "tables.xlsx") == _sheets(whole / "tables.xlsx")


def test_a_changed_deck_renders_its_own_chunk_and_copies_the_others_compressed(tmp_path):
    """Hundreds of decks in chunks of about `CHUNK_EVERY` decks: one deck's figures changed, its chunk alone
    is rendered; every other chunk is copied as its compressed bytes, and the sheet is a whole write's XML."""
    before = {f"d{i:04d}": 1 + i % 3 for i in range(600)}
    first, second, whole = tmp_path / "g1", tmp_path / "g2", tmp_path / "g3"
    for d in (first, second, whole):
        d.mkdir()
    changed = _amounts(before)
    frame_ = changed["mentions"]
    frame_.loc[frame_["doc"] == "d0300", "min"] = 5e9
    publish_all(first, _amounts(before))
    publish_all(second, changed, prev=first)
    publish_all(whole, changed)
    assert _sheets(second / "tables.xlsx") == _sheets(whole / "tables.xlsx")
    old, new = _ids(first, "mentions"), _ids(second, "mentions")
    assert len(new) > 2 and len(set(new) - set(old)) == 1  # the changed deck's chunk (its neighbours' chunks kept)
    assert [c for c in new if c in old] == [c for c in old if c in new]
