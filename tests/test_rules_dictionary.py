"""Data stays data: a unit, an era or a counter is one edit in one dictionary file, read at run time.

The tests add entries to the loaded dictionaries (what an edit of the JSON file gives after a restart),
forget the compiled rules, and extract with them; nothing else is edited."""
from __future__ import annotations

import pytest

from extract.caches import reset
from extract.dictionary import load, unit_days

from .helpers import mentions


def _forget() -> None:
    reset()


@pytest.fixture
def fresh(edited_dictionary: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    return edited_dictionary


def test_unit_days_is_the_one_table_of_unit_sizes():
    assert unit_days() == {"year": 365.25, "month": 30.4375, "week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440}


def test_a_duration_unit_added_in_one_file(fresh):
    assert [m for m in mentions("説明 30秒間") if m.kind == "duration"] == []
    durations = load("durations")
    fresh.setitem(durations["spellings"], "秒間", "second")
    fresh.setitem(durations["units"], "second", "1/86400")
    _forget()
    got = [(m.text, m.min, m.max, m.unit) for m in mentions("説明 30秒間", "1分間～90秒間") if m.kind == "duration"]
    assert got == [("30秒間", 30, 30, "second"), ("1分間～90秒間", 60, 90, "second")]  # mixed: the smaller unit
    assert unit_days()["second"] == pytest.approx(1 / 86400)


def test_a_unit_without_a_size_extracts_and_crashes_nothing(fresh):
    fresh.setitem(load("durations")["spellings"], "秒間", "second")
    _forget()
    got = [(m.text, m.unit) for m in mentions("30秒間", "1時間～30秒間") if m.kind == "duration"]
    assert ("30秒間", "second") in got  # the mixed range with a sizeless unit is left out, not a KeyError


def test_an_era_added_in_one_file(fresh):
    # an era the file does not hold (大正 and 明治 are in it since session 13): the mechanism, not the history
    assert [m for m in mentions("慶応12年度", "慶応5 慶応6") if m.kind == "fiscal_year"] == []
    fresh.setitem(load("eras"), "慶応", 1864)
    _forget()
    got = [(m.kind, m.text, m.min) for m in mentions("慶応12年度", "慶応5 慶応6", "慶応12年9月1日", "慶応10年度～")]
    assert got == [("fiscal_year", "慶応12年度", 1876), ("fiscal_year", "慶応5", 1869), ("fiscal_year", "慶応6", 1870),
                   ("date", "慶応12年9月1日", "1876-09-01"), ("fiscal_year", "慶応10年度～", 1874)]


def test_a_counter_added_in_one_file(fresh):
    # a hiragana counter: Sudachi's open reading only takes kanji and katakana words, so only the file finds it
    assert [m for m in mentions("猫が3びき") if m.kind == "count"] == []
    fresh.setitem(load("counters"), "びき", "匹")
    _forget()
    assert [(m.text, m.unit) for m in mentions("猫が3びき") if m.kind == "count"] == [("3びき", "匹")]
