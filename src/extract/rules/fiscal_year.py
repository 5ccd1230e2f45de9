"""Fiscal years: `令和6年度` -> 2024, `H26年度`, `2007年度`, ranges `令和3年度～令和4年度`, open `平成21年度～`."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import eras, load
from .engine import Candidate, Parsed, Pattern, RuleContext
from .eras import era_regex, gregorian, short_end
from .fragments import RANGE, SP, alternation, era_year_start

_FY = r"年\s?度"  # 年 度 in letter-spaced titles


def _one() -> str:
    return rf"{era_regex('a')}{SP}{_FY}(?!版)"


def _range() -> str:
    # 令和3年度～令和4年度, 令和3～4年度, 2015~19年度
    return (rf"{era_regex('a')}{SP}(?:{_FY})?{RANGE}(?:{era_regex('b')}|(?P<bnum>\d{{1,2}})){SP}{_FY}")


def _open() -> str:
    # 平成21年度～ (from that year on): the ~ is not followed by another year
    return rf"{era_regex('a')}{SP}{_FY}\s?~(?!\s?{era_year_start()})"


def _glossed() -> str:
    # 令和11(2029)年度, 2025(令和7)年度: one year written twice, 年度 once (the gloss in brackets)
    return rf"{era_regex('a')}{SP}\({SP}{era_regex('b')}{SP}\){SP}{_FY}(?!版)"


def parse_glossed(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    a, b = gregorian(m.groupdict(), "a"), gregorian(m.groupdict(), "b")
    return Parsed(a, a) if a is not None and a == b else None  # a gloss that names another year is no gloss


def parse_one(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    y = gregorian(m.groupdict(), "a")
    return Parsed(y, y) if y else None


def parse_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    g = m.groupdict()
    a = gregorian(g, "a")
    if g.get("bnum"):
        # 令和3～4年度: the second end in the first's era; 2015~19年度: in the first's century
        if g.get("aera"):
            b = gregorian({"bera": g["aera"], "by": g["bnum"]}, "b")
        else:
            b = short_end(a, g["bnum"]) if a is not None else None
    else:
        b = gregorian(g, "b")
    if a is None or b is None or a > b:
        return None
    return Parsed(a, b)


def parse_open(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    a = gregorian(m.groupdict(), "a")
    return Parsed(a, None) if a else None


@lru_cache(maxsize=1)
def _era_names() -> tuple[str, str]:
    """(full era names, one-letter abbreviations) as regex alternations, from the dictionary."""
    names = eras()
    # a bare letter is read as an era only for the two latest eras (H29, R3): S3 is a bucket, not 昭和3
    recent = sorted(set(names.values()))[-2:]
    return (alternation([n for n in names if not n.isascii()]),
            alternation([n for n, base in names.items() if n.isascii() and base in recent]))


def reset() -> None:
    _era_names.cache_clear()


def _bare_era(p: str) -> str:
    """An era year with no 年: 平成26 (a column header or chart axis), H29, R3, R2FY; not a quoted letter and number
    (`ロケット「H3」`, `『R2』`: a name)."""
    full, letter = _era_names()
    # not the gloss of a year written before it: '89(平成元), 2023（令和５）年
    return (rf"(?<!\d\()(?<!\d\(\s)(?<!\d\s\()"
            rf"(?:(?P<{p}era>{full})\s?(?P<{p}y>\d{{1,2}}|元)"
            rf"|(?<![A-Za-z0-9\-_「『])(?P<{p}era2>{letter})\s?(?P<{p}y2>\d{{1,2}})(?:\s?FY)?(?![A-Za-z]))"
            r"(?![\d.,]|\s?[年月日%])")


#: what glues a letter era's number into a name: katakana or a letter right after it (`H3ロケット`, `H2Aロケット`)
_NAME_AFTER = re.compile(r"[A-Za-z\u30a1-\u30fa]")


def letter_era_name(text: str, c: Candidate, boundary: int) -> bool:
    """A letter era and number glued to katakana on its own line (`H3ロケット`) is a name, no year; the rules read a line
    joined with the start of the next, so a year closing its line (`R9` then the next line's `モデルケース`) stays a year:
    only the line's own text (before `boundary`) is asked."""
    return (c.kind == "fiscal_year" and text[c.start:c.start + 1].isascii() and text[c.start:c.start + 1].isalpha()
            and c.end < boundary and _NAME_AFTER.match(text, c.end) is not None)


def _gregorian_bare(g: dict[str, str | None], p: str) -> int | None:
    if g.get(f"{p}era2"):
        return gregorian({f"{p}era": g[f"{p}era2"], f"{p}y": g[f"{p}y2"]}, p)
    return gregorian(g, p)


def _bare() -> str:
    return rf"{_bare_era('a')}(?:{RANGE}{_bare_era('b')})?"


def parse_bare(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    g = m.groupdict()
    a = _gregorian_bare(g, "a")
    b = _gregorian_bare(g, "b") if (g.get("bera") or g.get("bera2")) else a
    if a is None or b is None or a > b or b > 2100:
        return None
    return Parsed(a, b)


def _gregorian_fy() -> str:
    # FY2021, 2021FY
    return r"(?<![A-Za-z0-9])(?:FY\s?(?P<ag>(?:19|20)\d{2})|(?P<bg>(?:19|20)\d{2})\s?FY)(?![A-Za-z0-9])"


def parse_gregorian_fy(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    y = int(m.group("ag") or m.group("bg"))
    return Parsed(y, y)


def _second_end() -> str:
    # 平成29年度から30年度にかけて: the second end of XからY written without its era (GUIDE: から gives two points)
    words = alternation(load("anchors")["from_words"])
    return rf"(?<=年度{words})(?P<bnum>\d{{1,2}}){SP}{_FY}"


#: how far back the first end's era year may stand: `平成29年度から` (a bounded look, as every rule's)
_FIRST_END = 16


@lru_cache(maxsize=1)
def _first_end() -> re.Pattern[str]:
    words = alternation(load("anchors")["from_words"])
    return re.compile(rf"{era_regex('a')}{SP}{_FY}\s?{words}\Z")


def parse_second_end(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    first = _first_end().search(m.string[max(0, m.start() - _FIRST_END):m.start()])
    if first is None:
        return None
    a = gregorian(first.groupdict(), "a")
    if not first.group("aera"):  # 2024年度から26年度: two digits in the first end's century (as in 2015~19年度), a
        # few years on (2024年度から3年度分 is a count of years; 2024年度から05年度 names no year in the 2100s)
        b = short_end(a, m.group("bnum")) if a is not None and len(m.group("bnum")) == 2 else None
        b = b if b is not None and a is not None and b - a < 50 else None
    else:
        b = gregorian({"bera": first.group("aera"), "by": m.group("bnum")}, "b")
    return Parsed(b, b) if a is not None and b is not None and a < b else None


PATTERNS: list[Pattern] = [
    Pattern("fiscal_year", "fy_second_end", _second_end, parse_second_end, needs="度"),
    Pattern("fiscal_year", "fy_glossed", _glossed, parse_glossed, needs="度"),
    Pattern("fiscal_year", "fy_range", _range, parse_range, needs="度"),
    Pattern("fiscal_year", "fy_open", _open, parse_open, needs="度"),
    Pattern("fiscal_year", "fy", _one, parse_one, needs="度"),
    Pattern("fiscal_year", "fy_bare_era", _bare, parse_bare, needs=lambda: "".join(n[0] for n in eras())),
    Pattern("fiscal_year", "fy_gregorian", _gregorian_fy, parse_gregorian_fy, needs="F"),
]
