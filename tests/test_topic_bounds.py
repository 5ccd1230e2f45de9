"""Issue 23 (fresh2 C): a cap or floor written as the topic before its figure (`上限は原則2,000万円`) bounds it
(GUIDE: 上限 is at_most, 原則 is no qualifier and is looked past). Variants and near misses."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def amounts(text: str) -> list[tuple[str, object, object, list[str]]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    return [(m.text, m.min, m.max, m.qualifiers) for m in extract_lines("t", lines, RuleContext(deck_year=2026))
            if m.kind == "amount"]


@pytest.mark.parametrize("line, expected", [
    ("交付額の上限は原則2,000万円です。", [("2,000万円", None, 20000000, ["at_most"])]),
    ("下限は原則50万円です。", [("50万円", 500000, None, ["at_least"])]),
    ("補助金の上限額は300万円とする。", [("300万円", None, 3000000, ["at_most"])]),
    ("上限が100万円となります。", [("100万円", None, 1000000, ["at_most"])]),
    ("上限2,000万円", [("2,000万円", None, 20000000, ["at_most"])]),
    # a label of its own before its figure is the figure's floor (mentions/bound_labels.py; GUIDE: a 上限 header)
    ("下限額 50万円", [("50万円", 500000, None, ["at_least"])]),
    # near misses: a budget's word between the bound word and the figure, no bound word
    ("上限は事業費の半分で2,000万円", [("2,000万円", 20000000, 20000000, [])]),
    ("総額は原則2,000万円です。", [("2,000万円", 20000000, 20000000, [])]),
])
def test_topic_bounds(line, expected):
    assert amounts(line) == expected
