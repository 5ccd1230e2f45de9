"""A set of characters as one compiled regex class: whether a text holds any of them is one `search` in C.

A set's own test against a text (`chars.isdisjoint(text)`) walks the text in Python's object protocol, a hash
lookup per character, several times slower on a line; so do `set(text)` and a generator over it."""
from __future__ import annotations

import re
from collections.abc import Iterable


def any_of(chars: Iterable[str]) -> re.Pattern[str]:
    """A regex matching any one of `chars` (an empty set matches nothing)."""
    found = sorted(set(chars))
    return re.compile("[" + "".join(map(re.escape, found)) + "]") if found else re.compile(r"(?!)")
