"""Publishing by per-deck segments (issue 25): a table's CSV, spreadsheet CSV and JSON written from the
published generation's bytes for the decks whose rows did not change are the same bytes as a whole write,
whatever changed (a deck's rows, a deck added or gone, rows with quotes and line breaks, a deck in two runs)."""
from __future__ import annotations

import pytest

from extract.publish.formats import csv_bytes, json_bytes
from extract.publish.segments import SEGMENTS_FILE, Segmented, csv_records, load_index
from extract.tables import frame, typed


def mention(doc: str, seq: int, text: str = "5億円", max_: int | None = 500_000_000) -> dict[str, object]:
    return {"doc": doc, "seq": seq, "kind": "amount", "text": text, "min": max_, "max": max_, "unit": "yen",
            "page": None, "line": seq + 1, "context": f"line {seq} of {doc}: {text}", "qualifiers": ["前年度"] if seq % 2 else []}


BASE = [mention("a", 0), mention("a", 1), mention("b", 0, 'a "quoted", text'), mention("b", 1, "two\r\nlines"),
        mention("c", 0, "x\ry", None), mention("d", 0)]

CASES = {
    "nothing changed": BASE,
    "one deck's figure changed": [*BASE[:2], mention("b", 0, 'a "quoted", text', 7), *BASE[3:]],
    "a deck gains a row": [*BASE[:2], mention("a", 2, "=1+1"), *BASE[2:]],
    "a deck gone": [m for m in BASE if m["doc"] != "b"],
    "a deck added in the middle": [*BASE[:2], mention("ab", 0, "new, with comma"), *BASE[2:]],
    "a deck in two runs": [*BASE, mention("a", 9, "cell figure")],
    "every deck gone": [],
    "only a new deck": [mention("z", 0)],
    # decks copied as runs of side-by-side segments (one slice per run): the runs cut at each change
    "the first deck changed": [mention("a", 0, "6億円", 600_000_000), *BASE[1:]],
    "the last deck changed": [*BASE[:-1], mention("d", 0, "6億円", 600_000_000)],
    "a deck gone, the next one changed": [*BASE[:2], mention("c", 0, "x\ry", 3), *BASE[5:]],
    "two decks changed apart": [mention("a", 0, "6億円", 1), *BASE[1:4], mention("c", 0, "x\ry", 3), BASE[5]],
}


def publish(folder, records, prev=None):
    folder.mkdir()
    df = frame(records, "mentions")
    writer = Segmented(prev, load_index(prev))
    writer.write(folder, "mentions", df, typed(df, "mentions"))
    writer.save(folder)
    return df


@pytest.mark.parametrize("case", list(CASES))
def test_segments_make_the_same_bytes_as_a_whole_write(tmp_path, case):
    publish(tmp_path / "prev", BASE)
    df = publish(tmp_path / "next", CASES[case], prev=tmp_path / "prev")
    assert (tmp_path / "next" / "mentions.csv").read_bytes() == csv_bytes(df, "mentions")
    assert (tmp_path / "next" / "mentions_excel.csv").read_bytes() == csv_bytes(df, "mentions", excel=True)
    assert (tmp_path / "next" / "mentions.json").read_bytes() == json_bytes(df)


def test_a_chain_of_generations_each_the_same_bytes_as_a_whole_write(tmp_path):
    """Each generation's index (offsets of segments copied in runs) serves the next one."""
    prev = None
    for i, case in enumerate(["nothing changed", "the first deck changed", "a deck gone, the next one changed",
                              "two decks changed apart", "a deck added in the middle", "nothing changed"]):
        df = publish(tmp_path / f"g{i}", CASES[case], prev=prev)
        assert (tmp_path / f"g{i}" / "mentions.csv").read_bytes() == csv_bytes(df, "mentions"), case
        assert (tmp_path / f"g{i}" / "mentions_excel.csv").read_bytes() == csv_bytes(df, "mentions", excel=True), case
        assert (tmp_path / f"g{i}" / "mentions.json").read_bytes() == json_bytes(df), case
        prev = tmp_path / f"g{i}"


def test_only_the_changed_decks_rows_are_serialized(tmp_path):
    publish(tmp_path / "prev", BASE)
    # a deck whose rows are unchanged is copied from the previous file: spoil its bytes there and see them come
    # back, while the changed deck's bytes are written anew
    prev = tmp_path / "prev" / "mentions.csv"
    prev.write_bytes(prev.read_bytes().replace(b"line 0 of d", b"LINE 0 OF D"))
    publish(tmp_path / "next", CASES["one deck's figure changed"], prev=tmp_path / "prev")
    text = (tmp_path / "next" / "mentions.csv").read_bytes()
    assert b"LINE 0 OF D" in text and b"line 0 of b" in text


