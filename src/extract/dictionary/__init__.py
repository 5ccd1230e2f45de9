"""Word lists as data: units, counters, eras, qualifiers, role labels, stop-words. Add a word here, not in code."""
from __future__ import annotations

import json
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """Load `dictionary/<name>.json` shipped with the package (cached: the files never change at run time)."""
    return json.loads(resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8"))


def words(table: dict[str, Any]) -> dict[str, Any]:
    """A dictionary table without its `_doc` and other `_` notes."""
    return {k: v for k, v in table.items() if not k.startswith("_")}


def unit_fractions() -> dict[str, Fraction]:
    """Each duration unit's size in days, exact (`hour` is 1/24): for converting one unit into another."""
    return {unit: Fraction(str(size)) for unit, size in words(load("durations")["units"]).items()}


def unit_days() -> dict[str, float]:
    """Each duration unit's size in days (`{"year": 365.25, "month": 30.4375, ...}`): the one copy every
    table and check should use."""
    return {unit: float(size) for unit, size in unit_fractions().items()}


def duration_spellings() -> dict[str, str]:
    """Duration units as written -> the unit published (`か月` -> `month`)."""
    return words(load("durations")["spellings"])


def eras() -> dict[str, int]:
    """Era names and their one-letter abbreviations -> the Gregorian year of their year 0 (令和 -> 2018)."""
    return {k: int(v) for k, v in words(load("eras")).items()}


def stopwords(kind: str) -> dict[str, list[str]]:
    """The rules' stop-word lists of one kind (`stopwords.json`): what may not follow or precede a match."""
    return load("stopwords")[kind]
