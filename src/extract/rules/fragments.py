"""Named regex pieces the rule tables are built from (after normalization: ASCII digits, ~ and -)."""
from __future__ import annotations

import re

from ..dictionary import duration_spellings, eras, load, stopwords
from ..word_lists import alternation

#: an arabic number, not glued to a digit, decimal point or a comma after a digit or space (a list's `，527スキル`
#: starts one), nor part of a fraction (1/2, 1⁄3); a dot leader (`…`, NFKC `...`) before it is no decimal point
N = r"(?<![\d/⁄])(?<!(?<!\.)\.)(?<![\d\s],)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[/⁄]\d)"
#: a kanji numeral that is not the tail of a word (唯一つ is not a count); after its first digit it may hold place
#: words and zeros as minutes and vertical text write them (`二百四十戸`, `四〇〇人`; not 千葉, 百貨店: no digit first),
#: and a prefix qualifier, 第, a total's 計 or a bound's 最長 may stand glued before it (`約四〇〇人`, `第一位`: the
#: ordinal filter drops 第二次; `計七千二百件`, `最長五年間`: kanji_figures.json glued_before)
_GLUED_BEFORE = "".join(f"|(?<={re.escape(w)})" for w in load("kanji_figures")["glued_before"])
KN = rf"(?:(?<![\u4e00-\u9fff々]){_GLUED_BEFORE})[一二三四五六七八九十][一二三四五六七八九十百千〇]*"
NUM = rf"(?:{N}|{KN})"
#: put first in a regex that starts with NUM: a cheap test of one character before the alternation's work
AT_NUM = r"(?=[\d一二三四五六七八九十])"
SP = r"\s{0,2}"
#: a range separator: wave dashes and the (less common) hyphen
RANGE = r"\s{0,2}[~\-]\s{0,2}"
#: a sign before a number; a triangle may stand one space before its digits (`△ 13,408 千円`, tables set that way)
SIGN_BODY = r"[▲△](?: (?=\d))?|[+\-]"
SIGN = rf"(?P<sign>{SIGN_BODY})?"
NEGATIVE_SIGNS = ("▲", "△", "-")


def negative(sign: str | None) -> bool:
    """Whether a matched sign (its space dropped) makes the number negative."""
    return sign is not None and sign.strip() in NEGATIVE_SIGNS
WEEKDAY = r"(?:\s?\([月火水木金土日](?:・祝)?\))?"
#: `13・0%`, `40・8億円`: a middle dot between digits is a decimal point where a unit follows that a list of two numbers
#: never takes (a percent, a myriad's multiplier and 円), as some newspapers and municipal documents type it; `1・2年生`,
#: `平成27・28年度` are lists
NAKAGURO_POINT = r"(?<![\d.,・])\d{1,3}・\d{1,2}(?![\d・])"


def multiplier() -> str:
    return alternation(load("multipliers"))


def duration_unit() -> str:
    # letter-spaced PDF text writes `3 年 間`: a spelling's characters may stand one space apart
    keys = sorted(duration_spellings(), key=len, reverse=True)
    return "(?:" + "|".join(r"\s?".join(map(re.escape, k)) for k in keys) + ")"


def counter() -> str:
    return alternation(load("counters"))


def era() -> str:
    # letter-spaced titles write `令 和 ７ 年 度`: an era name's characters may stand one space apart
    keys = sorted(eras(), key=len, reverse=True)
    return "(?:" + "|".join(r"\s?".join(map(re.escape, k)) for k in keys) + ")"


def not_after(kind: str, name: str = "not_after") -> str:
    """A negative lookahead over one of the stop-word lists of `stopwords.json`."""
    return "(?!" + alternation(stopwords(kind)[name])[3:]


def era_year_start() -> str:
    """What starts a year written after a range sign: a digit or an era name (`~令和4`, `~R4`)."""
    return r"(?:\d|" + era() + ")"
