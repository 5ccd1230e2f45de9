"""The budget's stage written as a word before a figure (`当初`, `補正`): one dictionary entry (roles.json stage_marks, word ->
role) read by the role (stage_marks.py), the name (name_phrase.py, quoted_names.py) and the year (fiscal_kinds.py) passes,
so the three agree on what a stage word is."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load


def stage_words() -> dict[str, str]:
    """Each stage word and the role it marks (`当初` -> budget, `補正` -> supplementary_budget)."""
    words: dict[str, str] = load("roles")["stage_marks"]
    return words


@lru_cache(maxsize=1)
def kind_words() -> tuple[str, ...]:
    """The stage words in the forms a name's tail may end with (roles.json stage_forms: `当初`, `当初予算`, `補正分`)."""
    forms: list[str] = load("roles")["stage_forms"]
    return tuple(w + f for f in forms for w in stage_words())


def alternation(role: str | None = None) -> str:
    """A regex alternation of the stage words (of one role's, where given), longest first."""
    words = [w for w, r in stage_words().items() if role is None or r == role]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
