"""A rule kind is registered in one place (`rules/registry.py`): the mention finder, the engine's pick, the
mentions suite and its unit check all read it. A kind registered at run time is found, published and
validated like the built-in ones; a wrong unit of it is held back; the registry refuses what would not
agree with itself."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract import run as pipeline
from extract.caches import reset
from extract.model import KINDS
from extract.options import RunOptions, packaged_suites
from extract.publish.generations import read_published
from extract.rules.engine import Parsed, Pattern, RuleContext
from extract.rules.registry import REGISTRY, RuleKind, registered
from extract.validate.suites import load_suites

from .helpers import mentions


def _celsius(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    return Parsed(m.group(1), m.group(1), unit=m.group(2))


def _temperature(unit_ok: str = "C") -> RuleKind:
    table = [Pattern("temperature", "celsius", lambda: r"(\d+)\s?度([CF])", _celsius, needs="度")]
    return RuleKind("temperature", 7, lambda: table, lambda u: u == unit_ok)


@pytest.fixture
def forget() -> Iterator[None]:
    reset()
    yield
    reset()


def test_the_builtin_kinds_are_the_models_the_suites_and_the_engines():
    assert REGISTRY.names() == tuple(sorted(KINDS, key=REGISTRY.priorities().get))
    assert set(REGISTRY.names()) == set(KINDS)
    kinds_check = [e for e in load_suites(packaged_suites())["mentions"]["expectations"]
                   if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == "kind"]
    assert [set(e["kwargs"]["value_set"]) for e in kinds_check] == [set(KINDS)]
    assert {p.kind for p in REGISTRY.patterns()} == set(KINDS)  # every kind has rules, and no rule a stray kind


@pytest.mark.parametrize("text, found", [("室温 25度C を保つ", ["25"]), ("室温 25度 を保つ", []), ("25度Cと30度C", ["25", "30"])])
def test_a_kind_registered_at_run_time_is_found(forget, text, found):
    assert [m for m in mentions(text) if m.kind == "temperature"] == []
    with registered(_temperature()):
        assert [m.min for m in mentions(text) if m.kind == "temperature"] == found
    assert [m for m in mentions(text) if m.kind == "temperature"] == []  # gone with its registration


@pytest.mark.parametrize("unit_ok, published, held", [("C", 1, 0), ("F", 0, 1)])
def test_a_kind_registered_at_run_time_is_published_and_validated(forget, tmp_path: Path, unit_ok, published, held):
    deck = tmp_path / "raw" / "ondo_2024-05-09.txt"
    deck.parent.mkdir()
    deck.write_text("令和6年度 予算 5億円\n室温は25度Cを保つ\n", encoding="utf-8")
    out = tmp_path / "out"
    with registered(_temperature(unit_ok)):
        result = pipeline.process_deck(pipeline.as_deck_file(deck), None, 50.0)  # in this process: the kind is here
        outcome = pipeline.finish([result], RunOptions(raw=deck.parent, out_dir=out))
    rows = [m for m in read_published(out, "mentions") if m["kind"] == "temperature"]
    assert len(rows) == published
    assert [h["kind"] for h in read_published(out, "held_back") if h["check"] == "_unit_known"] == ["temperature"] * held
    assert [d["status"] for d in outcome.decks] == ["published"]
    assert any(m["kind"] == "amount" for m in read_published(out, "mentions"))  # the other kinds as before


@pytest.mark.parametrize("kind, why", [
    (RuleKind("amount", 9, lambda: []), "registered already"),
    (RuleKind("speed", 9, lambda: [Pattern("amount", "kmh", lambda: r"\d+km/h", _celsius)]), "of kind 'amount'"),
])
def test_the_registry_refuses_a_kind_that_would_not_agree(kind, why):
    with pytest.raises(ValueError, match=why):
        REGISTRY.register(kind)
    assert REGISTRY.names() == tuple(sorted(KINDS, key=REGISTRY.priorities().get))


def test_the_typed_names_are_the_published_values():
    from extract.model import PUBLISHED_STATUSES, ROLES, Kind, Role, Status

    assert tuple(Kind) == KINDS and tuple(Role) == ROLES and set(PUBLISHED_STATUSES) < set(Status)
    assert Status.FAILED == "failed" and f"{Kind.FISCAL_YEAR}" == "fiscal_year"  # a member is its string


@pytest.mark.parametrize("module, name, cleared", [
    ("extract.numbers", "_term_re", True),
    ("extract.context.qualifiers", "_open_re", True),
    ("extract.tables", "_account_regex", True),
    ("extract.linking.names", "exact_key", True),
    ("extract.rules.engine", "compiled_all", True),
    ("extract.dictionary", "load", False),  # the data itself stays: it is what a test changed
])
def test_one_reset_reaches_every_cache(forget, module, name, cleared):
    import importlib

    from .helpers import mentions as found

    found("令和6年度予算額 5億円（前年度 4億円）約3年間")
    importlib.import_module("extract.tables")._account_regex()
    importlib.import_module("extract.linking.names").exact_key("事業")
    cached = getattr(importlib.import_module(module), name)
    assert cached.cache_info().currsize > 0
    reset()
    assert (cached.cache_info().currsize == 0) is cleared
