"""`一円` after a place is the word `throughout` (`全国一円`, `県内一円`, `関東一円`), no amount of 1 yen
(kanji_figures.json throughout). Near misses that are money: `1円` in digits, a longer kanji figure (`二十一円`, `千一円`),
`金一円`, `一円単位` with no place before it."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def amounts(text: str) -> list[tuple[str, object]]:
    line = Line(text=text, page=None, line=1, index=0)
    return [(m.text, m.min) for m in extract_lines("t", [line], RuleContext(deck_year=2026)) if m.kind == "amount"]


@pytest.mark.parametrize("text", [
    "全国一円で実施します。",
    "県内一円から参加者を募集します。",
    "市内一円を対象に巡回します。",
    "関東一円、東北地方一円に広げる。",
    "京都府一円の観光地を周遊",
    "管内一円で一斉清掃を行う",
])
def test_throughout_is_no_money(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全国で1円", [("1円", 1)]),
    ("全国1円セール", [("1円", 1)]),
    ("一円単位で切り捨て", [("一円", 1)]),
    ("金一円を支払う", [("一円", 1)]),
    ("料金は二十一円", [("二十一円", 21)]),
    ("市内一円を対象に、補助額は一件一万円", [("一万円", 10000)]),
])
def test_money_stays_money(text: str, expected: list[tuple[str, object]]) -> None:
    assert amounts(text) == expected
