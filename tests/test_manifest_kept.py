"""The manifest written by what changed (state.save_manifest with `kept`; issue 25): the lines of the decks a
run left as it read them are copied from the last manifest's text; the file is the one a whole write gives."""
from __future__ import annotations

import json

import pytest

from extract.state import MANIFEST, _entry_lines, save_manifest


def entry(i: int, **kw: object) -> dict[str, object]:
    return {"file": f"d{i}.txt", "sha256": f"{i:064x}", "size": 100 + i, "mtime": 1796680453.5624912 + i,
            "status": "published", "validation": {"amounts": {"failed": 0, "failures": [], "rows": i}}, **kw}


OLD = {f"d{i}": entry(i) for i in range(5)} | {"名前 \"q\":{x}": entry(9)}


def changed(*docs: str) -> dict[str, dict[str, object]]:
    return {d: ({**e, "sha256": "f" * 64} if d in docs else dict(e)) for d, e in OLD.items()}


@pytest.mark.parametrize("new", [
    changed("d2"),
    changed(),
    changed("d0", "d4"),
    {**changed(), "d5": entry(5)},  # added
    {d: e for d, e in changed().items() if d != "d1"},  # gone from the manifest
    {**changed(), "d3": {**OLD["d3"], "status": "removed"}},
    changed("名前 \"q\":{x}"),
], ids=["one changed", "none", "first and last", "one added", "one dropped", "one removed", "an odd name changed"])
def test_a_manifest_with_kept_lines_is_the_whole_write(tmp_path, new):
    (tmp_path / "old").mkdir()
    save_manifest(tmp_path / "old", OLD)
    kept = {d for d, e in new.items() if e == OLD.get(d)}
    for name in ("whole", "kept"):
        (tmp_path / name).mkdir()
    save_manifest(tmp_path / "whole", new)
    save_manifest(tmp_path / "kept", new, tmp_path / "old" / MANIFEST, kept)
    assert (tmp_path / "kept" / MANIFEST).read_bytes() == (tmp_path / "whole" / MANIFEST).read_bytes()
    assert json.loads((tmp_path / "kept" / MANIFEST).read_text(encoding="utf-8"))["decks"] == new


def test_lines_are_copied_not_encoded(tmp_path):
    """What makes it cheaper, shown by a last file edited to tell its lines apart: a kept deck's line is the file's."""
    save_manifest(tmp_path, OLD)
    path = tmp_path / MANIFEST
    path.write_text(path.read_text(encoding="utf-8").replace('"size":101', '"size":7'), encoding="utf-8")
    (tmp_path / "g").mkdir()
    save_manifest(tmp_path / "g", OLD, path, {"d1"})
    got = json.loads((tmp_path / "g" / MANIFEST).read_text(encoding="utf-8"))["decks"]
    assert got["d1"]["size"] == 7 and got["d2"] == OLD["d2"]


@pytest.mark.parametrize("text", [
    "", "{}", '{"decks":{"d0":{"a":1}}}', '{"decks":{\n"d0":{"a":1},\n"d1" {"a":2}\n}}\n',
    '{"decks":{\n"d0":{"a":1},\n"d1:{"a":2}\n}}\n', '{"decks":{\n"d0":{"a":1}\n}}', '{"decks":{\n"d0":[1]\n}}\n',
], ids=["empty", "no decks", "one line", "no colon", "key not closed", "no final line break", "not an object"])
def test_a_file_not_one_deck_a_line_gives_no_lines(tmp_path, text):
    (tmp_path / MANIFEST).write_text(text, encoding="utf-8")
    assert _entry_lines(tmp_path / MANIFEST) == {}
    (tmp_path / "g").mkdir()
    save_manifest(tmp_path / "g", OLD, tmp_path / MANIFEST, set(OLD))  # every entry encoded: the whole write
    (tmp_path / "w").mkdir()
    save_manifest(tmp_path / "w", OLD)
    assert (tmp_path / "g" / MANIFEST).read_bytes() == (tmp_path / "w" / MANIFEST).read_bytes()


def test_no_last_file_or_a_doc_not_in_it_is_encoded(tmp_path):
    save_manifest(tmp_path, {"d0": OLD["d0"]})
    for name, prev in (("a", tmp_path / "missing.json"), ("b", tmp_path / MANIFEST)):
        (tmp_path / name).mkdir()
        save_manifest(tmp_path / name, OLD, prev, set(OLD))
        assert json.loads((tmp_path / name / MANIFEST).read_text(encoding="utf-8"))["decks"] == OLD


def test_the_readers_are_not_imported_to_find_decks():
    """A no-change run finds the decks (ingest.discover) without importing the PDF, OCR and Office readers;
    the decks' forkserver preloads them (`run.preload.READING`)."""
    import subprocess
    import sys

    code = ("import sys, extract.ingest.discover, extract.ingest; "
            "print(sorted(m for m in ('extract.ingest.pdf', 'extract.ingest.ocr', 'extract.ingest.excel', "
            "'extract.ingest.powerpoint', 'extract.ingest.word', 'pdfplumber') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
    from extract.ingest import SUFFIXES
    from extract.ingest.readers import READERS
    from extract.run.preload import READING
    from extract.sandbox import DEFAULT_PRELOAD

    assert sorted(READERS) == sorted(SUFFIXES)
    assert "extract.ingest.readers" in READING and "extract.ingest.readers" in DEFAULT_PRELOAD
