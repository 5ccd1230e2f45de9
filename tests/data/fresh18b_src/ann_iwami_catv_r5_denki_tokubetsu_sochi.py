from kinds import amt, date, trap, traps

DOC = "iwami_catv_r5_denki_tokubetsu_sochi"
# 石見ケーブルビジョン's notice (iwamicatv.jp, 2023.01.25): the special measure on its electricity bills (it acts as agent
# for 神楽電力株式会社) under the national 電気・ガス価格激変緩和対策事業: the period and the discount per kWh by contract class and
# month in a flattened table whose cells carry their unit (`1kWhにつき7.0円(税込)値引き`): low voltage `7.0円` then `3.5円`
# (September), high voltage `3.5円` then `1.8円`: `support`, per null, fy null, traps (as 関西電力's). Dates: `2023.01.25`
# (GUIDE's dotted dates); `2023年1月使用分から9月使用分(2023年2月検針分から10月検針分)` four points (GUIDE: `XからY` two points;
# the year-less `9月`, `10月` take 2023); the table header's `2023年1月使用分から8月使用分まで` two points and `2023年9月` one.
# `1kWhにつき` a per-unit word; telephone numbers, the address; list numbers: no mentions.
S = "support"
U = "a discount per kWh (a per-unit subsidy), not a budget row"
M = [
    date(2, "2023.01.25", "2023-01-25"),
    date(9, "2023年1月", "2023-01"), date(9, "9月", "2023-09"), date(9, "2023年2月", "2023-02"), date(9, "10月", "2023-10"),
    date(12, "2023年1月", "2023-01"), date(12, "8月", "2023-08"), date(12, "2023年9月", "2023-09"),
    trap(amt(13, "7.0円", 7.0, role=S), "低圧 2023年1月~8月使用分 値引き単価 (1kWhにつき)", U),
    trap(amt(13, "3.5円", 3.5, role=S), "低圧 2023年9月使用分 値引き単価 (1kWhにつき)", U),
    trap(amt(14, "3.5円", 3.5, role=S), "高圧 2023年1月~8月使用分 値引き単価 (1kWhにつき)", U),
    trap(amt(14, "1.8円", 1.8, role=S), "高圧 2023年9月使用分 値引き単価 (1kWhにつき)", U),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
