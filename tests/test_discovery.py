"""Discovery of a file or a folder: every deck with a unique doc, every other path listed with a
reason (issues 17 #3/#6/#7 and 18), and decks read only from the file that was actually opened (#4)."""
from __future__ import annotations

import hashlib
import json
import os
import socket
import time

import pytest

from extract.ingest import (
    DeckFile,
    InputError,
    Skipped,
    discover,
    read_deck,
    read_deck_file,
    sha256_checked,
)
from extract.ingest import files as files_mod
from extract.ingest.discover import settle_status
from extract.model import DeckError

DECK = "令和6年度予算額 19億円\n"
OLD = time.time() - 3600
SJIS_NAME = "予算資料.txt".encode("cp932")  # as unzip leaves a Shift_JIS name: not UTF-8


def put(path, text: str = DECK, mtime: float = OLD):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (mtime, mtime))
    return path


def by_file(found) -> dict[str, DeckFile | Skipped]:
    return {e.file: e for e in [*found.decks, *found.skipped]}


@pytest.fixture
def raw(tmp_path):
    raw = tmp_path / "raw"
    put(raw / "a.pdf", "%PDF-1.4")
    put(raw / "a.txt")
    put(raw / "b.txt")
    put(raw / "sub" / "b.txt")
    put(raw / "sub" / "deeper" / "c.TXT")
    put(raw / "report.doc")
    put(raw / "table.xls")
    put(raw / "slides.pptx")
    put(raw / "README")
    (raw / "dir.pdf").mkdir()
    (raw / ".git").mkdir()
    put(raw / ".git" / "x.txt")
    put(raw / ".passwords.json", "{}")
    os.symlink("loop.txt", raw / "loop.txt")
    os.symlink("nowhere.txt", raw / "dangling.txt")
    os.symlink(raw / "sub", raw / "linked_dir")
    os.symlink(raw / "b.txt", raw / "inside.txt")
    put(raw.parent / "secret.txt", "令和6年度予算額 99億円")
    os.symlink(raw.parent / "secret.txt", raw / "escape.txt")
    os.mkfifo(raw / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(raw / "sock.pdf"))
    os.symlink("/dev/null", raw / "null.txt")
    put(raw / "copying.txt", mtime=time.time())
    put(raw / "far_future.txt", mtime=time.time() + 10 * 365 * 86400)
    put(raw / os.fsdecode(SJIS_NAME))
    yield raw
    sock.close()


def test_every_path_is_a_deck_or_has_a_reason(raw):
    found = discover(raw)
    entries = by_file(found)
    decks = {d.file: d.doc for d in found.decks}
    assert decks == {
        "a.pdf": "a.pdf", "a.txt": "a.txt",  # one folder, one name: never one doc
        "b.txt": "b", "sub/b.txt": "sub/b", "sub/deeper/c.TXT": "sub/deeper/c",
        "inside.txt": "inside", "far_future.txt": "far_future", "slides.pptx": "slides",
        # 予算資料 in cp932 is 97 5C 8E 5A 8E 91 97 BF: 5C is a backslash and 5A a 'Z' in ASCII
        "\\x97\\\\x8eZ\\x8e\\x91\\x97\\xbf.txt": "\\x97\\\\x8eZ\\x8e\\x91\\x97\\xbf",
    }, decks
    skipped = {s.file: (s.status, s.reason) for s in found.skipped}
    expect = {
        "report.doc": ("skipped", "unsupported file type '.doc'"),
        "table.xls": ("skipped", "save them in the newer format"),
        "README": ("skipped", "no file extension"),
        "dir.pdf": ("skipped", "a folder named like a deck"),
        ".git": ("skipped", "a hidden folder"),
        "loop.txt": ("skipped", "a symlink loop"),
        "dangling.txt": ("skipped", "a dangling symlink"),
        "linked_dir": ("skipped", "a symlink to a folder: not followed"),
        "escape.txt": ("failed", "a symlink to a file outside the raw folder: refused"),
        "pipe.txt": ("skipped", "a named pipe (FIFO), not a regular file"),
        "sock.pdf": ("skipped", "a socket, not a regular file"),
        "null.txt": ("skipped", "a character device (through a symlink), not a regular file"),
        "copying.txt": ("waiting", "probably still being written"),
    }
    assert set(skipped) == set(expect), set(skipped) ^ set(expect)
    for file, (status, reason) in expect.items():
        assert skipped[file][0] == status and reason in skipped[file][1], (file, skipped[file])
    assert "in the future" in entries["far_future.txt"].note  # read, with the reason why
    assert ".passwords.json" not in entries and ".git/x.txt" not in entries
    docs = [e.doc for e in entries.values()]
    assert len(docs) == len(set(docs))


