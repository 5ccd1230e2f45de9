from kinds import amt, date, fyr, pct, trap, traps

DOC = "izumisano_2019_furusato_keihi_kyodo"
# 泉佐野市 (大阪府)'s disclosure of its 2019年度 ふるさと納税 costs as 共同通信 reports it (岩手日報's copy, address
# 2020/8/25): `経費が約247億円`, more than the `寄付金約185億円` collected in April–May 2019 before the city was excluded,
# partly the costs carried over from `約498億円の寄付があった18年度`; the costs' part `返礼品の購入費が約204億円と約8割`.
# Costs and donations are `other`, approx, traps. fy: `2019年度` for the costs and their part; the donations of
# `19年4~5月` 2019 (April–May falls in FY2019); `18年度`'s donations 2018 (two-digit years are no mentions but fix an
# amount's fy where the text fixes the century: fresh10b, fresh16c; here `2019年度` on the same line). `19年4~5月`,
# `18年度`, `19年度分`: no mentions (two-digit years; the months go with their year: fresh16c's `22年5月`). `25日`
# 2020-08-25 and `昨年2月` 2019-02 (the address's year; fresh10a, fresh16a's `今年8月`). `約8割` a percent (80, approx).
O = "other"
A = ("approx",)
M = [
    date(1, "25日", "2020-08-25"), fyr(1, "2019年度", 2019),
    trap(amt(1, "247億円", 24700000000, role=O, fy=2019, q=A), "ふるさと納税の経費 (2019年度)",
         "a year's costs of the city's ふるさと納税 (返礼品 and the rest; settled), not a budget"),
    trap(amt(1, "185億円", 18500000000, role=O, fy=2019, q=A), "寄付金 (19年4~5月)",
         "donations received (ふるさと納税 results), not a budget"),
    trap(amt(1, "498億円", 49800000000, role=O, fy=2018, q=A), "寄付 (18年度)",
         "donations received (ふるさと納税 results), not a budget"),
    trap(amt(2, "204億円", 20400000000, role=O, fy=2019, q=A), "経費の内訳 返礼品の購入費 (2019年度)",
         "a part of a year's costs of the city's ふるさと納税 (a breakdown), not a budget"),
    pct(2, "8割", 80, q=A),
    date(2, "2月", "2019-02"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
