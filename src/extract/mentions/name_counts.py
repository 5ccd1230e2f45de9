"""A count standing in a programme's name (context/programs.py find_programs): a number inside the name is none
(`新規輸出１万者支援プログラム`), but a small one counting the name's own suffix word at its end is a count of programmes
(`直轄河川改修5事業とダム2事業`, `合計353事業`, `重点3プロジェクト`); a name's large round figure names a goal
(`ローカル10,000プロジェクト`)."""
from __future__ import annotations

import re

from ..context.programs import ProgramSpan
from ..dictionary import load

#: the count's number: up to three digits, no grouping comma (a tally of programmes, not a goal's figure)
_SMALL = re.compile(r"\D*\d{1,3}\D*")


def inside_name(name: ProgramSpan, start: int, end: int, unit: str | None, text: str) -> bool:
    """The count [start, end) of `text` stands inside the name and counts no programmes by its suffix (programs.json
    suffixes)."""
    if not (name.start <= start and end <= name.end):
        return False
    counts = end == name.end and unit in load("programs")["suffixes"] and _SMALL.fullmatch(text[start:end]) is not None
    return not counts
