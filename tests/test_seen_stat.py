"""An unchanged deck whose file was copied or touched (another inode or ctime, the same bytes) is hashed once,
then kept in the manifest with its new stat (`state.with_seen_stat`, issue 25): later runs do not hash it again.
A deck whose bytes changed is not refreshed (it is processed and recorded as extracted)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from extract import state
from extract.ingest.discover import discover
from extract.state import plan, with_seen_stat


def _manifest(raw: Path) -> dict[str, dict[str, Any]]:
    """The manifest a run over `raw` would have written: every deck published under version "v"."""
    p = plan(discover(raw, settle_seconds=0), {}, "v")
    return {doc: {**fp, "version": "v", "status": "published"} for doc, fp in p.fingerprints.items()}


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    real = state.sha256_checked

    def counting(path: Path, root: Path) -> Any:
        seen.append(Path(path))
        return real(path, root)

    monkeypatch.setattr(state, "sha256_checked", counting)
    return seen


def _decks(raw: Path, n: int = 3) -> None:
    raw.mkdir()
    for i in range(n):
        p = raw / f"deck_{i}.txt"
        p.write_text(f"令和６年度 {i} 予算額 {i + 1}億円\n", encoding="utf-8")
        os.utime(p, (1_700_000_000, 1_700_000_000))


@pytest.mark.parametrize("touch", ["copied", "chmod", "same file"])
def test_a_touched_deck_is_hashed_once(tmp_path: Path, hashed: list[Path], touch: str) -> None:
    _decks(tmp_path / "raw")
    manifest = _manifest(tmp_path / "raw")
    raw = tmp_path / "raw"
    if touch == "copied":  # another inode and ctime, the same bytes and mtime
        raw = tmp_path / "copy"
        shutil.copytree(tmp_path / "raw", raw)
    elif touch == "chmod":  # another ctime
        for p in raw.iterdir():
            p.chmod(0o600)
    hashed.clear()
    first = plan(discover(raw, settle_seconds=0), manifest, "v")
    assert sorted(first.unchanged) == sorted(manifest) and not first.process
    assert len(hashed) == (0 if touch == "same file" else 3)
    refreshed = with_seen_stat(manifest, first)
    hashed.clear()
    second = plan(discover(raw, settle_seconds=0), refreshed, "v")
    assert sorted(second.unchanged) == sorted(manifest) and hashed == []
    for doc, v in refreshed.items():  # only the stat moved: hash, version, status as they were
        assert {k: v[k] for k in ("sha256", "version", "status")} == {k: manifest[doc][k] for k in ("sha256", "version", "status")}
    assert manifest != refreshed or touch == "same file"  # the given manifest is not changed in place


def test_a_changed_deck_is_not_refreshed(tmp_path: Path) -> None:
    _decks(tmp_path / "raw")
    manifest = _manifest(tmp_path / "raw")
    p = tmp_path / "raw" / "deck_1.txt"
    p.write_text("令和６年度 1 予算額 9億円\n", encoding="utf-8")
    got = plan(discover(tmp_path / "raw", settle_seconds=0), manifest, "v")
    assert [d.doc for d in got.process] == ["deck_1"] and got.kinds["deck_1"] == "changed"
    refreshed = with_seen_stat(manifest, got)
    assert refreshed["deck_1"] == manifest["deck_1"]  # the run that extracts it records it (next_manifest)


def test_a_removed_deck_is_left_as_it_was(tmp_path: Path) -> None:
    _decks(tmp_path / "raw")
    manifest = _manifest(tmp_path / "raw")
    (tmp_path / "raw" / "deck_2.txt").unlink()
    got = plan(discover(tmp_path / "raw", settle_seconds=0), manifest, "v")
    assert got.removed == ["deck_2"]
    assert with_seen_stat(manifest, got)["deck_2"] == manifest["deck_2"]
