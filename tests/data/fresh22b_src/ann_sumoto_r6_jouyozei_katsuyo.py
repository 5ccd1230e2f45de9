from kinds import amt, date, fyr, pct, trap, traps

DOC = "sumoto_r6_jouyozei_katsuyo"
# 洲本市 (兵庫県)'s page: in prose, 令和6年度's transfer `交付額6,958,000円` all deposited in the fund (a revenue / deposit),
# a drawdown `基金より10,190,950円を取崩し` and its three uses (`1,569,700円`, `622,050円`, `7,999,200円`; they add up to the
# drawdown): `other`, fy 2024 (the paragraph's `令和6年度は`), traps (settled). The table `活用状況(全体像) (単位:円)` is
# flattened one cell a line: its money cells are bare (no unit beside them: no mentions, GUIDE); its headers
# `令和元年度 ~令和5年度` (one range 2019..2023), `令和6年度`, `令和6年度末` are fiscal years and `45%` (the use rate) a
# percent. The tax `1人当たり1,000円` (the national tax levied from 令和6年度) `other`, per null (a person is no per of the
# GUIDE), fy null (a standing rate), a trap; `1人当たり` a rate marker, no count. `平成31年4月` a date.
O = "other"
U = "spent in FY2024 from the fund's drawdown on one work (a settled use), not a budget"
M = [
    fyr(3, "令和6年度", 2024),
    trap(amt(3, "6,958,000円", 6958000, role=O, fy=2024), "令和6年度 交付額 (全額を基金へ積立)",
         "the year's transfer received and deposited in the fund, not a programme's budget"),
    trap(amt(4, "10,190,950円", 10190950, role=O, fy=2024), "基金より取崩し",
         "a drawdown of the fund in a past year (settled), not a budget"),
    fyr(4, "令和5年度", 2023),
    trap(amt(4, "1,569,700円", 1569700, role=O, fy=2024), "水源涵養林の森林整備(保育間伐)", U),
    trap(amt(4, "622,050円", 622050, role=O, fy=2024), "洲本市材の品質と強度試験", U),
    trap(amt(4, "7,999,200円", 7999200, role=O, fy=2024), "洲本市産材を使った木製テントの制作", U),
    fyr(7, "令和元年度 ~令和5年度", 2019, 2023),
    fyr(8, "令和6年度", 2024),
    fyr(10, "令和6年度", 2024),
    pct(16, "45%", 45),
    date(23, "平成31年4月", "2019-04"),
    fyr(24, "令和6年度", 2024),
    trap(amt(24, "1,000円", 1000, role=O), "森林環境税 1人当たり", "the national tax's rate per person, not a programme's money"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
