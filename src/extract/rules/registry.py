"""The rule kinds, registered in one place: each kind's rule table, its priority among candidates of
equal length, and what the validation needs to know of it (which units it may carry). The mention
finder, the engine's pick, the `mentions` suite and its checks all read this registry, so a new kind is
one `register(RuleKind(...))` (see tests/test_rule_registry.py), not six edits that nothing checks."""
from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .engine import Pattern


def _is_missing(unit: Any) -> bool:
    return unit is None or (isinstance(unit, float) and math.isnan(unit))


def _any_unit(unit: Any) -> bool:
    return isinstance(unit, str) and bool(unit)


@dataclass(frozen=True)
class RuleKind:
    """One kind of quantity the rules find (a value of `mentions.kind`)."""

    name: str
    #: among candidates of equal length the lower number wins (fiscal_year before date before amount …)
    priority: int
    #: the kind's rule table (built on first use: the tables read the dictionaries)
    patterns: Callable[[], Sequence[Pattern]]
    #: validation: the `unit` a mention of this kind may carry (the `_unit_known` check of the mentions suite)
    unit_ok: Callable[[Any], bool] = _any_unit


def _builtin() -> list[RuleKind]:
    from ..dictionary import unit_days
    from . import amount, count, date, duration, fiscal_year, percent, rank

    return [
        RuleKind("fiscal_year", 0, lambda: fiscal_year.PATTERNS, _is_missing),
        RuleKind("date", 1, lambda: date.PATTERNS, _is_missing),
        RuleKind("amount", 2, lambda: amount.PATTERNS, lambda u: u == "yen"),
        RuleKind("percent", 3, lambda: percent.PATTERNS, lambda u: u == "percent"),
        RuleKind("rank", 4, lambda: rank.PATTERNS, lambda u: u == "rank"),
        RuleKind("duration", 5, lambda: duration.PATTERNS, lambda u: u in unit_days()),
        RuleKind("count", 6, lambda: count.PATTERNS, _any_unit),
    ]


class Registry:
    """The kinds in registration order; the combined rule table is built once per set of kinds."""

    def __init__(self) -> None:
        self._kinds: dict[str, RuleKind] | None = None
        self._patterns: tuple[Pattern, ...] | None = None
        self._priorities: dict[str, int] | None = None

    @property
    def kinds(self) -> dict[str, RuleKind]:
        if self._kinds is None:
            self._kinds = {k.name: k for k in _builtin()}
        return self._kinds

    def names(self) -> tuple[str, ...]:
        return tuple(self.kinds)

    def priorities(self) -> dict[str, int]:
        if self._priorities is None:
            self._priorities = {k.name: k.priority for k in self.kinds.values()}
        return self._priorities

    def patterns(self) -> tuple[Pattern, ...]:
        """Every kind's rule table in one tuple (order does not decide priority: see `engine.pick`)."""
        if self._patterns is None:
            self._patterns = tuple(p for k in self.kinds.values() for p in k.patterns())
        return self._patterns

    def unit_ok(self, kind: str, unit: Any) -> bool:
        k = self.kinds.get(kind)
        return k is not None and k.unit_ok(unit)

    def register(self, kind: RuleKind) -> None:
        if kind.name in self.kinds:
            raise ValueError(f"rule kind {kind.name!r} is registered already")
        for p in kind.patterns():
            if p.kind != kind.name:
                raise ValueError(f"pattern {p.name!r} of kind {p.kind!r} registered under {kind.name!r}")
        self.kinds[kind.name] = kind
        self.forget()

    def unregister(self, name: str) -> None:
        self.kinds.pop(name, None)
        self.forget()

    def forget(self) -> None:
        """Drop the combined rule table (the dictionaries or the kinds changed)."""
        self._patterns = self._priorities = None


#: the kinds of this process (`register` adds one at run time; `registered` for a while)
REGISTRY = Registry()


@contextmanager
def registered(kind: RuleKind) -> Iterator[RuleKind]:
    """`kind` registered for the duration of a `with` block (a test, a one-off run)."""
    REGISTRY.register(kind)
    try:
        yield kind
    finally:
        REGISTRY.unregister(kind.name)
