"""Label lines that split a deck into parts (context/label_runs.py): a budget label standing alone on its line scopes the
figures after it up to the next such line, where the figure's own chain names no label; read only where two such lines
name different budgets. Variants in other issuers' layouts (a prefecture's, a city's, a ministry's); near misses keep the
document's label."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {m.text.strip(): (m.role, m.fy) for m in mentions(*texts) if m.kind == "amount"}


@pytest.mark.parametrize("texts, figure, expected", [
    # a supplementary's part, then the next year's initial budget's part, each over its measures
    (["経済対策への対応", "令和5年度補正予算案", "補正額 2,300百万円", "《主な事業》", "■物価高騰対策事業", "820 百万円",
      "令和6年度当初予算案", "経済対策分", "640百万円", "《主な事業》", "■子育て応援事業", "95 百万円"],
     "95 百万円", ("budget", 2024)),
    (["国の経済対策を受けた取組", "令和6年度 9月補正予算", "【主な事業】", "■観光需要喚起事業", "4,500万円",
      "令和7年度 当初予算(案)", "【主な事業】", "■公共交通確保対策事業", "2,800万円"],
     "2,800万円", ("budget", 2025)),
    (["防災対策の予算", "令和6年度当初予算", "■避難所の環境整備", "1億2,000万円", "令和5年度補正予算", "■防災無線の更新",
      "8,000万円"],
     "8,000万円", ("supplementary_budget", 2023)),
])
def test_a_label_line_scopes_the_part_after_it(texts: list[str], figure: str, expected: tuple[str, int]) -> None:
    assert _roles(*texts)[figure] == expected


@pytest.mark.parametrize("texts, figure, expected", [
    # the part above keeps its own label
    (["経済対策への対応", "令和5年度補正予算案", "補正額 2,300百万円", "《主な事業》", "■物価高騰対策事業", "820 百万円",
      "令和6年度当初予算案", "経済対策分", "640百万円", "《主な事業》", "■子育て応援事業", "95 百万円"],
     "820 百万円", ("supplementary_budget", 2023)),
    # one label line only: no parts, the document's label holds
    (["令和6年度補正予算案の概要", "令和6年度補正予算案", "■物価高騰対策事業", "820 百万円"], "820 百万円",
     ("supplementary_budget", 2024)),
    # a label line holding its budget's total is that total's label, no part's
    (["令和6年度補正予算案", "■物価高騰対策事業", "820 百万円", "令和7年度当初予算案 12,000百万円", "■子育て応援事業",
      "95 百万円"], "95 百万円", ("supplementary_budget", 2024)),
])
def test_near_misses_of_a_part_label(texts: list[str], figure: str, expected: tuple[str, int]) -> None:
    assert _roles(*texts)[figure] == expected


@pytest.mark.parametrize("texts, figure, expected", [
    # a settlement's year line after the parts closes the last one: its figures are no budget's (a village's, a city's)
    (["財政のあらまし（北川村）", "令和6年度補正予算", "除雪機械の更新 2,400万円", "令和7年度当初予算", "村道の舗装 6,000万円",
      "令和5年度決算", "歳出総額 36億円"], "36億円", "other"),
    (["市の財政（西原市）", "令和6年度12月補正予算", "■給食費の支援", "1億円", "令和7年度当初予算(案)", "■学校の空調整備",
      "3億2,000万円", "令和5年度決算見込", "■一般会計歳出", "412億円"], "412億円", "other"),
    # near misses: the part above the closing line keeps its label, and a label line after it opens a part again
    (["財政のあらまし（北川村）", "令和6年度補正予算", "除雪機械の更新 2,400万円", "令和7年度当初予算", "村道の舗装 6,000万円",
      "令和5年度決算", "歳出総額 36億円"], "6,000万円", "budget"),
    (["防災の予算", "令和6年度補正予算", "防災無線の更新 8,000万円", "令和5年度決算", "歳出総額 48億円", "令和7年度当初予算",
      "避難所の整備 1億2,000万円"], "1億2,000万円", "budget"),
])
def test_a_settled_years_line_closes_the_part_above(texts: list[str], figure: str, expected: str) -> None:
    assert _roles(*texts)[figure][0] == expected
