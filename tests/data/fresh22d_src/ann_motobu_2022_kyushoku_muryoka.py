from kinds import amt, cnt, date, fyr, trap, traps

DOC = "motobu_2022_kyushoku_muryoka"
# 沖縄県本部町 (沖縄タイムス, early 2022): free lunches from April 2022 paid with hometown tax donations. `今年4月` 2022-04
# (twice; the `2022年度分の予算` fixes the year), `3月定例会` 2022-03; `25日` (twice) left out (no month written: fresh19a).
# `必要額は年間約6700万円を見込む` `budget`, approx, per year (`年間`: fresh13b), fy 2022 (the `2022年度分の予算` it goes into),
# an AMBIGUOUS row (an expected need). The 月額 fees (`幼稚園3千円`, `3800円`, `4500円`) `other`, per month, traps. The
# 2021年度 donations `約2億1千万円` and what stays `約1億1千万円` `other`, fy 2021, traps (revenue).
O, B = "other", "budget"
FEE = "a monthly lunch fee per child (the price waived), not a budget"
REV = "hometown tax donations (revenue), not a programme's budget"
M = [
    date(1, "4月", "2022-04"),
    date(1, "3月", "2022-03"),
    fyr(1, "2022年度", 2022),
    date(2, "4月", "2022-04"),
    cnt(3, "1356人", 1356, "人"),
    amt(3, "6700万円", 67000000, role=B, fy=2022, per="year", q=("approx",)),
    trap(amt(3, "3千円", 3000, role=O, per="month"), "月額の給食費 幼稚園", FEE),
    trap(amt(3, "3800円", 3800, role=O, per="month"), "月額の給食費 小学校", FEE),
    trap(amt(3, "4500円", 4500, role=O, per="month"), "月額の給食費 中学校", FEE),
    fyr(4, "2021年度", 2021),
    trap(amt(4, "2億1千万円", 210000000, role=O, fy=2021, q=("approx",)), "2021年度のふるさと納税額", REV),
    trap(amt(4, "1億1千万円", 110000000, role=O, fy=2021, q=("approx",)), "町の財源として残る額", REV),
]
ROWS = [
    dict(line=3, text="6700万円", budget_yen=67000000, fy=2022, role=B, ministry="本部町", ambiguous=True,
         program="学校給食費無償化 (幼稚園・小中学校)", aliases=["給食費無償化"],
         why="the yearly need (必要額 見込む) of the free lunch, to be proposed in the 2022年度 budget"),
]
NOT_ROWS = traps(M)
