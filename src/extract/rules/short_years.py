"""An era-less two-digit `N年` that is a year near the deck's own (`28年分の収支報告` in a 平成28 report,
`22年の訪日外国人` in a 2022 news item, `26年収入額 | 25年収入額` as a table's column years): the year something
happened, written without its era or century, no span and no mention (gold READMEs: two-digit years without an era are
no mentions). A number near the deck's year is not enough: the `N年` must show a positive sign of a year (`N年分`,
`N年は`, a noun glued after it, or a clause that starts right before it and goes on with `に`/`の`/`と`…), because a
list of span words cannot name every span (`創業25年を記念`, `勤続20年の職員`, `耐用年数は22年`). A span's word beside
it still keeps a span (`築20年`, `過去10年で`, `20年後`, `30年の借地契約`). Some signs make a year in any deck, near its
year or not (`09年`, `16年に国体の…`, `21年は1012万人`, `19年の1588万人`): names_a_year is the one answer rules/duration.py
asks. The window and the words are data (durations.json short_year)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..dictionary import load


class _Signs(NamedTuple):
    """The patterns of a year's signs (durations.json short_year), built once: near the deck's year (year_after …
    from_year) and in any deck (when, topic, named)."""
    year_after: re.Pattern[str]
    clause_before: re.Pattern[str]
    clause_after: re.Pattern[str]
    span_topic: re.Pattern[str]
    name_open: re.Pattern[str]
    name_close: re.Pattern[str]
    from_year: re.Pattern[str]
    when: re.Pattern[str]
    topic: re.Pattern[str]
    named: re.Pattern[str]


@lru_cache(maxsize=1)
def _signs() -> _Signs:
    d = load("durations")["short_year"]
    return _Signs(re.compile("(?:" + "|".join(d["year_after"]) + ")"), re.compile(d["clause_before"] + r"\Z"),
                  re.compile("(?:" + "|".join(d["clause_after"]) + ")"), re.compile(d["span_topic"] + r"\Z"),
                  re.compile(d["name_open"] + r"\Z"), re.compile(d["name_close"]), re.compile(d["from_year"] + r"\Z"),
                  re.compile(d["when"]), re.compile(d["topic"]), re.compile(d["named"]))


def _opens(text: str, start: int) -> bool:
    """The `N年` at `start` opens its clause: the line's start, or clause_before right before it."""
    return start == 0 or _signs().clause_before.search(text, start - 1, start) is not None


def _year_sign(text: str, start: int, end: int) -> bool:
    """A positive sign that text[start:end] names a year: `N年分`, `N年は`, a noun glued after it (`24年支出額`,
    `27年大河ドラマ`), or a clause starting right before it that goes on with a particle (`計画を17年に策定`,
    `21年の県外客`), or the end of a 「name」 it dates (`「おおた未来プラン 10 年(後期)」`); never after a span's topic
    (`耐用年数は22年`, `償還期間は、25年に定めた`)."""
    s = _signs()
    if s.span_topic.search(text, max(0, start - 12), start):
        return False
    if s.year_after.match(text, end) or (s.name_open.search(text, max(0, start - 20), start) and s.name_close.match(text, end)):
        return True
    return _opens(text, start) and s.clause_after.match(text, end) is not None


@lru_cache(maxsize=1)
def _table() -> tuple[int, int, re.Pattern[str], re.Pattern[str], tuple[tuple[int, int], ...], re.Pattern[str]]:
    d = load("durations")["short_year"]
    eras = load("eras")
    # an era year is two-digit only up to the era's last year (平成31, 昭和64)
    spans = tuple((int(eras[name]), int(last)) for name, last in d["eras_last_year"].items())
    return (int(d["years_before"]), int(d["years_after"]), re.compile("(?:" + "|".join(d["span_before"]) + r")\s?\Z"),
            re.compile(r"\s?(?:" + "|".join(d["span_after"]) + ")"), spans, re.compile(d["range_end_after"] + r"\Z"))


def _year_anywhere(text: str, start: int, end: int, number: str) -> bool:
    """A two-digit `N年` that is a year whatever the deck's own: a leading zero (`09年`); one opening its clause before
    an event's に or 当時 (`16年に国体の…`, `15年当時の`) or as a topic (`21年は1012万人`); a season or that year's figure
    after it (`17年秋`, `19年の1588万人`)."""
    if re.fullmatch(r"0\d", number):
        return True
    if re.fullmatch(r"[1-9]\d", number) is None:
        return False
    s = _signs()
    if _opens(text, start) and (s.when.match(text, end) is not None or s.topic.match(text, end) is not None):
        return True
    return s.named.match(text, end) is not None


def names_a_year(text: str, start: int, end: int, number: str, deck_year: int | None) -> bool:
    """The one answer to "is the era-less `N年` at text[start:end] (`number` its digits) a year or a span?": a year
    where a sign makes it one in any deck, or where it writes a year near the deck's own with a positive sign."""
    return _year_anywhere(text, start, end, number) or near_deck_year(text, start, end, number, deck_year)


def reset() -> None:
    _table.cache_clear()
    _signs.cache_clear()


def _years(n: int) -> list[int]:
    """The years a two-digit `n` may write: its Gregorian century forms and an era's year n."""
    eras = _table()[4]
    return [1900 + n, 2000 + n] + [start + n for start, last in eras if n <= last]


def near_deck_year(text: str, start: int, end: int, number: str, deck_year: int | None) -> bool:
    """`number` (the digits of a `N年` at text[start:end]) writes a year within the deck's window, shows a positive sign
    of a year and has no span's word right before or after it."""
    if re.fullmatch(r"[1-9]\d", number) is None:
        return False
    before, after, span_before, span_after, _, range_end = _table()
    if range_end.search(text, max(0, start - 8), start):
        return True  # 2012~18年: the range's second year
    if deck_year is None or not any(deck_year - before <= y <= deck_year + after for y in _years(int(number))):
        return False
    if span_after.match(text, end):
        return False
    if _signs().from_year.search(text, max(0, start - 24), start):
        return True  # 20年の40人から21年には: the second year of a change, no span's から
    return span_before.search(text, max(0, start - 8), start) is None and _year_sign(text, start, end)
