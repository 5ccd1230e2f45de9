"""Year labels of axes and table rows written Gregorian first with the era year in brackets: `'89(平成元)`,
`'92( ４)`, `2001( 13)`, `'19(令和元)` (the era name is carried down the axis and left out). One date each
(GUIDE: era and Gregorian together name one date); the bracketed number must be the era year of that year
(`'92( ４)`: 平成4 is 1992), so a code or a footnote mark in brackets (`'92(3)`) is no year label."""
from __future__ import annotations

import re

from ..dictionary import eras, load
from .engine import Parsed, Pattern, RuleContext
from .fragments import alternation, era

PATTERNS: list[Pattern] = []


def _year_label() -> str:
    # not followed by 年: `1986(昭和61)年` is the plain year pattern's
    return (r"(?:(?<![\dA-Za-z.,'’])['’](?P<yy>\d{2})|(?<![\d.,])(?P<ag>(?:19|20)\d{2}))\s?\(\s?"
            rf"(?P<era>{era()})?\s?(?P<n>\d{{1,2}}|元)\s?\)(?!\s?年)")


def _parse_year_label(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    g = m.groupdict()
    n = 1 if g["n"] == "元" else int(g["n"])
    name = (g.get("era") or "").replace(" ", "")
    bases = {eras()[name]} if name else set(eras().values())
    years = [int(g["ag"])] if g.get("ag") else [1900 + int(g["yy"]), 2000 + int(g["yy"])]
    fits = [y for y in years if y - n in bases]
    if len(fits) != 1:
        return None
    v = f"{fits[0]:04d}"
    return Parsed(v, v)


PATTERNS.append(Pattern("date", "year_label", _year_label, _parse_year_label, needs="("))


def _carried_era_year() -> str:
    # 2013（平成25）年 2014（ 26）年 2015（ 27）年: a row of years whose era name is written once, its years in brackets
    return r"(?<![\d.,])(?P<ag>(?:19|20)\d{2})\s?\(\s?(?P<n>\d{1,2}|元)\s?\)\s?年"


PATTERNS.append(Pattern("date", "carried_era_year", _carried_era_year, _parse_year_label, needs="("))


def _bracketed_years() -> str:
    # (2011-2019), （2017～2021）: a span of two four-digit years alone in brackets, a chart's or table's period
    return r"(?<=\()\s?(?P<g1>(?:19|20)\d{2})\s?[-~]\s?(?P<g2>(?:19|20)\d{2})\s?(?=\))"


def _parse_bracketed_years(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    a, b = int(m.group("g1")), int(m.group("g2"))
    return Parsed(f"{a:04d}", f"{b:04d}") if a < b else None


PATTERNS.append(Pattern("date", "bracketed_years", _bracketed_years, _parse_bracketed_years, needs="("))


def _labelled_year() -> str:
    # © 2016, Copyright 2017, © Copyright 2025, Copyright (C) 2019 (anchors.json year_labels; a `(c)` mark only
    # beside a label: alone it is a list marker), then the year alone (not 2016年 or a spaced `2024 年度`, a plain
    # date's or a fiscal year's; not 2016.4 or 2016-2020, a dotted date's or a span's)
    words = load("anchors")
    labels, marks = alternation(words["year_labels"]), alternation(words["year_label_marks"])
    return (rf"(?i:(?:{marks}\s?)?{labels}(?:\s?(?:{labels}|{marks}))*)\s?(?P<ag>(?:19|20)\d{{2}})"
            r"(?:\s?[-~]\s?(?P<bg>(?:19|20)\d{2}))?(?![\d.,/\-~]|\s*年)")


def _parse_labelled_year(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    a, b = m.group("ag"), m.group("bg") or m.group("ag")  # © 2016-2020: the years the work was published in
    return Parsed(a, b, start=m.start("ag")) if a <= b else None


PATTERNS.append(Pattern("date", "labelled_year", _labelled_year, _parse_labelled_year, needs="©cC"))
