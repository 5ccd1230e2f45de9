"""Publishing edges (issue 17 #9): a run killed between any two steps of publishing leaves every stable
name resolving whenever `output/current` does; killed runs' folders never displace the previous
publication; files get the umask's mode; quarantine folders of different decks never collide."""
from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from extract.fileio import safe_name, write_atomic
from extract.model import DeckResult
from extract.publish import generations
from extract.publish.generations import COMPLETE, CURRENT, GENERATIONS, commit, published_dir, read_published
from extract.publish.writer import write_tables
from extract.state import save_manifest

DECK_ROW = {"doc": "d", "file": "d.txt", "sha256": "0" * 64, "source_type": "txt", "pages": 1, "mentions": 1,
            "status": "published", "error": None, "rule_version": "r", "extracted_at": "2026-01-01T00:00:00Z"}
MENTION = {"doc": "d", "kind": "amount", "page": None, "line": 1, "text": "5億円", "min": 500_000_000,
           "max": 500_000_000, "unit": "yen", "qualifiers": [], "per": None, "role": "other", "fy": None,
           "program": None, "context": "5億円", "x0": None, "top": None, "x1": None, "bottom": None}


class Killed(BaseException):
    """What SIGKILL would do at this point: nothing after it runs."""


def write_generation(out: Path, name: str, text: str = "5億円") -> Path:
    """A complete, not yet published generation, as `run.publish` writes it before `commit`."""
    gen = out / GENERATIONS / name
    gen.mkdir(parents=True)
    write_tables([{**MENTION, "text": text}], [DECK_ROW], [], gen, prev=gen)
    save_manifest(gen, {"d": {"file": "d.txt"}})
    write_atomic(gen / "reports" / "index.html", f"<p>{name}</p>".encode())
    return gen


def stable_names_resolve(out: Path) -> None:
    """The invariant: while `current` exists, every name it holds exists as `output/<name>`, and the
    files are those of one complete generation."""
    if not (out / CURRENT).exists():
        return
    gen = published_dir(out)
    assert (gen / COMPLETE).is_file(), "current is a complete generation"
    for entry in gen.iterdir():
        if entry.name != COMPLETE:
            assert (out / entry.name).exists(), f"{entry.name} missing while current exists"
            assert (out / entry.name).resolve() == entry.resolve()


