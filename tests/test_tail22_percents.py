"""A flattened table fuses a count cell with the percent cell after it (`26033.3%`: 260 and 33.3%): four or more
ungrouped digits before a decimal are no rate; rates past 100 written whole or grouped stay (GUIDE: ratios may pass 100)."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def percents(text: str) -> list[tuple[str, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    return [(m.text, m.min) for m in extract_lines("t", lines, RuleContext(deck_year=2024)) if m.kind == "percent"]


@pytest.mark.parametrize("text", ["31528.4%観光振興事業 他", "(2)福祉事業4127.5%高齢者福祉 他"])
def test_fused_cells_are_no_percent(text):
    assert percents(text) == []


@pytest.mark.parametrize("text, expect", [
    ("前年比1250%", [("1250%", 1250)]),
    ("伸び率 120.5%", [("120.5%", 120.5)]),
    ("増加率 1,234.5%", [("1,234.5%", 1234.5)]),
    ("構成比 28.4%", [("28.4%", 28.4)]),
])
def test_rates_past_100_and_plain_rates_stay(text, expect):
    assert percents(text) == expect
