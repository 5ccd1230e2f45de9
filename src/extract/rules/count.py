"""Counts with their counter: `31か国`, `約１万人`, `１～２チーム`; open-ended counters decided by Sudachi
(`5棟`, `12市町村`, `20品目`, `80億～1,200億トークン`); and `10の政策分野` (the counted noun)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..dictionary import load, stopwords, words
from ..word_lists import money_verbs
from . import count_pairs, count_scaled, tokens, unit_labels, vague
from ._interval import interval, number
from .engine import Parsed, Pattern, RuleContext
from .fragments import AT_NUM, KN, NUM, RANGE, SP, N, alternation, counter, negative, not_after

# 万/億 after the number, and what follows them in a compound (`2万1,959件` = 21,959, `6万1千世帯` = 61,000,
# `5445 万 2 千世帯` = 54,452,000: statistics write the thousands with 千, spaced in PDFs; `約７千世帯` = 7,000;
# `1億1千万人` = 110,000,000: 億, then 千万)
_BIG = rf"(?:\s?[万億](?:\s?{N}\s?千(?:\s?万)?|{N}(?:\s?万)?(?=\s?[^\d\s,.]))?|(?<=\d)千(?=[\u4e00-\u9fff\u30a1-\u30fa]))?"
# what may follow an open counter's number: a word of kanji or katakana
_WORD_START = r"(?=[\u4e00-\u9fff\u30a1-\u30faヵヶ])"
_NOUN_GOES_ON = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]")
_KANJI_NUMBER = re.compile(KN)  # compiled once, not looked up in re's cache per match
#: counters that start with a kana (か国, ヶ所): no word goes on through them, whatever stands around the numeral
_KANA_LED = re.compile(r"[かカヶケヵ]")
_ENDS_WORD = re.compile(r"\s|[\u3041-\u3096、。，．,.)）]|$")


# a change written with its sign (▲12人, (-4世帯)): a hyphen is a minus only at the start of a bracket, a line or
# a word (3-12人 is a range, ①-2 a list number)
_SIGN = r"(?:(?P<sign1>[▲△]|(?<![^\s(:、,])-)(?=\d))?"


def _regex() -> str:
    c = counter()
    stop = not_after("count")
    return (rf"{_SIGN}{AT_NUM}(?:(?P<lo>{NUM}{_BIG})(?:{SP}(?P<lounit>{c}))?{RANGE}(?P<hi>{NUM}{_BIG}){SP}(?P<unit>{c}){stop}"
            rf"|(?P<one>{NUM}{_BIG})(?P<over>余)?{SP}(?P<unit1>{c}){stop})")


def _open_regex() -> str:
    # statistics tables and PDF text space a grouped figure from its counter: `60,791 世帯`, `7,830 票`
    # and spaced text spaces a small number on both sides (`以降 52 期連続`): then only a word Sudachi calls a counter
    spaced = r"(?:(?<=\d,\d{3})\s|(?<=\s\d)\s|(?<=\s\d\d)\s)?"
    return rf"{_SIGN}{AT_NUM}(?:(?P<lo>{NUM}{_BIG}){RANGE})?(?P<hi>{NUM}{_BIG}){spaced}{_WORD_START}"


def _noun_regex() -> str:
    # 10の政策分野: a small number, の, then a noun compound (kanji/katakana) that is what is counted
    # and with a bound word in the frame: 6以上の分野 (the qualifier read here, it stands inside the span)
    bounds = load("qualifiers")["bounded_range"]
    # the noun may hold Latin letters after its first character (12の優先AI技術開発), and PDF text may space
    # the numeral from its の (10 の地域区分)
    # (not the day of a slashed date: `4/1~5/31の期間`); a copula may close the noun (`73の事業所だった`), and a
    # counted one-letter noun where a subject's or object's particle closes it (`12の島が点在`): stopwords.json count
    sw = stopwords("count")
    closed = alternation([*sw["noun_conjunctions"], *sw["noun_copulas"]])
    return (r"(?<![\d.,/])(?P<one>\d{1,3})(?P<bound>" + alternation([*bounds["floor"], *bounds["cap"]]) + r")?\s?の"
            r"(?P<noun>[\u4e00-\u9fff\u30a1-\u30faー][\u4e00-\u9fff\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ]{1,9}?"
            r"(?=[をにがはとでもの、。・)\s\d]|" + closed + "|$)"  # (5の区分試験及び…)
            r"|" + alternation(sw["one_letter_counted"]) + "(?=" + alternation(sw["one_kanji_noun_closers"]) + "))")


def _reduplicated(m: re.Match[str], end: int) -> bool:
    """`一人一人`, `一つ一つ`: the same numeral and counter twice is an idiom (each one), not a count."""
    s = m.string[m.start():end]
    return m.string.startswith(s, end)


def _unit(word: str) -> str:
    return str(_counters().get(word, word))


@lru_cache(maxsize=1)
def _counters() -> dict[str, Any]:
    """The counters table without its notes, once (read-only here): asked per count read."""
    return words(load("counters"))


def _idiom_of_one(m: re.Match[str], end: int) -> bool:
    """一つでも, １人も: one of something before でも/も is an idiom (even one, not one), not a count; so is
    一台化 (unified into one)."""
    n = (m.groupdict().get("one") or m.groupdict().get("hi") or "").strip()
    return n in ("1", "一") and any(m.string.startswith(w, end) for w in stopwords("count")["one_not_after"])


def _bound_after(text: str, end: int) -> bool:
    """`4 人以上`: a qualifier word after the counter (以上, 未満, 程度) is no longer word the counter begins."""
    return text.startswith(_suffix_words(), end)


@lru_cache(maxsize=1)
def _suffix_words() -> tuple[str, ...]:
    return tuple(words(load("qualifiers")["suffix"]))


def parse(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    if _reduplicated(m, m.end()) or _idiom_of_one(m, m.end()):
        return None
    if (_KANJI_NUMBER.fullmatch(kn := m.group("one") or m.group("hi") or "") and len(kn.strip()) == 1
            and _NOUN_GOES_ON.match(m.string, m.end())
            and not _bound_after(m.string, m.end()) and not _KANA_LED.match(m.group("unit1") or m.group("unit") or "")):
        return None  # 二地域居住, 三面鏡: a one-kanji numeral inside a longer word (not 二つ以上, 五か国各国, 四〇〇人削減)
    unit = m.group("unit1") or m.group("unit")
    num = m.group("one") or m.group("hi")
    if len(unit) == 1 and _NOUN_GOES_ON.match(m.string, m.end()) and not _bound_after(m.string, m.end()) and not (
            m.string.startswith(tuple(stopwords("count")["counted_then"]), m.end())) and not (
            tokens.verbal_noun_after(unit, m.string[m.end():m.end() + 6])) and (
            m.string[m.end() - 2:m.end() - 1].isspace()
            or tokens.longer_word(num, unit, m.string[m.end():m.end() + 6])):
        return None  # 1,386回答, 1,386回収率, ３ 校務, ※１ 本調査: the counter's character begins another word
    if m.group("one") is not None:
        v = number(m.group("one").replace(" ", ""))
        if v is not None and negative(m.groupdict().get("sign1")):
            v = -v
        if m.groupdict().get("over"):  # 12万5千余冊, 3707万余枚: more than the number (GUIDE: 余 is at_least)
            iv = interval(v, None)
            return Parsed(*iv, _unit(m.group("unit1")), ["at_least"]) if iv else None
        iv = interval(v, v)
        return Parsed(*iv, _unit(m.group("unit1"))) if iv else None
    lo = number(m.group("lo").replace(" ", ""))
    iv = interval(-lo if lo is not None and negative(m.groupdict().get("sign1")) else lo, number(m.group("hi").replace(" ", "")))
    return Parsed(*iv, _unit(m.group("unit"))) if iv else None


@lru_cache(maxsize=1)
def _stops() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    sw = stopwords("count")
    not_counters = [*sw["not_counters"], *words(load("qualifiers")["suffix"])]  # 5以上 is no counter 以上
    decided = re.compile(alternation([*words(load("counters")), *not_counters]))
    return (frozenset(not_counters), decided, re.compile(alternation(not_counters)),
            re.compile(alternation(sw["not_after"])))


def reset() -> None:
    _stops.cache_clear()


def _decided_elsewhere(number: str, tail: str) -> bool:
    """The word after the number is a known counter or another kind's unit: no need to ask Sudachi. Not where
    a known counter only begins a longer word (20市場, 5町内会): Sudachi reads that word."""
    m = _stops()[1].match(tail)
    if m is None:
        return False
    word = m.group(0)
    return word in _stops()[0] or not tokens.longer_word(number, word, tail[len(word):len(word) + 6])


def _list_number(m: re.Match[str], word: str) -> bool:
    """A one- or two-digit numeral opening its line, glued to a common noun the line's text goes on after, is the
    line's list number (`2未来を支える人材の育成`), not a count; a counter (`3棟を整備`), a noun suffix (`5館`) or
    a count standing alone on its line (`20品目`, a table cell) still counts."""
    if m.string[:m.start()].strip() or m.group("lo") is not None or not re.fullmatch(r"\d{1,2}", m.group("hi")):
        return False
    rest = m.string[m.end() + len(word):].strip()
    if rest.startswith("|"):
        return False  # `56品目 |`: the count fills its table cell, whatever the next line says
    pos = dict(tokens.tokens("5" + word)).get(word, "")
    return (len(rest) >= 4 and pos.startswith("名詞-普通名詞") and "助数詞" not in pos
            and not tokens.suffix_after(word, rest[:6]))  # 3地区内の施設: a suffix closes a counted noun


_GLUED = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー々]")


def _glued_cell(m: re.Match[str], word: str) -> bool:
    """A figure glued between two labels under a money table's `単位` label (`(単位:百万円)…補助金350事業収入73受託収入`:
    a flattened table's cells) is the first label's value, not a count of the second: where the word after it is a
    common noun, no counter (`施設43棟` under the same label still counts)."""
    start = m.start("hi")
    if start == 0 or _GLUED.fullmatch(m.string[start - 1]) is None or not unit_labels.money_label_before(m.string, start):
        return False
    pos = dict(tokens.tokens("5" + word)).get(word, "")
    return "助数詞" not in pos


#: one kanji between spaces: a table heading spaced out letter by letter (`事 業 費`, `予 備 費`)
_SPACED_LETTER_AFTER = re.compile(r"\s[\u4e00-\u9fff](?:\s|[(（]|$)")
_SPACED_LETTER_BEFORE = re.compile(r"(?:^|\s)[\u4e00-\u9fff]\s$")


def _letter_spaced(m: re.Match[str], word: str) -> bool:
    """A one-kanji word after a spaced figure, in a heading spaced out letter by letter (`1,898 事 業 費(千円)`,
    `計 費 366,196 費 6,886,300`: a flattened table's labels around its cells) is a letter of a label, no counter."""
    if len(word) != 1:
        return False
    start = m.start("lo") if m.group("lo") else m.start("hi")
    return bool(_SPACED_LETTER_AFTER.match(m.string, m.end() + 1)
                or _SPACED_LETTER_BEFORE.search(m.string[max(0, start - 3):start]))


def _money_item(word: str) -> bool:
    """A budget item's name (a compound of 3 characters or more ending in 費, 料, 金, 債, 財源; not 基金), glued after a
    figure: stopwords.json count money_items."""
    sw = stopwords("count")
    return (len(word) >= 3 and word.endswith(tuple(sw["money_items"]))
            and not word.endswith(tuple(sw["money_items_counted"])))


def _money_item_cell(m: re.Match[str], word: str) -> bool:
    """A figure glued to a budget item's name in a table's cells (`64繰入金(基金)`, `5収納事務費、`, `1,800委託料`), not in
    prose: a particle after the name (`7交付金を一本化`, `5補助金を統合`) makes it a count (money_items_prose_after).
    A class's rank before the figure (`節13委託料の…業務`) makes it the class number whatever follows (table_words.json
    categories suffixes). The item's own money written with its yen unit after the name (`既存14クラブ委託料211,990千円`)
    makes the figure before it a count again (money_items_own_money). Sudachi may leave the item's one-letter tail out of
    the word (合併特例|債)."""
    end = m.end()
    ranked = m.string[max(0, m.start("hi") - 1):m.start("hi")] in load("table_words")["categories"]["suffixes"]
    sw = stopwords("count")
    for item in (word, word + m.string[end + len(word):end + len(word) + 1]):
        if _money_item(item):
            rest = m.string[end + len(item):end + len(item) + 24]
            yen = "|".join(map(re.escape, sw["money_items_own_money"]))
            # glued to the name (a table's next cell is spaced: `10,000 使用料 0円`), no unit price (10,400円×3人)
            own = re.match(rf"\d[\d,，.．百千万億]*(?:{yen})(?!\s?[×＊*])", rest)
            return ranked or (rest[:1] not in sw["money_items_prose_after"] and own is None)
    return False


def _suffix_then_figure(after: str) -> bool:
    """A noun suffix and a figure after the counted noun (`4品中3品`: of which 3; `92施設計125棟`: 125 in all) end
    the noun, however Sudachi reads the suffix there (中3 as one noun, 計 as a prefix of the figure)."""
    suffixes = stopwords("count")["noun_suffixes"]
    return any(after.startswith(w) and after[len(w):len(w) + 1].isdigit() for w in suffixes)


def parse_open(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    end = m.end()
    tail = m.string[end:end + 8]
    if _decided_elsewhere(m.group("hi").replace(" ", ""), tail):
        return None
    hi = m.group("hi")
    spaced = end > m.end("hi")
    if spaced and not _ENDS_WORD.match(m.string, end + len(word1 := tokens.counter_after(hi.replace(" ", ""), tail) or "")) and not (
            word1 and tokens.verbal_noun_after(word1, m.string[end + len(word1):end + len(word1) + 6])):
        return None  # 1,234 本調査: after a space only a counter that ends its word (世帯 40,526, 票となった)
    digits = re.split(r"\s?[万億千]", hi)[0].strip()  # the leading number (`5445 万 2 千`: 5445) says how it is written
    plain = re.fullmatch(N, digits) is not None
    # kanji numerals and bare years (2025大阪) count only before a word Sudachi calls a counter
    # and so do decimals and zero-led numbers (12.9中央値, 063構成): a counted noun follows a whole number
    zero_led = len(digits) > 1 and digits.startswith("0")
    strict = (not plain or re.fullmatch(r"(?:19|20)\d{2}", hi) is not None or "." in digits or zero_led
              or (spaced and "," not in hi))
    word = tokens.counter_after(hi.replace(" ", ""), tail, counters_only=strict)
    if word is None or _list_number(m, word) or (spaced and _letter_spaced(m, word)) or _glued_cell(m, word):
        return None
    if word.startswith(tuple(money_verbs())):
        return None  # 600万計上: a money verb counts nothing (the figure is yen said without 円)
    if "." in digits and word in stopwords("count")["whole_only"]:
        return None  # 3.2ポイント: a difference of percentages, not a count
    _, _, not_counter, stop_after = _stops()
    if not_counter.match(word) or _names_a_class(m.string, m.start("hi"), end + len(word), word):
        return None
    after = m.string[end + len(word):end + len(word) + 6]
    if stop_after.match(after) or _reduplicated(m, end + len(word)) or _idiom_of_one(m, end + len(word)):
        return None
    if (_NOUN_GOES_ON.match(after) and not _stops()[2].match(after) and not tokens.suffix_after(word, after)
            and not _suffix_then_figure(after)
            and not (len(word) == 1 and (tokens.verbal_noun_after(word, after) or tokens.suffix_then_verbal_noun(word, after)))):
        whole = tokens.whole_noun(word, after)
        more = whole[len(word):] if whole else tokens.noun_after(word, after) if len(word) >= 2 else None
        if more is None or len(word + more) > 8:
            return None  # 6色定理, 3大都市圏: the number is inside a longer noun (a name), not a count
        word += more  # 744言語指示, 21研究機関: the counted noun is the compound
    if _money_item_cell(m, word):
        return None  # 64繰入金, 5収納事務費, 13委託料, 1,000合併特例|債: a budget item's cell or class number
    lo = number(m.group("lo").replace(" ", "")) if m.group("lo") else None
    v = number(hi.replace(" ", ""))
    if negative(m.groupdict().get("sign1")):  # ▲12人: the sign goes with the first figure written
        lo, v = (-lo, v) if lo is not None else (lo, -v if v is not None else v)
    iv = interval(lo if m.group("lo") else v, v)
    return Parsed(*iv, _unit(word), end=end + len(word)) if iv else None


def _enumerated(m: re.Match[str]) -> bool:
    """`Nの…` after `N-1の` and the same word on the line (`1の事業活動収入…、2の事業活動支出`, `1の契約と2の契約`): the
    next item of a numbered list; `3の地域と4の都市` counts."""
    n, head = int(m.group("one")), re.escape(m.group("noun")[:2])
    return n >= 2 and re.search(rf"(?<![\d.,/]){n - 1}\s?の\s?{head}", m.string[:m.start()]) is not None


def parse_noun(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    noun = m.group("noun")
    if noun in stopwords("count")["not_counted"] or noun[0] in stopwords("count")["not_counted_heads"]:
        return None
    if m.group("one") == "1" and m.group("bound") is None:
        return None  # 1の事業活動収支の部: an item's number (a count of one is written 1つの, GUIDE の１つ)
    if _enumerated(m):
        return None  # 1の契約と2の契約: the items of a numbered list (GUIDE: list numbers), not two contracts
    if m.string[m.start("one"):m.start("noun")].count(" ") and not m.string[max(m.start() - 1, 0):m.start()].isspace():
        return None  # PDF text spaces a numeral on both sides (示す 10 の区分); one opening its line is a fragment
    v = number(m.group("one"))
    iv = interval(v, v)
    if iv is None:
        return None
    bound = m.group("bound")
    if bound is None:
        return Parsed(*iv, noun)
    qual = "at_least" if bound in load("qualifiers")["bounded_range"]["floor"] else "at_most"
    strict = load("qualifiers")["strict"].get(bound)
    lo, hi = (iv[0], None) if qual == "at_least" else (None, iv[1])
    return Parsed(lo, hi, noun, [qual], strict=strict)


def _act_regex() -> str:
    # 5万の署名, 1.2万の応募: a 万/億 figure with no counter, before の and an act people give that is tallied (GUIDE:
    # no counter written, the counted noun is the unit, `10の政策分野`); the span is the figure (amount.py reads no money)
    acts = alternation(stopwords("amount")["counted_acts"])
    return rf"(?<![\d.,])(?P<one>\d{{1,4}}(?:\.\d+)?[万億])(?=\s?の\s?(?P<noun>{acts})(?![\u4e00-\u9fff\u30a1-\u30fa]))"


def parse_act(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = number(m.group("one"))
    iv = interval(v, v)
    return Parsed(*iv, m.group("noun")) if iv else None


def _kanji_after_word() -> str:
    # 主要五か国, 先進七か国: a kanji numeral glued to the word before it, before a kana-led counter
    kana_led = [w for w in words(load("counters")) if _KANA_LED.match(w)]
    # (a lone 一 after a kanji ends a word: 統一, 同一, 唯一)
    numeral = r"[二三四五六七八九十][一二三四五六七八九十]*|一[一二三四五六七八九十]+"
    return rf"(?<=[\u4e00-\u9fff])(?P<one>{numeral})(?P<unit1>{alternation(kana_led)})"


def _month_multiple() -> str:
    # 2.2か月分, 4.45月分: a bonus paid as a multiple of a month's pay, written with a decimal (a share of pay, no span;
    # a whole 2か月分 stays a duration)
    return r"(?<![\d.,])(?P<one>\d{1,2}\.\d{1,3})\s?(?P<unit1>[かヶカケ]?月分)"


def parse_month_multiple(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = number(m.group("one"))
    iv = interval(v, v)
    return Parsed(*iv, "月分" if m.group("unit1") == "月分" else "か月分") if iv else None


_CLAUSE_END = re.compile(r"[、。,，]")


def _names_a_class(text: str, start: int, end: int, word: str) -> bool:
    """`2輪の小型自動車`, `軽自動車(3輪及び4輪以上)`: a counter naming a class of a thing (a vehicle by its wheels)
    where one of its words stands in the same clause (after it, or a few characters before it); `バラを5輪ずつ` counts."""
    near = load("stopwords")["count"]["class_counters"].get(word)
    if not near:
        return False
    after, before = _CLAUSE_END.split(text[end:end + 10])[0], _CLAUSE_END.split(text[max(0, start - 10):start])[-1]
    return any(w in after or w in before for w in near)


def _frequency() -> str:
    # 2か月に1度, 年に2度: how often, the count of times in a period (度 is no counter elsewhere: 20度の傾斜, 年度);
    # the period opens its word or follows a number (日中に35度, 水平に15度: a temperature, an angle);
    # arabic only (100年に一度の災害 is an idiom of rarity)
    periods = "|".join(rf"(?<=(?<![\u4e00-\u9fff]){re.escape(p)}に)" for p in stopwords("count")["frequency_periods"])
    return rf"(?:{periods})\s?(?P<one>\d{{1,2}})\s?(?P<unit1>度)(?![目数])"


def parse_frequency(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = number(m.group("one"))
    iv = interval(v, v)
    return Parsed(*iv, "度") if iv else None


def _floors() -> str:
    # 8階建て, 地下1階地上3階建て, 平屋(一部2階)建て: a building's floors are counted (stopwords.json building_floors);
    # 1階には, 市役所5階 name a floor, no count
    d: dict[str, Any] = load("stopwords")["count"]["building_floors"]
    floor, levels, building = re.escape(d["floor_word"]), alternation(d["floor_levels"]), alternation(d["building"])
    level = rf"\s?[・、]?\s?{levels}\s?\d{{1,2}}\s?{floor}"
    return rf"(?<![\d.,])(?P<one>\d{{1,2}})\s?(?P<unit1>{floor})(?=(?:{level})*\s?[)）]?\s?{building})"


def parse_floors(m: re.Match[str], ctx: RuleContext) -> Parsed | None:
    v = number(m.group("one"))
    iv = interval(v, v)
    return Parsed(*iv, m.group("unit1")) if iv else None


PATTERNS: list[Pattern] = [
    Pattern("count", "counter", _regex, parse),
    Pattern("count", "frequency", _frequency, parse_frequency, needs="度"),
    Pattern("count", "month_multiple", _month_multiple, parse_month_multiple, needs="分"),
    Pattern("count", "kanji_after_word", _kanji_after_word, parse, needs="かカヶケヵ"),
    Pattern("count", "open_counter", _open_regex, parse_open),
    Pattern("count", "counted_noun", _noun_regex, parse_noun),
    Pattern("count", "counted_act", _act_regex, parse_act, needs="万億"),
    Pattern("count", "floors", _floors, parse_floors, needs="階"),
]
# vague quantities of every kind (`数社`, `数年`, `数％`) ride with the counts' table (mentions.all_patterns)
PATTERNS += vague.PATTERNS
# counts with a letter multiplier: 35Mパラメータ, 12B/55Bパラメータ
PATTERNS += count_scaled.PATTERNS
# a count and a bracketed second count before one counter: 45(38)団体
PATTERNS += count_pairs.PATTERNS
