"""The report's source pictures drawn ahead (`run.reporting.draw_ahead`, issue 25): while the run validates and
merges on one core, a forked process draws this run's budget figures into the picture cache; the report finds
them there. The pictures are the ones the report draws itself, the page is the same, and stopping the
drawing leaves no half-written file behind."""
from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path

import pytest

from extract import run as pipeline
from extract.options import RunOptions
from extract.run.reporting import _draw_figures, draw_ahead

DECK = Path(__file__).parent / "data" / "decks" / "tables" / "nankoku_r8_tousho_yosan_2026-02-24.pdf"


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(DECK, raw / DECK.name)
    return raw, pipeline.extract_deck_file(raw / DECK.name)


def pictures(out: Path) -> dict[str, bytes]:
    folder = out / ".cache" / "figures"
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.is_dir() else {}


def page_without_times(out: Path) -> str:
    text = (out / "reports" / "index.html").read_text(encoding="utf-8")
    return re.sub(r"\d{8}T\d{6}[.\d]*Z?|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ?", "T", text)


def test_the_pictures_drawn_ahead_are_the_reports_and_the_page_the_same(read, tmp_path):
    raw, result = read
    alone, ahead = tmp_path / "alone", tmp_path / "ahead"
    # one core: nothing is drawn ahead, the report draws every picture
    pipeline.finish([copy.deepcopy(result)], RunOptions(raw=raw, out_dir=alone, workers=1))
    _draw_figures([copy.deepcopy(result)], RunOptions(raw=raw, out_dir=ahead), {}, lambda: False)
    drawn = pictures(ahead)
    assert len(drawn) >= 40, "the deck's budget figures (its cells' budgets) are drawn"
    reports = pictures(alone)
    assert set(drawn) <= set(reports) and all(reports[k] == v for k, v in drawn.items()), "the same files, byte for byte"
    assert not [k for k in drawn if not k.endswith(".jpg")], "no temporary file left"
    # a run on two cores draws them ahead (here: finds them drawn) and writes the same page
    pipeline.finish([copy.deepcopy(result)], RunOptions(raw=raw, out_dir=ahead, workers=2))
    assert pictures(ahead) == reports
    assert page_without_times(ahead) == page_without_times(alone)


@pytest.mark.parametrize("cores", [1, 2])
def test_stopped_at_once_the_drawing_ends_and_leaves_whole_pictures(read, tmp_path, cores):
    raw, result = read
    stop = draw_ahead([result], RunOptions(raw=raw, out_dir=tmp_path), None, cores)
    stop()  # at once: the process stops before its next picture and is waited for
    drawn = pictures(tmp_path)
    assert len(drawn) < 40 and all(k.endswith(".jpg") and v[:2] == b"\xff\xd8" for k, v in drawn.items())
    if cores == 1:
        assert drawn == {}, "without a second core nothing is drawn ahead: the report draws them"


def test_a_drawing_that_does_not_stop_in_time_is_ended_and_leaves_whole_pictures(read, tmp_path, monkeypatch):
    from extract.run import reporting

    raw, result = read
    monkeypatch.setattr(reporting, "_STOP_SECONDS", 0)  # no wait at all: the process still drawing is ended
    stop = draw_ahead([result], RunOptions(raw=raw, out_dir=tmp_path), None, 2)
    stop()
    drawn = pictures(tmp_path)
    assert len(drawn) < 40 and all(k.endswith(".jpg") and v[:2] == b"\xff\xd8" for k, v in drawn.items())
