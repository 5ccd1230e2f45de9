from kinds import amt, cnt, fyr, trap, traps

DOC = "shibetsu_town_r6_kariirekin_zandaka"
# 北海道標津町's 広報しべつ 2025年11月号 (mykoho): the 令和6年度 borrowing `12億3,663万円`, the debt per resident (`53万円`, the
# year before `50万円`, the plain division `188万円`), all accounts' debt `110.9億円` and its real part `38.7億円`. All
# `other` (borrowing done and balances), fy 2024 from `令和6年度` (the 前年 figure 2023), traps; per-resident figures keep
# per null. `広報しべつ 2025年11月号` an edition label (no date, fresh19a); `15の特定目的基金` a count of 基金.
O = "other"
M = [
    fyr(7, "令和6年度", 2024),
    trap(amt(7, "12億3,663万円", 1236630000, role=O, fy=2024),
         "令和6年度の借入額", "the year's borrowing (a revenue), not a programme's budget"),
    trap(amt(9, "53万円", 530000, role=O, fy=2024), "町民1人当たりの借入金残高 (実質)", "the debt per resident, not an appropriation"),
    trap(amt(9, "50万円", 500000, role=O, fy=2023), "町民1人当たりの借入金残高 (前年)", "the debt per resident a year before"),
    trap(amt(10, "188万円", 1880000, role=O, fy=2024), "町民1人当たりの借入金残高 (単純)", "the debt per resident, not an appropriation"),
    trap(amt(10, "53万円", 530000, role=O, fy=2024), "実質的な町民1人当たりの残高", "the debt per resident, not an appropriation"),
    trap(amt(12, "110.9億円", 11090000000, role=O, fy=2024), "全会計の借入金残高", "the debt balance of all accounts"),
    trap(amt(12, "38.7億円", 3870000000, role=O, fy=2024), "実質的な残高 (全会計)", "the real part of the debt balance"),
    cnt(17, "15の特定目的基金", 15, "特定目的基金"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
