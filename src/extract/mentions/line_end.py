"""A count whose counter closes its line in a statistics row (`世帯票 60,791 世帯 40,471 世帯` / `所得票 7,430 世帯
4,674 世帯`): read on the line alone too. The rules read each line joined with the start of the next (a mention may break there), so a table
row's last counted noun runs into the next row's label (`世帯所得票`) and the open counter's word goes on past it."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..dictionary import load, words
from ..model import Line
from ..normalize import normalize
from ..rules import amount, count, tokens
from ..rules.engine import Candidate, RuleContext, candidates

#: a line that ends in a number and a word of kanji or katakana (the counted noun, maybe spaced from it)
_ENDS_COUNTED = re.compile(r"\d\s?[\u4e00-\u9fff\u30a1-\u30faー]{1,6}\s*\Z")
_OPEN = tuple(p for p in count.PATTERNS if p.name == "open_counter")
_KNOWN = tuple(p for p in count.PATTERNS if p.name == "counter")
#: a line that ends on a figure's multiplier (`税抜き予定価格 34億2700万`): money said with no 円, not a counted noun
#: broken by the line break (the next line's first word is its own label: `最低制限価格 …`)
_ENDS_MULTIPLIED = re.compile(r"\d\s?[万億兆]\s*\Z")
_IMPLIED = tuple(p for p in amount.PATTERNS if p.name == "yen_implied")


def ends_on_multiplier(line: str) -> bool:
    """The line's own text ends on a figure's 万, 億 or 兆."""
    return _ENDS_MULTIPLIED.search(line) is not None


def money_at_end(text: str, boundary: int, ctx: RuleContext) -> list[Candidate]:
    """A yen figure with no 円 closing its line, read on the line alone: joined with the next line it runs into that
    line's first word (`34億2700万` + `最低制限価格`), which no figure of money is glued to."""
    line = text[:boundary]
    if boundary >= len(text) or not ends_on_multiplier(line):
        return []
    end = len(line.rstrip())
    return [c for c in candidates(line, _IMPLIED, ctx) if c.end == end]


def counted_at_end(text: str, boundary: int, ctx: RuleContext) -> list[Candidate]:
    """The open counters that end where the line ends, read on the line alone (nothing where the line ends
    otherwise): the joined reading keeps its own (longer) candidates where it has them."""
    line = text[:boundary]
    if boundary >= len(text) or not _ENDS_COUNTED.search(line):
        return []
    end = len(line.rstrip())
    return ([c for c in candidates(line, _OPEN, ctx) if c.end == end and _repeated(line, c)]
            + [c for c in candidates(line, _KNOWN, ctx) if c.end == end and line[c.start].isdigit()
               and _word_ends_at(line[c.start:end], text[boundary:boundary + 6])])


def _word_ends_at(count_text: str, after: str) -> bool:
    """A known counter closing its line (`（私立）498校` above `生徒数`) stays a count when Sudachi, reading the
    count with the next line's start, still ends a word at the line break (498/校/生徒数); not where the
    counter begins a longer word across it (`1,386回` / `答`: 1,386/回答)."""
    at = 0
    for surface, _ in tokens.tokens(count_text + after.strip()):
        at += len(surface)
        if at >= len(count_text):
            return at == len(count_text)
    return False


def _repeated(line: str, c: Candidate) -> bool:
    """A statistics row writes its counter after each of its cells (`60,791 世帯 40,526 世帯 40,471 世帯`): the
    counter closing the line stands after an earlier number too. A lone word after the last figure
    (`201,122 タイ`) is the next column's or row's label."""
    unit = c.parsed.unit or ""
    return bool(unit) and re.compile(rf"\d\s?{re.escape(unit)}").search(line, 0, c.start) is not None


def counted_above_column(text: str, reach: int, boundary: int, ctx: RuleContext) -> list[Candidate]:
    """Known counts read on the window cut where a mention may end (`reach`), where the short lines of a column
    below were added for qualifiers only: a counter closing the next line (`2007年 40` / `万人`) is not the start
    of a word with the column's text below it (`出所：…`, 人出)."""
    if reach >= len(text):
        return []
    return candidates(text[:reach], _KNOWN, ctx, boundary)


@lru_cache(maxsize=1)
def _counter_words() -> frozenset[str]:
    return frozenset(words(load("counters")))


