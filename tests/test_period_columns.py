"""A bare month or day count under a period header is a span (mentions/period_columns.py): a comparison table of
grace periods (`期間`: `６月`, `１年`) on a slide reads `６月` as six months. Tables built for these tests in the style
of patent, licensing and statistics slides (not copied from any deck), with the near misses that stay as they are."""
from __future__ import annotations

import pytest

from extract.mentions import extract_deck
from extract.model import Deck, GridCell, Line, TableGrid


def _deck(rows: list[list[str]]) -> Deck:
    """A one-slide deck holding one table: each row a line of its cells (an Office row line, ref `shape 3 Rn`)."""
    lines = [Line(text=" ".join(r), page=1, line=None, index=i, ref=f"shape 3 R{i + 1}") for i, r in enumerate(rows)]
    cells = tuple(GridCell(row=i, col=j, text=t) for i, r in enumerate(rows) for j, t in enumerate(r))
    return Deck(doc="t", path="t.pptx", sha256="", source_type="pptx", pages=1, lines=lines,
                tables=[TableGrid(page=1, index=0, cells=cells, reader="pptx")])


def _spans(rows: list[list[str]]) -> list[tuple[str, str, object, object, str | None]]:
    return [(m.kind, m.text, m.min, m.max, m.unit) for m in extract_deck(_deck(rows)) if m.kind in ("duration", "date")]


@pytest.mark.parametrize("rows, expected", [
    ([["国", "期間", "手続"], ["日本", "６月", "必要"], ["米国", "１年", "不要"]],
     [("duration", "６月", 6, 6, "month"), ("duration", "１年", 1, 1, "year")]),
    ([["区分", "保護期間"], ["実用新案", "10年"], ["仮保護", "18月"]],
     [("duration", "10年", 10, 10, "year"), ("duration", "18月", 18, 18, "month")]),
    ([["手続", "猶予期間（日）"], ["補正", "30日"], ["応答", "3日"]],
     [("duration", "30日", 30, 30, "day"), ("duration", "3日", 3, 3, "day")]),
])
def test_bare_counts_under_a_period_header_are_spans(rows, expected):
    assert _spans(rows) == expected


@pytest.mark.parametrize("rows", [
    # near misses: a month column that names when (実施月), a period column's cell that says more than a count
    # (the line rules read it: 令和6年6月 is a date), a bare month outside the period column
    [["事業", "実施月"], ["説明会", "６月"]],
    [["事業", "期間"], ["説明会", "令和6年6月"]],
    [["事業", "期間", "開始"], ["説明会", "1年", "６月"]],
])
def test_other_cells_are_left_to_the_line_rules(rows):
    got = _spans(rows)
    assert not [s for s in got if s[0] == "duration" and s[4] == "month"]
