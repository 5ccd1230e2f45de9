"""The rule prefilter (rules/prefilter.py): a rule is skipped for a text that lacks every character of one of
the sets its regex needs, and run wherever its literal stands, whatever form the raw text wrote it in
(normalization makes them one); the sets never skip a rule that would have matched, so the prefilter on or
off gives the same mentions over every text deck of tests/data; a rule added at run time gets its sets."""
from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.caches import reset
from extract.ingest import read_deck
from extract.mentions import deck_year, extract_lines
from extract.normalize import normalize
from extract.rules.engine import Parsed, Pattern, RuleContext, _matches, candidates, compiled_all, needed
from extract.rules.fragments import NUM, RANGE, SIGN
from extract.rules.prefilter import required, starts
from extract.rules.registry import REGISTRY, RuleKind, registered

DECKS = Path(__file__).parent / "data" / "decks"


def _runs(regex: str, text: str) -> bool:
    """The prefilter's decision for a raw text, read as the engine reads it (normalized)."""
    present = set(normalize(text).text)
    return all(not chars.isdisjoint(present) for chars in required(regex))


# a counter the dictionaries do not hold, a range with its wave dash, a signed figure, an alternation of words
NIGHTS = rf"{NUM}泊"
NIGHTS_RANGE = rf"{NUM}{RANGE}{NUM}泊"
SIGNED = rf"{SIGN}{NUM}点"
LANES = rf"{NUM}(?:車線|レーン)"


@pytest.mark.parametrize(("regex", "text", "run"), [
    # the literal present, in every form the raw text may write it
    (NIGHTS, "3泊", True),
    (NIGHTS, "３泊", True),                    # full-width digit
    (NIGHTS, "2泊3日の研修", True),
    (NIGHTS_RANGE, "2~3泊", True),
    (NIGHTS_RANGE, "２〜３泊", True),          # wave dash U+301C
    (NIGHTS_RANGE, "２～３泊", True),          # full-width tilde U+FF5E
    (NIGHTS_RANGE, "2-3泊", True),
    (NIGHTS_RANGE, "２−３泊", True),           # minus sign U+2212
    (NIGHTS_RANGE, "２－３泊", True),          # full-width hyphen-minus U+FF0D
    (SIGNED, "－5点", True),
    (SIGNED, "▲5点", True),
    (LANES, "4車線", True),
    (LANES, "2レーン", True),
    (LANES, "２ﾚｰﾝ", True),                    # half-width katakana: NFKC makes it レーン
    # near misses: the literal absent, so the rule is not tried
    (NIGHTS, "3日", False),
    (NIGHTS, "3拍", False),                    # a look-alike kanji is another character
    (NIGHTS_RANGE, "3泊", False),              # no range sign at all
    (NIGHTS_RANGE, "2、3泊", False),
    (SIGNED, "5位", False),
    (LANES, "4車両", True),                    # 車 is there: the set is a cheap test, the regex decides
    (LANES, "4路線", False),
])
def test_a_rule_runs_where_its_literal_stands_in_any_form(regex: str, text: str, run: bool) -> None:
    assert _runs(regex, text) is run
    if re.search(regex, normalize(text).text):
        assert run  # never skipped where it matches


# regexes built of every construct the derivation reads, over every text of a small alphabet
CONSTRUCTS = [
    "ab", "a|b", "(?:ab|c)d", "a?b", "a*b", "a+b", "a{2}", "a{0,2}c", "[ab]c", "[^a]b", "(?=a)\\w", "(?<=a)b",
    "(?!a)b", "(?<!a)b", "(a)?(?(1)b|c)", "(?>a|b)c", ".b", "\\d", "a\\Z", "^a", "(?:a|)b", "[a-c]{1,2}d",
    "(?P<x>a)(?P=x)", "a(?:b(?:c|d)|e)",
]


@pytest.mark.parametrize("regex", CONSTRUCTS)
def test_the_sets_never_skip_a_text_the_regex_matches(regex: str) -> None:
    sets = required(regex)
    for n in range(5):
        for chars in itertools.product("abcde1", repeat=n):
            text = "".join(chars)
            if re.search(regex, text):
                assert all(not s.isdisjoint(text) for s in sets), (regex, text, sets)


