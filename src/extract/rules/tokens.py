"""Sudachi on a short window after a number: is the next word a counter (助数詞) or a counted noun?

Only called where the known-counter data does not decide (`3棟`, `12市町村`, `20品目`), on a window of a few
characters, with the answers cached. SudachiPy is not thread-safe: one tokenizer per thread, built on first
use; nothing is loaded at import.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from ..dictionary import stopwords

_local = threading.local()
_WORD = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー々ヵヶ]+")


def _tokenizer() -> Any:
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        from sudachipy import Dictionary, SplitMode

        tok = Dictionary().tokenizer(mode=SplitMode.C, fields={"pos"})
        _local.tokenizer = tok
    return tok


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[tuple[str, str], ...]:
    """(surface, part of speech joined by `-`) of each token of a short text."""
    return tuple((m.surface(), "-".join(p for p in m.part_of_speech()[:3] if p != "*"))
                 for m in _tokenizer().tokenize(text))


def _is_counter(pos: str) -> bool:
    return "助数詞" in pos


def _is_noun(pos: str) -> bool:
    return pos.startswith(("名詞-普通名詞", "接尾辞-名詞的"))


def counter_after(number: str, tail: str, counters_only: bool = False) -> str | None:
    """The counter or counted noun written right after `number` in `number + tail`, as written; None where
    the next word is something else, or where the number is not a word of its own (`一人一人`, `一部`).
    `counters_only`: accept only words Sudachi tags as counters (for kanji numerals and bare years)."""
    # an arabic number reads as any other (Sudachi splits 1,200 at the comma): one spelling, more cache hits
    # and so does one with 万/億 (Sudachi tags 口 after 3万 a common noun, after 5 a counter suffix: 約3万口)
    number = re.sub(r"^[\d,.\s]+(?:[万億千][\d,.\s]*)*$", "5", number)
    toks = tokens(number + tail)
    if toks and toks[0][0] != number and number.startswith(toks[0][0]) and toks[0][1].startswith("名詞-数詞"):
        # Sudachi split a kanji numeral inside itself (二百四|十戸: a place name): the counter is read after a
        # digit, as an arabic number's is; a numeral read into a word (八千代) is no numeral split and stays none
        toks = tokens("5" + tail)
        number = "5"
    if len(toks) < 2 or toks[0][0] != number or not toks[0][1].startswith("名詞-数詞"):
        return None
    word, pos = toks[1]
    if not _WORD.fullmatch(word) or "副詞可能" in pos or not (_is_counter(pos) if counters_only else (_is_counter(pos) or _is_noun(pos))):
        return None
    if len(word) == 1 and not (_is_counter(pos) or (not counters_only and (pos == "接尾辞-名詞的-一般" or _closed(pos, toks)))):
        return None  # one character that is no counter: a fragment of vertical text (1従); a suffix noun counts (5館)
    return word if len(word) <= 6 else None


def _closed(pos: str, toks: tuple[tuple[str, str], ...]) -> bool:
    """A one-letter common noun that names a thing, place or group counted, closed by a particle or a stop right after
    it (`6駅が`, `2炉、`, `3辺の`): not a fragment of a longer word, nor an idiom made with a numeral (`5感を`, `3役が`:
    stopwords.json count one_letter_noun_closers, one_letter_counted)."""
    sw = stopwords("count")
    return (pos == "名詞-普通名詞-一般" and len(toks) > 2  # not a verbal noun (5処理の)
            and toks[2][0] in sw["one_letter_noun_closers"] and toks[1][0] in sw["one_letter_counted"])


def noun_after(word: str, tail: str) -> str | None:
    """The common noun that continues `word` at the start of `tail` (`言語` + `指示）` -> `指示`), else None."""
    toks = tokens("5" + word + tail)
    if len(toks) < 3 or toks[1][0] != word:
        return None
    nxt, pos = toks[2]
    return nxt if _WORD.fullmatch(nxt) and pos.startswith("名詞-普通名詞") and "副詞可能" not in pos else None


def whole_noun(word: str, tail: str) -> str | None:
    """The common noun `word` begins when `word + tail` is read without the number: Sudachi reads `5課程 →`
    as 5/課/程 (程 a particle) but `課程 →` as one noun. Only a noun that ends its word (`大都市圏` is no
    whole noun of 大), else None."""
    toks = tokens(word + tail)
    if not toks:
        return None
    noun, pos = toks[0]
    rest = (word + tail)[len(noun):]
    if (len(noun) <= len(word) or not noun.startswith(word) or not _WORD.fullmatch(noun)
            or not pos.startswith("名詞-普通名詞") or "副詞可能" in pos or _WORD.match(rest)):
        return None
    return noun


def verbal_noun_after(word: str, tail: str) -> bool:
    """A one-character counter followed by a verbal noun (サ変: `期` + `連続`, `棟` + `建設`): the count ends at
    the counter (52期連続: 52 periods running), the noun is what is said of it, not a longer name."""
    toks = tokens("5" + word + tail)
    if not (len(toks) >= 3 and toks[1][0] == word and _is_counter(toks[1][1]) and "サ変" in toks[2][1]):
        return False
    alone = tokens(word + tail)  # and read without the number still a counter: `本調査` is 本 (this) + 調査
    return bool(alone) and alone[0][0] == word and _is_counter(alone[0][1])


def suffix_then_verbal_noun(word: str, tail: str) -> bool:
    """A one-character noun suffix after the number, then a verbal noun (`366橋` + `架設`, `5館` + `建設`): the count
    ends at the suffix, the noun says what is done with the things counted."""
    toks = tokens("5" + word + tail)
    return (len(toks) >= 3 and toks[1][0] == word and toks[1][1] == "接尾辞-名詞的-一般" and "サ変" in toks[2][1]
            and not toks[2][1].startswith("接尾辞"))


def suffix_after(word: str, tail: str) -> bool:
    """A noun suffix continues `word` (`地区` + `内の`, `単位区` + `内`): the counted noun ends before it."""
    toks = tokens("5" + word + tail)
    return (len(toks) >= 3 and toks[1][0] == word and toks[2][1].startswith("接尾辞-名詞的")
            and toks[2][0] in stopwords("count")["noun_suffixes"])


def longer_word(number: str, counter: str, tail: str) -> bool:
    """`1,386` + `回答`, `３` + `校務`: the counter's character starts a longer word Sudachi reads as one."""
    # and so does one with 万/億 (Sudachi tags 口 after 3万 a common noun, after 5 a counter suffix: 約3万口)
    number = re.sub(r"^[\d,.\s]+(?:[万億千][\d,.\s]*)*$", "5", number)
    toks = tokens(number + counter + tail)
    if len(toks) >= 2 and toks[0][0] == number and toks[1][0] != counter and toks[1][0].startswith(counter):
        return True
    alone = tokens(counter + tail)  # Sudachi reads 5回収率 as 5/回/収率, but 回収率 alone as 回収/率
    return bool(alone) and alone[0][0] != counter and alone[0][0].startswith(counter) and "名詞" in alone[0][1]


def reset() -> None:
    tokens.cache_clear()
