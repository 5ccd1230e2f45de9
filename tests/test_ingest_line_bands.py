"""A pdfplumber text line that chains rows lying one under another is cut into its rows again (ingest/line_bands.py):
a chart's small legends side by side at slightly different heights came out interleaved column by column
(`6 を 5 を 以 以 …`). Characters built for these tests: legends of several rows, figures with a larger or smaller
％ on their baseline, superscripts, and ordinary one-row lines that must stay as pdfplumber made them."""
from __future__ import annotations

import pytest

from extract.ingest.line_bands import split_bands


def _row(text: str, x0: float, top: float, size: float, step: float | None = None) -> list[dict[str, object]]:
    step = size if step is None else step
    return [{"text": ch, "x0": x0 + i * step, "x1": x0 + i * step + size, "top": top, "bottom": top + size, "upright": True}
            for i, ch in enumerate(text)]


def _line(*rows: list[dict[str, object]]) -> dict[str, object]:
    chars = sorted((c for r in rows for c in r), key=lambda c: c["x0"])  # pdfplumber's order: left to right
    return {"text": "".join(str(c["text"]) for c in chars), "chars": chars}


def _texts(*rows: list[dict[str, object]]) -> list[str]:
    return [str(out["text"]) for out in split_bands([_line(*rows)])]


@pytest.mark.parametrize("rows, expected", [
    # two legend entries of two 5-point rows each, 8 points apart, at the same x: four rows again
    ([_row("6以上の分野の技術", 10, 100, 5), _row("を活用する企業(n=71)", 10, 108.3, 5), _row("5以下の分野の技術", 10, 120.7, 5),
      _row("を活用する企業(n=86)", 10, 129, 5)],
     ["6以上の分野の技術", "を活用する企業(n=71)", "5以下の分野の技術", "を活用する企業(n=86)"]),
    # a value label in larger type a little lower than a legend row: with the text row nearest its baseline
    ([_row("上位10県の平均値", 10, 200, 5), _row("下位10県の平均値", 10, 210, 5), _row("26.8", 90, 197, 9, 4.5)],
     ["上位10県の平均値 26.8", "下位10県の平均値"]),
    # the same in 6-point type beside another chart's legend a point lower, with a 9-point value label between
    ([_row("上位10県の平均", 10, 200, 6), _row("下位10県の平均", 10, 210, 6), _row("従業員10人以上", 200, 201, 6),
      _row("従業員10人未満", 200, 211, 6)],
     ["上位10県の平均 従業員10人以上", "下位10県の平均 従業員10人未満"]),
])
def test_stacked_rows_come_apart(rows, expected):
    assert _texts(*rows) == expected


@pytest.mark.parametrize("rows, expected", [
    # a figure and its ％ set a size smaller, on one baseline: one row
    ([_row("42.0", 10, 100, 9), _row("％", 46, 102, 7)], ["42.0％"]),
    # a one-row line: kept as it is (even with a ％ 0.8 point off the figure's baseline)
    ([_row("18.0", 10, 100, 9), _row("％", 46, 99.2, 9)], ["18.0％"]),
    # a superscript note mark over a word: the line is not taller than two characters
    ([_row("予算額", 10, 100, 10), _row("※1", 40, 97, 5)], ["予算額※1"]),
    # near misses, rows of their own but no text rows: chart figures over their units (8,000 over 万円), the
    # characters of vertical words beside them: left to the column helpers, the line kept
    ([_row("8,000", 100, 138, 10, 5), _row("万円", 100, 148, 10, 5), _row("7,500", 140, 141, 10, 5), _row("利", 200, 135, 11),
      _row("益", 200, 146, 11)], ["8万,円0007,500利益"]),
    # two text rows side by side at different heights, a raised note mark between them: pdfplumber's order is kept
    ([_row("個人旅行パッケージ利用者", 10, 260, 6), _row("注2", 82, 257, 4), _row("については", 90, 260, 6),
      _row("注1）旅行会社等が企画した団体ツアー", 200, 253, 6)],
     ["個人旅行パッケージ利用者注2については注1）旅行会社等が企画した団体ツアー"]),
    # a title in large type beside a small date on the same baseline: one row
    ([_row("概要", 10, 100, 20), _row("2024年", 60, 112, 8)], ["概要2024年"]),
])
def test_one_row_lines_stay(rows, expected):
    assert _texts(*rows) == expected


def test_a_line_without_chars_or_with_rotated_chars_is_kept():
    rotated = _row("縦書き", 10, 100, 5) + _row("です", 10, 120, 5)
    for c in rotated:
        c["upright"] = False
    lines = [{"text": "", "chars": []}, {"text": "縦書きです", "chars": rotated}]
    assert split_bands(lines) == lines
