"""A long deck's lines read by the line rules in two processes (issue 25): a budget book's lines exist only once
every page is read (repeated headers are dropped deck-wide), so its rules ran after the last page on one core,
beside a fork reading its charts and cells; here the later pages' lines are read by the rules in a forked process
beside this one, which reads the charts and cells after them, while this one goes on with the deck's passes.

The same result as reading every line here in order: what `LineReader` carries from line to line starts again at
each page (the text above, an era axis, a timeline's headings, a mention's tail on the next line of its page), so
the lines are cut where a page begins and each share starts from a fresh reader; what the reader gathers for the
deck's passes (the dates in order, the year-less `M/D` dates, the dates moved into a run-up deck's fiscal year,
the timeline's years by page) is the first share's followed by the second's."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from ..context.labels import LineInfo
from ..context.programs import ProgramSpan
from ..ingest.page_readers import aside, can_fork, in_steps
from ..model import Line, Mention
from .lines import LineReader

#: lines below which a deck is read here only: the fork and the pickled share cost more than half the reading
MIN_LINES = 2000
#: the share of the lines (by characters) read here: this process goes on with the deck's passes after them
OWN_SHARE = 0.5

T = TypeVar("T")
Read = tuple[list[Mention], list[LineInfo], list[list[ProgramSpan]]]
#: what a reader gathered for the deck's passes: its dates (and whether of the deck's year), its year-less
#: `M/D` dates, which of its dates were moved (by position in the dates), its timeline's years by (page, month)
Gathered = tuple[list[tuple[Mention, bool]], list[Mention], list[int], dict[tuple[int | None, int], int]]


def read_lines(reader: LineReader, workers: int = 1, beside: Callable[[], T] | None = None
               ) -> tuple[Read, Callable[[], T] | None]:
    """Every line's mentions, what the roles read of it and its programme names, as `reader.read` gives them
    line after line, with `reader` left holding what the deck's passes take from it; `workers` >= 2: the later
    pages' lines read in a forked process meanwhile (the same result). `beside`: work that needs the lines only
    (a deck's charts and cells), done in that process after its share (a deck read here alone: forked now, beside
    the rules, see page_readers.aside), and what gives its result (None without `beside`)."""
    n = len(reader.lines)
    cut = _cut(reader.lines) if workers >= 2 and n >= MIN_LINES and can_fork() else None
    if cut is None:
        later = aside(beside, workers) if beside is not None else None
        return _read(reader, range(n)), later
    # forked now, from a reader that has read nothing
    other = in_steps([partial(_share, reader, cut, n), beside or (lambda: None)], workers)
    if not other.forked:
        return _read(reader, range(n)), aside(beside, 1) if beside is not None else None
    try:
        own = _read(reader, range(cut))
        theirs, gathered = other.get(0)
    except BaseException:
        other.stop()
        raise
    _take(reader, gathered)
    return (own[0] + theirs[0], own[1] + theirs[1], own[2] + theirs[2]), (partial(other.get, 1) if beside else None)


def _cut(lines: list[Line]) -> int | None:
    """The index of the first line of the page where `OWN_SHARE` of the lines' characters is reached (else the
    last page's); None where no page begins after the first line (a text deck)."""
    total = sum(len(line.text) for line in lines)
    seen, best = 0, None
    for i, line in enumerate(lines):
        if i and line.page != lines[i - 1].page:
            best = i
            if seen >= total * OWN_SHARE:
                return i
        seen += len(line.text)
    return best


def _read(reader: LineReader, rows: range) -> Read:
    mentions: list[Mention] = []
    infos: list[LineInfo] = []
    programs: list[list[ProgramSpan]] = []
    for i in rows:
        found, info, names = reader.read(i)
        mentions.extend(found)
        infos.append(info)
        programs.append(names)
    return mentions, infos, programs


def _share(reader: LineReader, start: int, end: int) -> tuple[Read, Gathered]:
    """Lines [start, end) read by `reader` (fresh: forked before this process read any), with what it gathered."""
    got = _read(reader, range(start, end))
    moved = [k for k, (m, _) in enumerate(reader.dates) if id(m) in reader.moved]
    assert reader.timeline is not None
    return got, (reader.dates, reader.slashed, moved, reader.timeline.years)


def _take(reader: LineReader, gathered: Gathered) -> None:
    """What the second share's reader gathered, after this one's (as one reader reading on would have)."""
    dates, slashed, moved, years = gathered
    assert reader.timeline is not None
    reader.dates.extend(dates)
    reader.slashed.extend(slashed)
    reader.moved.update(id(dates[k][0]) for k in moved)
    reader.timeline.years.update(years)
