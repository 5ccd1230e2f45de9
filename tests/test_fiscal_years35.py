"""A hollow mark under its filled one is a level down (issue 21, session 28, years35).

Local newsletters and budget pages nest their sections by the fill of one mark: `◆令和4年度決算の概要` then
`◇一般会計の基金残高推移`, `■令和6年度当初予算の主な事業` then `□子育て支援`. The hollow section is part of the filled
one, so its figures take the filled heading's year (context/outline.py: a marker type of its own, `hollow`, below the
filled marks'). A deck that uses a hollow mark before any filled one keeps them one type (`◇主な事業` … `◆令和6年度…`:
the later `◆` is no part of the `◇`). Lines written for these tests in other issuers' wording (a town's settlement
digest, a city's budget page, a ward's report); each deck writes a second year in its opening so no single year of the
deck decides."""
from __future__ import annotations

import pytest

from .helpers import mentions

_DIGEST = "今回は令和5年度決算の概要と令和6年度上半期の予算執行状況をお知らせします。"
_BUDGET = "令和6年度当初予算が成立しました。令和5年度の補正予算も合わせてお知らせします。"


def _fy(lines: tuple[str, ...], text: str) -> int | None:
    found = [m.fy for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("lines, text, fy", [
    # a hollow section under a filled heading takes its year
    ((_DIGEST, "◆令和5年度決算の概要", "一般会計の歳出決算額は98億円となりました。", "◇基金(貯金)残高の推移",
      "基金の残高は、前年度から2億円増の31億円となりました。"), "31億円", 2023),
    ((_DIGEST, "◆令和5年度決算の概要", "歳入決算額は102億円でした。", "◇市債(借入金)残高の推移", "(単位:億円)",
      "市債の残高は、88億4千万円となりました。"), "88億4千万円", 2023),
    ((_DIGEST, "■令和5年度決算の概要", "□財政調整基金", "年度末の残高は12億円となりました。"), "12億円", 2023),
    ((_DIGEST, "▶令和5年度決算の主な事業", "▷道路の維持", "町道の舗装補修に1,500万円を支出しました。"),
     "1,500万円", 2023),
    ((_BUDGET, "■令和6年度当初予算の主な事業", "□子育て支援", "保育料の無償化に3,200万円を計上しました。"),
     "3,200万円", 2024),
    # near misses: a hollow heading that writes its own year, a filled sibling that closes the hollow section,
    # a hollow mark used first (one type with the filled marks: no nesting under it)
    ((_DIGEST, "◆令和5年度決算の概要", "歳入決算額は102億円でした。", "◇令和6年度上半期の執行状況",
      "上半期の執行額は41億円でした。"), "41億円", 2024),
    ((_DIGEST, "◆令和5年度決算の概要", "◇基金残高", "基金の残高は31億円です。", "◆令和6年度上半期の予算執行状況",
      "上半期の執行額は41億円でした。"), "41億円", 2024),
    ((_BUDGET, "◇令和5年度補正予算の概要", "補正額は2億円です。", "◆令和6年度当初予算の概要",
      "一般会計の総額は120億円です。"), "120億円", 2024),
    ((_BUDGET, "◇令和5年度補正予算の概要", "補正額は2億円です。", "◆令和6年度当初予算の概要",
      "一般会計の総額は120億円です。"), "2億円", 2023),
])
def test_a_hollow_mark_is_a_level_down(lines, text, fy):
    assert _fy(lines, text) == fy
