from kinds import amt, cnt, date, fyr, trap, traps

DOC = "chiba_city_h23_jishin_senketsu_blog"
# A 千葉市 councillor's blog (`明日の千葉を見つめて`, 2011-03-24) on the city's 専決処分 of the 平成22年度一般会計補正予算 after
# the 2011 earthquake. The 専決's items take fy 2010 (the budget named, `平成22年度一般会計補正予算`): the total
# `13億2,000万円` a trap; its revenues `災害復旧債11億200万円`, `財政調整基金2億1,800万円` (`other`, traps); the four works
# `…に約8億5千万円` … `…に2億1千万円` rows (approx where `約`). The damage estimate `被害の概算額は約88億円` is `other`, fy
# null (a damage figure has no fiscal year; NEW for this shape: damage is `other`), a trap. `11/03/24` a date
# (yy/mm/dd, the post's date); `平成23年東北地方太平洋沖地震` the disaster's name (no mention, as a name with a year);
# `約44km`, `約8,500㎥`, `約25km` physical units (no mentions); `141件`, `15橋`, `31か所` counts.
SB, O = "supplementary_budget", "other"
FY = 2010
M = [
    date(4, "11/03/24", "2011-03-24"),
    date(5, "3月11日", "2011-03-11"), fyr(5, "平成22年度", FY), date(5, "3月25日", "2011-03-25"),
    trap(amt(6, "88億円", 8800000000, role=O, q=("approx",)), "地震被害の概算額", "a damage estimate, not a budget"),
    cnt(6, "141件", 141, "件"), cnt(6, "15橋", 15, "橋"), cnt(6, "31か所", 31, "か所"),
    trap(amt(7, "13億2,000万円", 1320000000, role=SB, fy=FY), "専決処分 補正予算 計上額", "a supplementary's total"),
    trap(amt(7, "11億200万円", 1102000000, role=O, fy=FY), "財源 災害復旧債", "a revenue (bonds)"),
    trap(amt(7, "2億1,800万円", 218000000, role=O, fy=FY), "財源 財政調整基金", "a revenue (fund drawdown)"),
    amt(8, "8億5千万円", 850000000, role=SB, fy=FY, q=("approx",)),
    amt(8, "1億円", 100000000, role=SB, fy=FY, q=("approx",)),
    amt(8, "1億5千万円", 150000000, role=SB, fy=FY, q=("approx",)),
    amt(8, "2億1千万円", 210000000, role=SB, fy=FY),
]
MIN = "千葉市"
W = "a work of the 専決処分 (`name(…)に N円`)"


def _row(text: str, yen: int, program: str) -> dict:
    return dict(line=8, text=text, budget_yen=yen, fy=FY, program=program, role=SB, ministry=MIN, why=W)


ROWS = [
    _row("8億5千万円", 850000000, "道路橋りょう災害復旧事業"),
    _row("1億円", 100000000, "学校施設災害復旧事業"),
    _row("1億5千万円", 150000000, "児童福祉施設災害復旧事業"),
    _row("2億1千万円", 210000000, "QVCマリンフィールド復旧事業"),
]
NOT_ROWS = traps(M)