def commit_killed_at(out: Path, gen: Path, step: int, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Commit `gen`, killed before its `step`-th visible step (flush, marker, each link, the switch,
    the clean-up); True if it finished."""
    calls = {"n": 0}

    def steps(fn):
        def wrapper(*args, **kwargs):
            if calls["n"] == step:
                raise Killed
            calls["n"] += 1
            return fn(*args, **kwargs)
        return wrapper

    with monkeypatch.context() as m:
        for name in ("_fsync_tree", "_replace_with_link", "cleanup"):
            m.setattr(generations, name, steps(getattr(generations, name)))
        m.setattr(Path, "write_text", steps(Path.write_text))
        try:
            commit(out, gen)
        except Killed:
            return False
    return True


@pytest.mark.parametrize("first_run", [True, False], ids=["first run", "later run"])
def test_a_run_killed_at_any_step_of_publishing_leaves_every_stable_name(tmp_path, monkeypatch, first_run):
    monkeypatch.setattr(os, "fsync", lambda fd: None)  # durability is not what a raised exception can test
    template, spare = tmp_path / "template", tmp_path / "spare"
    if not first_run:
        commit(template, write_generation(template, "20260101T000000-00000001", "1億円"))
    write_generation(template, "20260101T000001-00000002", "2億円")
    following = write_generation(spare, "20260101T000002-00000003", "3億円")
    step, finished = 0, False
    while not finished:
        out = tmp_path / f"kill{step}"
        shutil.copytree(template, out, symlinks=True)
        finished = commit_killed_at(out, out / GENERATIONS / "20260101T000001-00000002", step, monkeypatch)
        stable_names_resolve(out)
        if (out / CURRENT).exists() or not first_run:
            texts = {m["text"] for m in read_published(out, "mentions")}
            assert texts in ({"1億円"}, {"2億円"})
            assert json.loads((out / "mentions.json").read_text(encoding="utf-8")) == read_published(out, "mentions")
        # and the next run publishes over whatever the killed one left
        shutil.copytree(following, out / GENERATIONS / following.name)
        commit(out, out / GENERATIONS / following.name)
        stable_names_resolve(out)
        assert {m["text"] for m in read_published(out, "mentions")} == {"3億円"}
        shutil.rmtree(out)
        step += 1
    assert step > 10, "every step was tried"


def test_killed_runs_never_displace_the_previous_publication(tmp_path):
    out = tmp_path / "out"
    first = write_generation(out, "20260101T000000-00000001", "1億円")
    commit(out, first)
    # one run killed while writing (unmarked), one killed after marking but before switching
    half = out / GENERATIONS / "20260101T000001-00000002"
    (half / "reports").mkdir(parents=True)
    (half / "mentions.json").write_text("[", encoding="utf-8")
    marked = write_generation(out, "20260101T000002-00000003", "2億円")
    (marked / COMPLETE).write_text("x", encoding="utf-8")
    commit(out, write_generation(out, "20260101T000003-00000004", "3億円"))
    left = sorted(p.name for p in (out / GENERATIONS).iterdir())
    assert left == [first.name, "20260101T000003-00000004"], "the previous publication is the one kept"
    assert {m["text"] for m in read_published(first, "mentions")} == {"1億円"}


def test_stable_names_a_generation_no_longer_has_are_removed(tmp_path):
    out = tmp_path / "out"
    commit(out, write_generation(out, "20260101T000000-00000001"))
    gen = write_generation(out, "20260101T000001-00000002")
    (gen / "manifest.json").unlink()
    commit(out, gen)
    assert not (out / "manifest.json").is_symlink()
    stable_names_resolve(out)


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077], ids=oct)
def test_published_files_have_the_mode_the_umask_gives(tmp_path, mask):
    old = os.umask(mask)
    try:
        out = tmp_path / "out"
        commit(out, write_generation(out, "20260101T000000-00000001"))
    finally:
        os.umask(old)
    gen = published_dir(out)
    modes = {str(p.relative_to(gen)): stat.S_IMODE(p.stat().st_mode) for p in gen.rglob("*") if p.is_file()}
    assert "mentions.csv" in modes and "decks.duckdb" in modes and "manifest.json" in modes
    assert modes == {k: 0o666 & ~mask for k in modes}


def flushes(monkeypatch: pytest.MonkeyPatch, gen: Path) -> list[tuple[int, bool]]:
    """Every flush to disk from now on (from any thread), as (inode, whether `gen` was marked complete then)."""
    seen: list[tuple[int, bool]] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        seen.append((os.fstat(fd).st_ino, (gen / COMPLETE).exists()))
        real(fd)
    monkeypatch.setattr(os, "fsync", fsync)
    return seen


@pytest.mark.parametrize("quarantined", [0, 2])
def test_a_generation_is_flushed_whole_when_committed_not_file_by_file(tmp_path, monkeypatch, quarantined):
    out = tmp_path / "out"
    gen = out / GENERATIONS / "20260101T000000-00000001"
    gen.mkdir(parents=True)
    seen = flushes(monkeypatch, gen)
    bad = [DeckResult(doc, f"{doc}.txt", "0" * 64, "txt", 1, 1, [{**MENTION, "doc": doc}], status="quarantined",
                      validation={"mentions": {"doc": doc}}) for doc in ["q1", "q2"][:quarantined]]
    write_tables([MENTION], [DECK_ROW, *(r.deck_row() for r in bad)], bad, gen, prev=gen)
    save_manifest(gen, {"d": {"file": "d.txt"}})
    assert seen == [], "the tables, the workbook, DuckDB's file and the manifest wait for the commit"
    commit(out, gen)
    before_marked = {ino for ino, marked in seen if not marked}
    written = {p.stat().st_ino: p for p in [gen, *gen.rglob("*")] if p.name != COMPLETE}
    assert len(written) > 40 and len(list((gen / "quarantine").iterdir())) == quarantined
    assert not {str(p.relative_to(gen)) for ino, p in written.items() if ino not in before_marked}, \
        "every file and folder is on disk before the generation is marked complete"
    assert (gen / COMPLETE).stat().st_ino in {ino for ino, _ in seen}, "and the mark itself after"
    assert published_dir(out) == gen


def test_a_flush_that_fails_fails_the_commit_and_publishes_nothing(tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = write_generation(out, "20260101T000000-00000001", "1億円")
    commit(out, first)
    second = write_generation(out, "20260101T000001-00000002", "2億円")
    broken = (second / "mentions.csv").stat().st_ino
    real = os.fsync

    def fsync(fd: int) -> None:
        if os.fstat(fd).st_ino == broken:
            raise OSError(5, "Input/output error")
        real(fd)
    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OSError, match="Input/output"):
        commit(out, second)
    assert not (second / COMPLETE).exists() and published_dir(out) == first
    assert {m["text"] for m in read_published(out, "mentions")} == {"1億円"}


NAMES = ["q x", "q?x", "q_x", "q/x", "q\\x", "..", ".", "", ".hidden", "_.hidden", "予算 案", "予算_案", "予算?案",
         "a" * 300, "資料" * 100, "\udc93\udcfa", "q x~"]


def test_quarantine_folder_names_are_distinct_and_stay_inside(tmp_path):
    names = [safe_name(n) for n in NAMES]
    assert len(set(names)) == len(NAMES), dict(zip(NAMES, names))
    for n in names:
        assert n and "/" not in n and "\\" not in n and not n.startswith(".") and len(n.encode("utf-8")) <= 255
        assert (tmp_path / n).resolve().parent == tmp_path.resolve()
    assert safe_name("q_x") == "q_x" and safe_name("予算_案") == "予算_案", "a safe name is left as it is"


def test_quarantined_decks_with_similar_names_get_their_own_folders(tmp_path):
    docs = ["q x", "q?x", "q_x"]
    results = [DeckResult(doc, f"{doc}.txt", "0" * 64, "txt", 1, 1, [{**MENTION, "doc": doc}], status="quarantined",
                          validation={"mentions": {"doc": doc}}) for doc in docs]
    gen = tmp_path / "gen"
    write_tables([], [r.deck_row() for r in results], results, gen, prev=gen)
    found = {json.loads((p / "validation.json").read_text(encoding="utf-8"))["doc"]
             for p in (gen / "quarantine").iterdir()}
    assert found == set(docs)
    # a later run that does not touch them keeps each folder, and only theirs
    later = tmp_path / "later"
    (gen / "quarantine" / "orphan").mkdir()
    write_tables([], [r.deck_row() for r in results], [], later, prev=gen)
    assert sorted(p.name for p in (later / "quarantine").iterdir()) == sorted(safe_name(d) for d in docs)


@pytest.mark.parametrize("state", ["cached", "never read", "unreadable", "missing"])
def test_a_tables_last_reader_takes_it_and_a_later_one_reads_it_again(tmp_path, state):
    """`Published.table(name, keep=False)`: the rows as a kept read gives them, no longer held by the run's
    view of the generation (a re-run at 5,100 decks held every table it had read through publishing); a
    later reader reads the file again and gets the same rows; a damaged or missing file reads as no rows."""
    gen = tmp_path / "gen"
    gen.mkdir()
    rows = [{"doc": "a", "seq": 1, "text": "1億円"}, {"doc": "b", "seq": 1, "text": "2億円"}]
    if state == "unreadable":
        (gen / "outline.json").write_text('[{"doc": "a",', encoding="utf-8")
        rows = []
    elif state == "missing":
        rows = []
    else:
        (gen / "outline.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    view = generations.Published(gen)
    kept = view.table("outline") if state == "cached" else None
    taken = view.table("outline", keep=False)
    assert taken == rows and "outline" not in view._tables
    if kept is not None:
        assert taken is kept, "a cached table is handed over, not read again"
    again = view.table("outline")
    assert again == rows and (again is not taken or not rows)
    assert read_published(view, "outline", keep=False) == rows and "outline" not in view._tables
