"""Year-less months in prose (`9月の豪雨`, `5月に設置`) and sessions named by their month (`3月定例会`,
`市議会3月定例議会`): the GUIDE's year-less month takes the deck's year; `9月補正` (a budget's name) stays a name."""
from __future__ import annotations

import re
from functools import cache

from ..dictionary import stopwords
from .date_parts import _iso, _relative_month
from .engine import Parsed, Pattern, RuleContext
from .eras import era_regex, gregorian
from .fragments import alternation

#: not inside a written year or a slashed/dotted date (a recurring 毎年4月 is date_parts.month_not_after's)
_MONTH = r"(?<![\d年/.])(?<!年\s)(?P<am>\d{1,2})\s?月"


def _session_month() -> str:
    return rf"{_MONTH}(?=\s?{alternation(stopwords('date')['month_session_after'])})"


def _prose_month() -> str:
    return rf"{_MONTH}(?=\s?(?:頃|ごろ)?\s?{alternation(stopwords('date')['month_prose_after'])})"


@cache
def _fiscal_year_before() -> re.Pattern[str]:
    """A fiscal year written just before a session's month (`令和6年度12月会議`, `R6年度3月定例会`)."""
    return re.compile(era_regex("a") + r"\s?年度\s?\Z")


def _deck_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None or _relative_month(m):
        return None
    v = _iso(ctx.deck_year, m.group("am"))
    return Parsed(v, v, from_deck_year=True) if v else None


def _parse_session_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    fy = _fiscal_year_before().search(m.string, max(0, m.start() - 12), m.start())
    year = gregorian(fy.groupdict(), "a") if fy is not None else None
    if year is None:
        return _deck_month(m, ctx)
    # the session of a fiscal year the text names: April to December in its own year, January to March in the
    # next (a fiscal year runs April to March)
    v = _iso(year + (1 if int(m.group("am")) <= 3 else 0), m.group("am"))
    return Parsed(v, v) if v else None


def _parse_prose_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    # only in a sentence: a table header's `3月の実績` is the March of every year
    return _deck_month(m, ctx) if "。" in m.string else None


PATTERNS: list[Pattern] = [Pattern("date", "session_month", _session_month, _parse_session_month, needs="月"),
                           Pattern("date", "prose_month", _prose_month, _parse_prose_month, needs="月")]