def other_schema(folder):
    index = folder / SEGMENTS_FILE
    index.write_text(index.read_text(encoding="utf-8").replace('"signature":"', '"signature":"x'), encoding="utf-8")


def no_index(folder):
    (folder / SEGMENTS_FILE).unlink()


def json_edited(folder):
    (folder / "mentions.json").write_bytes((folder / "mentions.json").read_bytes().replace(b"line 0 of b", b"line 0 of b!"))


@pytest.mark.parametrize("spoil", [other_schema, no_index, json_edited])
def test_a_previous_generation_whose_segments_cannot_be_trusted_is_written_whole(tmp_path, spoil):
    publish(tmp_path / "prev", BASE)
    spoil(tmp_path / "prev")
    prev = tmp_path / "prev" / "mentions.csv"
    prev.write_bytes(prev.read_bytes().replace(b"line 0 of d", b"LINE 0 OF D"))
    df = publish(tmp_path / "next", BASE, prev=tmp_path / "prev")
    assert (tmp_path / "next" / "mentions.csv").read_bytes() == csv_bytes(df, "mentions")
    assert (tmp_path / "next" / "mentions.json").read_bytes() == json_bytes(df)


@pytest.mark.parametrize("body,ends", [
    (b"a,b\r\n", [5]),
    (b'a,"b\r\nc"\r\nd,e\r\n', [10, 15]),
    (b'"x""\r\n",y\r\n', [11]),
    (b"", []),
])
def test_records_end_at_line_breaks_outside_quotes(body, ends):
    assert csv_records(body) == ends


@pytest.mark.parametrize("case", list(CASES))
def test_the_index_places_each_segment_where_its_rows_are(tmp_path, case):
    """The offsets a generation records (found with numpy over runs of copied segments) tile each file's
    body in the table's order: each CSV slice holds its segment's records, JSON items are parted by `,\\n`."""
    import json

    publish(tmp_path / "prev", BASE)
    df = publish(tmp_path / "next", CASES[case], prev=tmp_path / "prev")
    entry = json.loads((tmp_path / "next" / SEGMENTS_FILE).read_text(encoding="utf-8"))["mentions"]
    files = [(tmp_path / "next" / name).read_bytes() for name in ("mentions.csv", "mentions_excel.csv", "mentions.json")]
    segs = sorted(entry["segments"].values(), key=lambda s: s[2])
    assert sum(s[1] for s in segs) == len(df)
    for i, (data, gap) in enumerate(zip(files, [b"", b"", b",\n"])):
        spans = [(s[2 + 2 * i], s[3 + 2 * i]) for s in segs]
        for (a, n), (b, _) in zip(spans, spans[1:]):
            assert data[a + n:b] == gap
        if spans:
            assert data.index(b"\r\n" if i < 2 else b"[\n") + 2 == spans[0][0]  # after the header (and the BOM)
            assert spans[-1][0] + spans[-1][1] == len(data) - (2 if i == 2 else 0)
        if i == 0:
            assert [len(csv_records(data[a:a + n])) for a, n in spans] == [s[1] for s in segs]


@pytest.mark.parametrize("pieces", [[b"abc"], [b"ab", memoryview(b"xcdx")[1:3], b""], [], [memoryview(b"")]])
def test_a_file_written_in_pieces_is_their_bytes_one_after_another(tmp_path, pieces):
    from extract.fileio import write_atomic

    write_atomic(tmp_path / "f", pieces, durable=False)
    assert (tmp_path / "f").read_bytes() == b"".join(bytes(p) for p in pieces)


@pytest.mark.parametrize("case", ["nothing changed", "the last deck changed"])
def test_segments_are_copied_as_one_piece_only_across_the_separator_as_written(tmp_path, case):
    """Side by side in the last JSON file but not parted by `,\\n` there (an edit of the same size): each item
    is copied alone and the separator written anew."""
    publish(tmp_path / "prev", BASE)
    prev = tmp_path / "prev" / "mentions.json"
    text = prev.read_bytes()
    cut = text.index(b"},\n {", text.index(b"},\n {") + 1) + 1  # between decks a and b (a has two rows)
    prev.write_bytes(text[:cut] + b"\n," + text[cut + 2:])
    df = publish(tmp_path / "next", CASES[case], prev=tmp_path / "prev")
    assert (tmp_path / "next" / "mentions.json").read_bytes() == json_bytes(df)
