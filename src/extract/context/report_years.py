"""The calendar year a document's accounts cover, for its figures that state no year (issue 21; context/dated_scopes.py).
Political funds, income-tax returns and the like are kept by calendar year and have no 年度: the report states the year
it covers as `<year>年分` (`平成22年分の収支報告書を公表した`, `2016年分の政治資金収支報告書`, `<平成26年分>政治資金
収支報告書の概要`, era-less `28年分の…収支報告` in the era the text fixed before it: context/elided_years.py), and a
reader reads its totals, its items and their changes on the year as that year's (fresh19c README call 1).
Only a `年分` in the document's lead (its first lines, fiscal_scope.json lead_lines) in a sentence that names such
accounts (report_accounts) counts; the first one wins (the title's over a later line's). Not a report year: a count of
years' worth (`固定資産税相当額5年分`, `5月に1年分を交付`: no accounts named), a year the text fixed no era for.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..rules.eras import era_regex, gregorian
from .elided_years import reading_at
from .labels import LineInfo


@lru_cache(maxsize=1)
def _report_year() -> re.Pattern[str]:
    """An era or four-digit year (rules/eras.py era_regex), or a bare era-less year, before `年分`."""
    return re.compile(rf"(?:{era_regex('')}|(?<![\d.,])(?P<bare>\d{{1,2}}))\s*年分")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around start..end (a title line is one sentence)."""
    return text[text.rfind("。", 0, start) + 1:(text.find("。", end) + 1 or len(text))]


def _year(info: LineInfo, m: re.Match[str]) -> int | None:
    if m.group("bare") is None:
        return gregorian(m.groupdict(), "")
    return reading_at(info, int(m.group("bare")))  # (`28年分` under `2017年11月30日付`: 平成28)


def report_year(infos: Sequence[LineInfo]) -> int | None:
    """The calendar year the lead says the document's accounts cover (see the module's docstring), else None."""
    accounts = load("fiscal_scope")["report_accounts"]
    for info in infos[:int(load("fiscal_scope")["lead_lines"])]:
        for m in _report_year().finditer(info.norm):
            if any(w in _sentence(info.norm, m.start(), m.end()) for w in accounts):
                return _year(info, m)
    return None
