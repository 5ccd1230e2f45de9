"""A benefit guide's table of sizes (issue 21, the deck-level reading: bench/results/issue21_deck_roles.md).

A deck whose title or first short lines name a scheme that gives residents money (`災害見舞金`, `奨学金`, `基本料金の免除`,
`出産祝金`: roles.json document_kinds benefit_guide title_nouns) states that scheme's sizes on short rows, one figure in
yen after a recipient's label and nothing else (`全焼世帯 40,000円`, `| 20ミリメートル | 1,980円 |`): those figures are
`support` (GUIDE: per-person grants, sizes per recipient), even where no heading names the amount given. Near misses: a
row naming what the resident pays or earns (`利用料金`, `所得制限`), a total, a budget, a worked sum, a change, a strip of
figures, a heading over the rows naming a charge or a result, a deck whose title is a budget's or names the body's own
people, and a deck about no benefit at all (a fee table).
"""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

CONDOLENCE = ["火災等見舞金のご案内", "市では、火災や風水害により被害を受けた世帯に見舞金をお送りしています。",
              "■対象となる被害", "    全焼世帯 40,000円", "    半焼世帯 20,000円", "    死亡された方 50,000円",
              "■申請方法", "被災後3か月以内に申請してください。"]
SCHOLARSHIP = ["湊町育英奨学金のお知らせ", "奨学生を募集します。", "● 貸与の内容", "  国公立大学  月額 35,000円",
               "  私立大学    月額 48,000円", "● 返還", "卒業後10年以内に返還してください。"]
WATER = ["くらし応援 水道基本料金の免除について", "物価高騰対策として、2か月分の基本料金を免除します。",
         "免除額(1か月・税込)", "| 口径 | 免除額 |", "| 20ミリメートル | 1,980円 |", "| 25ミリメートル | 2,420円 |",
         "| 40ミリメートル | 5,060円 |"]
BIRTH = ["出産祝金の支給", "町内で出産した方に祝金を支給します。", "第1子 30,000円", "第2子 50,000円", "第3子以降 100,000円"]


@pytest.mark.parametrize("lines, figure", [
    (CONDOLENCE, "40,000円"), (CONDOLENCE, "20,000円"), (CONDOLENCE, "50,000円"),
    (SCHOLARSHIP, "35,000円"), (SCHOLARSHIP, "48,000円"),
    (WATER, "1,980円"), (WATER, "5,060円"),
    (BIRTH, "30,000円"), (BIRTH, "100,000円"),
    (["資格取得奨励金について", "技能検定に合格した方に奨励金を交付します。", "1級 30,000円", "2級 15,000円"], "15,000円"),
    (["入学祝金のお知らせ", "小学校入学 20,000円", "中学校入学 30,000円"], "20,000円"),
    # the scheme named on the second short line, under a site's name
    (["トップページ > くらし", "災害弔慰金の支給について", "生計維持者が死亡した場合 400万円", "その他の方が死亡した場合 200万円"],
     "400万円"),
])
def test_a_benefit_guides_rows_of_sizes_are_support(lines, figure):
    got = amounts_by_text(*lines)[figure]
    assert got.role == "support"


@pytest.mark.parametrize("lines, figure", [
    # what the resident pays or earns, a total, a budget: the label says so
    (["入学準備金の給付について", "■給付の内容", "小学生 40,000円", "利用料金 300円"], "300円"),
    (["入学準備金の給付について", "所得制限 年収 500万円", "小学生 40,000円"], "500万円"),
    (["入学準備金の給付について", "小学生 40,000円", "合計 1,200万円"], "1,200万円"),
    (["入学準備金の給付について", "小学生 40,000円", "予算額 2,000万円"], "2,000万円"),
    # a worked sum, a change, a strip of figures on one row
    (["入学準備金の給付について", "小学生 33,000円+5,000円×人数"], "33,000円"),
    (["入学準備金の給付について", "小学生 40,000円", "(前年度比▲5,000円)"], "▲5,000円"),
    (["入学準備金の給付について", "小学生 40,000円 45,000円 50,000円"], "45,000円"),
    # a heading over the rows naming a charge, a repayment or a result
    (["入学準備金の給付について", "■給食費(月額)", "小学生 4,300円"], "4,300円"),
    (["入学準備金の給付について", "■支給実績", "令和5年度 1,800万円"], "1,800万円"),
    # a statistic or a threshold stated as a row (`…額は約`, `…が N円以上`), a scale and its part
    (["観光振興助成金のご案内", "市内の宿泊消費額は約540億円"], "540億円"),
    (["漁業者応援給付金のご案内", "対象者：漁獲販売額が60万円以上の漁業者"], "60万円"),
    (["中小企業貸付のご案内", "融資の枠", "貸付規模 800億円", "うち 災害貸付 120億円"], "120億円"),
    # the label line over the rows names an income limit, though the outline reads no heading there
    (["児童扶養手当のご案内", "支給額", "児童1人 46,000円", "所得制限の限度額", "扶養親族1人 195万円"], "195万円"),
    # a sentence, no row
    (["入学準備金の給付について", "昨年度は市の負担として総額で2,400万円を支出しました。"], "2,400万円"),
])
def test_near_misses_of_a_benefit_guides_rows(lines, figure):
    assert amounts_by_text(*lines)[figure].role != "support"


@pytest.mark.parametrize("lines, figure", [
    # a budget's title, the body's own people, a plan: no resident's benefit guide
    (["令和7年度 奨学金事業 当初予算", "大学生 36,000円"], "36,000円"),
    (["議員の期末手当について", "議長 310,000円"], "310,000円"),
    (["町長等の退職手当について", "退職手当(1期) 町長 1,650万円"], "1,650万円"),
    # a first line with a figure is a row, no title (`…貸付 N円` names no deck's scheme)
    (["住宅貸付 3億円", "耐震改修 1億円"], "1億円"),
    (["令和6年度事業計画", "奨学金の給付", "大学生 30,000円"], "30,000円"),
    # no benefit named at the top: a fee table stays the citizen's price
    (["市民プールのご利用について", "一般 400円", "中学生以下 200円"], "400円"),
    (["水道料金のご案内", "| 20ミリメートル | 1,980円 |"], "1,980円"),
])
def test_decks_that_are_no_benefit_guide(lines, figure):
    assert amounts_by_text(*lines)[figure].role != "support"
