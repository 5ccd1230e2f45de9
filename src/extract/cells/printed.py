"""How a table cell is printed: its number (`△ 1.2`, `68,310千円`), the unit words of a header
(`（単位：千円、％）`, `金額（千円）`), a label without its spaces and enumeration, and total rows.
Words in dictionary/table_words.json."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..dictionary import load, words

SEP = " / "


@lru_cache(maxsize=1)
def table_words() -> dict[str, Any]:
    return load("table_words")


@lru_cache(maxsize=1 << 16)  # a book's cells ask for the same few thousand texts ~10^6 times
def squeeze(text: str) -> str:
    """NFKC without spaces: how labels and units are compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


_NUM = re.compile(r"^(?P<open>[(（])?(?P<sign>[△▲\-−－+])?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>[^\d()（）]{0,4}?)"
                  r"(?P<change>増|減)?(?P<close>[)）])?$")


@dataclass(frozen=True)
class Number:
    value: float
    unit_text: str


@lru_cache(maxsize=1 << 16)  # a cell's text is parsed by every step that reads the table (a Number is frozen)
def parse_number(text: str) -> Number | None:
    """A cell's number as printed: `1,234`, `△ 1.2`, `(33.5％)`, `2.7％増`, `▲7.8％`, `68,310千円`; None for
    a blank, a dash or text."""
    t = squeeze(text).replace("，", ",")
    if not t or t in table_words()["blank"]:
        return None
    limit = next((w for w in table_words()["limit_suffix"]["words"] if t.endswith(w) and len(t) > len(w)), "")
    m = _NUM.match(t[:len(t) - len(limit)])  # `5.0％以内`: the figure before its limit
    if m is None:
        return None
    try:
        v = float(m["num"].replace(",", ""))
    except ValueError:
        return None
    if m["sign"] and m["sign"] in table_words()["negative"] or m["sign"] in ("△", "▲"):
        v = -v
    if m["change"]:
        v *= table_words()["change_suffix"][m["change"]]
    return Number(v, m["unit"] or "")


def figure_text(text: str) -> str:
    """A cell's text without the proviso after its figure (`5.0％以内（ただし、…）` -> `5.0％以内`,
    `５，２００ ただし、…` -> `５，２００`); the text as it is otherwise."""
    for w in table_words()["limit_suffix"]["words"]:
        head, sep, _ = (text or "").partition(w)
        n = parse_number(head + w) if sep and re.match(r"^\s*[(（]", text[len(head) + len(w):]) else None
        if n is not None and (not n.unit_text or unit_of(n.unit_text) is not None):
            return head + w
    for w in table_words()["limit_suffix"]["proviso"]:  # `５，２００ ただし、…`: the figure before the proviso
        head = (text or "").partition(w)[0].rstrip(" \u3000(（")
        n = parse_number(head) if w in (text or "") else None
        if n is not None and (not n.unit_text or unit_of(n.unit_text) is not None):
            return head
    return text


def is_formula(text: str, alone: bool = True) -> bool:
    """`885×1／2`, `21,000円×4,624人×1／2` alone in a cell (else after a label: `子育て応援アプリ運用 660×1／2`):
    how a 説明 amount was reckoned, no label nor figure."""
    m = re.search(table_words()["formula"]["pattern"], "・" + squeeze(text))
    return m is not None and (m.start() == 1 or not alone)


@lru_cache(maxsize=1 << 12)
def unit_of(word: str) -> tuple[str, float] | None:
    """(unit, scale) of a unit word: 千円 -> (yen, 1000), ％ -> (percent, 1), 千人 -> (人, 1000), 件 -> (件, 1)."""
    w = squeeze(word).strip("()（）[]［］")
    if not w:
        return None
    money = words(table_words()["money_units"])
    if w in money:
        return ("yen", float(money[w]))
    if w in [squeeze(p) for p in table_words()["percent_units"]]:
        return ("percent", 1.0)
    scales = words(table_words()["counter_scales"])
    if w in scales:
        return (scales[w][0], float(scales[w][1]))
    if w in table_words()["counters"]:
        return (w, 1.0)
    return None


_UNIT_HEADER = re.compile(r"単位\s*[:：]?\s*([^)）]*)")
BRACKETED = re.compile(r"[(（]([^()（）]{1,6})[)）]")


