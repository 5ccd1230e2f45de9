from kinds import amt, date, fyr, trap, traps

DOC = "nishimeya_r1_jouyozei_katsuyo"
# 西目屋村 (青森県)'s page: 令和元年度's transfer `交付された額は、1,412,000円` (a revenue: `other`, fy 2019, a trap), the part
# used `活用した額は、855,000円` (a settled use, `other`, trap) and the rest deposited `基金へ積立(557,000円)` (a deposit,
# `other`, trap; 855,000 + 557,000 = 1,412,000). `2020年06月19日` the page's date; `令和元年4月から` a date (2019-04, `から`
# a point, GUIDE); `次年度以降` relative, no mention.
O = "other"
M = [
    fyr(1, "令和元年度", 2019),
    date(2, "2020年06月19日", "2020-06-19"),
    date(3, "令和元年4月", "2019-04"),
    fyr(7, "令和元年度", 2019),
    trap(amt(7, "1,412,000円", 1412000, role=O, fy=2019),
         "令和元年度 交付された額", "the year's transfer received (a revenue), not a programme's budget"),
    fyr(8, "令和元年度", 2019),
    trap(amt(8, "855,000円", 855000, role=O, fy=2019),
         "令和元年度に活用した額", "the part of the transfer used in a past year (settled), not a budget"),
    trap(amt(9, "557,000円", 557000, role=O, fy=2019), "基金へ積立", "the unused part deposited in a fund (settled), not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
