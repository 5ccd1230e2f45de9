"""First place named by its scope (`世界一`, `日本一の`) is rank 1 (wild gold, judgement 9); a kanji after 一 makes
another word (`世界一周`, `世界一流`), and a bare 一 is no rank."""
from __future__ import annotations

import pytest

from .helpers import mentions


@pytest.mark.parametrize("text, span", [
    ("面積当たりの太陽光発電を世界一まで拡大してきた。", "世界一"),  # まで after first place adds no cap
    ("生産量は日本一の産地", "日本一"),
    ("全国一、", "全国一"),
    ("アジア一となった", "アジア一"),
])
def test_first_place_is_rank_one(text: str, span: str) -> None:
    found = [(m.text, m.min, m.max, m.qualifiers) for m in mentions(text) if m.kind == "rank"]
    assert found == [(span, 1, 1, [])]


@pytest.mark.parametrize("text", ["世界一周旅行に出る", "世界一流の研究者", "日本一帯で", "統一された基準", "一丸となって", "一人ひとり",
                                  "世界の一部"])
def test_words_with_one_are_no_rank(text: str) -> None:
    assert [m.text for m in mentions(text) if m.kind == "rank"] == []
