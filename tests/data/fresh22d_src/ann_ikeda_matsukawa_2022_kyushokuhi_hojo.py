from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "ikeda_matsukawa_2022_kyushokuhi_hojo"
# 長野県池田町 and 松川村 (市民タイムス, 2022-01 by the address) raise their 学校給食費 subsidy per pupil by 1万円 from the
# next fiscal year. `21日` 2022-01-21 (the address gives year and month; fresh15b's `6日`). Grants per pupil (`1万円`,
# `2万5800円`, `5800円` ...) `support`, traps (grant sizes); fy from the era year they are filed under (`平成28年度に…1万円`
# 2016, `令和元年度に1万円` 2019, `2年度には…5800円` 2020: era-less `2年度` no mention but fixed by 令和元年度 before it),
# the new 1万円 of `来年度` fy null (relative year, no written year fixes it). The parents' yearly 給食費 `5万8600円` /
# `6万9000円` `other`, per year (`年間の`), traps (a fee). The two bodies' 補助額 in `来年度一般会計当初予算` are `budget`
# ROWS, fy null with fy_alt 2022 (来年度 of a January 2022 article). `平成6(1994)年` one date (era and Gregorian together).
# `一人当たり` a rate marker (no count).
O, SU, B = "other", "support", "budget"
GRANT = "a grant per pupil, not a programme's budget"
FEE = "the parents' yearly lunch fee per pupil, a price"
M = [
    date(3, "21日", "2022-01-21"),
    trap(amt(3, "1万円", 10000, role=SU), "補助額 一人当たり 引き上げ幅", GRANT),
    trap(amt(3, "2万5800円", 25800, role=SU), "既存の補助 小学生", GRANT),
    trap(amt(3, "2万6600円", 26600, role=SU), "既存の補助 中学生", GRANT),
    date(4, "平成6(1994)年", "1994"),
    trap(amt(4, "5万8600円", 58600, role=O, per="year"), "年間の給食費 小学生", FEE),
    trap(amt(4, "6万9000円", 69000, role=O, per="year"), "年間の給食費 中学生", FEE),
    fyr(4, "平成28年度", 2016),
    amt(4, "1万円", 10000, role=SU, fy=2016),  # no trap: the builder keys traps by (line, text); the 2019 one stands for both
    fyr(4, "令和元年度", 2019),
    trap(amt(4, "1万円", 10000, role=SU, fy=2019), "令和元年度の上乗せ", GRANT),
    trap(amt(4, "5800円", 5800, role=SU, fy=2020), "2年度の補助 小学生", GRANT),
    trap(amt(4, "6600円", 6600, role=SU, fy=2020), "2年度の補助 中学生", GRANT),
    pct(5, "56%", 56), pct(5, "39%", 39), pct(5, "61%", 61), pct(5, "47%", 47),
    cnt(6, "415人", 415, "人"), cnt(6, "212人", 212, "人"), cnt(6, "449人", 449, "人"), cnt(6, "238人", 238, "人"),
    amt(6, "2261万円", 22610000, role=B),
    amt(6, "2478万円", 24780000, role=B),
]
ROWS = [
    dict(line=6, text="2261万円", budget_yen=22610000, fy=None, fy_alt=[2022], role=B, ministry="池田町",
         program="学校給食費補助 (池田町)", aliases=["学校給食費の補助"],
         why="the town's subsidy as it goes into 来年度一般会計当初予算"),
    dict(line=6, text="2478万円", budget_yen=24780000, fy=None, fy_alt=[2022], role=B, ministry="松川村",
         program="学校給食費補助 (松川村)", aliases=["学校給食費の補助"],
         why="the village's subsidy as it goes into 来年度一般会計当初予算"),
]
NOT_ROWS = traps(M)
