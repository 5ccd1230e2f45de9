from kinds import amt, date, dur, fyr, trap, traps

DOC = "soka_r4_zaichou_kikin_giin_blog"
# 埼玉県草加市's 財政調整基金 explained by a city council member's blog (asaimasashi.com): the balance on 令和4年3月31日
# (`82.8億円`), on 令和4年4月1日 after the new year's budget drew on it (`29億円`, twice), the part kept for 臨時財政対策債
# (`11.5億円`), the real balance (`18億円程度`), and the 令和4年度 budget's drawdown (`53.1億円…を普通会計に戻して予算編成`).
# Every figure `other` (balances; a drawdown is a revenue of the budget, not a programme: fresh16b), a trap. fy: the
# balance of 3月31日 closes FY2021 (2021: the year whose end it is, fresh6c's `令和5年度末`; NEW, arguable: 2022 from the
# date's calendar year); the balances from 4月1日 and the drawdown 2022. `18億円程度` approx. The general `年度末の3月31日`
# (line 4) is a recurring day, no date (fresh11a's `各年度の3月末`); `1日違い` a duration of 1 day (twice).
O = "other"
BAL = "a fund's balance (財政調整基金残高), not a budget"
M = [
    date(5, "令和4年3月31日", "2022-03-31"),
    trap(amt(5, "82.8億円", 8280000000, role=O, fy=2021), "財政調整基金残高 (令和4年3月31日)", BAL),
    fyr(5, "令和4年度", 2022), date(5, "令和4年4月1日", "2022-04-01"),
    trap(amt(5, "29億円", 2900000000, role=O, fy=2022), "財政調整基金残高 (令和4年4月1日)", BAL),
    dur(5, "1日", 1, "day"),
    trap(amt(6, "29億円", 2900000000, role=O, fy=2022), "財政調整基金残高 (令和4年4月1日, 再掲)", BAL),
    trap(amt(6, "11.5億円", 1150000000, role=O, fy=2022), "うち臨時財政対策債の償還分として確保",
         "a part of a fund's balance, not a budget"),
    trap(amt(6, "18億円", 1800000000, role=O, fy=2022, q=("approx",)), "財政調整基金 実質的な残高", BAL),
    fyr(9, "令和4年度", 2022),
    trap(amt(9, "53.1億円", 5310000000, role=O, fy=2022), "令和4年度予算の財政調整基金取崩し (繰入)",
         "a drawdown of a fund into the budget (a revenue), not a programme's budget"),
    fyr(9, "令和5年度", 2023), dur(9, "1日", 1, "day"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