def header_units(texts: Sequence[str]) -> list[tuple[str, float]]:
    """The units a table's unit header lists: `（単位：千円、％）` -> [(yen, 1000), (percent, 1)]."""
    for t in reversed(texts):
        m = _UNIT_HEADER.search(unicodedata.normalize("NFKC", t))
        if m:
            out = [u for part in re.split(r"[、,，･・/／\s]+", m.group(1)) if (u := unit_of(part))]
            if out:
                return out
    return []


def label_unit(text: str) -> tuple[str, float] | None:
    """A unit written in a header cell: the cell itself (`千円`) or bracketed after a label (`金額（千円）`)."""
    u = unit_of(text) or trailing_unit(text)[0]
    if u:
        return u
    if u := repeated_unit(text):
        return u
    for m in BRACKETED.finditer(unicodedata.normalize("NFKC", text)):
        u = unit_of(m.group(1))
        if u:
            return u
    return None


def repeated_unit(text: str) -> tuple[str, float] | None:
    """`千円 千円`: the unit of two columns printed in one header cell (the column between them is empty)."""
    twice = re.fullmatch(r"(.+?)\1+", squeeze(text))
    return unit_of(twice.group(1)) if twice else None


_TRAILING_BRACKET = re.compile(r"[(（]\s*([^()（）]{1,6}?)\s*[)）]\s*$")


def trailing_unit(text: str) -> tuple[tuple[str, float] | None, str]:
    """A unit closing a label, bracketed (`職員数 (A)(人)`, `比率 (Ｂ)/(Ａ) (%)`) or on a line of its own under
    it (`職員数 人`): (the unit, the label without it); (None, the label) when there is none."""
    m = _TRAILING_BRACKET.search(text or "")
    if m and (u := unit_of(m.group(1))) and text[:m.start()].strip():
        return u, text[:m.start()]
    parts = (text or "").rsplit(None, 1)
    spaced = all(len(w) == 1 for w in (text or "").split())  # `事 業 名`: one word letter-spaced, 名 no unit
    if len(parts) == 2 and not spaced and not re.search(r"\d$", parts[0]) and (u := unit_of(parts[1])):
        return u, parts[0]
    return None, text


def is_percent_column(label: str) -> bool:
    s = squeeze(label)
    return any(w in s for w in table_words()["percent_columns"]["words"])


_ENUM = re.compile(r"^(?:[0-9０-９]{3}(?=[^0-9０-９])|[(（]?[0-9０-９ｱ-ﾝア-ンイロハニホヘト一二三四五六七八九十]{1,2}[)）.．]"
                   r"|[0-9０-９]{1,2}(?=[^0-9０-９,，.．%％]))")


HEADING = re.compile(r"^\d{1,2}[款項]")


def label_of(text: str) -> str:
    """A label as published: as printed without its spaces (`地 方 交 付 税` -> 地方交付税; widths kept),
    leading enumeration dropped (`1.`, `(1)`, `(ｲ)`, `4 共済費`, 説明 codes `002`)."""
    text = trailing_unit(text)[1]
    s = re.sub(r"\s+", "", text or "")
    s = re.sub(table_words()["formula"]["pattern"], "", s) or s  # `事業 8,126×1／3`: the formula is no label
    if _named_number(text or ""):
        return s
    return _ENUM.sub("", s, count=1) or s


def _named_number(text: str) -> bool:
    """`１級`, `2号給`, `４月専決`: a leading number written right against a word that makes it part of the name."""
    m = re.match(r"\s*[0-9０-９]{1,2}(?=\S)", text)
    return m is not None and text[m.end():].startswith(tuple(table_words()["numbered_names"]["words"]))


def is_total(label: str) -> bool:
    """`合計`, `歳 入 合 計`, `小計`, `計`: a row (or column) that sums others."""
    s = re.sub(r"^[\d.．]+", "", squeeze(label.split(SEP)[-1]))
    s = re.sub(r"(?:[+＋]?[(（][a-zA-Zａ-ｚ①-⑳][)）])+$", "", s)  # `小計(a)`, `歳出合計(a)+(b)`
    return s in table_words()["totals"] or s.endswith(("合計", "会計計", "小計", "総計", "財源計"))


def grand_total(label: str) -> bool:
    leaf = squeeze(label.split(SEP)[-1])
    return is_total(leaf) and not leaf.startswith(("小計", "計")) and not leaf.endswith(("小計", "会計計"))

