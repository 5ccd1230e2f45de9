"""Era years to Gregorian: 令和6 -> 2024, 平成元 -> 1989, R5 -> 2023 (eras as data in dictionary/eras.json)."""
from __future__ import annotations

from functools import lru_cache

from ..dictionary import eras
from .fragments import era


@lru_cache(maxsize=1)
def _bases() -> dict[str, int]:
    """The eras table, read once (asked per date and fiscal year read; caches.reset() clears it)."""
    return eras()


def era_regex(p: str) -> str:
    """An era year or a four-digit year, with named groups prefixed by `p` (so a pattern can hold two)."""
    return (rf"(?:(?<![A-Za-z])(?P<{p}era>{era()})\s?(?P<{p}y>\d{{1,2}}|元)"
            rf"|(?<![\d.,])(?P<{p}g>(?:19|20)\d{{2}})(?!\d))")


def gregorian(groups: dict[str, str | None], p: str) -> int | None:
    """The Gregorian year of an `era_regex` match (None if that part did not match)."""
    if groups.get(f"{p}g"):
        return int(groups[f"{p}g"])  # type: ignore[arg-type]
    name = groups.get(f"{p}era")
    if not name:
        return None
    name = name.replace(" ", "")  # 令 和 (letter-spaced)
    y = groups[f"{p}y"]
    n = 1 if y == "元" else int(y)  # type: ignore[arg-type]
    if n < 1:
        return None
    return _bases()[name] + n


def short_end(first: int, last_two: str) -> int:
    """The second end of a Gregorian range written with its last two digits only (`2015~19年度`, `2012~18年`): the
    first end's century, the next one where the two digits come earlier (`1998~02年度` -> 2002)."""
    year = first - first % 100 + int(last_two)
    return year + 100 if year < first else year
