from kinds import amt, date, fyr, trap, traps

DOC = "hiezu_r5_jouyozei_jisseki"
# 日吉津村 (鳥取県)'s page: `実績報告(令和5年度)`: the year's transfer `交付金額:374千円` (a revenue) and its use `全額(374千円)を
# 森林整備基金に積み立て` (a deposit): `other`, fy 2023, traps. Then the fund's flows since 令和2年度, one a line with its
# own year: a year-end balance (`令和2年度末残高 282千円`: a stock, `other`, fy 2020: fresh17c's balance, here dated by its
# line), drawdowns (`取り崩し`, spent on the coastal pines' thinning) and deposits (`積み立て`): `other`, the line's fy,
# traps. `令和4年度取り崩し 286千円` is written twice on two lines (the page repeats it; each line's mention kept).
# `平成31年に創設` a date (2019, a calendar year: no 年度); `令和2年度以降` a fiscal year 2020..null at_least (GUIDE's
# `以降`; text `令和2年度`, the qualifier left out: audit); `令和6年度に全額を取り崩し…予定` a fiscal year (no amount on the line).
O = "other"
D = "a drawdown of the fund spent on a past year's work (settled), not a budget"
P = "a deposit into the fund in a past year (settled), not a budget"
M = [
    date(3, "平成31年", "2019"),
    fyr(10, "令和5年度", 2023),
    trap(amt(11, "374千円", 374000, role=O, fy=2023), "令和5年度 交付金額",
         "the year's transfer received (a revenue), not a programme's budget"),
    trap(amt(12, "374千円", 374000, role=O, fy=2023), "令和5年度 使途 (森林整備基金に積み立て)", P),
    fyr(13, "令和6年度", 2024),
    fyr(14, "令和2年度", 2020, None, q=("at_least",)),
    fyr(15, "令和2年度", 2020),
    trap(amt(15, "282千円", 282000, role=O, fy=2020), "森林整備基金 令和2年度末残高", "a fund's year-end balance (a stock), not a budget"),
    fyr(16, "令和3年度", 2021),
    trap(amt(16, "282千円", 282000, role=O, fy=2021), "令和3年度取り崩し", D),
    fyr(17, "令和3年度", 2021),
    trap(amt(17, "286千円", 286000, role=O, fy=2021), "令和3年度積み立て", P),
    fyr(18, "令和4年度", 2022),
    trap(amt(18, "286千円", 286000, role=O, fy=2022), "令和4年度取り崩し", D),
    fyr(19, "令和4年度", 2022),
    trap(amt(19, "286千円", 286000, role=O, fy=2022), "令和4年度積み立て", P),
    fyr(20, "令和4年度", 2022),
    trap(amt(20, "286千円", 286000, role=O, fy=2022), "令和4年度取り崩し (repeated line)", D),
    fyr(21, "令和5年度", 2023),
    trap(amt(21, "374千円", 374000, role=O, fy=2023), "令和5年度積み立て", P),
    fyr(24, "令和2年度", 2020, None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
