"""Where a list of grants ends (issue 21; context/award_lists.py grants_just_above): a row under grants is a grant, but a
line naming money received (`…の財源内訳`, `歳入`), over the figures or their own, heads a financing plan's sources, not
grants. Paraphrases of other issuers' facility and subsidy pages; the near misses keep a grant list's rows grants."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

CASES = [
    # a financing plan's sources under its 財源 line, after a yearly running cost (an open size under a 支援 row's label)
    (("新体育館の整備計画", "| 区分 | 面積 | 費目 | 金額 |", "| 子育て支援室 | 300平方メートル | 建築工事費 | 8.5億円 |",
      "| 合計 | 1,800平方メートル | 維持管理費 | 4,500万円/年 |", "整備費の財源内訳 | |", "国庫補助金 | 2.1億円 |",
      "地方債(借入金) | 5.0億円 |"), "5.0億円", "other"),
    (("子ども交流館の概要", "子育て支援 | 補助上限 | 30万円 |", "歳入の財源内訳 | |", "県支出金 | 1,200万円 |"), "1,200万円", "other"),
    # a line of its own that names the financing's sources, after a grant's scale
    (("新庁舎建設について", "市は支援事業規模を5億円規模の補助と見込む。",
      "建設費を40億円と仮定し、財源を合併特例債28億円、基金12億円と見込む。"), "28億円", "other"),
    (("新庁舎建設について", "市は支援事業規模を5億円規模の補助と見込む。",
      "建設費を40億円と仮定し、財源を合併特例債28億円、基金12億円と見込む。"), "12億円", "other"),
]

NEAR_MISSES = [
    # rows of a grant list stay grants, the 財源 word nowhere between
    (("令和6年度 地域振興補助金交付決定一覧", "○○まちづくり協議会 1,250,000円", "△△商店会 800,000円", "□□自治会 450,000円"),
     "450,000円", "support"),
    (("補助金等の交付状況", "自治会活動補助 | 市自治会連合会 | 3,600,000円", "防犯灯設置補助 | ○○町内会 | 240,000円"),
     "240,000円", "support"),
]


@pytest.mark.parametrize("lines, text, role", CASES + NEAR_MISSES)
def test_where_a_grant_list_ends(lines, text, role):
    found = amounts_by_text(*lines)[text]
    assert found.role == role


@pytest.mark.parametrize("lines, text, role", [
    # a passive gift whose clause names the issuer's revenue: received, no grant
    (("新庁舎の財政計画", "合併特例債は、交付税措置で7割(12億6千万円)が交付されるため、実質負担は5億4千万円となる。"),
     "12億6千万円", "other"),
    (("施設整備の財源について", "地方債のうち、普通交付税で5割(3億円)が交付され、残りは一般財源で賄う。"), "3億円", "other"),
    # near miss: a grant decided for its recipients stays given
    (("令和6年度 地域づくり補助金", "○○商店会の空き店舗活用事業に、80万円が交付された。"), "80万円", "support"),
])
def test_a_passive_gift_of_revenue_is_received(lines, text, role):
    assert amounts_by_text(*lines)[text].role == role
