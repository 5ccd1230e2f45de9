"""The blind text gold (fresh, fresh2, fresh3, fresh4, fresh5a/b/c, fresh6a/b/c, fresh7a/b, fresh8a/b) is well-formed
(a test of the gold, not of the extractor: nothing here runs the project).

Every record's text sits on its line of its deck, kinds/roles/qualifiers are of the GUIDE's vocabulary, and each
budgets row and trap sits on an amount of the mention gold with the same value. The check is the one
tests/data/fresh_src/build.py applies when it writes either set's gold; the near misses show it can fail.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import DATA, load_scorer

#: the blind text sets and their decks (the builder's folders() gives the rest)
SETS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5a", "fresh5b", "fresh5c", "fresh6a", "fresh6b", "fresh6c", "fresh7a",
        "fresh7b", "fresh8a", "fresh8b", "fresh9a", "fresh9b", "fresh10a", "fresh10b", "fresh11a", "fresh11b",
        "fresh11c", "fresh12a", "fresh12b", "fresh12c", "fresh12d", "fresh13a", "fresh13b", "fresh13c", "fresh13d",
        "fresh14a", "fresh14b", "fresh14c", "fresh14d", "fresh15a", "fresh15b", "fresh15c", "fresh16a",
        "fresh16b", "fresh16c", "fresh17a", "fresh17b", "fresh17c", "fresh17d", "fresh17e", "fresh18a", "fresh18b", "fresh18c",
        "fresh18d", "fresh18e", "fresh19a", "fresh19b", "fresh19c", "fresh19d", "fresh20a", "fresh20b", "fresh20c",
        "fresh20d", "fresh21a", "fresh21b", "fresh21c", "fresh21d", "fresh22a", "fresh22b", "fresh22c", "fresh22d",
        "fresh23b", "fresh23c", "fresh23d", "fresh23a", "fresh24a", "fresh24b", "fresh24c", "fresh24d", "fresh25a", "fresh25b",
        "fresh26a", "fresh26b", "fresh27a", "fresh27b", "dev10c")
DOCS = [(s, p.stem) for s in SETS for p in sorted((DATA / "decks" / s).glob("*.txt"))]


def _builder() -> ModuleType:
    return load_scorer("build", DATA / "fresh_src")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(s) for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]


def _folders(set_name: str) -> tuple[Path, Path, Path, Path]:
    folders: tuple[Path, Path, Path, Path] = _builder().folders(set_name)
    return folders


@pytest.mark.parametrize("set_name", SETS)
def test_every_deck_has_its_gold_and_nothing_else(set_name: str) -> None:
    src, decks, gold, budgets = _folders(set_name)
    docs = {p.stem for p in decks.glob("*.txt")}
    assert len(docs) >= 10
    assert {p.name for p in src.glob("ann_*.py")} == {f"ann_{d}.py" for d in docs}, src
    for folder, suffixes in ((gold, (".jsonl",)), (budgets, (".jsonl", ".not_rows.jsonl"))):
        names = {p.name for p in folder.glob("*.jsonl")}
        assert names == {f"{d}{s}" for d in docs for s in suffixes}, folder


@pytest.mark.parametrize(("set_name", "doc"), DOCS)
def test_mentions_sit_on_their_lines_and_use_the_guides_vocabulary(set_name: str, doc: str) -> None:
    _, decks, gold, _ = _folders(set_name)
    recs = _jsonl(gold / f"{doc}.jsonl")
    assert recs, doc
    assert {r["doc"] for r in recs} == {doc} and all(r["page"] is None for r in recs)
    _builder().check(doc, (decks / f"{doc}.txt").read_text(encoding="utf-8").split("\n"), recs)


@pytest.mark.parametrize(("set_name", "doc"), DOCS)
def test_budget_rows_and_traps_sit_on_gold_amounts(set_name: str, doc: str) -> None:
    _, _, gold, budgets = _folders(set_name)
    amounts = {(r["line"], r["text"]): r for r in _jsonl(gold / f"{doc}.jsonl") if r["kind"] == "amount"}
    for row in _jsonl(budgets / f"{doc}.jsonl"):
        a = amounts[(row["line"], row["text"])]
        assert (a["min"], a["role"]) == (row["budget_yen"], row["role"]), row
        assert row["role"] in ("budget", "supplementary_budget") and row["program"], row
        assert isinstance(row.get("fy_alt") or [], list), row  # the scorer iterates it
    for trap in _jsonl(budgets / f"{doc}.not_rows.jsonl"):
        a = amounts[(trap["line"], trap["text"])]
        assert trap["value_yen"] in (a["min"], a["max"]) and trap["mention_role"] == a["role"], trap


def _good() -> tuple[str, list[str], list[dict[str, Any]]]:
    lines = ["令和6年度予算 一般会計 3億円(前年度 2億円)", "受付 6月3日まで 2か年 120人 15%"]
    recs = [
        {"kind": "fiscal_year", "line": 1, "text": "令和6年度", "min": 2024, "max": 2024, "unit": None,
         "qualifiers": [], "per": None, "role": None, "fy": None},
        {"kind": "amount", "line": 1, "text": "3億円", "min": 300000000, "max": 300000000, "unit": "yen",
         "qualifiers": [], "per": None, "role": "budget", "fy": 2024},
        {"kind": "date", "line": 2, "text": "6月3日", "min": None, "max": "2024-06-03", "unit": None,
         "qualifiers": ["at_most"], "per": None, "role": None, "fy": None},
        {"kind": "duration", "line": 2, "text": "2か年", "min": 2, "max": 2, "unit": "year",
         "qualifiers": [], "per": None, "role": None, "fy": None},
        {"kind": "count", "line": 2, "text": "120人", "min": 120, "max": 120, "unit": "人",
         "qualifiers": [], "per": None, "role": None, "fy": None},
    ]
    return "toy", lines, recs


#: (what is broken, index of the record, field, bad value)
NEAR_MISSES = [
    ("text on the next line", 1, "line", 2),
    ("text not written anywhere", 1, "text", "4億円"),
    ("unknown kind", 4, "kind", "quantity"),
    ("unknown role", 1, "role", "grant"),
    ("amount unit not yen", 1, "unit", "円"),
    ("role on a count", 4, "role", "budget"),
    ("fy on a date", 2, "fy", 2024),
    ("qualifier outside the GUIDE", 2, "qualifiers", ["deadline"]),
    ("date not ISO", 2, "max", "6/3"),
    ("min above max", 3, "min", 5),
    ("duration unit unknown", 3, "unit", "か年"),
    ("both ends open", 4, "max", None),
]


def test_the_well_formed_toy_passes() -> None:
    doc, lines, recs = _good()
    _builder().check(doc, lines, recs)


def test_a_text_annotated_twice_must_be_written_twice() -> None:
    doc, lines, recs = _good()
    twice = [*recs, copy.deepcopy(recs[1])]
    with pytest.raises(AssertionError):
        _builder().check(doc, lines, twice)
    lines2 = [lines[0] + " 3億円", lines[1]]
    _builder().check(doc, lines2, twice)


@pytest.mark.parametrize(("what", "i", "field", "value"), NEAR_MISSES, ids=[m[0] for m in NEAR_MISSES])
def test_near_misses_are_refused(what: str, i: int, field: str, value: Any) -> None:
    doc, lines, recs = _good()
    if field == "min" and recs[i]["min"] is not None and value == 5:
        recs[i]["min"] = recs[i]["max"] + 3
    else:
        recs[i][field] = value
    if field == "max" and value is None:
        recs[i]["min"] = None
    with pytest.raises(AssertionError):
        _builder().check(doc, lines, recs)


@pytest.mark.parametrize("set_name", ["heldout", "fresh5", ""])
def test_a_set_the_builder_does_not_write_is_refused(set_name: str) -> None:
    with pytest.raises(AssertionError):
        _folders(set_name)
