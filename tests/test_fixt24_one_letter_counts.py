"""fixt24: the narrowed one-letter count (stopwords.json count one_letter_counted).

Our own paraphrases: a one-letter common noun counts only where it names a thing, place or group counted (`4駅が`,
`3炉)`, `6班、`); an idiom or a name made with a numeral (`5感`, `2軸`, `3役`, `7曜`) stays none.
"""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def read(text: str, kind: str) -> list[tuple[str, object, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    ctx = RuleContext(deck_year=2023, lead_month=9, lead="")
    return [(m.text, m.min, m.unit) for m in extract_lines("t", lines, ctx) if m.kind == kind]


@pytest.mark.parametrize("text", [
    "子どもの5感を育む体験学習を行う。",  # the five senses
    "成果と効率の2軸で事業を評価する。",  # two axes of a chart
    "町の3役が視察に同行した。",  # the three officers of a town
    "議会3役と意見交換した",
    "7曜を通じて開館する",
])
def test_an_idiom_made_with_a_numeral_is_no_count(text):
    assert read(text, "count") == []


@pytest.mark.parametrize("text, expect", [
    ("沿線の4駅が無人化された。", [("4駅", 4, "駅")]),
    ("処理能力は日量60t×3炉)", [("3炉", 3, "炉")]),
    ("調査は6班、各班4名で行う。", [("6班", 6, "班"), ("4名", 4, "名")]),
    ("近隣2市と協定を結んだ。", [("2市", 2, "市")]),
    ("消火栓は12栓を更新した。", [("12栓", 12, "栓")]),
])
def test_a_one_letter_thing_counted_stays_a_count(text, expect):
    assert read(text, "count") == expect
