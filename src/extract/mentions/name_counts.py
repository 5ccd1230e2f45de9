"""A count standing in a programme's name (context/programs.py find_programs): a number inside the name is none
(`新規輸出１万者支援プログラム`), but one counting the name's own suffix word at its end is a count of programmes
(`直轄河川改修5事業とダム2事業`, `合計353事業`, `重点3プロジェクト`)."""
from __future__ import annotations

from ..context.programs import ProgramSpan
from ..dictionary import load


def inside_name(name: ProgramSpan, start: int, end: int, unit: str | None) -> bool:
    """The count [start, end) stands inside the name and counts no programmes by its suffix (programs.json suffixes)."""
    if not (name.start <= start and end <= name.end):
        return False
    return not (end == name.end and unit in load("programs")["suffixes"])
