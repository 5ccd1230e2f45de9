from kinds import amt, fyr, trap, traps

DOC = "okuma_jouyozei_kikin_r1_r4"
# 大熊町 (福島県)'s page: a four-row table `年度 | 譲与税額 | 使途 |`, each cell written with its unit (`1,774,000円`): the
# year's transfer, all of it deposited in the fund (`基金積立`: most of the town is a 帰還困難区域). Each amount `other`
# with its row's fy (GUIDE: a row header's year), a trap (a revenue and a deposit, no programme's budget). The law's
# number `平成31年法律第3号` no mention; `令和元年度から` a fiscal year (a point).
O = "other"
W = "the year's transfer received and deposited in the fund (a revenue / a deposit), not a programme's budget"
M = [
    fyr(1, "令和元年度", 2019),
    fyr(5, "令和元年度", 2019),
    trap(amt(5, "1,774,000円", 1774000, role=O, fy=2019), "譲与税額 令和元年度 (基金積立)", W),
    fyr(6, "令和2年度", 2020),
    trap(amt(6, "3,770,000円", 3770000, role=O, fy=2020), "譲与税額 令和2年度 (基金積立)", W),
    fyr(7, "令和3年度", 2021),
    trap(amt(7, "3,349,000円", 3349000, role=O, fy=2021), "譲与税額 令和3年度 (基金積立)", W),
    fyr(8, "令和4年度", 2022),
    trap(amt(8, "4,326,000円", 4326000, role=O, fy=2022), "譲与税額 令和4年度 (基金積立)", W),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
