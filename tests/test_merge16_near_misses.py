"""Where session 13's branches met: tail16 made a rounded sum's floor `at_least` (`…億円余`, `二十二億三千二百余万円`,
`13億円強`: the gold's call), and the role rules of roles16 and names16 read any `at_least` as a threshold (`300万円以上の
事業`), so a budget told roughly fell to `other`. One test, `qualifiers.threshold`, now tells them apart everywhere."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline


def _roles(*texts: str) -> dict[str, tuple[str, list[str]]]:
    mentions, _ = text_deck_outline(texts)
    return {m.text: (m.role, m.qualifiers) for m in mentions if m.kind == "amount"}


@pytest.mark.parametrize("texts, figure, role", [
    # a rounded sum is the budget it states, floor and all
    (("令和6年度当初予算の概要", "一般会計の総額は二千六百六十七億五千三百万円余で、前年度を上回りました。"),
     "二千六百六十七億五千三百万円", "budget"),
    (("昭和四十一年度予算編成方針", "道路整備費として二十二億三千二百余万円を計上いたしました。"), "二十二億三千二百余万円", "budget"),
    (("令和5年度予算の概要", "防災対策費に36億円余りを計上しました。"), "36億円", "budget"),
    (("令和5年度予算の概要", "道路改良事業に13億円強を計上しました。"), "13億円", "budget"),
    # a threshold stays one, in the same places
    (("令和5年度予算の概要", "事業費300万円以上の事業を対象とします。"), "300万円", "other"),
    (("令和5年度予算の概要", "売上高1億円超の事業者には交付しません。"), "1億円", "other"),
    (("令和5年度予算の概要", "防災対策費に1億円以上を計上した自治体は3割です。"), "1億円", "other"),
])
def test_a_rounded_sums_floor_is_no_threshold(texts, figure, role):
    found = _roles(*texts)
    assert found[figure][0] == role, found
    assert "at_least" in found[figure][1]
