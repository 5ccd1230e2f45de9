from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "kasugai_h30_kaigo_hokenryo_an"
# 愛知県春日井市: a council member's report (日本共産党 市議団's site, `【18.02.08】`) on the premium proposed for the 第7期.
# `基準額が5,777円(現行5,047円)`: `other`, per `month` (`月額730円` in the next sentence names the unit; the label reaches
# back within the paragraph: NEW, arguable), fy null, traps; the rise `730円` per `month`. Income thresholds of the top
# band `所得800万円以上` (at_least) and the new `1500万円` (`まで引き上げ` = raised to: one value, no qualifier) are `other`,
# per null, traps (fresh12b's income bands). `2016年度末時点の残高13億1,507万円` a year-end balance `other` fy 2016, trap;
# `1年でおよそ7億円` the yearly cost of freezing the premium, `other`, per `year`, approx, fy null, a trap (a hypothetical).
# Dates: `1月30日` 2018-01-30 and `今年4月` 2018-04, the year from the post's address (180208; fresh18a: dates take the
# address's year); `【18.02.08】` itself is a two-digit year, no date (as `06年3月末`). `11段階`, `14段階` counts; `約14%`
# approx; `1年` a duration. Not mentions: `第1号`, `第回定例会` (as stored).
O = "other"
PREM = "the standard premium (基準額) a resident pays, a charge, no appropriation"
INC = "an income threshold of the payer (other), no budget"
M = [
    date(3, "1月30日", "2018-01-30"), date(3, "今年4月", "2018-04"),
    trap(amt(4, "5,777円", 5777, role=O, per="month"), "第7期 介護保険料基準額 (案)", PREM),
    trap(amt(4, "5,047円", 5047, role=O, per="month"), "現行 介護保険料基準額", PREM),
    amt(4, "730円", 730, role=O, per="month"),
    pct(4, "14%", 14, q=("approx",)),
    cnt(6, "11段階", 11, "段階"), cnt(6, "14段階", 14, "段階"),
    trap(amt(6, "800万円", 8000000, None, role=O, q=("at_least",)), "最上位段階の所得 (現行)", INC),
    trap(amt(6, "1500万円", 15000000, role=O), "最上位段階の所得 (新)", INC),
    fyr(7, "2016年度", 2016),
    trap(amt(7, "13億1,507万円", 1315070000, role=O, fy=2016), "介護給付費準備基金残高 (2016年度末, 全額取崩し)",
         "a fund's year-end balance, drawn down to hold the premium, no appropriation"),
    dur(9, "1年", 1, "year"),
    trap(amt(9, "7億円", 700000000, role=O, per="year", q=("approx",)), "保険料据え置きに要する額 (試算)",
         "a hypothetical yearly cost, no appropriation"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
