from kinds import amt, date, dur, fyr, trap, traps

DOC = "oita_r4_zaisei_shushi_mitoshi"
# 大分市's page on its 財政収支の中期見通し (base year 令和4年度, five years): the cumulative shortfall by the end of
# 令和8年度 and the fund balance it leaves. Both `other` (a shortfall, a balance: the brief), fy 2026 (the year-end
# the sentence names: NEW, arguable for a sum over years), traps. `更新日:2022年10月26日` a date; `10月`, `7月`
# year-less months of the page's year (2022). `向こう5年間` a duration.
O = "other"
M = [
    date(1, "2022年10月26日", "2022-10-26"),
    fyr(4, "令和4年度", 2022), dur(4, "5年間", 5, "year"),
    fyr(5, "令和8年度", 2026),
    trap(amt(5, "40億円", 4000000000, role=O, fy=2026), "収支不足の累計 (令和8年度末)", "a projected shortfall summed to a year's end"),
    fyr(5, "令和8年度", 2026),
    trap(amt(5, "92億円", 9200000000, role=O, fy=2026), "基金残高 (令和8年度末)", "a projected fund balance"),
    date(6, "10月", "2022-10"), date(6, "7月", "2022-07"),
]
ROWS: list = []
NOT_ROWS = traps(M)
