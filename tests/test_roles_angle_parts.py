"""An angle-bracketed breakdown right after a figure (`321億円<AMED246億円、インハウス74億円>`): its parts are `other` of the
whole's year (issue 21, context/shares.py angle_parts). Variants; near misses: last year's figure in angle brackets."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, whole, parts, fy", [
    (["平成29年度概算要求について", "○主な取組", "①オールジャパンでの医薬品創出", "321億円<AMED 246億円、インハウス74億円>"],
     "321億円", ["74億円"], 2017),
    (["令和6年度予算案の概要", "○ 防災・減災対策事業 45億円＜国費 30億円、地方負担 15億円＞"], "45億円", ["30億円", "15億円"], 2024),
    (["令和7年度当初予算", "・地域交通確保事業 1,200万円〈運行補助 900万円、車両購入 300万円〉"],
     "1,200万円", ["900万円", "300万円"], 2025),
])
def test_an_angle_bracketed_breakdown_is_other(lines, whole, parts, fy):
    found = roles(*lines)
    assert found[whole][0] in ("budget", "supplementary_budget")
    assert all(found[p] == ("other", fy) for p in parts)


def test_last_years_figure_in_angle_brackets_is_no_breakdown():
    found = amounts_by_text("令和6年度予算案の概要", "○ 防災・減災対策事業 45億円＜前年度 40億円＞")
    assert found["40億円"].role_source != "breakdown"


def test_a_headings_sum_alone_in_angle_brackets_is_the_decks_budget_and_no_row():
    found = amounts_by_text("平成26年度2月補正予算(臨時議会)の概要 補正額 7,926百万円",
                            "2 主な事業 ①現下の経済情勢等を踏まえた生活者・事業者支援 〈838百万円〉 ○…活用事業(786百万円)")
    assert found["838百万円"].role == "supplementary_budget" and found["838百万円"].total_of
