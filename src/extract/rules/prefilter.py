"""What a text must hold for a rule's regex to match anywhere in it, derived from the regex itself.

A rule's regex is read (Python's own regex parser) into the sets of characters every match must contain
one of: a literal gives one character, a short character class its characters, an alternation the union
of one set per branch, a repeat its body's sets when it must run once. Positive lookarounds count too (the
text is tested whole, and they read it). A text that holds no character of one of the sets cannot match,
so the engine skips the rule for it: the same candidates, fewer scans. Derived when a rule table is first
compiled, so a rule added to a table, or a word added to a dictionary the regex is built from, gets its
prefilter with no edit (see tests/test_rules_prefilter.py).
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: a class larger than this (`[^…]`, `\w`, a kanji range) tells a text nothing worth a test
_MAX_CLASS = 64
#: an alternation of dictionary words (counters, units) may give more: a set test costs the smaller side
_MAX_UNION = 256
#: the sets kept per regex, smallest first: each is a test per text, and the first absent one decides
_KEEP = 3

Sets = list[frozenset[str]]


def required(regex: str | re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of characters a text must hold one of each, for `regex` to match in it (empty: no test).

    Sets holding an ASCII digit or whitespace are left out: every rule reads a number and lines are full
    of spaces, so such a test would rarely skip anything and cost every text."""
    pattern, flags = (regex.pattern, regex.flags) if isinstance(regex, re.Pattern) else (regex, 0)
    parsed = sre_parse.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return ()  # case-folded literals would need their other cases; no rule folds case
    sets = {s for s in _seq(parsed) if not _weak(s)}
    return tuple(sorted(sets, key=lambda s: (len(s), sorted(s)))[:_KEEP])


def _weak(chars: AbstractSet[str]) -> bool:
    return any(c.isspace() or c in "0123456789" for c in chars)


def _seq(items: Any) -> Sets:
    """A sequence: every item's sets must hold (an AND)."""
    out: Sets = []
    for op, av in items:
        out += _item(op, av)
    return out


def _item(op: Any, av: Any) -> Sets:
    if op is sre.LITERAL:
        return [frozenset(chr(av))]
    if op is sre.IN:
        chars = _class(av)
        return [chars] if chars else []
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return [] if add_flags & re.IGNORECASE else _seq(body)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        return _seq(body) if low >= 1 else []
    if op is sre.ASSERT:  # a lookahead or lookbehind reads characters of the same text
        return _seq(av[1])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _seq(av)
    if op is sre.BRANCH:
        return _either(av[1])
    if op is sre.GROUPREF_EXISTS:
        _group, yes, no = av
        return _either([yes, no] if no is not None else [yes, []])
    return []  # ANY, NOT_LITERAL, AT, ASSERT_NOT, CATEGORY, GROUPREF: nothing a match must contain


def _either(branches: list[Any]) -> Sets:
    """An alternation: each branch must give a set (its smallest); the match holds a character of one."""
    union: set[str] = set()
    for branch in branches:
        sets = _seq(branch)
        if not sets:
            return []
        union |= min(sets, key=lambda s: (_weak(s), len(s)))
    return [frozenset(union)] if len(union) <= _MAX_UNION else []


def _class(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of `[…]`, or None for a negated, categorised or large class."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # NEGATE, CATEGORY, a wide RANGE
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(chars)
