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
from functools import lru_cache
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
    parsed = _parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return ()  # case-folded literals would need their other cases; no rule folds case
    sets = {s for s in _seq(parsed) if not _weak(s)}
    return tuple(sorted(sets, key=lambda s: (len(s), sorted(s)))[:_KEEP])


@lru_cache(maxsize=256)
def _parse(pattern: str, flags: int) -> Any:
    """The regex's parse tree, once for both derivations (a table's regexes take ~30 ms to parse)."""
    return sre_parse.parse(pattern, flags)


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


# -- where a match may start ------------------------------------------------------------------------------

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def starts(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character class every match of `regex` starts with (a leading lookahead's, or the first characters
    it can read), so a scan can jump from one such character to the next and try the regex there only; None
    where any character may start a match, or a match may be empty (a scan then is the regex's own)."""
    parsed = _parse(regex.pattern, regex.flags)
    if parsed.state.flags & re.IGNORECASE or parsed.getwidth()[0] == 0:
        return None
    items, nullable = _first(parsed)
    if items is None or nullable or not items:
        return None
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return re.compile("[" + "".join(dict.fromkeys(parts)) + "]", regex.flags & ~re.VERBOSE)


First = tuple[list[tuple[Any, Any]] | None, bool]  # (class items a match may start with, or None: any; nullable)


def _first(items: Any) -> First:
    """What a sequence's match may start with: its items' until one that cannot be empty."""
    acc: list[tuple[Any, Any]] = []
    for op, av in items:
        chars, nullable = _first_item(op, av)
        if chars is None:
            return None, False
        acc += chars
        if not nullable:
            return acc, False
    return acc, True


def _first_item(op: Any, av: Any) -> First:
    if op is sre.LITERAL:
        return [(op, av)], False
    if op is sre.IN:
        return (None, False) if any(o is sre.NEGATE for o, _ in av) else (list(av), False)
    if op is sre.SUBPATTERN:
        return (None, False) if av[1] or av[2] else _first(av[3])  # local flags (?i:…) change what matches
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        chars, nullable = _first(av[2])
        return chars, nullable or av[0] == 0
    if op is sre.BRANCH:
        acc: list[tuple[Any, Any]] = []
        empty = False
        for branch in av[1]:
            chars, nullable = _first(branch)
            if chars is None:
                return None, False
            acc += chars
            empty = empty or nullable
        return acc, empty
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first(av)
    if op is sre.ASSERT and av[0] == 1:  # a lookahead: the character here must start what it reads
        chars, nullable = _first(av[1])
        return (chars, False) if chars is not None and not nullable else ([], True)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [], True  # zero-width: the next item reads the character
    return None, False  # ANY, NOT_LITERAL, a group reference, a conditional: any character
