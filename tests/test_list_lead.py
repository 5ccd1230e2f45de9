"""The lead of a list (context/list_lead.py): the sentence right above a run of items that introduces them
(`…主な内容は次のとおり。`) scopes the items' figures like a label line: its last budget label, else the budget kind it
names with the year its introducing sentence states. Near misses: a lead on the revenue side, a lead that names no
budget, a line that introduces nothing, a heading between the lead and the items."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline


def _figure(texts: tuple[str, ...], text: str) -> tuple[str | None, int | None]:
    mentions, _ = text_deck_outline(texts)
    m = next(m for m in mentions if m.kind == "amount" and m.text == text)
    return m.role, m.fy


@pytest.mark.parametrize("texts, text, expected", [
    # a prefecture's notice: the bill and its year in the lead, the list after `以下のとおり`
    (("県政ニュース", "県は令和7年度2月補正予算案を公表した。主な事業は以下のとおり。", "・河川改修事業 5億円",
      "・県道拡幅事業 3億円"), "3億円", ("supplementary_budget", 2025)),
    # a town's bulletin: the adopted budget, items with a circle
    (("広報", "令和6年度当初予算が成立しました。主な事業は次のとおりです。", "○ 道の駅改修事業 3,200万円"),
     "3,200万円", ("budget", 2024)),
    # a news article: the kind in one sentence, the year in the sentence that introduces the list
    (("地域", "市は新年度予算案を発表した。令和7年度の主な新規事業は次の通り。", "▽給食費無償化事業 1億2000万円"),
     "1億2000万円", ("budget", 2025)),
    # two budgets named: the one named last, nearest the list, is the list's
    (("議会だより", "令和7年度当初予算とともに提出された令和6年度補正予算案は20億円。主な内容は次のとおり。",
      "- 防災無線更新事業 3,000万円"), "3,000万円", ("supplementary_budget", 2024)),
])
def test_the_lead_scopes_its_items(texts: tuple[str, ...], text: str, expected: tuple[str, int]) -> None:
    assert _figure(texts, text) == expected


@pytest.mark.parametrize("texts, text, not_expected", [
    # the revenue side: the items are sources, not budget items
    (("財政課", "令和6年度当初予算の主な歳入は次のとおり。", "・固定資産税 12億円"), "12億円", "budget"),
    # a lead that names no budget: a speech's list of intentions
    (("町長所信", "町長は所信表明で主な取り組みを述べた。主な取り組みは次のとおり。", "・子育て応援事業 500万円"),
     "500万円", "budget"),
    # a line that introduces nothing: the title's kind stays the items' kind
    (("令和6年度当初予算の概要", "なお、国の補正予算を活用した事業もあります。", "・道路改良事業 2億円"), "2億円",
     "supplementary_budget"),
])
def test_near_miss_no_lead(texts: tuple[str, ...], text: str, not_expected: str) -> None:
    assert _figure(texts, text)[0] != not_expected