def test_the_rule_for_docs(tmp_path):
    for name in ("a.pdf", "a.txt", "a.pdf.txt", "x.PDF", "x.pdf", "y.txt", "y.doc", "..txt", "s/a.txt"):
        put(tmp_path / name)
    found = discover(tmp_path)
    docs = {e.file: e.doc for e in [*found.decks, *found.skipped]}
    assert docs == {
        "a.pdf": "a.pdf", "a.txt": "a.txt", "a.pdf.txt": "a.pdf.txt",  # 'a.pdf' taken by a.pdf itself
        "x.PDF": "x.PDF", "x.pdf": "x.pdf", "y.txt": "y", "y.doc": "y.doc", "..txt": "..txt", "s/a.txt": "s/a",
    }


def test_a_single_file_and_a_missing_input(tmp_path):
    deck = put(tmp_path / "one.txt")
    found = discover(deck)
    assert [(d.file, d.doc, d.root) for d in found.decks] == [("one.txt", "one", tmp_path.resolve())]
    elsewhere = put(tmp_path / "elsewhere" / "deck.txt")
    (tmp_path / "links").mkdir()
    os.symlink(elsewhere, tmp_path / "links" / "named.txt")
    found = discover(tmp_path / "links" / "named.txt")  # a link named on its own is followed
    assert [(d.file, d.doc) for d in found.decks] == [("named.txt", "named")]
    assert read_deck_file(found.decks[0]).lines[0].text == DECK.strip()
    found = discover(put(tmp_path / "notes.doc"))
    assert [(s.file, s.status) for s in found.skipped] == [("notes.doc", "skipped")]
    with pytest.raises(InputError, match="no such file or folder"):
        discover(tmp_path / "missing")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert discover(empty).decks == [] and discover(empty).skipped == []


def test_a_name_that_is_not_utf8_is_displayable_and_read(raw):
    found = discover(raw)
    deck = next(d for d in found.decks if os.fsencode(d.path.name) == SJIS_NAME)
    json.dumps({"file": deck.file, "doc": deck.doc}, ensure_ascii=False).encode("utf-8")  # serializes
    print(deck.file)  # prints (the test runner's stdout is UTF-8)
    assert deck.file.encode("utf-8") and "\\x8e" in deck.file
    read = read_deck_file(deck)
    assert read.file == deck.file and read.doc == deck.doc and read.lines[0].text == DECK.strip()
    assert read.file.encode("utf-8") and read.doc.encode("utf-8")


@pytest.mark.parametrize("ahead, settle_seconds, read_now, words", [
    (-3600, 5, True, None),                      # old: read
    (-1, 5, False, "still being written"),       # just copied: next run
    (30, 5, False, "read once that time has passed"),  # small clock skew: waits, but not forever
    (61, 5, True, "read anyway"),                # a wrong timestamp: read now, with a note
    (10 * 365 * 86400, 5, True, "read anyway"),
])
def test_settling_never_holds_a_deck_forever(ahead, settle_seconds, read_now, words):
    now = 1_700_000_000.0
    ok, why = settle_status(now + ahead, now, settle_seconds)
    assert ok == read_now and (why is None if words is None else words in why)
    if not ok:  # some later run reads it
        assert settle_status(now + ahead, now + max(ahead, 0) + settle_seconds + 1, settle_seconds)[0]


