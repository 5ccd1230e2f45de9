"""A deck that writes no year but gives weekdays is dated against the run's as-of date, an input: the library
reads no clock (the same deck gives the same year whenever it is run), a run takes its start's date unless
given one, and records it per deck in the manifest. Schedules written for these tests in the style of a town
council's and a library's notices (not copied from any deck)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extract import run as pipeline
from extract.mentions import deck_year, extract_deck
from extract.mentions.weekdays import weekday_year
from extract.model import Deck
from extract.options import RunOptions
from extract.publish.generations import read_published
from extract.state import load_manifest

from .helpers import lines_of

#: 11月24日 and 12月1日 are Fridays and 12月5日 a Tuesday in 2023 and in 2017 (and next in 2028)
SCHEDULE = ["定例会の日程", "11月24日(金曜日) 10時00分 本会議", "12月1日(金曜日) 9時20分 委員会", "12月5日(火曜日) 閉会"]


def _deck(texts: list[str], doc: str = "gikai_nittei") -> Deck:
    return Deck(doc, f"{doc}.txt", "0" * 64, "txt", 1, lines_of(texts))


@pytest.mark.parametrize("texts, as_of, expected", [
    (SCHEDULE, dt.date(2026, 12, 5), 2023),
    (SCHEDULE, dt.date(2024, 1, 10), 2023),
    (SCHEDULE, dt.date(2022, 6, 1), 2017),   # read as of an earlier date: the latest fitting year before it
    (["図書館の休館日", "5月3日(水・祝)", "5月8日(月)"], dt.date(2026, 12, 5), 2023),
    # near misses: no reference date (no year inferred); a deck that writes its year keeps it whatever the date
    (SCHEDULE, None, None),
    (["令和5年11月 定例会の日程", *SCHEDULE[1:]], dt.date(2019, 1, 1), 2023),
    (["令和元年度 定例会の日程", *SCHEDULE[1:]], dt.date(2026, 12, 5), 2019),
])
def test_a_year_only_weekdays_give_is_relative_to_the_as_of_date(texts, as_of, expected):
    assert deck_year(_deck(texts), as_of) == expected


@pytest.mark.parametrize("as_of, expected", [
    (dt.date(2026, 12, 5), ["2023-11-24", "2023-12-01", "2023-12-05"]),
    (dt.date(2022, 6, 1), ["2017-11-24", "2017-12-01", "2017-12-05"]),
    (None, []),  # near miss: the library does not guess from the clock
])
def test_extract_deck_takes_the_as_of_date_as_an_input(as_of, expected):
    dates = [m.min for m in extract_deck(_deck(SCHEDULE), as_of) if m.kind == "date"]
    assert dates == expected


@pytest.mark.parametrize("value, ok", [("2026-12-05", True), ("2026-13-01", False), ("昨日", False)])
def test_the_as_of_option_is_a_date(value, ok):
    if ok:
        assert RunOptions(as_of=value).as_of_date == dt.date.fromisoformat(value)
    else:
        with pytest.raises(ValueError, match="as_of"):
            RunOptions(as_of=value)


@pytest.mark.slow
@pytest.mark.parametrize("as_of, year", [("2022-06-01", "2017"), (None, None)])
def test_a_run_records_its_as_of_date_in_the_manifest(tmp_path: Path, as_of, year):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "gikai_nittei.txt").write_text("\n".join(SCHEDULE) + "\n", encoding="utf-8")
    pipeline.run(RunOptions(raw=raw, out_dir=out, settle_seconds=0, as_of=as_of))
    recorded = load_manifest(out)["gikai_nittei"]["as_of"]
    started = str(read_published(out, "runs")[0]["started_at"])[:10]
    assert recorded == (as_of or started)  # given, else the day the run started
    expected = year or str(weekday_year(SCHEDULE, dt.date.fromisoformat(started)))
    dates = [str(m["min"]) for m in read_published(out, "mentions") if m["kind"] == "date"]
    assert len(dates) == 3 and all(d.startswith(expected + "-") for d in dates)


@pytest.mark.parametrize("flags, expected", [
    (["--as-of", "2022-06-01"], ["2017-11-24", "2017-12-01", "2017-12-05"]),
    ([], []),  # near miss: without a reference date the command infers no year
])
def test_the_mentions_command_takes_an_as_of_date(tmp_path: Path, capsys, flags, expected):
    from deck_to_data_flows.cli import main

    path = tmp_path / "gikai_nittei.txt"
    path.write_text("\n".join(SCHEDULE) + "\n", encoding="utf-8")
    assert main(["mentions", str(path), *flags]) == 0
    rows = [json.loads(s) for s in capsys.readouterr().out.splitlines()]
    assert [r["min"] for r in rows if r["kind"] == "date"] == expected
