"""A page counter alone on its line (`4/24`, `- 7/16`: page 4 of 24, as a slide or a bulletin's page prints it) is no
date: a year-less M/D is a date where it heads an event of a schedule (GUIDE), and nothing follows this one on its line
(the next line, which the window joins to it, starts the page's text)."""
from __future__ import annotations

import re

from ..rules.engine import Candidate

_ALONE = re.compile(r"[\s\-－‐]*\d{1,2}\s?/\s?\d{1,2}[\s\-－‐]*")


def drop(line: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` without the slashed date that is all of `line` (the line's own normalized text)."""
    if _ALONE.fullmatch(line) is None:
        return cands
    return [c for c in cands if not (c.kind == "date" and c.pattern == "slash_md")]