def test_an_unreadable_file_fails_only_its_own_deck(raw, monkeypatch):
    """We run as root, so chmod 000 does not stop a read: os.open is made to refuse this one path,
    as the kernel does for a normal user."""
    real_open = os.open

    def refusing(path, flags, *a, **k):
        if os.path.realpath(path) == str((raw / "b.txt").resolve()):  # also through the link
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(files_mod.os, "open", refusing)
    found = discover(raw)
    results = {}
    for d in found.decks:
        if d.path.suffix == ".txt":
            try:
                results[d.file] = read_deck_file(d).lines[0].text
            except DeckError as e:
                results[d.file] = e.reason
    assert results["b.txt"] == "cannot be read: permission denied"
    assert results["inside.txt"] == "cannot be read: permission denied"  # a link to b.txt
    assert results["sub/b.txt"] == DECK.strip() and results["a.txt"] == DECK.strip()
    with pytest.raises(DeckError, match="permission denied"):  # fingerprinting fails the same way
        sha256_checked(raw / "b.txt", raw)
    assert sha256_checked(raw / "a.txt", raw)[0] == hashlib.sha256(DECK.encode()).hexdigest()


def test_a_link_swapped_while_it_is_opened_is_refused(tmp_path, monkeypatch):
    """The link points inside when checked before and after, but outside at the moment of opening:
    the opened descriptor is compared with the resolved target, so the outside bytes are never read."""
    raw = tmp_path / "raw"
    put(raw / "real.txt")
    secret = put(tmp_path / "secret.txt", "令和6年度予算額 99億円\n")
    link = raw / "deck.txt"
    os.symlink(raw / "real.txt", link)
    deck = next(d for d in discover(raw).decks if d.file == "deck.txt")
    real_open = os.open

    def swapping(path, flags, *a, **k):
        if os.fspath(path) == os.fspath(link):
            os.replace(_link_to(secret, raw), link)  # attacker swaps the link outside …
            try:
                return real_open(path, flags, *a, **k)
            finally:
                os.replace(_link_to(raw / "real.txt", raw), link)  # … and back
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(files_mod.os, "open", swapping)
    with pytest.raises(DeckError, match="changed while it was opened"):
        read_deck_file(deck)
    with pytest.raises(DeckError, match="changed while it was opened"):
        sha256_checked(deck.path, deck.root)
    monkeypatch.setattr(files_mod.os, "open", real_open)
    assert read_deck_file(deck).lines[0].text == DECK.strip()  # unswapped: read


def test_a_link_pointing_outside_when_opened_is_refused(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    put(raw / "real.txt")
    secret = put(tmp_path / "secret.txt", "令和6年度予算額 99億円\n")
    os.symlink(raw / "real.txt", raw / "deck.txt")
    deck = next(d for d in discover(raw).decks if d.file == "deck.txt")  # inside when discovered
    os.replace(_link_to(secret, raw), raw / "deck.txt")  # swapped before the read
    with pytest.raises(DeckError, match="outside the raw folder"):
        read_deck_file(deck)


def test_a_fifo_swapped_in_does_not_hang(tmp_path):
    raw = tmp_path / "raw"
    deck = next(d for d in discover(put(raw / "deck.txt")).decks)
    (raw / "deck.txt").unlink()
    os.mkfifo(raw / "deck.txt")
    with pytest.raises(DeckError, match="named pipe"):
        read_deck_file(deck)


def test_read_deck_refuses_a_text_deck_over_the_limit_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (2 * 1024 * 1024))
    with pytest.raises(DeckError, match="over the 1 MB limit"):
        read_deck(big, max_text_mb=1)


def _link_to(target, folder):
    tmp = folder / f".swap-{time.monotonic_ns()}"
    os.symlink(target, tmp)
    return tmp
