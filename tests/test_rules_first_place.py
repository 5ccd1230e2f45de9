"""Rank words: first place named by its scope (`世界一`, `日本一の`) is rank 1 (wild gold, judgement 9); a kanji
after 一 makes another word (`世界一周`, `世界一流`), and a bare 一 is no rank. The bottom N (`下位10%`) caps like
the top N (`上位10%`: GUIDE; wild gold, judgement 4)."""
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


@pytest.mark.parametrize("text, kind, span, lo, hi, quals", [
    ("下位10%の企業", "percent", "10%", None, 10, ["at_most"]),  # the bottom N caps like the top N
    ("上位10％、下位10％の企業群", "percent", "10％", None, 10, ["at_most"]),
    ("下位5位まで", "rank", "5位", None, 5, ["at_most"]),
    # near misses: no bound word before the figure
    ("10%の企業が下位", "percent", "10%", 10, 10, []),
    ("地位10%", "percent", "10%", 10, 10, []),
])
def test_the_bottom_n_is_a_cap(text: str, kind: str, span: str, lo: object, hi: object, quals: list[str]) -> None:
    m = [m for m in mentions(text) if m.kind == kind][-1]
    assert (m.text, m.min, m.max, m.qualifiers) == (span, lo, hi, quals)
