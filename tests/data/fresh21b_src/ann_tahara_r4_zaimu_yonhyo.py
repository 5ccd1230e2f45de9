from kinds import amt, date, dur, pct, trap, traps

DOC = "tahara_r4_zaimu_yonhyo"
# 愛知県田原市 (広報たはら 令和6年3月号): its 普通会計 財務書類4表 of 令和4年度 (統一的な基準). The tables are images (not in the
# text); the prose keeps `純資産比率79.4%(+0.6%)` (the change in points written `%`: a percent 0.6, its sign in the `+`, as
# fresh20a's `0・6%減`) and the debt per resident `34万2千円(△0.7万円)`: `other`, per null, fy 2022 (the balance at
# 令和5年3月31日 ends 令和4年度; fy from a date, fresh14d call 6 / fresh20b), traps; `△` negative. Dates: `令和5年3月31日`, the
# period `令和4年4月1日~令和5年3月31日` one range (thrice; fresh13c's `~` between two dates). `1年間` durations (lines 1
# and 7); `(1)` / `(2)` list marks; the telephone number no mention.
O = "other"
PER = "debt per resident (市債残高 ÷ 人口) at the year's end, not a budget"
SPAN = ("2022-04-01", "2023-03-31")
M = [
    dur(1, "1年間", 1, "year"),
    date(2, "令和5年3月31日", "2023-03-31"),
    date(4, "令和4年4月1日~令和5年3月31日", *SPAN),
    date(6, "令和4年4月1日~令和5年3月31日", *SPAN),
    dur(7, "1年間", 1, "year"),
    date(8, "令和4年4月1日~令和5年3月31日", *SPAN),
    pct(12, "79.4%", 79.4),
    pct(12, "0.6%", 0.6),
    trap(amt(14, "34万2千円", 342000, role=O, fy=2022), "1人当たり市債残高", PER),
    trap(amt(14, "△0.7万円", -7000, role=O, fy=2022), "1人当たり市債残高 前年度比", PER),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
