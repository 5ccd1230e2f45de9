"""Money amounts normalized to yen: `1,950百万円`, `40兆9,056億円`, `15百万～30百万円`, `数千万～1億円`, `+30円`."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..dictionary import load
from ..numbers import kanji_numerals, parse_compound, to_number
from ..word_lists import money_verbs
from . import money_nouns
from .engine import Parsed, Pattern, RuleContext
from .fragments import NAKAGURO_POINT, RANGE, SIGN, SP, N, alternation, multiplier, negative


def _floor() -> str:
    """The floor word a figure may hold before a multiplier (`3,200余万円`: qualifiers.json figure_floor)."""
    return "(?:" + alternation(load("qualifiers")["figure_floor"]) + ")"


def _core() -> str:
    m = multiplier()
    f = _floor() + "?"
    # 40兆9,056億 / 3億5千万 / 数千万 / 1,950; after the first multiplier 百 and 十 are place words too (5千6百45万)
    more = "(?:" + m + "|" + "|".join(p for p in kanji_numerals()[1] if p != "千") + ")"
    # `40・8億円`: a decimal typed with a middle dot (fragments.NAKAGURO_POINT) only before a multiplier
    # `5千余万円`: the floor between two multipliers of one figure
    return (rf"(?:(?:{N}|(?<![\u4e00-\u9fff])数){SP}{f}{m}(?:{_floor()}{m})?(?:{SP}{N}{SP}{f}{more}){{0,5}}(?:{SP}{N}(?!{SP}[\d,]))?"
            rf"|{NAKAGURO_POINT}{SP}{m}|{N})")


def _floored(text: str) -> tuple[str, bool]:
    """The figure without its inner floor word (`22億3200余万` -> `22億3200万`), and whether it held one."""
    out = text
    for w in load("qualifiers")["figure_floor"]:
        out = out.replace(w, "")
    return out, out != text


def _single() -> str:
    return rf"{SIGN}(?P<hi>{_core()}){SP}円"


def _range() -> str:
    return rf"{SIGN}(?P<lo>{_core()})(?:{SP}円)?{RANGE}(?P<hi>{_core()}){SP}円"


def _value(text: str, fallback_mult: str | None = None) -> tuple[Decimal | None, str | None, bool]:
    """(yen, last multiplier, vague) for one end; a bare end takes `fallback_mult` (the other end's unit)."""
    value, last = parse_compound(text.replace("・", "."))
    vague = "数" in text
    # the part of the other end's multiplier this end leaves out: all of it for a bare end (15～30百万円),
    # the myriad after a place word (3千～5千万円: 3千万); 5千～1万円 stays 5,000
    rest = fallback_mult if last is None else (fallback_mult[len(last):] if fallback_mult and fallback_mult.startswith(last) else None)
    if value is not None and rest:
        factor, _ = parse_compound("1" + rest)
        value = value * (factor or 1)
    return value, last, vague


def _sign(m: re.Match[str]) -> int:
    return -1 if negative(m.group("sign")) else 1


#: a number written with a leading zero (`095千円`: the tail of `88,095千円` a PDF printed again, a code): no figure
_ZERO_LED = re.compile(r"0\d")


def parse_single(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if _ZERO_LED.match(m.group("hi")):
        return None
    figure, floor = _floored(m.group("hi"))
    value, _, vague = _value(figure)
    if value is None and not vague:
        return None
    v = to_number(value * _sign(m)) if value is not None else None
    return Parsed(v, v, "yen", (["approx"] if vague else []) + (["at_least"] if floor else []))


def parse_range(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    hi, hi_mult, hi_vague = _value(_floored(m.group("hi"))[0])
    lo, _, lo_vague = _value(_floored(m.group("lo"))[0], hi_mult)
    if hi is None and lo is None:
        return None
    s = _sign(m)
    if lo is not None and hi is not None and lo > hi:
        return None
    return Parsed(to_number(lo * s) if lo is not None else None, to_number(hi) if hi is not None else None,
                  "yen", ["approx"] if (lo_vague or hi_vague) else [])


#: the bare first figure of a slash pair (`162 / 1,017 億円`, `630/1,922億円`: the remaining cost over the whole, fresh16a's
#: evaluation sheets): digits with no slash or digit before them, nor a multiplication sign (`104,842×10/10千円`: a rate)
_RATE_MARKS = "×✕*"
_PAIR_LO = rf"(?<![\d/⁄.,{_RATE_MARKS}])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?"
_RATE_BEFORE = re.compile(rf"[{_RATE_MARKS}]\s*[\d,.]*\s*$")


def _slash_first() -> str:
    """The bare first figure of `N / M億円`: it takes the unit written after the second (GUIDE's range rule carried to a
    slash pair); only the digits are its text."""
    return rf"(?P<hi>{_PAIR_LO})(?={SP}/{SP}(?P<other>{_after_slash()}){SP}円)"


def _after_slash() -> str:
    """The figure pattern whose number may follow a slash (the plain one's may not: `1/2` is a fraction)."""
    return _core().replace(N, N.replace(r"(?<![\d/⁄])", r"(?<![\d⁄])", 1), 1)


def _slash_second() -> str:
    """The second figure of `630/1,922億円`, the slash glued to it and to the bare first figure (a spaced `162 / 1,017 億円` is
    the plain rule's; `0千円/149,271千円`, two figures with their units, is no such pair)."""
    return rf"(?<=\d)/(?P<sign>)(?P<hi>{_after_slash()}){SP}円"


def _after_rate(m: re.Match[str]) -> bool:
    """A multiplication sign stands before the figure, maybe spaced (`104,842 × 10 / 10千円`): it is a rate's factor, no
    pair's part (read back a bounded window, not the whole line)."""
    return _RATE_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None


def parse_slash_first(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if _after_rate(m):
        return None
    hi, hi_mult, _ = _value(_floored(m.group("other"))[0])
    lo, _, _ = _value(m.group("hi"), hi_mult)
    if lo is None or hi is None or hi_mult is None or lo > hi:
        return None  # (`2024/3億円`: no pair of a part and its whole)
    return Parsed(to_number(lo), to_number(lo), "yen")


def parse_slash_second(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if _after_rate(m):
        return None  # a rate multiplying the figure before it (`104,842×10/10千円`), no pair
    got = parse_single(m, ctx)
    if got is not None:
        got.start = m.start("hi")
    return got


def _implied() -> str:
    # 予算費1640.9億, 売上が数百万から、数千万: a figure with a multiplier and no 円, in a sentence about money
    m = multiplier()
    figure = rf"(?:{N}|(?<![\u4e00-\u9fff])数){SP}{m}(?:{N}{m}){{0,3}}"
    # `一億か二億ぐらい`: two figures said as either end of a guess are a range
    return (rf"{SIGN}(?:(?P<lo>{figure})(?:{RANGE}|か))?(?P<hi>{figure})"
            r"(?![\d,.]|\s,|\s?円|\s?(?!" + alternation(money_verbs()) + r")[\u4e00-\u9fff\u30a1-\u30faA-Za-z%])")
    # 8 万 ,0 円: a chart's split figure; a counter or a noun glued after it is no money (3億人, 10万部), a money verb is


# how far back a money word may stand, within the sentence: a speech's long sentence names its budget once and then
# says its figures (`この予算規模なのですけど、…事前にやっているときは、800億をまさか超えるとは…`)
_SENTENCE = 160


#: how far a money verb may stand after the figure: glued (`600万計上`) or after one particle (`46億で落札`, `…を支出`)
_VERB_AFTER = r"\s?(?:で|を|が|の)?\s?"


@lru_cache(maxsize=1)
def _money_verb_after() -> re.Pattern[str]:
    return re.compile(_VERB_AFTER + alternation(money_verbs()))


def parse_implied(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    lo = max(0, m.start() - _SENTENCE)
    cut = m.string.rfind("。", lo, m.start())
    # the sentence before the figure; one begun on the lines above goes on from their text (ctx.lead)
    line_before = before = m.string[cut + 1 if cut >= 0 else lo:m.start()]
    led = cut < 0 and lo == 0 and bool(ctx.lead)
    if led:
        before = (ctx.lead + before)[-_SENTENCE:]
    read = parse_range if m.group("lo") else parse_single
    if _money_verb_after().match(m.string, m.end()):
        return read(m, ctx)  # `600万計上`, `46億で落札`: the verb says it is money
    # what the figure is said of, in its own clause, before any money word elsewhere in its sentence (money_nouns.py)
    said = money_nouns.said_of(m.string, m.end())
    if said == "money":
        return read(m, ctx)  # `2,500万の黒字`, `…の国の補助金が`: the noun after it says money
    above = _unit_above(m, ctx, before)
    if said == "count" or not above and money_nouns.names_other(before) or led and money_nouns.heading_names_other(
            ctx.lead, line_before):
        return None  # `3万の市民`, `来場者延べ3万`, a list headed `…の利用者数`
    return read(m, ctx) if above or money_nouns.money_pattern().search(before) else None


def _unit_above(m: re.Match[str], ctx: RuleContext, before: str) -> bool:
    """A bare 億/兆 figure takes 円 from the yen figure above it (RuleContext.yen_above) unless its own label names
    another measure (`世界人口 80億`); a label naming only when (`平成8年度 22.8億`, `(年平均22.8億)`) names none."""
    if not ctx.yen_above or not re.search("[億兆]", m.group("hi")):
        return False
    own = before.rstrip()
    return money_nouns.names_period(own) or not money_nouns.names_other(own)


def reset() -> None:
    _money_verb_after.cache_clear()


PATTERNS: list[Pattern] = [
    Pattern("amount", "yen_range", _range, parse_range, needs="円"),
    Pattern("amount", "yen", _single, parse_single, needs="円"),
    Pattern("amount", "yen_implied", _implied, parse_implied, needs="万億兆"),
    Pattern("amount", "yen_slash_first", _slash_first, parse_slash_first, needs="/"),
    Pattern("amount", "yen_slash_second", _slash_second, parse_slash_second, needs="/"),
]
