from kinds import amt, date, fyr, trap, traps

DOC = "fudai_r6_jouyozei_shito"
# 普代村 (岩手県)'s page for 令和6年度: the year's transfer `12,803,000円の税収` (a revenue, all deposited in the fund),
# a drawdown `基金より6,519,000円を取り崩して充当` and a small account `歳入 … 歳出 … 計` (the three uses add up to the
# drawdown: 3,228,000 + 604,000 + 2,687,000 = 6,519,000): `other`, fy 2024 (the title and the paragraph's year), traps
# (settled). The fund's balance `森林環境整備基金積立金残高 34,240,000円` `other`, fy 2024 (the year-end of the report's
# year; a reader could leave it null as fresh17c's undated balance: 1 fy), a trap. `平成31年3月` a date; `令和6年度から`,
# `令和元年度から` fiscal years (points); `令和8年の村議会9月定例会` two dates: `令和8年` 2026 and
# `9月` 2026-09 (audit: a session's month is a date, fresh14d's `6月定例会`, fresh18b's `9月定例会`; fresh3's
# `平成25年…(3月議会)`). `令和7年度`, `令和8年度` fiscal years. The page
# is cut in the last sentence.
O = "other"
U = "spent in FY2024 from the fund's drawdown on one use (settled), not a budget"
M = [
    fyr(1, "令和6年度", 2024),
    date(3, "平成31年3月", "2019-03"),
    fyr(3, "令和6年度", 2024),
    fyr(3, "令和元年度", 2019),
    fyr(7, "令和6年度", 2024),
    trap(amt(7, "12,803,000円", 12803000, role=O, fy=2024), "令和6年度 森林環境譲与税の税収 (全額を基金に積立)",
         "the year's transfer received and deposited in the fund, not a programme's budget"),
    trap(amt(7, "6,519,000円", 6519000, role=O, fy=2024),
         "基金より取り崩して充当", "a drawdown of the fund spent in a past year (settled), not a budget"),
    trap(amt(8, "12,803,000円", 12803000, role=O, fy=2024),
         "歳入 森林環境譲与税", "the year's transfer as revenue in the account (settled), not a budget"),
    trap(amt(9, "3,228,000円", 3228000, role=O, fy=2024), "歳出 ナラ枯れ被害木の処理", U),
    trap(amt(10, "604,000円", 604000, role=O, fy=2024), "会計年度任用職員賃金", U),
    trap(amt(11, "2,687,000円", 2687000, role=O, fy=2024), "現地調査委託費", U),
    trap(amt(12, "6,519,000円", 6519000, role=O, fy=2024), "歳出 計", "the sum of a past year's settled uses, not a budget"),
    trap(amt(13, "34,240,000円", 34240000, role=O, fy=2024), "森林環境整備基金積立金残高", "a fund's balance (a stock), not a budget"),
    fyr(14, "令和7年度", 2025),
    date(14, "令和8年", "2026"),
    date(14, "9月", "2026-09"),
    fyr(15, "令和8年度", 2026),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