def counter_line(text: str) -> bool:
    """The next line is a known counter alone (counters.json: `2` / `件`, `67,200` / `人`, a cell of a KPI sheet whose
    unit is set under its figure): the number alone on its line above counts it (no page or list number)."""
    return text.strip() in _counter_words()


#: lines above a line that its sentence may begin on, and the end of a line that leaves its clause open: a comma or a
#: kana (a particle's, a verb's ending). A title or a label ends on its noun and starts nothing on the line below.
_LEAD_LINES = 3
_LEAD_CHARS = 160
_CLAUSE_OPEN = re.compile(r"[、，,\u3041-\u309f]\s*\Z")


def sentence_lead(lines: list[Line], i: int) -> str:
    """The start of the sentence line i goes on with, where the line above leaves its clause open (running text
    broken mid-sentence: `…剰余金でありますが、五百十二億で、` / `合計いたしますと二兆百七十五億`): the text since the
    last 。 on up to `_LEAD_LINES` lines above on its page; empty where the line starts its sentence."""
    if not i or lines[i - 1].page != lines[i].page or not _CLAUSE_OPEN.search(lines[i - 1].text):
        return ""
    out = ""
    for j in range(i - 1, max(-1, i - 1 - _LEAD_LINES), -1):
        text = lines[j].text.strip()[-_LEAD_CHARS:]  # a long line's end only: the rule reads no further back
        if lines[j].page != lines[i].page or not text:
            break
        out = text[text.rfind("。") + 1:] + out
        if "。" in text or len(out) >= _LEAD_CHARS:
            break
    return out[-_LEAD_CHARS:]


#: items of a list that may stand between a figure's line and the line that heads the list
_LIST_ITEMS = 12


def list_lead(lines: list[Line], i: int) -> str:
    """The line heading a list of `label  figure` lines that each end on a bare multiplied figure (`以下入札金額です。`
    over `竹中  33億5000万`, `三井  29億4900万`): what the list's figures are, said once above them; empty where line i
    ends otherwise or no such heading stands above its list on the page."""
    if not ends_on_multiplier(lines[i].text):
        return ""
    for j in range(i - 1, max(-1, i - 1 - _LIST_ITEMS), -1):
        if lines[j].page != lines[i].page or not lines[j].text.strip():
            return ""
        if not ends_on_multiplier(lines[j].text):
            return lines[j].text.strip()[-_LEAD_CHARS:].replace("。", " ")
    return ""


#: a figure written with 億 or 兆 (the sizes money is told in; a count of people in 万 is common); one closed by 円
_BIG_FIGURE = re.compile(r"\d\s?[億兆]")
_BARE_BIG = re.compile(r"\d\s?[億兆](?![\d,.\s千百十万]*円)")
_YEN_BIG = re.compile(r"\d\s?[億兆][\d,.\s千百十万]*円")
#: how many lines above a bare 億/兆 figure the line writing its unit may stand (a list of a dozen years' figures)
_UNIT_LINES = 16


def yen_above(lines: list[Line], i: int) -> bool:
    """Line i writes a bare 億/兆 figure and the nearest line above it on its page writing such a figure writes it with
    円 (`114億円` over `(年平均22.8億)`; `効果額:6億円` over a list `平成8年度 22.8億`); lines of bare ones between go on
    the list. Not a line of prose (a `。`): there the figure's own clause says what it is (rules/money_nouns.py)."""
    own = normalize(lines[i].text).text
    if "。" in own or not _BARE_BIG.search(own):
        return False
    for j in range(i - 1, max(-1, i - 1 - _UNIT_LINES), -1):
        if lines[j].page != lines[i].page:
            return False
        text = normalize(lines[j].text).text
        if _BIG_FIGURE.search(text):
            if _YEN_BIG.search(text):
                return True
            if not _BARE_BIG.search(text):
                return False  # a 億 figure with a counter (`1億人`): the figures above are no money
    return False


def with_lead(ctx: RuleContext, lines: list[Line], i: int) -> RuleContext:
    """The rules' context for line i: the deck's, with the start of the sentence it goes on with (`sentence_lead`) or
    the heading of the list it is an item of (`list_lead`), and whether a yen figure above gives its bare 億/兆
    figures their unit (`yen_above`)."""
    lead = sentence_lead(lines, i) or list_lead(lines, i)
    above = yen_above(lines, i)
    return replace(ctx, lead=lead, yen_above=above) if lead or above else ctx
