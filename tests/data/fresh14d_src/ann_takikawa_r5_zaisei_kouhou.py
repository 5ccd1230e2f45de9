from kinds import amt, date, fyr, pct, trap, traps

DOC = "takikawa_r5_zaisei_kouhou"
# 滝川市's 広報たきかわ 令和5年12月号 article (まちの家計簿: the settlement's aftermath and the first-half execution), as
# stored from its middle: the city's assets at 令和4年度末 (基金 cash, 有価証券, 出資金: `other` FY2022, balances, traps), the
# per-citizen figures of 令和4年度決算 (tax paid, savings, debt, the `実質的` debt: `other` FY2022, per null, traps: fresh
# sets' `市民1人当たり … 41万3,000円` call; `市民1人当たり` / `1人当たり` rate markers, no mention), and the temporary
# borrowing's balance `0円` at 令和5年9月末 (`other` FY2023, a trap). Areas in 平方メートル: no mention. `63.1%` a percent.
O = "other"
BAL = "a balance (assets, funds, debt), not a budget"
PC = "a per-citizen figure of the settlement, not a budget"
M = [
    fyr(1, "令和4年度", 2022),
    trap(amt(4, "72億4,086万円", 7240860000, role=O, fy=2022), "基金 現金など (令和4年度末)", BAL),
    trap(amt(5, "3,495万円", 34950000, role=O, fy=2022), "有価証券 (令和4年度末)", BAL),
    trap(amt(6, "37億899万円", 3708990000, role=O, fy=2022), "出資金 (令和4年度末)", BAL),
    fyr(7, "令和4年度", 2022), fyr(13, "令和4年度", 2022),
    trap(amt(14, "115,954円", 115954, role=O, fy=2022), "市民1人が納めた税金", PC),
    trap(amt(15, "192,121円", 192121, role=O, fy=2022), "市民1人の貯金(基金)", PC),
    trap(amt(16, "380,494円", 380494, role=O, fy=2022), "市民1人の借金(市債)", PC),
    pct(17, "63.1%", 63.1),
    trap(amt(17, "140,377円", 140377, role=O, fy=2022), "実質的な市民1人の借金(市債)", PC),
    fyr(21, "令和5年度", 2023), date(21, "令和5年9月", "2023-09"),
    date(25, "令和5年9月", "2023-09"),
    trap(amt(25, "0円", 0, role=O, fy=2023), "一時借入金の残高", BAL),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
