"""Amount roles by general conventions of a budget summary (issue 21, fourth pass): what a figure is when no word of
its own line says otherwise. Lines written for these tests in the style of municipal budget notices; variants and
near misses for each convention."""
from __future__ import annotations

import pytest

from tests.test_roles_shapes import amount, rows, run

#: a lead-in sentence (a change of the total), no budget title
LEAD = ("当初予算の総額は、前年度と比べて約17億円の減額になりました。", "■一般会計 歳出の特徴", "歳出:町が支払うお金",
        "目的別:「仕事の内容」で区分")


# -- a marked line without a figure heads the lines under it ------------------------------------------------

@pytest.mark.parametrize("heading", [
    "●令和6年度に行う主な事業と予算額",
    "○令和6年度の主な事業と予算",
    "・令和6年度当初予算の主な事業",
])
@pytest.mark.parametrize("item", ["学校給食支援事業:1億970万円", "高齢者等外出支援タクシー助成事業:1,955万5千円"])
def test_a_marked_line_without_figure_scopes_the_items_under_it(heading, item):
    found = run(*LEAD, heading, "多目的グラウンド整備事業:4億5,098万円", "電子マネー応援クーポン事業:8,983万円",
                "DX推進事業:1,096万円", item, "問い合わせ:財政課")
    m = found[-1]
    assert (m.role, m.fy) == ("budget", 2024)
    assert m.text in rows(found)


@pytest.mark.parametrize("heading", ["●主な事業", "●令和6年度の主な行事", "●令和6年度に行う主な事業と予算額 4億円"])
def test_near_miss_a_marked_line_with_no_label_or_its_own_figure(heading):
    found = run(*LEAD, heading, "多目的グラウンド整備事業:4億5,098万円", "DX推進事業:1,096万円", "学校給食支援事業:1億970万円")
    m = amount(found, "1億970万円")
    # no budget label over the item (or the marked line is an item with a figure of its own): no budget of 2024
    assert (m.role, m.fy) != ("budget", 2024)
