from kinds import amt, dur, fyr, pct, trap, traps

DOC = "miyakojima_r5_zaisei_vision_mainichi"
# 宮古毎日新聞 on 宮古島市's 長期財政ビジョン (2021-30年度), its 23年度 revision: deficits by year, their total, the
# 財政調整基金's balance by year. Every figure is a projection (deficit, balance, total) or a settled surplus: `other`,
# traps, no row. Years without era (`24年度`, `30年度`, `21年度`: a 2023 paper, 20XX) are no mentions but set their
# figures' fy (fresh11b); `2021年度~30年度` one fiscal-year mention 2021..2030 (fresh12d's `2009~12年度`). `にまで減少`,
# `にまで達する` give the value reached, no cap (NEW: `まで` is no at_most here). `10億円を超え` at_least. `7年で`,
# `7年間` durations; `61%減` a percent 61.
O = "other"
A = ("approx",)
D = "a projected deficit of a year (収支の赤字額), no budget"
B = "a projected or past balance of the 財政調整基金, no budget"
M = [
    dur(2, "7年", 7, "year"),
    trap(amt(2, "46億円", 4600000000, role=O), "赤字合計 7年", "a projected deficit summed over seven years"),
    fyr(3, "2021年度~30年度", 2021, 2030),
    trap(amt(3, "11億円", 1100000000, role=O, fy=2030), "30年度 赤字", D),
    dur(3, "7年間", 7, "year"),
    trap(amt(3, "46億3000万円", 4630000000, role=O, q=A), "7年間の赤字合計額", "a projected deficit summed over seven years"),
    pct(3, "61%", 61),
    trap(amt(3, "32億6919万円", 3269190000, role=O, fy=2030), "30年度 財政調整基金残高", B),
    trap(amt(5, "22億3000万円", 2230000000, role=O, fy=2021, q=A), "21年度決算 黒字", "a settled surplus (決算), no budget"),
    trap(amt(6, "2億3000万円", 230000000, role=O, fy=2024, q=A), "24年度 赤字", D),
    trap(amt(6, "2億6000万円", 260000000, role=O, fy=2025), "25年度 赤字", D),
    trap(amt(6, "4億4000万円", 440000000, role=O, fy=2026), "26年度 赤字", D),
    trap(amt(6, "7億円", 700000000, role=O, fy=2027), "27年度 赤字", D),
    trap(amt(6, "8億3000万円", 830000000, role=O, fy=2028), "28年度 赤字", D),
    trap(amt(6, "10億円", 1000000000, None, role=O, fy=2029, q=("at_least",)), "29年度 赤字 (10億円を超え)", D),
    trap(amt(6, "10億7000万円", 1070000000, role=O, fy=2029), "29年度 赤字", D),
    trap(amt(6, "11億円", 1100000000, role=O, fy=2030), "30年度 赤字", D),
    trap(amt(7, "84億8659万円", 8486590000, role=O, fy=2021), "21年度 基金残高", B),
    trap(amt(7, "79億154万円", 7901540000, role=O, fy=2023), "23年度 基金残高", B),
    trap(amt(7, "69億7078万円", 6970780000, role=O, fy=2026), "26年度 基金残高", B),
    trap(amt(7, "54億3881万円", 5438810000, role=O, fy=2028), "28年度 基金残高", B),
]
ROWS: list = []
NOT_ROWS = traps(M)
