"""Year-less months in prose (`9月の豪雨`, `5月に設置`) and sessions named by their month (`3月定例会`,
`市議会3月定例議会`): the GUIDE's year-less month takes the deck's year; `9月補正` (a budget's name) stays a name."""
from __future__ import annotations

import re

from ..dictionary import stopwords
from .date_parts import _iso, _relative_month
from .engine import Parsed, Pattern, RuleContext
from .fragments import alternation

#: not inside a written year or a slashed/dotted date (a recurring 毎年4月 is date_parts.month_not_after's)
_MONTH = r"(?<![\d年/.])(?<!年\s)(?P<am>\d{1,2})\s?月"


def _session_month() -> str:
    return rf"{_MONTH}(?=\s?{alternation(stopwords('date')['month_session_after'])})"


def _prose_month() -> str:
    return rf"{_MONTH}(?=\s?(?:頃|ごろ)?\s?{alternation(stopwords('date')['month_prose_after'])})"


def _parse_session_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if ctx.deck_year is None or _relative_month(m):
        return None
    v = _iso(ctx.deck_year, m.group("am"))
    return Parsed(v, v, from_deck_year=True) if v else None


def _parse_prose_month(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    # only in a sentence: a table header's `3月の実績` is the March of every year
    return _parse_session_month(m, ctx) if "。" in m.string else None


PATTERNS: list[Pattern] = [Pattern("date", "session_month", _session_month, _parse_session_month, needs="月"),
                           Pattern("date", "prose_month", _prose_month, _parse_prose_month, needs="月")]
