"""An item line that lists several works with their figures: each figure is the work written right before it
(mentions/label_names.split_shared), not the item's whole line. Near misses: a programme with its previous year's figure,
a figure and its share, a line whose figures do not each follow a work of their own."""
from __future__ import annotations

import pytest

from extract.tables import budget_records

from .helpers import mentions


def _programmes(*texts: str) -> list[str | None]:
    return [r["program"] for r in budget_records([m.record() for m in mentions(*texts)])]


@pytest.mark.parametrize("texts, expected", [
    # a town paper's list: a group label in 「」, then ★ before each work
    (("令和7年度当初予算の主な事業", "◆子育て「保育の充実」★保育所整備事業(1億円)★放課後児童クラブ拡充(3000万円)"),
     ["保育所整備事業", "放課後児童クラブ拡充"]),
    # works joined by や and 、 on a dash line (a council's report)
    (("令和6年度補正予算の主な内容", "- 農道改良2500万円や水路補修1800万円、ため池改修900万円"),
     ["農道改良", "水路補修", "ため池改修"]),
    # a mark inside a work's bracket is no mark (`(測量・設計)`)
    (("令和6年度当初予算の主な事業", "○まちづくり▽駅前広場整備(測量・設計)(2400万円)▽公園遊具更新(600万円)"),
     ["駅前広場整備(測量・設計)", "公園遊具更新"]),
])
def test_each_figure_takes_its_work(texts: tuple[str, ...], expected: list[str]) -> None:
    assert _programmes(*texts) == expected


@pytest.mark.parametrize("texts, expected", [
    # a programme's figure and last year's: one row, the item's name
    (("令和6年度当初予算案", "○ 港湾施設整備事業　1,200百万円（前年度 1,000百万円）"), ["港湾施設整備事業"]),
    # two figures with no work between them: the item's name stays
    (("令和6年度当初予算の主な事業", "・道路維持補修事業 2億円 3億円"), None),
])
def test_near_miss_item_name_stays(texts: tuple[str, ...], expected: list[str] | None) -> None:
    found = _programmes(*texts)
    if expected is None:
        assert len(set(found)) <= 1  # whatever rows, they share the item's name: no work was split out
    else:
        assert found == expected
