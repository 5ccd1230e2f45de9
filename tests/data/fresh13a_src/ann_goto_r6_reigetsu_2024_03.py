from kinds import amt, date, fyr, trap, traps

DOC = "goto_r6_reigetsu_2024_03"
# 五島市's 例月財務監査結果報告・措置状況 (令和6年3月分): a 指導事項 on a grant paid in advance and settled lower. `令和5年度
# 青少年健全育成地区活動費補助金について…補助金180,000円の交付の決定` and `補助金180,000円を支出`: the grant decided for and
# paid to one recipient: `support` FY2023 (the 令和5年度 before the grant's name labels it), traps. The settled figure is
# cut by the length limit (`補助金の額を139,7`, no unit): no mention. `同年7月14日` a date (2023, 同年 = 令和5年). The
# site's chrome kept; the breadcrumb repeats the title (`令和6年度` fiscal year, `令和6年3月分` a month, each time).
S = "support"
t = trap
G = "a grant decided for and paid to one recipient (support): no budget of the grant programme"
M = [
    fyr(4, "令和6年度", 2024), date(4, "令和6年3月", "2024-03"),
    fyr(5, "令和6年度", 2024), date(5, "令和6年3月", "2024-03"),
    date(6, "2025年1月15日", "2025-01-15"),
    date(8, "令和6年6月28日", "2024-06-28"),
    date(10, "令和7年1月8日", "2025-01-08"), date(11, "令和7年1月8日", "2025-01-08"),
    date(14, "令和6年3月", "2024-03"),
    date(22, "令和6年3月", "2024-03"),
    fyr(24, "令和5年度", 2023), date(24, "令和5年6月27日", "2023-06-27"),
    t(amt(24, "180,000円", 180000, role=S, fy=2023), "青少年健全育成地区活動費補助金 交付決定額", G),
    date(24, "7月14日", "2023-07-14"),
    t(amt(24, "180,000円", 180000, role=S, fy=2023), "青少年健全育成地区活動費補助金 概算払額", G),
    date(24, "令和6年3月26日", "2024-03-26"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
