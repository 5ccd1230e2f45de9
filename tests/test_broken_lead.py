"""A document's first sentence broken over short top lines (a Diet record's speaker lines, a PDF column's wrapped
lead) names the document's kind (context/broken_lead.py): the items' figures take that kind. Near misses: no kind in the
sentence, a kind word that is a figure's label (`補正予算額`), a figure before the first `。`, a long unbroken line."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline

_ITEM = "道路整備事業 3億円"


def _role(*texts: str) -> str | None:
    mentions, _ = text_deck_outline(texts)
    return next(m.role for m in mentions if m.kind == "amount" and m.text == "3億円")


@pytest.mark.parametrize("top, role", [
    (("○", "政府委員(山田", "一郎君)", "昭和四十", "年度建設", "関係予算案についてその概要を御", "説明申し上げます。"), "budget"),
    (("資料3", "土木課", "補正予算の", "主な内容", "について", "内訳は次のとおり。"), "supplementary_budget"),
    (("資料1", "企画課", "概算要求の", "概要", "要求額は次のとおり。"), "budget"),
])
def test_a_broken_lead_names_the_kind(top: tuple[str, ...], role: str) -> None:
    assert _role(*top, _ITEM) == role


@pytest.mark.parametrize("top, kind", [
    (("○", "政府委員(山田", "一郎君)", "道路行政の", "概要を御", "説明申し上げます。"), "budget"),  # no kind named
    (("資料3", "土木課", "補正予算額の", "算定", "方法は次のとおり。"), "supplementary_budget"),  # a figure's label
    (("資料3", "事業費 2億円", "予算案の", "概要", "内訳は次のとおり。"), "budget"),  # a figure before the lead's end
    (("本資料は、各課から提出された事業の一覧であり、予算案とは別に取りまとめたものであって、確定したものではありません",
      "概要", "内訳は次のとおり。"), "budget"),  # a long unbroken line
])
def test_near_miss_no_broken_lead(top: tuple[str, ...], kind: str) -> None:
    assert _role(*top, _ITEM) != kind