@pytest.mark.parametrize(("regex", "skipped"), [
    ("a|b", "c"), ("(?:ab|c)d", "ab"), ("a+b", "a"), ("[ab]c", "ab"), ("(?=a)\\w", "b"), ("(?<=a)b", "b"),
    ("a(?:b(?:c|d)|e)", "ac"),
])
def test_the_sets_skip_a_text_without_them(regex: str, skipped: str) -> None:
    assert re.search(regex, skipped) is None
    assert any(s.isdisjoint(skipped) for s in required(regex))


@pytest.mark.parametrize("regex", [*CONSTRUCTS, "(?=[ab])(?:a|bc)", "a*(?=b)\\w", "(?<![a])b+", "\\bab", "(?:a|b?)c",
                                   "(?a:\\d)b", "(?i:a)b", "[^a]", "\\s?a"])
def test_a_scan_from_where_matches_start_finds_what_finditer_finds(regex: str) -> None:
    rx = re.compile(regex)
    first = starts(rx)
    for n in range(6):
        for chars in itertools.product("abc1 ", repeat=n):
            text = "".join(chars)
            for stop in (0, n // 2, n):
                expected = [m.span() for m in _matches(rx, None, text, stop)]
                assert [m.span() for m in _matches(rx, first, text, stop)] == expected, (regex, text, stop)


@pytest.mark.parametrize(("regex", "start"), [
    ("ab", "a"), ("a|b", "ab"), ("a?b", "ab"), ("(?=[ab])(?:a|bc)", "ab"), ("(?<![a])b+", "b"), (r"\d+円", "1٣"),
    ("a*", None), ("(?:a|)b?", None), (".b", None), ("[^a]b", None), ("(?i:a)b", None), ("(a)?(?(1)b|c)", None),
])
def test_where_matches_start(regex: str, start: str | None) -> None:
    first = starts(re.compile(regex))
    if start is None:
        assert first is None
    else:
        assert first is not None
        assert all(first.match(ch) for ch in start)
        assert not first.match("x")


@pytest.mark.parametrize(("regex", "flags"), [("a", re.IGNORECASE), ("(?i)a", 0), ("(?i:a)b", 0)])
def test_case_folding_regexes_keep_no_literal_of_one_case(regex: str, flags: int) -> None:
    assert "A" not in "".join("".join(s) for s in required(re.compile(regex, flags)))


def _count_nights(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    return Parsed(int(m.group(1)), int(m.group(1)), unit="night")


@pytest.fixture
def forget() -> Iterator[None]:
    reset()
    yield
    reset()


@pytest.mark.usefixtures("forget")
@pytest.mark.parametrize(("text", "found"), [("研修は3泊で", 1), ("研修は３泊で", 1), ("研修は3日で", 0)])
def test_a_rule_added_at_run_time_gets_its_sets(text: str, found: int) -> None:
    table = [Pattern("nights", "nights", lambda: r"(\d+)泊", _count_nights)]
    with registered(RuleKind("nights", 7, lambda: table)):
        rows = {row[0].name: needed(row[0]) for row in compiled_all(REGISTRY.patterns()).rows}
        assert frozenset("泊") in rows["nights"]
        norm = normalize(text).text
        for prefilter in (True, False):
            cands = candidates(norm, REGISTRY.patterns(), RuleContext(prefilter=prefilter))
            assert len([c for c in cands if c.kind == "nights"]) == found


def _mentions(path: Path, prefilter: bool) -> list[dict[str, object]]:
    deck = read_deck(path)
    ctx = RuleContext(deck_year=deck_year(deck), prefilter=prefilter)
    return [dataclasses.asdict(m) for m in extract_lines(deck.doc, deck.lines, ctx)]


@pytest.mark.slow
def test_prefilter_on_or_off_gives_the_same_mentions_on_every_text_deck() -> None:
    paths = sorted(DECKS.rglob("*.txt"))
    assert len(paths) > 50
    total = 0
    for path in paths:
        on = _mentions(path, True)
        assert on == _mentions(path, False), path.name
        total += len(on)
    assert total > 1000
