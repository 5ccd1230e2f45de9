"""What a bare 万/億/兆 figure (no 円) is said of: money, or a count of people, homes or places (issue 21).

The amount rule (amount.py `yen_implied`) reads a figure as yen where its sentence says money; the noun the figure is
said of, in its own clause, comes first (the rules read no outline, so this is the clause reading of
context/clause_roles.py done on the rule's text with Sudachi's parts of speech):

- its **own noun before it**, glued or as its topic or subject, an approximation or a tally word between
  (`人口十二万`, `来場者は約5万`, `宿泊者数は延べ120万`, `人口、約8万`, `人口はざっと12万`);
- the **noun after it**, `Nの…` up to the clause's particle (`三万の市民が`, `5万の世帯に`, `1万2千の事業所です`): money
  where it holds a money word, a change or a work (`3,000万の黒字`, `百十二億の増`, `23億6,000万の国の補助金が`,
  `12億の事業`), else a common noun counted;
- a **list's heading** (RuleContext.lead) whose own noun names the list's figures (`地区別の利用者数` over `中央地区  12万`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load, stopwords
from ..word_lists import alternation, change_words, money_words
from . import tokens

_NOUN = r"[\u3005\u4e00-\u9fff\u30a1-\u30faー]"
#: Sudachi's tags of a noun that names a thing (人口, 市民, 利用者数), not an activity (`整備`: サ変可能) nor a time word
_THING = ("名詞-普通名詞-一般", "接尾辞-名詞的")


@lru_cache(maxsize=1)
def money_pattern() -> re.Pattern[str]:
    """A money word (`予算`, `価格`) or a word ending like one (`剰余金が`, `人件費は`: money_ends, no kanji after it)."""
    ends = alternation(stopwords("amount")["money_ends"])
    return re.compile(alternation(money_words()) + rf"|(?<=[\u4e00-\u9fff\u30a1-\u30faお]){ends}(?![\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _own_noun() -> re.Pattern[str]:
    """The noun a figure is said of before it: glued, or its topic or subject, then a comma, an approximation
    (qualifiers.json prefix) or a tally word (stopwords.json amount figure_adverbs)."""
    between = [w for w, q in load("qualifiers")["prefix"].items() if q == "approx"]
    between += stopwords("amount")["figure_adverbs"]
    return re.compile(rf"({_NOUN}{{2,}})(?:は|が|も)?[、，]?{alternation(between)}?\Z")


def names_other(before: str) -> bool:
    """The figure's own noun before it is a common noun that names no money (人口, 来場者), nor a total (合計)."""
    m = _own_noun().search(before[-16:])
    if m is None or money_pattern().search(m.group(1)) or m.group(1) in load("totals")["total_before"]:
        return False
    toks = tokens.tokens(m.group(1))
    # an activity's verbal noun is what the money is spent on (`受け入れ整備は2億`): it names no other measure
    return bool(toks) and toks[-1][1].startswith(_THING)


def names_period(before: str) -> bool:
    """The figure's own noun before it names a time, not a measure (`平成8年度`, `年平均`: stopwords.json amount
    figure_periods)."""
    m = _own_noun().search(before[-16:])
    return m is not None and m.group(1).endswith(tuple(stopwords("amount")["figure_periods"]))


#: `Nの…`: the nouns after the figure's `の`, through the `の` of a longer phrase (`の国の補助金`), to the clause's particle;
#: bounded (a phrase is a few words: a run of thousands of kanji is no phrase, and Sudachi takes at most 49,149 bytes)
_OF = re.compile(rf"\s?の\s?((?:{_NOUN}{{1,30}}の){{0,4}}{_NOUN}{{1,30}})(?=[がをにはでともや、。，,)）\s]|$)")


@lru_cache(maxsize=1)
def _money_phrase_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words of the phrase after a figure besides money words: a change opening it (word_lists.change_words); a
    programme's or a work's end, a scale or a statistic closing it, money (roles.json owned_figures.ends, scale_after,
    statistic_labels)."""
    roles = load("roles")
    return change_words(), (*roles["owned_figures"]["ends"], *roles["scale_after"], *roles["statistic_labels"])


def said_of(text: str, end: int) -> str | None:
    """What the phrase right after a figure (`Nの…`) says it is: `money` (`の黒字`, `の国の補助金`, `の事業`), `change`
    (`の増`: money where its sentence says money, a count's change after a count's noun, `人口は3万の増`), `count` (a
    common noun counted: `の市民`, `の世帯`; an act tallied: `の署名`), None where no such phrase follows or its noun
    says neither (`の前`)."""
    m = _OF.match(text, end)
    if m is None:
        return None
    phrase = m.group(1)
    opens, closes = _money_phrase_words()
    if money_pattern().search(phrase) or phrase.endswith(closes):
        return "money"
    if phrase.startswith(opens):
        return "change"
    if phrase.endswith(tuple(stopwords("amount")["counted_acts"])):
        return "count"  # `5万の署名`, `3万の応募`: acts people give, tallied (an activity's noun else names no count)
    toks = tokens.tokens(phrase)
    return "count" if toks and toks[-1][1].startswith(_THING) else None


#: what may close a list's heading after its noun: a copula, a bracketed note, a space (`以下入札金額です。`, `…価格(税込)`)
_HEADING_TAIL = re.compile(r"(?:\s|です|。|[(（][^()（）]*[)）])+\Z")


def heading_names_other(lead: str, line_before: str) -> bool:
    """A list's heading names its figures by a common noun that is no money (`地区別の利用者数` over `中央地区  12万`),
    and the figure's own line before it says no money."""
    return bool(lead) and money_pattern().search(line_before) is None and names_other(_HEADING_TAIL.sub("", lead))
