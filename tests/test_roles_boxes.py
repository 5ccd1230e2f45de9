"""A `【補正予算】` box beside an item's figures whose table columns fell one cell a line (context/supplementary_boxes.py):
the cell beside the box is the supplementary (its year left open, the box writes none), the `(…)` cell after it the
previous year's. Near misses: no box on the page, a box label that carries its own figure, no `(…)` cell after."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text as _found

_PRIORITIES = ("令和7年度国土交通省予算の重点事項", "総額", "5兆8,900億円", "(5兆8,700億円)")


@pytest.mark.parametrize("item, box, previous", [
    (("【補正予算】", "①", "河川の流域治水対策", "820億円", "450億円", "(790億円)"), "450億円", "790億円"),
    (("【補正予算】", "②", "地域公共交通の確保・維持", "210億円", "35億円", "(205億円)", "・", "地方鉄道の再構築を支援"),
     "35億円", "205億円"),
    (("③", "インフラ老朽化対策", "・", "橋梁の修繕を支援", "(所要額)", "64億円", "【補正予算】", "12億円", "(60億円)"), "12億円", "60億円"),
])
def test_a_box_heads_the_cell_beside_it(item: tuple[str, ...], box: str, previous: str) -> None:
    found = _found(*_PRIORITIES, *item)
    assert (found[box].role, found[box].fy) == ("supplementary_budget", None)
    assert found[previous].role == "previous_budget"


@pytest.mark.parametrize("item", [
    ("①", "河川の流域治水対策", "820億円", "450億円", "(790億円)"),  # no box anywhere
    ("【補正予算額】 3億円", "①", "河川の流域治水対策", "820億円", "450億円", "(790億円)"),  # a label with its own figure
    ("【補正予算】", "①", "河川の流域治水対策", "820億円", "450億円", "790億円"),  # no bracketed previous cell after
])
def test_near_miss_no_supplementary_cell(item: tuple[str, ...]) -> None:
    assert _found(*_PRIORITIES, *item)["450億円"].role != "supplementary_budget"
