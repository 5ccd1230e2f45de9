"""Figures written in kanji numerals (`八五億ニニ九万五千円`, `三三、三%`, `昭和六三年度`, `三月十一日`): the raw
characters they are read as, digit by digit, for normalize() to put in their place. Only in the frames of
dictionary/kanji_figures.json, so a word holding a numeral (三重県, 一日も早く) keeps its kanji."""
from __future__ import annotations

import re
from functools import lru_cache

from .charsets import any_of
from .dictionary import load
from .numbers import kanji_numerals, parse_kanji
from .word_lists import lead_subject, money_verbs


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, int], dict[str, int], re.Pattern[str]]:
    t = load("kanji_figures")
    digits, small = kanji_numerals()
    digits = {**digits, **{k: digits[v] for k, v in t["lookalikes"].items()}}
    d = "".join(digits)
    marks = "".join(t["marks"])
    run = rf"[{d}{''.join(small)}]+(?:[{re.escape(marks)}][{d}]{{1,3}})?"
    mult = "".join(t["multipliers"])
    ends = "".join(t["ends"])
    eras = "|".join(map(re.escape, sorted((e for e in load("eras") if not e.startswith("_")), key=len, reverse=True)))
    years = "|".join(map(re.escape, t["year_after"]))
    fy_from = "|".join("年度" + re.escape(w) for w in load("anchors")["from_words"] if len(w) == 2)  # fixed width
    # an amount or percent: the figure runs on (億, 万 and more numerals) to its 円 or % (三万世帯 is no money); a floor
    # word may stand before a multiplier (`三千二百余万円`: qualifiers.json figure_floor, which the amount rule reads)
    floor = "".join(load("qualifiers")["figure_floor"])
    figure = rf"[{d}{''.join(small)}{mult}{floor}、\s]"
    # money said with no 円 (`予算一兆五千六百九十六億を提案`, `十兆四千六百億、`): the figure ends on its multiplier and
    # no word is glued after it (三万世帯, 三万二千番地 and 一億総活躍 keep their kanji), or a money verb is (`六百万計上`)
    verbs = "|".join(map(re.escape, money_verbs()))
    bare = rf"{figure}*?[{mult}](?:(?![\u3005\u4e00-\u9fff\u30a1-\u30fa{d}{''.join(small)}])|(?:{verbs}))"
    frame = (rf"(?<![{d}{''.join(small)}])(?P<run>{run})(?=\s?(?:[{floor}]?[{mult}]{figure}*?)?[{ends}])"
             # (not the place word of an Arabic figure or of a vague one: `15百万`, `数百万`)
             rf"|(?<![{d}{''.join(small)}0-9０-９数何幾])(?P<bare>{run})(?=\s?[{floor}]?{bare})"
             rf"|(?:{eras})\s?(?P<year>[{d}十]+)(?=(?:{years}))"
             # a year in four kanji digits (`二〇一二年度`, `一九六五年`) and the era-less second end of a span of years
             # (`昭和四十一年度から四十三年度まで`: the era the first end wrote)
             rf"|(?<![{d}{''.join(small)}])(?P<gyear>(?:一九|二〇)[{d}]{{2}})(?=(?:{years}))"
             rf"|(?<={fy_from})(?P<tyear>[{d}十]{{1,3}})(?=年度)"
             rf"|(?<![{d}{''.join(small)}])(?P<month>[一二三四五六七八九十]{{1,2}})(?=月)"
             # a day after its month, or a news lead's day (`村長は二十九日、`: rules/date_relative.py lead_day)
             rf"|(?:(?<=月)|{lead_subject()}(?=[{d}十]{{1,3}}日[、,]))(?P<day>[{d}十]{{1,3}})(?=日)")
    return digits, small, re.compile(frame)


def _value(run: str, digits: dict[str, int]) -> str | None:
    """`七千四百八四` -> 7484 (a digit run before 千/百/十 multiplies it; digits after the last one are read
    positionally), `六三` -> 63, `十六` -> 16; None where no true kanji digit is written (千 alone is a unit)."""
    lookalikes = load("kanji_figures")["lookalikes"]
    if not any(c in digits and c not in lookalikes for c in run):
        return None
    return str(parse_kanji("".join(lookalikes.get(c, c) for c in run)))


def _places_only(run: str, text: str, at: int) -> bool:
    """A figure written with place words only (`千百万円` = 11,000,000, `約百億円`): two place words or more, or one after
    a prefix qualifier (約, 概ね, 最大 …); a lone place word before 円 is a unit as often (`（単位：千円）`, `百万円単位`)."""
    small = kanji_numerals()[1]
    if not run or any(c not in small for c in run):
        return False
    return len(run) >= 2 or text[max(0, at - 4):at].endswith(tuple(k for k in load("qualifiers")["prefix"] if not k.startswith("_")))


def _split_mark(run: str) -> tuple[str, str, str]:
    """The run's digits before and after its mark (、 ・ . ．: kanji_figures.json marks), and the mark."""
    for mark in load("kanji_figures")["marks"]:
        head, found, tail = run.partition(mark)
        if found:
            return head, found, tail
    return run, "", ""


def _runs(text: str) -> list[tuple[int, int, str]]:
    digits, small, frame = _table()
    out: list[tuple[int, int, str]] = []
    for m in frame.finditer(text):
        name = m.lastgroup or "run"
        a, b = m.span(name)
        if name == "run" and _throughout(text, a, b):
            continue
        head, mark, tail = _split_mark(m.group(name))
        # place words alone before a multiplier are a figure in speech too (`十兆四千六百億`, `百億の`)
        places = _places_only(head, text, a) or (name == "bare" and all(c in small for c in head))
        v = str(parse_kanji(head)) if name in ("run", "bare") and places else _value(head, digits)
        if v is None:
            continue
        if tail:  # 三三、三% (a decimal mark) or 二、八六八万 (a thousands mark); 一四・九% (・ is always a decimal point)
            v += ("," if len(tail) == 3 and mark == "、" else ".") + "".join(str(digits[c]) for c in tail)
        out.append((a, b, v))
    return out


def _throughout(text: str, a: int, b: int) -> bool:
    """`全国一円`, `県内一円`, `関東一円`: a lone 一 before 円 after a place's word is `throughout`, no 1 yen
    (kanji_figures.json throughout)."""
    t = load("kanji_figures")["throughout"]
    return text[a:b] == t["figure"] and text.startswith(t["end"], b) and text[:a].endswith(tuple(t["before"]))


@lru_cache(maxsize=1)
def _places_then_yen() -> re.Pattern[str]:
    """A place word before a multiplier or 円 (`千百万円`, `約百億円`): a figure of place words only may stand here."""
    t = load("kanji_figures")
    return re.compile(f"[{''.join(kanji_numerals()[1])}][{''.join(t['multipliers'])}{''.join(t['ends'])}]")


@lru_cache(maxsize=1)
def _any_digit() -> re.Pattern[str]:
    return any_of(_table()[0])


def kanji_parts(raw: str) -> dict[int, str]:
    """For each raw index inside a kanji figure, what normalize() puts in its place (the digits on its first
    character, nothing on the others); empty for a line without one."""
    if _any_digit().search(raw) is None and _places_then_yen().search(raw) is None:  # class searches in C
        return {}
    parts: dict[int, str] = {}
    for a, b, v in _runs(raw):
        parts[a] = v
        for i in range(a + 1, b):
            parts[i] = ""
    return parts
