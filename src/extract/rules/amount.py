"""Money amounts normalized to yen: `1,950百万円`, `40兆9,056億円`, `15百万～30百万円`, `数千万～1億円`, `+30円`."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..dictionary import load, stopwords
from ..numbers import kanji_numerals, parse_compound, to_number
from ..word_lists import money_verbs, money_words
from . import tokens
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


@lru_cache(maxsize=1)
def _money_words() -> re.Pattern[str]:
    """A money word (`予算`, `価格`) or a word ending like one (`剰余金が`, `人件費は`: money_ends, no kanji after it)."""
    ends = alternation(stopwords("amount")["money_ends"])
    return re.compile(alternation(money_words()) + rf"|(?<=[\u4e00-\u9fff\u30a1-\u30faお]){ends}(?![\u4e00-\u9fff])")


#: how far a money verb may stand after the figure: glued (`600万計上`) or after one particle (`46億で落札`, `…を支出`)
_VERB_AFTER = r"\s?(?:で|を|が|の)?\s?"


@lru_cache(maxsize=1)
def _money_verb_after() -> re.Pattern[str]:
    return re.compile(_VERB_AFTER + alternation(money_verbs()))


#: the noun a figure is said of, glued to it or its topic or subject (`人口十二万`, `来場者は約5万`, `所得は三兆`): it
#: names what the figure is, before any money word earlier in the sentence (`予算の説明で人口十二万の市`)
_OWN_NOUN = re.compile(r"([\u3005\u4e00-\u9fff\u30a1-\u30faー]{2,})(?:は|が|も)?(?:約|概ね|およそ)?\Z")


def _names_other(before: str) -> bool:
    """The figure's own noun (`_OWN_NOUN`) is a common noun that names no money (人口, 来場者), nor a total (合計)."""
    m = _OWN_NOUN.search(before[-16:])
    if m is None or _money_words().search(m.group(1)) or m.group(1) in load("totals")["total_before"]:
        return False
    toks = tokens.tokens(m.group(1))
    # an activity's verbal noun is what the money is spent on (`受け入れ整備は2億`): it names no other measure
    return bool(toks) and toks[-1][1].startswith(("名詞-普通名詞-一般", "接尾辞-名詞的"))


def parse_implied(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    lo = max(0, m.start() - _SENTENCE)
    cut = m.string.rfind("。", lo, m.start())
    # the sentence before the figure; one begun on the lines above goes on from their text (ctx.lead)
    before = m.string[cut + 1 if cut >= 0 else lo:m.start()]
    if cut < 0 and lo == 0:
        before = (ctx.lead + before)[-_SENTENCE:]
    read = parse_range if m.group("lo") else parse_single
    if _money_verb_after().match(m.string, m.end()):
        return read(m, ctx)  # `600万計上`, `46億で落札`: the verb says it is money
    if not _money_words().search(before) or _names_other(before):
        return None
    return read(m, ctx)


def reset() -> None:
    _money_words.cache_clear()
    _money_verb_after.cache_clear()


PATTERNS: list[Pattern] = [
    Pattern("amount", "yen_range", _range, parse_range, needs="円"),
    Pattern("amount", "yen", _single, parse_single, needs="円"),
    Pattern("amount", "yen_implied", _implied, parse_implied, needs="万億兆"),
]
